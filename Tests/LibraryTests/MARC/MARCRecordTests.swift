import Testing
@testable import Library

@Suite("MARC record model")
struct MARCRecordTests {
    let record = MARCRecord(fields: [
        MARCField(tag: "001", value: "ocn503001208"),
        MARCField(tag: "008", value: "100201s2004    vaua    s    f000 0 jpn d"),
        MARCField(tag: "100", indicator1: "1", subfields: [MARCSubfield(code: "6", value: "880-02"), MARCSubfield(code: "a", value: "Tolstoĭ, Lev")]),
        MARCField(tag: "245", indicator1: "1", indicator2: "0", subfields: [
            MARCSubfield(code: "6", value: "880-01"), MARCSubfield(code: "a", value: "Voĭna i mir /"), MARCSubfield(code: "c", value: "L. Tolstoĭ."),
        ]),
        MARCField(tag: "650", indicator2: "0", subfields: [MARCSubfield(code: "a", value: "War"), MARCSubfield(code: "x", value: "Fiction.")]),
        MARCField(tag: "650", indicator2: "0", subfields: [MARCSubfield(code: "a", value: "Russia"), MARCSubfield(code: "x", value: "History"), MARCSubfield(code: "x", value: "1812")]),
        MARCField(tag: "880", indicator1: "1", indicator2: "0", subfields: [MARCSubfield(code: "6", value: "245-01/(N"), MARCSubfield(code: "a", value: "Война и мир /")]),
        MARCField(tag: "880", indicator1: "1", subfields: [MARCSubfield(code: "6", value: "100-02/(N"), MARCSubfield(code: "a", value: "Толстой, Лев")]),
        MARCField(tag: "880", indicator1: "1", indicator2: "0", subfields: [MARCSubfield(code: "6", value: "245-00/(N"), MARCSubfield(code: "a", value: "Другое заглавие")]),
    ])

    @Test("accessors")
    func accessors() {
        #expect(record.controlValue("001") == "ocn503001208")
        #expect(record.controlValue("245") == nil)
        #expect(record.fields("650").count == 2)
        #expect(record.values("650", "x") == ["Fiction.", "History", "1812"])
        #expect(record.firstValue("245", "c") == "L. Tolstoĭ.")
        #expect(record.fields("245").first?.values("a") == ["Voĭna i mir /"])
        #expect(record.fields.first?.isControlField == true)
        #expect(record.fields[3].isControlField == false)
        #expect(MARCField.isControlTag("008") && !MARCField.isControlTag("010") && !MARCField.isControlTag("00A"))
    }

    @Test("880 fields linked by $6, in record order")
    func linking() {
        #expect(record.linkedFields(for: "245").map { $0.firstValue("a") } == ["Война и мир /", "Другое заглавие"])
        #expect(record.linkedFields(for: "100").map { $0.firstValue("a") } == ["Толстой, Лев"])
        #expect(record.linkedFields(for: "650").isEmpty)
        let title = record.fields[3]
        #expect(record.linkedFields(for: title).map { $0.firstValue("a") } == ["Война и мир /"])
        // Occurrence 00 pairs with nothing.
        #expect(record.linkedFields(for: record.fields[8]).isEmpty)
        #expect(record.linkedFields(for: record.fields[6]) == [title])
        let link = MARCFieldLink("245-01/(N/r")
        #expect(link?.tag == "245" && link?.occurrence == "01" && link?.script == "(N")
        #expect(MARCFieldLink("880") == nil)
    }

    @Test("flavour detection")
    func flavour() {
        #expect(MARCFlavour.detect(in: record) == .marc21)
        let unimarc = MARCRecord(fields: [
            MARCField(tag: "100", subfields: [MARCSubfield(code: "a", value: "19961119d1996    ||||0itac50      ba")]),
            MARCField(tag: "200", indicator1: "1", subfields: [MARCSubfield(code: "a", value: "L'altra faccia")]),
        ])
        #expect(MARCFlavour.detect(in: unimarc) == .unimarc)
        let titleOnly = MARCRecord(fields: [MARCField(tag: "200", indicator1: "1", subfields: [MARCSubfield(code: "a", value: "x")])])
        #expect(MARCFlavour.detect(in: titleOnly) == .unimarc)
    }
}

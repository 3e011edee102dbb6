import Foundation
import Testing
@testable import Library

struct MARCDublinCoreTests {
    typealias Value = MARCDublinCore.Value

    static func field(_ tag: String, _ indicators: String, _ subfields: [(Character, String)]) -> MARCField {
        let indicatorCharacters = Array(indicators)
        return MARCField(tag: tag, indicator1: indicatorCharacters[0], indicator2: indicatorCharacters[1],
                         subfields: subfields.map { MARCSubfield(code: $0.0, value: $0.1) })
    }

    /// A romanised Uzbek novel with its Cyrillic title and author in 880 fields.
    static let uzbekNovel = MARCRecord(leader: "01234cam a2200337 i 4500", fields: [
        MARCField(tag: "001", value: "manba-000123"),
        MARCField(tag: "008", value: "240115s2019    uz a          000 1 uzb d"),
        field("020", "  ", [("a", "978-9943-5834-1-0 (hbk.) :"), ("c", "50000 so'm")]),
        field("041", "0 ", [("a", "uzbrus"), ("h", "uzb")]),
        field("100", "1 ", [("6", "880-01"), ("a", "Qodiriy, Abdulla,"), ("d", "1894-1938,"), ("e", "author.")]),
        field("245", "10", [("6", "880-02"), ("a", "O'tkan kunlar :"), ("b", "roman /"), ("c", "Abdulla Qodiriy.")]),
        field("246", "3 ", [("a", "Otgan kunlar")]),
        field("264", " 1", [("a", "Toshkent :"), ("b", "Sharq,"), ("c", "2019.")]),
        field("264", " 4", [("c", "©2019")]),
        field("300", "  ", [("a", "352 p. :"), ("b", "ill. ;"), ("c", "21 cm.")]),
        field("490", "1 ", [("a", "O'zbek romani ;"), ("v", "1")]),
        field("500", "  ", [("a", "First published 1926.")]),
        field("504", "  ", [("a", "Includes bibliographical references.")]),
        field("506", "  ", [("a", "Open access.")]),
        field("520", "  ", [("a", "Historical novel set in 19th-century Tashkent & Marg'ilon.")]),
        field("546", "  ", [("a", "Text in Uzbek (Latin script).")]),
        field("600", "10", [("a", "Qodiriy, Abdulla,"), ("d", "1894-1938"), ("v", "Criticism and interpretation.")]),
        field("650", " 0", [("a", "Uzbek fiction"), ("y", "20th century.")]),
        field("651", " 0", [("a", "Tashkent (Uzbekistan)"), ("x", "History"), ("y", "19th century"), ("v", "Fiction.")]),
        field("653", "  ", [("a", "tarixiy roman"), ("a", "Turkiston")]),
        field("655", " 7", [("a", "Historical fiction."), ("2", "lcgft")]),
        field("700", "1 ", [("a", "Karimov, Naim,"), ("e", "editor.")]),
        field("752", "  ", [("a", "Uzbekistan"), ("d", "Tashkent.")]),
        field("775", "08", [("t", "Ўтган кунлар"), ("o", "http://example.uz/cyr")]),
        field("856", "40", [("u", "https://kutubxona.uz/book/123"), ("q", "application/pdf")]),
        field("880", "1 ", [("6", "100-01/(N"), ("a", "Қодирий, Абдулла,"), ("d", "1894-1938.")]),
        field("880", "10", [("6", "245-02/(N"), ("a", "Ўткан кунлар :"), ("b", "роман /"), ("c", "Абдулла Қодирий.")]),
        field("852", "  ", [("a", "UzNL"), ("h", "84(5У)"), ("t", "1")]),
    ])

    @Test func marc21FollowsTheLoCCrosswalk() {
        let values = MARCDublinCore.values(of: Self.uzbekNovel)
        let byElement = Dictionary(grouping: values, by: \.element).mapValues { $0.map(\.text) }
        #expect(byElement[.title] == ["O'tkan kunlar : roman", "Otgan kunlar", "Ўткан кунлар : роман"])
        #expect(byElement[.creator] == ["Qodiriy, Abdulla, 1894-1938", "Karimov, Naim", "Қодирий, Абдулла, 1894-1938"])
        #expect(byElement[.subject] == ["Qodiriy, Abdulla, 1894-1938--Criticism and interpretation",
                                        "Uzbek fiction--20th century",
                                        "Tashkent (Uzbekistan)--History--19th century--Fiction",
                                        "tarixiy roman", "Turkiston"])
        #expect(byElement[.description] == ["First published 1926", "Includes bibliographical references",
                                            "Historical novel set in 19th-century Tashkent & Marg'ilon"])
        #expect(byElement[.publisher] == ["Sharq"])
        // Only the publication statement (264 second indicator 1) gives the date; 008 is the fallback.
        #expect(byElement[.date] == ["2019"])
        #expect(byElement[.type] == ["Text", "Historical fiction"])
        #expect(byElement[.format] == ["352 p. : ill. ; 21 cm.", "application/pdf"])
        #expect(byElement[.identifier] == ["URN:ISBN:978-9943-5834-1-0", "https://kutubxona.uz/book/123"])
        #expect(byElement[.language] == ["uzb", "rus"])
        #expect(byElement[.relation] == ["O'zbek romani ; 1", "Ўтган кунлар", "http://example.uz/cyr"])
        #expect(byElement[.coverage] == ["Uzbekistan--Tashkent"])
        #expect(byElement[.rights] == ["Open access"])
        #expect(byElement[.contributor] == nil)
        // Elements come in Dublin Core order.
        let order = values.map { MARCDublinCore.Element.allCases.firstIndex(of: $0.element)! }
        #expect(order == order.sorted())
    }

    @Test func dateAndLanguageFallBackToThe008() {
        let record = MARCRecord(leader: "00000nam a2200000 a 4500", fields: [
            MARCField(tag: "008", value: "850101s1985    uz            000 0 uzb d"),
            Self.field("245", "00", [("a", "Alpomish.")]),
        ])
        let values = MARCDublinCore.values(of: record, flavour: .marc21)
        #expect(values == [Value(.title, "Alpomish"), Value(.date, "1985"), Value(.type, "Text"), Value(.language, "uzb")])
    }

    @Test(arguments: [
        ("a", " ", ["Text"]), ("t", " ", ["Text"]), ("c", " ", ["Text"]), ("e", " ", ["Image"]), ("k", " ", ["Image"]),
        ("g", " ", ["Image"]), ("i", " ", ["Sound"]), ("j", " ", ["Sound"]), ("r", " ", ["PhysicalObject"]),
        ("m", " ", []), ("o", " ", []), ("p", "c", ["Collection"]), ("a", "s", ["Text", "Collection"]),
    ])
    func typeFromTheLeader(_ position6: String, _ position7: String, _ expected: [String]) {
        let leader = "00000" + "n" + position6 + position7 + " a2200000 a 4500"
        let record = MARCRecord(leader: leader, fields: [Self.field("245", "00", [("a", "X")])])
        #expect(MARCDublinCore.values(of: record, flavour: .marc21).filter { $0.element == .type }.map(\.text) == expected)
    }

    @Test func unimarcRecordFromTheFixtures() throws {
        let read = try ISO2709ReadResult.file("testunimarc.dat")
        let record = try #require(read.records.first?.record)
        let values = MARCDublinCore.values(of: record)
        let byElement = Dictionary(grouping: values, by: \.element).mapValues { $0.map(\.text) }
        #expect(byElement[.title] == ["L'altra faccia della spirale"])
        #expect(byElement[.creator] == ["Asimov, Isaac", "Fruttero, Carlo", "Lucentini, Franco", "Scaglia, Cesare"])
        #expect(byElement[.publisher] == ["A. Mondadori"])
        #expect(byElement[.date] == ["1996"])
        #expect(byElement[.format] == ["V, 201 p. 20 cm."])
        #expect(byElement[.identifier] == ["URN:ISBN:88-04-40682-8"])
        #expect(byElement[.language] == ["ita"])
        // Embedded 200 fields of the 4XX links give the related titles.
        #expect(byElement[.relation] == ["Bestsellers", "Il ciclo delle fondazioni", "Second foundation"])
        #expect(byElement[.type] == ["Text"])
    }

    @Test func unimarcBuiltInCode() {
        let record = MARCRecord(leader: "00000nam0 2200000   450 ", fields: [
            Self.field("100", "  ", [("a", "20190304d2018    k  y0uzby50      ca")]),
            Self.field("101", "0 ", [("a", "uzb"), ("a", "rus")]),
            Self.field("200", "1 ", [("a", "Kecha va kunduz"), ("e", "roman"), ("f", "Choʻlpon")]),
            Self.field("215", "  ", [("a", "320 b."), ("d", "20 sm")]),
            Self.field("225", "2 ", [("a", "Jahon adabiyoti")]),
            Self.field("330", "  ", [("a", "Roman 1936-yilda nashr etilgan.")]),
            Self.field("600", " 1", [("a", "Choʻlpon"), ("f", "1897-1938"), ("x", "Tanqid")]),
            Self.field("606", "  ", [("a", "Oʻzbek adabiyoti"), ("z", "XX asr")]),
            Self.field("610", "0 ", [("a", "jadidchilik"), ("a", "roman")]),
            Self.field("620", "  ", [("a", "Oʻzbekiston"), ("d", "Toshkent")]),
            Self.field("700", " 1", [("a", "Choʻlpon"), ("f", "1897-1938")]),
            Self.field("856", "4 ", [("u", "https://ziyonet.uz/kecha")]),
        ])
        let values = MARCDublinCore.values(of: record)
        #expect(values == [
            Value(.title, "Kecha va kunduz : roman"),
            Value(.creator, "Choʻlpon, 1897-1938"),
            Value(.subject, "Choʻlpon, 1897-1938--Tanqid"), Value(.subject, "Oʻzbek adabiyoti--XX asr"),
            Value(.subject, "jadidchilik"), Value(.subject, "roman"),
            Value(.description, "Roman 1936-yilda nashr etilgan"),
            // No 210: the date of publication in 100 $a/09-12.
            Value(.date, "2018"),
            Value(.type, "Text"),
            Value(.format, "320 b. 20 sm"),
            Value(.identifier, "https://ziyonet.uz/kecha"),
            Value(.language, "uzb"), Value(.language, "rus"),
            Value(.relation, "Jahon adabiyoti"),
            Value(.coverage, "Oʻzbekiston--Toshkent"),
        ])
    }

    @Test func cyrillicRecordFromTheFixtures() throws {
        let read = try ISO2709ReadResult.file("1251.dat")
        let record = try #require(read.records.first?.record)
        let byElement = Dictionary(grouping: MARCDublinCore.values(of: record), by: \.element).mapValues { $0.map(\.text) }
        #expect(byElement[.title]?.first?.hasPrefix("Основы гидравлического расчета инженерных сетей [учеб. пособие") == true)
        #expect(byElement[.creator] == ["Ильина, Татьяна Николаевна"])
        #expect(byElement[.subject] == ["Трубопроводы--Гидравлический расчет"])
        #expect(byElement[.publisher] == ["Изд-во Ассоц. строит. вузов"])
        #expect(byElement[.date] == ["2005"])
        #expect(byElement[.identifier] == ["URN:ISBN:5930933421"])
        #expect(byElement[.language] == ["rus"])
        #expect(byElement[.description] == ["Библиогр.: с. 183"])
    }

    @Test func englishRecordFromTheFixturesKeepsInnerPunctuation() throws {
        let record = try #require(try ISO2709ReadResult.file("marc.dat").records.first?.record)
        let byElement = Dictionary(grouping: MARCDublinCore.values(of: record), by: \.element).mapValues { $0.map(\.text) }
        #expect(byElement[.title] == ["The pragmatic programmer : from journeyman to master"])
        #expect(byElement[.creator] == ["Hunt, Andrew, 1964-", "Thomas, David, 1956-"])
        #expect(byElement[.format] == ["xxiv, 321 p. ; 24 cm."])
        #expect(byElement[.identifier] == ["URN:ISBN:020161622X"])
    }

    @Test func encodedRecordIsNamespacedAndEscaped() throws {
        var record = Self.uzbekNovel
        record.fields.append(Self.field("500", "  ", [("a", "Control \u{1} character <kept out> & escaped")]))
        let xml = MARCDublinCore.encodeRecord(record)
        #expect(xml.hasPrefix(#"<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/""#))
        let root = try inspectSRUXML(xml)
        #expect(root.name == "dc")
        #expect(root.namespace == MARCDublinCore.namespace)
        #expect(root.attributes["xsi:schemaLocation"] == "http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd")
        #expect(root.children.allSatisfy { $0.namespace == MARCDublinCore.elementsNamespace })
        #expect(root.children("description").last?.text == "Control \u{FFFD} character <kept out> & escaped")
        #expect(root.children.first?.name == "title")
    }

    @Test func everyFixtureRecordGivesWellFormedDublinCore() throws {
        var records = 0
        for name in MARCFixtures.iso2709Files {
            for item in try ISO2709ReadResult.file(name).records {
                records += 1
                let xml = MARCDublinCore.encodeRecord(item.record)
                let root = try inspectSRUXML(xml)
                #expect(root.namespace == MARCDublinCore.namespace, "\(name)")
                #expect(root.children.allSatisfy { MARCDublinCore.Element(rawValue: $0.name) != nil && !$0.text.isEmpty }, "\(name)")
            }
        }
        #expect(records > 20)
    }

    @Test(arguments: [
        ("Title /", "Title"), ("Sons,", "Sons"), ("2000.", "2000"), ("23 cm.", "23 cm."), ("Qodiriy, A.", "Qodiriy, A."),
        ("Inc.", "Inc."), ("roman.", "roman"), ("To be continued...", "To be continued..."), (" , Isaac", "Isaac"),
        ("New York :", "New York"), ("ill. ;", "ill."), ("23 cm. +", "23 cm."), ("[Toshkent]", "[Toshkent]"), ("", ""),
    ])
    func isbdPunctuationIsRemoved(_ input: String, _ expected: String) {
        #expect(MARCDublinCore.chop(input) == expected)
    }
}

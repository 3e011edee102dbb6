import ManbaCore

/// What the catalogue needs to know of a MARC record to find it, group it and show it in a list,
/// read from MARC 21 or UNIMARC/RUSMARC fields.
public struct RecordSummary: Sendable, Hashable {
    public var controlNumber: String?
    public var title: String
    public var creators: [String]
    public var subjects: [String]
    public var publisher: String
    public var place: String
    public var year: Int?
    public var language: String
    public var materialType: MaterialType
    public var isbns: [String]
    public var nationalNumbers: [String]
    public var holdings: [Holding]
    /// Other text worth finding the record by: notes, series, parallel-script (880) fields.
    public var otherText: [String]

    public init(_ record: MARCRecord, flavour: MARCFlavour? = nil) {
        let flavour = flavour ?? MARCFlavour.detect(in: record)
        if flavour == .unimarc { self.init(unimarc: record) } else { self.init(marc21: record) }
        controlNumber = record.controlValue("001")?.trimmingCharacters(in: .whitespaces)
        materialType = MaterialType(leader: record.leader)
    }

    private init(marc21 r: MARCRecord) {
        title = Self.joined(r.fields("245").first, codes: "abnp")
        creators = ["100", "110", "111", "700", "710", "711"].flatMap { tag in r.fields(tag).compactMap { Self.clean($0.firstValue("a")) } }
        subjects = ["600", "610", "611", "630", "650", "651", "653", "655"].flatMap { tag in
            r.fields(tag).map { Self.joined($0, codes: "axyzv", separator: " -- ") }.filter { !$0.isEmpty }
        }
        let imprint = r.fields("264").first ?? r.fields("260").first
        publisher = Self.clean(imprint?.firstValue("b")) ?? ""
        place = Self.clean(imprint?.firstValue("a")) ?? ""
        let fixed = Array(r.controlValue("008") ?? "")
        year = fixed.count >= 11 ? Int(String(fixed[7..<11])) : nil
        if year == nil { year = Self.firstYear(in: imprint?.firstValue("c")) }
        let coded = fixed.count >= 38 ? String(fixed[35..<38]).trimmingCharacters(in: .whitespaces) : ""
        language = (coded.isEmpty || coded == "|||") ? (r.firstValue("041", "a") ?? "") : coded
        isbns = r.values("020", "a").compactMap(ISBN.normalise)
        nationalNumbers = r.values("015", "a") + r.values("016", "a")
        holdings = r.fields("852").compactMap { f in
            guard let code = Self.clean(f.firstValue("a")) else { return nil }
            return Holding(libraryCode: code, sublocation: f.firstValue("b") ?? "",
                           callNumber: [f.firstValue("h"), f.firstValue("i")].compactMap { $0 }.joined(separator: " "),
                           copy: f.firstValue("t") ?? "", barcode: f.firstValue("p") ?? "", note: f.values("z").joined(separator: "; "))
        }
        otherText = (r.fields("880") + r.fields("490") + r.fields("500") + r.fields("520") + r.fields("246")).map { Self.joined($0, codes: nil) }
        controlNumber = nil
        materialType = .book
    }

    private init(unimarc r: MARCRecord) {
        let titleField = r.fields("200").first
        title = [titleField?.firstValue("a"), titleField?.firstValue("e")].compactMap { Self.clean($0) }.joined(separator: " : ")
        creators = ["700", "701", "702", "710", "711", "712"].flatMap { tag in
            r.fields(tag).compactMap { f in
                Self.clean([f.firstValue("a"), f.firstValue("b")].compactMap { $0 }.joined(separator: " ")
                    .replacingOccurrences(of: " ,", with: ","))
            }
        }
        subjects = ["600", "601", "602", "604", "605", "606", "607", "608", "610"].flatMap { tag in
            r.fields(tag).map { Self.joined($0, codes: "axyzj", separator: " -- ") }.filter { !$0.isEmpty }
        }
        let imprint = r.fields("210").first ?? r.fields("214").first
        publisher = Self.clean(imprint?.firstValue("c")) ?? ""
        place = Self.clean(imprint?.firstValue("a")) ?? ""
        let general = Array(r.firstValue("100", "a") ?? "")
        year = general.count >= 13 ? Int(String(general[9..<13])) : nil
        if year == nil { year = Self.firstYear(in: imprint?.firstValue("d")) }
        language = r.firstValue("101", "a") ?? ""
        isbns = r.values("010", "a").compactMap(ISBN.normalise)
        nationalNumbers = r.values("020", "b")
        holdings = r.fields("899").compactMap { f in
            guard let code = Self.clean(f.firstValue("a") ?? f.firstValue("1")) else { return nil }
            return Holding(libraryCode: code, sublocation: f.firstValue("b") ?? f.firstValue("2") ?? "",
                           callNumber: f.firstValue("j") ?? f.firstValue("h") ?? "", copy: f.firstValue("x") ?? "",
                           barcode: f.firstValue("p") ?? "", note: f.firstValue("e") ?? f.firstValue("z") ?? "")
        }
        otherText = (r.fields("225") + r.fields("300") + r.fields("330") + r.fields("517")).map { Self.joined($0, codes: nil) }
        controlNumber = nil
        materialType = .book
    }

    /// The subfields with these codes (all when nil), joined, without the trailing ISBD punctuation.
    static func joined(_ field: MARCField?, codes: String?, separator: String = " ") -> String {
        guard let field else { return "" }
        let parts = field.subfields.filter { codes == nil ? $0.code != "6" && $0.code != "8" : codes!.contains($0.code) }.compactMap { clean($0.value) }
        return parts.joined(separator: separator)
    }

    /// A value without the ISBD punctuation catalogues end it with (" /", " :", ";", ",", ".").
    static func clean(_ value: String?) -> String? {
        // Works on UTF-8 bytes: every byte this trims is ASCII, and importing a million records calls
        // this some twenty million times (Foundation's trimming was a tenth of the import's time).
        guard let value else { return nil }
        var bytes = Array(value.utf8)
        var start = 0
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        var end = bytes.count
        while end > start {
            let last = bytes[end - 1]
            if last == 0x20 || last == 0x09 || last == UInt8(ascii: "/") || last == UInt8(ascii: ":") || last == UInt8(ascii: ";")
                || last == UInt8(ascii: ",") || last == UInt8(ascii: "=") {
                end -= 1
            } else if last == UInt8(ascii: "."), end - start > 3, bytes[end - 2] != UInt8(ascii: ".") {
                end -= 1
            } else {
                break
            }
        }
        guard end > start else { return nil }
        if start == 0 && end == bytes.count { return value }
        bytes = Array(bytes[start..<end])
        return String(decoding: bytes, as: UTF8.self)
    }

    static func firstYear(in text: String?) -> Int? {
        guard let text else { return nil }
        var digits = ""
        for ch in text {
            if ch.isASCII, ch.isNumber { digits.append(ch); if digits.count == 4 { return Int(digits) } } else { digits = "" }
        }
        return nil
    }
}

import ManbaCore
import Foundation

/// MARC 21 and UNIMARC to unqualified Dublin Core, the `oai_dc` format every OAI-PMH repository must
/// offer, following the Library of Congress "MARC to Dublin Core Crosswalk" for MARC 21 and the same
/// choices applied to the UNIMARC tags of the same meaning.
///
/// Where the crosswalk leaves a choice, this one takes the side of the harvester that builds a search
/// index from the result:
/// - names go to `creator` (as LoC's MARC21slim2OAIDC stylesheet does), not `contributor`;
/// - 651 (geographic subject) is a `subject`, `coverage` takes the place fields 662, 751, 752 (UNIMARC 620);
/// - `type` uses the DCMI Type Vocabulary terms (`Text`, `Image`, `Sound`, `PhysicalObject`,
///   `Collection`), and leaves out the Leader/06 values LoC gives no type (kits, mixed materials,
///   computer files), plus genre terms from 655 (UNIMARC 608);
/// - `language` holds codes only (008/35-37, 041, UNIMARC 101), not the free-text note 546;
/// - `identifier` writes ISBNs and ISSNs as `URN:ISBN:` and `URN:ISSN:`, as LoC's stylesheet does, so
///   that a harvester can tell them from call numbers and URLs;
/// - series (440, 490, 830; UNIMARC 225) are a `relation`, beside the linking entries 760-787 (UNIMARC 4XX);
/// - MARC 21 880 fields (the vernacular script of a field, A7 parallel scripts) are mapped like the
///   field they are linked to, so a romanised title and its Cyrillic form both become titles.
/// ISBD punctuation between subfields (` /`, ` :`, `;`, `,`, `=`, `+`, a final period after a word) is
/// removed, and a value that repeats an earlier one for the same element is left out.
public enum MARCDublinCore {
    public static let namespace = "http://www.openarchives.org/OAI/2.0/oai_dc/"
    public static let schemaLocation = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"
    public static let elementsNamespace = "http://purl.org/dc/elements/1.1/"

    /// The fifteen elements, in the order the Dublin Core element set lists them and the output uses.
    public enum Element: String, CaseIterable, Sendable {
        case title, creator, subject, description, publisher, contributor, date, type, format, identifier,
             source, language, relation, coverage, rights
    }

    /// One `dc:` element with its text.
    public struct Value: Sendable, Hashable {
        public var element: Element
        public var text: String

        public init(_ element: Element, _ text: String) {
            self.element = element
            self.text = text
        }
    }

    /// The values of a record in element order (record order within an element). `flavour` is
    /// detected from the record when not given.
    public static func values(of record: MARCRecord, flavour: MARCFlavour? = nil) -> [Value] {
        var collector = Collector()
        switch flavour ?? MARCFlavour.detect(in: record) {
        case .marc21: collectMARC21(record, into: &collector)
        case .unimarc: collectUNIMARC(record, into: &collector)
        }
        return Element.allCases.flatMap { element in collector.values.filter { $0.element == element } }
    }

    /// An `oai_dc:dc` element declaring its namespaces and schema location, ready for the `metadata` of
    /// an OAI-PMH record.
    public static func encodeRecord(_ record: MARCRecord, flavour: MARCFlavour? = nil) -> String {
        var xml = "<oai_dc:dc xmlns:oai_dc=\"\(namespace)\" xmlns:dc=\"\(elementsNamespace)\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:schemaLocation=\"\(namespace) \(schemaLocation)\">"
        for value in values(of: record, flavour: flavour) {
            xml += "<dc:" + value.element.rawValue + ">"
            XMLText.appendEscapedText(value.text, to: &xml)
            xml += "</dc:" + value.element.rawValue + ">"
        }
        return xml + "</oai_dc:dc>"
    }

    // MARK: - MARC 21

    private static func collectMARC21(_ record: MARCRecord, into collector: inout Collector) {
        for field in record.fields where !field.isControlField {
            let tag = effectiveTag(of: field)
            switch tag {
            case "245": collector.add(.title, join(field, codes: "abfgknps"))
            case "246": collector.add(.title, join(field, codes: "abnp"))
            case "100", "700": collector.add(.creator, join(field, codes: "abcdq"))
            case "110", "710": collector.add(.creator, join(field, codes: "abcdgn"))
            case "111", "711": collector.add(.creator, join(field, codes: "acdegnq"))
            case "720": collector.add(.creator, join(field, codes: "a"))
            case "600": collector.add(.subject, subjectHeading(field, main: "abcdfgklmnopqrst", subdivisions: "vxyz"))
            case "610": collector.add(.subject, subjectHeading(field, main: "abcdfgklmnoprst", subdivisions: "vxyz"))
            case "611": collector.add(.subject, subjectHeading(field, main: "acdefgklnpqst", subdivisions: "vxyz"))
            case "630": collector.add(.subject, subjectHeading(field, main: "adfgklmnoprst", subdivisions: "vxyz"))
            case "650": collector.add(.subject, subjectHeading(field, main: "abcd", subdivisions: "vxyz"))
            case "651": collector.add(.subject, subjectHeading(field, main: "a", subdivisions: "vxyz"))
            // Uncontrolled terms: each $a is a term of its own.
            case "653": field.values("a").forEach { collector.add(.subject, $0) }
            case "655": collector.add(.type, join(field, codes: "a"))
            case "506", "540": collector.add(.rights, join(field, codes: "abcdfu"))
            case "530": collector.add(.relation, join(field, codes: "abcd"))
            case "546": break // free text; the language codes come from 008 and 041
            case "534": collector.add(.source, join(field, codes: "t"))
            case "786": collector.add(.source, join(field, codes: "t")); collector.add(.source, join(field, codes: "o"))
            case "260": addPublication(field, into: &collector)
            case "264" where field.indicator2 == "1": addPublication(field, into: &collector)
            case "300": collector.add(.format, join(field, codes: "abc"))
            case "340": collector.add(.format, join(field, codes: "a"))
            case "856":
                field.values("q").forEach { collector.add(.format, $0) }
                field.values("u").forEach { collector.add(.identifier, $0) }
            case "020": field.values("a").forEach { collector.add(.identifier, standardNumber("URN:ISBN:", $0)) }
            case "022": field.values("a").forEach { collector.add(.identifier, standardNumber("URN:ISSN:", $0)) }
            case "024": field.values("a").forEach { collector.add(.identifier, $0) }
            case "041": for code in "abdefghj" { field.values(code).flatMap(languageCodes).forEach { collector.add(.language, $0) } }
            case "440", "490", "830": collector.add(.relation, join(field, codes: "anpv"))
            case "662", "752": collector.add(.coverage, join(field, codes: "abcdfgh", separator: "--"))
            case "751": collector.add(.coverage, join(field, codes: "a"))
            default:
                if let number = Int(tag), (500...599).contains(number) {
                    collector.add(.description, join(field, codes: "abcdefghijklmnopqrstvwxyz"))
                } else if let number = Int(tag), (760...787).contains(number) {
                    collector.add(.relation, join(field, codes: "t"))
                    collector.add(.relation, join(field, codes: "o"))
                }
            }
        }

        let fixed = Array((record.controlValue("008") ?? "").unicodeScalars)
        if !collector.has(.date), fixed.count >= 11 {
            let year = String(String.UnicodeScalarView(fixed[7..<11]))
            if year.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "u" }), year.contains(where: \.isNumber) {
                collector.add(.date, year)
            }
        }
        if fixed.count >= 38 {
            // The language of the item leads; 041 adds the others.
            let language = String(String.UnicodeScalarView(fixed[35..<38]))
            collector.insertFirst(.language, languageCodes(language).first)
        }
        addTypes(leader: record.leader, text: "acdt", image: "efgk", sound: "ij", physicalObject: "r", into: &collector)
    }

    private static func addPublication(_ field: MARCField, into collector: inout Collector) {
        field.values("b").forEach { collector.add(.publisher, $0) }
        field.values("c").forEach { collector.add(.date, $0) }
    }

    /// The tag a field is mapped as: its own, or for an 880 the tag its `$6` links it to.
    private static func effectiveTag(of field: MARCField) -> String {
        guard field.tag == "880", let link = field.firstValue("6").flatMap(MARCFieldLink.init) else { return field.tag }
        return link.tag
    }

    // MARK: - UNIMARC

    private static func collectUNIMARC(_ record: MARCRecord, into collector: inout Collector) {
        for field in record.fields where !field.isControlField {
            switch field.tag {
            case "200": collector.add(.title, unimarcTitle(field))
            case "517": collector.add(.title, join(field, codes: "a"))
            case "700", "701", "702": collector.add(.creator, unimarcPersonalName(field))
            case "710", "711", "712": collector.add(.creator, join(field, codes: "abcdef"))
            case "600": collector.add(.subject, [unimarcPersonalName(field), join(field, codes: "jxyz", separator: "--")]
                .filter { !$0.isEmpty }.joined(separator: "--"))
            case "601", "602", "604", "605", "606", "607", "608":
                collector.add(.subject, subjectHeading(field, main: "abcdefghiklmnopqrstuvw", subdivisions: "jxyz"))
            case "610": field.values("a").forEach { collector.add(.subject, $0) }
            case "300", "320", "327", "330": collector.add(.description, join(field, codes: "a"))
            case "210", "214":
                field.values("c").forEach { collector.add(.publisher, $0) }
                field.values("d").forEach { collector.add(.date, $0) }
            case "215": collector.add(.format, join(field, codes: "acde"))
            case "010": field.values("a").forEach { collector.add(.identifier, standardNumber("URN:ISBN:", $0)) }
            case "011": field.values("a").forEach { collector.add(.identifier, standardNumber("URN:ISSN:", $0)) }
            case "856":
                field.values("q").forEach { collector.add(.format, $0) }
                field.values("u").forEach { collector.add(.identifier, $0) }
            case "101": field.values("a").flatMap(languageCodes).forEach { collector.add(.language, $0) }
            case "225": collector.add(.relation, join(field, codes: "ahiv"))
            case "371": collector.add(.rights, join(field, codes: "a"))
            case "620": collector.add(.coverage, join(field, codes: "abcd", separator: "--"))
            default:
                if let number = Int(field.tag), (410...488).contains(number) {
                    collector.add(.relation, unimarcLinkedTitle(field))
                }
            }
        }

        // 100 $a/09-12 is the first date of publication.
        if !collector.has(.date), let general = record.firstValue("100", "a") {
            let scalars = Array(general.unicodeScalars)
            if scalars.count >= 13 {
                let year = String(String.UnicodeScalarView(scalars[9..<13]))
                if year.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) { collector.add(.date, year) }
            }
        }
        addTypes(leader: record.leader, text: "abcd", image: "efgk", sound: "ij", physicalObject: "r", into: &collector)
    }

    /// 200: `$a` (repeated for works by the same author), other title information `$e`, part `$h $i`.
    private static func unimarcTitle(_ field: MARCField) -> String {
        var title = field.values("a").map(chop).joined(separator: " ; ")
        for other in field.values("e") { title += " : " + chop(other) }
        for number in field.values("h") { title += ". " + chop(number) }
        for name in field.values("i") { title += (field.values("h").isEmpty ? ". " : ", ") + chop(name) }
        return title
    }

    /// 600 and 70X: entry element `$a`, the rest of the name `$b`, then additions, numerals and dates,
    /// as "Qodiriy, Abdulla, 1894-1938".
    private static func unimarcPersonalName(_ field: MARCField) -> String {
        ["a", "b", "c", "d", "f"].flatMap { field.values($0) }.map(chop).filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// A 4XX linking field: its title `$t`, or with embedded fields the `$a` of the embedded 200.
    private static func unimarcLinkedTitle(_ field: MARCField) -> String {
        if let title = field.firstValue("t") { return title }
        var inTitleField = false
        for subfield in field.subfields {
            if subfield.code == "1" { inTitleField = subfield.value.hasPrefix("200") }
            else if inTitleField, subfield.code == "a" { return subfield.value }
        }
        return ""
    }

    // MARK: - Shared

    /// Leader/06 to the DCMI Type Vocabulary, and Leader/07 `c` or `s` (collection, serial) to `Collection`.
    private static func addTypes(leader: String, text: String, image: String, sound: String, physicalObject: String,
                                 into collector: inout Collector) {
        let positions = Array(leader.unicodeScalars)
        guard positions.count > 7 else { return }
        let kind = Character(positions[6])
        let term: String? = text.contains(kind) ? "Text" : image.contains(kind) ? "Image"
            : sound.contains(kind) ? "Sound" : physicalObject.contains(kind) ? "PhysicalObject" : nil
        collector.insertFirst(.type, term)
        if positions[7] == "c" || positions[7] == "s" { collector.add(.type, "Collection") }
    }

    /// The subfields with these codes, in field order. Joined with spaces they keep the ISBD punctuation
    /// between them, as a catalogue displays it ("Qodiriy, Abdulla, 1894-1938", "Title : subtitle"), and
    /// lose only what ends the last; joined with another separator each is trimmed on its own.
    private static func join(_ field: MARCField, codes: String, separator: String = " ") -> String {
        let parts = field.subfields.filter { codes.contains($0.code) }.map(\.value)
        if separator == " " {
            return chop(parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " "))
        }
        return parts.map(chop).filter { !$0.isEmpty }.joined(separator: separator)
    }

    /// A heading and its subdivisions: "Uzbek literature--History--20th century".
    private static func subjectHeading(_ field: MARCField, main: String, subdivisions: String) -> String {
        let heading = join(field, codes: main)
        let parts = field.subfields.filter { subdivisions.contains($0.code) }.map { chop($0.value) }.filter { !$0.isEmpty }
        return ([heading].filter { !$0.isEmpty } + parts).joined(separator: "--")
    }

    /// `5-02-013010-6 (pbk.) :` → `URN:ISBN:5-02-013010-6`.
    private static func standardNumber(_ scheme: String, _ text: String) -> String {
        let number = text.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ":" || $0 == ";" }).first.map(String.init) ?? ""
        return number.isEmpty ? "" : scheme + number
    }

    /// Three-letter codes; old records run several together in one subfield (`uzbrus`). Blanks, fill
    /// characters and other non-codes give nothing.
    private static func languageCodes(_ text: String) -> [String] {
        let letters = Array(text.trimmingCharacters(in: .whitespaces).lowercased().unicodeScalars)
        guard !letters.isEmpty, letters.count % 3 == 0, letters.allSatisfy({ ("a"..."z").contains($0) }) else { return [] }
        return stride(from: 0, to: letters.count, by: 3).map { String(String.UnicodeScalarView(letters[$0..<$0 + 3])) }
    }

    /// Removes the ISBD punctuation around a subfield: leading and trailing spaces and `/ : ; , = +`, and a
    /// final period unless it ends an abbreviation of at most three letters ("p.", "cm.", "A.", "Inc.").
    static func chop(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        let separators: Set<Unicode.Scalar> = [" ", "\t", "/", ":", ";", ",", "=", "+"]
        func trimTrailing() {
            while let last = scalars.last, separators.contains(last) { scalars.removeLast() }
        }
        trimTrailing()
        if scalars.last == ".", !scalars.dropLast().reversed().starts(with: [".", "."]) {
            let word = scalars.dropLast().reversed().prefix { !" ([".unicodeScalars.contains($0) }
            let isAbbreviation = (1...3).contains(word.count) && word.allSatisfy { $0.properties.isAlphabetic }
            if !isAbbreviation {
                scalars.removeLast()
                trimTrailing()
            }
        }
        while let first = scalars.first, separators.contains(first) { scalars.removeFirst() }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The control characters that bracket a leading article to be skipped in sorting ("<NSB>L'<NSE>altra
    /// faccia"): U+0088/U+0089 in UNIMARC, U+0098/U+009C in MARC 21. They mean nothing to a reader; the
    /// article they bracket stays.
    private static func withoutNonfilingMarkers(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0x88...0x9C).contains($0.value) }) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { ![0x88, 0x89, 0x98, 0x9C].contains($0.value) })
        return String(scalars)
    }

    /// Values in the order found, without empty ones and without repeats within an element.
    private struct Collector {
        var values: [Value] = []
        private var seen: Set<Value> = []

        mutating func add(_ element: Element, _ text: String?) {
            guard let text else { return }
            let value = Value(element, chop(withoutNonfilingMarkers(text)))
            guard !value.text.isEmpty, seen.insert(value).inserted else { return }
            values.append(value)
        }

        /// For the value an element should start with (the main language, the resource type).
        mutating func insertFirst(_ element: Element, _ text: String?) {
            guard let text, !text.isEmpty else { return }
            let value = Value(element, text)
            if seen.contains(value) { values.removeAll { $0 == value } } else { seen.insert(value) }
            values.insert(value, at: 0)
        }

        func has(_ element: Element) -> Bool {
            values.contains { $0.element == element }
        }
    }
}

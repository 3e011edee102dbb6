import Foundation
import ManbaCore

/// Loads the demo union catalogue: the member libraries, and books contributed by several libraries,
/// some in Latin and some in Cyrillic script, some without ISBN, so that merged records with many
/// holdings, and searches across scripts, show at once. Deterministic, and safe to re-run.
public struct LibraryDemoLoader: Sendable {
    let catalogue: UnionCatalogue

    public init(catalogue: UnionCatalogue) {
        self.catalogue = catalogue
    }

    public func load() async throws -> (libraries: Int, report: MARCImportReport) {
        let libraries = LibraryDemoLibraries.all()
        for library in libraries { try await catalogue.save(library) }
        var random = DemoRandom(seed: 2_024, label: "union catalogue")
        var byLibrary: [String: [MARCImporter.IncomingRecord]] = [:]
        var number = 0
        for (title, author, subjects, language) in LibraryDemoWorks.classics {
            let editions = random.int(1...3)
            for e in 0..<editions {
                let (publisher, place) = random.pick(LibraryDemoWorks.publishers[language] ?? [("—", "—")])
                let year = random.int(1965...2024)
                let edition = LibraryDemoEdition(title: title, author: author, publisher: publisher, place: place, year: year, language: language,
                                                 subjects: subjects, isbn: random.chance(0.8) ? Self.isbn(&random, language: language, n: number * 10 + e) : nil)
                // Several libraries hold the edition; each catalogued it itself.
                let holders = random.sample(libraries.map(\.code), count: random.int(1...5))
                for (k, code) in holders.enumerated() {
                    number += 1
                    let cyrillic = language == "uzb" && (k == 1 || random.chance(0.2))
                    let withISBN = edition.isbn != nil && (k == 0 || random.chance(0.6))
                    let record = LibraryDemoRecord.make(edition, control: "demo-\(number)", cyrillic: cyrillic, withISBN: withISBN,
                                                        holdings: Self.holdings(&random, library: code, edition: edition))
                    byLibrary[code, default: []].append(.record(record, key: "\(code):demo-\(number)"))
                }
            }
        }
        let subjects = [("Matematika", "Matematika"), ("Ona tili", "Oʻzbek tili"), ("Adabiyot", "Oʻzbek adabiyoti"), ("Tarix", "Tarix"),
                        ("Ingliz tili", "Ingliz tili"), ("Informatika", "Informatika")]
        for (subject, heading) in subjects {
            for grade in 5...11 {
                let edition = LibraryDemoEdition(title: "\(subject). \(grade)-sinf uchun darslik", author: random.pick(["Abdullayev, Jamshid", "Karimova, Dilnoza", "Toshmatov, Anvar", "Yusupova, Malika"]),
                                                 publisher: "Oʻqituvchi", place: "Toshkent", year: random.int(2017...2024), language: "uzb",
                                                 subjects: [heading, "Maktab darsliklari"], isbn: Self.isbn(&random, language: "uzb", n: grade * 100 + subject.count))
                for code in random.sample(libraries.filter { $0.kind == "regional" }.map(\.code), count: random.int(2...6)) {
                    number += 1
                    let record = LibraryDemoRecord.make(edition, control: "demo-\(number)", cyrillic: random.chance(0.3), withISBN: true,
                                                        holdings: Self.holdings(&random, library: code, edition: edition))
                    byLibrary[code, default: []].append(.record(record, key: "\(code):demo-\(number)"))
                }
            }
        }
        var report = MARCImportReport()
        for code in byLibrary.keys.sorted() {
            report.add(try await catalogue.importer.importRecords(byLibrary[code]!, library: code, sourceName: "demo"))
        }
        return (libraries.count, report)
    }

    static func holdings(_ random: inout DemoRandom, library: String, edition: LibraryDemoEdition) -> [Holding] {
        let shelves = ["Abonement", "Oʻquv zali", "Kamyob kitoblar fondi", "Bolalar boʻlimi", "Elektron resurslar zali"]
        return (1...random.int(1...3)).map { copy in
            Holding(libraryCode: library, sublocation: random.pick(shelves), callNumber: "\(random.int(60...84)).\(random.int(1...9)) \(edition.author.prefix(1))\(random.int(10...99))",
                    copy: String(copy), barcode: String(format: "%010d", random.int(1...999_999_999)), note: random.chance(0.25) ? "berilgan" : "")
        }
    }

    /// A well-formed ISBN-13 (with a correct check digit) in the country's prefix range.
    static func isbn(_ random: inout DemoRandom, language: String, n: Int) -> String {
        let group = ["uzb": "9943", "rus": "5", "tgk": "99947", "eng": "0"][language] ?? "9943"
        var digits = Array("978" + group)
        while digits.count < 12 { digits.append(Character(String(random.int(0...9)))) }
        return String(digits) + String(ISBN.checkDigit13(digits))
    }
}

/// Writes a demo edition as a MARC 21 record, as one library would catalogue it.
enum LibraryDemoRecord {
    static func make(_ e: LibraryDemoEdition, control: String, cyrillic: Bool, withISBN: Bool, holdings: [Holding]) -> MARCRecord {
        func script(_ text: String) -> String { cyrillic ? UzbekTransliteration.latinToCyrillic(text) : text }
        var fields = [MARCField(tag: "001", value: control),
                      MARCField(tag: "008", value: "240101s\(e.year)    uz            000 0 \(e.language) d")]
        if withISBN, let isbn = e.isbn { fields.append(MARCField(tag: "020", subfields: [MARCSubfield(code: "a", value: isbn)])) }
        fields.append(MARCField(tag: "041", subfields: [MARCSubfield(code: "a", value: e.language)]))
        fields.append(MARCField(tag: "100", indicator1: "1", subfields: [MARCSubfield(code: "a", value: script(e.author))]))
        fields.append(MARCField(tag: "245", indicator1: "1", indicator2: "0", subfields: [MARCSubfield(code: "a", value: script(e.title)),
                                                                                           MARCSubfield(code: "c", value: script(e.author))]))
        fields.append(MARCField(tag: "260", subfields: [MARCSubfield(code: "a", value: script(e.place)), MARCSubfield(code: "b", value: script(e.publisher)),
                                                       MARCSubfield(code: "c", value: String(e.year))]))
        for subject in e.subjects { fields.append(MARCField(tag: "650", indicator2: "4", subfields: [MARCSubfield(code: "a", value: script(subject))])) }
        for h in holdings {
            var subfields = [MARCSubfield(code: "a", value: h.libraryCode), MARCSubfield(code: "b", value: h.sublocation),
                             MARCSubfield(code: "h", value: h.callNumber), MARCSubfield(code: "p", value: h.barcode), MARCSubfield(code: "t", value: h.copy)]
            if !h.note.isEmpty { subfields.append(MARCSubfield(code: "z", value: h.note)) }
            fields.append(MARCField(tag: "852", subfields: subfields))
        }
        return MARCRecord(leader: "00000nam a2200000 a 4500", fields: fields)
    }
}

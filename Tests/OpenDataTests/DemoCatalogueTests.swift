import ManbaCore
import Testing
@testable import OpenData

/// The demo catalogue, built once for all tests here.
private enum Demo {
    static let catalogue = DemoCatalogue.make()
}

/// An RFC 4180 reader: fields separated by commas, records by CR LF or LF; a field in double quotes may
/// hold commas, line breaks and doubled quotes. Returns nil on malformed quoting.
private func parseCSV(_ text: String) -> [[String]]? {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var inQuotes = false
    var afterQuote = false // the closing quote of a quoted field was just read
    var iterator = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    func next() -> Unicode.Scalar? {
        if let p = pending { pending = nil; return p }
        return iterator.next()
    }
    while let c = next() {
        if inQuotes {
            if c == "\"" {
                if let n = next() {
                    if n == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; afterQuote = true; pending = n }
                } else {
                    inQuotes = false
                    afterQuote = true
                }
            } else {
                field.unicodeScalars.append(c)
            }
            continue
        }
        switch c {
        case "\"":
            guard field.isEmpty, !afterQuote else { return nil } // a quote inside an unquoted field
            inQuotes = true
        case ",":
            record.append(field); field = ""; afterQuote = false
        case "\r":
            continue
        case "\n":
            record.append(field); field = ""; afterQuote = false
            records.append(record); record = []
        default:
            guard !afterQuote else { return nil } // text after a closing quote
            field.unicodeScalars.append(c)
        }
    }
    guard !inQuotes else { return nil }
    if !field.isEmpty || !record.isEmpty || afterQuote {
        record.append(field)
        records.append(record)
    }
    return records
}

private func isCyrillic(_ s: Unicode.Scalar) -> Bool { (0x0400...0x04FF).contains(s.value) }
private func isBasicLatinLetter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("A"..."Z").contains(s) }

private func isSlug(_ name: String) -> Bool {
    (2...100).contains(name.count) && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
}

private func isISODate(_ s: String) -> Bool {
    let parts = s.split(separator: "-")
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
          let m = Int(parts[1]), let d = Int(parts[2]), Int(parts[0]) != nil else { return false }
    return (1...12).contains(m) && (1...31).contains(d)
}

/// Sentences: a full stop at the end, or before a space and a capital letter ("тыс. населения" is one).
private func sentenceCount(_ text: String) -> Int {
    let scalars = Array(text.unicodeScalars)
    var count = 0
    for i in scalars.indices where scalars[i] == "." {
        if i == scalars.count - 1 { count += 1; continue }
        if i + 2 < scalars.count, scalars[i + 1] == " ", scalars[i + 2].properties.isUppercase { count += 1 }
    }
    return count
}

@Suite("Demo catalogue")
struct DemoCatalogueTests {
    @Test func counts() {
        let c = Demo.catalogue
        #expect(c.organisations.count >= 50)
        #expect((12...16).contains(c.themes.count))
        #expect((500...600).contains(c.datasets.count))
    }

    @Test func namesAreUniqueSlugs() {
        let c = Demo.catalogue
        for names in [c.organisations.map(\.name), c.themes.map(\.name), c.datasets.map(\.name)] {
            #expect(Set(names).count == names.count)
            for name in names { #expect(isSlug(name), "not a slug: \(name)") }
        }
    }

    @Test func referencesResolve() {
        let c = Demo.catalogue
        let organisations = Set(c.organisations.map(\.name))
        let themes = Set(c.themes.map(\.name))
        for org in c.organisations {
            if let parent = org.parentName {
                #expect(organisations.contains(parent), "\(org.name): no parent \(parent)")
                #expect(parent != org.name)
            }
        }
        #expect(c.organisations.contains { $0.parentName != nil })
        for d in c.datasets {
            #expect(organisations.contains(d.organisationName), "\(d.name): no organisation \(d.organisationName)")
            #expect(!d.themeNames.isEmpty)
            for theme in d.themeNames { #expect(themes.contains(theme), "\(d.name): no theme \(theme)") }
        }
    }

    @Test func organisationsAreMultilingual() {
        let c = Demo.catalogue
        let administrations = c.organisations.filter { $0.name.hasSuffix("-hokimligi") || $0.name.hasSuffix("-kengashi") }
        #expect(administrations.count >= 14)
        #expect(Set(administrations.map(\.region)).count == 14)
        for org in c.organisations {
            for language in [Language.uzLatn, .uzCyrl, .ru, .en] { #expect(org.title[language] != nil, "\(org.name) lacks \(language)") }
            #expect(org.description[.uzLatn] != nil && org.description[.ru] != nil)
            #expect(!org.region.isEmpty)
        }
        #expect(c.organisations.contains { $0.title[.tg] != nil })
        for theme in c.themes {
            for language in Language.allCases { #expect(theme.title[language] != nil, "\(theme.name) lacks \(language)") }
        }
    }

    @Test func everyCSVIsRectangular() throws {
        var bytes = 0
        for d in Demo.catalogue.datasets {
            #expect((1...3).contains(d.resources.count))
            for r in d.resources {
                #expect(r.format == "CSV")
                bytes += r.csv.utf8.count
                let rows = try #require(parseCSV(r.csv), "\(d.name): malformed CSV")
                let header = try #require(rows.first)
                #expect(header.count >= 2 && header.allSatisfy { !$0.isEmpty }, "\(d.name): bad header")
                #expect((6...41).contains(rows.count), "\(d.name): \(rows.count - 1) data rows")
                for (i, row) in rows.enumerated() where row.count != header.count {
                    Issue.record("\(d.name) [\(r.language.rawValue)] row \(i): \(row.count) fields, header has \(header.count)")
                }
            }
        }
        #expect(bytes < 3_000_000)
    }

    @Test func quotingIsExercised() {
        // Addresses hold commas and company names hold quotes, so some fields must be quoted.
        let csvs = Demo.catalogue.datasets.flatMap(\.resources).map(\.csv)
        #expect(csvs.contains { $0.contains("\"\"") })
        #expect(parseCSV("a,\"b, \"\"c\"\"\",d\n1,2,3\n") == [["a", "b, \"c\"", "d"], ["1", "2", "3"]])
    }

    @Test func scriptsAreMixed() {
        let datasets = Demo.catalogue.datasets
        let cyrillicOnly = datasets.filter { $0.title[.uzCyrl] != nil && $0.title[.uzLatn] == nil }
        let both = datasets.filter { $0.title[.uzCyrl] != nil && $0.title[.uzLatn] != nil }
        let russian = datasets.filter { $0.title[.ru] != nil }
        let english = datasets.filter { $0.title[.en] != nil }
        let n = Double(datasets.count)
        #expect((0.08...0.25).contains(Double(cyrillicOnly.count) / n))
        #expect((0.15...0.35).contains(Double(both.count) / n))
        #expect((0.35...0.65).contains(Double(russian.count) / n))
        #expect((0.2...0.45).contains(Double(english.count) / n))
        for d in datasets {
            #expect(d.title[.uzLatn] != nil || d.title[.uzCyrl] != nil, "\(d.name) has no Uzbek title")
            #expect(Set(d.title.values.keys) == Set(d.notes.values.keys), "\(d.name): title and notes languages differ")
            if let latin = d.title[.uzLatn] {
                #expect(!latin.unicodeScalars.contains(where: isCyrillic), "Cyrillic in Latin title: \(latin)")
                #expect(!latin.contains("'") && !latin.contains("‘") && !latin.contains("’"), "non-standard apostrophe: \(latin)")
            }
            if let cyrillic = d.title[.uzCyrl] {
                #expect(!cyrillic.unicodeScalars.contains(where: isBasicLatinLetter), "Latin in Cyrillic title: \(cyrillic)")
            }
            if let notes = d.notes[.uzCyrl] {
                #expect(!notes.unicodeScalars.contains(where: isBasicLatinLetter), "Latin in Cyrillic notes: \(notes)")
            }
        }
        // The Uzbek Latin letters oʻ and gʻ use U+02BB, the tutuq belgisi U+02BC.
        #expect(datasets.contains { $0.title[.uzLatn]?.contains("oʻ") == true })
        #expect(datasets.contains { $0.title[.uzLatn]?.contains("ʼ") == true })
    }

    @Test func metadataIsWellFormed() {
        let licences: Set<String> = ["cc-by-4.0", "cc-by-sa-4.0", "cc0-1.0", "odc-odbl", "odc-by", "other-open"]
        let frequencies: Set<String> = ["daily", "weekly", "monthly", "quarterly", "semiannual", "annual", "irregular", "on_change"]
        let datasets = Demo.catalogue.datasets
        for d in datasets {
            #expect(licences.contains(d.licenseID))
            #expect(frequencies.contains(d.frequency))
            #expect((2...5).contains(d.tags.count), "\(d.name): \(d.tags.count) tags")
            for tag in d.tags { #expect(tag == tag.lowercased() && !tag.isEmpty, "\(d.name): tag \(tag)") }
            #expect(!d.maintainer.isEmpty)
            #expect(d.maintainerEmail.split(separator: "@").count == 2 && d.maintainerEmail.contains("."))
            #expect(d.sociallySignificant == (d.legalReference != nil))
            if let reference = d.legalReference { #expect(reference.hasPrefix("PF-6247, 1-ilova, ") && reference.hasSuffix("-band")) }
            if let start = d.temporalStart, let end = d.temporalEnd {
                #expect(isISODate(start) && isISODate(end) && start <= end, "\(d.name): \(start)..\(end)")
            } else {
                #expect(d.temporalStart == nil && d.temporalEnd == nil)
            }
            for (_, notes) in d.notes.values {
                #expect((1...3).contains(sentenceCount(notes)), "\(d.name): \(notes)")
            }
        }
        let significant = Double(datasets.filter(\.sociallySignificant).count) / Double(datasets.count)
        #expect((0.12...0.3).contains(significant))
        let byLicence = Dictionary(grouping: datasets, by: \.licenseID)
        #expect(byLicence["cc-by-4.0", default: []].count > datasets.count / 2)
    }

    @Test func coordinatesLieInUzbekistan() throws {
        var points = 0
        for d in Demo.catalogue.datasets {
            for r in d.resources where r.language == .uzLatn {
                let rows = try #require(parseCSV(r.csv))
                guard let lat = rows[0].firstIndex(of: "Kenglik"), let lon = rows[0].firstIndex(of: "Uzunlik") else { continue }
                for row in rows.dropFirst() {
                    let y = try #require(Double(row[lat])), x = try #require(Double(row[lon]))
                    #expect((37.1...45.6).contains(y) && (55.9...73.2).contains(x), "\(d.name): \(y), \(x)")
                    points += 1
                }
            }
        }
        #expect(points > 500)
    }

    @Test func generationIsDeterministic() {
        let a = Demo.catalogue
        let b = DemoCatalogue.make()
        #expect(a.organisations.map(\.name) == b.organisations.map(\.name))
        #expect(a.organisations.map(\.title) == b.organisations.map(\.title))
        #expect(a.datasets.map(\.name) == b.datasets.map(\.name))
        #expect(a.datasets.map(\.title) == b.datasets.map(\.title))
        #expect(a.datasets.map(\.notes) == b.datasets.map(\.notes))
        #expect(a.datasets.map(\.maintainerEmail) == b.datasets.map(\.maintainerEmail))
        #expect(a.datasets.flatMap(\.resources).map(\.csv) == b.datasets.flatMap(\.resources).map(\.csv))
    }

    @Test func transliterationFollowsTheOrthography() {
        #expect(DemoScript.cyrillic("Oʻzbekiston Respublikasi") == "Ўзбекистон Республикаси")
        #expect(DemoScript.cyrillic("Fargʻona viloyati hokimligi") == "Фарғона вилояти ҳокимлиги")
        #expect(DemoScript.cyrillic("maʼlumotlar yoʻl ekologiya aeroport") == "маълумотлар йўл экология аэропорт")
        #expect(DemoScript.cyrillic("budjet investitsiyalar obyekt") == "бюджет инвестициялар объект")
        #expect(DemoScript.cyrillic("PM2.5 va CSV, 2023-yil") == "PM2.5 ва CSV, 2023-йил")
        // Uzbek Cyrillic writes the months without the Russian soft sign.
        #expect(DemoScript.cyrillic("1-yanvar, Iyun, sentabr, Oktabr") == "1-январ, Июн, сентябр, Октябр")
        #expect(DemoScript.cyrillic("stansiyalar, inspeksiya, litsenziya, II chorak") == "станциялар, инспекция, лицензия, II чорак")
        #expect(DemoScript.cyrillic("“Afrosiyob Invest” MChJ") == "«Афросиёб Инвест» МЧЖ")
        #expect(DemoScript.russian("Qoʻqon") == "Кукон")
        #expect(DemoScript.slug("Qoraqalpogʻiston Respublikasi") == "qoraqalpogiston-respublikasi")
    }
}

import ManbaCore

private typealias P = DemoPhrase

/// A deterministic demo catalogue of the national open data portal: real Uzbek publishing bodies,
/// the portal's spheres, and about 580 datasets with small CSV tables, in Uzbek (both scripts), Russian
/// and English. Every call returns the same values.
public enum DemoCatalogue {
    static let seed: UInt64 = 0x4d61_6e62_615f_3230 // "Manba_20"

    public static func make() -> (organisations: [DemoOrganisation], themes: [DemoTheme], datasets: [DemoDataset]) {
        let organisations = DemoOrganisations.all.map(\.organisation)
        let themes = DemoThemes.make()
        var datasets: [DemoDataset] = []
        datasets.reserveCapacity(600)
        var taken = Set<String>()
        for topic in DemoTopics.all {
            var picker = DemoRandom(seed: seed, label: "places/" + topic.key)
            for (place, year) in expand(topic, &picker) {
                var rng = DemoRandom(seed: seed, label: "\(topic.key)/\(place.slug)/\(year)")
                datasets.append(dataset(topic, place: place, year: year, rng: &rng, taken: &taken))
            }
        }
        return (organisations, themes, datasets)
    }

    // MARK: - Places and years of a topic

    private static func expand(_ topic: DemoTopic, _ rng: inout DemoRandom) -> [(DemoPlace, Int)] {
        switch topic.scope {
        case .regions(let count):
            return rng.sample(DemoPlaces.regions, count: rng.int(count)).map { ($0, topic.year) }
        case .ruralRegions(let count):
            let rural = DemoPlaces.regions.filter { $0.slug != "toshkent-shahri" }
            return rng.sample(rural, count: rng.int(count)).map { ($0, topic.year) }
        case .place(let slug):
            return (DemoPlaces.regions + DemoPlaces.cities).filter { $0.slug == slug }.map { ($0, topic.year) }
        case .cities:
            return DemoPlaces.cities.map { ($0, topic.year) }
        case .country(let years):
            return years.map { (DemoPlaces.country, $0) }
        }
    }

    // MARK: - One dataset

    private static let licences: [(String, Int)] = [
        ("cc-by-4.0", 70), ("cc-by-sa-4.0", 8), ("cc0-1.0", 8), ("odc-odbl", 5), ("odc-by", 4), ("other-open", 5),
    ]

    private static let fallbackPublisher = "statistika-agentligi"

    private static func publisher(_ topic: DemoTopic, _ place: DemoPlace, _ rng: inout DemoRandom) -> String {
        let administration = place.administration.isEmpty ? nil : place.administration
        switch topic.publisher {
        case .body(let slug): return slug
        case .administration: return administration ?? fallbackPublisher
        case .either(let slug, let percent): return rng.int(0...99) < percent ? slug : (administration ?? slug)
        }
    }

    private static func dataset(
        _ topic: DemoTopic, place: DemoPlace, year: Int, rng: inout DemoRandom, taken: inout Set<String>
    ) -> DemoDataset {
        let orgSlug = publisher(topic, place, &rng)
        let org = DemoOrganisations.spec(orgSlug) ?? DemoOrganisations.spec(fallbackPublisher)!

        // Languages: Uzbek in Latin only for most, Cyrillic only for some, both for a quarter; Russian for
        // about half, English for about a third.
        let scriptRoll = rng.int(0...99)
        let cyrillicOnly = scriptRoll >= 60 && scriptRoll < 75
        var languages: [Language] = scriptRoll < 60 ? [.uzLatn] : cyrillicOnly ? [.uzCyrl] : [.uzLatn, .uzCyrl]
        let russian = rng.chance(0.5)
        let english = rng.chance(0.36)
        if russian { languages.append(.ru) }
        if english { languages.append(.en) }

        var values = place.placeholders
        values["year"] = .same(String(year))
        let title = topic.title.filling(values)

        var sentences = [topic.notes.filling(values)]
        if let more = topic.more, rng.chance(0.6) {
            sentences.append(more.filling(values))
        } else if rng.chance(0.5) {
            sentences.append(DemoFrequency.sentence(topic.frequency))
        }
        if sentences.count < 3, rng.chance(0.3) {
            sentences.append(P("Maʼlumotlar manbai: \(org.title.uz).", "Источник данных: \(org.title.ru).", "Source: \(org.title.en)."))
        }
        let notes = sentences.dropFirst().reduce(sentences[0]) { $0.appending($1) }

        // Name: topic, place, and the year when the title names one.
        var base = topic.key
        if place.level != .country { base += "-" + place.slug }
        if topic.title.uz.contains("{year}") { base += "-\(year)" }
        var name = DemoScript.slug(base)
        var n = 2
        while taken.contains(name) {
            name = DemoScript.slug(base, limit: 96) + "-\(n)"
            n += 1
        }
        taken.insert(name)

        var tags: [String] = []
        for tag in topic.tags + (place.level == .country ? [] : [place.tag]) where !tags.contains(tag) && tags.count < 5 {
            tags.append(tag)
        }

        var builder = DemoTableBuilder(place: place, year: year, rng: DemoRandom(seed: seed, label: "table/\(name)"))
        let built = builder.build(topic.table)
        let resources = makeResources(built.table, title: title, languages: languages, cyrillicOnly: cyrillicOnly, rng: &rng)

        let (maintainer, email) = steward(org, &rng)
        return DemoDataset(
            name: name, title: title.localized(languages), notes: notes.localized(languages), organisationName: org.slug,
            themeNames: topic.themes, tags: tags, licenseID: rng.weighted(licences), frequency: topic.frequency,
            temporalStart: built.temporalStart, temporalEnd: built.temporalEnd, spatial: place.nom.uz,
            maintainer: maintainer, maintainerEmail: email, sociallySignificant: topic.band != nil,
            legalReference: topic.band.map { "PF-6247, 1-ilova, \($0)-band" }, resources: resources)
    }

    // MARK: - Resources

    private static let translationSuffix: [Language: DemoPhrase] = [
        .uzCyrl: P("(kirill yozuvida)", "(кириллицей)", "(Cyrillic script)"),
        .ru: P("(rus tilida)", "(на русском языке)", "(in Russian)"),
        .en: P("(ingliz tilida)", "(на английском языке)", "(in English)"),
    ]

    private static func makeResources(
        _ table: DemoTable, title: DemoPhrase, languages: [Language], cyrillicOnly: Bool, rng: inout DemoRandom
    ) -> [DemoResource] {
        let main: Language = cyrillicOnly ? .uzCyrl : .uzLatn
        var resources = [DemoResource(name: title.localized(languages), format: "CSV", language: main, csv: table.csv(main))]
        let candidates = languages.filter { $0 != main && $0 != .uzLatn }
        let translations = rng.sample(candidates, count: rng.int(0...min(2, candidates.count)))
        for language in translations {
            let name = title.appending(translationSuffix[language]!)
            resources.append(DemoResource(name: name.localized(languages), format: "CSV", language: language, csv: table.csv(language)))
        }
        // A data dictionary for wider tables, so that it has a few rows itself.
        if resources.count < 3, table.columns.count >= 5, rng.chance(0.35) {
            let name = P("Maʼlumotlar tuzilmasi", "Структура данных", "Data structure")
            resources.append(DemoResource(name: name.localized(languages), format: "CSV", language: main, csv: table.dictionary.csv(main)))
        }
        return resources
    }

    // MARK: - Stewards

    /// Each body has two data stewards; a dataset names one of them. Some bodies answer from a shared
    /// open-data mailbox, the others from the steward's own address.
    private static func steward(_ org: DemoOrgSpec, _ rng: inout DemoRandom) -> (String, String) {
        var local = DemoRandom(seed: seed, label: "steward/" + org.slug)
        let people = local.sample(DemoNames.stewards, count: 2)
        let mailbox = local.int(0...9)
        let person = rng.pick(people)
        switch mailbox {
        case 0...2: return (person, "opendata@\(org.domain)")
        case 3: return (person, "ochiqmalumot@\(org.domain)")
        case 4: return (person, "data@\(org.domain)")
        default: return (person, DemoNames.email(person, domain: org.domain))
        }
    }
}

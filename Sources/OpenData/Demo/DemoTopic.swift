// A topic template: what kind of dataset, about which places and years, published by whom, with which
// table. `DemoCatalogue` expands each topic into one dataset per place or year.

struct DemoTopic {
    enum Publisher {
        /// Always the same body.
        case body(String)
        /// The administration (hokimlik) of the place.
        case administration
        /// The body for some places, the place's administration for others (`percent` of them the body).
        case either(String, percent: Int)
    }

    enum Scope {
        /// A number of the 14 regions, picked by the generator.
        case regions(ClosedRange<Int>)
        /// Like `regions`, leaving out Tashkent city (for farming topics).
        case ruralRegions(ClosedRange<Int>)
        /// One place, by slug.
        case place(String)
        /// The cities and districts that publish their own data.
        case cities
        /// The Republic as a whole, once per year given.
        case country([Int])
    }

    /// ASCII slug stem: "umumtalim-maktablari".
    let key: String
    let themes: [String]
    let publisher: Publisher
    let scope: Scope
    /// Placeholders: {loc} {gen} {nom} (the place) and {year}.
    let title: DemoPhrase
    /// One sentence, same placeholders.
    let notes: DemoPhrase
    /// An optional second sentence.
    let more: DemoPhrase?
    /// 2-4 lower-case tags in Uzbek Latin or Russian.
    let tags: [String]
    let frequency: String
    /// The band of annex 1 of decree PF-6247, for socially significant data.
    let band: Int?
    let table: DemoTableSpec
    /// The year the figures are for, unless the scope gives years.
    let year: Int

    init(_ key: String, themes: [String], by publisher: Publisher, scope: Scope, title: DemoPhrase, notes: DemoPhrase, more: DemoPhrase? = nil,
         tags: [String], frequency: String, band: Int? = nil, year: Int = 2023, table: DemoTableSpec) {
        self.key = key
        self.themes = themes
        self.publisher = publisher
        self.scope = scope
        self.title = title
        self.notes = notes
        self.more = more
        self.tags = tags
        self.frequency = frequency
        self.band = band
        self.table = table
        self.year = year
    }
}

enum DemoTopics {
    static var all: [DemoTopic] { social + economy + publicLife + oversight }
}

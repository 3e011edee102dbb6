// What a topic's table looks like, declared; `DemoTableBuilder` fills it with numbers for a place and year.

/// A numeric column.
struct DemoMeasure {
    let header: Phrase
    let unit: Phrase?
    /// The range of values, in units of 10^-places (for `share`: per mille of the base column). Counts are
    /// given at the size of a region; the builder scales them to the Republic, a district or a mahalla.
    let range: ClosedRange<Int>
    let places: Int
    /// Index (among the measures) of the column this one is a share of.
    let share: Int?
    /// Counts and amounts: totalled, and scaled up for the Republic and down for a mahalla.
    let summable: Bool

    /// A count or amount.
    static func count(_ header: Phrase, _ unit: Phrase? = nil, _ range: ClosedRange<Int>, places: Int = 0) -> DemoMeasure {
        DemoMeasure(header: header, unit: unit, range: range, places: places, share: nil, summable: true)
    }

    /// A rate, average or percentage: not totalled, not scaled.
    static func rate(_ header: Phrase, _ unit: Phrase? = nil, _ range: ClosedRange<Int>, places: Int = 0) -> DemoMeasure {
        DemoMeasure(header: header, unit: unit, range: range, places: places, share: nil, summable: false)
    }

    /// A part of another count: `perMille` of measure number `of`.
    static func part(_ header: Phrase, _ unit: Phrase? = nil, of: Int, perMille: ClosedRange<Int>, places: Int = 0) -> DemoMeasure {
        DemoMeasure(header: header, unit: unit, range: perMille, places: places, share: of, summable: true)
    }
}

/// Units used by many topics.
enum DemoUnits {
    static let persons = Phrase("kishi", "чел.", "persons")
    static let units = Phrase("dona", "ед.", "units")
    static let sum = Phrase("soʻm", "сум", "UZS")
    static let thousandSum = Phrase("ming soʻm", "тыс. сум", "thousand UZS")
    static let millionSum = Phrase("mln soʻm", "млн сум", "million UZS")
    static let billionSum = Phrase("mlrd soʻm", "млрд сум", "billion UZS")
    static let percent = Phrase("%", "%", "%")
    static let hectares = Phrase("ga", "га", "ha")
    static let tonnes = Phrase("tonna", "т", "tonnes")
    static let thousandTonnes = Phrase("ming tonna", "тыс. т", "thousand tonnes")
    static let km = Phrase("km", "км", "km")
    static let sqm = Phrase("m²", "м²", "m²")
    static let thousandSqm = Phrase("ming m²", "тыс. м²", "thousand m²")
    static let millionKWh = Phrase("mln kVt·soat", "млн кВт·ч", "GWh")
    static let megawatt = Phrase("MVt", "МВт", "MW")
    static let millionM3 = Phrase("mln m³", "млн м³", "million m³")
    static let mgPerM3 = Phrase("mkg/m³", "мкг/м³", "µg/m³")
    static let celsius = Phrase("°C", "°C", "°C")
    static let mm = Phrase("mm", "мм", "mm")
    static let minutes = Phrase("daqiqa", "мин", "min")
    static let per1000 = Phrase("1000 kishiga", "на 1000 чел.", "per 1,000")
    static let per100k = Phrase("100 ming kishiga", "на 100 тыс. чел.", "per 100,000")
    static let centnerPerHa = Phrase("s/ga", "ц/га", "centners/ha")
    static let heads = Phrase("bosh", "голов", "head")
    static let families = Phrase("oila", "семей", "families")
    static let beds = Phrase("oʻrin", "мест", "beds")
    static let years = Phrase("yil", "лет", "years")
}

/// How the rows of a list of places are named.
enum DemoNaming {
    /// "{n}-son umumtaʼlim maktabi": distinct numbers up to `max`.
    case numbered(Phrase, max: Int)
    /// "“{x}” mehmonxonasi": a proper name from the list in place of {x}.
    case named(Phrase, [String])
    /// Names drawn from a list of phrases ("Tarix muzeyi" / "Исторический музей").
    case phrases([Phrase])
    /// One row per area of the place, named after it: "{x} davlat xizmatlari markazi".
    case perArea(Phrase)
}

struct DemoFacilities {
    let naming: DemoNaming
    /// A "type" column, if the list mixes kinds.
    let kinds: [Phrase]
    let measures: [DemoMeasure]
    let rows: ClosedRange<Int>
    let phone: Bool
    let coordinates: Bool

    init(_ naming: DemoNaming, kinds: [Phrase] = [], measures: [DemoMeasure] = [], rows: ClosedRange<Int> = 10...30,
         phone: Bool = true, coordinates: Bool = true) {
        self.naming = naming
        self.kinds = kinds
        self.measures = measures
        self.rows = rows
        self.phone = phone
        self.coordinates = coordinates
    }
}

struct DemoPrice {
    let name: Phrase
    let unit: Phrase
    /// Typical price in soʻm.
    let base: Int
}

/// A register of documents or decisions: number, date, subject, kind, status.
struct DemoRegister {
    enum Subject {
        case company
        case items([Phrase])
    }
    let numberHeader: Phrase
    let numberPrefix: String
    let dateHeader: Phrase
    let subjectHeader: Phrase
    let subject: Subject
    let kindHeader: Phrase?
    let kinds: [Phrase]
    let amount: DemoMeasure?
    let statusHeader: Phrase?
    let statuses: [Phrase]
    let withArea: Bool
    let rows: ClosedRange<Int>

    init(number: Phrase, prefix: String, date: Phrase, subject: Phrase, _ kind: Subject, kindHeader: Phrase? = nil, kinds: [Phrase] = [],
         amount: DemoMeasure? = nil, statusHeader: Phrase? = nil, statuses: [Phrase] = [], withArea: Bool = true, rows: ClosedRange<Int> = 12...30) {
        numberHeader = number
        numberPrefix = prefix
        dateHeader = date
        subjectHeader = subject
        self.subject = kind
        self.kindHeader = kindHeader
        self.kinds = kinds
        self.amount = amount
        self.statusHeader = statusHeader
        self.statuses = statuses
        self.withArea = withArea
        self.rows = rows
    }
}

enum DemoPeriod {
    case years(Int)
    case months
    case quarters
}

enum DemoTableSpec {
    /// A list of places (schools, clinics, hotels) with address, numbers and coordinates.
    case facilities(DemoFacilities)
    /// One row per area of the place (districts of a region, regions of the Republic).
    case byArea([DemoMeasure], total: Bool)
    /// One row per area, one column per year.
    case areaYears(DemoMeasure, years: Int)
    /// One row per period.
    case series(DemoPeriod, [DemoMeasure])
    /// One row per category.
    case categories(Phrase, [Phrase], [DemoMeasure], total: Bool)
    /// One row per category, one column per year.
    case categoryYears(Phrase, [Phrase], DemoMeasure, years: Int)
    /// Budget lines with plan, execution and percentage; amounts in million soʻm.
    case budget([Phrase], scale: ClosedRange<Int>)
    case prices([DemoPrice])
    case register(DemoRegister)
    case routes
    /// Daily measurements at monitoring posts.
    case measurements(posts: Int, [DemoMeasure], days: Int)
    case exchangeRates
    /// Monthly climate normals for the place.
    case climate
}

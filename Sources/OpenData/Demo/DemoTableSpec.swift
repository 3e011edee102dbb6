// What a topic's table looks like, declared; `DemoTableBuilder` fills it with numbers for a place and year.

/// A numeric column.
struct DemoMeasure {
    let header: DemoPhrase
    let unit: DemoPhrase?
    /// The range of values, in units of 10^-places (for `share`: per mille of the base column). Counts are
    /// given at the size of a region; the builder scales them to the Republic, a district or a mahalla.
    let range: ClosedRange<Int>
    let places: Int
    /// Index (among the measures) of the column this one is a share of.
    let share: Int?
    /// Counts and amounts: totalled, and scaled up for the Republic and down for a mahalla.
    let summable: Bool
    /// For a percentage of two earlier measures: indices of the part and the whole.
    var ratio: (part: Int, whole: Int)? = nil
    /// Values are rounded to a multiple of this (30, 60, 90 days).
    var step: Int = 1

    /// A count or amount.
    static func count(_ header: DemoPhrase, _ unit: DemoPhrase? = nil, _ range: ClosedRange<Int>, places: Int = 0) -> DemoMeasure {
        DemoMeasure(header: header, unit: unit, range: range, places: places, share: nil, summable: true)
    }

    /// A rate, average or percentage: not totalled, not scaled.
    static func rate(_ header: DemoPhrase, _ unit: DemoPhrase? = nil, _ range: ClosedRange<Int>, places: Int = 0, step: Int = 1) -> DemoMeasure {
        DemoMeasure(header: header, unit: unit, range: range, places: places, share: nil, summable: false, step: step)
    }

    /// A part of another count: `perMille` of measure number `of`.
    static func part(_ header: DemoPhrase, _ unit: DemoPhrase? = nil, of: Int, perMille: ClosedRange<Int>, places: Int = 0) -> DemoMeasure {
        DemoMeasure(header: header, unit: unit, range: perMille, places: places, share: of, summable: true)
    }

    /// Measure `part` as a percentage of measure `whole`, with one decimal.
    static func percent(_ header: DemoPhrase, part: Int, of whole: Int) -> DemoMeasure {
        DemoMeasure(header: header, unit: DemoUnits.percent, range: 0...0, places: 1, share: nil, summable: false, ratio: (part, whole))
    }
}

/// Units used by many topics.
enum DemoUnits {
    static let persons = DemoPhrase("kishi", "чел.", "persons")
    static let units = DemoPhrase("dona", "ед.", "units")
    static let sum = DemoPhrase("soʻm", "сум", "UZS")
    static let thousandSum = DemoPhrase("ming soʻm", "тыс. сум", "thousand UZS")
    static let millionSum = DemoPhrase("mln soʻm", "млн сум", "million UZS")
    static let billionSum = DemoPhrase("mlrd soʻm", "млрд сум", "billion UZS")
    static let percent = DemoPhrase("%", "%", "%")
    static let hectares = DemoPhrase("ga", "га", "ha")
    static let tonnes = DemoPhrase("tonna", "т", "tonnes")
    static let thousandTonnes = DemoPhrase("ming tonna", "тыс. т", "thousand tonnes")
    static let km = DemoPhrase("km", "км", "km")
    static let sqm = DemoPhrase("m²", "м²", "m²")
    static let thousandSqm = DemoPhrase("ming m²", "тыс. м²", "thousand m²")
    static let millionKWh = DemoPhrase("mln kVt·soat", "млн кВт·ч", "GWh")
    static let megawatt = DemoPhrase("MVt", "МВт", "MW")
    static let millionM3 = DemoPhrase("mln m³", "млн м³", "million m³")
    static let mgPerM3 = DemoPhrase("mkg/m³", "мкг/м³", "µg/m³")
    static let celsius = DemoPhrase("°C", "°C", "°C")
    static let mm = DemoPhrase("mm", "мм", "mm")
    static let minutes = DemoPhrase("daqiqa", "мин", "min")
    static let per1000 = DemoPhrase("1000 kishiga", "на 1000 чел.", "per 1,000")
    static let per100k = DemoPhrase("100 ming kishiga", "на 100 тыс. чел.", "per 100,000")
    static let centnerPerHa = DemoPhrase("s/ga", "ц/га", "centners/ha")
    static let heads = DemoPhrase("bosh", "голов", "head")
    static let families = DemoPhrase("oila", "семей", "families")
    static let beds = DemoPhrase("oʻrin", "мест", "beds")
    static let years = DemoPhrase("yil", "лет", "years")
}

/// How the rows of a list of places are named.
enum DemoNaming {
    /// "{n}-son umumtaʼlim maktabi": distinct numbers up to `max`.
    case numbered(DemoPhrase, max: Int)
    /// "“{x}” mehmonxonasi": a proper name from the list in place of {x}.
    case named(DemoPhrase, [String])
    /// Names drawn from a list of phrases ("Tarix muzeyi" / "Исторический музей").
    case phrases([DemoPhrase])
    /// One row per area of the place, named after it: "{x} davlat xizmatlari markazi".
    case perArea(DemoPhrase)
}

struct DemoFacilities {
    let naming: DemoNaming
    /// A "type" column, if the list mixes kinds.
    let kinds: [DemoPhrase]
    let measures: [DemoMeasure]
    let rows: ClosedRange<Int>
    let phone: Bool
    let coordinates: Bool

    init(_ naming: DemoNaming, kinds: [DemoPhrase] = [], measures: [DemoMeasure] = [], rows: ClosedRange<Int> = 10...30,
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
    let name: DemoPhrase
    let unit: DemoPhrase
    /// Typical price in soʻm.
    let base: Int
}

/// A register of documents or decisions: number, date, subject, kind, status.
struct DemoRegister {
    enum Subject {
        case company
        case items([DemoPhrase])
    }
    let numberHeader: DemoPhrase
    let numberPrefix: String
    let dateHeader: DemoPhrase
    let subjectHeader: DemoPhrase
    let subject: Subject
    let kindHeader: DemoPhrase?
    let kinds: [DemoPhrase]
    let amount: DemoMeasure?
    let statusHeader: DemoPhrase?
    let statuses: [DemoPhrase]
    let withArea: Bool
    let rows: ClosedRange<Int>

    init(number: DemoPhrase, prefix: String, date: DemoPhrase, subject: DemoPhrase, _ kind: Subject, kindHeader: DemoPhrase? = nil, kinds: [DemoPhrase] = [],
         amount: DemoMeasure? = nil, statusHeader: DemoPhrase? = nil, statuses: [DemoPhrase] = [], withArea: Bool = true, rows: ClosedRange<Int> = 12...30) {
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
    case categories(DemoPhrase, [DemoPhrase], [DemoMeasure], total: Bool)
    /// One row per category, one column per year.
    case categoryYears(DemoPhrase, [DemoPhrase], DemoMeasure, years: Int)
    /// Budget lines with plan, execution and percentage; amounts in million soʻm.
    case budget([DemoPhrase], scale: ClosedRange<Int>)
    case prices([DemoPrice])
    case register(DemoRegister)
    case routes
    /// Daily measurements at monitoring posts.
    case measurements(posts: Int, [DemoMeasure], days: Int)
    case exchangeRates
    /// Monthly climate normals for the place.
    case climate
    /// Sown area, yield and harvest of the main crops.
    case crops
}

import ManbaCore
// Fills a `DemoTableSpec` with plausible numbers for one place and year.

private typealias P = DemoPhrase

struct DemoBuiltTable {
    let table: DemoTable
    let temporalStart: String?
    let temporalEnd: String?
}

struct DemoTableBuilder {
    let place: DemoPlace
    let year: Int
    var rng: DemoRandom

    private typealias Column = DemoTable.Column
    private typealias Cell = DemoTable.Cell

    private static let numberHeader = P("T/r", "№", "No.")
    private static let areaHeader = P("Hudud", "Территория", "Area")
    private static let totalRow = P("Jami", "Итого", "Total")
    private static let yearHeader = P("Yil", "Год", "Year")

    private var wholeYear: (String, String) { ("\(year)-01-01", "\(year)-12-31") }

    mutating func build(_ spec: DemoTableSpec) -> DemoBuiltTable {
        switch spec {
        case .facilities(let f): return facilities(f)
        case .byArea(let measures, let total): return byArea(measures, total: total)
        case .areaYears(let measure, let years): return areaYears(measure, years: years)
        case .series(let period, let measures): return series(period, measures)
        case .categories(let label, let items, let measures, let total): return categories(label, items, measures, total: total)
        case .categoryYears(let label, let items, let measure, let years): return categoryYears(label, items, measure, years: years)
        case .budget(let items, let scale): return budget(items, scale: scale)
        case .prices(let items): return prices(items)
        case .register(let r): return register(r)
        case .routes: return routes()
        case .measurements(let posts, let measures, let days): return measurements(posts: posts, measures, days: days)
        case .exchangeRates: return exchangeRates()
        case .climate: return climate()
        case .crops: return crops()
        }
    }

    // MARK: - Numbers

    /// How much bigger than a region a count for the whole place is.
    private var placeSize: (num: Int, den: Int) {
        switch place.level {
        case .country: return (12, 1)
        case .region: return (1, 1)
        case .city: return (1, 6)
        }
    }

    /// How much bigger than a region a count for one area of the place is.
    private var areaSize: (num: Int, den: Int) {
        switch place.level {
        case .country: return (1, 1)
        case .region: return (1, max(6, place.areas.count - 2))
        case .city: return (1, 300)
        }
    }

    private func column(_ m: DemoMeasure) -> Column {
        Column(m.header, m.places > 0 ? .decimal : .integer, unit: m.unit)
    }

    /// One row of measures. Counts are scaled by `size` and by `factor` per mille (trends, area sizes).
    private mutating func values(_ measures: [DemoMeasure], size: (num: Int, den: Int) = (1, 1), factor: Int = 1000) -> [Int] {
        var out: [Int] = []
        for m in measures {
            if let r = m.ratio {
                out.append(r.part < out.count && r.whole < out.count ? out[r.part] * 1000 / max(1, out[r.whole]) : 0)
            } else if let base = m.share, base < out.count {
                let basePlaces = measures[base].places
                var v = out[base] * rng.int(m.range) / 1000
                if m.places > basePlaces { for _ in basePlaces..<m.places { v *= 10 } }
                if m.places < basePlaces { for _ in m.places..<basePlaces { v /= 10 } }
                out.append(v)
            } else if m.summable {
                let raw = rng.int(m.range)
                out.append(max(0, raw * size.num / size.den * factor / 1000))
            } else {
                let v = rng.int(m.range)
                out.append(m.step > 1 ? (v + m.step / 2) / m.step * m.step : v)
            }
        }
        return out
    }

    private func cells(_ values: [Int], _ measures: [DemoMeasure]) -> [Cell] {
        zip(values, measures).map { v, m in m.places > 0 ? .decimal(v, places: m.places) : .int(v) }
    }

    private func totals(_ rows: [[Int]], _ measures: [DemoMeasure]) -> [Cell] {
        measures.enumerated().map { i, m in
            guard m.summable else { return .empty }
            let sum = rows.reduce(0) { $0 + $1[i] }
            return m.places > 0 ? .decimal(sum, places: m.places) : .int(sum)
        }
    }

    // MARK: - Places and coordinates

    private func centre(of area: DemoArea) -> (Double, Double, Double) {
        if let c = area.centre { return (c.latitude, c.longitude, c.spread * 0.5) }
        var local = DemoRandom(seed: 0x5eed, label: place.slug + "/" + area.base)
        let lat = place.latitude + (local.unit() * 2 - 1) * place.spread
        let lon = place.longitude + (local.unit() * 2 - 1) * place.spread * 1.3
        return (lat, lon, place.spread * 0.15)
    }

    private mutating func point(in area: DemoArea) -> (Int, Int) {
        let (lat, lon, jitter) = centre(of: area)
        return (DemoNumbers.micro(lat + (rng.unit() * 2 - 1) * jitter), DemoNumbers.micro(lon + (rng.unit() * 2 - 1) * jitter * 1.3))
    }

    private mutating func phone() -> String {
        "+998 \(place.phoneCode) \(rng.int(200...799))-\(rng.int(10...99))-\(rng.int(10...99))"
    }

    private mutating func sortedDays(_ count: Int) -> [Int] {
        var days: [Int] = []
        for _ in 0..<count { days.append(rng.int(1...DemoDates.daysIn(year))) }
        return days.sorted()
    }

    // MARK: - Table kinds

    private mutating func facilities(_ f: DemoFacilities) -> DemoBuiltTable {
        var count = rng.int(f.rows)
        var names: [DemoPhrase] = []
        var fixedAreas: [Int]? = nil
        switch f.naming {
        case .phrases(let list):
            count = min(count, list.count)
            names = rng.sample(list, count: count)
        case .perArea(let pattern):
            names = place.areas.map { pattern.filling(["x": $0.phrase]) }
            fixedAreas = Array(place.areas.indices)
        case .numbered(let pattern, let max):
            let numbers = rng.sample(Array(1...max), count: count)
            names = numbers.map { pattern.filling(["n": .same(String($0))]) }
        case .named(let pattern, let list):
            count = min(count, list.count)
            names = rng.sample(list, count: count).map { pattern.filling(["x": .name($0)]) }
        }
        var columns = [Column(Self.numberHeader, .integer), Column(P("Nomi", "Наименование", "Name")), Column(Self.areaHeader),
                       Column(P("Manzil", "Адрес", "Address"))]
        if !f.kinds.isEmpty { columns.append(Column(P("Turi", "Тип", "Type"))) }
        columns += f.measures.map(column)
        if f.phone { columns.append(Column(P("Telefon", "Телефон", "Phone"))) }
        if f.coordinates {
            columns.append(Column(P("Kenglik", "Широта", "Latitude"), .coordinate))
            columns.append(Column(P("Uzunlik", "Долгота", "Longitude"), .coordinate))
        }
        // Rows grouped by area, in the order areas are listed.
        var drafts: [(Int, [Cell])] = []
        for (i, name) in names.enumerated() {
            let areaIndex = fixedAreas?[i] ?? rng.int(0...(place.areas.count - 1))
            let area = place.areas[areaIndex]
            var row: [Cell] = [.text(name), .text(area.phrase), .text(DemoNames.address(&rng))]
            if !f.kinds.isEmpty { row.append(.text(rng.pick(f.kinds))) }
            row += cells(values(f.measures), f.measures)
            if f.phone { row.append(.raw(phone())) }
            if f.coordinates {
                let (lat, lon) = point(in: area)
                row += [.decimal(lat, places: 6), .decimal(lon, places: 6)]
            }
            drafts.append((areaIndex, row))
        }
        let rows = drafts.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }
            .enumerated().map { [Cell.int($0.offset + 1)] + $0.element.element.1 }
        return DemoBuiltTable(table: DemoTable(columns: columns, rows: rows), temporalStart: nil, temporalEnd: nil)
    }

    private mutating func byArea(_ measures: [DemoMeasure], total: Bool) -> DemoBuiltTable {
        var raw: [[Int]] = []
        var rows: [[Cell]] = []
        for area in place.areas {
            let v = values(measures, size: areaSize, factor: rng.int(600...1500))
            raw.append(v)
            rows.append([.text(area.phrase)] + cells(v, measures))
        }
        if total { rows.append([.text(Self.totalRow)] + totals(raw, measures)) }
        let table = DemoTable(columns: [Column(Self.areaHeader)] + measures.map(column), rows: rows)
        return DemoBuiltTable(table: table, temporalStart: wholeYear.0, temporalEnd: wholeYear.1)
    }

    /// A value for each of `years` years, growing by a few per cent a year.
    private mutating func trend(_ m: DemoMeasure, years: Int, size: (num: Int, den: Int), factor: Int) -> [Int] {
        var v = values([m], size: size, factor: factor)[0]
        var out: [Int] = []
        for _ in 0..<years {
            out.append(v)
            v = v * rng.int(985...1080) / 1000
        }
        return out
    }

    private mutating func areaYears(_ m: DemoMeasure, years: Int) -> DemoBuiltTable {
        let first = year - years + 1
        var raw: [[Int]] = []
        var rows: [[Cell]] = []
        for area in place.areas {
            let v = trend(m, years: years, size: areaSize, factor: rng.int(600...1500))
            raw.append(v)
            rows.append([.text(area.phrase)] + v.map { m.places > 0 ? .decimal($0, places: m.places) : .int($0) })
        }
        if m.summable {
            rows.append([.text(Self.totalRow)] + (0..<years).map { i -> Cell in
                let sum = raw.reduce(0) { $0 + $1[i] }
                return m.places > 0 ? .decimal(sum, places: m.places) : .int(sum)
            })
        }
        let columns = [Column(Self.areaHeader)] + (first...year).map { Column(.same(String($0)), m.places > 0 ? .decimal : .integer, unit: m.unit) }
        return DemoBuiltTable(table: DemoTable(columns: columns, rows: rows), temporalStart: "\(first)-01-01", temporalEnd: "\(year)-12-31")
    }

    private mutating func series(_ period: DemoPeriod, _ measures: [DemoMeasure]) -> DemoBuiltTable {
        var labels: [Cell] = []
        var firstColumn = Column(Self.yearHeader, .integer)
        var start = wholeYear.0
        var step = (985, 1080)
        switch period {
        case .years(let n):
            labels = ((year - n + 1)...year).map { .int($0) }
            start = "\(year - n + 1)-01-01"
        case .months:
            labels = DemoDates.months.map { .text($0) }
            firstColumn = Column(P("Oy", "Месяц", "Month"))
            step = (960, 1050)
        case .quarters:
            labels = DemoDates.quarters.map { .text($0) }
            firstColumn = Column(P("Chorak", "Квартал", "Quarter"))
            step = (970, 1060)
        }
        var current = values(measures, size: placeSize)
        var rows: [[Cell]] = []
        for (i, label) in labels.enumerated() {
            if i > 0 {
                let fresh = values(measures)
                for (j, m) in measures.enumerated() {
                    if let r = m.ratio, r.part < j, r.whole < j {
                        current[j] = current[r.part] * 1000 / max(1, current[r.whole])
                    } else if let b = m.share, b < j {
                        current[j] = current[b] * rng.int(m.range) / 1000
                        if m.places > measures[b].places { for _ in measures[b].places..<m.places { current[j] *= 10 } }
                        if m.places < measures[b].places { for _ in m.places..<measures[b].places { current[j] /= 10 } }
                    } else if m.summable {
                        current[j] = max(0, current[j] * rng.int(step.0...step.1) / 1000)
                    } else {
                        current[j] = (fresh[j] + current[j] * 3) / 4
                    }
                }
            }
            rows.append([label] + cells(current, measures))
        }
        let table = DemoTable(columns: [firstColumn] + measures.map(column), rows: rows)
        return DemoBuiltTable(table: table, temporalStart: start, temporalEnd: wholeYear.1)
    }

    private mutating func categories(_ label: DemoPhrase, _ items: [DemoPhrase], _ measures: [DemoMeasure], total: Bool) -> DemoBuiltTable {
        var raw: [[Int]] = []
        var rows: [[Cell]] = []
        for item in items {
            let v = values(measures, size: placeSize, factor: rng.int(700...1300))
            raw.append(v)
            rows.append([.text(item)] + cells(v, measures))
        }
        if total { rows.append([.text(Self.totalRow)] + totals(raw, measures)) }
        let table = DemoTable(columns: [Column(label)] + measures.map(column), rows: rows)
        return DemoBuiltTable(table: table, temporalStart: wholeYear.0, temporalEnd: wholeYear.1)
    }

    private mutating func categoryYears(_ label: DemoPhrase, _ items: [DemoPhrase], _ m: DemoMeasure, years: Int) -> DemoBuiltTable {
        let first = year - years + 1
        let rows: [[Cell]] = items.map { item in
            [.text(item)] + trend(m, years: years, size: placeSize, factor: rng.int(500...1500)).map { m.places > 0 ? .decimal($0, places: m.places) : .int($0) }
        }
        let columns = [Column(label)] + (first...year).map { Column(.same(String($0)), m.places > 0 ? .decimal : .integer, unit: m.unit) }
        return DemoBuiltTable(table: DemoTable(columns: columns, rows: rows), temporalStart: "\(first)-01-01", temporalEnd: "\(year)-12-31")
    }

    private mutating func budget(_ items: [DemoPhrase], scale range: ClosedRange<Int>) -> DemoBuiltTable {
        var plans = 0, facts = 0
        var rows: [[Cell]] = []
        for item in items {
            let plan = rng.int(range) * placeSize.num / placeSize.den
            let fact = plan * rng.int(860...1040) / 1000
            plans += plan
            facts += fact
            rows.append([.text(item), .decimal(plan, places: 1), .decimal(fact, places: 1), .decimal(fact * 1000 / max(1, plan), places: 1)])
        }
        rows.append([.text(Self.totalRow), .decimal(plans, places: 1), .decimal(facts, places: 1), .decimal(facts * 1000 / max(1, plans), places: 1)])
        let columns = [
            Column(P("Koʻrsatkich", "Показатель", "Item")),
            Column(P("Tasdiqlangan reja", "Утверждённый план", "Approved plan"), .decimal, unit: DemoUnits.millionSum),
            Column(P("Amalda ijro", "Фактическое исполнение", "Actual"), .decimal, unit: DemoUnits.millionSum),
            Column(P("Ijro darajasi", "Уровень исполнения", "Execution rate"), .decimal, unit: DemoUnits.percent),
        ]
        return DemoBuiltTable(table: DemoTable(columns: columns, rows: rows), temporalStart: wholeYear.0, temporalEnd: wholeYear.1)
    }

    private mutating func prices(_ items: [DemoPrice]) -> DemoBuiltTable {
        let day = rng.int(1...DemoDates.daysIn(year))
        let date = DemoDates.string(year, day: day)
        let rows: [[Cell]] = items.map { item in
            let average = item.base * rng.int(880...1150) / 1000 / 100 * 100
            let low = average * rng.int(780...950) / 1000 / 100 * 100
            let high = average * rng.int(1050...1250) / 1000 / 100 * 100
            return [.raw(date), .text(item.name), .text(item.unit), .int(average), .int(low), .int(high)]
        }
        let columns = [
            Column(P("Sana", "Дата", "Date"), .date),
            Column(P("Mahsulot", "Товар", "Product")),
            Column(P("Oʻlchov birligi", "Единица измерения", "Unit")),
            Column(P("Oʻrtacha narx", "Средняя цена", "Average price"), .integer, unit: DemoUnits.sum),
            Column(P("Eng past narx", "Минимальная цена", "Lowest price"), .integer, unit: DemoUnits.sum),
            Column(P("Eng yuqori narx", "Максимальная цена", "Highest price"), .integer, unit: DemoUnits.sum),
        ]
        return DemoBuiltTable(table: DemoTable(columns: columns, rows: rows), temporalStart: date, temporalEnd: date)
    }

    private mutating func register(_ r: DemoRegister) -> DemoBuiltTable {
        let count = rng.int(r.rows)
        var serial = rng.int(100...4000)
        var columns = [Column(Self.numberHeader, .integer), Column(r.numberHeader), Column(r.dateHeader, .date), Column(r.subjectHeader)]
        if let h = r.kindHeader { columns.append(Column(h)) }
        if r.withArea { columns.append(Column(Self.areaHeader)) }
        if let a = r.amount { columns.append(column(a)) }
        if let h = r.statusHeader { columns.append(Column(h)) }
        var rows: [[Cell]] = []
        for (i, day) in sortedDays(count).enumerated() {
            serial += rng.int(1...25)
            var row: [Cell] = [.int(i + 1), .raw("\(r.numberPrefix)\(serial)"), .raw(DemoDates.string(year, day: day))]
            switch r.subject {
            case .company: row.append(.text(DemoNames.company(&rng)))
            case .items(let items): row.append(.text(rng.pick(items)))
            }
            if r.kindHeader != nil { row.append(.text(rng.pick(r.kinds))) }
            if r.withArea { row.append(.text(rng.pick(place.areas).phrase)) }
            if let a = r.amount { row += cells(values([a]), [a]) }
            if r.statusHeader != nil { row.append(.text(rng.weighted(r.statuses.enumerated().map { ($0.element, $0.offset == 0 ? 6 : 1) }))) }
            rows.append(row)
        }
        return DemoBuiltTable(table: DemoTable(columns: columns, rows: rows), temporalStart: wholeYear.0, temporalEnd: wholeYear.1)
    }

    private mutating func routes() -> DemoBuiltTable {
        let count = rng.int(8...28)
        let stops = DemoNames.landmarks + place.areas.map(\.phrase)
        let numbers = rng.sample(Array(1...140), count: count)
        var rows: [[Cell]] = []
        for n in numbers {
            let from = rng.pick(stops)
            var to = rng.pick(stops)
            while to.uz == from.uz { to = rng.pick(stops) }
            let length = rng.int(45...380)
            rows.append([
                .raw(rng.chance(0.15) ? "\(n)A" : String(n)), .text(from), .text(to), .decimal(length, places: 1),
                .int(max(6, length / 10 + rng.int(-4...6))), .int(rng.int(3...24)), .int(rng.pick([8, 10, 12, 15, 20, 25, 30])),
                .raw(rng.pick(["06:00–22:00", "06:00–23:00", "05:30–23:30", "06:30–21:00", "07:00–20:00"])),
            ])
        }
        let columns = [
            Column(P("Yoʻnalish raqami", "Номер маршрута", "Route")),
            Column(P("Boshlangʻich bekat", "Начальная остановка", "From")),
            Column(P("Oxirgi bekat", "Конечная остановка", "To")),
            Column(P("Uzunligi", "Протяжённость", "Length"), .decimal, unit: DemoUnits.km),
            Column(P("Bekatlar soni", "Число остановок", "Stops"), .integer),
            Column(P("Avtobuslar soni", "Число автобусов", "Buses"), .integer),
            Column(P("Harakat oraligʻi", "Интервал движения", "Interval"), .integer, unit: DemoUnits.minutes),
            Column(P("Ish vaqti", "Время работы", "Hours")),
        ]
        return DemoBuiltTable(table: DemoTable(columns: columns, rows: rows), temporalStart: nil, temporalEnd: nil)
    }

    private mutating func measurements(posts: Int, _ measures: [DemoMeasure], days: Int) -> DemoBuiltTable {
        let firstDay = rng.int(1...(DemoDates.daysIn(year) - days))
        let stations: [(DemoPhrase, DemoArea)] = (1...posts).map { i in
            let area = rng.pick(place.areas)
            return (P("\(i)-post", "Пост № \(i)", "Post \(i)").appending(area.phrase, separator: ", "), area)
        }
        var rows: [[Cell]] = []
        for d in 0..<days {
            let date = DemoDates.string(year, day: firstDay + d)
            for (name, _) in stations {
                rows.append([.raw(date), .text(name)] + cells(values(measures), measures))
            }
        }
        let columns = [Column(P("Sana", "Дата", "Date"), .date), Column(P("Kuzatuv posti", "Пост наблюдения", "Monitoring post"))]
            + measures.map(column)
        return DemoBuiltTable(table: DemoTable(columns: columns, rows: rows),
                              temporalStart: DemoDates.string(year, day: firstDay), temporalEnd: DemoDates.string(year, day: firstDay + days - 1))
    }

    private mutating func exchangeRates() -> DemoBuiltTable {
        // Official rates of the Central Bank, soʻm per unit, roughly as in the given year.
        let currencies: [(DemoPhrase, String, Int, Int)] = [
            (P("AQSH dollari", "Доллар США", "US dollar"), "USD", 1, 1_150_000),
            (P("Yevro", "Евро", "Euro"), "EUR", 1, 1_250_000),
            (P("Rossiya rubli", "Российский рубль", "Russian rouble"), "RUB", 1, 14_500),
            (P("Xitoy yuani", "Китайский юань", "Chinese yuan"), "CNY", 1, 170_000),
            (P("Qozogʻiston tengesi", "Казахстанский тенге", "Kazakhstani tenge"), "KZT", 1, 2_550),
            (P("Angliya funt sterlingi", "Фунт стерлингов", "Pound sterling"), "GBP", 1, 1_440_000),
        ]
        let drift = 1000 + (year - 2022) * 60 // the sum weakens a few per cent a year
        var days: [Int] = []
        var day = rng.int(2...300)
        while days.count < 6 {
            if DemoDates.weekday(year, day: day) < 5 { days.append(day) }
            day += 1
        }
        var rates = currencies.map { $0.3 * drift / 1000 * rng.int(980...1020) / 1000 }
        var rows: [[Cell]] = []
        for d in days {
            let date = DemoDates.string(year, day: d)
            for (i, c) in currencies.enumerated() {
                rates[i] = rates[i] * rng.int(996...1004) / 1000
                rows.append([.raw(date), .text(c.0), .raw(c.1), .int(c.2), .decimal(rates[i], places: 2)])
            }
        }
        let columns = [
            Column(P("Sana", "Дата", "Date"), .date),
            Column(P("Valyuta", "Валюта", "Currency")),
            Column(P("Kod", "Код", "Code")),
            Column(P("Nominal", "Номинал", "Nominal"), .integer),
            Column(P("Kurs", "Курс", "Rate"), .decimal, unit: DemoUnits.sum),
        ]
        return DemoBuiltTable(table: DemoTable(columns: columns, rows: rows),
                              temporalStart: DemoDates.string(year, day: days[0]), temporalEnd: DemoDates.string(year, day: days[days.count - 1]))
    }

    /// Monthly normals: Tashkent's, shifted for latitude and drier towards the Aral Sea.
    private mutating func climate() -> DemoBuiltTable {
        let meanT = [19, 43, 101, 163, 215, 270, 290, 272, 215, 145, 80, 33] // tenths of °C
        let rain = [55, 53, 70, 60, 30, 5, 4, 2, 5, 25, 45, 55] // mm
        let shift = Int(((41.3 - place.latitude) * 8).rounded()) + rng.int(-10...10)
        let dryness = place.longitude < 62 ? 300 : place.longitude < 66 ? 550 : 1000
        var rows: [[Cell]] = []
        for month in 0..<12 {
            let mean = meanT[month] + shift + rng.int(-8...8)
            let max = mean + rng.int(55...80)
            let min = mean - rng.int(50...75)
            let precipitation = rain[month] * dryness / 1000 * rng.int(700...1300) / 1000
            rows.append([.text(DemoDates.months[month]), .decimal(mean, places: 1), .decimal(max, places: 1), .decimal(min, places: 1),
                         .int(precipitation)])
        }
        let columns = [
            Column(P("Oy", "Месяц", "Month")),
            Column(P("Oʻrtacha harorat", "Средняя температура", "Mean temperature"), .decimal, unit: DemoUnits.celsius),
            Column(P("Oʻrtacha maksimal harorat", "Средний максимум", "Mean daily maximum"), .decimal, unit: DemoUnits.celsius),
            Column(P("Oʻrtacha minimal harorat", "Средний минимум", "Mean daily minimum"), .decimal, unit: DemoUnits.celsius),
            Column(P("Yogʻingarchilik", "Осадки", "Precipitation"), .integer, unit: DemoUnits.mm),
        ]
        return DemoBuiltTable(table: DemoTable(columns: columns, rows: rows), temporalStart: wholeYear.0, temporalEnd: wholeYear.1)
    }

    /// Crops with their typical sown area (ha, for a region) and yield (centners per ha).
    private static let cropTable: [(DemoPhrase, ClosedRange<Int>, ClosedRange<Int>)] = [
        (P("Paxta", "Хлопок", "Cotton"), 40_000...120_000, 25...38),
        (P("Gʻalla (bugʻdoy)", "Зерновые (пшеница)", "Grain (wheat)"), 40_000...150_000, 45...75),
        (P("Sholi", "Рис", "Rice"), 1_000...20_000, 40...65),
        (P("Kartoshka", "Картофель", "Potatoes"), 2_000...15_000, 180...300),
        (P("Sabzavotlar", "Овощи", "Vegetables"), 5_000...30_000, 220...330),
        (P("Poliz ekinlari", "Бахчевые", "Melons and gourds"), 2_000...12_000, 180...280),
        (P("Meva", "Фрукты", "Fruit"), 5_000...40_000, 80...140),
        (P("Uzum", "Виноград", "Grapes"), 2_000...20_000, 90...150),
    ]

    private mutating func crops() -> DemoBuiltTable {
        var rows: [[Cell]] = []
        var totalArea = 0
        for (crop, areas, yields) in Self.cropTable {
            let area = rng.int(areas) * placeSize.num / placeSize.den
            let yield = rng.int(yields)
            totalArea += area
            rows.append([.text(crop), .int(area), .int(yield), .int(area * yield / 10)])
        }
        rows.append([.text(Self.totalRow), .int(totalArea), .empty, .empty])
        let columns = [
            Column(P("Ekin turi", "Культура", "Crop")),
            Column(P("Ekin maydoni", "Посевная площадь", "Sown area"), .integer, unit: DemoUnits.hectares),
            Column(P("Hosildorlik", "Урожайность", "Yield"), .integer, unit: DemoUnits.centnerPerHa),
            Column(P("Yalpi hosil", "Валовой сбор", "Harvest"), .integer, unit: DemoUnits.tonnes),
        ]
        return DemoBuiltTable(table: DemoTable(columns: columns, rows: rows), temporalStart: wholeYear.0, temporalEnd: wholeYear.1)
    }
}

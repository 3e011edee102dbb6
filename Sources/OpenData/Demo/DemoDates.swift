// Calendar arithmetic for the demo tables, without Foundation's calendars and time zones.

private typealias P = DemoPhrase

enum DemoDates {
    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(_ year: Int) -> Int { isLeap(year) ? 366 : 365 }

    private static let monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    /// "YYYY-MM-DD" for day `dayOfYear` (1-based) of `year`.
    static func string(_ year: Int, day dayOfYear: Int) -> String {
        var day = dayOfYear
        var month = 0
        while true {
            let length = monthLengths[month] + (month == 1 && isLeap(year) ? 1 : 0)
            if day <= length || month == 11 { break }
            day -= length
            month += 1
        }
        return "\(year)-\(pad(month + 1))-\(pad(day))"
    }

    /// Day of the week, 0 = Monday ... 6 = Sunday.
    static func weekday(_ year: Int, day dayOfYear: Int) -> Int {
        // Days since 1970-01-01 (a Thursday) of 1 January of `year`, then offset.
        let y = year - 1
        let daysBefore = 365 * (y - 1969) + (y / 4 - 1969 / 4) - (y / 100 - 1969 / 100) + (y / 400 - 1969 / 400)
        let days = daysBefore + dayOfYear - 1
        return ((days % 7) + 7 + 3) % 7
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    static let months: [DemoPhrase] = [
        P("Yanvar", "Январь", "January"), P("Fevral", "Февраль", "February"), P("Mart", "Март", "March"),
        P("Aprel", "Апрель", "April"), P("May", "Май", "May"), P("Iyun", "Июнь", "June"),
        P("Iyul", "Июль", "July"), P("Avgust", "Август", "August"), P("Sentabr", "Сентябрь", "September"),
        P("Oktabr", "Октябрь", "October"), P("Noyabr", "Ноябрь", "November"), P("Dekabr", "Декабрь", "December"),
    ]

    static let quarters: [DemoPhrase] = [
        P("I chorak", "I квартал", "Q1"), P("II chorak", "II квартал", "Q2"),
        P("III chorak", "III квартал", "Q3"), P("IV chorak", "IV квартал", "Q4"),
    ]
}

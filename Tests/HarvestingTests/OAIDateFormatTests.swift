import Foundation
import Testing
@testable import Harvesting

struct OAIDateFormatTests {
    @Test func writesBothGranularities() {
        let date = Date(timeIntervalSince1970: 1_717_243_199.75) // 2024-06-01T11:59:59.75Z
        #expect(OAIDateFormat.string(from: date, granularity: .seconds) == "2024-06-01T11:59:59Z")
        #expect(OAIDateFormat.string(from: date, granularity: .day) == "2024-06-01")
        #expect(OAIDateFormat.string(from: Date(timeIntervalSince1970: 0), granularity: .seconds) == "1970-01-01T00:00:00Z")
        // Before 1970 the day and second still truncate downwards.
        #expect(OAIDateFormat.string(from: Date(timeIntervalSince1970: -0.5), granularity: .seconds) == "1969-12-31T23:59:59Z")
        #expect(OAIDateFormat.string(from: Date(timeIntervalSince1970: -86_400 * 365), granularity: .day) == "1969-01-01")
    }

    @Test func calendarArithmeticAgreesWithFoundationOverFourCenturies() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        // Every 37th day from 1800 to 2200 covers leap days, century years and both signs.
        for days in stride(from: -62_000, to: 84_000, by: 37) {
            let date = Date(timeIntervalSince1970: TimeInterval(days) * 86_400 + 45_296)
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            let expected = String(format: "%04d-%02d-%02dT12:34:56Z", parts.year!, parts.month!, parts.day!)
            let written = OAIDateFormat.string(from: date, granularity: .seconds)
            #expect(written == expected)
            #expect(OAIDateFormat.parse(written)?.date == date)
        }
    }

    @Test(arguments: ["2024-02-29", "2000-02-29", "2024-12-31T23:59:59Z", "0001-01-01", "9999-12-31T00:00:00Z"])
    func acceptsValidDates(_ text: String) throws {
        let value = try #require(OAIDateFormat.parse(text))
        #expect(OAIDateFormat.string(from: value.date, granularity: value.granularity) == text)
        #expect(value.granularity == (text.count == 10 ? .day : .seconds))
    }

    @Test(arguments: ["2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-1-01", "24-01-01",
                      "2024-01-01T24:00:00Z", "2024-01-01T10:60:00Z", "2024-01-01T10:00:60Z", "2024-01-01T10:00:00",
                      "2024-01-01T10:00:00+05:00", "2024-01-01T10:00:00.5Z", "2024-01-01 10:00:00Z", "2024-01-01T10:00Z",
                      "", "yesterday", "２０２４-01-01", "2024-01-01Z", "0000-01-01"])
    func refusesEverythingElse(_ text: String) {
        #expect(OAIDateFormat.parse(text) == nil)
    }

    @Test func untilCoversTheWholeDayOrSecond() throws {
        let day = try #require(OAIDateFormat.parse("2024-05-01"))
        #expect(day.end == OAITestData.date("2024-05-02T00:00:00Z"))
        let second = try #require(OAIDateFormat.parse("2024-05-01T10:00:00Z"))
        #expect(second.end == OAITestData.date("2024-05-01T10:00:01Z"))
    }

    @Test func harvesterAcceptsNearMisses() {
        let base = OAITestData.date("2024-05-01T10:00:00Z")
        #expect(OAIDateFormat.parseLenient("2024-05-01T10:00:00Z") == base)
        #expect(OAIDateFormat.parseLenient(" 2024-05-01 ") == OAITestData.date("2024-05-01T00:00:00Z"))
        #expect(OAIDateFormat.parseLenient("2024-05-01T10:00:00.250Z") == base.addingTimeInterval(0.25))
        #expect(OAIDateFormat.parseLenient("2024-05-01T15:00:00+05:00") == base)
        #expect(OAIDateFormat.parseLenient("2024-05-01T05:30:00-0430") == base)
        #expect(OAIDateFormat.parseLenient("2024-05-01T10:00:00") == base)
        #expect(OAIDateFormat.parseLenient("2024-05-01T10:00:00+5") == nil)
        #expect(OAIDateFormat.parseLenient("May 1st") == nil)
    }
}

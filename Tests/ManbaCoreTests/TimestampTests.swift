import Foundation
import ManbaCore
import Testing

/// Timestamps are parsed and written by hand (see Timestamp.swift); these pin the forms to what
/// CKAN writes and clients send.
struct TimestampTests {
    @Test func writesWhatItReads() {
        for text in ["2025-02-16T06:00:00.000000", "1999-12-31T23:59:59.999999", "2024-02-29T12:34:56.123456",
                     "1970-01-01T00:00:00.000001", "2100-03-01T00:00:00.500000"] {
            #expect(Timestamp.parse(text).map(Timestamp.string) == text, "\(text)")
        }
    }

    @Test func readsTheShorterFormsClientsSend() {
        let moment = Timestamp.parse("2025-02-16T06:07:08.000000")!
        #expect(Timestamp.parse("2025-02-16T06:07:08") == moment)
        #expect(Timestamp.parse("2025-02-16T06:07:08Z") == moment)
        #expect(Timestamp.parse(" 2025-02-16T06:07:08.0 ") == moment)
        #expect(Timestamp.parse("2025-02-16T06:07") == moment.addingTimeInterval(-8))
        #expect(Timestamp.parse("2025-02-16") == Timestamp.parse("2025-02-16T00:00:00"))
        #expect(Timestamp.parse("2025-2-6") == Timestamp.parse("2025-02-06"))
    }

    @Test func refusesWhatIsNotADate() {
        for text in ["", "2025", "2025-13-01", "2023-02-29", "2025-02-16T24:00:00", "2025-02-16T06:60", "2025-02-16T06",
                     "2025-02-16 06:07:08", "2025-02-16T06:07:08+05:00", "2025-02-16T06:07:08.", "１２３４-01-01", "2025-02-16x",
                     "abcd-ef-gh", "2025-02-16T06:07:08.12x"] {
            #expect(Timestamp.parse(text) == nil, "\(text)")
        }
    }

    @Test func startOfDayAndCalendarFields() {
        let moment = Timestamp.parse("2024-02-29T23:59:59.5")!
        #expect(Timestamp.string(Timestamp.startOfDay(moment)) == "2024-02-29T00:00:00.000000")
        let before1970 = Timestamp.parse("1969-12-31T18:00:00")!
        #expect(Timestamp.string(Timestamp.startOfDay(before1970)) == "1969-12-31T00:00:00.000000")
        let c = Timestamp.civil(moment)
        #expect(c.year == 2024 && c.month == 2 && c.day == 29 && c.hour == 23 && c.weekday == 4)
    }
}

import Foundation
import ManbaCore
import OpenData
import Testing
@testable import Governance

/// The rules of docs/monitoring.md, one periodicity at a time, on fixed dates.
@Suite("Timeliness rules") struct TimelinessRulesTests {
    static func day(_ text: String) -> Date { Timestamp.parse(text)! }

    func status(_ frequency: Frequency, grace: Int, starts: String = "2024-01-01", dataset: Bool = true,
                updates: [String], asOf: String) -> ObligationStatus {
        TimelinessRules.assess(frequency: frequency, graceDays: grace, startsOn: Self.day(starts), hasDataset: dataset,
                               updates: updates.map(Self.day), asOf: Self.day(asOf)).status
    }

    @Test func monthlyWithinFifteenDaysAfterTheMonth() {
        // January's data is due by 15 February.
        #expect(status(.monthly, grace: 15, updates: ["2025-02-10T09:00:00"], asOf: "2025-02-20") == .onTime)
        #expect(status(.monthly, grace: 15, updates: ["2025-02-15T23:59:00"], asOf: "2025-02-20") == .onTime)
        #expect(status(.monthly, grace: 15, updates: ["2025-02-16T08:00:00"], asOf: "2025-02-20") == .late(days: 1))
        #expect(status(.monthly, grace: 15, updates: ["2025-02-19T08:00:00"], asOf: "2025-02-20") == .late(days: 4))
        #expect(status(.monthly, grace: 15, updates: [], asOf: "2025-02-16") == .overdue(days: 1))
        #expect(status(.monthly, grace: 15, updates: [], asOf: "2025-02-20") == .overdue(days: 5))
    }

    @Test func withinTheGraceDaysThePreviousPeriodDecides() {
        // On 4 February January is still within its grace days, so December (due 15 January) decides.
        #expect(status(.monthly, grace: 15, updates: ["2025-01-12T10:00:00"], asOf: "2025-02-04") == .onTime)
        #expect(status(.monthly, grace: 15, updates: ["2025-01-20T10:00:00"], asOf: "2025-02-04") == .late(days: 5))
        #expect(status(.monthly, grace: 15, updates: [], asOf: "2025-02-04") == .overdue(days: 20))
        // On the deadline day itself nothing is overdue yet.
        #expect(status(.monthly, grace: 15, updates: ["2025-01-10T10:00:00"], asOf: "2025-02-15") == .onTime)
    }

    @Test func aMetadataEditIsNotAnUpdateButAnUpdateDuringThePeriodIsNotEnoughWithGraceDays() {
        // With grace days the data for a period comes after it ends: an update on 20 January says
        // nothing about January.
        #expect(status(.monthly, grace: 15, updates: ["2025-01-20T10:00:00"], asOf: "2025-02-20") == .overdue(days: 5))
    }

    @Test func byTheEndOfThePeriodWithoutGraceDays() {
        #expect(status(.monthly, grace: 0, updates: ["2025-01-20T10:00:00"], asOf: "2025-01-31") == .onTime)
        #expect(status(.monthly, grace: 0, updates: ["2025-01-20T10:00:00"], asOf: "2025-02-03") == .onTime)
        #expect(status(.monthly, grace: 0, updates: ["2025-02-02T10:00:00"], asOf: "2025-02-03") == .late(days: 2))
        #expect(status(.monthly, grace: 0, updates: [], asOf: "2025-02-03") == .overdue(days: 3))
    }

    @Test func daily() {
        #expect(status(.daily, grace: 1, updates: ["2025-03-10T06:00:00"], asOf: "2025-03-10") == .onTime)
        #expect(status(.daily, grace: 1, updates: ["2025-03-08T06:00:00"], asOf: "2025-03-10") == .overdue(days: 1))
        #expect(status(.daily, grace: 0, updates: ["2025-03-10T06:00:00"], asOf: "2025-03-10") == .onTime)
        // Today's data may still come today; yesterday's was on time.
        #expect(status(.daily, grace: 0, updates: ["2025-03-09T06:00:00"], asOf: "2025-03-10") == .onTime)
        #expect(status(.daily, grace: 0, updates: ["2025-03-09T06:00:00"], asOf: "2025-03-11") == .overdue(days: 1))
    }

    @Test func weeklyFollowsISOWeeks() {
        // Week 10 of 2025 runs Monday 3 March to Sunday 9 March; due within 3 days: by Wednesday 12 March.
        let week = ReportingPeriod(containing: Self.day("2025-03-05"), .weekly)!
        #expect(week.start == Self.day("2025-03-03") && week.end == Self.day("2025-03-10") && week.label == "2025-W10")
        #expect(status(.weekly, grace: 3, updates: ["2025-03-11T10:00:00"], asOf: "2025-03-13") == .onTime)
        #expect(status(.weekly, grace: 3, updates: ["2025-03-13T10:00:00"], asOf: "2025-03-13") == .late(days: 1))
        #expect(status(.weekly, grace: 3, updates: [], asOf: "2025-03-14") == .overdue(days: 2))
    }

    @Test func weekLabelsAcrossYearEnds() {
        // A week belongs to the ISO year of its Thursday.
        let cases = ["2024-12-31": "2025-W01", "2021-01-03": "2020-W53", "2021-01-04": "2021-W01",
                     "2027-01-01": "2026-W53", "2026-12-27": "2026-W52", "2023-01-01": "2022-W52", "2026-06-17": "2026-W25"]
        for (day, label) in cases {
            #expect(ReportingPeriod(containing: Self.day(day), .weekly)!.label == label, "\(day)")
        }
        #expect(ReportingPeriod(containing: Self.day("2025-02-03"), .daily)!.label == "2025-02-03")
        #expect(ReportingPeriod(containing: Self.day("2025-02-03"), .monthly)!.label == "2025-02")
    }

    @Test func quarterlyHalfYearlyAndAnnual() {
        #expect(ReportingPeriod(containing: Self.day("2025-05-05"), .quarterly)!.label == "2025-Q2")
        #expect(status(.quarterly, grace: 30, updates: ["2025-04-25T10:00:00"], asOf: "2025-05-05") == .onTime)
        #expect(status(.quarterly, grace: 30, updates: ["2025-05-03T10:00:00"], asOf: "2025-05-05") == .late(days: 3))
        #expect(ReportingPeriod(containing: Self.day("2025-09-01"), .semiannual)!.label == "2025-H2")
        // 45 days after 30 June is 14 August.
        #expect(status(.semiannual, grace: 45, updates: [], asOf: "2025-08-20") == .overdue(days: 6))
        #expect(status(.semiannual, grace: 45, updates: ["2025-07-30T10:00:00"], asOf: "2025-08-20") == .onTime)
        #expect(status(.annual, grace: 90, updates: ["2025-03-01T10:00:00"], asOf: "2025-06-01") == .onTime)
        #expect(status(.annual, grace: 90, updates: ["2024-06-01T10:00:00"], asOf: "2025-06-01") == .overdue(days: 62))
        // Still within 2024's 90 days: 2023 decides, and the obligation began only in 2024.
        #expect(status(.annual, grace: 90, updates: [], asOf: "2025-02-01") == .notYetDue)
    }

    @Test func notYetDueBeforeTheFirstDeadlineAndMissingWithoutADataset() {
        #expect(status(.monthly, grace: 15, starts: "2025-03-01", updates: [], asOf: "2025-03-20") == .notYetDue)
        #expect(status(.monthly, grace: 15, starts: "2025-03-01", updates: [], asOf: "2025-04-10") == .notYetDue)
        #expect(status(.monthly, grace: 15, starts: "2025-03-01", updates: [], asOf: "2025-04-16") == .overdue(days: 1))
        #expect(status(.monthly, grace: 15, dataset: false, updates: [], asOf: "2025-04-16") == .missing)
        #expect(status(.monthly, grace: 15, starts: "2025-03-01", dataset: false, updates: [], asOf: "2025-04-10") == .notYetDue)
        #expect(status(.monthly, grace: 15, starts: "2025-03-01", updates: [], asOf: "2025-02-01") == .notYetDue)
    }

    @Test func irregularAndOnChange() {
        // First publication due 30 days after the obligation begins.
        #expect(status(.irregular, grace: 30, starts: "2025-01-01", updates: [], asOf: "2025-01-20") == .notYetDue)
        #expect(status(.irregular, grace: 30, starts: "2025-01-01", updates: [], asOf: "2025-02-05") == .overdue(days: 5))
        #expect(status(.irregular, grace: 30, starts: "2025-01-01", updates: ["2025-01-10T10:00:00"], asOf: "2025-02-05") == .onTime)
        #expect(status(.irregular, grace: 30, starts: "2025-01-01", updates: ["2025-02-03T10:00:00"], asOf: "2025-02-05") == .late(days: 3))
        // Published before the obligation began: met from the first day.
        #expect(status(.onChange, grace: 30, starts: "2025-01-01", updates: ["2024-05-10T10:00:00"], asOf: "2025-02-05") == .onTime)
        // An irregular dataset left a year without an update is overdue (10 January 2024 + 365 days is
        // 9 January 2025, the last day allowed); an on-change one is not.
        #expect(status(.irregular, grace: 30, starts: "2024-01-01", updates: ["2024-01-10T10:00:00"], asOf: "2025-01-09") == .onTime)
        #expect(status(.irregular, grace: 30, starts: "2024-01-01", updates: ["2024-01-10T10:00:00"], asOf: "2025-01-20") == .overdue(days: 11))
        #expect(status(.onChange, grace: 30, starts: "2024-01-01", updates: ["2024-01-10T10:00:00"], asOf: "2025-01-20") == .onTime)
    }

    @Test func nextDeadline() {
        func next(_ f: Frequency, _ grace: Int, _ updates: [String], _ asOf: String) -> String? {
            let dates = updates.map(Self.day)
            return TimelinessRules.nextDeadline(frequency: f, graceDays: grace, startsOn: Self.day("2024-01-01"), asOf: Self.day(asOf)) { from, before in
                dates.first { $0 >= from && $0 < before }
            }.map { CalendarDay.lastDay(before: $0.deadline) }
        }
        // On 4 February January's data is due by 15 February (the last day; the stored deadline is exclusive).
        #expect(next(.monthly, 15, [], "2025-02-04") == "2025-02-15")
        // Once January is published, February's data is next: due 15 March.
        #expect(next(.monthly, 15, ["2025-02-03T10:00:00"], "2025-02-04") == "2025-03-15")
        #expect(next(.monthly, 0, [], "2025-02-04") == "2025-02-28")
        #expect(next(.quarterly, 30, [], "2025-02-04") == "2025-04-30")
    }

    @Test func timestampsParseByHandAsBefore() {
        #expect(Timestamp.parse("2024-02-29") != nil)
        #expect(Timestamp.parse("2023-02-29") == nil)
        #expect(Timestamp.parse("2024-13-01") == nil)
        #expect(Timestamp.parse("2025-02-04T10:11:12.500000")!.timeIntervalSince1970 == 1_738_663_872.5)
        #expect(Timestamp.parse("2025-02-04T10:11Z")!.timeIntervalSince1970 == 1_738_663_860)
        #expect(Timestamp.parse("1969-12-31T23:59:59")!.timeIntervalSince1970 == -1)
        #expect(Timestamp.parse("garbage") == nil && Timestamp.parse("2025-02-04T") == nil)
        #expect(CalendarDay.parse("02.04.2021") == Timestamp.parse("2021-04-02"))
        for text in ["2025-02-04T10:11:12.000000", "1969-12-31T23:59:59.000000", "2000-02-29T00:00:00.000000", "2100-03-01T05:06:07.000000"] {
            #expect(Timestamp.string(Timestamp.parse(text)!) == text)
        }
        #expect(Timestamp.civil(Timestamp.parse("2025-02-04")!).weekday == 2)   // a Tuesday
    }
}

import Foundation
import ManbaCore
import Testing
@testable import Governance

/// The planner on fixed dates. A monthly obligation with 15 days' grace: January 2025's data is due
/// by 15 February 2025 (the last day), nothing of it is ever published.
@Suite("Notices: planning") struct NoticePlannerTests {
    let obligation = NoticeStates.obligation("ob-1", org: "org-moliya")
    let settings = NoticeSettings()

    func plan(_ day: String, settings: NoticeSettings? = nil, states: [ObligationState]? = nil) -> [NoticeDraft] {
        NoticePlanner.plan(asOf: CalendarDay.parse(day)!,
                           states: states ?? [NoticeStates.state(obligation, on: day, updates: NoticeStates.decemberPublished)],
                           settings: settings ?? self.settings)
    }

    /// The days from `first` to `last` on which a notice of `kind` with a key not planned before appears.
    func daysWithNew(_ kind: Notice.Kind, from first: String, to last: String, settings: NoticeSettings? = nil) -> [String] {
        var seen = Set<String>(), days: [String] = []
        var day = CalendarDay.parse(first)!
        while day <= CalendarDay.parse(last)! {
            let text = CalendarDay.string(day)
            for notice in plan(text, settings: settings) where notice.kind == kind && seen.insert(notice.dedupeKey).inserted { days.append(text) }
            day = day.addingTimeInterval(86_400)
        }
        return days
    }

    @Test func upcomingExactlyNDaysBeforeTheLastDayNotNPlusOne() throws {
        #expect(!plan("2025-02-07").contains { $0.kind == .upcoming })
        let upcoming = try #require(plan("2025-02-08").first { $0.kind == .upcoming })
        #expect(upcoming.dedupeKey == "upcoming:org-moliya:dataset-ob-1:2025-01")
        #expect(upcoming.organisationID == "org-moliya")
        #expect(upcoming.obligationID == "ob-1")
        #expect(upcoming.subject.contains("«Davlat byudjeti ijrosi» (2025-01), 15.02.2025"))
        #expect(upcoming.body.contains("muddati — 15.02.2025"))
        #expect(upcoming.body.contains("не позднее 15.02.2025"))
        #expect(upcoming.body.contains("for the period 2025-01 must be published on the open data portal by 15.02.2025"))
        #expect(upcoming.body.contains("Days left: 7."))
        #expect(daysWithNew(.upcoming, from: "2025-02-01", to: "2025-02-15") == ["2025-02-08"])
        var three = settings
        three.daysBefore = 3
        #expect(daysWithNew(.upcoming, from: "2025-02-01", to: "2025-02-15", settings: three) == ["2025-02-12"])
    }

    @Test func upcomingOnTheLastDayStillHasTheSameKey() throws {
        let last = try #require(plan("2025-02-15").first { $0.kind == .upcoming })
        #expect(last.dedupeKey == "upcoming:org-moliya:dataset-ob-1:2025-01")
        #expect(last.body.contains("Bugun — oxirgi kun."))
        #expect(!plan("2025-02-15").contains { $0.kind == .missed })
    }

    @Test func missedTheDayAfterTheDeadline() throws {
        let missed = try #require(plan("2025-02-16").first { $0.kind == .missed })
        #expect(missed.dedupeKey == "missed:org-moliya:dataset-ob-1:2025-01")
        #expect(missed.subject == "Muddat oʻtdi: «Davlat byudjeti ijrosi» (2025-01) / Срок публикации пропущен")
        #expect(missed.body.contains("belgilangan muddatda (15.02.2025) eʼlon qilinmadi"))
        #expect(daysWithNew(.missed, from: "2025-02-10", to: "2025-03-10") == ["2025-02-16"])
    }

    @Test func weeklyRemindersOnDays7And14Not8() throws {
        #expect(daysWithNew(.overdue, from: "2025-02-16", to: "2025-03-08") == ["2025-02-22", "2025-03-01", "2025-03-08"])
        let day7 = try #require(plan("2025-02-22").first { $0.kind == .overdue })
        #expect(day7.dedupeKey == "overdue:org-moliya:dataset-ob-1:2025-01:w1")
        #expect(day7.subject.hasPrefix("7 kun kechikmoqda: «Davlat byudjeti ijrosi» (2025-01)"))
        #expect(plan("2025-02-23").first { $0.kind == .overdue }?.dedupeKey == "overdue:org-moliya:dataset-ob-1:2025-01:w1")
        #expect(plan("2025-03-01").first { $0.kind == .overdue }?.dedupeKey == "overdue:org-moliya:dataset-ob-1:2025-01:w2")
        // Once the reminders start, "missed" is no longer planned: a first run late sends one notice.
        #expect(!plan("2025-02-22").contains { $0.kind == .missed })
    }

    @Test func planningTheSameDayTwiceGivesTheSameKeys() {
        #expect(plan("2025-02-16") == plan("2025-02-16"))
        #expect(Set(plan("2025-02-16").map(\.dedupeKey)).count == plan("2025-02-16").count)
    }

    @Test func publishedObligationsGetNoReminders() {
        let published = NoticeStates.state(obligation, on: "2025-02-22", updates: NoticeStates.decemberPublished + ["2025-02-14T09:00:00"])
        #expect(plan("2025-02-22", states: [published]).map(\.kind) == [.digest])
    }

    @Test func unscheduledObligationsAreKeyedByTheirDeadline() throws {
        let irregular = NoticeStates.obligation("ob-2", org: "org-moliya", periodicity: .irregular, deadlineDays: 30, startsOn: "2025-01-01")
        // Due some 30 days after it begins (the monitoring's rules say exactly when); N days before its last day:
        let last = NoticePlanner.lastDay(try #require(NoticeStates.state(irregular, on: "2025-01-02", updates: []).nextDeadline))
        let warnDay = CalendarDay.string(last.addingTimeInterval(-7 * 86_400))
        let state = NoticeStates.state(irregular, on: warnDay, updates: [])
        let upcoming = try #require(plan(warnDay, states: [state]).first { $0.kind == .upcoming })
        #expect(upcoming.dedupeKey == "upcoming:org-moliya:dataset-ob-2:\(CalendarDay.string(last))")
        #expect(upcoming.subject == "Muddat yaqinlashmoqda: «Davlat byudjeti ijrosi», \(NoticeTexts.dotted(last)) / Приближается срок публикации")
        let dayAfter = CalendarDay.string(last.addingTimeInterval(86_400))
        let late = NoticeStates.state(irregular, on: dayAfter, updates: [])
        #expect(plan(dayAfter, states: [late]).first { $0.kind == .missed }?.dedupeKey == "missed:org-moliya:dataset-ob-2:\(CalendarDay.string(last))")
    }

    @Test func theDigestCountsOverdueAndMissingPerOrganisation() throws {
        let states = [
            NoticeStates.state(obligation, on: "2025-02-16", updates: NoticeStates.decemberPublished),
            NoticeStates.state(NoticeStates.obligation("ob-3", org: "org-moliya", hasDataset: false), on: "2025-02-16", updates: []),
            NoticeStates.state(NoticeStates.obligation("ob-4", org: "org-tibbiyot", hasDataset: false), on: "2025-02-16", updates: []),
            NoticeStates.state(NoticeStates.obligation("ob-5", org: "org-talim"), on: "2025-02-16",
                               updates: NoticeStates.decemberPublished + ["2025-02-03T09:00:00"]),
        ]
        let notices = NoticePlanner.plan(asOf: CalendarDay.parse("2025-02-16")!, states: states, settings: settings,
                                         organisationTitles: ["org-moliya": "Moliya vazirligi", "org-tibbiyot": "Sogʻliqni saqlash vazirligi"])
        let digests = notices.filter { $0.kind == .digest }
        #expect(digests.count == 1)
        let digest = try #require(digests.first)
        #expect(digest.organisationID == nil)
        #expect(digest.dedupeKey == "digest:2025-02-16")
        #expect(digest.subject == "Monitoring 16.02.2025: muddati oʻtgan 1, mavjud emas 2 / Мониторинг: просрочено 1, отсутствует 2")
        #expect(digest.body.contains("- Moliya vazirligi: 1, 1\n- Sogʻliqni saqlash vazirligi: 0, 1"))
        #expect(!digest.body.contains("org-talim"))
        #expect(NoticePlanner.plan(asOf: CalendarDay.parse("2025-02-16")!, states: [], settings: settings).isEmpty)
    }

    @Test func settingsComeFromTheEnvironmentWithDefaults() {
        let none = NoticeSettings.fromEnvironment([:])
        #expect(none == NoticeSettings(daysBefore: 7, smtp: nil, digestRecipients: []))
        let some = NoticeSettings.fromEnvironment([
            "MANBA_NOTICE_DAYS_BEFORE": "10", "MANBA_SMTP_HOST": "127.0.0.1", "MANBA_SMTP_PORT": "2525",
            "MANBA_SMTP_FROM": "noreply@data.gov.uz", "MANBA_MONITORING_DIGEST_TO": " a@stat.uz, ,b@stat.uz ",
        ])
        #expect(some.daysBefore == 10)
        #expect(some.smtp?.host == "127.0.0.1")
        #expect(some.smtp?.port == 2525)
        #expect(some.smtp?.from == "noreply@data.gov.uz")
        #expect(some.smtp?.username == nil)
        #expect(some.digestRecipients == ["a@stat.uz", "b@stat.uz"])
        let bad = NoticeSettings.fromEnvironment(["MANBA_NOTICE_DAYS_BEFORE": "soon", "MANBA_SMTP_HOST": "mail", "MANBA_SMTP_PORT": "99999"])
        #expect(bad.daysBefore == 7)
        #expect(bad.smtp?.port == 25)
        #expect(!String(describing: SMTPSettings(host: "mail", username: "u", password: "secret")).contains("secret"))
    }
}

import Foundation
import ManbaCore
import ManbaStore
import OpenData
import SQLKit

/// The demo's governance data, on top of the demo catalogue: the two approved lists the seed names
/// (31 May 2019, and protocol No. 2, annex 7 of 2 April 2021), two years of data update history in
/// which some organisations publish reliably and others do not, and a year of monthly snapshots, so
/// a new user sees on-time, late, overdue and missing cases on the monitoring page at once.
/// Everything goes through the same services as real data; re-running changes nothing.
public struct GovernanceDemoLoader {
    let governance: GovernanceServices
    let catalogue: CatalogueService
    let database: any DatabaseBackend
    let clock: any ManbaClock

    public init(governance: GovernanceServices, catalogue: CatalogueService, database: any DatabaseBackend, clock: any ManbaClock = SystemClock()) {
        self.governance = governance; self.catalogue = catalogue; self.database = database; self.clock = clock
    }

    public struct Report: Sendable {
        public var obligations = 0
        public var updates = 0
        public var snapshots = 0
        public var notices = 0
        public var skipped = false
    }

    public func load() async throws -> Report {
        var report = Report()
        guard try await governance.obligations.lists().isEmpty else { report.skipped = true; return report }
        let today = Calendar.utc.startOfDay(for: clock.now())
        let datasets = try await demoDatasets()
        guard !datasets.isEmpty else { return report }

        // The 2019 list: every third dataset. The 2021 revision adds the rest of the chosen ones and
        // datasets still to be created.
        var random = DemoRandom(seed: 2021, label: "obligations")
        let chosen = datasets.enumerated().filter { $0.offset % 3 != 2 }.map(\.element)
        let first = chosen.enumerated().filter { $0.offset % 3 == 0 }.map(\.element)
        let system = Principal.system
        let v1 = try await governance.obligations.createDraft(reference: "Vazirlar Mahkamasining 2019-yil 31-maydagi bayonnomasi", by: system)
        _ = try await governance.obligations.replaceItems(in: v1.id, with: first.enumerated().map { i, d in Self.item(i + 1, d) }, by: system)
        _ = try await governance.obligations.approve(v1.id, on: "2019-05-31", reference: "Vazirlar Mahkamasining 2019-yil 31-maydagi bayonnomasi",
                                                     reason: nil, by: system)
        var items = chosen.enumerated().map { i, d in Self.item(i + 1, d) }
        let owners = Array(Set(datasets.map(\.owner))).sorted()
        for (n, owner) in owners.prefix(12).enumerated() {
            items.append(ObligationDraft(number: String(items.count + 1), organisation: owner, title: Self.toBeCreated[n % Self.toBeCreated.count],
                                         periodicity: "quarterly", deadline: "30", sociallySignificant: n % 4 == 0 ? "yes" : "no",
                                         legalReference: n % 4 == 0 ? "PF-6247, 1-ilova, \(n + 20)-band" : ""))
        }
        let v2 = try await governance.obligations.createDraft(reference: "2-son bayonnoma, 7-ilova", by: system)
        let obligations = try await governance.obligations.replaceItems(in: v2.id, with: items, by: system)
        _ = try await governance.obligations.approve(v2.id, on: "2021-04-02", reference: "2-son bayonnoma, 7-ilova", reason: nil, by: system)
        report.obligations = obligations.count

        // Each organisation keeps to its deadlines with its own reliability, so the ranking is spread out.
        var reliability: [String: Double] = [:]
        for owner in owners { reliability[owner] = 0.45 + Double(random.int(0...53)) / 100 }
        var updates: [DataUpdateLog.Update] = []
        let historyStart = Calendar.utc.date(byAdding: .year, value: -2, to: today)!
        for obligation in obligations {
            guard let id = obligation.datasetID, let dataset = datasets.first(where: { $0.id == id }) else { continue }
            updates += Self.history(of: dataset, obligation, from: historyStart, to: today, reliability: reliability[dataset.owner] ?? 0.8, random: &random)
        }
        // The demo catalogue was loaded just now; its real publication history is the one made up here.
        try await DataUpdateLog(database: database).replaceHistory(of: obligations.compactMap(\.datasetID), with: updates)
        report.updates = updates.count

        // A snapshot on the 5th of each of the last twelve months, and one today.
        for monthsBack in stride(from: 12, through: 1, by: -1) {
            let month = Calendar.utc.date(byAdding: .month, value: -monthsBack, to: today)!
            let c = Calendar.utc.dateComponents([.year, .month], from: month)
            let day = Calendar.utc.date(from: DateComponents(year: c.year, month: c.month, day: 5))!
            _ = try await governance.monitoring.run(asOf: day, trigger: "scheduled", by: system)
            report.snapshots += 1
        }
        let (_, states) = try await governance.monitoring.run(asOf: today, trigger: "manual", by: system)
        report.snapshots += 1
        report.notices = try await governance.notices.notify(asOf: today, states: states)
        return report
    }

    struct DemoDataset { let id: String; let name: String; let owner: String; let ownerName: String; let title: String; let frequency: Frequency; let significant: Bool; let resourceID: String }

    func demoDatasets() async throws -> [DemoDataset] {
        let rows = try await database.read { db in
            try await db.rows("""
                SELECT d.name AS name, o.name AS owner_name FROM datasets d JOIN organizations o ON o.id = d.owner_org
                WHERE d.state = 'active' AND d.private = 0 AND d.classification = 0 ORDER BY d.name LIMIT 150
                """).map { (try $0.decode(column: "name", as: String.self), try $0.decode(column: "owner_name", as: String.self)) }
        }
        var result: [DemoDataset] = []
        for (name, ownerName) in rows {
            let d = try await catalogue.dataset(name, for: .system)
            guard let resource = d.resources.first else { continue }
            result.append(DemoDataset(id: d.id, name: d.name, owner: d.ownerOrg, ownerName: ownerName, title: d.title.resolved(for: .uzLatn),
                                      frequency: d.frequency ?? .monthly, significant: d.sociallySignificant, resourceID: resource.id))
        }
        return result
    }

    static func item(_ number: Int, _ d: DemoDataset) -> ObligationDraft {
        let frequency: Frequency = d.frequency == .daily ? .weekly : d.frequency
        let days: Int = switch frequency {
        case .weekly: 3
        case .monthly: 15
        case .quarterly: 30
        case .semiannual: 45
        case .annual: 90
        default: 30
        }
        return ObligationDraft(number: String(number), organisation: d.ownerName, dataset: d.name, title: d.title, periodicity: frequency.rawValue,
                               deadline: String(days), sociallySignificant: d.significant ? "yes" : "no",
                               legalReference: d.significant ? "PF-6247, 1-ilova, \(number)-band" : "")
    }

    /// Publications for each period since `from`: on time, a few days late, or never, by the
    /// organisation's reliability; the latest periods are where overdue cases show.
    static func history(of d: DemoDataset, _ o: Obligation, from: Date, to: Date, reliability: Double,
                        random: inout DemoRandom) -> [DataUpdateLog.Update] {
        var updates: [DataUpdateLog.Update] = []
        func add(_ date: Date) {
            guard date < to else { return }
            updates.append(.init(datasetID: d.id, resourceID: d.resourceID, updated: Timestamp.string(date), fingerprint: "demo-history"))
        }
        guard var period = ReportingPeriod(containing: from, o.periodicity) else {
            add(from.addingTimeInterval(Double(random.int(1...20)) * 86_400))
            return updates
        }
        let grace = Double(max(o.deadlineDays, 1))
        while period.end < to {
            let roll = Double(random.int(0...99)) / 100
            let publishAfter = o.deadlineDays > 0 ? period.end : period.start
            let window = o.deadlineDays > 0 ? grace : period.end.timeIntervalSince(period.start) / 86_400
            if roll < reliability {
                add(publishAfter.addingTimeInterval(Double(random.int(0...max(0, Int(window) - 1))) * 86_400 + 36_000))
            } else if roll < reliability + (1 - reliability) / 2 {
                add(publishAfter.addingTimeInterval((window + Double(random.int(1...12))) * 86_400 + 36_000))
            }
            period = period.next
        }
        return updates
    }

    static let toBeCreated = [
        "Davlat xaridlari rejalari", "Ijtimoiy himoya oluvchilar soni", "Hududlar kesimida investitsiya loyihalari",
        "Kommunal xizmatlar tariflari", "Yoʻl harakati hodisalari statistikasi", "Davlat xizmatlari koʻrsatilishi",
        "Ekologik monitoring natijalari", "Byudjet tashkilotlari xarajatlari", "Litsenziyalar reyestri", "Sport inshootlari roʻyxati",
        "Madaniy meros obyektlari", "Jamoat transporti yoʻnalishlari",
    ]
}

import Foundation
import Logging
import ManbaCore
import ManbaStore
import OpenData

/// Dataset quality for publishers and the openness index: scores computed on request from the catalogue
/// (read with the asking principal, so access control stays in the catalogue), the update history and
/// the stored link checks; and the periodic link check itself.
public final class QualityService: Sendable {
    /// What one link check run did.
    public struct LinkCheckRun: Sendable, Equatable {
        public var started: String
        public var finished: String
        public var checked: Int
        public var working: Int
        public var broken: Int
        /// Results dropped because their resource is gone or no longer public.
        public var removed: Int
    }

    let catalogue: CatalogueService
    let organisations: OrganisationStore
    let updates: DataUpdateLog
    let linkChecks: LinkCheckStore
    let checker: LinkChecker
    let clock: any ManbaClock
    let logger: Logger

    public init(database: any DatabaseBackend, catalogue: CatalogueService, organisations: OrganisationStore,
                clock: any ManbaClock, logger: Logger, probe: any LinkProbe = URLSessionLinkProbe()) {
        self.catalogue = catalogue
        self.organisations = organisations
        self.updates = DataUpdateLog(database: database)
        self.linkChecks = LinkCheckStore(database: database)
        self.checker = LinkChecker(probe: probe, clock: clock)
        self.clock = clock
        self.logger = logger
    }

    // MARK: Scores

    /// The quality of one dataset, if the principal may see it ("not found" otherwise).
    public func score(_ datasetIDOrName: String, for principal: Principal) async throws -> QualityScore {
        let dataset = try await catalogue.dataset(datasetIDOrName, for: principal)
        let now = clock.now()
        let history = try await updates.history(of: dataset.id)
        let checks = try await linkChecks.checks(of: dataset.id)
        // Updates stamped after "now" (another clock, an import from the future) do not count yet.
        let last = history.compactMap(Timestamp.parse).filter { $0 <= now }.max()
        return QualityScore(dataset, evidence: QualityEvidence(lastDataUpdate: last, linkChecks: checks, now: now))
    }

    /// The quality of an organisation's datasets that the principal may see; by default the public ones,
    /// which is what the openness index uses.
    public func scores(of organisationIDOrName: String, for principal: Principal = .anonymous) async throws -> OrganisationQuality {
        guard let organisation = try await organisations.find(organisationIDOrName), organisation.kind == .organization else {
            throw ManbaError.notFound("Organization not found")
        }
        return try await summaries(of: [organisation], for: principal)[0]
    }

    /// Every organisation's quality in one pass (one search, one history query, one link query), for
    /// the openness index. Organisations without datasets are included, with no average.
    public func organisationScores(for principal: Principal = .anonymous) async throws -> [OrganisationQuality] {
        try await summaries(of: organisations.all(kind: .organization), for: principal)
    }

    private func summaries(of owners: [Organisation], for principal: Principal) async throws -> [OrganisationQuality] {
        let single = owners.count == 1 ? owners.first?.id : nil
        let now = clock.now()
        let last = try await updates.lastUpdates(through: Timestamp.string(now))
        let checks = try await linkChecks.checks(ofOrganisation: single)
        // Scored a page at a time: a score is a fraction of its dataset's size, and holding all 100,000
        // decoded datasets at once left the server 400 MB larger for good (the allocator keeps the pages).
        var byOwner: [String: [QualityScore]] = [:]
        try await forEachVisiblePage(ownedBy: single, for: principal, includePrivate: true) { page in
            for dataset in page {
                byOwner[dataset.ownerOrg, default: []].append(
                    QualityScore(dataset, evidence: QualityEvidence(lastDataUpdate: last[dataset.id].flatMap(Timestamp.parse),
                                                                    linkChecks: checks[dataset.id] ?? [], now: now)))
            }
        }
        return owners.map { organisation in
            // By name, as pages and the API list datasets.
            let scores = (byOwner[organisation.id] ?? []).sorted { $0.datasetName < $1.datasetName }
            return OrganisationQuality(organisationID: organisation.id, organisationName: organisation.name, scores: scores)
        }
    }

    /// Every dataset the principal may see (of one organisation, or all), a search page at a time, in the
    /// index's own order (sorting every page by name cost seconds on a large catalogue).
    private func forEachVisiblePage(ownedBy organisationID: String?, for principal: Principal, includePrivate: Bool,
                                    _ body: ([Dataset]) async throws -> Void) async throws {
        var query = SearchQuery()
        if let organisationID { query.filters = [.init(field: .organization, value: organisationID)] }
        query.includePrivate = includePrivate
        query.sort = .unordered
        query.rows = SearchQuery.maxRows
        while true {
            let page = try await catalogue.search(query, for: principal)
            try await body(page.datasets)
            if page.datasets.isEmpty || query.start + query.rows >= page.count { return }
            query.start += query.rows
        }
    }

    // MARK: Link check

    /// Checks the links of every public, active dataset now (see `LinkChecker`), stores each result as
    /// it comes, and drops results of links no longer checked. Private and classified datasets are never
    /// checked: the datasets are those an anonymous visitor may see, by the catalogue's one visibility rule.
    @discardableResult
    public func runLinkCheck() async throws -> LinkCheckRun {
        let started = Timestamp.string(clock.now())
        var targets: [LinkChecker.Target] = []
        try await forEachVisiblePage(ownedBy: nil, for: .anonymous, includePrivate: false) { page in
            for dataset in page {
                targets += dataset.resources.filter { !$0.isUpload }.map { LinkChecker.Target(resourceID: $0.id, datasetID: dataset.id, url: $0.url) }
            }
        }
        var pending: [LinkCheck] = []
        var working = 0, broken = 0
        let store = linkChecks
        try await checker.check(targets) { result in
            if result.ok { working += 1 } else { broken += 1 }
            pending.append(result)
            if pending.count >= 50 {
                try await store.save(pending)
                pending.removeAll()
            }
        }
        try await store.save(pending)
        let removed = try await store.removeAll(except: Set(targets.map(\.resourceID)))
        let run = LinkCheckRun(started: started, finished: Timestamp.string(clock.now()), checked: targets.count,
                               working: working, broken: broken, removed: removed)
        logger.info("link check finished", metadata: ["checked": "\(run.checked)", "broken": "\(run.broken)", "removed": "\(run.removed)"])
        return run
    }

    /// The time of the latest stored link check, if any.
    public func lastLinkCheck() async throws -> Date? {
        try await linkChecks.latest().flatMap(Timestamp.parse)
    }

    /// Runs the link check every `interval` until the task is cancelled (for `manba serve`). A run is
    /// due when the latest stored check is older than the interval, so restarting the server does not
    /// check every link again at once.
    public func checkLinksPeriodically(every interval: Duration = .seconds(24 * 3600)) async {
        let seconds = TimeInterval(interval.components.seconds)
        while !Task.isCancelled {
            var wait = seconds
            do {
                let last = try await lastLinkCheck()
                let age = last.map { clock.now().timeIntervalSince($0) } ?? .infinity
                if age >= seconds { try await runLinkCheck() } else { wait = seconds - age }
            } catch {
                logger.error("link check failed", metadata: ["error": "\(error)"])
            }
            try? await Task.sleep(for: .seconds(max(60, wait)))
        }
    }
}

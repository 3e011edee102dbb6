import Foundation
import ManbaCore

/// A record found in a foreign catalogue: the MARC record as it came (double encoding repaired) and
/// what the OPAC shows of it.
public struct FederatedRecord: Sendable, Hashable {
    public var summary: RecordSummary
    public var record: MARCRecord

    public init(_ record: MARCRecord) {
        self.record = record
        self.summary = RecordSummary(record)
    }
}

/// What one target gave.
public enum FederatedOutcome: Sendable {
    /// `count` is all the target's hits; `records` the first of them (up to the target's maximumRecords).
    case results(count: Int, records: [FederatedRecord])
    /// A diagnostic, a refused connection, an HTTP error, an answer that is not SRU: the reason in
    /// English, for the page and the log.
    case failed(reason: String)
    /// No answer within the target's timeout or the search's deadline.
    case timedOut
}

public struct FederatedTargetResult: Sendable {
    public var target: FederatedTarget
    public var outcome: FederatedOutcome
    /// The CQL sent (nil when nothing was sent).
    public var query: String?
    /// Seconds from the start of the search to the answer, the failure or the time-out.
    public var elapsed: TimeInterval

    public init(target: FederatedTarget, outcome: FederatedOutcome, query: String?, elapsed: TimeInterval) {
        self.target = target
        self.outcome = outcome
        self.query = query
        self.elapsed = elapsed
    }

    /// The hit count when the target answered.
    public var count: Int? {
        if case .results(let count, _) = outcome { return count }
        return nil
    }

    public var records: [FederatedRecord] {
        if case .results(_, let records) = outcome { return records }
        return []
    }
}

/// Federated search: one reader's query sent to every configured foreign catalogue at once.
///
/// Targets are asked in parallel; each has its own timeout, none more than `deadline`, so the whole
/// search takes at most about `deadline` seconds, however many targets hang. A target that fails
/// fails alone: `search` never throws, and gives one result per target in the order of `targets`.
public struct FederatedSearch: Sendable {
    public var targets: [FederatedTarget]
    /// Seconds the whole search may take; a target's own `timeout` counts only below it.
    public var deadline: TimeInterval
    public var client: SRUClient

    public static let defaultDeadline: TimeInterval = 10

    public init(targets: [FederatedTarget], deadline: TimeInterval = FederatedSearch.defaultDeadline,
                client: SRUClient = SRUClient()) {
        self.targets = targets
        self.deadline = deadline
        self.client = client
    }

    public init(configuration: FederatedTargets, client: SRUClient = SRUClient()) {
        self.init(targets: configuration.targets, deadline: configuration.deadline, client: client)
    }

    /// The OPAC's search box: words to find anywhere.
    public func search(_ text: String) async -> [FederatedTargetResult] {
        await search(FederatedQuery(text))
    }

    /// Asks every target; an empty query asks none and gives no results.
    public func search(_ query: FederatedQuery) async -> [FederatedTargetResult] {
        guard !targets.isEmpty, !query.isEmpty else { return [] }
        let start = ContinuousClock.now
        let client = self.client
        let deadline = self.deadline
        return await withTaskGroup(of: (Int, FederatedTargetResult).self) { group in
            for (index, target) in targets.enumerated() {
                group.addTask {
                    let result = await Self.ask(target, query: query, client: client, deadline: deadline, start: start)
                    return (index, result)
                }
            }
            var results = [FederatedTargetResult?](repeating: nil, count: targets.count)
            for await (index, result) in group { results[index] = result }
            return results.compactMap { $0 }
        }
    }

    private static func ask(_ target: FederatedTarget, query: FederatedQuery, client: SRUClient,
                            deadline: TimeInterval, start: ContinuousClock.Instant) async -> FederatedTargetResult {
        func elapsed() -> TimeInterval {
            let duration = ContinuousClock.now - start
            return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        }
        guard let cql = query.cql(for: target) else {
            return FederatedTargetResult(target: target, outcome: .results(count: 0, records: []), query: nil, elapsed: 0)
        }
        let outcome: FederatedOutcome
        do {
            let response = try await client.searchRetrieve(target: target, query: cql, timeout: min(target.timeout, deadline))
            outcome = .results(count: response.numberOfRecords, records: response.records.map(FederatedRecord.init))
        } catch .timedOut {
            outcome = .timedOut
        } catch {
            outcome = .failed(reason: error.description)
        }
        return FederatedTargetResult(target: target, outcome: outcome, query: cql, elapsed: elapsed())
    }
}

// MARK: - JSON

/// The shape the OPAC's `format=json` gives each target under `"federated"`:
///
///     {"target": "zebra", "name": {"en": "..."}, "status": "ok" | "failed" | "timedOut",
///      "count": 3 | null, "reason": null | "...", "elapsedMs": 12, "query": "dc.title = ...",
///      "records": [{"title": "...", "creators": ["..."], "year": 2009, "publisher": "...",
///                   "place": "...", "language": "uzb", "isbns": ["..."], "controlNumber": "..."}]}
extension FederatedTargetResult: Encodable {
    private enum CodingKeys: String, CodingKey {
        case target, name, status, count, reason, elapsedMs, query, records
    }

    private struct RecordJSON: Encodable {
        var title: String
        var creators: [String]
        var year: Int?
        var publisher: String
        var place: String
        var language: String
        var isbns: [String]
        var controlNumber: String?

        init(_ summary: RecordSummary) {
            title = summary.title
            creators = summary.creators
            year = summary.year
            publisher = summary.publisher
            place = summary.place
            language = summary.language
            isbns = summary.isbns
            controlNumber = summary.controlNumber
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(title, forKey: .title)
            try container.encode(creators, forKey: .creators)
            try container.encode(year, forKey: .year)
            try container.encode(publisher, forKey: .publisher)
            try container.encode(place, forKey: .place)
            try container.encode(language, forKey: .language)
            try container.encode(isbns, forKey: .isbns)
            try container.encode(controlNumber, forKey: .controlNumber)
        }

        private enum Keys: String, CodingKey {
            case title, creators, year, publisher, place, language, isbns, controlNumber
        }
    }

    /// "ok", "failed" or "timedOut".
    public var status: String {
        switch outcome {
        case .results: return "ok"
        case .failed: return "failed"
        case .timedOut: return "timedOut"
        }
    }

    /// Why there are no results, in English (nil when there are).
    public var reason: String? {
        switch outcome {
        case .results: return nil
        case .failed(let reason): return reason
        case .timedOut: return "no answer within \(String(format: "%.1f", elapsed)) s"
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(target.id, forKey: .target)
        try container.encode(target.name, forKey: .name)
        try container.encode(status, forKey: .status)
        try container.encode(count, forKey: .count)
        try container.encode(reason, forKey: .reason)
        try container.encode(Int((elapsed * 1000).rounded()), forKey: .elapsedMs)
        try container.encode(query, forKey: .query)
        try container.encode(records.map { RecordJSON($0.summary) }, forKey: .records)
    }
}

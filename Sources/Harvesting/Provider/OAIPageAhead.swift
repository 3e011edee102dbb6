import Foundation
import ManbaCore

/// Reads the next page of a list while the harvester is still reading the one just sent.
///
/// Why: a harvester asks for one page, parses it, and only then asks for the next, so without this
/// the server idles while the harvester parses and the harvester idles while the server reads. With
/// the next page under way at once, the two overlap and a full harvest takes about as long as the
/// slower side alone.
///
/// Serving a page read a moment early loses nothing: lists run in datestamp order, so a record changed
/// or deleted after its page was read gets a newer datestamp and comes again, as it is now, further on
/// in the same list. Pages read ahead are few (`capacity`) and short-lived (`lifetime`), so memory stays
/// flat however many harvests run; past `capacity` harvests the others are served without reading
/// ahead, and a page nobody asks for is dropped once it is too old.
final class OAIPageAhead: Sendable {
    struct Key: Hashable, Sendable {
        let selection: OAISelection
        let cursor: String
        let withMetadata: Bool
    }

    private struct Entry {
        let started: Date
        let task: Task<OAIPage, any Error>
    }

    private let entries = Locked<[Key: Entry]>([:])
    let capacity: Int
    let lifetime: TimeInterval

    /// 16 pages of 200 MARC records are about 6 MB.
    init(capacity: Int = 16, lifetime: TimeInterval = 30) {
        self.capacity = capacity
        self.lifetime = lifetime
    }

    /// Starts reading the page at `key` unless it is already under way.
    func readAhead(_ key: Key, now: Date = Date(), _ read: @escaping @Sendable () async throws -> OAIPage) {
        let lifetime = self.lifetime, capacity = self.capacity
        entries.withLock { entries in
            for (stale, entry) in entries where now.timeIntervalSince(entry.started) >= lifetime {
                entry.task.cancel()
                entries[stale] = nil
            }
            // When full, no new page is read ahead: pushing out another harvest's page would only make
            // it read that page twice, at the busiest moment.
            guard entries[key] == nil, entries.count < capacity else { return }
            entries[key] = Entry(started: now, task: Task { try await read() })
        }
    }

    /// The page read ahead for `key`, taken out of the store; nil when there is none (or it is too old,
    /// or reading it failed: the caller then reads the page itself).
    func take(_ key: Key, now: Date = Date()) async -> OAIPage? {
        guard let entry = entries.withLock({ $0.removeValue(forKey: key) }),
              now.timeIntervalSince(entry.started) < lifetime else { return nil }
        return try? await entry.task.value
    }
}

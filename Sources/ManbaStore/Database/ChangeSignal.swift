import ManbaCore

/// Tells readers whether the database may have changed since they last looked, without asking it.
///
/// Why: the search index used to ask `MAX(revision)` before every read, so that writes by other
/// processes show up. On PostgreSQL that round trip cost more than the rest of a package_show. There,
/// every write transaction sends a NOTIFY and one connection LISTENs, and this signal moves on every
/// commit of this process and every notification of another. While the listener is not connected
/// (at start, after a dropped connection) `generation` is nil and readers must ask the database.
public final class ChangeSignal: Sendable {
    private struct State {
        var generation = 0
        var live = false
    }

    private let state = Locked(State())

    public init() {}

    /// The current generation, or nil when changes by other processes could go unnoticed.
    public var generation: Int? {
        state.withLock { $0.live ? $0.generation : nil }
    }

    /// A write committed (here or elsewhere).
    public func changed() {
        state.withLock { $0.generation += 1 }
    }

    /// Whether notifications from other processes are arriving. Any change of it counts as a change,
    /// since notifications may have been missed while it was off.
    func setLive(_ live: Bool) {
        state.withLock { $0.live = live; $0.generation += 1 }
    }
}

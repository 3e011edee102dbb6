import Foundation
import ManbaCore
import SQLiteNIO

/// Copies committed pages from SQLite's write-ahead log into the database file on a connection of its
/// own, soon after commits, instead of in the writer's commit.
///
/// Why: SQLite's automatic checkpoint runs inside the COMMIT of the transaction that fills the log, so
/// the one writer every write waits for also copied the log and synced the file: a fifth of its time in
/// a million-record MARC import. A PASSIVE checkpoint on another connection runs beside the writer and
/// never blocks it. The writer keeps a larger automatic checkpoint as the bound on the log's size: when
/// it fires, this one has already copied most frames, and the log restarts at the next write.
///
/// At most one checkpoint runs at a time, and runs start at most every `interval`, so a stream of small
/// commits costs a few syncs a second, not one per commit.
final class WALCheckpointer: Sendable {
    private struct State {
        var running = false
        var requested = false
        var stopped = false
    }

    private let connection: SQLiteConnection
    private let interval: Duration
    private let state = Locked(State())

    init(connection: SQLiteConnection, interval: Duration = .milliseconds(250)) {
        self.connection = connection
        self.interval = interval
    }

    /// Called after every commit.
    func committed() {
        let start = state.withLock { state -> Bool in
            guard !state.stopped else { return false }
            state.requested = true
            guard !state.running else { return false }
            state.running = true
            return true
        }
        if start { Task { await self.run() } }
    }

    private func run() async {
        while state.withLock({ state -> Bool in
            let go = state.requested && !state.stopped
            state.requested = false
            if !go { state.running = false }
            return go
        }) {
            // A failed checkpoint (the file busy, say) is left to the next commit or to the writer's own.
            _ = try? await connection.query("PRAGMA wal_checkpoint(PASSIVE)")
            try? await Task.sleep(for: interval)
        }
    }

    /// Stops starting checkpoints and closes the connection once the one running (if any) is done.
    func close() async {
        state.withLock { $0.stopped = true }
        while state.withLock({ $0.running }) { try? await Task.sleep(for: .milliseconds(10)) }
        try? await connection.close()
    }
}

import SQLKit

/// Runs write transactions one at a time, and puts the writes that queued up meanwhile into one
/// transaction together ("group commit").
///
/// Why: both backends serialise writers (SQLite has one writer; PostgreSQL writers take one advisory
/// lock so revisions are handed out in commit order). With writers queued, BEGIN, the lock and COMMIT
/// were paid once per write; grouped, they are paid once per batch, and a create holds the line for
/// its own inserts only. A write that fails rolls its batch back, and the batch's writes are then run
/// again one per transaction, so each caller gets its own outcome and a failure never takes others' work
/// with it. Write bodies must therefore touch nothing but the database.
actor GroupCommit {
    typealias Job = @Sendable (any SQLDatabase) async throws -> any Sendable
    /// Runs the jobs, in order, inside one transaction, and returns their results.
    typealias Transaction = @Sendable (_ jobs: [Job]) async throws -> [any Sendable]

    private struct Pending {
        let job: Job
        let continuation: CheckedContinuation<any Sendable, any Error>
    }

    private let transaction: Transaction
    private let maxBatch: Int
    private var queue: [Pending] = []
    private var draining = false

    init(maxBatch: Int = 64, transaction: @escaping Transaction) {
        self.maxBatch = maxBatch
        self.transaction = transaction
    }

    func submit(_ job: @escaping Job) async throws -> any Sendable {
        try await withCheckedThrowingContinuation { continuation in
            queue.append(Pending(job: job, continuation: continuation))
            if !draining {
                draining = true
                Task { await self.drain() }
            }
        }
    }

    private func drain() async {
        while !queue.isEmpty {
            let batch = Array(queue.prefix(maxBatch))
            queue.removeFirst(batch.count)
            await run(batch)
        }
        draining = false
    }

    private func run(_ batch: [Pending]) async {
        do {
            let results = try await transaction(batch.map(\.job))
            for (pending, result) in zip(batch, results) { pending.continuation.resume(returning: result) }
        } catch where batch.count == 1 {
            batch[0].continuation.resume(throwing: error)
        } catch {
            for pending in batch { await run([pending]) }
        }
    }
}

extension DatabaseBackend {
    /// The transaction body `GroupCommit` needs: the jobs one after another on the same connection.
    static func runJobs(_ jobs: [GroupCommit.Job], on db: any SQLDatabase) async throws -> [any Sendable] {
        var results: [any Sendable] = []
        results.reserveCapacity(jobs.count)
        for job in jobs { results.append(try await job(db)) }
        return results
    }
}

/// A first-come, first-served lock for async code: SQLite allows one writer, and queueing writers here
/// is cheaper and fairer than letting them collide on SQLITE_BUSY.
public actor AsyncLock {
    public init() {}
    private var held = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    public func acquire() async {
        if !held { held = true; return }
        await withCheckedContinuation { waiters.append($0) }
    }

    public func release() {
        if waiters.isEmpty { held = false } else { waiters.removeFirst().resume() }
    }

    public func withLock<R: Sendable>(_ body: @Sendable () async throws -> R) async throws -> R {
        await acquire()
        do {
            let result = try await body()
            release()
            return result
        } catch {
            release()
            throw error
        }
    }
}

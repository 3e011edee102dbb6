import Logging

/// Moves the usage and search counts from memory to the database: every `interval` while the server
/// runs, and once more at shutdown. A flush that fails keeps its counts for the next one, so it is
/// logged and the loop goes on rather than stopping the server.
public struct DemandFlusher: Sendable {
    let usage: UsageCounter
    let searches: SearchLog
    let logger: Logger

    public static let interval: Duration = .seconds(10)

    public init(usage: UsageCounter, searches: SearchLog, logger: Logger) {
        self.usage = usage
        self.searches = searches
        self.logger = logger
    }

    public func flush() async {
        do { try await usage.flush() } catch {
            logger.error("usage counts not written; kept for the next flush", metadata: ["error": "\(String(reflecting: error))"])
        }
        do { try await searches.flush() } catch {
            logger.error("search log not written; kept for the next flush", metadata: ["error": "\(String(reflecting: error))"])
        }
    }

    /// Flushes every `interval` until the task is cancelled (the shutdown flush is the caller's).
    public func run(every interval: Duration = interval) async {
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            await flush()
        }
    }
}

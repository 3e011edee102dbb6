import Logging
import NIOCore
import NIOPosix
import PostgresNIO

/// Keeps one connection LISTENing on the channel the writers NOTIFY, and moves a `ChangeSignal` on
/// every notification; reconnects after a second when the connection drops, and marks the signal
/// not live meanwhile so readers fall back to asking the database.
final class PostgresChangeListener: Sendable {
    private let task: Task<Void, Never>

    init(configuration: PostgresConnection.Configuration, channel: String, signal: ChangeSignal, logger: Logger) {
        task = Task {
            while !Task.isCancelled {
                do {
                    let connection = try await PostgresConnection.connect(
                        on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration, id: 0, logger: logger)
                    do {
                        try await connection.listen(on: channel) { notifications in
                            signal.setLive(true)
                            for try await _ in notifications { signal.changed() }
                        }
                    } catch {
                        try? await connection.close()
                        throw error
                    }
                    try? await connection.close()
                } catch {
                    if !Task.isCancelled { logger.warning("change listener lost its connection; retrying", metadata: ["error": "\(error)"]) }
                }
                signal.setLive(false)
                try? await Task.sleep(for: .seconds(1))
            }
        }
    }

    func stop() {
        task.cancel()
    }
}

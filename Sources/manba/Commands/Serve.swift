import ArgumentParser
import ManbaHTTP

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Serve the web pages and APIs until stopped (SIGTERM/SIGINT finish requests in flight).")

    @Option(help: "Address to listen on (default 127.0.0.1, or MANBA_HOST).") var host: String?
    @Option(help: "Port to listen on (default 8080, or MANBA_PORT).") var port: Int?

    func run() async throws {
        let configuration = ServerConfiguration.fromEnvironment(host: host, port: port)
        try await ManbaCommand.withServices(uploadLimit: configuration.uploadLimit) { services, logger in
            try await ManbaApplication.serve(services: services, configuration: configuration, logger: logger)
        }
    }
}

import Foundation

/// Settings of a running server, from flags and `MANBA_*` variables.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// Largest accepted upload in bytes (`MANBA_UPLOAD_LIMIT`, default 100 MiB).
    public var uploadLimit: Int
    /// Largest accepted JSON request body in bytes.
    public var jsonLimit: Int
    /// Public address used in links that leave the site (API `help` URLs, resource URLs).
    public var siteURL: String

    public init(host: String = "127.0.0.1", port: Int = 8080, uploadLimit: Int = 100 * 1024 * 1024,
                jsonLimit: Int = 20 * 1024 * 1024, siteURL: String? = nil) {
        self.host = host
        self.port = port
        self.uploadLimit = uploadLimit
        self.jsonLimit = jsonLimit
        self.siteURL = siteURL ?? "http://\(host == "0.0.0.0" ? "localhost" : host):\(port)"
    }

    public static func fromEnvironment(host: String?, port: Int?, _ env: [String: String] = ProcessInfo.processInfo.environment) -> ServerConfiguration {
        let h = host ?? env["MANBA_HOST"] ?? "127.0.0.1"
        let p = port ?? env["MANBA_PORT"].flatMap(Int.init) ?? 8080
        let limit = env["MANBA_UPLOAD_LIMIT"].flatMap(Int.init) ?? 100 * 1024 * 1024
        return ServerConfiguration(host: h, port: p, uploadLimit: limit, siteURL: env["MANBA_SITE_URL"])
    }
}

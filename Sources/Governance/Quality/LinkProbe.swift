import Foundation

/// One HTTP request of the link check, answered without following redirects: the checker follows them
/// itself, so it can refuse a redirect to a scheme other than http(s) before anything is fetched.
public protocol LinkProbe: Sendable {
    func send(_ method: LinkProbeMethod, to url: URL, timeout: TimeInterval) async throws(LinkProbeError) -> LinkProbeResponse
}

public enum LinkProbeMethod: String, Sendable {
    /// The cheap question "is it there?".
    case head = "HEAD"
    /// For servers that refuse HEAD: a GET that asks for the first byte only (`Range: bytes=0-0`).
    case rangedGet = "GET"
}

public struct LinkProbeResponse: Sendable, Equatable {
    public var statusCode: Int
    /// The `Location` header as sent, possibly relative.
    public var location: String?

    public init(statusCode: Int, location: String? = nil) {
        self.statusCode = statusCode; self.location = location
    }
}

/// Why no HTTP answer came, in words a publisher understands.
public enum LinkProbeError: Error, Sendable, Equatable, CustomStringConvertible {
    case timedOut
    case connectionRefused
    case hostNotFound
    case transport(String)

    public var description: String {
        switch self {
        case .timedOut: "no answer within the time limit"
        case .connectionRefused: "connection refused"
        case .hostNotFound: "host not found"
        case .transport(let reason): reason
        }
    }
}

/// Why a mail did not go: kept in the outbox's `last_error` and retried later.
public enum SMTPError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The server could not be reached (refused, unresolvable, no answer within the connect timeout).
    case connectionFailed(String)
    /// The server answered a command with a code outside 2xx/3xx, or not the one the command needs.
    case rejected(command: String, code: Int, text: String)
    /// No (complete) reply within the reply timeout.
    case timeout(String)
    /// The server closed the connection before replying.
    case connectionClosed(String)
    /// A reply that is not SMTP.
    case malformedReply(String)
    /// An address that cannot be put into SMTP as it is.
    case invalidAddress(String)
    /// A username is configured but the server offers neither AUTH PLAIN nor AUTH LOGIN.
    case authenticationUnavailable

    public var description: String {
        switch self {
        case .connectionFailed(let reason): "cannot connect to the SMTP server: \(reason)"
        case .rejected(let command, let code, let text): "the SMTP server answered \(command) with \(code) \(text)"
        case .timeout(let waitingFor): "no reply from the SMTP server (waiting for \(waitingFor))"
        case .connectionClosed(let waitingFor): "the SMTP server closed the connection (waiting for \(waitingFor))"
        case .malformedReply(let line): "not an SMTP reply: \(line.prefix(100))"
        case .invalidAddress(let address): "not a plain e-mail address: \(address.prefix(100))"
        case .authenticationUnavailable: "a username is configured but the SMTP server offers neither AUTH PLAIN nor AUTH LOGIN"
        }
    }

    /// 5xx: the server will not take this mail as it is. Still retried (rarely), as a permanent
    /// error is often a configuration mistake that someone fixes.
    public var isPermanent: Bool {
        if case .rejected(_, let code, _) = self { return code >= 500 }
        return false
    }
}

/// Whatever carries a mail away: the SMTP client in production, something else in a test.
/// `send` returns once the mail is accepted and throws when it is not; the outbox keeps it either way
/// until it is accepted.
public protocol MailTransport: Sendable {
    func send(_ message: MailMessage) async throws
}

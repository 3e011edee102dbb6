import Foundation

/// One mail of the outbox: a plain text in any language to one recipient.
public struct MailMessage: Sendable, Equatable {
    /// The outbox id: it becomes the Message-ID, which stays the same on every retry, so a receiver
    /// that got a mail whose acknowledgement was lost can recognise the second copy.
    public var id: String
    public var recipient: String
    public var subject: String
    public var body: String
    /// When the mail was queued (the Date header).
    public var date: Date

    public init(id: String, recipient: String, subject: String, body: String, date: Date) {
        self.id = id; self.recipient = recipient; self.subject = subject; self.body = body; self.date = date
    }
}

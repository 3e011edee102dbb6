/// A message in a cabinet inbox: an organisation's, or (with no organisation) the monitoring staff's.
/// One read flag per notice: an organisation's editors share their inbox.
public struct Notice: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A deadline is near.
        case upcoming
        /// A deadline has just passed with nothing published.
        case missed
        /// The weekly reminder while a deadline stays missed.
        case overdue
        /// The daily summary for the monitoring staff.
        case digest
        /// Anything other parts post: data requests, feedback.
        case message
        /// A mail to someone outside the portal's organisations (the person who asked for data). It is
        /// in no inbox: the notice row only carries the mail and its dedupe key.
        case outside
    }

    public let id: String
    /// Nil for the monitoring staff's inbox.
    public var organisationID: String?
    public var obligationID: String?
    public var kind: Kind
    /// The event the notice is about; a second notice with the same key is never stored.
    public var dedupeKey: String
    public var subject: String
    public var body: String
    public var created: String
    public var readAt: String?

    public init(id: String, organisationID: String?, obligationID: String?, kind: Kind, dedupeKey: String,
                subject: String, body: String, created: String, readAt: String?) {
        self.id = id; self.organisationID = organisationID; self.obligationID = obligationID; self.kind = kind
        self.dedupeKey = dedupeKey; self.subject = subject; self.body = body; self.created = created; self.readAt = readAt
    }

    public var isRead: Bool { readAt != nil }
}

/// A notice to deliver: what the planner decides and other parts post, before it has an id.
public struct NoticeDraft: Sendable, Equatable {
    public var organisationID: String?
    public var obligationID: String?
    public var kind: Notice.Kind
    public var dedupeKey: String
    public var subject: String
    public var body: String
    /// Who gets the mail when it is not the organisation's editors or the staff (kind `outside`).
    public var recipients: [String]?

    public init(organisationID: String?, obligationID: String? = nil, kind: Notice.Kind, dedupeKey: String, subject: String, body: String,
                recipients: [String]? = nil) {
        self.organisationID = organisationID; self.obligationID = obligationID; self.kind = kind
        self.dedupeKey = dedupeKey; self.subject = subject; self.body = body; self.recipients = recipients
    }
}

/// A request for data that is not published (A3): anyone may make one, the organisation responsible
/// answers it, and everyone can follow it and add their support.
public struct DataRequest: Sendable, Equatable {
    public let id: String
    public var title: String
    public var description: String
    /// Nil until someone names the organisation responsible (the requester, or the monitoring staff).
    public var organisationID: String?
    public var status: DataRequestStatus
    /// The dataset that answers the request, once published.
    public var datasetID: String?
    public var declineReason: String?
    public var created: String
    public var modified: String
    /// When the organisation received it (submission, or routing by the staff).
    public var routed: String?
    public var answerDue: String?
    public var accepted: String?
    public var publishDue: String?
    public var closed: String?
    public var supporters: Int
    /// Who asked; nil unless the reader is the organisation, the monitoring staff or the requester.
    public var requester: Requester?
    /// The deadline missed as of when the request was read, if any.
    public var overdue: DataRequestOverdue?

    public struct Requester: Sendable, Equatable {
        public var name: String?
        public var email: String?
        public var userID: String?
    }

    public init(id: String, title: String, description: String, organisationID: String?, status: DataRequestStatus,
                datasetID: String? = nil, declineReason: String? = nil, created: String, modified: String, routed: String? = nil,
                answerDue: String? = nil, accepted: String? = nil, publishDue: String? = nil, closed: String? = nil,
                supporters: Int = 0, requester: Requester? = nil, overdue: DataRequestOverdue? = nil) {
        self.id = id; self.title = title; self.description = description; self.organisationID = organisationID
        self.status = status; self.datasetID = datasetID; self.declineReason = declineReason; self.created = created
        self.modified = modified; self.routed = routed; self.answerDue = answerDue; self.accepted = accepted
        self.publishDue = publishDue; self.closed = closed; self.supporters = supporters; self.requester = requester
        self.overdue = overdue
    }
}

/// One change in a request's life, shown on its page: who, when, from which status to which, and why.
public struct DataRequestEvent: Sendable, Equatable {
    public enum Action: String, Sendable, Codable {
        /// The request was made; the actor is never named, the requester stays private.
        case submitted
        /// The monitoring staff sent it to the organisation responsible.
        case routed
        case statusChanged = "status"
    }

    public let sequence: Int
    public let at: String
    /// The user who acted; "" for the requester.
    public let actor: String
    public let action: Action
    public let from: DataRequestStatus?
    public let to: DataRequestStatus
    /// For routing: the organisation it was sent to.
    public let organisationID: String?
    public let note: String?
}

/// Which requests a list shows, and in what order.
public struct DataRequestFilter: Sendable, Equatable {
    public enum Sort: String, Sendable, CaseIterable {
        case newest
        /// Most supporters first: what the public wants most.
        case supported
    }

    public var status: DataRequestStatus?
    /// Organisation id or name.
    public var organisation: String?
    /// Only requests that have missed their answer or publication deadline.
    public var overdueOnly = false
    public var sort: Sort = .newest
    public var limit = 20
    public var offset = 0

    public static let maxLimit = 200

    public init(status: DataRequestStatus? = nil, organisation: String? = nil, overdueOnly: Bool = false, sort: Sort = .newest,
                limit: Int = 20, offset: Int = 0) {
        self.status = status; self.organisation = organisation; self.overdueOnly = overdueOnly; self.sort = sort
        self.limit = limit; self.offset = offset
    }
}

/// A page of requests and how many match in all.
public struct DataRequestPage: Sendable {
    public let total: Int
    public let requests: [DataRequest]
}

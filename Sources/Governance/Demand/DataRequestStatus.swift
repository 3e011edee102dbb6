/// Where a data request stands. The organisation answers a submitted request by accepting or declining
/// it, works on an accepted one, and closes it by publishing the dataset or declining with a reason.
/// Published and declined are final: a closed request is not reopened, a new one is asked instead, so the
/// record of how the organisation answered stays as it was.
public enum DataRequestStatus: String, Sendable, Codable, CaseIterable {
    case submitted
    case accepted
    case inProgress = "in_progress"
    case published
    case declined

    /// The statuses this one may change to.
    public var next: [DataRequestStatus] {
        switch self {
        case .submitted: return [.accepted, .declined]
        case .accepted: return [.inProgress, .published, .declined]
        case .inProgress: return [.published, .declined]
        case .published, .declined: return []
        }
    }

    public func mayChange(to status: DataRequestStatus) -> Bool { next.contains(status) }

    public var isClosed: Bool { self == .published || self == .declined }
}

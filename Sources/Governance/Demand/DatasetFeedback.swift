/// A rating (1-5) and comment on a dataset. It goes to the publishing organisation, whose editors (or the
/// monitoring staff) approve or reject it; only approved feedback is public and counts in the average.
public struct DatasetFeedback: Sendable, Equatable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        case pending, approved, rejected
    }

    public let id: String
    public let datasetID: String
    /// The organisation that published the dataset when the feedback came: it moderates and answers it.
    public let organisationID: String
    public let rating: Int
    public let comment: String
    /// A name the author chose to show with the comment; nothing else about them is shown.
    public let authorName: String?
    public var status: Status
    public let created: String
    public var moderated: String?
    public var moderatedBy: String?

    public static let ratings = 1...5
    public static let maxCommentLength = 2000
}

/// The average of a dataset's approved ratings and how many there are.
public struct FeedbackSummary: Sendable, Equatable {
    public let average: Double?
    public let count: Int

    public init(average: Double?, count: Int) {
        self.average = average
        self.count = count
    }
}

/// The quality of one organisation's datasets taken together: the input the openness index takes
/// from quality. Averages are over the datasets the asking principal may see (the public ones for the
/// index), so anyone can recompute them from the public catalogue.
public struct OrganisationQuality: Sendable, Equatable {
    /// A dataset's place in the average.
    public struct Entry: Sendable, Equatable {
        public var datasetID: String
        public var datasetName: String
        public var score: Int
        public var stars: Int
    }

    public var organisationID: String
    public var organisationName: String
    /// Every dataset's score, by name.
    public var datasets: [Entry]
    /// Mean score (0-100); nil when the organisation has no dataset to score.
    public var averageScore: Double?
    /// Mean 5-star level (0-5); nil when there is no dataset.
    public var averageStars: Double?
    /// How many datasets have 0, 1, ... 5 stars.
    public var starCounts: [Int]
    /// The share of datasets (0-1) that meet each criterion, to show what the organisation most often misses.
    public var passRates: [QualityCriterion: Double]

    public init(organisationID: String, organisationName: String, scores: [QualityScore]) {
        self.organisationID = organisationID
        self.organisationName = organisationName
        datasets = scores.map { Entry(datasetID: $0.datasetID, datasetName: $0.datasetName, score: $0.score, stars: $0.stars) }
        let n = Double(scores.count)
        averageScore = scores.isEmpty ? nil : Double(scores.map(\.score).reduce(0, +)) / n
        averageStars = scores.isEmpty ? nil : Double(scores.map(\.stars).reduce(0, +)) / n
        starCounts = (0...5).map { level in scores.count { $0.stars == level } }
        var rates: [QualityCriterion: Double] = [:]
        if !scores.isEmpty {
            for criterion in QualityCriterion.allCases {
                rates[criterion] = Double(scores.count { $0.checks.contains { $0.criterion == criterion && $0.passed } }) / n
            }
        }
        passRates = rates
    }
}

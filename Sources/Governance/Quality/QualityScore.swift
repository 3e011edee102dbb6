import Foundation
import ManbaCore
import OpenData

/// One criterion as a dataset met it or not.
public struct QualityCheck: Sendable, Equatable {
    public var criterion: QualityCriterion
    public var passed: Bool

    public var id: String { criterion.id }
    public var weight: Int { criterion.weight }
    public var title: LocalizedText { criterion.title }
    /// What to do about it; nil when the criterion is met.
    public var fixHint: LocalizedText? { passed ? nil : criterion.fixHint }
}

/// A dataset's quality score (0-100: the weights of the criteria it meets), its 5-star level, and what to
/// fix. Computed on request from the dataset, its update history and the latest link checks.
public struct QualityScore: Sendable, Equatable {
    public var datasetID: String
    public var datasetName: String
    public var organisationID: String
    public var score: Int
    public var stars: Int
    /// Every criterion, in the order of `QualityCriterion.allCases`.
    public var checks: [QualityCheck]
    /// The link resources whose last check failed, to say which links to fix.
    public var brokenLinks: [LinkCheck]
    public var lastDataUpdate: String?
    public var computed: String

    public var failed: [QualityCheck] { checks.filter { !$0.passed } }

    /// Applies every criterion and the star rules to a dataset.
    public init(_ dataset: Dataset, evidence: QualityEvidence) {
        datasetID = dataset.id
        datasetName = dataset.name
        organisationID = dataset.ownerOrg
        checks = QualityCriterion.allCases.map { QualityCheck(criterion: $0, passed: QualityCriteria.passes($0, dataset, evidence)) }
        score = checks.filter(\.passed).map(\.weight).reduce(0, +)
        stars = OpenDataStars.level(of: dataset)
        brokenLinks = QualityCriteria.brokenLinks(dataset, evidence.linkChecks)
        lastDataUpdate = evidence.lastDataUpdate.map(Timestamp.string)
        computed = Timestamp.string(evidence.now)
    }
}

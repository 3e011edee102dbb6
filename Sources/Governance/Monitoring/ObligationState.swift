import Foundation

/// One obligation as the monitoring found it on a day: its status and what is due next.
/// Notices, the cabinet and snapshots all start from these.
public struct ObligationState: Sendable {
    public var obligation: Obligation
    public var assessment: ObligationAssessment
    /// The next deadline still to be met, on or after the day (nil when none is scheduled).
    public var nextDeadline: Date?
    /// The period that next deadline is for (nil for irregular and on-change obligations).
    public var nextPeriod: ReportingPeriod?
    /// Whether the linked dataset is active, public and unclassified: only then may its id be shown to anyone.
    public var datasetIsPublic: Bool

    public init(obligation: Obligation, assessment: ObligationAssessment, nextDeadline: Date?, nextPeriod: ReportingPeriod?,
                datasetIsPublic: Bool = false) {
        self.obligation = obligation; self.assessment = assessment; self.nextDeadline = nextDeadline; self.nextPeriod = nextPeriod
        self.datasetIsPublic = datasetIsPublic
    }
}

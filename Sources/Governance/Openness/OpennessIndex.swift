import Foundation

/// An organisation's openness index (0-100), as the monitoring department scores bodies each year
/// (89, 88, 83, 79, 79 in 2022). Three parts, each 0-100:
///   timeliness     — compliance in the latest monitoring snapshot (share of due obligations on time);
///   quality        — the average quality score of its public datasets (docs/quality.md);
///   responsiveness — the share of data requests it answered (accepted or declined) by the answer deadline.
/// index = 0.5 × timeliness + 0.3 × quality + 0.2 × responsiveness. A part with nothing to measure
/// (no obligation due yet, no public dataset, no request whose answer was due) is left out and the
/// weights of the others are scaled up to sum to 1, so a body is not rewarded or punished for it.
/// Every part is read from stored data, so the ranking can be reproduced (docs/monitoring.md).
public struct OpennessIndex: Sendable, Equatable {
    public static let weights = (timeliness: 0.5, quality: 0.3, responsiveness: 0.2)

    public var organisationID: String
    public var timeliness: Double?
    public var quality: Double?
    public var responsiveness: Double?
    /// Data requests whose answer was due, and how many were answered in time.
    public var requestsDue: Int
    public var requestsAnsweredInTime: Int

    public init(organisationID: String, timeliness: Double?, quality: Double?, requestsDue: Int, requestsAnsweredInTime: Int) {
        self.organisationID = organisationID; self.timeliness = timeliness; self.quality = quality
        self.requestsDue = requestsDue; self.requestsAnsweredInTime = requestsAnsweredInTime
        responsiveness = requestsDue == 0 ? nil : Double(requestsAnsweredInTime) * 100 / Double(requestsDue)
    }

    /// The index, rounded to one decimal; nil when none of the three parts can be measured.
    public var value: Double? {
        let parts = [(timeliness, Self.weights.timeliness), (quality, Self.weights.quality), (responsiveness, Self.weights.responsiveness)]
            .compactMap { part, weight in part.map { ($0, weight) } }
        let total = parts.reduce(0) { $0 + $1.1 }
        guard total > 0 else { return nil }
        return (parts.reduce(0) { $0 + $1.0 * $1.1 } / total * 10).rounded() / 10
    }
}

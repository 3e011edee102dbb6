import Foundation

/// A dated, immutable record of compliance on one day, as sent to the Cabinet of Ministers and others.
public struct MonitoringSnapshot: Sendable, Codable, Equatable {
    public let id: String
    /// The day the statuses were computed for (yyyy-MM-dd).
    public var asOf: String
    public var created: String
    public var createdBy: String
    /// scheduled, manual or command.
    public var trigger: String
    public var listID: String?
    public var totals: ComplianceCounts
}

/// How many obligations stood where, and the compliance that follows.
public struct ComplianceCounts: Sendable, Codable, Equatable {
    public var obligations = 0
    public var onTime = 0
    public var late = 0
    public var overdue = 0
    public var missing = 0

    public init() {}

    /// Obligations that had a deadline behind them on the day.
    public var due: Int { onTime + late + overdue + missing }
    public var notYetDue: Int { obligations - due }

    /// Per cent of due obligations published on time; nil when nothing was due yet.
    /// Late publication earns no credit: the rule the monitoring reports to the Cabinet is timeliness.
    public var compliance: Double? {
        due == 0 ? nil : (Double(onTime) * 1000 / Double(due)).rounded() / 10
    }

    public mutating func add(_ status: ObligationStatus) {
        obligations += 1
        switch status {
        case .onTime: onTime += 1
        case .late: late += 1
        case .overdue: overdue += 1
        case .missing: missing += 1
        case .notYetDue: break
        }
    }
}

/// One organisation's line in a snapshot.
public struct OrganisationResult: Sendable, Codable, Equatable {
    public var snapshotID: String
    public var organisationID: String
    /// 1 for the best compliance; organisations with nothing due come last.
    public var rank: Int
    public var counts: ComplianceCounts
    /// The same figures for socially significant data (decree PF-6247, annex 1) alone.
    public var significant: ComplianceCounts
}

/// One obligation's line in a snapshot.
public struct ObligationResult: Sendable, Codable, Equatable {
    public var obligationID: String
    public var organisationID: String
    public var status: ObligationStatus
    public var period: String?
    public var deadline: String?
    public var published: String?
    public var sociallySignificant: Bool
}

extension ObligationStatus: Codable {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let code = try c.decode(String.self, forKey: .status)
        guard let value = ObligationStatus(code: code, days: try c.decodeIfPresent(Int.self, forKey: .days)) else {
            throw DecodingError.dataCorruptedError(forKey: .status, in: c, debugDescription: "Unknown status \(code)")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .status)
        try c.encodeIfPresent(days, forKey: .days)
    }

    enum CodingKeys: String, CodingKey { case status, days }
}

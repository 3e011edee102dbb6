import Foundation
import ManbaCore
import OpenData

/// One item of an obligation list: an organisation must publish a dataset with a periodicity, by a
/// number of days after each period ends.
public struct Obligation: Sendable, Codable, Equatable {
    public let id: String
    public var listID: String
    /// Position in the list, as numbered in the approving document.
    public var number: Int
    public var organisationID: String
    /// The dataset that fulfils the obligation; nil while it has not been created.
    public var datasetID: String?
    /// The dataset's title as the list names it (used when no dataset exists yet).
    public var title: String
    public var periodicity: Frequency
    /// Days after a period ends by which its data must be published (0: by the end of the period).
    public var deadlineDays: Int
    public var sociallySignificant: Bool
    /// The legal basis for socially significant data, e.g. "PF-6247, annex 1, item 12".
    public var legalReference: String?
    /// The first day the obligation applies (yyyy-MM-dd).
    public var startsOn: String

    public init(id: String, listID: String, number: Int, organisationID: String, datasetID: String?, title: String,
                periodicity: Frequency, deadlineDays: Int, sociallySignificant: Bool, legalReference: String?, startsOn: String) {
        self.id = id; self.listID = listID; self.number = number; self.organisationID = organisationID; self.datasetID = datasetID
        self.title = title; self.periodicity = periodicity; self.deadlineDays = deadlineDays
        self.sociallySignificant = sociallySignificant; self.legalReference = legalReference; self.startsOn = startsOn
    }

    /// The deadline rule in words, as approving documents write it.
    public var deadlineRule: String { DeadlineRule.describe(periodicity: periodicity, days: deadlineDays) }
}

/// Deadline rules as written in approving documents and list files: "within 15 days after the period
/// ends", "15", "by the end of the period".
public enum DeadlineRule {
    public static func describe(periodicity: Frequency, days: Int) -> String {
        switch periodicity {
        case .irregular, .onChange: return days == 0 ? "at once" : "within \(days) days"
        default: return days == 0 ? "by the end of the period" : "within \(days) days after the period ends"
        }
    }

    /// The longest grace a periodicity allows: data later than this belongs to a period after the next,
    /// and each extra day of grace is a period more the monitoring has to look back on.
    public static func maximumDays(_ periodicity: Frequency) -> Int {
        switch periodicity {
        case .daily: 31
        case .weekly: 62
        default: 366
        }
    }

    /// Reads a number of days from a rule as lists write it; nil when there is no number to be found
    /// and the rule is not "by the end of the period"/"at once".
    public static func days(from text: String) -> Int? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let n = Int(t), n >= 0, n <= 3660 { return n }
        if t.isEmpty || t.contains("end of") || t == "at once" || t.contains("oxirigacha") || t.contains("до конца") { return 0 }
        let digits = t.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard digits.count == 1, let n = digits.first, n <= 3660 else { return nil }
        return n
    }
}

import Foundation
import ManbaCore

/// A snapshot as rows for CSV and XLSX files: a heading block naming the letter, then one row per
/// organisation. The column headings come from the caller, in the language of the request.
public enum SnapshotTable {
    public struct Headings: Sendable {
        public var recipient, letterNumber, letterDate, asOf, rank, organisation, obligations, due, onTime, late, overdue, missing,
                   compliance, significantDue, significantOnTime, significantCompliance: String
        public init(recipient: String, letterNumber: String, letterDate: String, asOf: String, rank: String, organisation: String,
                    obligations: String, due: String, onTime: String, late: String, overdue: String, missing: String, compliance: String,
                    significantDue: String, significantOnTime: String, significantCompliance: String) {
            self.recipient = recipient; self.letterNumber = letterNumber; self.letterDate = letterDate; self.asOf = asOf; self.rank = rank
            self.organisation = organisation; self.obligations = obligations; self.due = due; self.onTime = onTime; self.late = late
            self.overdue = overdue; self.missing = missing; self.compliance = compliance; self.significantDue = significantDue
            self.significantOnTime = significantOnTime; self.significantCompliance = significantCompliance
        }
    }

    /// Letter lines (label, value) to put above the table.
    public static func letter(_ snapshot: MonitoringSnapshot, export: SnapshotExport?, _ h: Headings) -> [(String, String)] {
        var lines: [(String, String)] = []
        if let export {
            lines.append((h.recipient, export.recipient))
            lines.append((h.letterNumber, export.letterNumber))
            lines.append((h.letterDate, export.letterDate))
        }
        lines.append((h.asOf, snapshot.asOf))
        return lines
    }

    public static func header(_ h: Headings) -> [String] {
        [h.rank, h.organisation, h.obligations, h.due, h.onTime, h.late, h.overdue, h.missing, h.compliance,
         h.significantDue, h.significantOnTime, h.significantCompliance]
    }

    /// One row per organisation, as numbers where they are numbers (nil compliance: nothing was due).
    public static func rows(_ results: [OrganisationResult], names: [String: String]) -> [[Value]] {
        results.map { r in
            [.number(Double(r.rank)), .text(names[r.organisationID] ?? r.organisationID), .number(Double(r.counts.obligations)),
             .number(Double(r.counts.due)), .number(Double(r.counts.onTime)), .number(Double(r.counts.late)), .number(Double(r.counts.overdue)),
             .number(Double(r.counts.missing)), r.counts.compliance.map(Value.number) ?? .text(""), .number(Double(r.significant.due)),
             .number(Double(r.significant.onTime)), r.significant.compliance.map(Value.number) ?? .text("")]
        }
    }

    public enum Value: Sendable, Equatable {
        case text(String)
        case number(Double)

        public var text: String {
            switch self {
            case .text(let t): return t
            case .number(let n): return NumberText.compact(n)
            }
        }
    }
}

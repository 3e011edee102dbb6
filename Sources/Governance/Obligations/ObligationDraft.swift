import Foundation
import ManbaCore
import OpenData

/// One item as a person or a list file gives it: everything as text, checked by `ObligationStore`
/// against the organisations and datasets that exist.
public struct ObligationDraft: Sendable, Equatable {
    public var number: String
    /// The organisation's name (slug) or id.
    public var organisation: String
    /// The dataset's name or id; empty while the dataset is still to be created.
    public var dataset: String
    public var title: String
    public var periodicity: String
    public var deadline: String
    public var sociallySignificant: String
    public var legalReference: String
    /// yyyy-MM-dd or dd.MM.yyyy; empty: from the day the list is approved.
    public var startsOn: String

    public init(number: String = "", organisation: String = "", dataset: String = "", title: String = "", periodicity: String = "",
                deadline: String = "", sociallySignificant: String = "", legalReference: String = "", startsOn: String = "") {
        self.number = number; self.organisation = organisation; self.dataset = dataset; self.title = title
        self.periodicity = periodicity; self.deadline = deadline; self.sociallySignificant = sociallySignificant
        self.legalReference = legalReference; self.startsOn = startsOn
    }

    /// The columns of list files, in order. Import also accepts them in any order by these names.
    public static let columns = ["number", "organization", "dataset", "title", "periodicity", "deadline_days",
                                 "socially_significant", "legal_reference", "starts_on"]

    public init(_ obligation: Obligation, organisationName: String, datasetName: String?) {
        self.init(number: String(obligation.number), organisation: organisationName, dataset: datasetName ?? "",
                  title: obligation.title, periodicity: obligation.periodicity.rawValue, deadline: String(obligation.deadlineDays),
                  sociallySignificant: obligation.sociallySignificant ? "yes" : "no", legalReference: obligation.legalReference ?? "",
                  startsOn: obligation.startsOn)
    }

    public var row: [String] {
        [number, organisation, dataset, title, periodicity, deadline, sociallySignificant, legalReference, startsOn]
    }

    /// Reads a flag as lists write it: yes/no, ha/yoʻq, да/нет, 1/0, true/false, x.
    static func flag(_ text: String) -> Bool? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "", "no", "0", "false", "yoʻq", "yo'q", "йўқ", "нет", "не", "n": return false
        case "yes", "1", "true", "ha", "ҳа", "да", "x", "y", "+": return true
        default: return nil
        }
    }
}

/// How often a publisher promises to update a dataset; the obligation monitoring counts on it.
public enum Frequency: String, Sendable, Codable, CaseIterable {
    case daily, weekly, monthly, quarterly, semiannual, annual, irregular
    case onChange = "on_change"

    /// Also accepts the words CKAN portals and DCAT use (`annually`, `half-yearly`, `biannual`, ...).
    public init?(code: String) {
        let c = code.lowercased().replacingOccurrences(of: "-", with: "_")
        switch c {
        case "annually", "yearly": self = .annual
        case "half_yearly", "biannual", "semiannually": self = .semiannual
        case "continuous", "as_needed", "on change", "onchange": self = .onChange
        default:
            guard let value = Frequency(rawValue: c) else { return nil }
            self = value
        }
    }
}

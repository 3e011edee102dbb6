import ManbaCore

/// Who may see a dataset. Written once and used both for single records and inside the search index,
/// so a listing, a count and a facet can never disagree with what a record page would allow.
enum Visibility {
    static func mayRead(state: String, isPrivate: Bool, classification: Classification, ownerOrg: String,
                        principal: Principal, includePrivate: Bool = true) -> Bool {
        guard state == "active", principal.mayRead(classification: classification) else { return false }
        guard isPrivate else { return true }
        return includePrivate && principal.role(in: ownerOrg) != nil
    }
}

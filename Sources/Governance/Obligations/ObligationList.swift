import Foundation

/// One version of the approved list of datasets that organisations must publish ("protocol No. 2,
/// annex 7, 2 Apr 2021"). A list is prepared as a draft, approved once, and never changed after:
/// changes come as the next version. The list in force on a day is the latest approved on or before it.
public struct ObligationList: Sendable, Codable, Equatable {
    public enum State: String, Sendable, Codable { case draft, approved }

    public let id: String
    public var version: Int
    public var state: State
    /// The approval date (yyyy-MM-dd); nil while a draft.
    public var approvedOn: String?
    /// The approving document, e.g. "protocol No. 2, annex 7".
    public var reference: String
    /// Why the list was revised before a year had passed or after the 1 December deadline.
    public var revisionReason: String?
    public var created: String
    public var createdBy: String
    public var itemCount: Int

    public init(id: String, version: Int, state: State, approvedOn: String?, reference: String, revisionReason: String?,
                created: String, createdBy: String, itemCount: Int = 0) {
        self.id = id; self.version = version; self.state = state; self.approvedOn = approvedOn; self.reference = reference
        self.revisionReason = revisionReason; self.created = created; self.createdBy = createdBy; self.itemCount = itemCount
    }
}

/// Exact counts of an import run, as the command prints them.
public struct MARCImportReport: Sendable, Equatable {
    /// Records read from the input, good and bad.
    public var read = 0
    /// New contributed records.
    public var imported = 0
    /// Records already in the catalogue whose content changed.
    public var updated = 0
    /// Records already in the catalogue, unchanged (a re-run).
    public var unchanged = 0
    /// New records recognised as an edition the catalogue already had (their holdings joined it).
    public var merged = 0
    /// Records that could not be decoded, kept in the quarantine with the reason and byte offset.
    public var quarantined = 0
    /// Records the source marked deleted (Leader/05 'd', or an OAI-PMH deleted header) and taken out.
    public var withdrawn = 0

    public init() {}

    public mutating func add(_ other: MARCImportReport) {
        read += other.read; imported += other.imported; updated += other.updated; unchanged += other.unchanged
        merged += other.merged; quarantined += other.quarantined; withdrawn += other.withdrawn
    }

    public var summary: String {
        "read \(read), imported \(imported), updated \(updated), unchanged \(unchanged), merged into existing records \(merged), quarantined \(quarantined), withdrawn \(withdrawn)"
    }
}

/// A record the importer could not take, with where it was.
public struct QuarantinedRecord: Sendable, Equatable {
    public var fileName: String
    public var offset: Int
    public var reason: String
}

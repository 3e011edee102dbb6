import Foundation

/// A record of the union catalogue as people see it: one edition, described by the first library that
/// contributed it, with the holdings of every library that did.
public struct WorkRecord: Sendable {
    public let id: Int64
    public let datestamp: String
    public let sources: [ContributedRecord]

    /// The description shown: the earliest contributed record's.
    public var primary: ContributedRecord { sources[0] }
    public var summary: RecordSummary { primary.summary }

    /// Every library's holdings; a contributor whose record names no holdings counts as holding a copy.
    public var holdings: [Holding] {
        var all: [Holding] = []
        for source in sources {
            let own = source.summary.holdings
            all += own.isEmpty ? [Holding(libraryCode: source.library)] : own
        }
        return all
    }

    /// The primary record with the holdings fields of every contributed record (OAI-PMH's
    /// marc21_withholdings, SRU, export); without them when `withHoldings` is false.
    public func record(withHoldings: Bool) -> MARCRecord {
        let holdingTag = primary.flavour == .unimarc ? "899" : "852"
        var record = primary.record
        record.fields.removeAll { $0.tag == holdingTag }
        guard withHoldings else { return record }
        for source in sources {
            let fields = source.record.fields(holdingTag)
            record.fields += fields.isEmpty
                ? [MARCField(tag: holdingTag, subfields: [MARCSubfield(code: primary.flavour == .unimarc ? "1" : "a", value: source.library)])]
                : fields
        }
        return record
    }
}

/// One library's record as it contributed it (converted to UTF-8).
public struct ContributedRecord: Sendable {
    public let key: String
    public let library: String
    public let flavour: MARCFlavour
    public let characterSet: MARCCharacterSet
    public let record: MARCRecord
    /// Worked out when asked: lists that only pass records on (OAI-PMH, SRU) never need it.
    public var summary: RecordSummary { RecordSummary(record, flavour: flavour) }
}

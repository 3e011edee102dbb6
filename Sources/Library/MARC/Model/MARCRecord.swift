/// A bibliographic, authority or holdings record: the 24-character leader and the fields in order.
///
/// The record is a plain value, independent of how it was serialised: the character set it came in is
/// reported beside it by the readers, and the writers compute lengths, base address and the character
/// set declaration afresh.
public struct MARCRecord: Sendable, Hashable {
    /// 24 characters. Positions 0-4 (record length) and 12-16 (base address of data) are recomputed
    /// by the ISO 2709 writer; a new record may leave them as zeros.
    public var leader: String
    public var fields: [MARCField]

    /// A leader for a new MARC 21 bibliographic record (language material, monograph, Unicode).
    public static let defaultLeader = "00000nam a2200000 i 4500"

    public init(leader: String = MARCRecord.defaultLeader, fields: [MARCField] = []) {
        self.leader = leader
        self.fields = fields
    }

    /// Every field with this tag, in record order.
    public func fields(_ tag: String) -> [MARCField] {
        fields.filter { $0.tag == tag }
    }

    /// The value of the first control field with this tag (`001`, `005`, `008`, ...).
    public func controlValue(_ tag: String) -> String? {
        fields.first { $0.tag == tag && $0.isControlField }?.value
    }

    /// The values of subfield `code` in every field with this tag, in record order.
    public func values(_ tag: String, _ code: Character) -> [String] {
        var found: [String] = []
        for field in fields where field.tag == tag {
            for subfield in field.subfields where subfield.code == code {
                found.append(subfield.value)
            }
        }
        return found
    }

    /// The first value of subfield `code` in the first field with this tag that has one.
    public func firstValue(_ tag: String, _ code: Character) -> String? {
        for field in fields where field.tag == tag {
            if let value = field.firstValue(code) { return value }
        }
        return nil
    }
}

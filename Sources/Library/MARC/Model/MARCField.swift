/// A variable field of a MARC record.
///
/// Control fields (tags `001`-`009`) hold one unstructured `value`; data fields hold two indicators and
/// an ordered list of subfields. Both kinds share one type so that a record keeps its fields in their
/// original order, which matters for display, for 880 linking and for byte-exact round trips.
public struct MARCField: Sendable, Hashable {
    /// Three characters: digits for standard tags, letters allowed for local ones (`CAT`, `FMT`).
    public var tag: String
    /// The data of a control field; `nil` for a data field.
    public var value: String?
    public var indicator1: Character
    public var indicator2: Character
    public var subfields: [MARCSubfield]
    public var isControlField: Bool

    /// A control field.
    public init(tag: String, value: String) {
        self.tag = tag
        self.value = value
        self.indicator1 = " "
        self.indicator2 = " "
        self.subfields = []
        self.isControlField = true
    }

    /// A data field.
    public init(tag: String, indicator1: Character = " ", indicator2: Character = " ", subfields: [MARCSubfield]) {
        self.tag = tag
        self.value = nil
        self.indicator1 = indicator1
        self.indicator2 = indicator2
        self.subfields = subfields
        self.isControlField = false
    }

    /// The values of every subfield with this code, in order.
    public func values(_ code: Character) -> [String] {
        var found: [String] = []
        for subfield in subfields where subfield.code == code {
            found.append(subfield.value)
        }
        return found
    }

    /// The value of the first subfield with this code.
    public func firstValue(_ code: Character) -> String? {
        subfields.first { $0.code == code }?.value
    }

    /// MARC 21 and UNIMARC both treat tags `001`-`009` as control fields.
    public static func isControlTag(_ tag: String) -> Bool {
        let bytes = Array(tag.utf8)
        return bytes.count == 3 && bytes[0] == UInt8(ascii: "0") && bytes[1] == UInt8(ascii: "0")
            && bytes[2] >= UInt8(ascii: "0") && bytes[2] <= UInt8(ascii: "9")
    }
}

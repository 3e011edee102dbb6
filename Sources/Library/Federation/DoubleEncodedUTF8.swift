/// Undoes one level of double encoding: UTF-8 bytes that a server took for ISO-8859-1 and encoded as
/// UTF-8 once more. A Zebra whose MARC profile lacks `encoding utf-8` answers that way whatever Leader/09
/// says: `oʻ` (6F CA BB) comes back as `oÊ»`, Cyrillic `Ў` (D0 8E) as `Ã\u{90}Â\u{8E}` (the C1 controls
/// included).
///
/// A value is repaired only when every scalar in it is below U+0100, at least one is above U+007F, and
/// those scalars read as bytes are well-formed UTF-8 with at least one multi-byte sequence. Real text
/// in ISO-8859-1 letters almost never does that: `é` alone, `Ä` before a space, `Ã©` as typed... the
/// last is the one false positive, and no catalogue title starts so.
enum DoubleEncodedUTF8 {
    static func repair(_ text: String) -> String {
        var bytes: [UInt8] = []
        var sawHigh = false
        for scalar in text.unicodeScalars {
            guard scalar.value < 0x100 else { return text }
            if scalar.value >= 0x80 { sawHigh = true }
            bytes.append(UInt8(scalar.value))
        }
        guard sawHigh else { return text }
        var decoded = String.UnicodeScalarView()
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var sawMultiByte = false
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value >= 0x80 { sawMultiByte = true }
                decoded.append(scalar)
            case .emptyInput:
                break loop
            case .error:
                return text
            }
        }
        return sawMultiByte ? String(decoded) : text
    }

    /// The record with every value repaired (leader, control fields, subfields); unchanged when none
    /// needed it.
    static func repair(_ record: MARCRecord) -> MARCRecord {
        var record = record
        record.leader = repair(record.leader)
        for i in record.fields.indices {
            if let value = record.fields[i].value { record.fields[i].value = repair(value) }
            for j in record.fields[i].subfields.indices {
                record.fields[i].subfields[j].value = repair(record.fields[i].subfields[j].value)
            }
        }
        return record
    }
}

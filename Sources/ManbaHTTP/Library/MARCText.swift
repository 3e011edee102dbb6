import Library

/// A MARC record as librarians read it on screen: one line per field, `$a` before each subfield.
enum MARCText {
    static func lines(_ record: MARCRecord) -> String {
        var lines = ["LDR \(record.leader)"]
        for field in record.fields {
            if let value = field.value {
                lines.append("\(field.tag) \(value)")
            } else {
                lines.append("\(field.tag) \(field.indicator1)\(field.indicator2) " + field.subfields.map { "$\($0.code) \($0.value)" }.joined(separator: " "))
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// Escaping of text for SRU's XML answers.
///
/// Everything a client sent (a query, a schema name, a stylesheet address) is echoed back, so every
/// character that XML 1.0 cannot carry at all (the C0 controls other than tab, line feed and carriage
/// return, and U+FFFE/U+FFFF) is replaced by U+FFFD: escaping cannot save those, and one of them would
/// make the whole answer unreadable to the client's parser.
///
/// The names say "SRU" because the Library module also holds the MARCXML codecs, which have their own
/// XML helpers; one module cannot hold two files or two types of the same name.
public enum XMLText {
    /// Appends `text` as element content.
    public static func appendEscapedText(_ text: String, to output: inout String) {
        append(text, to: &output, escapingQuotesAndWhitespace: false)
    }

    /// Appends `text` as the value of an attribute written between double quotes.
    public static func appendEscapedAttribute(_ text: String, to output: inout String) {
        append(text, to: &output, escapingQuotesAndWhitespace: true)
    }

    public static func escapedText(_ text: String) -> String {
        var output = ""
        appendEscapedText(text, to: &output)
        return output
    }

    public static func escapedAttribute(_ text: String) -> String {
        var output = ""
        appendEscapedAttribute(text, to: &output)
        return output
    }

    private static func append(_ text: String, to output: inout String, escapingQuotesAndWhitespace: Bool) {
        // Fast path: most values (numbers, schema names, plain words) need no change at all.
        if !text.utf8.contains(where: { needsAttention($0, escapingQuotesAndWhitespace) }) {
            output += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            // Always escaped, so that "]]>" can never appear in content.
            case ">": output += "&gt;"
            case "\"" where escapingQuotesAndWhitespace: output += "&quot;"
            // Attribute value normalisation would turn these into spaces; character references keep them.
            case "\t" where escapingQuotesAndWhitespace: output += "&#9;"
            case "\n" where escapingQuotesAndWhitespace: output += "&#10;"
            case "\r": output += "&#13;"
            default:
                if isAllowedInXML(scalar) {
                    output.unicodeScalars.append(scalar)
                } else {
                    output.unicodeScalars.append("\u{FFFD}")
                }
            }
        }
    }

    private static func needsAttention(_ byte: UInt8, _ escapingQuotesAndWhitespace: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\r"): return true
        case UInt8(ascii: "\""), UInt8(ascii: "\t"), UInt8(ascii: "\n"): return escapingQuotesAndWhitespace
        case 0..<0x20: return true
        // U+FFFE and U+FFFF are encoded EF BF BE / EF BF BF; look closer at any EF lead byte.
        case 0xEF: return true
        default: return false
        }
    }

    /// XML 1.0 `Char`: tab, line feed, carriage return, and everything from U+0020 up except U+FFFE and
    /// U+FFFF (surrogates cannot occur in a Swift string).
    public static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0..<0x20: return false
        case 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }
}

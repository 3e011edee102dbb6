/// Escaping of text for OAI-PMH answers.
///
/// Everything a harvester sent (an identifier, a set, a resumption token) is echoed back in the
/// `request` element, and stored titles end up in headers and set names, so a character that XML 1.0
/// cannot carry at all (the C0 controls other than tab, line feed and carriage return, and U+FFFE and
/// U+FFFF) is replaced by U+FFFD: escaping cannot save it, and one of them would make the whole page
/// unreadable to the harvester's parser, and with it every later page of the harvest.
enum OAIXMLText {
    /// Appends `text` as element content.
    static func appendEscapedText(_ text: String, to output: inout String) {
        append(text, to: &output, inAttribute: false)
    }

    /// Appends `text` as the value of an attribute written between double quotes.
    static func appendEscapedAttribute(_ text: String, to output: inout String) {
        append(text, to: &output, inAttribute: true)
    }

    static func escapedText(_ text: String) -> String {
        var output = ""
        appendEscapedText(text, to: &output)
        return output
    }

    static func escapedAttribute(_ text: String) -> String {
        var output = ""
        appendEscapedAttribute(text, to: &output)
        return output
    }

    private static func append(_ text: String, to output: inout String, inAttribute: Bool) {
        // Fast path: identifiers, dates and prefixes need no change at all.
        if !text.utf8.contains(where: { needsAttention($0, inAttribute) }) {
            output += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            // Always escaped, so that "]]>" can never appear in content.
            case ">": output += "&gt;"
            case "\"" where inAttribute: output += "&quot;"
            // Attribute value normalisation would turn these into spaces; character references keep them.
            case "\t" where inAttribute: output += "&#9;"
            case "\n" where inAttribute: output += "&#10;"
            // A parser turns a literal CR (and CR LF) into LF; the reference survives.
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

    private static func needsAttention(_ byte: UInt8, _ inAttribute: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\r"): return true
        case UInt8(ascii: "\""), UInt8(ascii: "\t"), UInt8(ascii: "\n"): return inAttribute
        case 0..<0x20: return true
        // U+FFFE and U+FFFF are encoded EF BF BE / EF BF BF; look closer at any EF lead byte.
        case 0xEF: return true
        default: return false
        }
    }

    /// XML 1.0 `Char`: tab, line feed, carriage return, and everything from U+0020 up except U+FFFE and
    /// U+FFFF (surrogates cannot occur in a Swift string).
    static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0..<0x20: return false
        case 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }
}

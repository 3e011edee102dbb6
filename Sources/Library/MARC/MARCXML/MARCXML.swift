import Foundation

/// MARCXML (the MARC 21 XML schema, namespace `http://www.loc.gov/MARC21/slim`), used by OAI-PMH
/// (`marc21`), SRU and most modern exchanges. UNIMARC records travel in the same element structure.
///
/// The writer escapes what XML requires and writes carriage returns and tabs in attributes as
/// character references, so that parsers' line-end and attribute normalisation cannot change a value.
/// C0 control characters other than tab, line feed and carriage return cannot appear in XML 1.0 at all
/// (not even as references); they are written as U+FFFD.
public enum MARCXML {
    public static let namespace = "http://www.loc.gov/MARC21/slim"

    /// A complete document: XML declaration and a `<collection>` of records.
    public static func encode(_ records: [MARCRecord]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<collection xmlns=\"\(namespace)\">\n"
        for record in records {
            appendRecord(record, to: &xml, declaringNamespace: false)
        }
        xml += "</collection>\n"
        return xml
    }

    /// A single `<record xmlns="...">` element, without XML declaration, for embedding in OAI-PMH or SRU
    /// responses.
    public static func encodeRecord(_ record: MARCRecord) -> String {
        var xml = ""
        appendRecord(record, to: &xml, declaringNamespace: true)
        return xml
    }

    private static func appendRecord(_ record: MARCRecord, to xml: inout String, declaringNamespace: Bool) {
        xml += declaringNamespace ? "<record xmlns=\"\(namespace)\">" : "<record>"
        xml += "<leader>"
        appendEscaped(record.leader, to: &xml, inAttribute: false)
        xml += "</leader>"
        for field in record.fields {
            if field.isControlField {
                xml += "<controlfield tag=\""
                appendEscaped(field.tag, to: &xml, inAttribute: true)
                xml += "\">"
                appendEscaped(field.value ?? "", to: &xml, inAttribute: false)
                xml += "</controlfield>"
            } else {
                xml += "<datafield tag=\""
                appendEscaped(field.tag, to: &xml, inAttribute: true)
                xml += "\" ind1=\""
                appendEscaped(String(field.indicator1), to: &xml, inAttribute: true)
                xml += "\" ind2=\""
                appendEscaped(String(field.indicator2), to: &xml, inAttribute: true)
                xml += "\">"
                for subfield in field.subfields {
                    xml += "<subfield code=\""
                    appendEscaped(String(subfield.code), to: &xml, inAttribute: true)
                    xml += "\">"
                    appendEscaped(subfield.value, to: &xml, inAttribute: false)
                    xml += "</subfield>"
                }
                xml += "</datafield>"
            }
        }
        xml += "</record>\n"
    }

    static func appendEscaped(_ text: String, to xml: inout String, inAttribute: Bool) {
        // Fast path: nothing to escape.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) {
            xml += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": xml += "&amp;"
            case "<": xml += "&lt;"
            case ">": xml += "&gt;"
            case "\"": xml += "&quot;"
            case "\r": xml += "&#13;"
            case "\n": xml += inAttribute ? "&#10;" : "\n"
            case "\t": xml += inAttribute ? "&#9;" : "\t"
            default:
                if scalar.value < 0x20 {
                    xml.unicodeScalars.append("\u{FFFD}")
                } else {
                    xml.unicodeScalars.append(scalar)
                }
            }
        }
    }
}

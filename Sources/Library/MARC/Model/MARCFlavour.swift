/// The two families of MARC formats met in the region. They share the ISO 2709 structure but not the
/// meaning of tags, nor the way a record declares its character set: MARC 21 uses Leader/09, UNIMARC
/// and RUSMARC (its Russian profile, used by IRBIS and OPAC-Global) use field 100 $a positions 26-29.
public enum MARCFlavour: String, Sendable {
    case marc21
    case unimarc
}

extension MARCFlavour {
    /// Tells UNIMARC from MARC 21 by field 100: in UNIMARC it is "general processing data", a fixed
    /// 36-character `$a` that starts with the 8-digit date entered on file and has blank indicators;
    /// in MARC 21 it is the main entry (a personal name). A record with a 200 field and no 245 is also
    /// UNIMARC (200 is the title there).
    public static func detect(in record: MARCRecord) -> MARCFlavour {
        var hasTitle245 = false
        var hasTitle200 = false
        for field in record.fields {
            switch field.tag {
            case "100":
                if field.indicator1 == " ", field.indicator2 == " ", let data = field.firstValue("a"),
                   looksLikeGeneralProcessingData(Array(data.utf8)) {
                    return .unimarc
                }
            case "245": hasTitle245 = true
            case "200": hasTitle200 = true
            default: break
            }
        }
        return hasTitle200 && !hasTitle245 ? .unimarc : .marc21
    }

    /// UNIMARC 100 $a: `YYYYMMDD` then a lower-case publication date type letter, at least 26 characters
    /// in all (the character set codes sit at 26-29).
    static func looksLikeGeneralProcessingData(_ bytes: some Collection<UInt8>) -> Bool {
        guard bytes.count >= 26 else { return false }
        let head = Array(bytes.prefix(9))
        let dateIsDigits = head.prefix(8).allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        let typeIsLetter = head[8] >= UInt8(ascii: "a") && head[8] <= UInt8(ascii: "z")
        return dateIsDigits && typeIsLetter
    }
}

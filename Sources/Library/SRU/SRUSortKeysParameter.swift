/// The `sortKeys` URL parameter of SRU 1.1 (also sent by some 1.2 and 2.0 clients), turned into the
/// sort keys a CQL `sortBy` clause would give.
///
/// Keys are separated by spaces; each is `path,schema,ascending,caseSensitive,missingValue` with the
/// trailing fields optional: `dc.title,,1 dc.date,,0,,highValue`. `ascending` and `caseSensitive` are
/// 1 or 0; `missingValue` is `abort`, `highValue`, `lowValue`, `omit` or a value in double quotes.
/// The schema field is ignored: Manba sorts on its indexes, whatever the record schema.
enum SRUSortKeysParameter {
    static func parse(_ text: String) -> Result<[CQLSortKey], SRUDiagnostic> {
        let invalid = SRUDiagnostic.unsupportedParameterValue("sortKeys")
        var keys: [CQLSortKey] = []
        for key in splitKeys(text) {
            let fields = key.split(separator: ",", maxSplits: 4, omittingEmptySubsequences: false).map(String.init)
            guard let path = fields.first, !path.isEmpty else { return .failure(invalid) }
            var modifiers: [CQLModifier] = []
            switch field(fields, 2) {
            case "", "1": break
            case "0": modifiers.append(CQLModifier("sort.descending"))
            default: return .failure(invalid)
            }
            switch field(fields, 3) {
            case "": break
            case "1": modifiers.append(CQLModifier("sort.respectCase"))
            case "0": modifiers.append(CQLModifier("sort.ignoreCase"))
            default: return .failure(invalid)
            }
            let missing = field(fields, 4)
            switch missing {
            case "": break
            case "abort": modifiers.append(CQLModifier("sort.missingFail"))
            case "highValue": modifiers.append(CQLModifier("sort.missingHigh"))
            case "lowValue": modifiers.append(CQLModifier("sort.missingLow"))
            case "omit": modifiers.append(CQLModifier("sort.missingOmit"))
            default:
                guard missing.count >= 2, missing.hasPrefix("\""), missing.hasSuffix("\"") else { return .failure(invalid) }
                let value = String(missing.dropFirst().dropLast())
                modifiers.append(CQLModifier("sort.missingValue", "=", CQLTerm(literal: value).text))
            }
            keys.append(CQLSortKey(index: path, modifiers: modifiers))
        }
        return keys.isEmpty ? .failure(invalid) : .success(keys)
    }

    private static func field(_ fields: [String], _ index: Int) -> String {
        index < fields.count ? fields[index] : ""
    }

    /// Splits at whitespace outside double quotes, so that a quoted missing value may hold spaces.
    private static func splitKeys(_ text: String) -> [String] {
        var keys: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if character.isWhitespace && !quoted {
                if !current.isEmpty { keys.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { keys.append(current) }
        return keys
    }
}

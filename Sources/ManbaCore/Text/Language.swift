import Foundation

/// The five languages every page and every name in Manba can be read in.
/// Uzbek Latin is the default, as on the national portals.
public enum Language: String, CaseIterable, Codable, Sendable, Hashable {
    case uzLatn = "uz-Latn"
    case uzCyrl = "uz-Cyrl"
    case ru
    case en
    case tg

    public static let `default`: Language = .uzLatn

    /// The order in which other languages stand in when a text lacks the requested one.
    /// The other Uzbek script is handled separately (by transliteration) in `LocalizedText`.
    public var fallbacks: [Language] {
        switch self {
        case .uzLatn, .uzCyrl: return [.ru, .en, .tg]
        case .ru: return [.uzLatn, .en, .uzCyrl, .tg]
        case .en: return [.uzLatn, .ru, .uzCyrl, .tg]
        case .tg: return [.ru, .uzCyrl, .uzLatn, .en]
        }
    }

    /// The name of the language written in itself, for language switchers.
    public var autonym: String {
        switch self {
        case .uzLatn: return "Oʻzbekcha"
        case .uzCyrl: return "Ўзбекча"
        case .ru: return "Русский"
        case .en: return "English"
        case .tg: return "Тоҷикӣ"
        }
    }

    /// The BCP 47 tag for the `lang` attribute of HTML.
    public var bcp47: String { rawValue }

    /// Reads the tags people and clients actually send: `uz`, `uz_Latn`, `oz` (the portal's code for
    /// Uzbek Cyrillic), `ru-RU`, `tj`, case-insensitively.
    public init?(tag: String) {
        let t = tag.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "_", with: "-")
        switch t {
        case "uz", "uz-latn", "uz-latn-uz", "uz-uz": self = .uzLatn
        case "uz-cyrl", "uz-cyrl-uz", "oz", "cyrl": self = .uzCyrl
        case "tg", "tg-tj", "tj", "tg-cyrl": self = .tg
        default:
            if t.hasPrefix("ru") { self = .ru }
            else if t.hasPrefix("en") { self = .en }
            else { return nil }
        }
    }

    /// Picks the best language from an HTTP `Accept-Language` header, honouring q-values.
    public static func negotiate(acceptLanguage header: String?) -> Language? {
        guard let header, !header.isEmpty else { return nil }
        var best: (Language, Double)?
        for part in header.split(separator: ",") {
            let pieces = part.split(separator: ";")
            guard let tagPart = pieces.first, let lang = Language(tag: String(tagPart)) else { continue }
            var q = 1.0
            for p in pieces.dropFirst() where p.trimmingCharacters(in: .whitespaces).hasPrefix("q=") {
                q = Double(p.trimmingCharacters(in: .whitespaces).dropFirst(2)) ?? 0
            }
            if best == nil || q > best!.1 { best = (lang, q) }
        }
        return best?.0
    }
}


import Foundation

/// A user-facing text held in any of the five languages.
///
/// Encoded as a JSON object keyed by language tag (`{"uz-Latn": "...", "ru": "..."}`), which is also
/// how CKAN's multilingual extensions (ckanext-fluent) publish such fields, so API clients see one shape.
public struct LocalizedText: Codable, Sendable, Hashable {
    public private(set) var values: [Language: String]

    public init(_ values: [Language: String] = [:]) {
        self.values = values.filter { !$0.value.isBlank }
    }

    public init(_ language: Language, _ text: String) { self.init([language: text]) }

    public var isEmpty: Bool { values.isEmpty }

    public subscript(language: Language) -> String? {
        get { values[language] }
        set {
            if let newValue, !newValue.isBlank { values[language] = newValue }
            else { values[language] = nil }
        }
    }

    /// The text to show a reader of `language`: their own language; else the other Uzbek script,
    /// transliterated, because an Uzbek reader reads their own language in either script better than a
    /// foreign one; else the language's fallbacks; else whatever there is.
    public func resolved(for language: Language) -> String {
        if let own = values[language] { return own }
        switch language {
        case .uzLatn: if let cyr = values[.uzCyrl] { return UzbekTransliteration.cyrillicToLatin(cyr) }
        case .uzCyrl: if let lat = values[.uzLatn] { return UzbekTransliteration.latinToCyrillic(lat) }
        default: break
        }
        for other in language.fallbacks { if let text = values[other] { return text } }
        return Language.allCases.lazy.compactMap { values[$0] }.first ?? ""
    }

    /// All values joined, for building search match keys from every language at once.
    public var allText: String { Language.allCases.compactMap { values[$0] }.joined(separator: " ") }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        // Stored documents always hold the object form, so it is tried first: a failed attempt costs
        // an error value, which on every title of every decoded dataset added up.
        guard let raw = try? container.decode([String: String].self) else {
            // A plain string is accepted as Uzbek in whichever script it is written, so that CKAN clients
            // that know nothing of languages can still write titles.
            let plain = try container.decode(String.self)
            self.init([UzbekTransliteration.isMostlyCyrillic(plain) ? .uzCyrl : .uzLatn: plain])
            return
        }
        var values: [Language: String] = [:]
        for (key, value) in raw {
            guard let lang = Language(tag: key) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown language \"\(key)\"; use uz-Latn, uz-Cyrl, ru, en or tg")
            }
            values[lang] = value
        }
        self.init(values)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Dictionary(uniqueKeysWithValues: values.map { ($0.key.rawValue, $0.value) }))
    }
}

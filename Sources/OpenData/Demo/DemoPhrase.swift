import ManbaCore

/// A short text in Uzbek Latin, Russian and English. Uzbek Cyrillic is derived from the Latin.
struct DemoPhrase: Sendable {
    let uz: String
    let ru: String
    let en: String

    init(_ uz: String, _ ru: String, _ en: String) {
        self.uz = uz
        self.ru = ru
        self.en = en
    }

    /// The text in `language`; Tajik readers get the Russian.
    func text(_ language: Language) -> String {
        switch language {
        case .uzLatn: return uz
        case .uzCyrl: return DemoScript.cyrillic(uz)
        case .ru, .tg: return ru
        case .en: return en
        }
    }

    /// Replaces `{key}` placeholders, per language. Unknown keys stay as they are.
    func filling(_ values: [String: DemoPhrase]) -> DemoPhrase {
        func fill(_ s: String, _ pick: (DemoPhrase) -> String) -> String {
            guard s.utf8.contains(UInt8(ascii: "{")) else { return s }
            var out = String.UnicodeScalarView()
            var key = String.UnicodeScalarView()
            var inKey = false
            for scalar in s.unicodeScalars {
                if inKey {
                    if scalar == "}" {
                        let name = String(key)
                        if let value = values[name] { out.append(contentsOf: pick(value).unicodeScalars) } else {
                            out.append("{")
                            out.append(contentsOf: key)
                            out.append("}")
                        }
                        key = String.UnicodeScalarView()
                        inKey = false
                    } else {
                        key.append(scalar)
                    }
                } else if scalar == "{" {
                    inKey = true
                } else {
                    out.append(scalar)
                }
            }
            if inKey {
                out.append("{")
                out.append(contentsOf: key)
            }
            return String(out)
        }
        return DemoPhrase(fill(uz, \.uz), fill(ru, \.ru), fill(en, \.en))
    }

    /// The same words in every language (numbers, codes).
    static func same(_ s: String) -> DemoPhrase { DemoPhrase(s, s, s) }

    /// An Uzbek proper name: Russian gets it in Cyrillic as Russian spells it, English as it stands.
    static func name(_ uz: String) -> DemoPhrase { DemoPhrase(uz, DemoScript.russian(uz), uz) }

    func appending(_ other: DemoPhrase, separator: String = " ") -> DemoPhrase {
        DemoPhrase(uz + separator + other.uz, ru + separator + other.ru, en + separator + other.en)
    }

    /// A LocalizedText holding the given languages.
    func localized(_ languages: [Language]) -> LocalizedText {
        var values: [Language: String] = [:]
        for language in languages { values[language] = text(language) }
        return LocalizedText(values)
    }
}

/// How often a dataset is updated, and how to say so.
enum DemoFrequency {
    static let all = ["daily", "weekly", "monthly", "quarterly", "semiannual", "annual", "irregular", "on_change"]

    static func sentence(_ frequency: String) -> DemoPhrase {
        switch frequency {
        case "daily": return DemoPhrase("Maʼlumotlar har kuni yangilanadi.", "Данные обновляются ежедневно.", "The data is updated daily.")
        case "weekly": return DemoPhrase("Maʼlumotlar har hafta yangilanadi.", "Данные обновляются еженедельно.", "The data is updated weekly.")
        case "monthly": return DemoPhrase("Maʼlumotlar har oy yangilanadi.", "Данные обновляются ежемесячно.", "The data is updated monthly.")
        case "quarterly": return DemoPhrase("Maʼlumotlar har chorakda yangilanadi.", "Данные обновляются ежеквартально.", "The data is updated quarterly.")
        case "semiannual": return DemoPhrase("Maʼlumotlar yiliga ikki marta yangilanadi.", "Данные обновляются два раза в год.", "The data is updated twice a year.")
        case "annual": return DemoPhrase("Maʼlumotlar har yili yangilanadi.", "Данные обновляются ежегодно.", "The data is updated annually.")
        case "on_change": return DemoPhrase("Maʼlumotlar oʻzgarish yuz berganda yangilanadi.", "Данные обновляются при каждом изменении.", "The data is updated whenever it changes.")
        default: return DemoPhrase("Maʼlumotlar zarurat boʻyicha yangilanadi.", "Данные обновляются по мере необходимости.", "The data is updated as needed.")
        }
    }
}

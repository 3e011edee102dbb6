import ManbaCore

/// Names of the MARC language codes a catalogue of this region meets most, in the page's language;
/// other codes are shown as they are.
enum LanguageNames {
    static func name(of code: String, in language: Language) -> String {
        let names: [String: (String, String, String, String, String)] = [
            "uzb": ("oʻzbek", "ўзбек", "узбекский", "Uzbek", "ӯзбекӣ"),
            "rus": ("rus", "рус", "русский", "Russian", "русӣ"),
            "eng": ("ingliz", "инглиз", "английский", "English", "англисӣ"),
            "tgk": ("tojik", "тожик", "таджикский", "Tajik", "тоҷикӣ"),
            "kaa": ("qoraqalpoq", "қорақалпоқ", "каракалпакский", "Karakalpak", "қароқалпоқӣ"),
            "kaz": ("qozoq", "қозоқ", "казахский", "Kazakh", "қазоқӣ"),
            "ger": ("nemis", "немис", "немецкий", "German", "олмонӣ"),
            "fre": ("fransuz", "француз", "французский", "French", "франсавӣ"),
            "ita": ("italyan", "италян", "итальянский", "Italian", "италиявӣ"),
        ]
        guard let texts = names[code.lowercased()] else { return code }
        return Name(texts: texts).text(language)
    }

    private struct Name: PageText {
        let texts: (String, String, String, String, String)
    }
}

import Testing
import ManbaCore

@Suite struct UzbekTransliterationTests {
    /// Latin spellings that do not say which Cyrillic letter they stand for, so Latin to Cyrillic cannot
    /// give back the dictionary form: s for ц (after a consonant or at a word start), oʻ for ўъ, ye/yo
    /// after a consonant for ье/ьо, ts in a loanword before a consonant.
    static let ambiguousInLatin: Set<String> = [
        "sirk", "konsert", "stansiya", "sement", "sex", "prinsip", "funksiya", "aksiya", "kvitansiya",
        "spetsifikatsiya", "inyeksiya", "moʻjiza", "moʻtabar", "premyer", "medalyon",
    ]

    @Test(arguments: Vocabulary.all)
    func cyrillicToLatinGivesOfficialSpelling(latin: String, cyrillic: String) {
        #expect(UzbekTransliteration.cyrillicToLatin(cyrillic) == latin)
    }

    @Test(arguments: Vocabulary.all.filter { !ambiguousInLatin.contains($0.0) })
    func latinToCyrillicGivesDictionarySpelling(latin: String, cyrillic: String) {
        #expect(UzbekTransliteration.latinToCyrillic(latin) == cyrillic)
    }

    @Test(arguments: Vocabulary.all.filter { ambiguousInLatin.contains($0.0) })
    func ambiguousLatinStillMeetsItsCyrillicInSearch(latin: String, cyrillic: String) {
        let guessed = UzbekTransliteration.latinToCyrillic(latin)
        #expect(ScriptFolding.matchKey(guessed) == ScriptFolding.matchKey(cyrillic))
    }

    @Test(arguments: [
        ("Ўзбекистон Республикаси Вазирлар Маҳкамасининг қарори билан очиқ маълумотлар рўйхати тасдиқланди.",
         "Oʻzbekiston Respublikasi Vazirlar Mahkamasining qarori bilan ochiq maʼlumotlar roʻyxati tasdiqlandi."),
        ("Тошкент шаҳрида янги кутубхона ва музей очилди.", "Toshkent shahrida yangi kutubxona va muzey ochildi."),
        ("Ер юзида ёшлар сони ортмоқда.", "Yer yuzida yoshlar soni ortmoqda."),
        ("Исҳоқ ака поездда Европага кетди.", "Isʼhoq aka poyezdda Yevropaga ketdi."),
        ("Эълон 2024 йил 1 сентябрда объектда берилди.", "Eʼlon 2024 yil 1 sentabrda obyektda berildi."),
        ("Милиция ходимлари Конституция куни тайёр турди.", "Militsiya xodimlari Konstitutsiya kuni tayyor turdi."),
        ("ЎЗБЕКИСТОН ҚИШЛОҚ ХЎЖАЛИГИ", "OʻZBEKISTON QISHLOQ XOʻJALIGI"),
        ("Ғалла ва пахта — қишлоқ хўжалигининг асоси.", "Gʻalla va paxta — qishloq xoʻjaligining asosi."),
        ("Шеър ва санъат, компьютер ва интернет.", "Sheʼr va sanʼat, kompyuter va internet."),
        ("«Ахборот-кутубхона фаолияти тўғрисида»ги Қонун (2011 йил).",
         "«Axborot-kutubxona faoliyati toʻgʻrisida»gi Qonun (2011 yil)."),
        ("Агар у кетса, биз отсиз қоламиз.", "Agar u ketsa, biz otsiz qolamiz."),
        ("Лицей ва аэропорт ўртасида поэма ўқилди.", "Litsey va aeroport oʻrtasida poema oʻqildi."),
    ])
    func sentencesRoundTrip(cyrillic: String, latin: String) {
        #expect(UzbekTransliteration.cyrillicToLatin(cyrillic) == latin)
        #expect(UzbekTransliteration.latinToCyrillic(latin) == cyrillic)
        #expect(UzbekTransliteration.latinToCyrillic(UzbekTransliteration.cyrillicToLatin(cyrillic)) == cyrillic)
        #expect(UzbekTransliteration.cyrillicToLatin(UzbekTransliteration.latinToCyrillic(latin)) == latin)
    }

    @Test(arguments: [
        ("Ш", "Sh"), ("ШАҲАР", "SHAHAR"), ("Шаҳар", "Shahar"), ("ЧОЙ", "CHOY"), ("Чой", "Choy"), ("ТОШ", "TOSH"),
        ("Ёшлар", "Yoshlar"), ("ЁШЛАР", "YOSHLAR"), ("Ер", "Yer"), ("ЕР", "YER"), ("Ўзбек", "Oʻzbek"),
        ("ЮНЕСКО", "YUNESKO"), ("Цирк", "Sirk"), ("ғалла", "gʻalla"), ("МАЪЛУМОТ", "MAʼLUMOT"),
        ("СЕНТЯБРЬ", "SENTABR"), ("Октябрда", "Oktabrda"),
    ])
    func cyrillicToLatinKeepsCase(cyrillic: String, latin: String) {
        #expect(UzbekTransliteration.cyrillicToLatin(cyrillic) == latin)
    }

    @Test(arguments: [
        ("SHAHAR", "ШАҲАР"), ("Shahar", "Шаҳар"), ("CHOY", "ЧОЙ"), ("O'ZBEKISTON", "ЎЗБЕКИСТОН"),
        ("G'alla", "Ғалла"), ("YOSHLAR", "ЁШЛАР"), ("Yoshlar", "Ёшлар"), ("OBYEKT", "ОБЪЕКТ"),
        ("Kompyuter", "Компьютер"), ("SENTABR", "СЕНТЯБР"),
    ])
    func latinToCyrillicKeepsCase(latin: String, cyrillic: String) {
        #expect(UzbekTransliteration.latinToCyrillic(latin) == cyrillic)
    }

    @Test func latinToCyrillicAcceptsEveryApostropheForm() {
        for mark in ["'", "`", "´", "\u{2018}", "\u{2019}", "\u{2BB}", "\u{2BC}"] {
            #expect(UzbekTransliteration.latinToCyrillic("O\(mark)zbekiston") == "Ўзбекистон")
            #expect(UzbekTransliteration.latinToCyrillic("g\(mark)alla") == "ғалла")
            #expect(UzbekTransliteration.latinToCyrillic("ma\(mark)lumot") == "маълумот")
            #expect(UzbekTransliteration.latinToCyrillic("Is\(mark)hoq") == "Исҳоқ")
            #expect(UzbekTransliteration.latinToCyrillic("yo\(mark)l") == "йўл")
        }
    }

    @Test func latinDigraphsAndTheirNeighbours() {
        #expect(UzbekTransliteration.latinToCyrillic("Ishoq") == "Ишоқ")  // without the apostrophe it is ш
        #expect(UzbekTransliteration.latinToCyrillic("yangi ming") == "янги минг")
        #expect(UzbekTransliteration.latinToCyrillic("tayyor ayol") == "тайёр аёл")
        #expect(UzbekTransliteration.latinToCyrillic("yer er") == "ер эр")
        #expect(UzbekTransliteration.latinToCyrillic("aytsin ketsa otsiz") == "айтсин кетса отсиз")
        #expect(UzbekTransliteration.latinToCyrillic("militsiya litsey") == "милиция лицей")
        #expect(UzbekTransliteration.latinToCyrillic("syezd obyekt") == "съезд объект")
    }

    @Test func tajikLettersReadAsUzbekLatin() {
        #expect(UzbekTransliteration.cyrillicToLatin("Ҷумҳурии Тоҷикистон") == "Jumhurii Tojikiston")
        #expect(UzbekTransliteration.cyrillicToLatin("миллӣ кӯҳ") == "milli kuh")
    }

    @Test func otherScriptsAndSymbolsPassThrough() {
        let mixed = "№ 808, 2020 — Open Data «ochiq» البيانات ✓"
        #expect(UzbekTransliteration.cyrillicToLatin(mixed) == mixed)
        #expect(UzbekTransliteration.cyrillicToLatin("Тошкент (Toshkent)") == "Toshkent (Toshkent)")
        #expect(UzbekTransliteration.latinToCyrillic("البيانات 2024") == "البيانات 2024")
        #expect(UzbekTransliteration.latinToCyrillic("Тошкент") == "Тошкент")
        #expect(UzbekTransliteration.latinToCyrillic("'Toshkent'") == "'Тошкент'")
        #expect(UzbekTransliteration.cyrillicToLatin("") == "")
        #expect(UzbekTransliteration.latinToCyrillic("") == "")
    }

    @Test func decomposedInputIsReadWhole() {
        #expect(UzbekTransliteration.cyrillicToLatin("у\u{306}збек и\u{306}ил") == "oʻzbek yil")
    }

    @Test func mostlyCyrillic() {
        #expect(UzbekTransliteration.isMostlyCyrillic("Ўзбекистон"))
        #expect(UzbekTransliteration.isMostlyCyrillic("Министерство юстиции"))
        #expect(UzbekTransliteration.isMostlyCyrillic("Тошкент шаҳри (Toshkent)"))
        #expect(!UzbekTransliteration.isMostlyCyrillic("Oʻzbekiston"))
        #expect(!UzbekTransliteration.isMostlyCyrillic("Toshkent Тош"))
        #expect(!UzbekTransliteration.isMostlyCyrillic("Toshkent Тошкент"))  // half is not more than half
        #expect(!UzbekTransliteration.isMostlyCyrillic(""))
        #expect(!UzbekTransliteration.isMostlyCyrillic("2024, №808"))
        #expect(!UzbekTransliteration.isMostlyCyrillic("البيانات المفتوحة"))
    }
}

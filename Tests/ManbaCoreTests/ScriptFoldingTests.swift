import Foundation
import Testing
import ManbaCore

/// Real Uzbek words and names in official Latin (1995, ʻ U+02BB, ʼ U+02BC) and in Cyrillic, grouped by
/// the rule that joins them. Shared with the transliteration tests.
enum Vocabulary {
    static let oWithComma: [(String, String)] = [
        ("oʻzbekiston", "ўзбекистон"), ("roʻyxati", "рўйхати"), ("toʻplam", "тўплам"),
        ("koʻrsatkich", "кўрсаткич"), ("boʻlim", "бўлим"), ("oʻquv", "ўқув"), ("oʻrta", "ўрта"),
        ("koʻcha", "кўча"), ("toʻlov", "тўлов"), ("boʻyicha", "бўйича"), ("oʻsish", "ўсиш"),
        ("soʻrov", "сўров"), ("qoʻmita", "қўмита"), ("oʻqituvchi", "ўқитувчи"), ("yoʻl", "йўл"),
        ("toʻgʻri", "тўғри"), ("koʻprik", "кўприк"), ("oʻrmon", "ўрмон"), ("xoʻjalik", "хўжалик"),
        ("boʻlinma", "бўлинма"),
    ]

    static let gWithComma: [(String, String)] = [
        ("gʻalla", "ғалла"), ("gʻarb", "ғарб"), ("togʻ", "тоғ"), ("bogʻ", "боғ"), ("ogʻir", "оғир"),
        ("sogʻliqni saqlash", "соғлиқни сақлаш"), ("fargʻona", "фарғона"), ("gʻaznachilik", "ғазначилик"),
        ("bogʻcha", "боғча"), ("yogʻingarchilik", "ёғингарчилик"), ("margʻilon", "марғилон"),
        ("tugʻilish", "туғилиш"), ("mablagʻ", "маблағ"), ("qoraqalpogʻiston", "қорақалпоғистон"),
        ("gʻoya", "ғоя"),
    ]

    static let q: [(String, String)] = [
        ("qishloq", "қишлоқ"), ("qaror", "қарор"), ("qonun", "қонун"), ("soliq", "солиқ"),
        ("qurilish", "қурилиш"), ("iqtisodiy", "иқтисодий"), ("aloqa", "алоқа"), ("qidiruv", "қидирув"),
        ("qashqadaryo", "қашқадарё"), ("samarqand", "самарқанд"), ("qoʻqon", "қўқон"), ("qarshi", "қарши"),
        ("qoʻriqxona", "қўриқхона"), ("raqamli", "рақамли"), ("qatnashchi", "қатнашчи"),
    ]

    static let hAndX: [(String, String)] = [
        ("hokimiyat", "ҳокимият"), ("hudud", "ҳудуд"), ("hisobot", "ҳисобот"), ("sahifa", "саҳифа"),
        ("shahar", "шаҳар"), ("xalq", "халқ"), ("xizmat", "хизмат"), ("xarita", "харита"),
        ("axborot", "ахборот"), ("xalqaro", "халқаро"), ("tarix", "тарих"), ("xodim", "ходим"),
        ("hujjat", "ҳужжат"), ("buxoro", "бухоро"), ("xorazm", "хоразм"), ("mahalla", "маҳалла"),
        ("hukumat", "ҳукумат"), ("xavfsizlik", "хавфсизлик"), ("muhofaza", "муҳофаза"),
        ("kutubxona", "кутубхона"),
    ]

    static let shChJNg: [(String, String)] = [
        ("toshkent", "тошкент"), ("tashkilot", "ташкилот"), ("ishlab chiqarish", "ишлаб чиқариш"),
        ("ochiq", "очиқ"), ("ichki", "ички"), ("jamiyat", "жамият"), ("jadval", "жадвал"),
        ("majlis", "мажлис"), ("yangi", "янги"), ("ming", "минг"), ("keng", "кенг"), ("dengiz", "денгиз"),
        ("angren", "ангрен"), ("shartnoma", "шартнома"), ("tekshiruv", "текширув"), ("chegara", "чегара"),
        ("jismoniy", "жисмоний"), ("ijro", "ижро"), ("kengash", "кенгаш"), ("yangilash", "янгилаш"),
    ]

    static let iotated: [(String, String)] = [
        ("yosh", "ёш"), ("yozuv", "ёзув"), ("dunyo", "дунё"), ("jarayon", "жараён"),
        ("iqtisodiyot", "иқтисодиёт"), ("hayot", "ҳаёт"), ("tayyor", "тайёр"), ("ayol", "аёл"),
        ("viloyat", "вилоят"), ("yil", "йил"), ("yuridik", "юридик"), ("yuqori", "юқори"), ("iyun", "июн"),
        ("iyul", "июл"), ("yagona", "ягона"), ("yaratish", "яратиш"), ("xayriya", "хайрия"),
        ("yoshlar", "ёшлар"), ("loyiha", "лойиҳа"), ("faoliyat", "фаолият"), ("kelyapti", "келяпти"),
        ("ijtimoiy", "ижтимоий"), ("qiyin", "қийин"), ("milliy", "миллий"), ("fayl", "файл"),
    ]

    /// е is ye at a word start and after a vowel, e after a consonant; э is e.
    static let yeAndE: [(String, String)] = [
        ("yer", "ер"), ("yetti", "етти"), ("yevropa", "европа"), ("yechim", "ечим"), ("yetakchi", "етакчи"),
        ("poyezd", "поезд"), ("aliyeva", "алиева"), ("muzey", "музей"), ("elektron", "электрон"),
        ("ekologiya", "экология"), ("eksport", "экспорт"), ("ekspert", "эксперт"),
        ("energetika", "энергетика"), ("reyting", "рейтинг"), ("internet", "интернет"), ("resurs", "ресурс"),
        ("poema", "поэма"), ("aeroport", "аэропорт"), ("respublika", "республика"), ("vazirlik", "вазирлик"),
        ("vazirlar mahkamasi", "вазирлар маҳкамаси"), ("yetkazib berish", "етказиб бериш"), ("ekran", "экран"),
        ("ehtiyoj", "эҳтиёж"), ("sergeyev", "сергеев"),
    ]

    /// ц is s at a word start and after a consonant, ts after a vowel.
    static let tse: [(String, String)] = [
        ("sirk", "цирк"), ("konsert", "концерт"), ("militsiya", "милиция"), ("federatsiya", "федерация"),
        ("konstitutsiya", "конституция"), ("stansiya", "станция"), ("revolyutsiya", "революция"),
        ("sement", "цемент"), ("sex", "цех"), ("litsenziya", "лицензия"), ("litsey", "лицей"),
        ("kvitansiya", "квитанция"), ("spetsifikatsiya", "спецификация"), ("prinsip", "принцип"),
        ("funksiya", "функция"), ("aksiya", "акция"), ("innovatsiya", "инновация"),
        ("kompensatsiya", "компенсация"), ("integratsiya", "интеграция"), ("investitsiya", "инвестиция"),
        ("sertifikatsiya", "сертификация"),
    ]

    /// ъ is the tutuq belgisi ʼ; after ў the ʻ already stands for it.
    static let tutuq: [(String, String)] = [
        ("maʼlumot", "маълумот"), ("maʼlumotlar", "маълумотлар"), ("taʼlim", "таълим"), ("sanʼat", "санъат"),
        ("sheʼr", "шеър"), ("eʼlon", "эълон"), ("maʼnaviyat", "маънавият"), ("taʼminot", "таъминот"),
        ("moʻjiza", "мўъжиза"), ("qatʼiy", "қатъий"), ("masʼul", "масъул"), ("masʼuliyat", "масъулият"),
        ("taʼmirlash", "таъмирлаш"), ("moʻtabar", "мўътабар"), ("meʼyoriy", "меъёрий"), ("taʼsis", "таъсис"),
        ("matbaa", "матбаа"), ("jamoat", "жамоат"), ("sanoat", "саноат"), ("mutolaa", "мутолаа"),
    ]

    /// Russian loanwords whose Latin drops or moves the softening.
    static let loanwords: [(String, String)] = [
        ("sentabr", "сентябр"), ("oktabr", "октябр"), ("noyabr", "ноябр"), ("dekabr", "декабр"),
        ("yanvar", "январ"), ("fevral", "феврал"), ("aprel", "апрел"), ("obyekt", "объект"), ("syezd", "съезд"),
        ("kompyuter", "компьютер"), ("subyekt", "субъект"), ("premyer", "премьер"), ("inyeksiya", "инъекция"),
        ("aktyor", "актёр"), ("medalyon", "медальон"),
    ]

    /// сҳ is written sʼh, to keep it apart from ш.
    static let sWithH: [(String, String)] = [
        ("isʼhoq", "исҳоқ"), ("asʼhob", "асҳоб"), ("isʼhol", "исҳол"),
    ]

    /// Names of bodies and datasets as the portals print them.
    static let phrases: [(String, String)] = [
        ("Davlat statistika qoʻmitasi", "Давлат статистика қўмитаси"),
        ("Oʻzbekiston Respublikasi Adliya vazirligi", "Ўзбекистон Республикаси Адлия вазирлиги"),
        ("Ochiq maʼlumotlar portali", "Очиқ маълумотлар портали"),
        ("Intellektual mulk agentligi", "Интеллектуал мулк агентлиги"),
        ("Alisher Navoiy nomidagi Oʻzbekiston Milliy kutubxonasi", "Алишер Навоий номидаги Ўзбекистон Миллий кутубхонаси"),
        ("Davlat muzeyi", "Давлат музейи"),
        ("Ixtiro uchun patent", "Ихтиро учун патент"),
        ("Maktabgacha taʼlim vazirligi", "Мактабгача таълим вазирлиги"),
        ("Sogʻliqni saqlash vazirligi", "Соғлиқни сақлаш вазирлиги"),
        ("Qishloq xoʻjaligi vazirligi", "Қишлоқ хўжалиги вазирлиги"),
        ("Toshkent shahar hokimligi", "Тошкент шаҳар ҳокимлиги"),
        ("Aholi soni", "Аҳоли сони"),
        ("Moliya vazirligi", "Молия вазирлиги"),
        ("Ichki ishlar vazirligi", "Ички ишлар вазирлиги"),
        ("Oliy taʼlim, fan va innovatsiyalar vazirligi", "Олий таълим, фан ва инновациялар вазирлиги"),
    ]

    /// Every pair above.
    static let all = oWithComma + gWithComma + q + hAndX + shChJNg + iotated + yeAndE + tse + tutuq
        + loanwords + sWithH + phrases

    /// Spellings that are not the official Latin but are common in data; they must still meet.
    static let variants: [(String, String)] = [
        ("tsirk", "цирк"), ("kontsert", "концерт"), ("milisiya", "милиция"), ("sentyabr", "сентябрь"),
        ("oktyabr", "октябрь"), ("obekt", "объект"), ("kompyuter", "компютер"), ("ozbekiston", "ўзбекистон"),
        ("galla", "ғалла"), ("malumotlar", "маълумотлар"), ("stantsiya", "станция"), ("ishoq", "исҳоқ"),
    ]
}

@Suite struct ScriptFoldingTests {
    @Test func vocabularyIsLargeEnough() {
        #expect(Vocabulary.all.count >= 150)
    }

    @Test(arguments: Vocabulary.oWithComma) func oWithComma(latin: String, cyrillic: String) { expectSameKey(latin, cyrillic) }
    @Test(arguments: Vocabulary.gWithComma) func gWithComma(latin: String, cyrillic: String) { expectSameKey(latin, cyrillic) }
    @Test(arguments: Vocabulary.q) func q(latin: String, cyrillic: String) { expectSameKey(latin, cyrillic) }
    @Test(arguments: Vocabulary.hAndX) func hAndX(latin: String, cyrillic: String) { expectSameKey(latin, cyrillic) }
    @Test(arguments: Vocabulary.shChJNg) func shChJNg(latin: String, cyrillic: String) { expectSameKey(latin, cyrillic) }
    @Test(arguments: Vocabulary.iotated) func iotated(latin: String, cyrillic: String) { expectSameKey(latin, cyrillic) }
    @Test(arguments: Vocabulary.yeAndE) func yeAndE(latin: String, cyrillic: String) { expectSameKey(latin, cyrillic) }
    @Test(arguments: Vocabulary.tse) func tse(latin: String, cyrillic: String) { expectSameKey(latin, cyrillic) }
    @Test(arguments: Vocabulary.tutuq) func tutuq(latin: String, cyrillic: String) { expectSameKey(latin, cyrillic) }
    @Test(arguments: Vocabulary.loanwords) func loanwords(latin: String, cyrillic: String) { expectSameKey(latin, cyrillic) }
    @Test(arguments: Vocabulary.sWithH) func sWithH(latin: String, cyrillic: String) { expectSameKey(latin, cyrillic) }
    @Test(arguments: Vocabulary.phrases) func phrases(latin: String, cyrillic: String) { expectSameKey(latin, cyrillic) }
    @Test(arguments: Vocabulary.variants) func variants(latin: String, cyrillic: String) { expectSameKey(latin, cyrillic) }

    @Test(arguments: Vocabulary.all) func keyIsStableUnderRekeyingAndCase(latin: String, cyrillic: String) {
        for text in [latin, cyrillic] {
            let key = ScriptFolding.matchKey(text)
            #expect(ScriptFolding.matchKey(key) == key)
            #expect(ScriptFolding.matchKey(text.uppercased()) == key)
        }
    }

    @Test(arguments: Vocabulary.all) func everyApostropheFormGivesTheSameKey(latin: String, cyrillic: String) {
        let key = ScriptFolding.matchKey(latin)
        for form in ["'", "`", "´", "\u{2018}", "\u{2019}", "\u{2BB}", "\u{2BC}"] {
            let retyped = latin.replacingOccurrences(of: "\u{2BB}", with: form).replacingOccurrences(of: "\u{2BC}", with: form)
            #expect(ScriptFolding.matchKey(retyped) == key, "\(retyped)")
        }
    }

    @Test func roYxatiInEveryForm() {
        let keys = Set(["ro'yxati", "roʻyxati", "ro‘yxati", "ro’yxati", "ro`yxati", "roʼyxati", "рўйхати", "РЎЙХАТИ", "royxati"]
            .map(ScriptFolding.matchKey))
        #expect(keys == ["royxati"])
    }

    @Test(arguments: [
        ("shahar", "sahar"), ("xol", "hol"), ("qol", "kol"), ("yer", "er"), ("ер", "эр"), ("yosh", "osh"),
        ("chiq", "shiq"), ("tosh", "tog"), ("sher", "ser"), ("ming", "min"), ("Toshkent", "Tashkent"),
        ("qishloq", "kishlok"), ("шаҳар", "саҳар"), ("ҳол", "хол"), ("yetti", "etti"), ("ishchi", "ishi"),
        ("gul", "kul"), ("bor", "bar"), ("oʻn", "un"), ("xalq", "halq"), ("Тошкент", "Ташкент"),
        ("vazirlik", "vazirlar"), ("kitob", "kitobxona"),
    ])
    func differentWordsStayApart(_ a: String, _ b: String) {
        #expect(ScriptFolding.matchKey(a) != ScriptFolding.matchKey(b))
    }

    @Test func mixedCase() {
        for text in ["O'ZBEKISTON", "ЎЗБЕКИСТОН", "oʻZbEkIsToN", "Oʻzbekiston", "ЎзБеКиСтОн"] {
            #expect(ScriptFolding.matchKey(text) == "ozbekiston", "\(text)")
        }
        #expect(ScriptFolding.matchKey("ТОШКЕНТ ШАҲРИ") == ScriptFolding.matchKey("Toshkent shahri"))
    }

    @Test func zeroWidthAndBidiMarksVanishInsideWords() {
        #expect(ScriptFolding.matchKey("o\u{200B}ʻzbek\u{200D}iston") == "ozbekiston")
        #expect(ScriptFolding.matchKey("\u{FEFF}vazirlik\u{2060}") == "vazirlik")
        #expect(ScriptFolding.matchKey("kutub\u{AD}xona") == "kutubxona")
        #expect(ScriptFolding.matchKey("маъ\u{200C}лумот") == "malumot")
        #expect(ScriptFolding.matchKey("\u{200E}Toshkent\u{200F} \u{202A}2024\u{202C}") == "toshkent 2024")
    }

    @Test func combiningMarksAndDiacriticsDrop() {
        #expect(ScriptFolding.matchKey("Cafe\u{301}") == "cafe")
        #expect(ScriptFolding.matchKey("Café") == "cafe")
        #expect(ScriptFolding.matchKey("Ölçü") == "olcu")
        #expect(ScriptFolding.matchKey("ĞAZNA Şahar") == "gazna sahar")
        #expect(ScriptFolding.matchKey("İstanbul Łódź") == "istanbul lodz")
        #expect(ScriptFolding.matchKey("Việt Nam") == "viet nam")
        // Decomposed Cyrillic letters keep their value instead of losing the mark.
        #expect(ScriptFolding.matchKey("и\u{306}ил") == ScriptFolding.matchKey("йил"))
        #expect(ScriptFolding.matchKey("у\u{306}збекистон") == "ozbekiston")
        #expect(ScriptFolding.matchKey("е\u{308}ш") == ScriptFolding.matchKey("ёш"))
        #expect(ScriptFolding.matchKey("миллӣ") == ScriptFolding.matchKey("милли\u{304}"))
    }

    @Test func tajik() {
        #expect(ScriptFolding.matchKey("Ҷумҳурии Тоҷикистон") == "jumhurii tojikiston")
        #expect(ScriptFolding.matchKey("Китобхонаи миллӣ") == "kitobxonai milli")
        #expect(ScriptFolding.matchKey("кӯҳ") == "kuh")
        #expect(ScriptFolding.matchKey("Қонуни Ҷумҳурии Тоҷикистон «Дар бораи иттилоот»")
            == "qonuni jumhurii tojikiston dar borai ittiloot")
        #expect(ScriptFolding.matchKey("ғалла") == ScriptFolding.matchKey("gʻalla"))
        // Shared words meet across the two languages' scripts.
        #expect(ScriptFolding.matchKey("китоб") == ScriptFolding.matchKey("kitob"))
    }

    @Test func russian() {
        #expect(ScriptFolding.matchKey("Министерство юстиции") == "ministerstvo yustisii")
        #expect(ScriptFolding.matchKey("Общество") == "obshestvo")
        #expect(ScriptFolding.matchKey("Открытые данные") == "otkritiye danniye")
        #expect(ScriptFolding.matchKey("ГОСУДАРСТВЕННЫЙ КОМИТЕТ ПО СТАТИСТИКЕ") == "gosudarstvenniy komitet po statistike")
        #expect(ScriptFolding.matchKey("Ёлка, подъезд") == "yolka podezd")
        // Russian spellings of shared loanwords meet the Uzbek ones.
        #expect(ScriptFolding.matchKey("Конституция") == ScriptFolding.matchKey("Konstitutsiya"))
        #expect(ScriptFolding.matchKey("сентябрь") == ScriptFolding.matchKey("sentabr"))
        #expect(ScriptFolding.matchKey("Ташкент") != ScriptFolding.matchKey("Тошкент"))
    }

    @Test func rightToLeftTextPassesThrough() {
        #expect(ScriptFolding.matchKey("البيانات المفتوحة") == "البيانات المفتوحة")
        #expect(ScriptFolding.matchKey("مَكْتَبَة") == "مكتبة")
        #expect(ScriptFolding.matchKey("\u{202B}طشقند\u{202C}، Toshkent") == "طشقند toshkent")
        #expect(ScriptFolding.matchKey("ספרייה לאומית") == "ספרייה לאומית")
        #expect(ScriptFolding.matchKey("کتاب\u{200C}خانه") == "کتابخانه")
        #expect(ScriptFolding.tokens("داده\u{200C}های باز ٢٠٢٤") == ["دادههای", "باز", "٢٠٢٤"])
    }

    @Test func emptyAndBlank() {
        #expect(ScriptFolding.matchKey("") == "")
        #expect(ScriptFolding.matchKey("   \t\n") == "")
        #expect(ScriptFolding.matchKey("— , . ! ʻ ' \u{200B}") == "")
        #expect(ScriptFolding.tokens("") == [])
        #expect(ScriptFolding.tokens(" ‘ ’ ") == [])
    }

    @Test func punctuationSeparatesAndDigitsStay() {
        #expect(ScriptFolding.matchKey("Toshkent, 2024-yil.") == "toshkent 2024 yil")
        #expect(ScriptFolding.matchKey("  PF-6247 son  Farmon ") == "pf 6247 son farmon")
        #expect(ScriptFolding.matchKey("№808 qaror") == "808 qaror")
        #expect(ScriptFolding.tokens("Oʻzbekiston Respublikasi  Vazirlar\tMahkamasi") == ["ozbekiston", "respublikasi", "vazirlar", "mahkamasi"])
        #expect(ScriptFolding.tokens("“Ochiq maʼlumotlar” portali") == ["ochiq", "malumotlar", "portali"])
    }

    private func expectSameKey(_ latin: String, _ cyrillic: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let latinKey = ScriptFolding.matchKey(latin)
        #expect(latinKey == ScriptFolding.matchKey(cyrillic), "\(latin) / \(cyrillic)", sourceLocation: sourceLocation)
        #expect(!latinKey.isEmpty, sourceLocation: sourceLocation)
    }
}

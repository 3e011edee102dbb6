import Testing
import ManbaCore

@Suite struct UzbekTransliterationTests {
    /// Latin spellings that do not say which Cyrillic letter they stand for and that the loanword table
    /// leaves to the rules, so Latin to Cyrillic cannot give back the dictionary form: s for ц in words
    /// too short to tell from native ones (sirk/цирк beside sirka/сирка).
    static let ambiguousInLatin: Set<String> = ["sirk", "sex"]

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
        ("Концерт ва конференция 1 январда бўлди, станция 15 сентябрда очилади.",
         "Konsert va konferensiya 1 yanvarda boʻldi, stansiya 15 sentabrda ochiladi."),
        ("XXI аср: CSV, JSON ва PM2.5 маълумотлари, 100 USD.", "XXI asr: CSV, JSON va PM2.5 maʼlumotlari, 100 USD."),
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
        // Loanwords whose Cyrillic is shorter or longer than the Latin still take its case.
        ("STANSIYA", "СТАНЦИЯ"), ("Stansiya", "Станция"), ("stansiya", "станция"), ("STANSIYALAR", "СТАНЦИЯЛАР"),
        ("Budjetdan", "Бюджетдан"), ("BUDJET", "БЮДЖЕТ"), ("KOMPYUTERLAR", "КОМПЬЮТЕРЛАР"), ("MOʻJIZA", "МЎЪЖИЗА"),
        ("Moʻjizaviy", "Мўъжизавий"), ("Model", "Модель"), ("MODEL", "МОДЕЛЬ"), ("Avtomobil", "Автомобиль"),
        ("Oktabrda", "Октябрда"), ("KONSENTRATSIYA", "КОНЦЕНТРАЦИЯ"),
    ])
    func latinToCyrillicKeepsCase(latin: String, cyrillic: String) {
        #expect(UzbekTransliteration.latinToCyrillic(latin) == cyrillic)
    }

    @Test(arguments: [
        // ц written s
        ("stansiya", "станция"), ("stansiyalarda", "станцияларда"), ("kvitansiya", "квитанция"),
        ("konsert", "концерт"), ("konferensiyasi", "конференцияси"), ("sement", "цемент"), ("prinsipial", "принципиал"),
        ("sentr", "центр"), ("distansion", "дистанцион"), ("distansiya", "дистанция"),
        ("aksiya", "акция"), ("aksiyadorlik", "акциядорлик"), ("aksiz", "акциз"), ("inspeksiya", "инспекция"),
        ("korrupsiyaga", "коррупцияга"), ("funksiya", "функция"), ("funksional", "функционал"),
        ("infeksion", "инфекцион"), ("seftriakson", "цефтриаксон"), ("spetsifikatsiya", "спецификация"),
        // the longest stem wins, and the rules go on after it
        ("konsentrat", "концентрат"), ("konsentratsiya", "концентрация"), ("konsentratlar", "концентратлар"),
        // ь ъ ю that the Latin does not write
        ("budjet", "бюджет"), ("budjetdan", "бюджетдан"), ("kompyuterlar", "компьютерлар"),
        ("premyer-ministr", "премьер-министр"), ("inyeksiya", "инъекция"), ("medalyon", "медальон"),
        ("film", "фильм"), ("filmlar", "фильмлар"), ("albom", "альбом"), ("Polsha", "Польша"),
        ("moʻjiza", "мўъжиза"), ("mo'tabar", "мўътабар"), ("mo‘tadil", "мўътадил"),
        // whole words only: a suffix drops the soft sign
        ("model", "модель"), ("modellar", "моделлар"), ("avtomobil", "автомобиль"), ("avtomobillar", "автомобиллар"),
        ("neft", "нефть"), ("neftchi", "нефтчи"), ("dizel-generator", "дизель-генератор"), ("mebel,", "мебель,"),
        // words the rules already spell, and native words that only look like a stem
        ("obyekt", "объект"), ("subyektlar", "субъектлар"), ("litsenziya", "лицензия"), ("yevro", "евро"),
        ("sertifikat", "сертификат"), ("sertifikatsiya", "сертификация"), ("sirka", "сирка"), ("konserva", "консерва"),
        ("pensiya", "пенсия"), ("aksincha", "аксинча"),
    ])
    func loanwordsGetTheirDictionarySpelling(latin: String, cyrillic: String) {
        #expect(UzbekTransliteration.latinToCyrillic(latin) == cyrillic)
    }

    @Test func monthsFollowUzbekNotRussianSpelling() {
        #expect(UzbekTransliteration.latinToCyrillic("yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr")
            == "январ феврал март апрел май июн июл август сентябр октябр ноябр декабр")
        #expect(UzbekTransliteration.latinToCyrillic("2024-yil 1-yanvar, 15-sentabrgacha, OKTABR") == "2024-йил 1-январ, 15-сентябргача, ОКТЯБР")
    }

    @Test(arguments: [
        // listed acronyms and currency codes, in capitals only
        ("CSV, JSON va XML", "CSV, JSON ва XML"), ("API orqali", "API орқали"), ("GPS (WGS 84)", "GPS (WGS 84)"),
        ("ISO 8601, UTC+5", "ISO 8601, UTC+5"), ("GDP va YaIM", "GDP ва ЯИМ"), ("IT-park", "IT-парк"),
        ("100 USD = 1 250 000 UZS", "100 USD = 1 250 000 UZS"), ("EUR, RUB, CNY", "EUR, RUB, CNY"),
        ("25 °C", "25 °C"), ("YYYY-MM-DD", "YYYY-MM-DD"),
        // capitals mixed with digits
        ("PM2.5 va PM10", "PM2.5 ва PM10"), ("CO2, NO2, SO2", "CO2, NO2, SO2"),
        // Roman numerals
        ("XXI asr", "XXI аср"), ("II chorak", "II чорак"), ("IV bob", "IV боб"), ("XIV-XV asrlar", "XIV-XV асрлар"),
        ("I va V", "I ва V"),
        // but not Uzbek abbreviations, words in capitals, initials, units or house numbers
        ("MChJ, AJ, XK", "МЧЖ, АЖ, ХК"), ("AQSH, QQS, OʻRVI", "АҚШ, ҚҚС, ЎРВИ"), ("PF-6247", "ПФ-6247"),
        ("MIX, DIL, ILM", "МИХ, ДИЛ, ИЛМ"), ("I. Karimov, V. Ivanov", "И. Каримов, В. Иванов"),
        ("448,9 ming km2", "448,9 минг км2"), ("12A uy", "12А уй"), ("Json, csv", "Жсон, цсв"),
    ])
    func latinTokensOfCyrillicTextsStayLatin(latin: String, cyrillic: String) {
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

import ManbaCore

/// Each criterion's name and the fix a publisher should make when it fails, in the five languages.
/// They live beside the rules, not in the pages, because the API gives them out too.
extension QualityCriterion {
    public var title: LocalizedText {
        switch self {
        case .openLicence: texts("Ochiq litsenziya", "Очиқ лицензия", "Открытая лицензия", "Open licence", "Иҷозатномаи кушода")
        case .description: texts("Tavsif", "Тавсиф", "Описание", "Description", "Тавсиф")
        case .frequency: texts("Yangilanish davriyligi", "Янгиланиш даврийлиги", "Периодичность обновления", "Update frequency", "Давраи навсозӣ")
        case .updatedInTime: texts("Oʻz vaqtida yangilangan", "Ўз вақтида янгиланган", "Своевременное обновление", "Updated in time", "Саривақт навсозӣ шудааст")
        case .temporalCoverage: texts("Vaqt qamrovi", "Вақт қамрови", "Временной охват", "Temporal coverage", "Фарогирии вақт")
        case .spatialCoverage: texts("Hududiy qamrov", "Ҳудудий қамров", "Территориальный охват", "Spatial coverage", "Фарогирии ҳудудӣ")
        case .openFormats: texts("Ochiq mashinada oʻqiladigan format", "Очиқ машинада ўқиладиган формат", "Открытый машиночитаемый формат",
                                 "Open machine-readable format", "Формати кушодаи мошинхонда")
        case .workingLinks: texts("Ishlaydigan havolalar", "Ишлайдиган ҳаволалар", "Работающие ссылки", "Working links", "Истинодҳои корӣ")
        case .documentation: texts("Hujjatlar", "Ҳужжатлар", "Документация", "Documentation", "Ҳуҷҷатгузорӣ")
        case .contactPoint: texts("Aloqa uchun manzil", "Алоқа учун манзил", "Контактное лицо", "Contact point", "Шахси тамос")
        }
    }

    public var fixHint: LocalizedText {
        switch self {
        case .openLicence: texts(
            "Maʼlumotlar toʻplami uchun ochiq litsenziyani tanlang, masalan Creative Commons Attribution 4.0 (cc-by-4.0), CC0 yoki ODbL.",
            "Маълумотлар тўплами учун очиқ лицензияни танланг, масалан Creative Commons Attribution 4.0 (cc-by-4.0), CC0 ёки ODbL.",
            "Выберите для набора данных открытую лицензию, например Creative Commons Attribution 4.0 (cc-by-4.0), CC0 или ODbL.",
            "Choose an open licence for the dataset, for example Creative Commons Attribution 4.0 (cc-by-4.0), CC0 or ODbL.",
            "Барои маҷмӯаи маълумот иҷозатномаи кушода интихоб кунед, масалан Creative Commons Attribution 4.0 (cc-by-4.0), CC0 ё ODbL.")
        case .description: texts(
            "Maʼlumotlar toʻplamini kamida 15 soʻz bilan tavsiflang: unda nima borligi, maʼlumotlar qayerdan olinishi va qanday yigʻilishi.",
            "Маълумотлар тўпламини камида 15 сўз билан тавсифланг: унда нима борлиги, маълумотлар қаердан олиниши ва қандай йиғилиши.",
            "Опишите набор данных не менее чем 15 словами: что в нём содержится, откуда берутся данные и как они собираются.",
            "Describe the dataset in at least 15 words: what it contains, where the data comes from and how it is collected.",
            "Маҷмӯаи маълумотро на камтар аз 15 калима тавсиф диҳед: дар он чӣ ҳаст, маълумот аз куҷо гирифта мешавад ва чӣ тавр ҷамъ карда мешавад.")
        case .frequency: texts(
            "Maʼlumotlar qanchalik tez-tez yangilanishini koʻrsating (har kuni, har hafta, har oy, har chorak, har yarim yil, har yili, notekis yoki oʻzgarganda).",
            "Маълумотлар қанчалик тез-тез янгиланишини кўрсатинг (ҳар куни, ҳар ҳафта, ҳар ой, ҳар чорак, ҳар ярим йил, ҳар йили, нотекис ёки ўзгарганда).",
            "Укажите, как часто обновляются данные (ежедневно, еженедельно, ежемесячно, ежеквартально, раз в полгода, ежегодно, нерегулярно или при изменении).",
            "Declare how often the data is updated (daily, weekly, monthly, quarterly, half-yearly, annually, irregularly or on change).",
            "Нишон диҳед, ки маълумот чанд вақт як бор нав карда мешавад (ҳаррӯза, ҳарҳафтаина, ҳармоҳа, ҳарсемоҳа, ҳар нимсола, солона, номунтазам ё ҳангоми тағйир).")
        case .updatedInTime: texts(
            "Yangi maʼlumotlarni eʼlon qiling: oxirgi yangilanish koʻrsatilgan davriylik ruxsat berganidan eskiroq. Fayl yoki havolani joriy maʼlumotlar bilan almashtiring yoki davriylikni toʻgʻrilang.",
            "Янги маълумотларни эълон қилинг: охирги янгиланиш кўрсатилган даврийлик рухсат берганидан эскироқ. Файл ёки ҳаволани жорий маълумотлар билан алмаштиринг ёки даврийликни тўғриланг.",
            "Опубликуйте новые данные: последнее обновление старше, чем допускает заявленная периодичность. Замените файл или ссылку актуальными данными или исправьте периодичность.",
            "Publish new data: the last data update is older than the declared frequency allows. Replace the file or link with current data, or correct the declared frequency.",
            "Маълумоти навро нашр кунед: навсозии охирин аз он ки давраи эълоншуда иҷозат медиҳад, кӯҳнатар аст. Файл ё истинодро бо маълумоти ҷорӣ иваз кунед ё давраро ислоҳ намоед.")
        case .temporalCoverage: texts(
            "Maʼlumotlar qamrab olgan davrni (boshlanish va tugash sanalarini) koʻrsating.",
            "Маълумотлар қамраб олган даврни (бошланиш ва тугаш саналарини) кўрсатинг.",
            "Укажите период, который охватывают данные (даты начала и окончания).",
            "Give the period the data covers (its start and end dates).",
            "Давреро, ки маълумот фаро мегирад (санаҳои оғоз ва анҷом), нишон диҳед.")
        case .spatialCoverage: texts(
            "Maʼlumotlar qaysi hududni qamrab olishini koʻrsating (masalan, butun mamlakat, viloyat yoki tuman).",
            "Маълумотлар қайси ҳудудни қамраб олишини кўрсатинг (масалан, бутун мамлакат, вилоят ёки туман).",
            "Укажите, какую территорию охватывают данные (например, вся страна, область или район).",
            "Say which territory the data covers (for example the whole country, a region or a district).",
            "Нишон диҳед, ки маълумот кадом ҳудудро фаро мегирад (масалан, тамоми кишвар, вилоят ё ноҳия).")
        case .openFormats: texts(
            "Kamida bitta faylni CSV, JSON, XML yoki GeoJSON kabi ochiq mashinada oʻqiladigan formatda eʼlon qiling, faqat PDF, Word yoki Excel emas.",
            "Камида битта файлни CSV, JSON, XML ёки GeoJSON каби очиқ машинада ўқиладиган форматда эълон қилинг, фақат PDF, Word ёки Excel эмас.",
            "Опубликуйте хотя бы один файл в открытом машиночитаемом формате, таком как CSV, JSON, XML или GeoJSON, а не только PDF, Word или Excel.",
            "Publish at least one file in an open machine-readable format such as CSV, JSON, XML or GeoJSON, not only PDF, Word or Excel.",
            "Ақаллан як файлро дар формати кушодаи мошинхонда, ба монанди CSV, JSON, XML ё GeoJSON нашр кунед, на танҳо PDF, Word ё Excel.")
        case .workingLinks: texts(
            "Maʼlumotlar toʻplamining baʼzi havolalari ochilmayapti. Buzilgan havolalarni tuzating yoki olib tashlang yoxud fayllarni portalga yuklang.",
            "Маълумотлар тўпламининг баъзи ҳаволалари очилмаяпти. Бузилган ҳаволаларни тузатинг ёки олиб ташланг ёхуд файлларни порталга юкланг.",
            "Некоторые ссылки набора данных не открываются. Исправьте или удалите неработающие ссылки либо загрузите файлы на портал.",
            "Some of the dataset's links do not open. Fix or remove the broken links, or upload the files to the portal.",
            "Баъзе истинодҳои маҷмӯаи маълумот кушода намешаванд. Истинодҳои вайронро ислоҳ ё нест кунед ё файлҳоро ба портал бор кунед.")
        case .documentation: texts(
            "Hujjatlar qoʻshing: maydonlar va oʻlchov birliklarini tushuntiruvchi “Hujjatlar” (yoki “Maʼlumotlar lugʻati”) nomli resurs, havolasi bilan “documentation” qoʻshimcha maydoni yoki kamida 80 soʻzli tavsif.",
            "Ҳужжатлар қўшинг: майдонлар ва ўлчов бирликларини тушунтирувчи «Ҳужжатлар» (ёки «Маълумотлар луғати») номли ресурс, ҳаволаси билан “documentation” қўшимча майдони ёки камида 80 сўзли тавсиф.",
            "Добавьте документацию: ресурс с названием «Документация» (или «Словарь данных»), объясняющий поля и единицы измерения, дополнительное поле “documentation” со ссылкой или описание не короче 80 слов.",
            "Add documentation: a resource named “Documentation” (or “Data dictionary”) that explains the fields and units, a “documentation” extra with its link, or a description of at least 80 words.",
            "Ҳуҷҷатгузорӣ илова кунед: манбае бо номи «Ҳуҷҷатгузорӣ» (ё «Луғати маълумот»), ки майдонҳо ва воҳидҳои ченакро шарҳ медиҳад, майдони иловагии “documentation” бо истинод ё тавсифи на камтар аз 80 калима.")
        case .contactPoint: texts(
            "Foydalanuvchilar maʼlumotlar haqida soʻrashi uchun masʼul xodimning elektron pochta manzilini koʻrsating.",
            "Фойдаланувчилар маълумотлар ҳақида сўраши учун масъул ходимнинг электрон почта манзилини кўрсатинг.",
            "Укажите адрес электронной почты ответственного за данные, чтобы пользователи могли задать вопрос.",
            "Give the maintainer's e-mail address, so that users can ask about the data.",
            "Суроғаи почтаи электронии масъули маълумотро нишон диҳед, то корбарон дар бораи маълумот савол дода тавонанд.")
        }
    }

    private func texts(_ uzLatn: String, _ uzCyrl: String, _ ru: String, _ en: String, _ tg: String) -> LocalizedText {
        LocalizedText([.uzLatn: uzLatn, .uzCyrl: uzCyrl, .ru: ru, .en: en, .tg: tg])
    }
}

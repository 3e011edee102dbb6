import Library

/// The texts of the library catalogue's pages (OPAC), in the five languages.
enum LibraryMessage: PageText {
    case catalogue, catalogueIntro, records, libraries, searchHint, holdings, library, region, sublocation, callNumber
    case copy, availability, available, onLoan, publisher, year, isbn, subjects, authors, language, material, contributed
    case marcView, export, recordNumber, facetName(LibraryFacet), materialName(MaterialType), sortYearNewest, sortYearOldest
    case sortTitle, noHoldings, contributingLibrary, code, kind, recordsFound
    case searchForeign, foreignCatalogues, targetFailed, targetTimedOut
    case digitalCopies, readOnline, downloadCopy, openAccess, registeredOnly, signInToRead, addCopy, copyFile, access, readsAndDownloads

    var texts: (String, String, String, String, String) {
        switch self {
        case .catalogue: return ("Kutubxonalar katalogi", "Кутубхоналар каталоги", "Сводный каталог библиотек", "Library catalogue", "Феҳристи китобхонаҳо")
        case .catalogueIntro: return ("Respublika kutubxonalarining yagona elektron katalogi: qaysi kutubxonada qaysi kitob borligini toping.",
                                      "Республика кутубхоналарининг ягона электрон каталоги: қайси кутубхонада қайси китоб борлигини топинг.",
                                      "Единый электронный каталог библиотек республики: узнайте, в какой библиотеке есть нужная книга.",
                                      "The union catalogue of the country's libraries: find which library holds what.",
                                      "Феҳристи ягонаи электронии китобхонаҳо: бифаҳмед, ки кадом китоб дар кадом китобхона ҳаст.")
        case .records: return ("yozuv", "ёзув", "записей", "records", "сабт")
        case .libraries: return ("Kutubxonalar", "Кутубхоналар", "Библиотеки", "Libraries", "Китобхонаҳо")
        case .searchHint: return ("Sarlavha, muallif, mavzu yoki ISBN — lotin yoki kirill yozuvida", "Сарлавҳа, муаллиф, мавзу ёки ISBN — лотин ёки кирилл ёзувида",
                                  "Заглавие, автор, тема или ISBN — латиницей или кириллицей", "Title, author, subject or ISBN — in Latin or Cyrillic script",
                                  "Унвон, муаллиф, мавзӯъ ё ISBN — бо хатти лотинӣ ё кириллӣ")
        case .holdings: return ("Qaysi kutubxonalarda bor", "Қайси кутубхоналарда бор", "Где есть экземпляры", "Where to find it", "Дар кадом китобхонаҳо ҳаст")
        case .library: return ("Kutubxona", "Кутубхона", "Библиотека", "Library", "Китобхона")
        case .region: return ("Hudud", "Ҳудуд", "Регион", "Region", "Минтақа")
        case .sublocation: return ("Boʻlim", "Бўлим", "Отдел", "Location", "Шуъба")
        case .callNumber: return ("Shifr", "Шифр", "Шифр", "Call number", "Шифр")
        case .copy: return ("Nusxa", "Нусха", "Экземпляр", "Copy", "Нусха")
        case .availability: return ("Holati", "Ҳолати", "Доступность", "Availability", "Дастрасӣ")
        case .available: return ("Mavjud", "Мавжуд", "Доступен", "Available", "Дастрас")
        case .onLoan: return ("Berilgan", "Берилган", "Выдан", "On loan", "Дода шудааст")
        case .publisher: return ("Nashriyot", "Нашриёт", "Издательство", "Publisher", "Нашриёт")
        case .year: return ("Yil", "Йил", "Год", "Year", "Сол")
        case .isbn: return ("ISBN", "ISBN", "ISBN", "ISBN", "ISBN")
        case .subjects: return ("Mavzular", "Мавзулар", "Темы", "Subjects", "Мавзӯъҳо")
        case .authors: return ("Mualliflar", "Муаллифлар", "Авторы", "Authors", "Муаллифон")
        case .language: return ("Til", "Тил", "Язык", "Language", "Забон")
        case .material: return ("Material turi", "Материал тури", "Тип материала", "Material type", "Навъи мавод")
        case .contributed: return ("Kutubxonalar yuborgan yozuvlar", "Кутубхоналар юборган ёзувлар", "Записи, присланные библиотеками", "Records contributed by libraries", "Сабтҳои фиристодаи китобхонаҳо")
        case .marcView: return ("MARC koʻrinishi", "MARC кўриниши", "Формат MARC", "MARC view", "Намуди MARC")
        case .export: return ("Eksport", "Экспорт", "Экспорт", "Export", "Содирот")
        case .recordNumber: return ("Yozuv raqami", "Ёзув рақами", "Номер записи", "Record number", "Рақами сабт")
        case .facetName(let facet):
            switch facet {
            case .library: return LibraryMessage.library.texts
            case .region: return LibraryMessage.region.texts
            case .language: return LibraryMessage.language.texts
            case .year: return LibraryMessage.year.texts
            case .material: return LibraryMessage.material.texts
            case .subject: return ("Mavzu", "Мавзу", "Тема", "Subject", "Мавзӯъ")
            }
        case .materialName(let type):
            switch type {
            case .book: return ("Kitob", "Китоб", "Книга", "Book", "Китоб")
            case .serial: return ("Davriy nashr", "Даврий нашр", "Периодическое издание", "Serial", "Нашрияи даврӣ")
            case .article: return ("Maqola", "Мақола", "Статья", "Article", "Мақола")
            case .music: return ("Notalar", "Ноталар", "Ноты", "Music score", "Нотаҳо")
            case .map: return ("Xarita", "Харита", "Карта", "Map", "Харита")
            case .video: return ("Video", "Видео", "Видео", "Video", "Видео")
            case .audio: return ("Audio", "Аудио", "Аудио", "Audio", "Аудио")
            case .computerFile: return ("Elektron resurs", "Электрон ресурс", "Электронный ресурс", "Electronic resource", "Манбаи электронӣ")
            case .image: return ("Tasvir", "Тасвир", "Изображение", "Image", "Тасвир")
            case .object: return ("Buyum", "Буюм", "Предмет", "Object", "Ашё")
            case .manuscript: return ("Qoʻlyozma", "Қўлёзма", "Рукопись", "Manuscript", "Дастнавис")
            case .mixed: return ("Aralash", "Аралаш", "Смешанный", "Mixed materials", "Омехта")
            }
        case .sortYearNewest: return ("Avval yangilari", "Аввал янгилари", "Сначала новые", "Newest first", "Аввал навҳо")
        case .sortYearOldest: return ("Avval eskilari", "Аввал эскилари", "Сначала старые", "Oldest first", "Аввал кӯҳнаҳо")
        case .sortTitle: return ("Sarlavha boʻyicha", "Сарлавҳа бўйича", "По заглавию", "By title", "Аз рӯи унвон")
        case .noHoldings: return ("Nusxalar haqida maʼlumot yoʻq", "Нусхалар ҳақида маълумот йўқ", "Нет сведений об экземплярах", "No holdings recorded", "Маълумот дар бораи нусхаҳо нест")
        case .contributingLibrary: return ("Yuborgan kutubxona", "Юборган кутубхона", "Библиотека-источник", "Contributing library", "Китобхонаи фиристанда")
        case .code: return ("Kod", "Код", "Код", "Code", "Рамз")
        case .kind: return ("Turi", "Тури", "Тип", "Type", "Навъ")
        case .searchForeign: return ("Xorijiy kataloglarda ham qidirish", "Хорижий каталогларда ҳам қидириш", "Искать и в зарубежных каталогах",
                                     "Search foreign catalogues too", "Дар феҳристҳои хориҷӣ низ ҷустуҷӯ кардан")
        case .foreignCatalogues: return ("Xorijiy kataloglar", "Хорижий каталоглар", "Зарубежные каталоги", "Foreign catalogues", "Феҳристҳои хориҷӣ")
        case .targetFailed: return ("Javob bermadi", "Жавоб бермади", "Не ответил", "Did not answer", "Ҷавоб надод")
        case .targetTimedOut: return ("Vaqt tugadi", "Вақт тугади", "Время ожидания истекло", "Timed out", "Вақт тамом шуд")
        case .digitalCopies: return ("Elektron nusxalar", "Электрон нусхалар", "Электронные копии", "Digital copies", "Нусхаҳои электронӣ")
        case .readOnline: return ("Onlayn oʻqish", "Онлайн ўқиш", "Читать онлайн", "Read online", "Онлайн хондан")
        case .downloadCopy: return ("Yuklab olish", "Юклаб олиш", "Скачать", "Download", "Боргирӣ")
        case .openAccess: return ("Ochiq kirish", "Очиқ кириш", "Открытый доступ", "Open access", "Дастрасии озод")
        case .registeredOnly: return ("Roʻyxatdan oʻtgan kitobxonlar uchun", "Рўйхатдан ўтган китобхонлар учун", "Для зарегистрированных читателей", "Registered readers only", "Барои хонандагони ба қайд гирифташуда")
        case .signInToRead: return ("Oʻqish uchun kiring yoki roʻyxatdan oʻting", "Ўқиш учун киринг ёки рўйхатдан ўтинг", "Войдите или зарегистрируйтесь, чтобы читать",
                                    "Sign in or register to read", "Барои хондан ворид шавед ё ба қайд гиред")
        case .addCopy: return ("Elektron nusxa qoʻshish", "Электрон нусха қўшиш", "Добавить электронную копию", "Add a digital copy", "Илова кардани нусхаи электронӣ")
        case .copyFile: return ("PDF yoki EPUB fayl", "PDF ёки EPUB файл", "Файл PDF или EPUB", "PDF or EPUB file", "Файли PDF ё EPUB")
        case .access: return ("Kirish huquqi", "Кириш ҳуқуқи", "Доступ", "Access", "Дастрасӣ")
        case .readsAndDownloads: return ("oʻqilgan / yuklab olingan", "ўқилган / юклаб олинган", "прочтений / скачиваний", "reads / downloads", "хондан / боргирӣ")
        case .recordsFound: return ("ta yozuv topildi", "та ёзув топилди", "записей найдено", "records found", "сабт ёфт шуд")
        }
    }
}

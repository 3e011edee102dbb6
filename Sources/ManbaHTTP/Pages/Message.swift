import OpenData
import ManbaCore

/// A fixed text of the pages in the five languages, in the order Uzbek Latin, Uzbek Cyrillic, Russian,
/// English, Tajik. A switch over cases rather than a table of strings, so a missing translation is a
/// compile error.
protocol PageText {
    var texts: (String, String, String, String, String) { get }
}

extension PageText {
    func text(_ language: Language) -> String {
        let t = texts
        switch language {
        case .uzLatn: return t.0
        case .uzCyrl: return t.1
        case .ru: return t.2
        case .en: return t.3
        case .tg: return t.4
        }
    }
}

/// Every fixed text of the pages, in the five languages (Uzbek Latin, Uzbek Cyrillic, Russian, English,
/// Tajik). A switch rather than a table of strings, so a missing translation is a compile error.
enum Message: PageText {
    case siteTagline, skipToContent, datasets, organisations, themes, api, login, logout, dashboard
    case search, searchPlaceholder, searchButton, resultsFound, noResults, sortBy, sortRelevance, sortModified
    case sortName, sortPopularity, filterBy, removeFilter, previous, next, page
    case organisation, licence, frequency, temporalCoverage, spatialCoverage, maintainer, tags, resources, download
    case format, size, language, lastUpdated, created, history, version, changedFields, author, viewVersion
    case olderVersionNotice, showCurrent, edit, newDataset, save, cancel, title, description, name, nameHelp
    case owner, tagsHelp, socialSignificance, legalReference, privateDataset, username, password, loginFailed
    case required, fixErrors, addResource, uploadFile, orLink, replaceFile, resourceName, apiTokens, createToken
    case tokenCreated, tokenShownOnce, revoke, tokenName, noTokens, yourOrganisations, recentDatasets
    case languageLabel, highContrast, normalContrast, notFound, notFoundText, forbidden, forbiddenText, badRequest
    case errorTitle, backHome, datasetCount, extras, source, metadata, allThemes, region, parent, none
    case frequencyName(Frequency), unspecified, whoWhen, deleteDataset, deleted, csrfFailed, tooLarge
    case footerNote, apiDocs, themesIntro, mostPopular
    case register, registerIntro, fullName, email, passwordAgain, passwordsDiffer

    var texts: (String, String, String, String, String) {
        switch self {
        case .register: return ("Roʻyxatdan oʻtish", "Рўйхатдан ўтиш", "Регистрация", "Register", "Бақайдгирӣ")
        case .registerIntro: return ("Roʻyxatdan oʻtgan kitobxonlar elektron kutubxonadagi kitoblarni uydan yoki ishxonadan oʻqiy oladi.",
                                     "Рўйхатдан ўтган китобхонлар электрон кутубхонадаги китобларни уйдан ёки ишхонадан ўқий олади.",
                                     "Зарегистрированные читатели могут читать книги электронной библиотеки из дома или с работы.",
                                     "Registered readers can read the electronic library's books from home or work.",
                                     "Хонандагони ба қайд гирифташуда китобҳои китобхонаи электрониро аз хона ё кор хонда метавонанд.")
        case .fullName: return ("Ism va familiya", "Исм ва фамилия", "Имя и фамилия", "Full name", "Ному насаб")
        case .email: return ("Elektron pochta", "Электрон почта", "Электронная почта", "Email", "Почтаи электронӣ")
        case .passwordAgain: return ("Parolni takrorlang", "Паролни такрорланг", "Повторите пароль", "Password again", "Паролро такрор кунед")
        case .passwordsDiffer: return ("Parollar mos emas", "Пароллар мос эмас", "Пароли не совпадают", "The passwords differ", "Паролҳо мувофиқ нестанд")
        case .siteTagline: return ("Davlat ochiq maʼlumotlar portali", "Давлат очиқ маълумотлар портали", "Портал открытых данных", "Open government data portal", "Портали маълумоти кушода")
        case .skipToContent: return ("Asosiy mazmunga oʻtish", "Асосий мазмунга ўтиш", "Перейти к содержимому", "Skip to content", "Гузариш ба мундариҷа")
        case .datasets: return ("Maʼlumotlar toʻplamlari", "Маълумотлар тўпламлари", "Наборы данных", "Datasets", "Маҷмӯаҳои маълумот")
        case .organisations: return ("Tashkilotlar", "Ташкилотлар", "Организации", "Organisations", "Ташкилотҳо")
        case .themes: return ("Sohalar", "Соҳалар", "Сферы", "Themes", "Соҳаҳо")
        case .api: return ("API", "API", "API", "API", "API")
        case .login: return ("Kirish", "Кириш", "Войти", "Log in", "Ворид шудан")
        case .logout: return ("Chiqish", "Чиқиш", "Выйти", "Log out", "Баромадан")
        case .dashboard: return ("Shaxsiy kabinet", "Шахсий кабинет", "Личный кабинет", "My account", "Кабинети шахсӣ")
        case .search: return ("Qidiruv", "Қидирув", "Поиск", "Search", "Ҷустуҷӯ")
        case .searchPlaceholder: return ("Masalan: maktablar roʻyxati", "Масалан: мактаблар рўйхати", "Например: список школ", "For example: list of schools", "Масалан: рӯйхати мактабҳо")
        case .searchButton: return ("Qidirish", "Қидириш", "Найти", "Search", "Ҷустан")
        case .resultsFound: return ("ta maʼlumotlar toʻplami topildi", "та маълумотлар тўплами топилди", "наборов данных найдено", "datasets found", "маҷмӯаи маълумот ёфт шуд")
        case .noResults: return ("Hech narsa topilmadi. Boshqa soʻz yoki boshqa yozuvda qidirib koʻring.", "Ҳеч нарса топилмади. Бошқа сўз ёки бошқа ёзувда қидириб кўринг.", "Ничего не найдено. Попробуйте другие слова.", "Nothing found. Try other words.", "Чизе ёфт нашуд. Калимаҳои дигарро санҷед.")
        case .sortBy: return ("Saralash", "Саралаш", "Сортировка", "Sort by", "Тартиб")
        case .sortRelevance: return ("Mosligi", "Мослиги", "По релевантности", "Relevance", "Мувофиқат")
        case .sortModified: return ("Oxirgi oʻzgarish", "Охирги ўзгариш", "Последнее изменение", "Last modified", "Тағйироти охирин")
        case .sortName: return ("Nomi", "Номи", "По названию", "Name", "Ном")
        case .sortPopularity: return ("Ommabopligi", "Оммабоплиги", "Популярность", "Popularity", "Маъруфият")
        case .filterBy: return ("Saralash mezonlari", "Саралаш мезонлари", "Фильтры", "Filters", "Филтрҳо")
        case .removeFilter: return ("Filtrni olib tashlash", "Филтрни олиб ташлаш", "Убрать фильтр", "Remove filter", "Бекор кардани филтр")
        case .previous: return ("Oldingi", "Олдинги", "Назад", "Previous", "Қаблӣ")
        case .next: return ("Keyingi", "Кейинги", "Далее", "Next", "Баъдӣ")
        case .page: return ("Sahifa", "Саҳифа", "Страница", "Page", "Саҳифа")
        case .organisation: return ("Tashkilot", "Ташкилот", "Организация", "Organisation", "Ташкилот")
        case .licence: return ("Litsenziya", "Лицензия", "Лицензия", "Licence", "Иҷозатнома")
        case .frequency: return ("Yangilanish davriyligi", "Янгиланиш даврийлиги", "Периодичность обновления", "Update frequency", "Давраи навсозӣ")
        case .temporalCoverage: return ("Vaqt qamrovi", "Вақт қамрови", "Временной охват", "Temporal coverage", "Фарогирии вақт")
        case .spatialCoverage: return ("Hududiy qamrov", "Ҳудудий қамров", "Территориальный охват", "Spatial coverage", "Фарогирии ҳудудӣ")
        case .maintainer: return ("Masʼul shaxs", "Масъул шахс", "Ответственный", "Maintainer", "Шахси масъул")
        case .tags: return ("Teglar", "Теглар", "Теги", "Tags", "Барчаспҳо")
        case .resources: return ("Fayllar va havolalar", "Файллар ва ҳаволалар", "Файлы и ссылки", "Files and links", "Файлҳо ва пайвандҳо")
        case .download: return ("Yuklab olish", "Юклаб олиш", "Скачать", "Download", "Боргирӣ")
        case .format: return ("Format", "Формат", "Формат", "Format", "Формат")
        case .size: return ("Hajmi", "Ҳажми", "Размер", "Size", "Андоза")
        case .language: return ("Til", "Тил", "Язык", "Language", "Забон")
        case .lastUpdated: return ("Oxirgi yangilanish", "Охирги янгиланиш", "Последнее обновление", "Last updated", "Навсозии охирин")
        case .created: return ("Yaratilgan", "Яратилган", "Создан", "Created", "Сохта шуд")
        case .history: return ("Oʻzgarishlar tarixi", "Ўзгаришлар тарихи", "История изменений", "History", "Таърихи тағйирот")
        case .version: return ("Versiya", "Версия", "Версия", "Version", "Версия")
        case .changedFields: return ("Nima oʻzgardi", "Нима ўзгарди", "Что изменено", "What changed", "Чӣ тағйир ёфт")
        case .author: return ("Kim", "Ким", "Кто", "Who", "Кӣ")
        case .viewVersion: return ("Koʻrish", "Кўриш", "Открыть", "View", "Дидан")
        case .olderVersionNotice: return ("Siz maʼlumotlar toʻplamining eski versiyasini koʻryapsiz", "Сиз маълумотлар тўпламининг эски версиясини кўряпсиз", "Вы смотрите прежнюю версию набора данных", "You are viewing an older version of this dataset", "Шумо версияи пешинаро мебинед")
        case .showCurrent: return ("Joriy versiyani koʻrsatish", "Жорий версияни кўрсатиш", "Показать текущую версию", "Show the current version", "Нишон додани версияи ҷорӣ")
        case .edit: return ("Tahrirlash", "Таҳрирлаш", "Редактировать", "Edit", "Таҳрир")
        case .newDataset: return ("Yangi maʼlumotlar toʻplami", "Янги маълумотлар тўплами", "Новый набор данных", "New dataset", "Маҷмӯаи нав")
        case .save: return ("Saqlash", "Сақлаш", "Сохранить", "Save", "Нигоҳ доштан")
        case .cancel: return ("Bekor qilish", "Бекор қилиш", "Отмена", "Cancel", "Бекор кардан")
        case .title: return ("Sarlavha", "Сарлавҳа", "Название", "Title", "Сарлавҳа")
        case .description: return ("Tavsif", "Тавсиф", "Описание", "Description", "Тавсиф")
        case .name: return ("URL nomi", "URL номи", "Имя в URL", "URL name", "Номи URL")
        case .nameHelp: return ("Lotin kichik harflari, raqamlar, - va _. Boʻsh qoldirilsa, sarlavhadan olinadi.", "Лотин кичик ҳарфлари, рақамлар, - ва _. Бўш қолдирилса, сарлавҳадан олинади.", "Латинские строчные буквы, цифры, - и _. Если пусто, берётся из названия.", "Lowercase Latin letters, digits, - and _. Made from the title when left empty.", "Ҳарфҳои хурди лотинӣ, рақамҳо, - ва _. Агар холӣ бошад, аз сарлавҳа гирифта мешавад.")
        case .owner: return ("Egasi (tashkilot)", "Эгаси (ташкилот)", "Владелец (организация)", "Owner (organisation)", "Соҳиб (ташкилот)")
        case .tagsHelp: return ("Vergul bilan ajrating", "Вергул билан ажратинг", "Через запятую", "Separate with commas", "Бо вергул ҷудо кунед")
        case .socialSignificance: return ("Ijtimoiy ahamiyatga ega maʼlumot", "Ижтимоий аҳамиятга эга маълумот", "Социально значимые данные", "Socially significant data", "Маълумоти аҳамияти иҷтимоӣ")
        case .legalReference: return ("Huquqiy asos", "Ҳуқуқий асос", "Правовое основание", "Legal reference", "Асоси ҳуқуқӣ")
        case .privateDataset: return ("Yopiq (faqat tashkilot aʼzolari koʻradi)", "Ёпиқ (фақат ташкилот аъзолари кўради)", "Закрытый (видят только члены организации)", "Private (only the organisation's members see it)", "Пӯшида (танҳо аъзоёни ташкилот мебинанд)")
        case .username: return ("Foydalanuvchi nomi", "Фойдаланувчи номи", "Имя пользователя", "User name", "Номи корбар")
        case .password: return ("Parol", "Парол", "Пароль", "Password", "Рамз")
        case .loginFailed: return ("Foydalanuvchi nomi yoki parol notoʻgʻri", "Фойдаланувчи номи ёки парол нотўғри", "Неверное имя пользователя или пароль", "Wrong user name or password", "Номи корбар ё рамз нодуруст аст")
        case .required: return ("majburiy", "мажбурий", "обязательно", "required", "ҳатмӣ")
        case .fixErrors: return ("Quyidagi xatolarni tuzating", "Қуйидаги хатоларни тузатинг", "Исправьте ошибки ниже", "Please correct the errors below", "Хатоҳои зеринро ислоҳ кунед")
        case .addResource: return ("Fayl yoki havola qoʻshish", "Файл ёки ҳавола қўшиш", "Добавить файл или ссылку", "Add a file or link", "Илова кардани файл ё пайванд")
        case .uploadFile: return ("Fayl yuklash", "Файл юклаш", "Загрузить файл", "Upload a file", "Боркунии файл")
        case .orLink: return ("yoki havola (URL)", "ёки ҳавола (URL)", "или ссылка (URL)", "or a link (URL)", "ё пайванд (URL)")
        case .replaceFile: return ("Yangi versiyani yuklash", "Янги версияни юклаш", "Загрузить новую версию", "Upload a new version", "Боркунии версияи нав")
        case .resourceName: return ("Fayl nomi", "Файл номи", "Название файла", "Name", "Ном")
        case .apiTokens: return ("API kalitlari", "API калитлари", "API-токены", "API tokens", "Калидҳои API")
        case .createToken: return ("Kalit yaratish", "Калит яратиш", "Создать токен", "Create token", "Сохтани калид")
        case .tokenCreated: return ("Yangi kalit", "Янги калит", "Новый токен", "New token", "Калиди нав")
        case .tokenShownOnce: return ("Uni hozir nusxalab oling: u boshqa koʻrsatilmaydi.", "Уни ҳозир нусхалаб олинг: у бошқа кўрсатилмайди.", "Скопируйте его сейчас: больше он показан не будет.", "Copy it now: it will not be shown again.", "Онро ҳозир нусха гиред: он дигар нишон дода намешавад.")
        case .revoke: return ("Bekor qilish", "Бекор қилиш", "Отозвать", "Revoke", "Бекор кардан")
        case .tokenName: return ("Kalit nomi", "Калит номи", "Название токена", "Token name", "Номи калид")
        case .noTokens: return ("Kalitlar yoʻq", "Калитлар йўқ", "Токенов нет", "No tokens", "Калид нест")
        case .yourOrganisations: return ("Sizning tashkilotlaringiz", "Сизнинг ташкилотларингиз", "Ваши организации", "Your organisations", "Ташкилотҳои шумо")
        case .recentDatasets: return ("Yangi qoʻshilganlar", "Янги қўшилганлар", "Недавно обновлённые", "Recently updated", "Навшудаҳо")
        case .languageLabel: return ("Til", "Тил", "Язык", "Language", "Забон")
        case .highContrast: return ("Katta shrift va yuqori kontrast", "Катта шрифт ва юқори контраст", "Крупный шрифт и высокий контраст", "Large text, high contrast", "Ҳарфи калон ва контрасти баланд")
        case .normalContrast: return ("Oddiy koʻrinish", "Оддий кўриниш", "Обычный вид", "Standard view", "Намуди оддӣ")
        case .notFound: return ("Sahifa topilmadi", "Саҳифа топилмади", "Страница не найдена", "Page not found", "Саҳифа ёфт нашуд")
        case .notFoundText: return ("Bunday manzil yoʻq yoki sizda uni koʻrish huquqi yoʻq.", "Бундай манзил йўқ ёки сизда уни кўриш ҳуқуқи йўқ.", "Такого адреса нет или у вас нет права его видеть.", "There is no such address, or you may not see it.", "Чунин суроға нест ё шумо ҳуқуқи дидани онро надоред.")
        case .forbidden: return ("Ruxsat yoʻq", "Рухсат йўқ", "Нет доступа", "Not allowed", "Иҷозат нест")
        case .forbiddenText: return ("Bu amal uchun sizda huquq yoʻq.", "Бу амал учун сизда ҳуқуқ йўқ.", "У вас нет прав на это действие.", "You are not allowed to do this.", "Шумо барои ин амал ҳуқуқ надоред.")
        case .badRequest: return ("Notoʻgʻri soʻrov", "Нотўғри сўров", "Неверный запрос", "Bad request", "Дархости нодуруст")
        case .errorTitle: return ("Xatolik", "Хатолик", "Ошибка", "Error", "Хато")
        case .backHome: return ("Bosh sahifaga qaytish", "Бош саҳифага қайтиш", "На главную", "Back to the home page", "Бозгашт ба саҳифаи асосӣ")
        case .datasetCount: return ("maʼlumotlar toʻplami", "маълумотлар тўплами", "наборов данных", "datasets", "маҷмӯа")
        case .extras: return ("Qoʻshimcha maydonlar", "Қўшимча майдонлар", "Дополнительные поля", "Additional fields", "Майдонҳои иловагӣ")
        case .source: return ("Manba", "Манба", "Источник", "Source", "Манбаъ")
        case .metadata: return ("Metamaʼlumotlar", "Метамаълумотлар", "Метаданные", "Metadata", "Метамаълумот")
        case .allThemes: return ("Barcha sohalar", "Барча соҳалар", "Все сферы", "All themes", "Ҳамаи соҳаҳо")
        case .region: return ("Hudud", "Ҳудуд", "Регион", "Region", "Минтақа")
        case .parent: return ("Yuqori tashkilot", "Юқори ташкилот", "Вышестоящая организация", "Parent body", "Ташкилоти болоӣ")
        case .none: return ("yoʻq", "йўқ", "нет", "none", "нест")
        case .unspecified: return ("koʻrsatilmagan", "кўрсатилмаган", "не указано", "not specified", "нишон дода нашудааст")
        case .whoWhen: return ("Qachon", "Қачон", "Когда", "When", "Кай")
        case .deleteDataset: return ("Oʻchirish", "Ўчириш", "Удалить", "Delete", "Нест кардан")
        case .deleted: return ("Oʻchirildi", "Ўчирилди", "Удалено", "Deleted", "Нест карда шуд")
        case .csrfFailed: return ("Forma eskirgan. Sahifani yangilab, qayta urinib koʻring.", "Форма эскирган. Саҳифани янгилаб, қайта уриниб кўринг.", "Форма устарела. Обновите страницу и повторите.", "The form has expired. Reload the page and try again.", "Шакл кӯҳна шудааст. Саҳифаро нав карда, боз кӯшиш кунед.")
        case .tooLarge: return ("Fayl juda katta", "Файл жуда катта", "Файл слишком велик", "The file is too large", "Файл хеле калон аст")
        case .footerNote: return ("Manba — ochiq kodli dastur (Apache 2.0). Maʼlumotlar CKAN API orqali ham olinadi.", "Манба — очиқ кодли дастур (Apache 2.0). Маълумотлар CKAN API орқали ҳам олинади.", "Manba — открытое ПО (Apache 2.0). Данные доступны и через CKAN API.", "Manba is open source (Apache 2.0). All data is also available through the CKAN API.", "Manba — барномаи кушода (Apache 2.0). Маълумот тавассути CKAN API низ дастрас аст.")
        case .apiDocs: return ("API hujjatlari (OpenAPI)", "API ҳужжатлари (OpenAPI)", "Документация API (OpenAPI)", "API documentation (OpenAPI)", "Ҳуҷҷатҳои API (OpenAPI)")
        case .themesIntro: return ("Sohalar boʻyicha maʼlumotlar", "Соҳалар бўйича маълумотлар", "Данные по сферам", "Data by theme", "Маълумот аз рӯи соҳа")
        case .mostPopular: return ("Eng koʻp yuklanganlar", "Энг кўп юкланганлар", "Самые скачиваемые", "Most downloaded", "Бештар боргиришуда")
        case .frequencyName(let f):
            switch f {
            case .daily: return ("Har kuni", "Ҳар куни", "Ежедневно", "Daily", "Ҳаррӯза")
            case .weekly: return ("Har hafta", "Ҳар ҳафта", "Еженедельно", "Weekly", "Ҳарҳафтаина")
            case .monthly: return ("Har oy", "Ҳар ой", "Ежемесячно", "Monthly", "Ҳармоҳа")
            case .quarterly: return ("Har chorak", "Ҳар чорак", "Ежеквартально", "Quarterly", "Ҳарсемоҳа")
            case .semiannual: return ("Yarim yilda bir", "Ярим йилда бир", "Раз в полгода", "Half-yearly", "Нимсола")
            case .annual: return ("Har yili", "Ҳар йили", "Ежегодно", "Annually", "Ҳарсола")
            case .irregular: return ("Notekis", "Нотекис", "Нерегулярно", "Irregular", "Ғайримунтазам")
            case .onChange: return ("Oʻzgarganda", "Ўзгарганда", "По мере изменения", "When it changes", "Ҳангоми тағйир")
            }
        }
    }
}

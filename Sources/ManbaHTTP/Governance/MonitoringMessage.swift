import Governance

/// The texts of the monitoring, cabinet and obligation list pages, in the five languages.
enum MonitoringMessage: PageText {
    case monitoring, monitoringIntro, ranking, rank, organisation, obligations, due, onTime, late, overdue, missing, notYetDue
    case compliance, significant, significantIntro, trend, trendDescription, snapshot, snapshots, asOf, noSnapshot, recordOverTime
    case status(ObligationStatus), days, period, deadline, published, dataset, title, periodicity, deadlineRule, legalReference
    case cabinet, cabinetIntro, dueNext, nothingDue, inbox, noNotices, linkDataset, link, chooseOrganisation
    case lists, list, version, state, draft, approved, approvedOn, reference, revisionReason, items, newDraft, copyCurrent
    case importFile, importHint, exportList, approve, addItem, remove, save, runMonitoring, run, createdBy, trigger
    case exportSnapshot, recipient, letterNumber, letterDate, exports, printable, download, figures, quarter, previousSnapshots
    case number, startsOn, yes, no, edit, send, searchesLink, monitoringNav, opennessIndex, opennessFormula, quality, responsiveness

    var texts: (String, String, String, String, String) {
        switch self {
        case .monitoring: return ("Ochiq maʼlumotlar monitoringi", "Очиқ маълумотлар мониторинги", "Мониторинг открытых данных", "Open data monitoring", "Мониторинги маълумоти кушода")
        case .monitoringIntro: return ("Davlat organlari tasdiqlangan roʻyxat boʻyicha maʼlumotlarni oʻz vaqtida eʼlon qilayotgani — maʼlumotlar yangilanishi tarixidan avtomatik hisoblanadi.",
                                       "Давлат органлари тасдиқланган рўйхат бўйича маълумотларни ўз вақтида эълон қилаётгани — маълумотлар янгиланиши тарихидан автоматик ҳисобланади.",
                                       "Своевременность публикации данных государственными органами по утверждённому перечню — рассчитывается автоматически по истории обновлений данных.",
                                       "Whether state bodies publish the data on the approved list on time, computed automatically from the history of data updates.",
                                       "Саривақт нашр кардани маълумот аз ҷониби мақомоти давлатӣ тибқи рӯйхати тасдиқшуда — аз таърихи навсозии маълумот худкор ҳисоб карда мешавад.")
        case .ranking: return ("Reyting", "Рейтинг", "Рейтинг", "Ranking", "Рейтинг")
        case .rank: return ("Oʻrin", "Ўрин", "Место", "Rank", "Ҷой")
        case .organisation: return ("Tashkilot", "Ташкилот", "Организация", "Organisation", "Ташкилот")
        case .obligations: return ("Majburiyatlar", "Мажбуриятлар", "Обязательства", "Obligations", "Ӯҳдадориҳо")
        case .due: return ("Muddati kelgan", "Муддати келган", "Наступил срок", "Due", "Мӯҳлат расидааст")
        case .onTime: return ("Oʻz vaqtida", "Ўз вақтида", "Вовремя", "On time", "Саривақт")
        case .late: return ("Kechikib", "Кечикиб", "С опозданием", "Late", "Бо таъхир")
        case .overdue: return ("Muddati oʻtgan", "Муддати ўтган", "Просрочено", "Overdue", "Мӯҳлат гузаштааст")
        case .missing: return ("Mavjud emas", "Мавжуд эмас", "Отсутствует", "Missing", "Мавҷуд нест")
        case .notYetDue: return ("Muddati kelmagan", "Муддати келмаган", "Срок не наступил", "Not yet due", "Мӯҳлат нарасидааст")
        case .compliance: return ("Bajarilish, %", "Бажарилиш, %", "Исполнение, %", "Compliance, %", "Иҷро, %")
        case .significant: return ("Ijtimoiy ahamiyatli maʼlumotlar", "Ижтимоий аҳамиятли маълумотлар", "Социально значимые данные", "Socially significant data", "Маълумоти аҳамияти иҷтимоидошта")
        case .significantIntro: return ("PF-6247 farmonining 1-ilovasi boʻyicha, choraklar kesimida.", "ПФ-6247 фармонининг 1-иловаси бўйича, чораклар кесимида.",
                                        "По приложению 1 к указу УП-6247, по кварталам.", "Under decree PF-6247, annex 1, by quarter.", "Тибқи замимаи 1 ба фармони ПФ-6247, аз рӯи семоҳаҳо.")
        case .trend: return ("Dinamika", "Динамика", "Динамика", "Trend", "Динамика")
        case .trendDescription: return ("Har bir monitoring sanasidagi bajarilish foizi", "Ҳар бир мониторинг санасидаги бажарилиш фоизи",
                                        "Процент исполнения на каждую дату мониторинга", "Compliance at each monitoring date", "Фоизи иҷро дар ҳар санаи мониторинг")
        case .snapshot: return ("Monitoring natijasi", "Мониторинг натижаси", "Срез мониторинга", "Monitoring snapshot", "Натиҷаи мониторинг")
        case .snapshots: return ("Monitoring natijalari", "Мониторинг натижалари", "Срезы мониторинга", "Monitoring snapshots", "Натиҷаҳои мониторинг")
        case .asOf: return ("Sana holatiga", "Сана ҳолатига", "По состоянию на", "As of", "Ба ҳолати")
        case .noSnapshot: return ("Hali monitoring oʻtkazilmagan.", "Ҳали мониторинг ўтказилмаган.", "Мониторинг ещё не проводился.", "No monitoring has been run yet.", "Ҳанӯз мониторинг гузаронида нашудааст.")
        case .recordOverTime: return ("Vaqt boʻyicha natijalar", "Вақт бўйича натижалар", "Результаты во времени", "Record over time", "Натиҷаҳо дар тӯли вақт")
        case .status(let status):
            switch status {
            case .onTime: return MonitoringMessage.onTime.texts
            case .late: return MonitoringMessage.late.texts
            case .overdue: return MonitoringMessage.overdue.texts
            case .missing: return MonitoringMessage.missing.texts
            case .notYetDue: return MonitoringMessage.notYetDue.texts
            }
        case .days: return ("kun", "кун", "дн.", "days", "рӯз")
        case .period: return ("Davr", "Давр", "Период", "Period", "Давра")
        case .deadline: return ("Muddat", "Муддат", "Срок", "Deadline", "Мӯҳлат")
        case .published: return ("Eʼlon qilingan", "Эълон қилинган", "Опубликовано", "Published", "Нашр шудааст")
        case .dataset: return ("Maʼlumotlar toʻplami", "Маълумотлар тўплами", "Набор данных", "Dataset", "Маҷмӯаи маълумот")
        case .title: return ("Nomi", "Номи", "Название", "Title", "Ном")
        case .periodicity: return ("Davriyligi", "Даврийлиги", "Периодичность", "Periodicity", "Даврият")
        case .deadlineRule: return ("Muddat qoidasi", "Муддат қоидаси", "Правило срока", "Deadline rule", "Қоидаи мӯҳлат")
        case .legalReference: return ("Huquqiy asos", "Ҳуқуқий асос", "Правовое основание", "Legal reference", "Асоси ҳуқуқӣ")
        case .cabinet: return ("Shaxsiy kabinet", "Шахсий кабинет", "Личный кабинет", "Organisation cabinet", "Кабинети шахсӣ")
        case .cabinetIntro: return ("Tashkilotingiz majburiyatlari, navbatdagi muddatlar va xabarnomalar.", "Ташкилотингиз мажбуриятлари, навбатдаги муддатлар ва хабарномалар.",
                                    "Обязательства вашей организации, ближайшие сроки и уведомления.", "Your organisation's obligations, what is due next, and notices.",
                                    "Ӯҳдадориҳои ташкилоти шумо, мӯҳлатҳои навбатӣ ва огоҳиномаҳо.")
        case .dueNext: return ("Navbatdagi muddat", "Навбатдаги муддат", "Ближайший срок", "Due next", "Мӯҳлати навбатӣ")
        case .nothingDue: return ("Yaqin muddatlar yoʻq", "Яқин муддатлар йўқ", "Ближайших сроков нет", "Nothing due", "Мӯҳлати наздик нест")
        case .inbox: return ("Xabarnomalar", "Хабарномалар", "Уведомления", "Notices", "Огоҳиномаҳо")
        case .noNotices: return ("Xabarnomalar yoʻq", "Хабарномалар йўқ", "Уведомлений нет", "No notices", "Огоҳинома нест")
        case .linkDataset: return ("Maʼlumotlar toʻplamini bogʻlash", "Маълумотлар тўпламини боғлаш", "Связать с набором данных", "Link the dataset", "Пайваст кардани маҷмӯа")
        case .link: return ("Bogʻlash", "Боғлаш", "Связать", "Link", "Пайваст кардан")
        case .chooseOrganisation: return ("Tashkilotni tanlang", "Ташкилотни танланг", "Выберите организацию", "Choose an organisation", "Ташкилотро интихоб кунед")
        case .lists: return ("Majburiyatlar roʻyxatlari", "Мажбуриятлар рўйхатлари", "Перечни обязательств", "Obligation lists", "Рӯйхатҳои ӯҳдадориҳо")
        case .list: return ("Roʻyxat", "Рўйхат", "Перечень", "List", "Рӯйхат")
        case .version: return ("Versiya", "Версия", "Версия", "Version", "Версия")
        case .state: return ("Holati", "Ҳолати", "Состояние", "State", "Ҳолат")
        case .draft: return ("Loyiha", "Лойиҳа", "Проект", "Draft", "Лоиҳа")
        case .approved: return ("Tasdiqlangan", "Тасдиқланган", "Утверждён", "Approved", "Тасдиқшуда")
        case .approvedOn: return ("Tasdiqlangan sana", "Тасдиқланган сана", "Дата утверждения", "Approved on", "Санаи тасдиқ")
        case .reference: return ("Tasdiqlovchi hujjat", "Тасдиқловчи ҳужжат", "Утверждающий документ", "Approving document", "Ҳуҷҷати тасдиқкунанда")
        case .revisionReason: return ("Muddatidan oldin qayta koʻrib chiqish sababi", "Муддатидан олдин қайта кўриб чиқиш сабаби",
                                      "Причина внеочередного пересмотра", "Reason for an early revision", "Сабаби аз нав дида баромадани пеш аз мӯҳлат")
        case .items: return ("Bandlar", "Бандлар", "Пункты", "Items", "Бандҳо")
        case .newDraft: return ("Yangi versiya loyihasi", "Янги версия лойиҳаси", "Новый проект версии", "New draft version", "Лоиҳаи версияи нав")
        case .copyCurrent: return ("Amaldagi roʻyxat bandlarini nusxalash", "Амалдаги рўйхат бандларини нусхалаш", "Скопировать пункты действующего перечня",
                                   "Copy the items of the list in force", "Нусхабардории бандҳои рӯйхати амалкунанда")
        case .importFile: return ("Fayldan import (CSV yoki XLSX)", "Файлдан импорт (CSV ёки XLSX)", "Импорт из файла (CSV или XLSX)", "Import from a file (CSV or XLSX)", "Воридот аз файл (CSV ё XLSX)")
        case .importHint: return ("Fayl loyiha bandlarini toʻliq almashtiradi. Xato boʻlsa, hech narsa saqlanmaydi.", "Файл лойиҳа бандларини тўлиқ алмаштиради. Хато бўлса, ҳеч нарса сақланмайди.",
                                  "Файл полностью заменяет пункты проекта. При ошибке ничего не сохраняется.", "The file replaces all items of the draft. If any row is wrong, nothing is stored.",
                                  "Файл бандҳои лоиҳаро пурра иваз мекунад. Ҳангоми хато ҳеҷ чиз нигоҳ дошта намешавад.")
        case .exportList: return ("Roʻyxatni yuklab olish", "Рўйхатни юклаб олиш", "Скачать перечень", "Download the list", "Боргирии рӯйхат")
        case .approve: return ("Tasdiqlash", "Тасдиқлаш", "Утвердить", "Approve", "Тасдиқ кардан")
        case .addItem: return ("Band qoʻshish", "Банд қўшиш", "Добавить пункт", "Add an item", "Илова кардани банд")
        case .remove: return ("Oʻchirish", "Ўчириш", "Удалить", "Remove", "Нест кардан")
        case .save: return ("Saqlash", "Сақлаш", "Сохранить", "Save", "Нигоҳ доштан")
        case .runMonitoring: return ("Monitoringni hozir oʻtkazish", "Мониторингни ҳозир ўтказиш", "Провести мониторинг сейчас", "Run the monitoring now", "Ҳозир гузаронидани мониторинг")
        case .run: return ("Oʻtkazish", "Ўтказиш", "Провести", "Run", "Гузаронидан")
        case .createdBy: return ("Kim tomonidan", "Ким томонидан", "Кем", "By", "Аз ҷониби")
        case .trigger: return ("Turi", "Тури", "Вид", "Kind", "Навъ")
        case .exportSnapshot: return ("Natijani yuborish", "Натижани юбориш", "Отправить срез", "Export for a recipient", "Фиристодани натиҷа")
        case .recipient: return ("Qabul qiluvchi", "Қабул қилувчи", "Получатель", "Recipient", "Гиранда")
        case .letterNumber: return ("Chiquvchi xat raqami", "Чиқувчи хат рақами", "Исходящий номер письма", "Outgoing letter number", "Рақами мактуби содиротӣ")
        case .letterDate: return ("Xat sanasi", "Хат санаси", "Дата письма", "Letter date", "Санаи мактуб")
        case .exports: return ("Yuborilganlar", "Юборилганлар", "Отправленные", "Sent to", "Фиристодашудаҳо")
        case .printable: return ("Chop etish uchun", "Чоп этиш учун", "Версия для печати", "Printable", "Барои чоп")
        case .download: return ("Yuklab olish", "Юклаб олиш", "Скачать", "Download", "Боргирӣ")
        case .figures: return ("Raqamlar jadvali", "Рақамлар жадвали", "Таблица значений", "The figures as a table", "Ҷадвали рақамҳо")
        case .quarter: return ("Chorak", "Чорак", "Квартал", "Quarter", "Семоҳа")
        case .previousSnapshots: return ("Oldingi natijalar", "Олдинги натижалар", "Предыдущие срезы", "Earlier snapshots", "Натиҷаҳои қаблӣ")
        case .number: return ("№", "№", "№", "No.", "№")
        case .startsOn: return ("Boshlanish sanasi", "Бошланиш санаси", "Действует с", "Starts on", "Санаи оғоз")
        case .yes: return ("Ha", "Ҳа", "Да", "Yes", "Ҳа")
        case .no: return ("Yoʻq", "Йўқ", "Нет", "No", "Не")
        case .edit: return ("Tahrirlash", "Таҳрирлаш", "Изменить", "Edit", "Таҳрир")
        case .send: return ("Yuborish", "Юбориш", "Отправить", "Send", "Фиристодан")
        case .opennessIndex: return ("Ochiqlik indeksi", "Очиқлик индекси", "Индекс открытости", "Openness index", "Индекси кушодагӣ")
        case .opennessFormula: return ("Indeks = 0,5 × oʻz vaqtida eʼlon qilish + 0,3 × sifat + 0,2 × soʻrovlarga javob berish.",
                                       "Индекс = 0,5 × ўз вақтида эълон қилиш + 0,3 × сифат + 0,2 × сўровларга жавоб бериш.",
                                       "Индекс = 0,5 × своевременность + 0,3 × качество + 0,2 × ответы на запросы.",
                                       "Index = 0.5 × timeliness + 0.3 × quality + 0.2 × answers to data requests.",
                                       "Индекс = 0,5 × саривақтӣ + 0,3 × сифат + 0,2 × ҷавоб ба дархостҳо.")
        case .quality: return ("Sifat", "Сифат", "Качество", "Quality", "Сифат")
        case .responsiveness: return ("Soʻrovlarga javob, %", "Сўровларга жавоб, %", "Ответы на запросы, %", "Requests answered in time, %", "Ҷавоб ба дархостҳо, %")
        case .monitoringNav: return ("Monitoring", "Мониторинг", "Мониторинг", "Monitoring", "Мониторинг")
        case .searchesLink: return ("Natija bermagan qidiruvlar", "Натижа бермаган қидирувлар", "Поиски без результатов", "Searches that found nothing", "Ҷустуҷӯҳои бенатиҷа")
        }
    }
}

extension PageContext {
    func monitoring(_ message: MonitoringMessage) -> String { message.text(language) }
}

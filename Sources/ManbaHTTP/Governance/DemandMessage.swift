import Governance

/// The texts of the data request, feedback, "most wanted" and search report pages, in the five languages.
enum DemandMessage: PageText {
    case requestsNav, mostWantedNav, requestsIntro, newRequest, requestTitle, requestDescription, organisationResponsible, dontKnow
    case yourName, yourEmail, privacyNote, send, status, statusName(DataRequestStatus), allStatuses, allOrganisations, notRouted
    case overdueOnly, sortNewest, sortSupported, show, supporters, noRequests, requestsFound, received, answerDue, publishDue
    case overdue, days, answer, publication, publishedDataset, declineReason, history, requester, routedTo, support, supported
    case changeStatus, newStatus, note, noteHint, datasetField, route, contact, requestThanks, supportThanks, backToRequests
    case mostWantedIntro, formula, score, downloads, apiReads, pageViews, searches, requests, rating, period, nothingYet, rank
    case zeroResultsTitle, zeroResultsIntro, query, withoutResults, allSearches, lastSeen, from, to
    case feedbackHeading, averageRating, ratingsCount, noFeedback, leaveFeedback, ratingField, comment, nameOptional
    case moderationNote, pendingFeedback, approve, reject, feedbackThanks, anonymousAuthor, nobodyYet, whatIsCounted

    var texts: (String, String, String, String, String) {
        switch self {
        case .requestsNav: return ("Maʼlumot soʻrovlari", "Маълумот сўровлари", "Запросы данных", "Data requests", "Дархостҳои маълумот")
        case .mostWantedNav: return ("Eng koʻp soʻralganlar", "Энг кўп сўралганлар", "Самые востребованные", "Most wanted", "Бештар талабшаванда")
        case .requestsIntro: return (
            "Portalda yoʻq maʼlumotni soʻrang. Soʻrov masʼul tashkilotga yuboriladi: u \(DataRequestDeadlines.answerDays) kun ichida javob berishi, qabul qilsa \(DataRequestDeadlines.publishDays) kun ichida eʼlon qilishi kerak. Boshqalarning soʻrovlarini kuzating va qoʻllab-quvvatlang.",
            "Порталда йўқ маълумотни сўранг. Сўров масъул ташкилотга юборилади: у \(DataRequestDeadlines.answerDays) кун ичида жавоб бериши, қабул қилса \(DataRequestDeadlines.publishDays) кун ичида эълон қилиши керак. Бошқаларнинг сўровларини кузатинг ва қўллаб-қувватланг.",
            "Запросите данные, которых нет на портале. Запрос направляется ответственной организации: она должна ответить в течение \(DataRequestDeadlines.answerDays) дней, а приняв запрос — опубликовать данные в течение \(DataRequestDeadlines.publishDays) дней. Следите за запросами других и поддерживайте их.",
            "Ask for data that is not on the portal. The request goes to the organisation responsible, which must answer within \(DataRequestDeadlines.answerDays) days and, once it accepts, publish within \(DataRequestDeadlines.publishDays) days. Follow and support other people's requests.",
            "Маълумотеро, ки дар портал нест, дархост кунед. Дархост ба ташкилоти масъул фиристода мешавад: он бояд дар давоми \(DataRequestDeadlines.answerDays) рӯз ҷавоб диҳад ва пас аз қабул дар давоми \(DataRequestDeadlines.publishDays) рӯз нашр кунад. Дархостҳои дигаронро пайгирӣ ва дастгирӣ кунед.")
        case .newRequest: return ("Yangi soʻrov", "Янги сўров", "Новый запрос", "New request", "Дархости нав")
        case .requestTitle: return ("Qanday maʼlumot kerak", "Қандай маълумот керак", "Какие данные нужны", "What data you need", "Кадом маълумот лозим аст")
        case .requestDescription: return ("Batafsil: nima, qaysi davr va hudud uchun, qanday maqsadda", "Батафсил: нима, қайси давр ва ҳудуд учун, қандай мақсадда",
                                          "Подробно: что, за какой период и по какой территории, для чего", "In detail: what, for which period and area, and what for",
                                          "Муфассал: чӣ, барои кадом давра ва ҳудуд, бо кадом мақсад")
        case .organisationResponsible: return ("Masʼul tashkilot", "Масъул ташкилот", "Ответственная организация", "Organisation responsible", "Ташкилоти масъул")
        case .dontKnow: return ("Bilmayman — monitoring xodimlari aniqlaydi", "Билмайман — мониторинг ходимлари аниқлайди", "Не знаю — определят сотрудники мониторинга",
                                "I don't know — the monitoring staff will find it", "Намедонам — кормандони мониторинг муайян мекунанд")
        case .yourName: return ("Ismingiz (ixtiyoriy)", "Исмингиз (ихтиёрий)", "Ваше имя (необязательно)", "Your name (optional)", "Номи шумо (ихтиёрӣ)")
        case .yourEmail: return ("Elektron pochtangiz (ixtiyoriy, javob haqida xabar olish uchun)", "Электрон почтангиз (ихтиёрий, жавоб ҳақида хабар олиш учун)",
                                 "Ваша электронная почта (необязательно, чтобы получить ответ)", "Your e-mail (optional, to hear about the answer)",
                                 "Почтаи электронии шумо (ихтиёрӣ, барои гирифтани хабар дар бораи ҷавоб)")
        case .privacyNote: return ("Ismingiz va manzilingizni faqat masʼul tashkilot va monitoring xodimlari koʻradi.",
                                   "Исмингиз ва манзилингизни фақат масъул ташкилот ва мониторинг ходимлари кўради.",
                                   "Ваше имя и адрес видят только ответственная организация и сотрудники мониторинга.",
                                   "Only the organisation responsible and the monitoring staff see your name and address.",
                                   "Ном ва суроғаи шуморо танҳо ташкилоти масъул ва кормандони мониторинг мебинанд.")
        case .send: return ("Yuborish", "Юбориш", "Отправить", "Send", "Фиристодан")
        case .status: return ("Holati", "Ҳолати", "Статус", "Status", "Ҳолат")
        case .statusName(let status):
            switch status {
            case .submitted: return ("Yuborilgan", "Юборилган", "Отправлен", "Submitted", "Фиристода шуд")
            case .accepted: return ("Qabul qilingan", "Қабул қилинган", "Принят", "Accepted", "Қабул шуд")
            case .inProgress: return ("Bajarilmoqda", "Бажарилмоқда", "В работе", "In progress", "Дар иҷро")
            case .published: return ("Eʼlon qilingan", "Эълон қилинган", "Опубликован", "Published", "Нашр шуд")
            case .declined: return ("Rad etilgan", "Рад этилган", "Отклонён", "Declined", "Рад шуд")
            }
        case .allStatuses: return ("Barcha holatlar", "Барча ҳолатлар", "Все статусы", "All statuses", "Ҳамаи ҳолатҳо")
        case .allOrganisations: return ("Barcha tashkilotlar", "Барча ташкилотлар", "Все организации", "All organisations", "Ҳамаи ташкилотҳо")
        case .notRouted: return ("Tashkilot hali aniqlanmagan", "Ташкилот ҳали аниқланмаган", "Организация ещё не определена", "Organisation not yet determined", "Ташкилот ҳанӯз муайян нашудааст")
        case .overdueOnly: return ("Faqat muddati oʻtganlar", "Фақат муддати ўтганлар", "Только просроченные", "Overdue only", "Танҳо мӯҳлатгузашта")
        case .sortNewest: return ("Avval yangilari", "Аввал янгилари", "Сначала новые", "Newest first", "Аввал навҳо")
        case .sortSupported: return ("Avval koʻp qoʻllab-quvvatlanganlar", "Аввал кўп қўллаб-қувватланганлар", "Сначала самые поддержанные", "Most supported first", "Аввал бештар дастгиришуда")
        case .show: return ("Koʻrsatish", "Кўрсатиш", "Показать", "Show", "Нишон додан")
        case .supporters: return ("qoʻllab-quvvatlagan", "қўллаб-қувватлаган", "поддержали", "supporters", "ҷонибдор")
        case .noRequests: return ("Soʻrovlar yoʻq", "Сўровлар йўқ", "Запросов нет", "No requests", "Дархост нест")
        case .requestsFound: return ("ta soʻrov", "та сўров", "запросов", "requests", "дархост")
        case .received: return ("Kelib tushgan", "Келиб тушган", "Поступил", "Received", "Ворид шуд")
        case .answerDue: return ("Javob muddati", "Жавоб муддати", "Срок ответа", "Answer due", "Мӯҳлати ҷавоб")
        case .publishDue: return ("Eʼlon qilish muddati", "Эълон қилиш муддати", "Срок публикации", "Publication due", "Мӯҳлати нашр")
        case .overdue: return ("Muddati oʻtgan", "Муддати ўтган", "Просрочено", "Overdue", "Мӯҳлат гузаштааст")
        case .days: return ("kun", "кун", "дн.", "days", "рӯз")
        case .answer: return ("javob", "жавоб", "ответ", "answer", "ҷавоб")
        case .publication: return ("eʼlon qilish", "эълон қилиш", "публикация", "publication", "нашр")
        case .publishedDataset: return ("Javob sifatida eʼlon qilingan maʼlumotlar", "Жавоб сифатида эълон қилинган маълумотлар", "Опубликованные в ответ данные",
                                        "Data published in answer", "Маълумоти дар ҷавоб нашршуда")
        case .declineReason: return ("Rad etish sababi", "Рад этиш сабаби", "Причина отказа", "Reason for declining", "Сабаби радкунӣ")
        case .history: return ("Soʻrov tarixi", "Сўров тарихи", "История запроса", "History of the request", "Таърихи дархост")
        case .requester: return ("Soʻrovchi", "Сўровчи", "Заявитель", "Requester", "Дархосткунанда")
        case .routedTo: return ("Tashkilotga yuborildi", "Ташкилотга юборилди", "Направлен в организацию", "Sent to the organisation", "Ба ташкилот фиристода шуд")
        case .support: return ("Qoʻllab-quvvatlash (+1)", "Қўллаб-қувватлаш (+1)", "Поддержать (+1)", "Support (+1)", "Дастгирӣ кардан (+1)")
        case .supported: return ("Siz bu soʻrovni qoʻllab-quvvatlagansiz", "Сиз бу сўровни қўллаб-қувватлагансиз", "Вы поддержали этот запрос",
                                 "You support this request", "Шумо ин дархостро дастгирӣ кардаед")
        case .changeStatus: return ("Holatni oʻzgartirish", "Ҳолатни ўзгартириш", "Изменить статус", "Change the status", "Тағйири ҳолат")
        case .newStatus: return ("Yangi holat", "Янги ҳолат", "Новый статус", "New status", "Ҳолати нав")
        case .note: return ("Izoh", "Изоҳ", "Комментарий", "Note", "Шарҳ")
        case .noteHint: return ("Rad etishda sababni yozish majburiy.", "Рад этишда сабабни ёзиш мажбурий.", "При отказе причина обязательна.",
                                "A reason is required when declining.", "Ҳангоми радкунӣ сабаб ҳатмист.")
        case .datasetField: return ("Maʼlumotlar toʻplami (ID yoki URL nomi) — eʼlon qilishda", "Маълумотлар тўплами (ID ёки URL номи) — эълон қилишда",
                                    "Набор данных (ID или имя в URL) — при публикации", "Dataset (ID or URL name) — when publishing",
                                    "Маҷмӯаи маълумот (ID ё номи URL) — ҳангоми нашр")
        case .route: return ("Tashkilotga yuborish", "Ташкилотга юбориш", "Направить в организацию", "Send to an organisation", "Ба ташкилот фиристодан")
        case .contact: return ("Soʻrovchi bilan aloqa", "Сўровчи билан алоқа", "Контакт заявителя", "Requester's contact", "Тамос бо дархосткунанда")
        case .requestThanks: return ("Rahmat! Soʻrovingiz roʻyxatga olindi. Bu sahifa manzilini saqlab qoʻying.", "Раҳмат! Сўровингиз рўйхатга олинди. Бу саҳифа манзилини сақлаб қўйинг.",
                                     "Спасибо! Ваш запрос зарегистрирован. Сохраните адрес этой страницы.", "Thank you! Your request is registered. Keep the address of this page.",
                                     "Ташаккур! Дархости шумо ба қайд гирифта шуд. Суроғаи ин саҳифаро нигоҳ доред.")
        case .supportThanks: return ("Rahmat, qoʻllab-quvvatlashingiz hisobga olindi.", "Раҳмат, қўллаб-қувватлашингиз ҳисобга олинди.", "Спасибо, ваша поддержка учтена.",
                                     "Thank you, your support is counted.", "Ташаккур, дастгирии шумо ба ҳисоб гирифта шуд.")
        case .backToRequests: return ("Barcha soʻrovlar", "Барча сўровлар", "Все запросы", "All requests", "Ҳамаи дархостҳо")
        case .mostWantedIntro: return (
            "Eng koʻp talab qilinayotgan maʼlumotlar toʻplamlari: yuklab olishlar, API orqali oʻqishlar, koʻrishlar, qidiruvlar, soʻrovlar va baholar asosida.",
            "Энг кўп талаб қилинаётган маълумотлар тўпламлари: юклаб олишлар, API орқали ўқишлар, кўришлар, қидирувлар, сўровлар ва баҳолар асосида.",
            "Самые востребованные наборы данных: по скачиваниям, обращениям через API, просмотрам, поисковым запросам, запросам данных и оценкам.",
            "The datasets most in demand: by downloads, API reads, page views, searches, data requests and ratings.",
            "Маҷмӯаҳои маълумоти бештар талабшаванда: аз рӯи боргириҳо, хониш тавассути API, дидан, ҷустуҷӯҳо, дархостҳо ва баҳоҳо.")
        case .whatIsCounted: return (
            "Yuklab olishlar, API va koʻrishlar tanlangan davr uchun; qidiruvlar — natija bergan va soʻzlari sarlavhaga mos keladiganlari; soʻrovlar — shu toʻplam bilan javob berilgan soʻrovlar (har biri 1 + qoʻllab-quvvatlaganlar soni); baho — tasdiqlangan baholar oʻrtachasi.",
            "Юклаб олишлар, API ва кўришлар танланган давр учун; қидирувлар — натижа берган ва сўзлари сарлавҳага мос келадиганлари; сўровлар — шу тўплам билан жавоб берилган сўровлар (ҳар бири 1 + қўллаб-қувватлаганлар сони); баҳо — тасдиқланган баҳолар ўртачаси.",
            "Скачивания, API и просмотры — за выбранный период; поиски — давшие результат и совпадающие с названием; запросы — запросы, на которые ответили этим набором (каждый как 1 + число поддержавших); оценка — средняя одобренных оценок.",
            "Downloads, API reads and views are for the chosen period; searches are those that found something and whose words begin words of the title; requests are data requests answered with this dataset (each as 1 + its supporters); the rating is the average of approved ratings.",
            "Боргириҳо, API ва дидан — барои давраи интихобшуда; ҷустуҷӯҳо — онҳое, ки натиҷа доданд ва калимаҳояшон ба сарлавҳа мувофиқанд; дархостҳо — дархостҳое, ки бо ин маҷмӯа ҷавоб дода шуданд (ҳар кадом 1 + шумораи ҷонибдорон); баҳо — миёнаи баҳоҳои тасдиқшуда.")
        case .formula: return ("Hisoblash formulasi", "Ҳисоблаш формуласи", "Формула расчёта", "How the score is computed", "Формулаи ҳисоб")
        case .score: return ("Talab balli", "Талаб балли", "Балл востребованности", "Demand score", "Холи талабот")
        case .downloads: return ("Yuklab olishlar", "Юклаб олишлар", "Скачивания", "Downloads", "Боргириҳо")
        case .apiReads: return ("API orqali", "API орқали", "Через API", "API reads", "Тавассути API")
        case .pageViews: return ("Koʻrishlar", "Кўришлар", "Просмотры", "Page views", "Дидан")
        case .searches: return ("Qidiruvlar", "Қидирувлар", "Поиски", "Searches", "Ҷустуҷӯҳо")
        case .requests: return ("Soʻrovlar", "Сўровлар", "Запросы", "Requests", "Дархостҳо")
        case .rating: return ("Baho", "Баҳо", "Оценка", "Rating", "Баҳо")
        case .period: return ("Davr", "Давр", "Период", "Period", "Давра")
        case .nothingYet: return ("Hozircha hisoblash uchun maʼlumot yoʻq.", "Ҳозирча ҳисоблаш учун маълумот йўқ.", "Пока нет данных для расчёта.",
                                  "Nothing to rank yet.", "Ҳоло барои ҳисоб маълумот нест.")
        case .rank: return ("Oʻrin", "Ўрин", "Место", "Rank", "Ҷой")
        case .zeroResultsTitle: return ("Natija bermagan qidiruvlar", "Натижа бермаган қидирувлар", "Поиски без результатов", "Searches that found nothing", "Ҷустуҷӯҳои бенатиҷа")
        case .zeroResultsIntro: return (
            "Odamlar izlagan, lekin portalda topilmagan maʼlumotlar — eng koʻp izlanganlari birinchi. Yozuv va imlo farqlari birlashtirilgan.",
            "Одамлар излаган, лекин порталда топилмаган маълумотлар — энг кўп изланганлари биринчи. Ёзув ва имло фарқлари бирлаштирилган.",
            "Что люди искали, но не нашли на портале — самые частые сначала. Варианты письма и написания объединены.",
            "What people looked for and did not find on the portal, most frequent first. Spellings in either script count as one.",
            "Он чи мардум ҷустанд, вале дар портал наёфтанд — аввал бештар ҷустуҷӯшуда. Фарқҳои хат ва имло якҷоя карда шудаанд.")
        case .query: return ("Qidiruv matni", "Қидирув матни", "Поисковый запрос", "Query", "Матни ҷустуҷӯ")
        case .withoutResults: return ("Natijasiz", "Натижасиз", "Без результатов", "Found nothing", "Бенатиҷа")
        case .allSearches: return ("Jami qidiruvlar", "Жами қидирувлар", "Всего поисков", "All searches", "Ҳамаи ҷустуҷӯҳо")
        case .lastSeen: return ("Oxirgi marta", "Охирги марта", "Последний раз", "Last seen", "Бори охирин")
        case .from: return ("Boshlanishi", "Бошланиши", "С", "From", "Аз")
        case .to: return ("Tugashi", "Тугаши", "По", "To", "То")
        case .feedbackHeading: return ("Fikr va baholar", "Фикр ва баҳолар", "Отзывы и оценки", "Feedback and ratings", "Фикрҳо ва баҳоҳо")
        case .averageRating: return ("Oʻrtacha baho", "Ўртача баҳо", "Средняя оценка", "Average rating", "Баҳои миёна")
        case .ratingsCount: return ("ta baho", "та баҳо", "оценок", "ratings", "баҳо")
        case .noFeedback: return ("Hali fikr bildirilmagan.", "Ҳали фикр билдирилмаган.", "Отзывов пока нет.", "No feedback yet.", "Ҳоло фикр нест.")
        case .leaveFeedback: return ("Fikr qoldirish", "Фикр қолдириш", "Оставить отзыв", "Leave feedback", "Фикр гузоштан")
        case .ratingField: return ("Baho (1 — yomon, 5 — aʼlo)", "Баҳо (1 — ёмон, 5 — аъло)", "Оценка (1 — плохо, 5 — отлично)", "Rating (1 poor, 5 excellent)", "Баҳо (1 — бад, 5 — аъло)")
        case .comment: return ("Fikringiz", "Фикрингиз", "Ваш отзыв", "Your comment", "Фикри шумо")
        case .nameOptional: return ("Ismingiz (ixtiyoriy, fikr bilan koʻrsatiladi)", "Исмингиз (ихтиёрий, фикр билан кўрсатилади)", "Ваше имя (необязательно, будет показано с отзывом)",
                                    "Your name (optional, shown with the comment)", "Номи шумо (ихтиёрӣ, бо фикр нишон дода мешавад)")
        case .moderationNote: return ("Fikrlar maʼlumotlarni eʼlon qilgan tashkilot tasdiqlagach koʻrsatiladi.", "Фикрлар маълумотларни эълон қилган ташкилот тасдиқлагач кўрсатилади.",
                                      "Отзывы показываются после одобрения организацией, опубликовавшей данные.", "Feedback is shown once the publishing organisation approves it.",
                                      "Фикрҳо пас аз тасдиқи ташкилоти нашркунанда нишон дода мешаванд.")
        case .pendingFeedback: return ("Tasdiqlanishi kutilayotgan fikrlar", "Тасдиқланиши кутилаётган фикрлар", "Отзывы на модерации", "Feedback waiting for moderation", "Фикрҳои интизори тасдиқ")
        case .approve: return ("Tasdiqlash", "Тасдиқлаш", "Одобрить", "Approve", "Тасдиқ кардан")
        case .reject: return ("Rad etish", "Рад этиш", "Отклонить", "Reject", "Рад кардан")
        case .feedbackThanks: return ("Rahmat! Fikringiz tasdiqlangach koʻrsatiladi.", "Раҳмат! Фикрингиз тасдиқлангач кўрсатилади.", "Спасибо! Отзыв появится после одобрения.",
                                      "Thank you! Your feedback will appear once approved.", "Ташаккур! Фикри шумо пас аз тасдиқ нишон дода мешавад.")
        case .anonymousAuthor: return ("Ismsiz", "Исмсиз", "Без имени", "Anonymous", "Беном")
        case .nobodyYet: return ("Hali hech kim", "Ҳали ҳеч ким", "Пока никто", "Nobody yet", "Ҳоло ҳеҷ кас")
        }
    }
}

extension PageContext {
    func demand(_ message: DemandMessage) -> String { message.text(language) }
}

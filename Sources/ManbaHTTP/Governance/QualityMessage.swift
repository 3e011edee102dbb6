/// The texts of the quality section of the dataset page, in the five languages. The criteria's own
/// names and fix hints come from `QualityCriterion`, since the API gives them out too.
enum QualityMessage: PageText {
    case quality, score, fiveStars, starLevel(Int), toImprove, allMet, brokenLinks, points, criteriaMet

    var texts: (String, String, String, String, String) {
        switch self {
        case .quality: return ("Maʼlumotlar sifati", "Маълумотлар сифати", "Качество данных", "Data quality", "Сифати маълумот")
        case .score: return ("Sifat bahosi", "Сифат баҳоси", "Оценка качества", "Quality score", "Баҳои сифат")
        case .fiveStars: return ("Ochiq maʼlumotlarning 5 yulduzli darajasi", "Очиқ маълумотларнинг 5 юлдузли даражаси",
                                 "Уровень по шкале 5 звёзд открытых данных", "5-star open data level", "Сатҳи 5-ситораи маълумоти кушода")
        case .starLevel(let level):
            switch level {
            case ...0: return ("Yulduz yoʻq: ochiq litsenziya va kamida bitta fayl yoki havola kerak.", "Юлдуз йўқ: очиқ лицензия ва камида битта файл ёки ҳавола керак.",
                               "Нет звёзд: нужны открытая лицензия и хотя бы один файл или ссылка.", "No star: an open licence and at least one file or link are needed.",
                               "Ситора нест: иҷозатномаи кушода ва ақаллан як файл ё истинод лозим аст.")
            case 1: return ("Internetda ochiq litsenziya bilan.", "Интернетда очиқ лицензия билан.", "В интернете под открытой лицензией.",
                            "On the web under an open licence.", "Дар интернет бо иҷозатномаи кушода.")
            case 2: return ("Mashinada oʻqiladigan tuzilgan maʼlumotlar.", "Машинада ўқиладиган тузилган маълумотлар.", "Структурированные машиночитаемые данные.",
                            "Structured, machine-readable data.", "Маълумоти сохторёфтаи мошинхонда.")
            case 3: return ("Ochiq (xususiy boʻlmagan) formatda.", "Очиқ (хусусий бўлмаган) форматда.", "В открытом (непроприетарном) формате.",
                            "In an open, non-proprietary format.", "Дар формати кушода (ғайрихусусӣ).")
            case 4: return ("RDF: narsalar URI bilan nomlangan.", "RDF: нарсалар URI билан номланган.", "RDF: объекты обозначены URI.",
                            "RDF: things are named with URIs.", "RDF: ашё бо URI номгузорӣ шудаанд.")
            default: return ("Boshqa maʼlumotlarga bogʻlangan.", "Бошқа маълумотларга боғланган.", "Связаны с другими данными.",
                             "Linked to other data.", "Ба маълумоти дигар пайваст.")
            }
        case .toImprove: return ("Nimani yaxshilash kerak", "Нимани яхшилаш керак", "Что улучшить", "What to improve", "Чиро беҳтар кардан лозим")
        case .allMet: return ("Barcha mezonlar bajarilgan.", "Барча мезонлар бажарилган.", "Все критерии выполнены.", "All criteria are met.", "Ҳамаи меъёрҳо иҷро шудаанд.")
        case .brokenLinks: return ("Ishlamayotgan havolalar", "Ишламаётган ҳаволалар", "Неработающие ссылки", "Links that do not work", "Истинодҳои корнакунанда")
        case .points: return ("ball", "балл", "баллов", "points", "хол")
        case .criteriaMet: return ("Bajarilgan mezonlar", "Бажарилган мезонлар", "Выполненные критерии", "Criteria met", "Меъёрҳои иҷрошуда")
        }
    }
}

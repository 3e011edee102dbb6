/// Editions for the demo union catalogue: Uzbek classics and modern books, Russian and Tajik titles,
/// and schoolbooks, each with its author, publisher, year, language, subjects and an ISBN when the
/// edition has one.
struct LibraryDemoEdition {
    let title: String
    let author: String
    let publisher: String
    let place: String
    let year: Int
    let language: String
    let subjects: [String]
    let isbn: String?
}

enum LibraryDemoWorks {
    /// (title, author, subjects) of well-known books, written as their first edition names them.
    static let classics: [(String, String, [String], String)] = [
        ("Xamsa", "Alisher Navoiy", ["Oʻzbek mumtoz adabiyoti", "Sheʼriyat"], "uzb"),
        ("Mahbub ul-qulub", "Alisher Navoiy", ["Oʻzbek mumtoz adabiyoti", "Axloq"], "uzb"),
        ("Boburnoma", "Zahiriddin Muhammad Bobur", ["Tarix", "Memuarlar"], "uzb"),
        ("Oʻtkan kunlar", "Abdulla Qodiriy", ["Oʻzbek adabiyoti", "Roman"], "uzb"),
        ("Mehrobdan chayon", "Abdulla Qodiriy", ["Oʻzbek adabiyoti", "Roman"], "uzb"),
        ("Kecha va kunduz", "Choʻlpon", ["Oʻzbek adabiyoti", "Roman"], "uzb"),
        ("Navoiy", "Oybek", ["Oʻzbek adabiyoti", "Tarixiy roman"], "uzb"),
        ("Shum bola", "Gʻafur Gʻulom", ["Oʻzbek adabiyoti", "Qissa"], "uzb"),
        ("Sarob", "Abdulla Qahhor", ["Oʻzbek adabiyoti", "Roman"], "uzb"),
        ("Ulugʻbek xazinasi", "Odil Yoqubov", ["Oʻzbek adabiyoti", "Tarixiy roman"], "uzb"),
        ("Dunyoning ishlari", "Oʻtkir Hoshimov", ["Oʻzbek adabiyoti", "Qissa"], "uzb"),
        ("Ikki eshik orasi", "Oʻtkir Hoshimov", ["Oʻzbek adabiyoti", "Roman"], "uzb"),
        ("Yulduzli tunlar", "Pirimqul Qodirov", ["Oʻzbek adabiyoti", "Tarixiy roman"], "uzb"),
        ("Oʻzbekiston tarixi", "Ahmadali Asqarov", ["Tarix", "Oʻzbekiston"], "uzb"),
        ("Oʻzbek tilining izohli lugʻati", "Annamurod Madvaliyev", ["Oʻzbek tili", "Lugʻatlar"], "uzb"),
        ("Algebra va analiz asoslari", "Shavkat Alimov", ["Matematika", "Darsliklar"], "uzb"),
        ("Informatika va axborot texnologiyalari", "Baxtiyor Boltayev", ["Informatika", "Darsliklar"], "uzb"),
        ("Kimyo", "Iskandar Asqarov", ["Kimyo", "Darsliklar"], "uzb"),
        ("Fizika", "Pulat Habibullayev", ["Fizika", "Darsliklar"], "uzb"),
        ("Biologiya", "Odil Mavlonov", ["Biologiya", "Darsliklar"], "uzb"),
        ("Geografiya", "Pardaboy Gʻulomov", ["Geografiya", "Darsliklar"], "uzb"),
        ("Iqtisodiyot nazariyasi", "Shodmon Shodmonov", ["Iqtisodiyot", "Darsliklar"], "uzb"),
        ("Qishloq xoʻjaligi asoslari", "Rustam Oripov", ["Qishloq xoʻjaligi"], "uzb"),
        ("Paxtachilik", "Sayfiddin Ibrohimov", ["Qishloq xoʻjaligi", "Paxta"], "uzb"),
        ("История Бухары", "Наршахи", ["История", "Бухара"], "rus"),
        ("Бабур-наме", "Бабур, Захир ад-дин Мухаммад", ["История", "Мемуары"], "rus"),
        ("Основы информатики", "Иванов, Пётр", ["Информатика", "Учебники"], "rus"),
        ("Высшая математика", "Данко, Павел", ["Математика", "Учебники"], "rus"),
        ("Органическая химия", "Травень, Валерий", ["Химия", "Учебники"], "rus"),
        ("Шоҳнома", "Абулқосим Фирдавсӣ", ["Адабиёти классикии форсу тоҷик", "Шеър"], "tgk"),
        ("Гулистон", "Саъдии Шерозӣ", ["Адабиёти классикии форсу тоҷик", "Ахлоқ"], "tgk"),
        ("Ёддоштҳо", "Садриддин Айнӣ", ["Адабиёти тоҷик", "Ёддоштҳо"], "tgk"),
        ("Silk Roads: A New History of the World", "Frankopan, Peter", ["History", "Central Asia"], "eng"),
        ("The Lost Enlightenment", "Starr, S. Frederick", ["History", "Central Asia"], "eng"),
    ]

    static let publishers: [String: [(String, String)]] = [
        "uzb": [("Gʻafur Gʻulom nomidagi nashriyot-matbaa ijodiy uyi", "Toshkent"), ("Sharq", "Toshkent"), ("Oʻqituvchi", "Toshkent"),
                ("Oʻzbekiston", "Toshkent"), ("Yangi asr avlodi", "Toshkent"), ("Zarafshon", "Samarqand")],
        "rus": [("Наука", "Москва"), ("Узбекистан", "Ташкент"), ("Фан", "Ташкент"), ("Просвещение", "Москва")],
        "tgk": [("Ирфон", "Душанбе"), ("Адиб", "Душанбе")],
        "eng": [("Bloomsbury", "London"), ("Princeton University Press", "Princeton")],
    ]
}

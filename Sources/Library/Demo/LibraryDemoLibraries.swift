import ManbaCore

/// Member libraries of the demo union catalogue: the National Library, the regional information-library
/// centres and a few university libraries, named as they name themselves.
enum LibraryDemoLibraries {
    static func all() -> [MemberLibrary] {
        var libraries = [
            library("UZ-NL", "Alisher Navoiy nomidagi Oʻzbekiston Milliy kutubxonasi", "Национальная библиотека Узбекистана имени Алишера Навои",
                    "Alisher Navoi National Library of Uzbekistan", "Toshkent shahri", "national", "Toshkent sh., Navoiy koʻchasi, 1"),
            library("UZ-TATU", "Muhammad al-Xorazmiy nomidagi TATU axborot-resurs markazi", "Информационно-ресурсный центр ТУИТ имени Мухаммада аль-Хорезми",
                    "TUIT Information Resource Centre", "Toshkent shahri", "university", "Toshkent sh., Amir Temur koʻchasi, 108"),
            library("UZ-NUUZ", "Mirzo Ulugʻbek nomidagi Oʻzbekiston Milliy universiteti axborot-resurs markazi",
                    "Информационно-ресурсный центр Национального университета Узбекистана", "National University of Uzbekistan Library",
                    "Toshkent shahri", "university", "Toshkent sh., Universitet koʻchasi, 4"),
            library("UZ-SAMDU", "Sharof Rashidov nomidagi Samarqand davlat universiteti axborot-resurs markazi",
                    "Информационно-ресурсный центр Самаркандского государственного университета", "Samarkand State University Library",
                    "Samarqand viloyati", "university", "Samarqand sh., Universitet xiyoboni, 15"),
        ]
        let regions: [(String, String, String)] = [
            ("QQR", "Qoraqalpogʻiston Respublikasi", "Республики Каракалпакстан"), ("AND", "Andijon viloyati", "Андижанской области"),
            ("BUX", "Buxoro viloyati", "Бухарской области"), ("JIZ", "Jizzax viloyati", "Джизакской области"),
            ("QAS", "Qashqadaryo viloyati", "Кашкадарьинской области"), ("NAV", "Navoiy viloyati", "Навоийской области"),
            ("NAM", "Namangan viloyati", "Наманганской области"), ("SAM", "Samarqand viloyati", "Самаркандской области"),
            ("SUR", "Surxondaryo viloyati", "Сурхандарьинской области"), ("SIR", "Sirdaryo viloyati", "Сырдарьинской области"),
            ("TOS", "Toshkent viloyati", "Ташкентской области"), ("FAR", "Fargʻona viloyati", "Ферганской области"),
            ("XOR", "Xorazm viloyati", "Хорезмской области"), ("TSH", "Toshkent shahri", "города Ташкента"),
        ]
        for (code, region, russian) in regions {
            libraries.append(library("UZ-\(code)-ARM", "\(region) axborot-kutubxona markazi", "Информационно-библиотечный центр \(russian)",
                                     "\(region) information-library centre", region, "regional", ""))
        }
        libraries.append(MemberLibrary(code: "TJ-NL", name: LocalizedText([.tg: "Китобхонаи миллии Тоҷикистон", .ru: "Национальная библиотека Таджикистана",
                                                                           .en: "National Library of Tajikistan", .uzLatn: "Tojikiston Milliy kutubxonasi"]),
                                       region: "Dushanbe", kind: "national", address: "Dushanbe, Tehron koʻchasi, 1"))
        return libraries
    }

    private static func library(_ code: String, _ uz: String, _ ru: String, _ en: String, _ region: String, _ kind: String, _ address: String) -> MemberLibrary {
        MemberLibrary(code: code, name: LocalizedText([.uzLatn: uz, .uzCyrl: UzbekTransliteration.latinToCyrillic(uz), .ru: ru, .en: en]),
                      region: region, kind: kind, address: address)
    }
}

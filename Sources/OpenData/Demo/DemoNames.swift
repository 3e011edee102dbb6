// Word lists for the contents of the demo tables and for data stewards: people, streets, landmarks,
// companies. All of them ordinary, common Uzbek names; no real person is meant.

enum DemoNames {
    static let stewards = [
        "Aziz Karimov", "Dilnoza Yoʻldosheva", "Bekzod Yusupov", "Nilufar Karimova", "Dilshod Rahimov", "Gulnora Rahimova",
        "Jasur Toshmatov", "Malika Tursunova", "Sardor Abdullayev", "Shahnoza Abdullayeva", "Otabek Nazarov", "Madina Hasanova",
        "Sherzod Qodirov", "Zarina Qosimova", "Farrux Ismoilov", "Feruza Nazarova", "Ulugʻbek Xolmatov", "Nodira Saidova",
        "Sanjar Ergashev", "Kamola Ergasheva", "Rustam Saidov", "Mohira Yusupova", "Jahongir Mirzayev", "Sevara Ismoilova",
        "Bobur Aliyev", "Dildora Mahmudova", "Akmal Hasanov", "Lola Azimova", "Shohruh Rasulov", "Umida Sharipova",
        "Anvar Usmonov", "Gulchehra Boboyeva", "Temur Boboyev", "Barno Jumayeva", "Ravshan Joʻrayev", "Oydin Sultonova",
        "Doniyor Sobirov", "Yulduz Mirzayeva", "Islom Umarov", "Munisa Tojiyeva", "Alisher Normatov", "Shaxnoza Qurbonova",
    ]

    static let streets = [
        "Amir Temur", "Mustaqillik", "Alisher Navoiy", "Bobur", "Mirzo Ulugʻbek", "Navroʻz", "Bunyodkor", "Istiqlol",
        "Bogʻishamol", "Zarafshon", "Ibn Sino", "Abdulla Qodiriy", "Choʻlpon", "Yoshlik", "Doʻstlik", "Gʻafur Gʻulom",
        "Oybek", "Buyuk Ipak yoʻli", "Beruniy", "Al-Xorazmiy", "Paxtakor", "Tinchlik", "Samarqand", "Mashrab",
        "Uvaysiy", "Furqat", "Nodirabegim", "Mirzo Bobur", "Bahor", "Gulbahor", "Sayilgoh", "Taraqqiyot",
    ]

    /// Places a bus route starts or ends at, in any town.
    static let landmarks: [Phrase] = [
        Phrase("Markaziy bozor", "Центральный рынок", "Central market"),
        Phrase("Temir yoʻl vokzali", "Железнодорожный вокзал", "Railway station"),
        Phrase("Avtovokzal", "Автовокзал", "Bus station"),
        Phrase("Aeroport", "Аэропорт", "Airport"),
        Phrase("Hokimlik", "Хокимият", "Khokimiyat"),
        Phrase("Dehqon bozori", "Дехканский рынок", "Farmers’ market"),
        Phrase("Universitet", "Университет", "University"),
        Phrase("Koʻp tarmoqli shifoxona", "Многопрофильная больница", "General hospital"),
        Phrase("Mustaqillik maydoni", "Площадь Мустакиллик", "Mustaqillik Square"),
        Phrase("Yoshlar markazi", "Молодёжный центр", "Youth centre"),
        Phrase("Sanoat zonasi", "Промзона", "Industrial zone"),
        Phrase("Navroʻz bogʻi", "Парк «Навруз»", "Navruz Park"),
        Phrase("Savdo majmuasi", "Торговый комплекс", "Shopping centre"),
        Phrase("Sport majmuasi", "Спортивный комплекс", "Sports complex"),
        Phrase("Texnikum", "Техникум", "Technical college"),
        Phrase("Yangi mavze", "Новый массив", "New housing estate"),
    ]

    /// Street names with their Russian spelling, worked out once.
    private static let streetNames: [(String, String)] = streets.map { ($0, DemoScript.russian($0)) }

    static let companyWords = [
        "Oriyent", "Navroʻz", "Ipak yoʻli", "Zarafshon", "Turon", "Baraka", "Yangi avlod", "Sharq", "Diyor", "Ziyo",
        "Afrosiyob", "Registon", "Oltin vodiy", "Barkamol", "Nur", "Mehr", "Kamalak", "Sogʻdiyona", "Xumo", "Buyuk kelajak",
    ]

    static let companyTrades = [
        "Qurilish", "Invest", "Savdo", "Agro", "Trans", "Servis", "Tekstil", "Farm", "Texnika", "Plast", "Energo",
        "Logistik", "Oziq-ovqat", "Med", "Stroy", "Mebel",
    ]

    private static let companyWordNames: [(String, String)] = companyWords.map { ($0, DemoScript.russian($0)) }
    private static let companyTradeNames: [(String, String)] = companyTrades.map { ($0, DemoScript.russian($0)) }

    /// A company name with its legal form: Uzbek `"Oriyent Invest" MChJ`, Russian `ООО «Ориент Инвест»`.
    static func company(_ rng: inout SplitMix64) -> Phrase {
        let word = rng.pick(companyWordNames)
        let trade = rng.pick(companyTradeNames)
        let name = "\(word.0) \(trade.0)"
        let ru = "\(word.1) \(trade.1)"
        switch rng.int(0...9) {
        case 0...6: return Phrase("\"\(name)\" MChJ", "ООО «\(ru)»", "\(name) LLC")
        case 7, 8: return Phrase("\"\(name)\" AJ", "АО «\(ru)»", "\(name) JSC")
        default: return Phrase("\"\(name)\" XK", "ЧП «\(ru)»", "\(name) private enterprise")
        }
    }

    /// A street address: "Amir Temur koʻchasi, 15-uy" / "ул. Амир Темур, 15" / "15 Amir Temur Street".
    static func address(_ rng: inout SplitMix64) -> Phrase {
        let (street, russian) = rng.pick(streetNames)
        let number = rng.int(1...180)
        return Phrase("\(street) koʻchasi, \(number)-uy", "ул. \(russian), \(number)", "\(number) \(street) Street")
    }

    /// An e-mail address at `domain` for `person` ("Aziz Karimov" → "a.karimov@domain").
    static func email(_ person: String, domain: String) -> String {
        let parts = person.split(separator: " ")
        let initial = DemoScript.slug(String(parts[0].prefix(1)))
        return "\(initial).\(DemoScript.slug(String(parts.last ?? ""), limit: 40))@\(domain)"
    }
}

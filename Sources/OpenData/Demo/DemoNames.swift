import ManbaCore
// Word lists for the contents of the demo tables and for data stewards: people, streets, landmarks,
// companies. All of them ordinary, common Uzbek names; no real person is meant.

private typealias P = DemoPhrase

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
    static let landmarks: [DemoPhrase] = [
        P("Markaziy bozor", "Центральный рынок", "Central market"),
        P("Temir yoʻl vokzali", "Железнодорожный вокзал", "Railway station"),
        P("Avtovokzal", "Автовокзал", "Bus station"),
        P("Aeroport", "Аэропорт", "Airport"),
        P("Hokimlik", "Хокимият", "Khokimiyat"),
        P("Dehqon bozori", "Дехканский рынок", "Farmers’ market"),
        P("Universitet", "Университет", "University"),
        P("Koʻp tarmoqli shifoxona", "Многопрофильная больница", "General hospital"),
        P("Mustaqillik maydoni", "Площадь Мустакиллик", "Mustaqillik Square"),
        P("Yoshlar markazi", "Молодёжный центр", "Youth centre"),
        P("Sanoat zonasi", "Промзона", "Industrial zone"),
        P("Navroʻz bogʻi", "Парк «Навруз»", "Navruz Park"),
        P("Savdo majmuasi", "Торговый комплекс", "Shopping centre"),
        P("Sport majmuasi", "Спортивный комплекс", "Sports complex"),
        P("Texnikum", "Техникум", "Technical college"),
        P("Yangi mavze", "Новый массив", "New housing estate"),
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
    static func company(_ rng: inout DemoRandom) -> DemoPhrase {
        let word = rng.pick(companyWordNames)
        let trade = rng.pick(companyTradeNames)
        let name = "\(word.0) \(trade.0)"
        let ru = "\(word.1) \(trade.1)"
        switch rng.int(0...9) {
        case 0...6: return P("\"\(name)\" MChJ", "ООО «\(ru)»", "\(name) LLC")
        case 7, 8: return P("\"\(name)\" AJ", "АО «\(ru)»", "\(name) JSC")
        default: return P("\"\(name)\" XK", "ЧП «\(ru)»", "\(name) private enterprise")
        }
    }

    /// A street address: "Amir Temur koʻchasi, 15-uy" / "ул. Амир Темур, 15" / "15 Amir Temur Street".
    static func address(_ rng: inout DemoRandom) -> DemoPhrase {
        let (street, russian) = rng.pick(streetNames)
        let number = rng.int(1...180)
        return P("\(street) koʻchasi, \(number)-uy", "ул. \(russian), \(number)", "\(number) \(street) Street")
    }

    /// An e-mail address at `domain` for `person` ("Aziz Karimov" → "a.karimov@domain").
    static func email(_ person: String, domain: String) -> String {
        let parts = person.split(separator: " ")
        let initial = DemoScript.slug(String(parts[0].prefix(1)))
        return "\(initial).\(DemoScript.slug(String(parts.last ?? ""), limit: 40))@\(domain)"
    }
}

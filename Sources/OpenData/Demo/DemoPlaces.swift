// The places datasets are about: the Republic, its 14 first-level regions (12 viloyats, the Republic of
// Karakalpakstan and Tashkent city), and a few cities and one district with their own administrations.

private typealias P = DemoPhrase

/// A district or city inside a region, or a mahalla inside a city.
struct DemoArea: Sendable {
    enum Kind: Sendable { case district, city, mahalla, region }
    let base: String
    let kind: Kind
    /// "Chilonzor tumani" / "район Чилонзор" / "Chilonzor district".
    let phrase: DemoPhrase
    /// For `.region` rows (areas of the Republic), the region's centre and spread.
    let centre: (latitude: Double, longitude: Double, spread: Double)?

    init(base: String, kind: Kind, regionName: DemoPhrase? = nil, centre: (latitude: Double, longitude: Double, spread: Double)? = nil) {
        self.base = base
        self.kind = kind
        self.centre = centre
        if let regionName {
            phrase = regionName
            return
        }
        let ru = DemoScript.russian(base)
        switch kind {
        case .district: phrase = P("\(base) tumani", "район \(ru)", "\(base) district")
        case .city: phrase = P("\(base) shahri", "г. \(ru)", "\(base) city")
        case .mahalla: phrase = P("\(base) MFY", "махалля «\(ru)»", "\(base) mahalla")
        case .region: phrase = .name(base)
        }
    }
}

struct DemoPlace: Sendable {
    enum Level: Sendable { case country, region, city }
    let slug: String
    let level: Level
    /// Nominative: "Samarqand viloyati" / "Самаркандская область" / "Samarkand Region".
    let nom: DemoPhrase
    /// Where: "Samarqand viloyatida" / "в Самаркандской области" / "in Samarkand Region".
    let loc: DemoPhrase
    /// Of: "Samarqand viloyatining" / "Самаркандской области" / "Samarkand Region".
    let gen: DemoPhrase
    /// A short tag: "samarqand".
    let tag: String
    let phoneCode: String
    let latitude: Double
    let longitude: Double
    /// Half the width, in degrees, of the box that points of this place fall in.
    let spread: Double
    let areas: [DemoArea]
    /// The slug of the administration (hokimlik) of this place.
    let administration: String

    var placeholders: [String: DemoPhrase] { ["nom": nom, "loc": loc, "gen": gen] }
}

enum DemoPlaces {
    private static func region(
        _ slug: String, _ tag: String, uz: String, uzLoc: String, uzGen: String, ru: String, ruLoc: String, ruGen: String,
        en: String, enLoc: String? = nil, phone: String, lat: Double, lon: Double, spread: Double, cities: [String], districts: [String],
        admin: String
    ) -> DemoPlace {
        DemoPlace(
            slug: slug, level: .region,
            nom: P(uz, ru, en), loc: P(uzLoc, ruLoc, enLoc ?? "in \(en)"), gen: P(uzGen, ruGen, en),
            tag: tag, phoneCode: phone, latitude: lat, longitude: lon, spread: spread,
            areas: cities.map { DemoArea(base: $0, kind: .city) } + districts.map { DemoArea(base: $0, kind: .district) },
            administration: admin)
    }

    /// The 14 first-level regions in the official order.
    static let regions: [DemoPlace] = [
        region("qoraqalpogiston-respublikasi", "qoraqalpogʻiston", uz: "Qoraqalpogʻiston Respublikasi", uzLoc: "Qoraqalpogʻiston Respublikasida",
               uzGen: "Qoraqalpogʻiston Respublikasining", ru: "Республика Каракалпакстан", ruLoc: "в Республике Каракалпакстан",
               ruGen: "Республики Каракалпакстан", en: "Republic of Karakalpakstan", enLoc: "in the Republic of Karakalpakstan",
               phone: "61", lat: 42.46, lon: 59.61, spread: 0.45,
               cities: ["Nukus", "Taxiatosh"],
               districts: ["Amudaryo", "Beruniy", "Chimboy", "Ellikqalʼa", "Kegeyli", "Moʻynoq", "Qanlikoʻl", "Qoʻngʻirot", "Qoraoʻzak", "Shumanay", "Taxtakoʻpir", "Toʻrtkoʻl", "Xoʻjayli"],
               admin: "qoraqalpogiston-vazirlar-kengashi"),
        region("andijon-viloyati", "andijon", uz: "Andijon viloyati", uzLoc: "Andijon viloyatida", uzGen: "Andijon viloyatining",
               ru: "Андижанская область", ruLoc: "в Андижанской области", ruGen: "Андижанской области", en: "Andijan Region",
               phone: "74", lat: 40.78, lon: 72.34, spread: 0.2,
               cities: ["Andijon", "Xonobod"],
               districts: ["Asaka", "Baliqchi", "Boʻston", "Buloqboshi", "Izboskan", "Jalaquduq", "Xoʻjaobod", "Qoʻrgʻontepa", "Marhamat", "Oltinkoʻl", "Paxtaobod", "Shahrixon", "Ulugʻnor"],
               admin: "andijon-viloyati-hokimligi"),
        region("buxoro-viloyati", "buxoro", uz: "Buxoro viloyati", uzLoc: "Buxoro viloyatida", uzGen: "Buxoro viloyatining",
               ru: "Бухарская область", ruLoc: "в Бухарской области", ruGen: "Бухарской области", en: "Bukhara Region",
               phone: "65", lat: 39.77, lon: 64.42, spread: 0.35,
               cities: ["Buxoro", "Kogon"],
               districts: ["Olot", "Gʻijduvon", "Jondor", "Qorakoʻl", "Qorovulbozor", "Peshku", "Romitan", "Shofirkon", "Vobkent"],
               admin: "buxoro-viloyati-hokimligi"),
        region("jizzax-viloyati", "jizzax", uz: "Jizzax viloyati", uzLoc: "Jizzax viloyatida", uzGen: "Jizzax viloyatining",
               ru: "Джизакская область", ruLoc: "в Джизакской области", ruGen: "Джизакской области", en: "Jizzakh Region",
               phone: "72", lat: 40.12, lon: 67.84, spread: 0.3,
               cities: ["Jizzax"],
               districts: ["Arnasoy", "Baxmal", "Doʻstlik", "Forish", "Gʻallaorol", "Sharof Rashidov", "Mirzachoʻl", "Paxtakor", "Yangiobod", "Zomin", "Zafarobod", "Zarbdor"],
               admin: "jizzax-viloyati-hokimligi"),
        region("qashqadaryo-viloyati", "qashqadaryo", uz: "Qashqadaryo viloyati", uzLoc: "Qashqadaryo viloyatida", uzGen: "Qashqadaryo viloyatining",
               ru: "Кашкадарьинская область", ruLoc: "в Кашкадарьинской области", ruGen: "Кашкадарьинской области", en: "Kashkadarya Region",
               phone: "75", lat: 38.86, lon: 65.79, spread: 0.35,
               cities: ["Qarshi", "Shahrisabz"],
               districts: ["Chiroqchi", "Dehqonobod", "Gʻuzor", "Qamashi", "Koson", "Kasbi", "Kitob", "Mirishkor", "Muborak", "Nishon", "Yakkabogʻ", "Koʻkdala"],
               admin: "qashqadaryo-viloyati-hokimligi"),
        region("navoiy-viloyati", "navoiy", uz: "Navoiy viloyati", uzLoc: "Navoiy viloyatida", uzGen: "Navoiy viloyatining",
               ru: "Навоийская область", ruLoc: "в Навоийской области", ruGen: "Навоийской области", en: "Navoi Region",
               phone: "79", lat: 40.10, lon: 65.37, spread: 0.4,
               cities: ["Navoiy", "Zarafshon"], districts: ["Konimex", "Karmana", "Qiziltepa", "Xatirchi", "Navbahor", "Nurota", "Tomdi", "Uchquduq"],
               admin: "navoiy-viloyati-hokimligi"),
        region("namangan-viloyati", "namangan", uz: "Namangan viloyati", uzLoc: "Namangan viloyatida", uzGen: "Namangan viloyatining",
               ru: "Наманганская область", ruLoc: "в Наманганской области", ruGen: "Наманганской области", en: "Namangan Region",
               phone: "69", lat: 41.00, lon: 71.67, spread: 0.25,
               cities: ["Namangan"],
               districts: ["Chortoq", "Chust", "Kosonsoy", "Mingbuloq", "Norin", "Pop", "Toʻraqoʻrgʻon", "Uchqoʻrgʻon", "Uychi", "Yangiqoʻrgʻon", "Davlatobod"],
               admin: "namangan-viloyati-hokimligi"),
        region("samarqand-viloyati", "samarqand", uz: "Samarqand viloyati", uzLoc: "Samarqand viloyatida", uzGen: "Samarqand viloyatining",
               ru: "Самаркандская область", ruLoc: "в Самаркандской области", ruGen: "Самаркандской области", en: "Samarkand Region",
               phone: "66", lat: 39.65, lon: 66.96, spread: 0.3,
               cities: ["Samarqand", "Kattaqoʻrgʻon"],
               districts: ["Bulungʻur", "Ishtixon", "Jomboy", "Qoʻshrabot", "Narpay", "Nurobod", "Oqdaryo", "Paxtachi", "Payariq", "Pastdargʻom", "Toyloq", "Urgut"],
               admin: "samarqand-viloyati-hokimligi"),
        region("surxondaryo-viloyati", "surxondaryo", uz: "Surxondaryo viloyati", uzLoc: "Surxondaryo viloyatida", uzGen: "Surxondaryo viloyatining",
               ru: "Сурхандарьинская область", ruLoc: "в Сурхандарьинской области", ruGen: "Сурхандарьинской области", en: "Surkhandarya Region",
               phone: "76", lat: 37.85, lon: 67.55, spread: 0.35,
               cities: ["Termiz"],
               districts: ["Angor", "Bandixon", "Boysun", "Denov", "Jarqoʻrgʻon", "Qiziriq", "Qumqoʻrgʻon", "Muzrabot", "Oltinsoy", "Sariosiyo", "Sherobod", "Shoʻrchi", "Uzun"],
               admin: "surxondaryo-viloyati-hokimligi"),
        region("sirdaryo-viloyati", "sirdaryo", uz: "Sirdaryo viloyati", uzLoc: "Sirdaryo viloyatida", uzGen: "Sirdaryo viloyatining",
               ru: "Сырдарьинская область", ruLoc: "в Сырдарьинской области", ruGen: "Сырдарьинской области", en: "Syrdarya Region",
               phone: "67", lat: 40.49, lon: 68.78, spread: 0.2,
               cities: ["Guliston", "Yangiyer", "Shirin"],
               districts: ["Boyovut", "Mirzaobod", "Oqoltin", "Sardoba", "Sayxunobod", "Sirdaryo", "Xovos"],
               admin: "sirdaryo-viloyati-hokimligi"),
        region("toshkent-viloyati", "toshkent-viloyati", uz: "Toshkent viloyati", uzLoc: "Toshkent viloyatida", uzGen: "Toshkent viloyatining",
               ru: "Ташкентская область", ruLoc: "в Ташкентской области", ruGen: "Ташкентской области", en: "Tashkent Region",
               phone: "70", lat: 41.05, lon: 69.50, spread: 0.3,
               cities: ["Nurafshon", "Angren", "Olmaliq", "Chirchiq", "Bekobod"],
               districts: ["Boʻka", "Boʻstonliq", "Chinoz", "Qibray", "Ohangaron", "Oqqoʻrgʻon", "Parkent", "Piskent", "Quyichirchiq", "Yangiyoʻl", "Zangiota"],
               admin: "toshkent-viloyati-hokimligi"),
        region("fargona-viloyati", "fargʻona", uz: "Fargʻona viloyati", uzLoc: "Fargʻona viloyatida", uzGen: "Fargʻona viloyatining",
               ru: "Ферганская область", ruLoc: "в Ферганской области", ruGen: "Ферганской области", en: "Fergana Region",
               phone: "73", lat: 40.39, lon: 71.78, spread: 0.25,
               cities: ["Fargʻona", "Margʻilon", "Qoʻqon", "Quvasoy"],
               districts: ["Beshariq", "Bogʻdod", "Buvayda", "Dangʻara", "Furqat", "Oltiariq", "Quva", "Rishton", "Soʻx", "Toshloq", "Uchkoʻprik", "Yozyovon"],
               admin: "fargona-viloyati-hokimligi"),
        region("xorazm-viloyati", "xorazm", uz: "Xorazm viloyati", uzLoc: "Xorazm viloyatida", uzGen: "Xorazm viloyatining",
               ru: "Хорезмская область", ruLoc: "в Хорезмской области", ruGen: "Хорезмской области", en: "Khorezm Region",
               phone: "62", lat: 41.55, lon: 60.63, spread: 0.25,
               cities: ["Urganch", "Xiva"],
               districts: ["Bogʻot", "Gurlan", "Xonqa", "Hazorasp", "Qoʻshkoʻpir", "Shovot", "Yangiariq", "Yangibozor", "Tuproqqalʼa"],
               admin: "xorazm-viloyati-hokimligi"),
        region("toshkent-shahri", "toshkent", uz: "Toshkent shahri", uzLoc: "Toshkent shahrida", uzGen: "Toshkent shahrining",
               ru: "город Ташкент", ruLoc: "в городе Ташкенте", ruGen: "города Ташкента", en: "Tashkent City",
               phone: "71", lat: 41.311, lon: 69.279, spread: 0.07,
               cities: [],
               districts: ["Bektemir", "Chilonzor", "Mirobod", "Mirzo Ulugʻbek", "Olmazor", "Sergeli", "Shayxontohur", "Uchtepa", "Yakkasaroy", "Yashnobod", "Yunusobod", "Yangihayot"],
               admin: "toshkent-shahar-hokimligi"),
    ]

    /// Common mahalla names, for the areas of a city.
    private static let mahallas = [
        "Bogʻishamol", "Navroʻz", "Guliston", "Istiqlol", "Yangi hayot", "Doʻstlik", "Bunyodkor", "Mehnatobod", "Oqtepa",
        "Choshtepa", "Tinchlik", "Obod", "Nurafshon", "Mustaqillik", "Yoshlik", "Bahor", "Sharq", "Olmazor", "Zarafshon",
        "Ipakchi", "Bogʻibaland", "Kamolon", "Hamkorlik", "Samarqand darvoza", "Chorsu", "Gulbahor", "Oydin", "Qoraqamish",
    ]

    private static func city(
        _ slug: String, _ tag: String, uz: String, uzLoc: String, uzGen: String, ru: String, ruLoc: String, ruGen: String,
        en: String, phone: String, lat: Double, lon: Double, admin: String, offset: Int
    ) -> DemoPlace {
        let picked = (0..<12).map { mahallas[($0 * 5 + offset) % mahallas.count] }
        return DemoPlace(
            slug: slug, level: .city,
            nom: P(uz, ru, en), loc: P(uzLoc, ruLoc, "in \(en)"), gen: P(uzGen, ruGen, en),
            tag: tag, phoneCode: phone, latitude: lat, longitude: lon, spread: 0.035,
            areas: picked.map { DemoArea(base: $0, kind: .mahalla) },
            administration: admin)
    }

    /// Cities and a district of the capital that publish data of their own.
    static let cities: [DemoPlace] = [
        city("nukus-shahri", "nukus", uz: "Nukus shahri", uzLoc: "Nukus shahrida", uzGen: "Nukus shahrining", ru: "город Нукус",
             ruLoc: "в городе Нукусе", ruGen: "города Нукуса", en: "Nukus City", phone: "61", lat: 42.4619, lon: 59.6166,
             admin: "nukus-shahar-hokimligi", offset: 0),
        city("samarqand-shahri", "samarqand", uz: "Samarqand shahri", uzLoc: "Samarqand shahrida", uzGen: "Samarqand shahrining",
             ru: "город Самарканд", ruLoc: "в городе Самарканде", ruGen: "города Самарканда", en: "Samarkand City", phone: "66",
             lat: 39.6542, lon: 66.9597, admin: "samarqand-shahar-hokimligi", offset: 1),
        city("buxoro-shahri", "buxoro", uz: "Buxoro shahri", uzLoc: "Buxoro shahrida", uzGen: "Buxoro shahrining", ru: "город Бухара",
             ruLoc: "в городе Бухаре", ruGen: "города Бухары", en: "Bukhara City", phone: "65", lat: 39.7747, lon: 64.4286,
             admin: "buxoro-shahar-hokimligi", offset: 2),
        city("namangan-shahri", "namangan", uz: "Namangan shahri", uzLoc: "Namangan shahrida", uzGen: "Namangan shahrining",
             ru: "город Наманган", ruLoc: "в городе Намангане", ruGen: "города Намангана", en: "Namangan City", phone: "69",
             lat: 40.9983, lon: 71.6726, admin: "namangan-shahar-hokimligi", offset: 3),
        city("yunusobod-tumani", "yunusobod", uz: "Yunusobod tumani", uzLoc: "Yunusobod tumanida", uzGen: "Yunusobod tumanining",
             ru: "Юнусабадский район", ruLoc: "в Юнусабадском районе", ruGen: "Юнусабадского района", en: "Yunusabad District",
             phone: "71", lat: 41.3645, lon: 69.2860, admin: "yunusobod-tumani-hokimligi", offset: 4),
    ]

    /// The Republic as a whole; its areas are the 14 regions.
    static let country = DemoPlace(
        slug: "ozbekiston", level: .country,
        nom: P("Oʻzbekiston Respublikasi", "Республика Узбекистан", "Uzbekistan"),
        loc: P("Oʻzbekiston Respublikasida", "в Республике Узбекистан", "in Uzbekistan"),
        gen: P("Oʻzbekiston Respublikasining", "Республики Узбекистан", "Uzbekistan"),
        tag: "respublika", phoneCode: "71", latitude: 41.311, longitude: 69.279, spread: 0.07,
        areas: regions.map {
            DemoArea(base: $0.nom.uz, kind: .region, regionName: $0.nom, centre: ($0.latitude, $0.longitude, $0.spread))
        },
        administration: "")
}

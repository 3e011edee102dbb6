import ManbaCore

private typealias P = DemoPhrase

/// The spheres (themes) of the catalogue, in all five languages.
enum DemoThemes {
    private struct Spec {
        let slug: String
        let title: DemoPhrase
        let tajik: String
        let about: DemoPhrase
    }

    private static let specs: [Spec] = [
        Spec(slug: "iqtisodiyot", title: P("Iqtisodiyot", "Экономика", "Economy"), tajik: "Иқтисодиёт",
             about: P("Yalpi ichki mahsulot, sanoat, savdo, tadbirkorlik va narxlar.", "ВВП, промышленность, торговля, предпринимательство и цены.",
                           "GDP, industry, trade, business and prices.")),
        Spec(slug: "moliya", title: P("Moliya", "Финансы", "Finance"), tajik: "Молия",
             about: P("Davlat budjeti, soliqlar, bank tizimi va davlat xaridlari.", "Государственный бюджет, налоги, банковская система и госзакупки.",
                           "State budget, taxes, banking and public procurement.")),
        Spec(slug: "talim", title: P("Taʼlim", "Образование", "Education"), tajik: "Маориф",
             about: P("Maktabgacha taʼlim, maktablar, kollejlar va oliy taʼlim muassasalari.", "Дошкольное образование, школы, колледжи и вузы.",
                           "Kindergartens, schools, colleges and universities.")),
        Spec(slug: "sogliqni-saqlash", title: P("Sogʻliqni saqlash", "Здравоохранение", "Health"), tajik: "Тандурустӣ",
             about: P("Tibbiyot muassasalari, kasallanish, dori vositalari va jamoat salomatligi.", "Медицинские учреждения, заболеваемость, лекарства и общественное здоровье.",
                           "Medical facilities, morbidity, medicines and public health.")),
        Spec(slug: "transport", title: P("Transport", "Транспорт", "Transport"), tajik: "Нақлиёт",
             about: P("Yoʻllar, jamoat transporti, temir yoʻl va aviatsiya, yoʻl harakati xavfsizligi.", "Дороги, общественный транспорт, железная дорога и авиация, безопасность движения.",
                           "Roads, public transport, rail and aviation, road safety.")),
        Spec(slug: "ekologiya", title: P("Ekologiya", "Экология", "Environment"), tajik: "Муҳити зист",
             about: P("Atmosfera havosi, suv resurslari, chiqindilar, oʻrmonlar va iqlim.", "Атмосферный воздух, водные ресурсы, отходы, леса и климат.",
                           "Air, water, waste, forests and climate.")),
        Spec(slug: "qishloq-xojaligi", title: P("Qishloq xoʻjaligi", "Сельское хозяйство", "Agriculture"), tajik: "Кишоварзӣ",
             about: P("Ekin maydonlari, hosil, chorvachilik, fermer xoʻjaliklari va suv xoʻjaligi.", "Посевные площади, урожай, животноводство, фермерские хозяйства и водное хозяйство.",
                           "Crops, harvests, livestock, farms and irrigation.")),
        Spec(slug: "demografiya", title: P("Demografiya", "Демография", "Population"), tajik: "Демография",
             about: P("Aholi soni, tugʻilish, oʻlim, nikoh va migratsiya.", "Численность населения, рождаемость, смертность, браки и миграция.",
                           "Population, births, deaths, marriages and migration.")),
        Spec(slug: "madaniyat", title: P("Madaniyat", "Культура", "Culture"), tajik: "Фарҳанг",
             about: P("Muzeylar, teatrlar, kutubxonalar va madaniy meros obyektlari.", "Музеи, театры, библиотеки и объекты культурного наследия.",
                           "Museums, theatres, libraries and heritage sites.")),
        Spec(slug: "turizm", title: P("Turizm", "Туризм", "Tourism"), tajik: "Сайёҳӣ",
             about: P("Mehmonxonalar, turistik obyektlar va turistlar oqimi.", "Гостиницы, туристические объекты и турпоток.",
                           "Hotels, tourist sites and visitor numbers.")),
        Spec(slug: "qurilish", title: P("Qurilish", "Строительство", "Construction"), tajik: "Сохтмон",
             about: P("Uy-joy qurilishi, ruxsatnomalar, kommunal xoʻjalik va shaharsozlik.", "Жилищное строительство, разрешения, ЖКХ и градостроительство.",
                           "Housing, permits, utilities and urban planning.")),
        Spec(slug: "energetika", title: P("Energetika", "Энергетика", "Energy"), tajik: "Энергетика",
             about: P("Elektr energiyasi, tabiiy gaz, qayta tiklanuvchi energiya manbalari.", "Электроэнергия, природный газ, возобновляемые источники энергии.",
                           "Electricity, natural gas and renewables.")),
        Spec(slug: "ijtimoiy-himoya", title: P("Ijtimoiy himoya", "Социальная защита", "Social protection"), tajik: "Ҳифзи иҷтимоӣ",
             about: P("Pensiyalar, nafaqalar, nogironligi boʻlgan shaxslar va ijtimoiy xizmatlar.", "Пенсии, пособия, лица с инвалидностью и социальные услуги.",
                           "Pensions, allowances, disability and social services.")),
        Spec(slug: "mehnat-va-bandlik", title: P("Mehnat va bandlik", "Труд и занятость", "Labour and employment"), tajik: "Меҳнат ва шуғл",
             about: P("Ish oʻrinlari, ishsizlik, ish haqi va mehnat migratsiyasi.", "Рабочие места, безработица, заработная плата и трудовая миграция.",
                           "Jobs, unemployment, wages and labour migration.")),
        Spec(slug: "huquq", title: P("Huquq", "Право", "Law and justice"), tajik: "Ҳуқуқ",
             about: P("Normativ-huquqiy hujjatlar, sudlar, notariat va huquqbuzarliklar.", "Нормативно-правовые акты, суды, нотариат и правонарушения.",
                           "Legal acts, courts, notaries and offences.")),
        Spec(slug: "davlat-boshqaruvi", title: P("Davlat boshqaruvi", "Государственное управление", "Public administration"), tajik: "Идоракунии давлатӣ",
             about: P("Davlat xizmatlari, murojaatlar, saylovlar va ochiqlik.", "Государственные услуги, обращения граждан, выборы и открытость.",
                           "Public services, citizens’ appeals, elections and openness.")),
    ]

    static var slugs: [String] { specs.map(\.slug) }

    static func make() -> [DemoTheme] {
        specs.map { spec in
            var title = spec.title.localized([.uzLatn, .uzCyrl, .ru, .en])
            title[.tg] = spec.tajik
            return DemoTheme(name: spec.slug, title: title, description: spec.about.localized([.uzLatn, .uzCyrl, .ru, .en]))
        }
    }
}

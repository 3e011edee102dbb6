"""Word lists for the MARC record generator (generate.py).

Uzbek is written here in the Latin alphabet of 1995 with oʻ and gʻ as U+02BB and the tutuq belgisi as
U+02BC; the Cyrillic form is derived by `uz_cyrillic`, so both scripts spell the same words. Russian
nouns carry their gender and genitive so that titles come out grammatical; Tajik is in Tajik Cyrillic.
Lists are ordered roughly from common to rare: the generator turns the order into Zipf weights.
"""

# --- Uzbek (Latin) ---------------------------------------------------------------------------------

# Modifiers: adjectives and nouns used attributively ("davlat boshqaruvi").
UZ_ADJ = """zamonaviy milliy umumiy amaliy ilmiy oʻzbek yangi xalqaro iqtisodiy ijtimoiy tarixiy huquqiy
siyosiy madaniy maʼnaviy pedagogik oliy boshlangʻich asosiy muhim dolzarb qadimgi buyuk tibbiy texnik
raqamli elektron davlat jahon adabiy badiiy falsafiy psixologik matematik nazariy kimyoviy biologik
fizik ekologik geografik moliyaviy statistik innovatsion barqaror samarali strategik agrar diniy islomiy
turkiy sharq gʻarb klassik mumtoz xalq oila bolalar yoshlar ayollar maktab qishloq shahar mintaqaviy
mahalliy fuqarolik jinoiy maʼmuriy konstitutsiyaviy tadbirkorlik bank soliq bojxona investitsion
energetik geologik kompyuter axborot zoologik botanik anatomik klinik jarrohlik farmatsevtik veterinar
meʼmoriy arxeologik etnografik lingvistik leksik grammatik fonetik stilistik poetik folklor teatr
musiqiy tasviriy sport harbiy dengiz kosmik atom yadroviy kichik katta oʻrta kelajak""".split()

# Nouns that head or fill a title. Possessive and plural forms are derived by uz_forms().
UZ_NOUN = """tarix taʼlim iqtisodiyot adabiyot til huquq madaniyat sanʼat fan tibbiyot falsafa pedagogika
psixologiya matematika fizika kimyo biologiya geografiya informatika texnologiya boshqaruv jamiyat
davlat Oʻzbekiston Toshkent Samarqand Buxoro Xiva Fargʻona vodiy millat xalq oila bola yoshlik ona
vatan mustaqillik demokratiya qonun konstitutsiya islohot rivojlanish taraqqiyot dehqonchilik
paxtachilik bogʻdorchilik chorvachilik suv yer tuproq iqlim tabiat ekologiya energiya neft gaz
sanoat qurilish transport aloqa savdo bozor moliya bank soliq byudjet narx mehnat ish bandlik
kasb hunar maktab universitet oʻqituvchi oʻquvchi talaba dars darslik kitob kutubxona muzey teatr
musiqa qoʻshiq sheʼr doston roman qissa hikoya ertak maqol topishmoq lugʻat imlo grammatika
sintaksis morfologiya leksikologiya fonetika adabiyotshunoslik tilshunoslik tarjima matbuot
jurnalistika televideniye internet kompyuter dastur algoritm maʼlumot axborot xavfsizlik
mudofaa armiya tinchlik urush gʻalaba jang qahramon shahid xotira meros obida meʼmorchilik
arxeologiya etnografiya antropologiya sotsiologiya siyosatshunoslik diplomatiya hamkorlik
munosabat integratsiya globallashuv innovatsiya investitsiya tadbirkorlik biznes marketing
menejment buxgalteriya audit statistika demografiya aholi migratsiya urbanizatsiya qishloq
shahar mahalla turizm sport salomatlik kasallik davolash jarrohlik terapiya pediatriya
stomatologiya farmakologiya anatomiya fiziologiya genetika mikrobiologiya botanika zoologiya
astronomiya geologiya mineral metall mashinasozlik elektrotexnika avtomatika robototexnika
sunʼiy intellekt raqamlashtirish elektron hukumat islom din tasavvuf maʼrifat maʼnaviyat odob
axloq tarbiya ruhiyat inson shaxs erkinlik adolat haqiqat sevgi muhabbat doʻstlik umid orzu
hayot oʻlim taqdir yoʻl bahor yoz kuz qish tun kun quyosh oy yulduz daryo togʻ choʻl dengiz
bogʻ gul daraxt non tuz osh dasturxon bayram navroʻz toʻy anʼana urf marosim kiyim hunarmandchilik
kulolchilik zargarlik naqqoshlik kashtachilik gilam ipak paxta gʻalla uzum anor qovun""".split()

# Title heads in the possessive (izofa) form: "Oʻzbekiston tarixi", "iqtisodiyot asoslari".
UZ_HEAD = """tarixi asoslari masalalari muammolari nazariyasi usullari metodikasi texnologiyasi tahlili
rivojlanishi tizimi huquqi iqtisodiyoti madaniyati adabiyoti sanʼati falsafasi psixologiyasi
pedagogikasi lugʻati ocherklari istiqbollari tamoyillari omillari xususiyatlari yoʻnalishlari
vazifalari imkoniyatlari tajribasi amaliyoti tadqiqoti manbalari qomusi antologiyasi
xrestomatiyasi tarjimasi tanqidi talqini poetikasi tili sheʼriyati nasri folklori dramaturgiyasi
boshqaruvi menejmenti marketingi auditi hisobi statistikasi geografiyasi geologiyasi ekologiyasi
fiziologiyasi anatomiyasi kimyosi fizikasi matematikasi""".split()

# Subtitles ($b): the kind of publication, as printed on Uzbek title pages.
UZ_SUBTITLE = ["darslik", "oʻquv qoʻllanma", "oʻquv-uslubiy qoʻllanma", "monografiya", "ilmiy-ommabop nashr",
               "maqolalar toʻplami", "sheʼrlar", "roman", "qissa va hikoyalar", "maʼlumotnoma", "izohli lugʻat",
               "xalqaro ilmiy-amaliy konferensiya materiallari", "oliy taʼlim muassasalari talabalari uchun",
               "umumiy oʻrta taʼlim maktablarining {n}-sinfi uchun darslik", "tanlangan asarlar", "esse",
               "hujjatlar va materiallar", "metodik tavsiyalar", "albom", "tarixiy roman", "ertaklar", "doston"]

UZ_EDITION = ["{n}-nashr", "{n}-nashri", "Qayta ishlangan va toʻldirilgan {n}-nashr", "{n}-nashr, tuzatilgan"]
UZ_PLACES = ["Toshkent", "Toshkent", "Toshkent", "Toshkent", "Samarqand", "Buxoro", "Namangan", "Andijon",
             "Fargʻona", "Nukus", "Qarshi", "Termiz", "Urganch", "Navoiy", "Jizzax", "Guliston"]
UZ_PUBLISHERS = ["Oʻzbekiston", "Sharq", "Gʻafur Gʻulom nomidagi nashriyot-matbaa ijodiy uyi", "Fan",
                 "Oʻqituvchi", "Yangi asr avlodi", "Akademnashr", "Ilm ziyo", "Tafakkur", "Mumtoz soʻz",
                 "Oʻzbekiston milliy ensiklopediyasi", "Noshir", "Turon-Iqbol", "Adabiyot", "Tamaddun",
                 "Innovatsiya-Ziyo", "Choʻlpon", "Yangi nashr", "Ilm-Ziyo-Zakovat", "Universitet"]
UZ_SERIES = ["Oliy taʼlim uchun darsliklar", "Oʻzbek adabiyoti durdonalari", "Jahon adabiyoti durdonalari",
             "Buyuk siymolar", "Maʼrifat kutubxonasi", "Yoshlar kutubxonasi", "Ilmiy merosimiz"]
UZ_SUBLOCATIONS = ["Abonement", "Oʻquv zali", "Ilmiy zal", "Kitob saqlash fondi", "Bolalar boʻlimi",
                   "Elektron resurslar markazi"]
UZ_AVAILABILITY = ["Mavjud", "Mavjud", "Mavjud", "Berilgan", "Faqat oʻquv zalida", "Taʼmirda"]
UZ_PAGES, UZ_ILL, UZ_CM = "b.", "rasm.", "sm"

UZ_SURNAMES = """Karimov Rahimov Yusupov Abdullayev Toshmatov Qodirov Ismoilov Hasanov Xolmatov Sobirov
Nazarov Umarov Saidov Ergashev Mirzayev Joʻrayev Tursunov Usmonov Mahmudov Nurmatov Rasulov Salimov
Valiyev Xudoyberdiyev Boboyev Yoʻldoshev Gʻulomov Qosimov Sultonov Aliyev Norboyev Shukurov
Fayzullayev Islomov Hamidov Zokirov Begmatov Murodov Oʻrinov Abdurahmonov Qurbonov Ahmedov
Rustamov Tojiboyev Eshonqulov Mamatqulov Sharipov Haydarov Xoʻjayev Oripov""".split()
UZ_MALE = """Alisher Bahodir Dilshod Jamshid Rustam Sardor Shuhrat Oybek Abdulla Erkin Anvar Botir
Gʻayrat Ulugʻbek Akmal Farhod Husan Otabek Sherzod Zafar Nodir Islom Lutfulla Oʻtkir Mirzo Behzod
Ibrohim Komil Muhammad Nurali Qahramon Rahim Sanjar Temur Hamid""".split()
UZ_FEMALE = """Dilnoza Gulnora Malika Nodira Shahnoza Zulfiya Feruza Mohira Nigora Oydin Saodat Gulchehra
Dilfuza Muhabbat Sevara Umida Xurshida Lola Barno Maftuna Zarina Kamola""".split()

# --- Russian ---------------------------------------------------------------------------------------

# (nominative, gender m/f/n/p, genitive)
RU_NOUN = [tuple(w.split(":")) for w in """экономика:f:экономики история:f:истории право:n:права
государство:n:государства язык:m:языка литература:f:литературы культура:f:культуры общество:n:общества
образование:n:образования педагогика:f:педагогики психология:f:психологии философия:f:философии
математика:f:математики физика:f:физики химия:f:химии биология:f:биологии медицина:f:медицины
география:f:географии информатика:f:информатики управление:n:управления технология:f:технологии
техника:f:техники энергетика:f:энергетики строительство:n:строительства транспорт:m:транспорта
сельское_хозяйство:n:сельского_хозяйства хлопководство:n:хлопководства животноводство:n:животноводства
водное_хозяйство:n:водного_хозяйства экология:f:экологии природа:f:природы климат:m:климата
почвоведение:n:почвоведения геология:f:геологии нефть:f:нефти газ:m:газа металлургия:f:металлургии
машиностроение:n:машиностроения электротехника:f:электротехники автоматика:f:автоматики
программирование:n:программирования алгоритм:m:алгоритма система:f:системы сеть:f:сети
безопасность:f:безопасности информация:f:информации статистика:f:статистики демография:f:демографии
население:n:населения труд:m:труда рынок:m:рынка финансы:p:финансов банк:m:банка налог:m:налога
бюджет:m:бюджета бухгалтерия:f:бухгалтерии менеджмент:m:менеджмента маркетинг:m:маркетинга
предпринимательство:n:предпринимательства торговля:f:торговли туризм:m:туризма спорт:m:спорта
здоровье:n:здоровья болезнь:f:болезни хирургия:f:хирургии терапия:f:терапии педиатрия:f:педиатрии
фармакология:f:фармакологии анатомия:f:анатомии физиология:f:физиологии генетика:f:генетики
микробиология:f:микробиологии ботаника:f:ботаники зоология:f:зоологии астрономия:f:астрономии
археология:f:археологии этнография:f:этнографии социология:f:социологии политология:f:политологии
дипломатия:f:дипломатии политика:f:политики реформа:f:реформы конституция:f:конституции
закон:m:закона суд:m:суда процесс:m:процесса договор:m:договора собственность:f:собственности
семья:f:семьи ребёнок:m:ребёнка молодёжь:f:молодёжи школа:f:школы университет:m:университета
учитель:m:учителя ученик:m:ученика студент:m:студента урок:m:урока учебник:m:учебника книга:f:книги
библиотека:f:библиотеки музей:m:музея театр:m:театра музыка:f:музыки живопись:f:живописи
архитектура:f:архитектуры искусство:n:искусства поэзия:f:поэзии проза:f:прозы роман:m:романа
повесть:f:повести рассказ:m:рассказа сказка:f:сказки фольклор:m:фольклора словарь:m:словаря
грамматика:f:грамматики лексика:f:лексики фонетика:f:фонетики синтаксис:m:синтаксиса
морфология:f:морфологии перевод:m:перевода журналистика:f:журналистики печать:f:печати
телевидение:n:телевидения интернет:m:интернета война:f:войны мир:m:мира победа:f:победы
память:f:памяти народ:m:народа человек:m:человека личность:f:личности свобода:f:свободы
справедливость:f:справедливости любовь:f:любви дружба:f:дружбы жизнь:f:жизни судьба:f:судьбы
дорога:f:дороги весна:f:весны лето:n:лета осень:f:осени зима:f:зимы ночь:f:ночи день:m:дня
солнце:n:солнца река:f:реки гора:f:горы пустыня:f:пустыни море:n:моря сад:m:сада город:m:города
деревня:f:деревни степь:f:степи ислам:m:ислама религия:f:религии нравственность:f:нравственности
воспитание:n:воспитания развитие:n:развития методика:f:методики теория:f:теории практика:f:практики
интеграция:f:интеграции глобализация:f:глобализации инновация:f:инновации инвестиции:p:инвестиций
технологии:p:технологий отношения:p:отношений ресурсы:p:ресурсов знания:p:знаний""".split()]

# Masculine nominative adjectives; the other forms are derived by ru_adj().
RU_ADJ = """современный национальный общий прикладной научный русский узбекский новый международный
экономический социальный исторический правовой политический культурный педагогический высший
начальный основной важный актуальный древний великий медицинский технический цифровой электронный
государственный мировой литературный художественный философский психологический математический
теоретический химический биологический физический экологический географический финансовый
статистический инновационный устойчивый эффективный стратегический аграрный религиозный тюркский
восточный западный классический народный семейный детский молодёжный школьный сельский городской
региональный местный гражданский уголовный административный конституционный банковский налоговый
таможенный инвестиционный энергетический геологический компьютерный информационный клинический
хирургический архитектурный археологический этнографический лингвистический лексический
грамматический поэтический фольклорный театральный музыкальный спортивный военный морской
космический атомный малый большой средний общественный""".split()

# Title heads, nominative, followed by a genitive phrase: "Основы современной экономики".
RU_HEAD = """Основы История Теория Проблемы Вопросы Методы Методика Технология Очерки Анализ Развитие
Управление Словарь Справочник Курс Хрестоматия Антология Практикум Принципы Актуальные_проблемы
Избранные_труды Энциклопедия Атлас Состояние Перспективы Особенности Экономика Право Культура
Литература Психология Педагогика Философия География Тайны Страницы Мир Судьбы Наследие""".split()

RU_SUBTITLE = ["учебник", "учебное пособие", "учебно-методическое пособие", "монография", "сборник статей",
               "научно-популярное издание", "стихи", "роман", "повесть и рассказы", "справочник",
               "толковый словарь", "материалы международной научно-практической конференции",
               "учебник для {n} класса общеобразовательных школ", "для студентов высших учебных заведений",
               "избранные произведения", "документы и материалы", "методические рекомендации", "альбом",
               "исторический роман", "сказки"]
RU_EDITION = ["{n}-е изд.", "Изд. {n}-е, перераб. и доп.", "{n}-е изд., испр.", "{n}-е изд., стер."]
RU_PLACES = ["Москва", "Москва", "Москва", "Санкт-Петербург", "Ташкент", "Ташкент", "Новосибирск", "Казань",
             "Екатеринбург", "Алматы", "Душанбе", "Ростов-на-Дону"]
RU_PUBLISHERS = ["Наука", "Просвещение", "Юрайт", "Эксмо", "АСТ", "Питер", "Дрофа", "Высшая школа", "Фан",
                 "Узбекистан", "Инфра-М", "КноРус", "Академия", "Логос", "Проспект", "Статут", "Мир",
                 "Советская энциклопедия", "Художественная литература", "Издательство МГУ"]
RU_SERIES = ["Высшее образование", "Библиотека школьника", "Классики и современники",
             "Научная мысль", "Жизнь замечательных людей", "Университетский учебник"]
RU_SUBLOCATIONS = ["Абонемент", "Читальный зал", "Книгохранилище", "Научный зал", "Отдел редкой книги"]
RU_AVAILABILITY = ["В наличии", "В наличии", "В наличии", "Выдано", "Только в читальном зале", "На реставрации"]
RU_PAGES, RU_ILL, RU_CM = "с.", "ил.", "см"
RU_CITY_GEN = {"Узбекистана": "Узбекистане", "Ташкента": "Ташкенте", "Самарканда": "Самарканде",
               "Средней_Азии": "Средней_Азии", "России": "России", "Бухары": "Бухаре", "Туркестана": "Туркестане",
               "Центральной_Азии": "Центральной_Азии", "Ферганской_долины": "Ферганской_долине"}

RU_SURNAMES = """Иванов Петров Смирнов Кузнецов Попов Соколов Лебедев Козлов Новиков Морозов Волков Соловьёв
Васильев Зайцев Павлов Семёнов Голубев Виноградов Богданов Воробьёв Фёдоров Михайлов Беляев Тарасов
Белов Каримов Юсупов Абдуллаев Рахимов Ахмедов Хасанов Мирзаев Назаров Султанов""".split()
RU_MALE = "Александр Сергей Андрей Дмитрий Николай Владимир Игорь Михаил Евгений Олег Юрий Борис".split()
RU_FEMALE = "Елена Ольга Татьяна Наталья Ирина Светлана Мария Анна Людмила Галина".split()

# --- Tajik (Cyrillic) ------------------------------------------------------------------------------

TG_HEAD = """Таърих Асосҳо Назария Масъалаҳо Усулҳо Луғат Забон Адабиёт Фарҳанг Иқтисодиёт Ҳуқуқ
Фалсафа Методика Таҳлил Рушд Низом Санъат Осор Мероси""".split()
TG_NOUN = """халқ миллат давлат забон адабиёт илм маориф таълим тарбия ватан оила кӯдак ҷавонон табиат
об замин кӯҳ дарё боғ гул шеър назм наср достон ҳикоя афсона китоб китобхона мактаб донишгоҳ
омӯзгор донишҷӯ иқтисод бозор меҳнат кишоварзӣ пахта саноат энергетика сохтмон тиб саломатӣ
ҷомеа сиёсат дипломатия ҳамкорӣ истиқлол сулҳ ҷанг ғалаба хотира мерос фарҳанг дин ахлоқ""".split()
TG_ADJ = "тоҷик форсӣ миллӣ муосир умумӣ қадим классикӣ халқӣ илмӣ амалӣ ҷаҳонӣ Шарқ Осиёи_Марказӣ".split()
TG_SUBTITLE = ["китоби дарсӣ", "дастури таълимӣ", "монография", "маҷмӯаи мақолаҳо", "шеърҳо", "роман",
               "луғати тафсирӣ", "маводи конференсияи байналмилалӣ", "осори мунтахаб", "қиссаҳо ва ҳикояҳо"]
TG_EDITION = ["Нашри {n}-ум", "Нашри {n}-ум, иловашуда"]
TG_PLACES = ["Душанбе", "Душанбе", "Душанбе", "Хуҷанд", "Бохтар", "Кӯлоб", "Хоруғ"]
TG_PUBLISHERS = ["Маориф", "Ирфон", "Дониш", "Адиб", "Шарқи озод", "Ганҷ", "Эр-граф", "Сино"]
TG_SERIES = ["Гуфтори ниёкон", "Китобхонаи мактаб"]
TG_PAGES, TG_ILL, TG_CM = "с.", "расм", "см"
TG_SURNAMES = """Раҳимов Саидов Шарифов Назаров Қодиров Раҳмонов Сафаров Абдуллоев Мирзоев Ҳасанов Давлатов
Одинаев Собиров Нуриддинов Ҷалолов Қурбонов Файзуллоев Икромов Айнӣ Турсунзода""".split()
TG_MALE = "Абдуллоҳ Фирдавс Ҷамшед Рустам Фаридун Сино Баҳодур Шерали Насрулло Бахтиёр".split()
TG_FEMALE = "Гулнора Нигина Мадина Шаҳло Таҳмина Фарзона Мунира Зарина".split()

# --- English ---------------------------------------------------------------------------------------

EN_HEAD = """Introduction_to Principles_of History_of Foundations_of Handbook_of Essentials_of Advances_in
Studies_in Perspectives_on Readings_in Topics_in Elements_of Dictionary_of Guide_to""".split()
EN_ADJ = """modern applied international economic social political digital comparative contemporary
environmental financial quantitative practical Central_Asian Islamic Soviet global sustainable
medical clinical computational linguistic cultural historical""".split()
EN_NOUN = """economics law history linguistics education psychology philosophy mathematics physics chemistry
biology medicine geography management marketing finance accounting statistics engineering
agriculture ecology energy water resources development governance policy culture literature
translation archaeology architecture art music tourism banking taxation trade migration
programming algorithms networks security databases learning research methods reform society
Uzbekistan Eurasia Silk_Road Samarkand Central_Asia""".split()
EN_SUBTITLE = ["a textbook", "an introduction", "a handbook", "selected papers", "proceedings of the international conference",
               "a reader", "theory and practice", "a comparative study", "a novel", "essays", "a practical guide"]
EN_EDITION = ["{n}nd ed.", "{n}rd ed.", "{n}th ed.", "Rev. ed."]
EN_PLACES = ["London", "New York", "Oxford", "Cambridge", "Berlin", "Tashkent", "Boston"]
EN_PUBLISHERS = ["Routledge", "Oxford University Press", "Cambridge University Press", "Springer", "Penguin",
                 "Wiley", "Palgrave Macmillan", "Elsevier", "Pearson", "Brill"]
EN_SERIES = ["Routledge studies in Central Asia", "Lecture notes in computer science", "Oxford handbooks"]
EN_PAGES, EN_ILL, EN_CM = "p.", "ill.", "cm"
EN_SURNAMES = "Smith Johnson Brown Taylor Wilson Davies Evans Thomas Roberts Walker Wright Green Hall Wood Clarke".split()
EN_MALE = "John David Michael James Robert Peter Richard William".split()
EN_FEMALE = "Sarah Emma Mary Elizabeth Anna Laura".split()

# --- Subject headings: (Uzbek Latin, Russian, English, Tajik) --------------------------------------

SUBJECTS = [tuple(s.split("|")) for s in """Oʻzbekiston tarixi|История Узбекистана|Uzbekistan -- History|Таърихи Ӯзбекистон
Iqtisodiyot|Экономика|Economics|Иқтисодиёт
Oʻzbek adabiyoti|Узбекская литература|Uzbek literature|Адабиёти ӯзбек
Oʻzbek tili|Узбекский язык|Uzbek language|Забони ӯзбекӣ
Rus tili|Русский язык|Russian language|Забони русӣ
Ingliz tili|Английский язык|English language|Забони англисӣ
Tojik adabiyoti|Таджикская литература|Tajik literature|Адабиёти тоҷик
Tojik tili|Таджикский язык|Tajik language|Забони тоҷикӣ
Pedagogika|Педагогика|Education|Педагогика
Psixologiya|Психология|Psychology|Равоншиносӣ
Falsafa|Философия|Philosophy|Фалсафа
Matematika|Математика|Mathematics|Математика
Fizika|Физика|Physics|Физика
Kimyo|Химия|Chemistry|Химия
Biologiya|Биология|Biology|Биология
Tibbiyot|Медицина|Medicine|Тиб
Jarrohlik|Хирургия|Surgery|Ҷарроҳӣ
Pediatriya|Педиатрия|Pediatrics|Педиатрия
Farmakologiya|Фармакология|Pharmacology|Фармакология
Qishloq xoʻjaligi|Сельское хозяйство|Agriculture|Кишоварзӣ
Paxtachilik|Хлопководство|Cotton growing|Пахтакорӣ
Suv xoʻjaligi|Водное хозяйство|Water resources development|Хоҷагии об
Ekologiya|Экология|Ecology|Экология
Orol dengizi muammosi|Проблема Аральского моря|Aral Sea -- Environmental aspects|Мушкилоти баҳри Арал
Geografiya|География|Geography|География
Geologiya|Геология|Geology|Геология
Energetika|Энергетика|Power resources|Энергетика
Neft va gaz sanoati|Нефтегазовая промышленность|Petroleum industry and trade|Саноати нефту газ
Mashinasozlik|Машиностроение|Mechanical engineering|Мошинсозӣ
Qurilish|Строительство|Building|Сохтмон
Meʼmorchilik|Архитектура|Architecture|Меъморӣ
Transport|Транспорт|Transportation|Нақлиёт
Axborot texnologiyalari|Информационные технологии|Information technology|Технологияҳои иттилоотӣ
Dasturlash|Программирование|Computer programming|Барномасозӣ
Sunʼiy intellekt|Искусственный интеллект|Artificial intelligence|Зеҳни сунъӣ
Axborot xavfsizligi|Информационная безопасность|Computer security|Амнияти иттилоотӣ
Huquq|Право|Law|Ҳуқуқ
Konstitutsiyaviy huquq|Конституционное право|Constitutional law|Ҳуқуқи конститутсионӣ
Fuqarolik huquqi|Гражданское право|Civil law|Ҳуқуқи маданӣ
Jinoyat huquqi|Уголовное право|Criminal law|Ҳуқуқи ҷиноятӣ
Xalqaro munosabatlar|Международные отношения|International relations|Муносибатҳои байналмилалӣ
Siyosatshunoslik|Политология|Political science|Сиёсатшиносӣ
Sotsiologiya|Социология|Sociology|Ҷомеашиносӣ
Demografiya|Демография|Demography|Демография
Migratsiya|Миграция|Emigration and immigration|Муҳоҷират
Moliya|Финансы|Finance|Молия
Bank ishi|Банковское дело|Banks and banking|Бонкдорӣ
Soliqlar|Налоги|Taxation|Андозҳо
Buxgalteriya hisobi|Бухгалтерский учёт|Accounting|Баҳисобгирии муҳосибӣ
Marketing|Маркетинг|Marketing|Маркетинг
Menejment|Менеджмент|Management|Менеҷмент
Tadbirkorlik|Предпринимательство|Entrepreneurship|Соҳибкорӣ
Turizm|Туризм|Tourism|Сайёҳӣ
Sport|Спорт|Sports|Варзиш
Salomatlik|Здоровье|Health|Саломатӣ
Oila|Семья|Families|Оила
Bolalar adabiyoti|Детская литература|Children's literature|Адабиёти кӯдакона
Xalq ogʻzaki ijodi|Фольклор|Folklore|Эҷодиёти шифоҳии халқ
Sheʼriyat|Поэзия|Poetry|Назм
Roman|Роман|Fiction|Роман
Tilshunoslik|Языкознание|Linguistics|Забоншиносӣ
Tarjima|Перевод|Translating and interpreting|Тарҷума
Jurnalistika|Журналистика|Journalism|Рӯзноманигорӣ
Kutubxonashunoslik|Библиотековедение|Library science|Китобдорӣ
Arxeologiya|Археология|Archaeology|Бостоншиносӣ
Etnografiya|Этнография|Ethnology|Мардумшиносӣ
Islom|Ислам|Islam|Ислом
Tasavvuf|Суфизм|Sufism|Тасаввуф
Buyuk Ipak yoʻli|Великий шёлковый путь|Silk Road|Роҳи Абрешим
Temuriylar davri|Эпоха Тимуридов|Timurid dynasty|Давраи Темуриён
Musiqa|Музыка|Music|Мусиқӣ
Teatr|Театр|Theater|Театр
Tasviriy sanʼat|Изобразительное искусство|Art|Санъати тасвирӣ
Hunarmandchilik|Ремёсла|Handicraft|Ҳунармандӣ
Astronomiya|Астрономия|Astronomy|Астрономия
Ikkinchi jahon urushi|Вторая мировая война|World War, 1939-1945|Ҷанги дуюми ҷаҳонӣ
Mustaqillik|Независимость|Independence|Истиқлолият""".strip().split("\n")]
SUBJECT_SUBDIVISIONS = [("Tarix", "История", "History", "Таърих"), ("Darsliklar", "Учебники", "Textbooks", "Китобҳои дарсӣ"),
                        ("Lugʻatlar", "Словари", "Dictionaries", "Луғатҳо"), ("Oʻzbekiston", "Узбекистан", "Uzbekistan", "Ӯзбекистон"),
                        ("Tadqiqotlar", "Исследования", "Research", "Таҳқиқот")]

# Classification (BBK, as used in Uzbek and Russian libraries) by broad subject area.
BBK = ["63.3(5Ў)", "65.9(5Ў)", "67.400", "74.200", "81.2Ўзб", "83.3(5Ў)", "84(5Ўзб)", "84(2Рос=Рус)", "22.1",
       "22.3", "24.1", "28.0", "51.1", "40.3", "32.97", "86.38", "88.4", "60.5", "20.1", "26.3", "78.3", "85.1"]

# The 14 regions of Uzbekistan: library-code letters, Latin name, weight (about the population share).
REGIONS = [("TSH", "Toshkent shahri", 9), ("TOS", "Toshkent viloyati", 9), ("AND", "Andijon", 9),
           ("BUX", "Buxoro", 6), ("FAR", "Fargʻona", 11), ("JIZ", "Jizzax", 4), ("NAM", "Namangan", 8),
           ("NAV", "Navoiy", 3), ("QAS", "Qashqadaryo", 10), ("QQR", "Qoraqalpogʻiston", 6),
           ("SAM", "Samarqand", 12), ("SIR", "Sirdaryo", 3), ("SUR", "Surxondaryo", 8), ("XOR", "Xorazm", 6)]


# --- Uzbek Latin -> Cyrillic -----------------------------------------------------------------------

_UZ_PAIRS = {"yoʻ": "йў", "oʻ": "ў", "gʻ": "ғ", "sh": "ш", "ch": "ч", "yo": "ё", "yu": "ю", "ya": "я",
             "ye": "е", "ʼ": "ъ", "a": "а", "b": "б", "d": "д", "f": "ф", "g": "г", "h": "ҳ", "i": "и",
             "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "қ", "r": "р",
             "s": "с", "t": "т", "u": "у", "v": "в", "x": "х", "y": "й", "z": "з"}
_VOWELS = set("aeiouʻ")


def uz_cyrillic(text):
    """Uzbek Latin to Uzbek Cyrillic by the 1995 correspondence; e is э at the start of a word or after
    a vowel, е elsewhere. Loanword spellings (ц, ь) are not restored: the result is what a cataloguer
    typing from a Latin title page would write, which is all the benchmark needs."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        low = c.lower()
        if low == "e":
            prev = text[i - 1].lower() if i else " "
            cyr = "э" if (not prev.isalpha() and prev != "ʼ") or prev in _VOWELS else "е"
            out.append(cyr.upper() if c.isupper() else cyr)
            i += 1
            continue
        for size in (3, 2, 1):
            chunk = text[i:i + size]
            cyr = _UZ_PAIRS.get(chunk.lower())
            if cyr is not None:
                out.append(cyr[0].upper() + cyr[1:] if chunk[0].isupper() else cyr)
                i += size
                break
        else:
            out.append(c)
            i += 1
    return "".join(out)


def uz_possessive(word):
    """Third-person possessive (izofa): vowel-final words take -si, others -i (k/q soften to g/gʻ)."""
    if word[-1] in "aeiou":
        return word + "si"
    if word.endswith("k") and len(word) > 4:
        return word[:-1] + "gi"
    if word.endswith("q") and len(word) > 4:
        return word[:-1] + "gʻi"
    return word + "i"


def ru_adj(masc, gender, case):
    """Russian adjective in the nominative or genitive of the gender (m/f/n/p)."""
    stem, ending = masc[:-2], masc[-2:]
    velar = stem[-1] in "кгх"
    soft = ending == "ий" and not velar and stem[-1] not in "жшщч"
    sibilant = stem[-1] in "жшщч"
    if case == "nom":
        if gender == "m":
            return masc
        if soft:
            return stem + {"f": "яя", "n": "ее", "p": "ие"}[gender]
        if sibilant:
            return stem + {"f": "ая", "n": "ее" if ending == "ий" else "ое", "p": "ие"}[gender]
        return stem + {"f": "ая", "n": "ое", "p": "ие" if velar else "ые"}[gender]
    if soft or (sibilant and ending == "ий"):
        return stem + {"f": "ей", "m": "его", "n": "его", "p": "их"}[gender]
    return stem + {"f": "ой", "m": "ого", "n": "ого", "p": "их" if velar or sibilant else "ых"}[gender]

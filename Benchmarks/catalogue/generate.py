#!/usr/bin/env python3
"""Generates N CKAN dataset dictionaries (JSON lines) for the catalogue benchmark.

Titles and descriptions are built from Uzbek (Latin and Cyrillic), Russian and English phrases of
realistic length, the way a national portal's catalogue reads: about 60% Uzbek Latin, 15% Uzbek
Cyrillic only, 25% both scripts; half with Russian, a third with English. Deterministic for a seed.
"""
import argparse
import json
import random

SUBJECTS = [
    ("maktablar", "мактаблар", "школы", "schools"), ("shifoxonalar", "шифохоналар", "больницы", "hospitals"),
    ("dorixonalar", "дорихоналар", "аптеки", "pharmacies"), ("bogʻchalar", "боғчалар", "детские сады", "kindergartens"),
    ("avtobus yoʻnalishlari", "автобус йўналишлари", "автобусные маршруты", "bus routes"),
    ("aholi soni", "аҳоли сони", "численность населения", "population"), ("narxlar", "нархлар", "цены", "prices"),
    ("kutubxonalar", "кутубхоналар", "библиотеки", "libraries"), ("muzeylar", "музейлар", "музеи", "museums"),
    ("sport inshootlari", "спорт иншоотлари", "спортивные сооружения", "sports facilities"),
    ("suv taʼminoti", "сув таъминоти", "водоснабжение", "water supply"), ("yoʻllar", "йўллар", "дороги", "roads"),
    ("davlat xaridlari", "давлат харидлари", "государственные закупки", "public procurement"),
    ("ish oʻrinlari", "иш ўринлари", "рабочие места", "jobs"), ("mehmonxonalar", "меҳмонхоналар", "гостиницы", "hotels"),
    ("ekin maydonlari", "экин майдонлари", "посевные площади", "crop areas"), ("byudjet ijrosi", "бюджет ижроси", "исполнение бюджета", "budget execution"),
    ("litsenziyalar", "лицензиялар", "лицензии", "licences"), ("oliy taʼlim muassasalari", "олий таълим муассасалари", "вузы", "universities"),
    ("havo sifati", "ҳаво сифати", "качество воздуха", "air quality"),
]
PLACES = [
    ("Toshkent shahridagi", "Тошкент шаҳридаги", "в городе Ташкенте", "in Tashkent city"),
    ("Samarqand viloyatidagi", "Самарқанд вилоятидаги", "в Самаркандской области", "in Samarkand region"),
    ("Buxoro viloyatidagi", "Бухоро вилоятидаги", "в Бухарской области", "in Bukhara region"),
    ("Fargʻona viloyatidagi", "Фарғона вилоятидаги", "в Ферганской области", "in Fergana region"),
    ("Andijon viloyatidagi", "Андижон вилоятидаги", "в Андижанской области", "in Andijan region"),
    ("Xorazm viloyatidagi", "Хоразм вилоятидаги", "в Хорезмской области", "in Khorezm region"),
    ("Qoraqalpogʻiston Respublikasidagi", "Қорақалпоғистон Республикасидаги", "в Республике Каракалпакстан", "in Karakalpakstan"),
    ("Namangan viloyatidagi", "Наманган вилоятидаги", "в Наманганской области", "in Namangan region"),
]
KINDS = [("roʻyxati", "рўйхати", "Список", "List of"), ("statistikasi", "статистикаси", "Статистика", "Statistics on"),
         ("reyestri", "реестри", "Реестр", "Register of"), ("toʻgʻrisida maʼlumot", "тўғрисида маълумот", "Сведения", "Data on")]
SENTENCES = [
    ("Maʼlumotlar har {f} yangilanadi.", "Маълумотлар ҳар {f} янгиланади.", "Данные обновляются {f}.", "Updated {f}."),
    ("Toʻplam manzillar, telefon raqamlari va ish vaqtini oʻz ichiga oladi.", "Тўплам манзиллар, телефон рақамлари ва иш вақтини ўз ичига олади.",
     "Набор содержит адреса, телефоны и часы работы.", "The dataset contains addresses, phone numbers and opening hours."),
    ("Manba: vazirlikning axborot tizimi.", "Манба: вазирликнинг ахборот тизими.", "Источник: информационная система министерства.", "Source: the ministry's information system."),
    ("Koordinatalar WGS 84 tizimida berilgan.", "Координаталар WGS 84 тизимида берилган.", "Координаты указаны в системе WGS 84.", "Coordinates are given in WGS 84."),
]
FREQUENCIES = ["daily", "weekly", "monthly", "quarterly", "semiannual", "annual", "irregular", "on_change"]
LICENCES = ["cc-by-4.0", "cc-by-4.0", "cc-by-4.0", "cc-by-sa-4.0", "cc0-1.0", "odc-odbl"]
FORMATS = ["CSV", "XLSX", "JSON", "XML", "PDF"]


def dataset(i, rng, organisations, prefix):
    subject, place, kind = rng.choice(SUBJECTS), rng.choice(PLACES), rng.choice(KINDS)
    year = rng.randint(2015, 2025)
    latin = f"{place[0]} {subject[0]} {kind[0]} ({year})"
    cyrillic = f"{place[1]} {subject[1]} {kind[1]} ({year})"
    russian = f"{kind[2]} {subject[2]} {place[2]} ({year})"
    english = f"{kind[3]} {subject[3]} {place[3]} ({year})"
    sentences = rng.sample(SENTENCES, rng.randint(1, 3))
    freq = rng.choice(FREQUENCIES)
    script = rng.random()
    title, notes = {}, {}
    if script < 0.60 or script >= 0.75:
        title["uz-Latn"] = latin
        notes["uz-Latn"] = " ".join(s[0] for s in sentences).replace("{f}", freq)
    if script >= 0.60:
        title["uz-Cyrl"] = cyrillic
        notes["uz-Cyrl"] = " ".join(s[1] for s in sentences).replace("{f}", freq)
    if rng.random() < 0.5:
        title["ru"] = russian
        notes["ru"] = " ".join(s[2] for s in sentences).replace("{f}", freq)
    if rng.random() < 0.33:
        title["en"] = english
        notes["en"] = " ".join(s[3] for s in sentences).replace("{f}", freq)
    return {
        "name": f"{prefix}-{i:06d}",
        "title_translated": title,
        "notes_translated": notes,
        "owner_org": rng.choice(organisations),
        "license_id": rng.choice(LICENCES),
        "frequency": freq,
        "tags": [{"name": t} for t in sorted({subject[0].split()[0], str(year), rng.choice(["ochiq", "statistika", "hudud", "ijtimoiy"])})],
        "temporal_start": f"{year}-01-01", "temporal_end": f"{year}-12-31",
        "maintainer": "Ochiq maʼlumotlar boʻlimi", "maintainer_email": "opendata@gov.uz",
        "resources": [{"url": f"https://data.egov.uz/files/{prefix}/{i}/{k}.{fmt.lower()}", "format": fmt, "name": f"{subject[0]} {year}"}
                      for k, fmt in enumerate(rng.sample(FORMATS, rng.randint(1, 3)))],
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--organisations", type=int, default=200)
    parser.add_argument("--prefix", default="bench")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    organisations = [f"{args.prefix}-org-{n:04d}" for n in range(args.organisations)]
    with open(args.out, "w", encoding="utf-8") as out:
        for i in range(args.count):
            out.write(json.dumps(dataset(i, rng, organisations, args.prefix), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

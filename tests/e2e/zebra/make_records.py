#!/usr/bin/env python3
"""Writes records.mrc: the 16 MARC 21 records (UTF-8, Leader/09 'a') that tests/e2e/zebra/start.sh
indexes. They stand for a foreign catalogue: Uzbek Latin (with oʻ and gʻ, U+02BB), Uzbek Cyrillic,
Russian and English titles, and one Uzbek Latin record with its Cyrillic title in 880.

The words the end-to-end test searches for occur only here, never in the union catalogue's own test
data: "rasadxonasi" (two Uzbek Latin records, one more in Cyrillic as "расадхонаси"), "Zarafshon"
(Latin and Cyrillic), "каракалпакского" (Russian), "caravanserais" (English).

    python3 tests/e2e/zebra/make_records.py [OUT]      (default: records.mrc beside this file)
"""
from __future__ import annotations

import pathlib
import sys

import pymarc

# (control number, language, title, remainder, author, place, publisher, year, subjects, isbn, 880 title)
BOOKS = [
    ("zb0001", "uzb", "Ulugʻbek rasadxonasi", "tarix va bugun", "Ahmedov, Ashraf", "Samarqand", "Zarafshon", 2009,
     ["Astronomiya -- Tarix"], "9789943012345", None),
    ("zb0002", "uzb", "Samarqand rasadxonasi va Ulugʻbek maktabi", None, "Karimov, Bahodir", "Toshkent", "Fan", 2015,
     ["Astronomiya"], None, "Самарқанд расадхонаси ва Улуғбек мактаби"),
    ("zb0003", "uzb", "Ўрта Осиё расадхонаси тарихи", None, "Аҳмедов, Ашраф", "Тошкент", "Фан", 1994,
     ["Астрономия -- Тарих"], None, None),
    ("zb0004", "uzb", "Zarafshon vodiysi qoʻlyozmalari", "katalog", "Yusupova, Dilorom", "Buxoro", "Buxoro", 2018,
     ["Qoʻlyozmalar -- Katalog"], "9789943998877", None),
    ("zb0005", "uzb", "Зарафшон водийси тарихи", None, "Раҳимов, Абдулла", "Самарқанд", "Зарафшон", 2001,
     ["Тарих"], None, None),
    ("zb0006", "uzb", "Oʻzbek mumtoz adabiyoti", "oʻquv qoʻllanma", "Qayumov, Aziz", "Toshkent", "Oʻqituvchi", 2011,
     ["Adabiyot"], None, None),
    ("zb0007", "uzb", "Gʻafur Gʻulom she'riyati", None, "Normatov, Umarali", "Toshkent", "Gʻafur Gʻulom", 2003,
     ["Adabiyot -- Tanqid"], None, None),
    ("zb0008", "rus", "История каракалпакского народа", None, "Камалов, Сабир", "Нукус", "Каракалпакстан", 1986,
     ["История"], None, None),
    ("zb0009", "rus", "Рукописи Бухары", "каталог собрания", "Семенов, Александр", "Ташкент", "Фан", 1952,
     ["Рукописи -- Каталоги"], None, None),
    ("zb0010", "rus", "Археология Хорезма", None, "Толстов, Сергей", "Москва", "Наука", 1948,
     ["Археология"], None, None),
    ("zb0011", "eng", "Caravanserais of the Silk Road", None, "Hillenbrand, Robert", "London", "Thames & Hudson", 1999,
     ["Architecture, Islamic"], "9780500280362", None),
    ("zb0012", "eng", "The libraries of Central Asia", "a survey", "Frye, Richard", "Princeton", "Princeton University Press", 1996,
     ["Libraries -- Asia, Central"], "9780691012345", None),
    ("zb0013", "eng", "Timurid architecture in Khurasan", None, "Golombek, Lisa", "Costa Mesa", "Mazda", 1988,
     ["Architecture, Timurid"], None, None),
    ("zb0014", "uzb", "Buxoro madrasalari", None, "Toʻraxonov, Sobir", "Buxoro", "Buxoro", 2020,
     ["Meʼmorchilik"], None, None),
    ("zb0015", "uzb", "Navoiy lugʻati", "toʻrt jildlik", "Hamidov, Zokir", "Toshkent", "Gʻafur Gʻulom", 1983,
     ["Tilshunoslik -- Lugʻatlar"], None, None),
    ("zb0016", "rus", "Самаркандская обсерватория Улугбека", None, "Кари-Ниязов, Таши", "Ташкент", "Фан", 1950,
     ["Астрономия -- История"], None, None),
]


def record(control, lang, title, remainder, author, place, publisher, year, subjects, isbn, title880):
    r = pymarc.Record(force_utf8=True, leader="00000nam a2200000 a 4500")
    r.add_field(pymarc.Field(tag="001", data=control))
    r.add_field(pymarc.Field(tag="003", data="ZEBRA-E2E"))
    country = {"uzb": "uz ", "rus": "ru ", "eng": "enk"}[lang]
    r.add_field(pymarc.Field(tag="008", data=f"250101s{year}    {country}           000 0 {lang} d"))
    if isbn:
        r.add_field(pymarc.Field(tag="020", indicators=[" ", " "], subfields=[pymarc.Subfield("a", isbn)]))
    r.add_field(pymarc.Field(tag="100", indicators=["1", " "], subfields=[pymarc.Subfield("a", author)]))
    t = [pymarc.Subfield("6", "880-01")] if title880 else []
    if remainder:
        t += [pymarc.Subfield("a", f"{title} :"), pymarc.Subfield("b", f"{remainder} /")]
    else:
        t += [pymarc.Subfield("a", f"{title} /")]
    t.append(pymarc.Subfield("c", author.split(",")[0] + "."))
    r.add_field(pymarc.Field(tag="245", indicators=["1", "0"], subfields=t))
    if title880:
        r.add_field(pymarc.Field(tag="880", indicators=["1", "0"], subfields=[
            pymarc.Subfield("6", "245-01/(N"), pymarc.Subfield("a", title880)]))
    r.add_field(pymarc.Field(tag="260", indicators=[" ", " "], subfields=[
        pymarc.Subfield("a", f"{place} :"), pymarc.Subfield("b", f"{publisher},"), pymarc.Subfield("c", str(year))]))
    r.add_field(pymarc.Field(tag="300", indicators=[" ", " "], subfields=[pymarc.Subfield("a", "240 p.")]))
    for subject in subjects:
        parts = subject.split(" -- ")
        subs = [pymarc.Subfield("a", parts[0])] + [pymarc.Subfield("x", p) for p in parts[1:]]
        r.add_field(pymarc.Field(tag="650", indicators=[" ", "4"], subfields=subs))
    r.add_field(pymarc.Field(tag="852", indicators=[" ", " "], subfields=[
        pymarc.Subfield("a", "ZEBRA-E2E"), pymarc.Subfield("h", control.upper())]))
    return r


def main() -> None:
    out = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).with_name("records.mrc")
    with open(out, "wb") as f:
        for book in BOOKS:
            f.write(record(*book).as_marc())
    print(f"{len(BOOKS)} records -> {out}")


if __name__ == "__main__":
    main()

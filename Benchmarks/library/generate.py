#!/usr/bin/env python3
"""Generates MARC 21 bibliographic records (ISO 2709, UTF-8, Leader/09 = 'a') for the union catalogue
benchmark, and the two-term title queries that both search benchmarks send.

    generate.py --count 1000000 --out records.mrc [--seed 42] [--libraries 2000]
                [--queries queries.txt --query-count 500]

What the records look like (deterministic for a seed):
- languages uzb 55% (two thirds Latin script, one third Cyrillic), rus 30%, eng 8%, tgk 7%;
- titles built from about 2,000 word forms with Zipf weights, so a few words are in many titles and
  most are rare; Uzbek Latin writes oʻ/gʻ with U+02BB, but some cataloguers type an ASCII apostrophe
  (15% of Uzbek Latin records) or U+2018 (3%);
- 020 ISBN with valid check digits for most records (ISBN-10 before 2007); 10% of records are another
  library's copy of an edition already generated, with the same ISBN, and 3% are the same
  title/author/year/publisher without ISBN, half of the Uzbek ones in the other script;
- 1-6 holdings in 852 ($a library, $b sublocation, $h call number, $p barcode, $t copy, $z status);
- 2% carry an 880 with the title in the other Uzbek script, linked to 245 by $6.

The encoder below writes ISO 2709 directly (no pymarc), so a million records take about a minute.
Query lines are "w1 w2<TAB>kind", kind being same-title, any-pair or cross-script (a Latin query for
a Cyrillic title or the reverse); benchmarks use the part before the tab.
"""
import argparse
import bisect
import random
import sys
import time

import vocab as V

LANGS = [("uzb", 55), ("rus", 30), ("eng", 8), ("tgk", 7)]
DUP_ISBN, DUP_KEY = 0.10, 0.03        # shares of records that repeat an earlier edition
PARALLEL_880 = 0.02
RING = 20000                          # how many recent editions duplicates are drawn from


class Zipf:
    """Draws from a list with weight 1/(rank+1)^s: the first items are common, the tail is rare."""

    def __init__(self, items, rng, s=1.0):
        self.items, self.rng, total, self.cum = list(items), rng, 0.0, []
        for rank in range(len(self.items)):
            total += 1.0 / (rank + 1) ** s
            self.cum.append(total)
        self.total = total

    def __call__(self):
        return self.items[bisect.bisect_right(self.cum, self.rng.random() * self.total)]


def isbn13(body12):
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)


def isbn10(body9):
    s = sum(int(d) * (10 - i) for i, d in enumerate(body9))
    c = (11 - s % 11) % 11
    return body9 + ("X" if c == 10 else str(c))


class Isbns:
    """Unique ISBNs per registration group: a counter scrambled by a multiplier that is coprime with the
    space, so numbers look random but never repeat (repeats are made on purpose, as duplicates)."""

    def __init__(self):
        self.used = {}

    def next(self, prefix, digits, old):
        n = self.used.get(prefix, 0)
        self.used[prefix] = n + 1
        space = 10 ** digits
        if n >= space:            # group exhausted: Russian group 5 has room for everyone
            return self.next("5" if old else "9785", 8, old)
        body = prefix + str((n * 7919 + 104729) % space).zfill(digits)
        return isbn10(body) if old else isbn13(body)


class Edition:
    """One edition of a book, independent of the record that describes it (so it can be duplicated)."""
    __slots__ = ("lang", "script", "title", "subtitle", "resp", "author", "year", "place", "publisher",
                 "isbn", "edition", "pages", "series", "subjects", "bbk", "cutter", "contributors")


class Generator:
    def __init__(self, seed, library_count):
        self.rng = rng = random.Random(seed)
        self.libraries = self._libraries(library_count)
        self.library = Zipf(range(len(self.libraries)), rng, 0.8)   # big libraries hold more
        self.lang = self._weighted(LANGS)
        self.isbns = Isbns()
        self.ring_isbn, self.ring_all = [], []
        self.barcode = 0
        self.uz_cache = {}
        z = lambda items, s=1.0: Zipf(items, rng, s)
        self.uz_adj, self.uz_noun, self.uz_head = z(V.UZ_ADJ), z(V.UZ_NOUN), z(V.UZ_HEAD)
        self.ru_adj, self.ru_noun, self.ru_head = z(V.RU_ADJ), z(V.RU_NOUN), z(V.RU_HEAD)
        self.ru_place = z(list(V.RU_CITY_GEN.items()))
        self.tg_adj, self.tg_noun, self.tg_head = z(V.TG_ADJ), z(V.TG_NOUN), z(V.TG_HEAD)
        self.en_adj, self.en_noun, self.en_head = z(V.EN_ADJ), z(V.EN_NOUN), z(V.EN_HEAD)
        self.subject = z(range(len(V.SUBJECTS)), 0.7)
        self.holdings = self._weighted([(1, 58), (2, 20), (3, 9), (4, 6), (5, 4), (6, 3)])

    def _weighted(self, pairs):
        values, cum, total = [], [], 0
        for value, weight in pairs:
            total += weight
            values.append(value)
            cum.append(total)
        rng = self.rng
        return lambda: values[bisect.bisect_right(cum, rng.random() * total)]

    def _libraries(self, count):
        """Codes like UZ-SAM-0042, spread over the 14 regions by population."""
        total = sum(w for _, _, w in V.REGIONS)
        codes = []
        for i, (code, _, weight) in enumerate(V.REGIONS):
            n = count * weight // total + (1 if i < count * weight % total else 0)
            codes += [f"UZ-{code}-{k:04d}" for k in range(1, n + 1)]
        while len(codes) < count:
            codes.append(f"UZ-TSH-{len(codes) + 1:04d}")
        self.rng.shuffle(codes)
        return codes[:count]

    def cyr(self, text):
        """Uzbek Latin -> Cyrillic, word by word through a cache (titles reuse a small vocabulary)."""
        cache, out = self.uz_cache, []
        for word in text.split(" "):
            c = cache.get(word)
            if c is None:
                c = cache[word] = V.uz_cyrillic(word)
            out.append(c)
        return " ".join(out)

    # --- editions -----------------------------------------------------------------------------------

    def new_edition(self):
        rng, e = self.rng, Edition()
        e.lang = lang = self.lang()
        e.script = "cyrl" if lang in ("rus", "tgk") or (lang == "uzb" and rng.random() < 0.34) else "latn"
        lo = {"uzb": 1992 if e.script == "latn" else 1960, "rus": 1955, "eng": 1980, "tgk": 1970}[lang]
        if lang == "uzb" and e.script == "latn":
            e.year = rng.randint(1996, 2025) if rng.random() < 0.9 else rng.randint(lo, 1995)
        else:
            e.year = int(lo + (2025 - lo) * rng.random() ** 0.7)   # more recent books than old ones
        getattr(self, "title_" + lang)(e)
        e.subtitle = e.subtitle.replace("{n}", str(rng.randint(5, 11))) if e.subtitle else None
        self.author(e)
        place, publisher, edition, series = {
            "uzb": (V.UZ_PLACES, V.UZ_PUBLISHERS, V.UZ_EDITION, V.UZ_SERIES),
            "rus": (V.RU_PLACES, V.RU_PUBLISHERS, V.RU_EDITION, V.RU_SERIES),
            "eng": (V.EN_PLACES, V.EN_PUBLISHERS, V.EN_EDITION, V.EN_SERIES),
            "tgk": (V.TG_PLACES, V.TG_PUBLISHERS, V.TG_EDITION, V.TG_SERIES)}[lang]
        e.place, e.publisher = rng.choice(place), rng.choice(publisher)
        e.edition = rng.choice(edition).replace("{n}", str(rng.randint(2, 5))) if rng.random() < 0.2 else None
        e.series = rng.choice(series) if rng.random() < 0.15 else None
        e.pages = rng.randint(24, 640)
        e.subjects = sorted({self.subject() for _ in range(2 if rng.random() < 0.7 else 3)})
        e.bbk, e.cutter = rng.choice(V.BBK), rng.randint(10, 99)
        e.isbn = self.isbn(e) if rng.random() < 0.85 else None
        e.contributors = set()
        return e

    def isbn(self, e):
        old = e.year < 2007
        prefix, digits = {"uzb": ("9943", 5) if old else (self.rng.choice(("9789943", "9789910")), 5),
                          "rus": ("5", 8) if old else ("9785", 8),
                          "tgk": ("99947", 4) if old else ("97899975", 4),
                          "eng": ("0", 8) if old else (self.rng.choice(("9780", "9781")), 8)}[e.lang]
        return self.isbns.next(prefix, digits, old)

    def title_uzb(self, e):
        rng, n, adj = self.rng, self.uz_noun, self.uz_adj
        r = rng.random()
        if r < 0.35:
            words = ([adj()] if rng.random() < 0.5 else []) + [n(), self.uz_head()]
        elif r < 0.55:
            words = [adj(), n() + "lar"]
        elif r < 0.70:
            words = [n() + "ning", adj(), self.uz_head()]
        elif r < 0.80:
            words = [rng.choice(("Oʻzbekiston", "Toshkent", "Samarqand", "Buxoro", "Xiva")) + "da", n(),
                     self.uz_head()]
        else:   # fiction and poetry
            words = [adj(), n()] if rng.random() < 0.6 else [n(), "va", n()]
            e.subtitle = rng.choice(("roman", "sheʼrlar", "qissa va hikoyalar", "doston", "tarixiy roman", "esse"))
            e.title = _cap(" ".join(words))
            return
        e.title = _cap(" ".join(words))
        e.subtitle = rng.choice(V.UZ_SUBTITLE) if rng.random() < 0.45 else None

    def title_rus(self, e):
        rng, n, adj = self.rng, self.ru_noun, self.ru_adj
        r = rng.random()
        if r < 0.35:
            nom, g, gen = n()
            words = [self.ru_head(), V.ru_adj(adj(), g, "gen"), gen]
        elif r < 0.55:
            nom, g, gen = n()
            words = [V.ru_adj(adj(), g, "nom"), nom]
        elif r < 0.70:
            words = [self.ru_head(), n()[2], self.ru_place()[0]]
        elif r < 0.80:
            gen_place, prep = self.ru_place()
            words = [self.ru_head(), n()[2], "в", prep]
        else:
            noun = n()
            words = [noun[0], "и", n()[0]] if rng.random() < 0.5 else [V.ru_adj(adj(), noun[1], "nom"), noun[0]]
            e.title = _cap(" ".join(words).replace("_", " "))
            e.subtitle = rng.choice(("роман", "стихи", "повесть и рассказы", "исторический роман", "сказки"))
            return
        e.title = _cap(" ".join(words).replace("_", " "))
        e.subtitle = rng.choice(V.RU_SUBTITLE) if rng.random() < 0.45 else None

    def title_eng(self, e):
        rng = self.rng
        words = [self.en_head(), self.en_adj(), self.en_noun()] if rng.random() < 0.6 else [self.en_adj(), self.en_noun()]
        e.title = _cap(" ".join(words).replace("_", " "))
        e.subtitle = rng.choice(V.EN_SUBTITLE) if rng.random() < 0.5 else None

    def title_tgk(self, e):
        rng = self.rng
        if rng.random() < 0.7:
            words = [self.tg_head() + "и", self.tg_noun() + "и", self.tg_adj()]
            e.subtitle = rng.choice(V.TG_SUBTITLE) if rng.random() < 0.6 else None
        else:
            words = [self.tg_noun(), "ва", self.tg_noun()]
            e.subtitle = rng.choice(("шеърҳо", "роман", "қиссаҳо ва ҳикояҳо"))
        e.title = _cap(" ".join(words).replace("_", " "))

    def author(self, e):
        rng = self.rng
        surnames, male, female = {"uzb": (V.UZ_SURNAMES, V.UZ_MALE, V.UZ_FEMALE),
                                  "rus": (V.RU_SURNAMES, V.RU_MALE, V.RU_FEMALE),
                                  "eng": (V.EN_SURNAMES, V.EN_MALE, V.EN_FEMALE),
                                  "tgk": (V.TG_SURNAMES, V.TG_MALE, V.TG_FEMALE)}[e.lang]
        surname = rng.choice(surnames)
        if rng.random() < 0.3 and e.lang != "eng" and surname[-2:] in ("ov", "ev", "ов", "ев", "ёв"):
            surname, given = surname + ("a" if e.lang == "uzb" else "а"), rng.choice(female)
        else:
            given = rng.choice(male)
        born = f"{rng.randint(1925, 1990)}-" if rng.random() < 0.3 else None
        if rng.random() < 0.2:       # edited work: no main entry, the editor in 245 $c
            e.author = None
            role = {"uzb": "masʼul muharrir", "rus": "отв. ред.", "eng": "edited by", "tgk": "муҳаррир"}[e.lang]
            e.resp = f"{role} {given[0]}. {surname}"
        else:
            e.author = (surname, given, born)
            e.resp = f"{given} {surname}"

    # --- records --------------------------------------------------------------------------------------

    def edition_for(self):
        """A new edition, or (10% + 3%) a copy of a recent one contributed again by another library."""
        rng = self.rng
        r = rng.random()
        if r < DUP_ISBN and self.ring_isbn:
            return rng.choice(self.ring_isbn), False
        if r < DUP_ISBN + DUP_KEY and self.ring_all:
            return rng.choice(self.ring_all), True
        e = self.new_edition()
        for ring in ((self.ring_isbn,) if e.isbn else ()) + (self.ring_all,):
            if len(ring) < RING:
                ring.append(e)
            else:
                ring[rng.randrange(RING)] = e
        return e, False

    def record(self, number):
        """One record as a list of (tag, field text with indicators, subfields and terminator)."""
        rng = self.rng
        e, by_key = self.edition_for()
        script = e.script
        if by_key and e.lang == "uzb" and rng.random() < 0.5:
            script = "cyrl" if script == "latn" else "latn"     # the same book catalogued in the other script
        uz = e.lang == "uzb"
        latin_uz = uz and script == "latn"
        # Text in the record's script (Uzbek editions are kept in Latin and transliterated here).
        t = self.cyr if uz and script == "cyrl" else _same
        home = self.libraries[self.library()]
        for _ in range(5):              # a repeated edition comes from a library that has not sent it yet
            if home not in e.contributors:
                break
            home = self.libraries[self.library()]
        e.contributors.add(home)
        entered = rng.randint(max(e.year, 1998), 2025)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        lang = e.lang
        catlang = {"uzb": "uzb", "rus": "rus", "tgk": rng.choice(("uzb", "rus")),
                   "eng": rng.choice(("uzb", "rus", "eng"))}[lang]          # language of cataloguing
        country = {"uzb": "uz ", "rus": "ru ", "eng": "enk", "tgk": "tj "}[lang]
        country = _PLACE_COUNTRY.get(e.place, country)
        f = [("001", f"{number:010d}\x1e"),
             ("005", f"{entered}{month:02d}{day:02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}.0\x1e"),
             ("008", f"{entered % 100:02d}{month:02d}{day:02d}s{e.year}    {country}{_BOOKS_008}{lang} d\x1e")]
        if e.isbn and not by_key:
            f.append(("020", f"  \x1fa{e.isbn}\x1e"))
        f.append(("040", f"  \x1fa{home}\x1fb{catlang}\x1e"))
        if rng.random() < 0.25:
            f.append(("041", f"0 \x1fa{lang}\x1e"))
        if e.author:
            surname, given, born = e.author
            f.append(("100", f"1 \x1fa{t(surname)}, {t(given)}" + (f",\x1fd{born}\x1e" if born else ".\x1e")))
        # 880 only on Uzbek Latin records (about 36% of all), so scale the rate to give 2% of all records.
        link = "\x1f6880-01" if latin_uz and rng.random() < PARALLEL_880 / 0.36 else ""
        body = _title_body(e, t)
        f.append(("245", f"{'1' if e.author else '0'}0{link}{body}\x1e"))
        if e.edition:
            f.append(("250", f"  \x1fa{t(e.edition)}\x1e"))
        pub = f"\x1fa{t(e.place)} :\x1fb{t(e.publisher)},\x1fc{e.year}.\x1e"
        f.append(("264", " 1" + pub) if e.year >= 2013 else ("260", "  " + pub))
        pages, ill, cm = {"uzb": (V.UZ_PAGES, V.UZ_ILL, V.UZ_CM), "rus": (V.RU_PAGES, V.RU_ILL, V.RU_CM),
                          "eng": (V.EN_PAGES, V.EN_ILL, V.EN_CM), "tgk": (V.TG_PAGES, V.TG_ILL, V.TG_CM)}[lang]
        if uz and script == "cyrl":
            pages, ill, cm = "б.", "расм.", "см"
        ill = f" :\x1fb{ill}" if rng.random() < 0.3 else ""
        f.append(("300", f"  \x1fa{e.pages} {pages}{ill} ;\x1fc{rng.choice((20, 21, 22, 24))} {cm}\x1e"))
        if e.series:
            f.append(("490", f"0 \x1fa{t(e.series)}\x1e"))
        col = {"uzb": 0, "rus": 1, "eng": 2, "tgk": 3}[lang]
        for s in e.subjects:
            heading = V.SUBJECTS[s][col]
            sub = f"\x1fx{t(V.SUBJECT_SUBDIVISIONS[s % 5][col])}" if s % 7 == 0 else ""
            f.append(("650", f" 4\x1fa{t(heading)}{sub}\x1e"))
        if rng.random() < 0.3:
            f.append(("653", f"  \x1fa{t(e.title.split(' ')[-1].lower())}\x1e"))
        self.holdings_for(f, home, e)
        if link:
            f.append(("880", f"{'1' if e.author else '0'}0\x1f6245-01/(N" + _title_body(e, self.cyr) + "\x1e"))
        if latin_uz:
            mode = rng.random()
            if mode < 0.15:      # typed with the ASCII apostrophe
                f = [(tag, text.translate(_ASCII_APOSTROPHE)) if tag != "880" else (tag, text) for tag, text in f]
            elif mode < 0.18:    # typed with the left single quotation mark
                f = [(tag, text.translate(_QUOTE_APOSTROPHE)) if tag != "880" else (tag, text) for tag, text in f]
        return e, script, f

    def holdings_for(self, f, home, e):
        """852 per copy: the contributing library first; extra copies in the same or other libraries."""
        rng = self.rng
        libs = self.libraries
        call = f"{e.bbk} {_initial(e)} {e.cutter}"
        library = home
        for copy in range(1, self.holdings() + 1):
            if copy > 1 and rng.random() > 0.3:
                library = libs[self.library()]
                copy_no = 1
            else:
                copy_no = copy if library == home else 2
            self.barcode += 1
            r = rng.random()
            if r < 0.7:
                where, status = rng.choice(V.UZ_SUBLOCATIONS), rng.choice(V.UZ_AVAILABILITY)
            elif r < 0.95:
                where, status = rng.choice(V.RU_SUBLOCATIONS), rng.choice(V.RU_AVAILABILITY)
            else:
                where, status = self.cyr(rng.choice(V.UZ_SUBLOCATIONS)), self.cyr(rng.choice(V.UZ_AVAILABILITY))
            note = f"\x1fz{status}" if rng.random() < 0.3 else ""     # a status note only on some copies
            f.append(("852", f"  \x1fa{library}\x1fb{where}\x1fh{call}\x1fp{self.barcode:010d}\x1ft{copy_no}{note}\x1e"))


_PLACE_COUNTRY = {"Toshkent": "uz ", "Ташкент": "uz ", "Tashkent": "uz ", "Душанбе": "tj ", "Алматы": "kz ",
                  "New York": "nyu", "Boston": "mau", "Berlin": "gw "}
_ASCII_APOSTROPHE = str.maketrans({"ʻ": "'", "ʼ": "'"})
_QUOTE_APOSTROPHE = str.maketrans({"ʻ": "‘", "ʼ": "’"})


# 008/18-34 for books: no illustrations code, audience, form, contents, government publication;
# not a conference, no festschrift, no index, literary form 0 (not fiction), no biography.
_BOOKS_008 = "    " + " " + " " + "    " + " " + "000" + " " + "0" + " "
assert len(_BOOKS_008) == 17


def _title_body(e, t):
    """245 subfields with ISBD punctuation: $a title :$b subtitle /$c statement of responsibility."""
    return f"\x1fa{t(e.title)}" + (f" :\x1fb{t(e.subtitle)}" if e.subtitle else "") + f" /\x1fc{t(e.resp)}."


def _same(text):
    return text


def _cap(text):
    return text[:1].upper() + text[1:]


def _initial(e):
    return (e.author[0] if e.author else e.title)[:1].upper()


def iso2709(fields):
    """ISO 2709 bytes for (tag, text) fields; lengths and offsets are in bytes of UTF-8."""
    data, directory, pos = [], [], 0
    for tag, text in fields:
        b = text.encode("utf-8")
        directory.append(b"%s%04d%05d" % (tag.encode(), len(b), pos))
        data.append(b)
        pos += len(b)
    base = 24 + 12 * len(fields) + 1
    return b"%05dnam a22%05d i 4500" % (base + pos + 1, base) + b"".join(directory) + b"\x1e" + b"".join(data) + b"\x1d"


# --- queries --------------------------------------------------------------------------------------------

def title_tokens(text):
    """Lower-case words of a title as a searcher would type them (no punctuation, no short words)."""
    out = []
    for w in text.lower().replace(":", " ").replace("/", " ").split():
        w = w.strip(".,;()[]\"")
        if len(w) >= 3 and not w.isdigit() and w not in ("va", "and", "the", "ва"):
            out.append(w)
    return out


class QuerySampler:
    """Keeps a uniform sample of titles (reservoir) while records are generated, then draws queries."""

    def __init__(self, seed, size=20000):
        self.rng = random.Random(f"{seed}-queries")
        self.size, self.seen, self.titles = size, 0, []

    def add(self, gen, e, script):
        self.seen += 1
        if len(self.titles) < self.size:
            slot = len(self.titles)
            self.titles.append(None)
        else:
            slot = self.rng.randrange(self.seen)
            if slot >= self.size:
                return
        text = e.title + (" " + e.subtitle if e.subtitle else "")
        if e.lang == "uzb":
            latin = title_tokens(text)                       # Uzbek titles are kept in Latin
            cyrillic = [gen.cyr(w) for w in latin]
            own, other = (latin, cyrillic) if script == "latn" else (cyrillic, latin)
        else:
            own, other = title_tokens(text), None
        self.titles[slot] = (e.lang + script, own, other)

    def queries(self, count):
        rng, titles, out = self.rng, [t for t in self.titles if t and len(t[1]) >= 2], []
        by_language = {}
        for key, own, _ in titles:
            by_language.setdefault(key, []).append(own)
        uzbek = [t for t in titles if t[2]]
        while len(out) < count:
            r = rng.random()
            key, own, other = rng.choice(titles)
            if r < 0.55:      # both words from one title: at least that record matches
                i, j = rng.sample(range(len(own)), 2)
                q, kind = (own[i], own[j]), "same-title"
            elif r < 0.80:    # words of two titles in the same language and script: common words meet
                q, kind = (rng.choice(own), rng.choice(rng.choice(by_language[key]))), "any-pair"
            else:             # an Uzbek title's words in the other script: only script folding finds it
                key, own, other = rng.choice(uzbek)
                i, j = rng.sample(range(len(other)), 2)
                q, kind = (other[i], other[j]), "cross-script"
            if q[0] != q[1]:
                out.append(f"{q[0]} {q[1]}\t{kind}\n")
        return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--libraries", type=int, default=2000)
    ap.add_argument("--queries")
    ap.add_argument("--query-count", type=int, default=500)
    args = ap.parse_args()

    start = time.monotonic()
    gen = Generator(args.seed, args.libraries)
    sampler = QuerySampler(args.seed) if args.queries else None
    total_bytes, chunk = 0, []
    with open(args.out, "wb") as out:
        for number in range(1, args.count + 1):
            e, script, fields = gen.record(number)
            chunk.append(iso2709(fields))
            if sampler:
                sampler.add(gen, e, script)
            if len(chunk) == 10000:
                data = b"".join(chunk)
                out.write(data)
                total_bytes += len(data)
                chunk = []
        data = b"".join(chunk)
        out.write(data)
        total_bytes += len(data)
    if sampler:
        with open(args.queries, "w", encoding="utf-8") as q:
            q.writelines(sampler.queries(args.query_count))
    took = time.monotonic() - start
    print(f"generated {args.count} records, {total_bytes / max(args.count, 1):.0f} bytes on average, "
          f"{total_bytes / 1e6:.1f} MB, in {took:.1f} s ({args.count / took:,.0f} records/s)", file=sys.stderr)


if __name__ == "__main__":
    main()

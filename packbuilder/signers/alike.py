"""Signers alike: the same name and address but for case, full stops and spacing (a
duplicate), or but for accents, apostrophes, punctuation and common abbreviations (a
near-duplicate: José/Jose, O'Neil/O’Neil, St/Street), found while a list is read."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from packbuilder.model import Signer
from packbuilder.signers.report import Report


class Seen:
    """The first signer of each name and address, found by the hash of the loosely folded text
    (case, accents, apostrophes, punctuation and abbreviations ignored): a number per signer
    while the list is read, not a second copy of every name and address."""

    def __init__(self) -> None:
        self.by_hash: dict[int, Signer] = {}
        #: Signers whose folded text shares a hash with an earlier, different signer's.
        self.others: dict[tuple[str, ...], Signer] = {}

    def first(self, signer: Signer) -> tuple[Signer, bool]:
        """The first signer read with `signer`'s name and address, loosely compared (`signer`
        itself if none), and whether the two are the same but for case, full stops and
        spacing (else they differ in accents, apostrophes or abbreviations: José/Jose)."""
        key = _loose(signer)
        first = self.by_hash.setdefault(hash(key), signer)
        if first is not signer and _loose(first) != key:
            first = self.others.setdefault(key, signer)
        return first, first is signer or _fold(first) == _fold(signer)


def _fold(signer: Signer) -> tuple[str, ...]:
    """Name and address as compared for duplicates: case, full stops and spacing ignored."""
    fold = (signer.name, *signer.address)
    return tuple(" ".join(part.casefold().replace(".", "").split()) for part in fold)


#: Address abbreviations read as the word they stand for (USPS Publication 28, appendix C1;
#: Royal Mail's and Canada Post's are the same words) when comparing for near-duplicates.
_ABBREVIATIONS = {
    "st": "street", "ave": "avenue", "av": "avenue", "rd": "road", "dr": "drive",
    "ln": "lane", "blvd": "boulevard", "ct": "court", "pl": "place", "sq": "square",
    "hwy": "highway", "pkwy": "parkway", "cres": "crescent", "ter": "terrace", "apt": "apartment",
    "ste": "suite", "fl": "floor", "n": "north", "s": "south", "e": "east", "w": "west",
    "mt": "mount", "ft": "fort", "str": "strasse", "straße": "strasse",
}  # fmt: skip
_NOT_ALNUM = re.compile(r"[\W_]+")
_APOSTROPHES = str.maketrans("", "", "'’‘ʼ`´\"")


def _loose(signer: Signer) -> tuple[str, ...]:
    """Name and address as compared for near-duplicates: accents, apostrophes, punctuation and
    common abbreviations ignored."""
    return tuple(_loose_part(part) for part in (signer.name, *signer.address))


@lru_cache(maxsize=256)  # a list's town lines repeat: "Springfield, MA 01103" (kept few: names
# and streets pass through too, and the memory a list holds must not grow with them)
def _loose_part(part: str) -> str:
    if part.isascii():  # most names and lines: the same steps as one table
        words = part.translate(_ASCII_LOOSE).split()
    else:
        text = part.casefold().replace(".", "").translate(_APOSTROPHES)
        if not text.isascii():
            text = unicodedata.normalize("NFKD", text).translate(_UNACCENTED)
        words = _NOT_ALNUM.sub(" ", text).split()
    return " ".join([_ABBREVIATIONS.get(w, w) for w in words])


class _Unaccented(dict[int, int | None]):
    """A str.translate table that drops combining marks and keeps every other character, each
    character looked up in the Unicode data once."""

    def __missing__(self, point: int) -> int | None:
        kept = None if unicodedata.combining(chr(point)) else point
        self[point] = kept
        return kept


_UNACCENTED = _Unaccented()


#: _loose_part's steps for ASCII text: lower case, full stops and apostrophes out, any other
#: character but a letter or digit a space.
_ASCII_LOOSE = str.maketrans(
    {
        chr(c): chr(c).lower() if chr(c).isalnum() else None if chr(c) in ".'`\"" else " "
        for c in range(128)
    }
)


def warn_duplicate(report: Report, signer: Signer, seen: Seen) -> None:
    """Warn when a row repeats an earlier signer's name and address (a form sent twice,
    two lists pasted together). Both rows stay: two people of one name at one address
    (father and son) is rare but real, so the organiser decides which row to delete."""
    first, same = seen.first(signer)
    if first is signer or first.origin is None or signer.origin is None:
        return
    if not same:
        _near_duplicate(report, signer, first)
        return
    line, shown = signer.origin.line, ", ".join((signer.name, *signer.address))
    report.warn(
        line,
        1,
        f"{signer.origin.field} ({signer.name})",
        f"same name and address as line {first.origin.line} ('{shown}'), so two letters "
        f"print for one signer; delete one of lines {first.origin.line} and {line} "
        "unless they are two people",
    )


def _near_duplicate(report: Report, signer: Signer, first: Signer) -> None:
    """Warn when a row is an earlier signer's name and address but for accents,
    apostrophes or abbreviations (José/Jose, O'Neil/O’Neil, St/Street): the same form
    typed twice, probably."""
    if first.origin is None or signer.origin is None:
        return
    line = signer.origin.line
    this, that = (", ".join((s.name, *s.address)) for s in (signer, first))
    report.warn(
        line,
        1,
        f"{signer.origin.field} ({signer.name})",
        f"'{this}' is line {first.origin.line}'s '{that}' but for accents, apostrophes or "
        "abbreviations (St/Street), so it may be one signer entered twice; delete one of "
        f"lines {first.origin.line} and {line} unless they are two people",
    )

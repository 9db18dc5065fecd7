"""Where a language's letters stand in its words: a Vietnamese syllable's letters, Thai vowels
after or before their consonant. A code page's reading that puts them elsewhere is another code
page's text (codepages.judge)."""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

DATA_FILE = Path(__file__).with_name("codepages.yaml")


def misplaced(fit: frozenset[str], word: str) -> frozenset[str]:
    """The languages of `fit` in whose words `word`'s letters never stand where they do
    (codepages.yaml never_in_words): "Gdañsk" is no Spanish, "Wàsowska" no French."""
    lower = word.lower()
    return frozenset(lang for lang in fit if (never := _never().get(lang)) and never.search(lower))


@functools.cache
def _never() -> dict[str, re.Pattern[str]]:
    from packbuilder.signers.vocabulary import data_file

    data = data_file(DATA_FILE)["never_in_words"]
    return {lang: re.compile("|".join(patterns)) for lang, patterns in data.items()}


_VIETNAMESE_SYLLABLE = re.compile(
    r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?"
)


def vietnamese(word: str) -> bool:
    """Whether every part of `word` with a letter beyond ASCII is a Vietnamese syllable
    (Nguyễn, Thành, Đà): "Yưldưz" is Turkish Yıldız read as Windows-1258. A part in ASCII
    letters says nothing either way: "TP" of "Tỉnh/TP" (tỉnh or thành phố) is an abbreviation."""
    return all(
        _VIETNAMESE_SYLLABLE.fullmatch(_bare(part))
        for part in re.findall(r"[^\W\d_]+", word.lower())
        if not part.isascii()
    )


def _bare(part: str) -> str:
    """A Vietnamese syllable's letters without tone and vowel marks."""
    return "".join(
        ch
        for ch in unicodedata.normalize("NFD", part.replace("đ", "d"))
        if not unicodedata.combining(ch)
    )


_THAI_CONSONANTS = frozenset(map(chr, range(0x0E01, 0x0E2F)))


def thai_misplaced(word: str) -> bool:
    """A following vowel or a repetition mark opening a word, or a leading vowel (เ แ โ ใ ไ)
    before anything but a consonant: Greek or Cyrillic read as Windows-874."""
    letters = [ch for ch in word if "\u0e00" <= ch <= "\u0e7f"]
    if not letters or letters[0] in "ะาำๅฯๆ":
        return bool(letters)
    for ch, nxt in zip(letters, [*letters[1:], ""], strict=True):
        if ch in "เแโใไ" and nxt not in _THAI_CONSONANTS:
            return True
        if ch == "ฯ" and nxt not in ("", "ล"):
            return True
    return False

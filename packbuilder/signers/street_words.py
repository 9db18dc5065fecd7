"""Whether a value names a street by its words ("12 Oak St", "Hauptstraße 5", "Jalan Tun
Razak"): the words and endings are street_words.yaml's, compared as whole words without case."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

WORDS_FILE = Path(__file__).with_name("street_words.yaml")
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _data() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    from packbuilder.content.data import read_data

    data = read_data(WORDS_FILE)
    words = frozenset(str(w).casefold() for w in data["words"])
    first = frozenset(str(w).casefold() for w in data["first_words"])
    return words, tuple(str(w).casefold() for w in data["endings"]), first


def has_street_word(text: str) -> bool:
    """Whether `text` has a street word, or a word ending in one ("Kerkstraat")."""
    words, endings, _ = _data()
    found = {w.casefold() for w in _WORD.findall(text)}
    return bool(found & words) or any(w.endswith(endings) for w in found)


def starts_street(text: str) -> bool:
    """Whether `text` starts with a word a street's name follows ("Jalan Tun Razak", "Rue de
    la Paix"): street_words.yaml's first_words."""
    first = _WORD.match(text.strip())
    return first is not None and first[0].casefold() in _data()[2]

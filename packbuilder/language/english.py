"""English for the terminal: packbuilder's messages to the organiser are in English (the pack
itself is in the campaign's language), and a count agrees with its noun.

English has two plural forms, "one" for 1 and "other" for every other whole number (CLDR).
"""

from __future__ import annotations


def count(n: int, noun: str, nouns: str = "") -> str:
    """`n` with its noun: '1 post', '5 posts', '0 pages'; `nouns` where the plural is not
    the noun and "s" ('1 address', '2 addresses')."""
    return f"{n} {noun if n == 1 else nouns or noun + 's'}"

"""A header word for a part of a name written in the plural: French "Prénoms" (every given
name, as the civil registers of Madagascar, Côte d'Ivoire and Senegal write them), Spanish
"Nombres", German "Vornamen", Italian "Cognomi". The word without its plural ending names the
same part; only name parts are read so ("States" is not a state)."""

from __future__ import annotations

from collections.abc import Mapping

#: Plural endings, longest first, each with what the singular ends in instead.
ENDINGS = (("es", ""), ("en", ""), ("s", ""), ("n", ""), ("i", "e"), ("i", "o"))


def singular(
    word: str, phrases: Mapping[tuple[str, ...], tuple[str, str]], roles: frozenset[str]
) -> tuple[str, str] | None:
    """What a word not known names as the plural of a one-word phrase for one of `roles`
    ("prenoms": the role of "prenom"), or None."""
    for ending, instead in ENDINGS:
        stem = word[: -len(ending)] + instead
        if word.endswith(ending) and len(stem) >= 3:
            hit = phrases.get((stem,))
            if hit is not None and hit[0] == "role" and hit[1] in roles:
                return hit
    return None

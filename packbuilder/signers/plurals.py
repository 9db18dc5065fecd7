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


def phrase_at(
    toks: tuple[str, ...],
    i: int,
    phrases: Mapping[tuple[str, ...], tuple[str, str]],
    roles: frozenset[str],
    longest: int,
) -> tuple[int, tuple[str, str] | None]:
    """The longest phrase for one of `roles` starting at word `i` with a word of it in the
    plural: "Family names", "Noms de famille" (the roles of "family name", "nom de famille");
    (0, None) where there is none."""
    stems = tuple(_stem(t, phrases) for t in toks)
    for n in range(min(longest, len(toks) - i), 1, -1):
        if stems[i : i + n] == toks[i : i + n]:
            continue  # no plural in it: the phrase as written was looked for
        hit = phrases.get(stems[i : i + n])
        if hit is not None and hit[0] == "role" and hit[1] in roles:
            return n, hit
    return 0, None


def _stem(word: str, phrases: Mapping[tuple[str, ...], tuple[str, str]]) -> str:
    """The word without a plural ending, where that is a word of a known phrase alone
    ("names": name); the word itself otherwise."""
    for ending, instead in ENDINGS:
        stem = word[: -len(ending)] + instead
        if word.endswith(ending) and len(stem) >= 3 and (stem,) in phrases:
            return stem
    return word

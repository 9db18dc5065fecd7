"""A header word for a part of a name written in the plural: French "Prénoms" (every given
name, as the civil registers of Madagascar, Côte d'Ivoire and Senegal write them), Spanish
"Nombres", German "Vornamen", Italian "Cognomi". The word without its plural ending names the
same part; only name parts are read so ("States" is not a state). A word in the definite or
an inflected form (Romanian "Localitatea", Swedish "Gatan": definite_endings.txt) names its
word's role, unless that is a name part."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources

#: Name parts, read in the definite form only by the context of the list's other name
#: columns (Romanian "Numele" beside "Prenumele" is the family name), never alone.
_NAMES = frozenset({"name", "first_name", "middle_name", "last_name", "prefix", "suffix"})
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
    for ending, instead in _definite():
        stem = word[: -len(ending)] + instead
        if word.endswith(ending) and len(stem) >= 4:
            hit = phrases.get((stem,))
            if hit is not None and hit[0] == "role" and hit[1] not in _NAMES:
                return hit  # Romanian "Localitatea", Swedish "Gatan": the word's own role
    return None


@cache
def _definite() -> tuple[tuple[str, str], ...]:
    """The definite and inflected endings of definite_endings.txt, longest first."""
    text = resources.files(__package__).joinpath("definite_endings.txt").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return tuple(
        sorted(((r[0], r[1] if len(r) > 1 else "") for r in rows), key=lambda e: -len(e[0]))
    )


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

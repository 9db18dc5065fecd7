"""Header words about places beyond one role: "Sub" before a place word (the level below it),
and two places named as alternatives ("城市/区", "Distrito ou região": one place, the larger)."""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from typing import Any, Protocol, TypeVar

from packbuilder.signers import vocabulary
from packbuilder.signers.vocabulary import Vocabulary


class _Reading(Protocol):
    """A header reading (words.HeaderReading): its role and the roles its words named."""

    @property
    def role(self) -> str | None: ...
    @property
    def roles(self) -> tuple[str, ...]: ...


_R = TypeVar("_R", bound=_Reading)


#: The place a level below each ("Sub-County" is below the county, a region: a district).
_BELOW = {"region": "district", "city": "district", "district": "neighbourhood"}


def sub_level(
    toks: tuple[str, ...], i: int, known: Vocabulary
) -> tuple[int, tuple[str, str]] | None:
    """(words taken, the role) of "sub" before a place word, apart or glued ("Sub-County",
    "subcounty", "Sub-district"): the level below that place; None for anything else."""
    word = toks[i]
    if word == "sub" and i + 1 < len(toks):
        size, hit = known.phrase_at(toks, i + 1)
        size += 1
    elif word.startswith("sub") and len(word) > 5:
        size, hit = 1, known.phrases.get((word[3:],))
    else:
        return None
    if hit is None or hit[0] != "role" or hit[1] not in _BELOW:
        return None
    return size, ("role", _BELOW[hit[1]])


#: Places from the smallest to the largest.
_PLACES = ("neighbourhood", "district", "city", "region")


def one_of(reading: _R, text: str, toks: tuple[str, ...], known: Vocabulary) -> _R:
    """Two places a header names as alternatives, "/" or a word for "or" between them
    ("城市/区", "Distrito ou região"): the column holds one place, never a town line of both;
    read as the larger, where the values of a smaller one print as well."""
    places = set(reading.roles)
    if reading.role != "locality_line" or not places or not places <= set(_PLACES):
        return reading
    # "/" alone only between neighbouring levels ("Suburb/State" may be a town line).
    near = max(map(_PLACES.index, places)) - min(map(_PLACES.index, places)) == 1
    if not known.alternatives.intersection(toks) and not ("/" in text and near):
        return reading
    done: Any = dataclasses.replace(reading, role=max(places, key=_PLACES.index), roles=())  # type: ignore[type-var]
    return done  # type: ignore[no-any-return]


def spelled_out(text: str) -> str:
    """The phrase an abbreviation stands for where its accents tell it from another
    language's (Czech "Č.p.": číslo popisné, not Spanish "C.P.": header_words.yaml,
    accented); else the text as it is."""
    if len(text) > 12:  # an abbreviation is short: most headers are not looked at
        return text
    return _accented().get(" ".join(re.findall(r"\w+", text.casefold())), text)


@cache
def _accented() -> dict[str, str]:
    data = vocabulary.data_file(vocabulary.WORDS_FILE).get("accented", {})
    return {str(k): str(v) for k, v in data.items()}

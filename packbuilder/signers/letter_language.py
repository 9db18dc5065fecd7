"""Which spelling of a name signs where a list writes the signer's name twice, once in the
letter's language ("Korean Name" 김민준 beside "English Name" Minjun Kim): for a letter in
Korean the Hangul name signs, for one in English the Latin one (the other is the same person
written another way, listed as not printed)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from packbuilder.language import cldr
from packbuilder.signers import columns, quals

#: The fields a name that signs is read from.
_NAMES = frozenset({"name", "first_name", "last_name"})
#: How the column report says signer_columns chose a column, and what the letter's language did.
CHOSEN = "signer_columns chooses '{0}'"
BY_LANGUAGE = (
    "name: the letter's language chooses '{0}' (the signer's name in {1}); the other "
    "spelling of the same person signs only where it is empty"
)


def signing_column(
    cells: Sequence[str], chosen: Mapping[str, str], ignore: Sequence[str], language: str
) -> str | None:
    """The header of the name column written in the letter's `language` ("Korean Name" for
    ko), where the list's other name columns are the same person in another script; None when
    there is none or signer_columns names the name."""
    if not language or chosen.keys() & _NAMES:
        return None
    spoken = cldr.language_names(language)
    mapping = columns.map_columns(cells, chosen, ignore)
    if not mapping.found.keys() & _NAMES:
        return None
    head = quals.SAME_PERSON.split("(")[0]
    for col, why in mapping.not_postal.items():
        if col >= len(mapping.readings) or not why.startswith(head):
            continue
        reading = mapping.readings[col]
        # "Korean Name" (the owner word) or "Name in Korean" (a word after the name's)
        said = {reading.owner.casefold(), *(w.casefold() for w in reading.unknown)}
        if said & set(spoken):
            return cells[col].strip()
    return None


def other_spelling_stands_in(mapping: columns.Mapping_) -> columns.Mapping_:
    """The mapping with the other spelling's full-name column ("English Name") read where the
    chosen one is empty in a row: no signer is left without a letter."""
    other = [c for c, why in mapping.not_postal.items() if why.startswith(CHOSEN.split("'")[0])]
    name = mapping.found.get("name")
    if name is None or not other:
        return mapping
    heads = [c for c in other if mapping.readings[c].role == "name"]
    if not heads:
        return mapping
    alternates = {**mapping.alternates, "name": (*mapping.alternates.get("name", ()), *heads)}
    kept = {c: why for c, why in mapping.not_postal.items() if c not in heads}
    return dataclasses.replace(mapping, alternates=alternates, not_postal=kept)

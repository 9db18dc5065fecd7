"""A column that adds to the address: CiviCRM's German "Zusatz Adresse 1", Spanish "Dirección
complementaria 1", "Extra Address". A word for an addition (header_words.yaml's additions)
beside a word for the address or its street, and nothing else but a count, names the line
after the street, in every language the same way; the count numbers the lines after the first
("Zusatz Adresse 2" is the third line), as "Adresszusatz 1/2" does."""

from __future__ import annotations

from packbuilder.signers.vocabulary import Vocabulary

_AFTER = {1: "street2", 2: "street3", 3: "street4", 4: "street5"}


def added(toks: tuple[str, ...], known: Vocabulary) -> tuple[tuple[str, ...], str] | None:
    """The header's words without the addition word and its count, and the line it names,
    where the header says "addition" and otherwise may name the address or its street (the
    caller reads the rest); None otherwise ("Address Line 2" keeps its own number, "Extra
    Address Line 2" is read as written)."""
    if not known.additions.intersection(toks):
        return None
    rest = [t for t in toks if t not in known.additions]
    count = int(rest.pop()) if rest and rest[-1].isdigit() else 1
    if not rest or count not in _AFTER or any(t.isdigit() for t in rest):
        return None
    if known.line_words.intersection(rest):
        return None
    return tuple(rest), _AFTER[count]

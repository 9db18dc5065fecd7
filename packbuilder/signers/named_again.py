"""A column that writes the row's own name again: a display name ("Jonas Becker" beside Vorname
and Nachname), an addressee or salutation line ("Ms. Ann Lee", "Mr T Hardy", "Dear" 'Marie'):
no part of the name that is missing, so never offered as one."""

from __future__ import annotations

from collections.abc import Sequence

from packbuilder.signers import people, values


def _folded(text: str) -> list[str]:
    """The value's words as the name's are compared (people.folded), without the stops,
    commas and apostrophes around them ("Lee," "T.")."""
    return [w.strip(".,'’") for w in people.folded(text.replace(",", " ")) if w.strip(".,'’")]


def the_name_again(got: values.Sample, names: Sequence[values.Sample]) -> bool:
    """True when every value of `got` is made of its row's name words (`names`: the samples of
    the name columns), honorifics and initials aside: the name again, not a part of it."""
    by_line: dict[int, set[str]] = {}
    for column in names:
        for line, text in column.values:
            by_line.setdefault(line, set()).update(_folded(text))
    seen = 0
    for line, text in got.values:
        own = by_line.get(line)
        if not own:
            continue
        words = [w for w in _folded(text) if not people.honorific(w)]
        if not words or not any(w in own for w in words):
            return False
        if not all(w in own or (len(w) == 1 and any(o.startswith(w) for o in own)) for w in words):
            return False
        seen += 1
    return seen > 0

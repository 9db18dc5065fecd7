"""A household's label or a name written for an envelope beside the person's own name parts:
an ACS directory's "Family Name" holding "Bell, Marcus & Tanya" beside "Last Name" and "First
Name", a "Family Label" of "The Bell Family", an "Envelope Name" of "Mr. and Mrs. Marcus Bell".
Such a column holds the person's name and more, or a household's: the person's own parts sign,
and the column report lists it as left out on purpose."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from packbuilder.signers import columns, people, values

#: Share of the rows giving both columns in which the first holds the second's name and more
#: (a comma, a second person), for it to be a label: most, so one odd row does not decide.
LABELS = 0.8
#: Whose label the column report says a column is.
LABEL = (
    "a household's label or a name written for an envelope ('{value}', line {line}), holding "
    "the name the person's own columns give: left out on purpose"
)


class Settling(Protocol):
    """What by_values settles: columns placed, not used (with why), and those read instead."""

    found: dict[str, int]
    not_postal: dict[int, str]
    mapping: columns.Mapping_
    replaced: set[int]


def set_aside(
    settling: Settling, sample: Callable[[int], values.Sample], countries: tuple[str, ...]
) -> None:
    """A name part's first column holding its further column's value and more in most rows
    gives way to it; a household-valued column set aside as a whole address, or a name
    column of two people set aside as somebody else's, is said to be a label."""
    del countries  # the same step signature as the others (steps.py)
    found, alternates = settling.found, settling.mapping.alternates
    own = {"first_name", "name"} & found.keys()
    for field in ("last_name", "name"):
        col, more = found.get(field), alternates.get(field, ())
        if col is None or not more or field in settling.mapping.mapped:
            continue
        theirs, mine = dict(sample(more[0]).values), sample(col).values
        both = [(line, text, theirs[line]) for line, text in mine if theirs.get(line)]
        held = [(line, text) for line, text, other in both if _holds(text, other)]
        if both and len(held) >= LABELS * len(both):
            found[field], alternates[field] = more[0], more[1:]
            settling.replaced.add(more[0])
            line, text = held[0]
            settling.not_postal[col] = LABEL.format(value=text, line=line)
    if not own:
        return
    for col, why in list(settling.not_postal.items()):
        if why != columns.FORMATTED and not why.startswith("somebody else's name ("):
            continue
        found_values = sample(col).values
        shared = [(ln, t) for ln, t in found_values if people.two_people(t)]
        if found_values and len(shared) >= LABELS * len(found_values):
            if why == columns.FORMATTED and any(ch.isdigit() for _, t in shared for ch in t):
                continue  # a whole address whose first line names the household
            line, text = shared[0]
            settling.not_postal[col] = LABEL.format(value=text, line=line)


def _holds(label: str, name: str) -> bool:
    """Whether `label` writes `name` and more: "Bell, Marcus & Tanya" holds "Bell"."""
    words = re.findall(r"\w+", label.casefold())
    own = re.findall(r"\w+", name.casefold())
    extra = len(words) > len(own)
    return (
        bool(own)
        and extra
        and all(w in words for w in own)
        and ("," in label or people.two_people(label))
    )

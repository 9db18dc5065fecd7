"""The columns signer_columns names in campaign.yaml: each field's column, the columns ignored
on purpose, and an error for a field or a header the list does not have."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Chosen:
    """What the organiser's signer_columns lines chose."""

    #: Field -> column index.
    found: dict[str, int]
    #: Column indices ignored on purpose (`ignore:`), never one a field takes.
    ignored: tuple[int, ...]
    #: Errors about the lines: (column index, message).
    errors: tuple[tuple[int, str], ...]
    #: The fields the lines chose, a plain part read with its column's set as that set's
    #: ("street" for "Mailing Street" as "m_street").
    mapped: frozenset[str] = frozenset()
    #: Lines for the column report: a line read with its column's address set.
    said: tuple[str, ...] = ()


def read(
    cells: Sequence[str],
    keys: Sequence[str],
    columns: Mapping[str, str],
    ignore: Sequence[str],
    fields: Collection[str],
    key: Callable[[str], str],
    sets: Sequence[str] = (),
) -> Chosen:
    """The columns `columns` (field -> header) and `ignore` name, by the header as written or
    as `key` reduces it; `fields` are the keys signer_columns knows, `sets` the address set
    each column's header names ("m_" for "Mailing City", "" for none)."""
    from packbuilder.errors import did_you_mean

    found: dict[str, int] = {}
    errors: list[tuple[int, str]] = []
    for field, wanted in columns.items():
        if field not in fields:
            errors.append((0, f"signer_columns names an unknown field '{field}'"
                              f"{did_you_mean(field, fields)}"))  # fmt: skip
            continue
        exact = [i for i, cell in enumerate(cells) if cell.strip() == wanted.strip()]
        loose = [i for i, k in enumerate(keys) if k and k == key(wanted)]
        matches = exact or loose
        if not matches:
            hint = did_you_mean(wanted.strip(), [c.strip() for c in cells if c.strip()])
            errors.append((0, f"signer_columns maps {field} to '{wanted}', but the header has "
                              f"no such column{hint}"))  # fmt: skip
            continue
        index = matches[0]
        other = next((f for f, i in found.items() if i == index), None)
        if other is not None:
            errors.append((index, f"signer_columns maps both {other} and {field} to column "
                                  f"'{cells[index]}'"))  # fmt: skip
            continue
        found[field] = index
    ignored: list[int] = []
    for wanted in ignore:
        matches = [i for i, cell in enumerate(cells) if cell.strip() == wanted.strip()]
        matches = matches or [i for i, k in enumerate(keys) if k and k == key(wanted)]
        if not matches:
            hint = did_you_mean(wanted.strip(), [c.strip() for c in cells if c.strip()])
            errors.append((0, f"signer_columns ignores '{wanted}', but the header has no such "
                              f"column{hint}"))  # fmt: skip
        ignored += [i for i in matches if i not in found.values()]
    moved, said = _with_its_set(found, cells, fields, sets)
    mapped = frozenset(moved.get(f, f) for f in columns if f in fields)
    return Chosen(found, tuple(ignored), tuple(errors), mapped, said)


def _with_its_set(
    found: dict[str, int], cells: Sequence[str], fields: Collection[str], sets: Sequence[str]
) -> tuple[dict[str, str], tuple[str, ...]]:
    """A line naming a plain part ("street: Mailing Street") for a column of a set the header
    names in other columns too (Mailing City, Mailing Zip) gives that set its part: the column
    stays in its set, and the rest of the set prints with it, never a mailing street beside a
    home town. The fields moved (as written -> as read) and the column report's line for
    each (`found` is changed)."""
    moved: dict[str, str] = {}
    said = []
    for field, index in list(found.items()):
        prefix = sets[index] if index < len(sets) else ""
        ours = prefix + field
        if not prefix or field[:2] == prefix or ours not in fields or ours in found:
            continue
        if not any(p == prefix for i, p in enumerate(sets) if i != index):
            continue  # the set's only column: it joins the plain set, as the line says
        found[ours] = found.pop(field)
        moved[field] = ours
        said.append(
            f"signer_columns: '{field}: {cells[index].strip()}' is read with the other "
            f"columns of its address set, as {ours}"
        )
    return moved, tuple(said)

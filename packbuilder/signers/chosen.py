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


def read(
    cells: Sequence[str],
    keys: Sequence[str],
    columns: Mapping[str, str],
    ignore: Sequence[str],
    fields: Collection[str],
    key: Callable[[str], str],
) -> Chosen:
    """The columns `columns` (field -> header) and `ignore` name, by the header as written or
    as `key` reduces it; `fields` are the keys signer_columns knows."""
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
    return Chosen(found, tuple(ignored), tuple(errors))

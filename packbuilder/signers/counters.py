"""A column that numbers the rows ("No.", "#", "STT", "S.No.", "№", "序号": 1, 2, 3 ... in row
order): the spreadsheet's row counter, never a house number or any part of a name or address,
whatever its header says. Told by its values, in any language; the column report says it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from packbuilder.signers import columns, footers, unplaced
from packbuilder.signers.report import Report
from packbuilder.signers.table import Row, is_blank

#: A counter's cell: a whole number, perhaps with a full stop ("1."); no house number has
#: six digits.
_COUNT = re.compile(r"(\d{1,5})\.?")


def set_aside(
    header: Row,
    rows: Sequence[Row],
    mapping: columns.Mapping_,
    found: dict[str, int],
    not_postal: dict[int, str],
    report: Report,
) -> set[int]:
    """Each column whose values are the rows' own sequence goes to `not_postal`, out of
    `found` (the field's next column of the same part takes its place) unless signer_columns
    chose it. A column the header read as an address part is also warned about, with the
    signer_columns line that says otherwise: a street's houses 1, 2, 3 are rare, not
    impossible. Returns the columns that took a counter's place."""
    data = [r for r in rows if r.error is None and not is_blank(r.cells)]
    data = [r for r in data if not footers.count_line(r.cells)]
    taken: set[int] = set()
    if len(data) < 2:
        return taken
    fields = {col: field for field, col in found.items()}
    for col in range(len(header.cells)):
        field = fields.get(col)
        if col in not_postal or field in mapping.mapped:
            continue
        numbers = _counted(data, col)
        if numbers is None:
            continue
        shown = ", ".join(str(n) for n in numbers[:3])
        not_postal[col] = (
            f"a row counter: its values number the rows ({shown} ... in row order), not part "
            "of a name or address"
        )
        for part, more in mapping.alternates.items():
            mapping.alternates[part] = tuple(c for c in more if c != col)
        if field is None:
            continue
        more = mapping.alternates.get(field, ())
        del found[field]
        if more:  # the next column the header names for that part is read instead
            found[field], mapping.alternates[field] = more[0], more[1:]
            taken.add(more[0])
        elif field not in columns.NAME_FIELDS:
            name = header.cells[col].strip()
            report.warn(
                header.line,
                col + 1,
                "(header)",
                f"column '{name}': the header says {columns.LABELS[field]}, but its values "
                f"number the rows ({shown} in row order), so it is read as a row counter and "
                f"not printed; if it is the {columns.LABELS[field]}, say so in campaign.yaml, "
                f"under signer_columns: '{unplaced.field_part(field)}: {name}'",
            )
    return taken


def _counted(data: Sequence[Row], col: int) -> list[int] | None:
    """The column's numbers when every row gives one and they count the rows from 0 or 1
    (a data frame's index, a sheet's "No."); else None. A run from anywhere else (12, 13,
    14) may be neighbours' houses, and is left alone."""
    numbers = []
    for row in data:
        found = _COUNT.fullmatch(row.cells[col].strip()) if col < len(row.cells) else None
        if found is None:
            return None
        numbers.append(int(found[1]))
    start = numbers[0]
    if numbers != list(range(start, start + len(numbers))):
        return None
    return numbers if start in (0, 1) else None

"""A row that continues the signer above it: Magento's customer export writes a customer's
further addresses as rows of their own, the customer's cells (e-mail, first and last name)
empty and only the address, with the address's own name, filled. One signer gets one letter:
the row is not a second signer, and its cells are listed as not used, with its line."""

from __future__ import annotations

from collections.abc import Mapping

from packbuilder.model import Signer
from packbuilder.signers import names, whose
from packbuilder.signers.report import Report, Tally
from packbuilder.signers.table import Row

#: The fields of the person a row is, whose cells a continuing row leaves empty.
_OWN = ("name", "first_name", "last_name", "email")


class Continuing:
    """Which rows continue the signer above: the columns of the person's own cells and the
    further name columns (Magento's `_address_firstname`), found once per list."""

    def __init__(self, found: Mapping[str, int], alternates: Mapping[str, tuple[int, ...]]):
        self.own = [found[f] for f in _OWN if f in found]
        self.further = [c for f in names.PARTS for c in alternates.get(f, ())]

    def continues(self, row: Row, above: Signer) -> bool:
        """Whether the row gives none of the person's own cells, only an address whose own
        name is the signer's above."""
        cells = row.cells
        if not self.further or any(c < len(cells) and cells[c].strip() for c in self.own):
            return False
        name = " ".join(cells[c].strip() for c in self.further if c < len(cells))
        return bool(self.own) and bool(name.strip()) and whose.same_person(name, above.name)


def say(row: Row, above: Signer, tally: Tally, report: Report) -> None:
    """Lists the row's cells as another address of the signer above, and warns at the row."""
    line = above.origin.line if above.origin is not None else row.line
    why = f"another address of {above.name}'s, whose letter prints the one on line {line}"
    filled = [c for c, cell in enumerate(row.cells[: tally.width]) if cell.strip()]
    for col in filled:
        tally.filled[col] += 1
        tally.left_out(col, row.line, why)
    report.warn(
        row.line,
        filled[0] + 1 if filled else 1,
        f"row {row.line} ({above.name})",
        f"{why}: the row gives no name or e-mail of its own, so it is no second signer; one "
        "letter prints per signer (give the row a name of its own if it is somebody else)",
    )

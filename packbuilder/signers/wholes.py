"""A whole address in one cell set aside as the same address as the parts beside it (Port's
"Full Address", a petition's "Residence Address"), read in each row: where the parts are
empty it is the address; where it holds the parts beside it (at least half of them, each as
its column writes it), it is that address again; where it holds none of them and the set has
no street, it is the street line; otherwise the row is refused at the cell, never left off
unsaid."""

from __future__ import annotations

from collections.abc import Sequence

from packbuilder.signers import sets, values
from packbuilder.signers.cells import Cell, clean, set_parts
from packbuilder.signers.printed import fold
from packbuilder.signers.report import Report, Tally
from packbuilder.signers.table import LINE_BREAK
from packbuilder.signers.words import LINES


def settle(
    out: dict[str, Cell],
    raw: str,
    at: tuple[int, int],
    prefix: str,
    headers: Sequence[str],
    tally: Tally,
    report: Report,
    where: str,
) -> None:
    """Put the whole-address cell `raw` (its column and line `at`) of set `prefix` in `out`
    where the row needs it, or refuse the row where it holds what the parts do not."""
    col, line = at
    parts = set_parts(prefix)
    given = [c for f, c in out.items() if f in parts and c.value]
    shown = headers[col].strip()
    lines = [text for part in LINE_BREAK.split(raw) if (text := clean(part))]
    if not given:
        # Port's "Full Address" beside its empty "Street Line 1", "City", ...: the address.
        out[prefix + "address"] = Cell(raw, clean(raw), lines, col, line)
        tally.say(f"whole address <- {shown} where the parts beside it are empty", line)
        return
    if not _addressy(clean(raw)):
        return  # "Home" under Google's "Address 1 - Label", a yes/no, an e-mail: never one
    text = f" {fold(raw)} "
    missing = [c for c in given if f" {fold(c.value)} " not in text]
    street = out.get(prefix + "street")
    if len(missing) * 2 <= len(given):
        # The same address again, written its own way where it differs ("Illinois" for IL,
        # a ZIP+4): listed as not used; unless it gives a part the row's columns lack ("400
        # Elm Ave, Chicago, IL 60614" beside Street, State and Zip): then the cell prints in
        # place of the street column it holds, the other parts beside it once.
        if missing or street is None or not _more(text, given, out, prefix):
            return
        del out[prefix + "street"]
        tally.used[street.col] += 1
        out[prefix + "address"] = Cell(raw, clean(raw), lines, col, line)
        tally.say(f"whole address <- {shown} where it gives a part the columns lack", line)
        return
    streets = {prefix + "street", prefix + "address"}
    if len(missing) == len(given) and not streets & {f for f, c in out.items() if c.value}:
        # "Residence Address" beside City and ZIP with no street column: the street line.
        out[prefix + "street"] = Cell(raw, clean(raw), lines, col, line)
        tally.say(
            f"street <- {shown} where it holds none of the parts beside it and the address "
            "has no street",
            line,
        )
        return
    absent = ", ".join(f"'{c.value}'" for c in missing[:3]) + (", ..." if missing[3:] else "")
    # A cell holding none of the parts beside a street is a further line of it ("Apt 3").
    free = next((f for f in LINES.values() if prefix + f not in out), "")
    fix = f"{free}: {shown}" if len(missing) == len(given) and free else f"city: {shown}"
    report.error(
        line,
        col + 1,
        where,
        f"'{clean(raw)}' from column '{shown}' would not be on this signer's letter or label: "
        f"it was read as the same address as the parts beside it, but {absent} "
        f"{'is' if len(missing) == 1 else 'are'} not in it; say what it holds in campaign.yaml, "
        f"under signer_columns, as in '{fix}', or 'ignore: [{shown}]' to leave it out",
    )


#: Parts an address needs, one of each group: the cell may give one the columns lack.
_NEEDED = (("city", "locality_line"), ("postal_code", "locality_line"))


def _more(text: str, given: Sequence[Cell], out: dict[str, Cell], prefix: str) -> bool:
    """Whether the cell (`text`, folded) holds words beyond the parts `given`, in a row whose
    columns lack a town or a postcode."""
    filled = {f for f, c in out.items() if c.value}
    if all(any(prefix + f in filled for f in group) for group in _NEEDED):
        return False
    for cell in sorted(given, key=lambda c: -len(c.value)):
        text = text.replace(f" {fold(cell.value)} ", " ")
    country = out.get(prefix + "country") or out.get("country")
    if country is not None and country.value:
        text = text.replace(f" {fold(country.value)} ", " ")
    return bool(text.strip())


def _addressy(text: str) -> bool:
    """Whether a cell may hold part of an address: not a set's kind ("Home"), a yes/no answer,
    an e-mail or a date, nor a code of no words ("KIT-1")."""
    found = values.looks(text, ())
    if not found:
        # No look names "Apt 3" or "Building 4, Floor 2" (words beside a number), which are
        # a part of an address all the same; a code is one token ("KIT-1").
        return len(text.split()) > 1 and any(ch.isalpha() for ch in text)
    if found <= values.NOT_POSTAL or len(text) < 2:
        return False
    return " ".join(text.casefold().split()) not in values.ANSWERS and sets.kind(text) is None

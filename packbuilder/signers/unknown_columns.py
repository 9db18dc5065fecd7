"""The error for a header column that reads like part of an address but that no rule places:
the build stops before anything is written, with the signer_columns line that settles it."""

from __future__ import annotations

from packbuilder.signers import columns
from packbuilder.signers.report import Report, Tally
from packbuilder.signers.table import Row


def unknown_address_columns(
    head: Row, mapping: columns.Mapping_, tally: Tally, report: Report
) -> None:
    """An error for a column that reads like part of an address but that no rule places,
    so its data would otherwise be left off every letter: the build stops before anything
    is written, and the message gives the signer_columns line that settles it."""
    placed = set(mapping.found.values()) | set(mapping.not_postal)
    placed |= {col for col, _ in mapping.notes}  # already warned: a second column
    placed |= mapping.fallbacks  # a county where the state is empty
    placed |= {c for more in mapping.joined.values() for c in more}  # Строение beside Корпус
    placed |= set(mapping.rivals.of)  # another set's ("Shipping Zip"), chosen per row
    for col, cell in enumerate(head.cells):
        if col in placed or not tally.filled[col]:
            continue
        reading = mapping.readings[col]
        if not reading.addressy:
            continue
        header = cell.strip()
        line, sample = tally.sample.get(col, (head.line, ""))
        field = columns.suggest_field(reading)
        if field is not None and field in mapping.found:
            taken = head.cells[mapping.found[field]].strip()
            advice = (
                f"if it is the {columns.LABELS[field]}, column '{taken}' already gives that; "
                f"say which to use in campaign.yaml, under signer_columns: '{field}: "
                f"{header}', or 'ignore: [{header}]' to leave it out"
            )
        elif field is not None:
            advice = (
                f"add it to campaign.yaml, under signer_columns: '{field}: {header}' if it "
                f"is the {columns.LABELS[field]}, or 'ignore: [{header}]' to leave it out"
            )
        else:
            advice = (
                "add it to campaign.yaml, under signer_columns: the field it holds (see "
                f"docs/signers.md), as in 'street2: {header}', or 'ignore: [{header}]' to "
                "leave it out"
            )
        report.error(
            head.line,
            col + 1,
            "(header)",
            f"column '{header}' (line {line}: '{sample}') looks like part of an address, "
            f"but which part cannot be told, so nothing is printed until it is settled; "
            f"{advice}",
        )

"""What reading a signer list gives back: the signers, located problems, and the column report
that says which column fed which field and what was left out."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from packbuilder.errors import Problem
from packbuilder.language.english import count
from packbuilder.model import Signer
from packbuilder.signers import columns, names

_MAILCHIMP_PARTS = "street, city, state, ZIP, country"


@dataclass(frozen=True)
class Reading:
    """How to read the list: the campaign's country and language, and a forced encoding."""

    #: ISO code of the country the letters are posted in; None when not known.
    country: str | None = None
    language: str = "en"
    encoding: str | None = None


@dataclass(frozen=True)
class ColumnReport:
    """What the reader made of the file: which column fed which field, what it left out."""

    file: str
    platform: str | None
    encoding: str
    #: (field label, headers that fed it)
    used: tuple[tuple[str, str], ...]
    #: Columns with data that no letter prints, each with why.
    ignored: tuple[str, ...]
    #: Headers of columns that are empty in every row.
    empty: tuple[str, ...]
    signers: int
    #: What the reader added that the file did not say, each with its lines.
    said: tuple[str, ...] = ()
    #: Lines above the header that were skipped ("sep=;", a table name, a title): (line, text).
    skipped: tuple[tuple[int, str], ...] = ()
    header_line: int = 1

    def lines(self) -> tuple[str, ...]:
        """The short block printed before a build: one line per field, then what was left."""
        kind = f"{self.platform}, " if self.platform else ""
        out = [f"Signer list {self.file} ({kind}{self.encoding}): {count(self.signers, 'signer')}"]
        if self.skipped:
            shown = "; ".join(f"line {n} '{text}'" for n, text in self.skipped)
            out.append(f"  header: line {self.header_line}; skipped above it: {shown}")
        width = max((len(label) for label, _ in self.used), default=0)
        out += [f"  {label.ljust(width)} <- {headers}" for label, headers in self.used]
        out += [f"  {text}" for text in self.said]
        out += [f"  not used: {text}" for text in self.ignored]
        if self.empty:
            out.append(f"  empty: {', '.join(self.empty)}")
        return tuple(out)


@dataclass(frozen=True)
class SignerList:
    """The usable signers in file order, and what is wrong with the rest of the file."""

    signers: tuple[Signer, ...]
    #: Errors: rows that cannot be used, and problems with the file or its header.
    problems: tuple[Problem, ...]
    #: Things worth a look that do not stop a row being used (e.g. a blank row skipped).
    warnings: tuple[Problem, ...]
    #: The column report; None when the file could not be read that far.
    columns: ColumnReport | None = None


@dataclass
class Report:
    """Problems found while reading, each located in the file."""

    shown: str
    problems: list[Problem]
    warnings: list[Problem]

    def error(self, line: int, col: int, field: str, message: str) -> None:
        self.problems.append(Problem(self.shown, line, col, field, message))

    def warn(self, line: int, col: int, field: str, message: str) -> None:
        self.warnings.append(Problem(self.shown, line, col, field, message, "warning"))

    def result(
        self, signers: tuple[Signer, ...], columns: ColumnReport | None = None
    ) -> SignerList:
        return SignerList(signers, tuple(self.problems), tuple(self.warnings), columns)


@dataclass
class Tally:
    """Per column: how many rows filled it, how many of those cells reached a letter, and why
    the others did not."""

    width: int
    filled: list[int] = dataclasses.field(init=False)
    used: list[int] = dataclasses.field(init=False)
    unused_why: dict[int, str] = dataclasses.field(default_factory=dict)
    #: Lines of the cells a rule left out, by column, so the report can point at them.
    unused_lines: dict[int, list[int]] = dataclasses.field(default_factory=dict)
    #: The first value of each column, with its line, for messages about the column.
    sample: dict[int, tuple[int, str]] = dataclasses.field(default_factory=dict)
    #: Whether a whole-address cell was read as Mailchimp's parts two spaces apart.
    mailchimp: bool = False
    #: What the reader put in that the file left out (a country inferred, a zero restored),
    #: with the lines it did so on, for the column report.
    said: dict[str, list[int]] = dataclasses.field(default_factory=dict)

    def __post_init__(self) -> None:
        self.filled = [0] * self.width
        self.used = [0] * self.width

    def say(self, what: str, line: int) -> None:
        self.said.setdefault(what, []).append(line)

    def left_out(self, col: int, line: int, why: str) -> None:
        self.unused_why.setdefault(col, why)
        self.unused_lines.setdefault(col, []).append(line)


def _label(field: str, fed: list[int], mapping: columns.Mapping_) -> str:
    """How the report names a field: a postal code's second part that its values placed (a
    Portuguese CP3, a Japanese 〒's last four digits) is no US ZIP+4 unless its header says so."""
    label = columns.LABELS[field]
    if field.endswith("postal_code_ext") and any(c in mapping.evidence for c in fed):
        return label.replace("ZIP+4", "postal code's second part")
    return label


def column_report(
    file: str,
    headers: tuple[str, ...],
    mapping: columns.Mapping_,
    tally: Tally,
    encoding: str,
    signers: int,
) -> ColumnReport:
    """Which column fed each field, and every column with data that no letter prints."""
    cells = [c.strip() or f"column {i + 1}" for i, c in enumerate(headers)]
    used: list[tuple[str, str]] = []
    for field in columns.REPORTED:
        col = mapping.found.get(field)
        if col is None:
            continue
        # A further column of the field prints where the first is empty: each is named with
        # the rows it filled ("Home Street (1 row), Street address line 1 (2 rows)").
        fed = [c for c in dict.fromkeys((col, *mapping.alternates.get(field, ()))) if tally.used[c]]
        if not fed:
            continue
        label = _label(field, fed, mapping)
        if len(fed) > 1:
            rows = (f"{cells[c]} ({count(tally.used[c], 'row')})" for c in fed)
            used.append((label, ", ".join(rows)))
            continue
        col = fed[0]
        shown = cells[col]
        if field == "address" and tally.mailchimp:
            shown += f" (parts two spaces apart: {_MAILCHIMP_PARTS})"
        elif field == "address":
            shown += " (lines as written)"
        if col in mapping.evidence:
            shown += f" ({mapping.evidence[col]})"
        used.append((label, shown))
    ignored: dict[str, list[str]] = {}
    for col, header in enumerate(cells):
        unused = tally.filled[col] - tally.used[col]
        if unused <= 0:
            continue
        if col in mapping.not_postal:
            why = mapping.not_postal[col]
        elif col in mapping.unplaced:
            why = _unplaced(header, mapping.unplaced[col])
        elif col in tally.unused_why:
            why = tally.unused_why[col]
        elif col in mapping.found.values():
            why = "not printed"
        elif (first := _first_of(mapping, col)) is not None:
            why = f"used only in rows where '{cells[first]}' is empty"
        elif col < len(mapping.readings) and mapping.readings[col].qualifier == "not_theirs":
            why = names.NOT_THEIRS_ANY  # "Spouse", "Emergency Contact", "Referred By"
        elif col < len(mapping.readings) and mapping.readings[col].role == "organisation":
            why = _EMPLOYER  # a CRM's "Company" beside the person's home address
        else:
            why = "not a name or address column packbuilder knows"
        values = count(unused, "value")
        lines = tally.unused_lines.get(col, [])
        if lines:
            shown = ", ".join(str(n) for n in lines[:5]) + (", ..." if len(lines) > 5 else "")
            values += f", line{'s' if len(lines) > 1 else ''} {shown}"
        ignored.setdefault(why, []).append(f"{header} ({values})")
    empty = tuple(h for col, h in enumerate(cells) if not tally.filled[col])
    said = mapping.said + tuple(f"{what} ({_lines(lines)})" for what, lines in tally.said.items())
    return ColumnReport(
        file=file,
        platform=mapping.platform,
        encoding=encoding,
        used=tuple(used),
        ignored=tuple(f"{', '.join(h)}: {why}" for why, h in ignored.items()),
        empty=empty,
        signers=signers,
        said=said,
    )


#: Why a firm's column beside an address that is not the firm's prints nothing (firms.py).
_EMPLOYER = (
    "a firm or employer beside the person's own address, no part of it (printed above the "
    "street only where the address is the firm's: a work or billing address, or beside a "
    "firm's contact person)"
)


def _lines(lines: list[int]) -> str:
    shown = ", ".join(str(n) for n in lines[:5]) + (", ..." if len(lines) > 5 else "")
    return f"line{'s' if len(lines) > 1 else ''} {shown}"


def _unplaced(header: str, how: columns.Unplaced) -> str:
    """Why a column no rule placed is listed: what its values look like, and the lines that
    print it or leave it out."""
    also = f" and '{how.also}'" if how.also else ""
    return (
        f"its values look like {how.why}, and no rule places it; to print it, add to "
        f"campaign.yaml, under signer_columns: '{how.field}: {header}'{also}, or 'ignore: "
        f"[{header}]' to leave it out"
    )


def _first_of(mapping: columns.Mapping_, col: int) -> int | None:
    """The column a further column of the same field stands in for, or None."""
    return next(
        (mapping.found.get(f) for f, more in mapping.alternates.items() if col in more), None
    )

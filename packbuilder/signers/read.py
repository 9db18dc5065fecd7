"""Read an organiser's signer list (a CSV export) into Signers for mail merge.

`read_signers` is the one entry: bytes to text (encodings), text to rows (table), the header to
fields (columns), rows to Signers (rows, with postal for each return address); what comes back
is a SignerList with every problem located in the file and the column report.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from itertools import chain, islice
from pathlib import Path

from packbuilder.errors import misspelt
from packbuilder.language import cldr
from packbuilder.signers import (
    by_values,
    columns,
    encodings,
    header_rows,
    letter_language,
    repeats,
    several,
    table,
    words,
)
from packbuilder.signers.cells import is_placeholder
from packbuilder.signers.encodings import ENCODING_MESSAGE, MAX_FILE_BYTES
from packbuilder.signers.report import ColumnReport, Reading, Report, SignerList, column_report
from packbuilder.signers.rows import NO_NAME_ROW, RowReader
from packbuilder.signers.table import DELIMITERS, Row

__all__ = [
    "ENCODING_MESSAGE",
    "MAX_FILE_BYTES",
    "NO_NAME_MESSAGE",
    "NO_NAME_ROW",
    "ColumnReport",
    "Reading",
    "SignerList",
    "is_placeholder",
    "read_signers",
]

FIELDS = columns.FIELDS

NO_NAME_MESSAGE = (
    "no name column (looked for Name, First name/Last name, Full name, Surname and similar); "
    "map one with signer_columns in campaign.yaml"
)


def read_signers(
    path: Path,
    columns: Mapping[str, str] | None = None,
    reading: Reading | None = None,
    ignore: Sequence[str] = (),
) -> SignerList:
    """Read every signer in the CSV at `path`; `columns` maps our field names to odd headers,
    and `ignore` names columns left out on purpose (signer_columns in campaign.yaml)."""
    how = reading or Reading()
    report = Report(str(path), [], [])
    decoded = encodings.read_text(path, report, how)
    if decoded is None:
        return report.result(())
    text, encoding, chosen = decoded
    delimiter = table.sniff_delimiter(text)
    rows = table.rows(text, delimiter)
    countries = (how.country.upper(),) if how.country else ()
    found_header = table.find_header(rows, report, delimiter, countries)
    if found_header is None:
        return report.result(())
    header, rows = found_header.row, found_header.rest
    # The first rows are looked at before any is read: their values settle what the header
    # leaves open (by_values), and the reader then goes on from them without reading twice.
    ahead: Sequence[Row] = tuple(islice(rows, by_values.SAMPLE_ROWS + 2))
    header, ahead, said = header_rows.merge(header, ahead)
    header, groups = header_rows.grouped(header, found_header.above)
    header, dashed = header_rows.continued(header)  # MYOB's "Addr 1 - Line 1", "- City"
    said += groups + dashed
    # A report's page header again between the signers (its title, its header row).
    rows = repeats.dropped(chain(ahead, rows), found_header.row, found_header.skipped, report)
    # The signer's name written twice, once in the letter's language: that spelling signs.
    picked = dict(columns or {})
    by_language = letter_language.signing_column(header.cells, picked, ignore, how.language)
    if by_language is not None:
        picked["name"] = by_language
    mapping = _match_columns(header, picked, ignore, report, (ahead, how))
    if mapping is not None and by_language is not None:
        mapping = letter_language.other_spelling_stands_in(mapping)
    if mapping is None:
        return report.result(())
    reader = RowReader(header, mapping, report, delimiter, how)
    signers = reader.read(rows)
    shown = encodings.NAMES.get(encoding, encoding)
    sep = "" if delimiter == "," else f", {DELIMITERS[delimiter]}-separated"
    found = column_report(
        report.shown, header.cells, mapping, reader.tally, f"{shown}{sep}", len(signers)
    )
    if by_language is not None:  # said, with the language it was chosen by
        shown_as = letter_language.BY_LANGUAGE.format(by_language, cldr.display_name(how.language))
        found = dataclasses.replace(found, said=(*found.said, shown_as))
    found = dataclasses.replace(
        found,
        skipped=found_header.skipped,
        header_line=header.line,
        said=(chosen,) * bool(chosen) + said + found.said,
    )
    return report.result(signers, found)


def _match_columns(
    header: Row,
    columns_map: Mapping[str, str],
    ignore: Sequence[str],
    report: Report,
    ahead: tuple[Sequence[Row], Reading],
) -> columns.Mapping_ | None:
    """Which column holds each field, by its header and then by its first values (`ahead`:
    the first rows, and how the list is read); None when there is no way to name a signer."""
    mapping = columns.map_columns(header.cells, columns_map, ignore)
    if empty := _empty_names(header, mapping, ahead[0], columns_map):
        # Qualtrics' "Recipient First Name" (a distribution's, empty for an anonymous link)
        # beside the survey's filled "Your details - First name": the filled ones are the
        # signer's, as where the list has no other name columns.
        mapping = columns.map_columns(header.cells, columns_map, [*ignore, *empty])
    mapping = by_values.settle(mapping, header, *ahead, report)
    # Rival sets are weighed by what the post of each one's country requires (the campaign's
    # where a set gives none).
    home = dataclasses.replace(mapping.rivals, country=ahead[1].country)
    mapping = dataclasses.replace(mapping, rivals=home)
    for index, message in mapping.errors:
        report.error(header.line, index + 1, "(header)", message)
    further = several.further(header, mapping)  # "Name 2": a person of their own
    notes = [(i, m) for i, m in mapping.notes if i not in further]
    for index, message in (*notes, *mapping.rivals.notes):
        report.warn(header.line, index + 1, "(header)", message)
    names = {"name", "first_name", "last_name"}
    if not names & mapping.found.keys():
        chosen = any(m.startswith(by_values.NAME_CHOICE) for _, m in mapping.errors)
        if not names & columns_map.keys() and not chosen:
            _report_no_name(header, report, mapping, ahead[0])
        return None
    return mapping


def _empty_names(
    header: Row, mapping: columns.Mapping_, rows: Sequence[Row], chosen: Mapping[str, str]
) -> list[str]:
    """The headers of the name columns found, when every one is empty in the first rows and a
    name column set aside as somebody else's is filled there; [] otherwise."""
    names = [i for f, i in mapping.found.items() if f in ("name", "first_name", "last_name")]
    if not names or chosen.keys() & {"name", "first_name", "last_name"}:
        return []

    def filled(col: int) -> bool:
        return any(col < len(r.cells) and r.cells[col].strip() for r in rows)

    aside = [i for i in mapping.not_postal if mapping.readings[i].role in words.NAME_PARTS]
    if any(filled(i) for i in names) or not any(filled(i) for i in aside):
        return []
    return [header.cells[i] for i in names]


def _report_no_name(
    header: Row, report: Report, mapping: columns.Mapping_, rows: Sequence[Row]
) -> None:
    not_used = mapping.not_postal
    examples = words.load().examples
    fields = ("name", "first_name", "last_name")
    choices = [text for field in fields for text in examples[field]]
    first = [text for field in fields for text in examples[field][:6]]
    for index, cell in enumerate(header.cells):
        if index in not_used:  # a name column left out on purpose: say why, not "did you mean"
            message = (
                f"{NO_NAME_MESSAGE}; column {index + 1} '{cell.strip()}' is not the signer's "
                f"name: it is {not_used[index]}"
            )
            if words.read_header(cell).role in ("name", "first_name", "last_name"):
                report.error(header.line, index + 1, "(header)", message)
                return
            continue
        if words.read_header(cell).role is not None:
            continue  # a header read as something else ("Email") is not a misspelt name
        # English first: the data file lists each role's English words before the others, and
        # "Nmae" is closer to "Name" than to Romanian "Nume" only by that order.
        hint = next(
            (h for part in (first, choices) if (h := misspelt(cell.strip(), part))),
            "",
        )
        if hint:
            message = f"{NO_NAME_MESSAGE}; column {index + 1} is '{cell.strip()}'{hint}"
            report.error(header.line, index + 1, "(header)", message)
            return
    placed = {*mapping.found.values(), *not_used}
    for index, cell in enumerate(header.cells):
        given = [r.cells[index].strip() for r in rows if index < len(r.cells)]
        filled = [g for g in given if g]
        if index in placed or not any(map(_wordy, filled)) or not all(map(_lettered, filled)):
            continue
        # A header in a language not listed (Khmer ឈ្មោះ) over names in any script: the line
        # to copy, so the first answer is not a second question.
        sample = next(g for g in filled if _wordy(g))
        message = f"{NO_NAME_MESSAGE}; column {index + 1} '{cell.strip()}' holds words such as "
        message += f"'{sample}': if it is the signer's name, 'name: {cell.strip()}'"
        report.error(header.line, index + 1, "(header)", message)
        return
    report.error(header.line, 1, "(header)", NO_NAME_MESSAGE)


def _lettered(text: str) -> bool:
    """Letters and no digit, e-mail or web address: may be a name of one word or more."""
    return any(ch.isalpha() for ch in text) and not any(ch.isdigit() or ch in "@/:" for ch in text)


def _wordy(text: str) -> bool:
    """Two words or more of letters and no digit, e-mail or web address: may be a name."""
    parts = text.split()
    return len(parts) >= 2 and not any(ch.isdigit() or ch in "@/:" for ch in text)

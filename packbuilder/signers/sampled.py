"""The first rows of a signer list, column by column: the values that settle what the header
leaves open (by_values), read before any signer is."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate

from packbuilder.signers import columns, footers, unplaced, values, words
from packbuilder.signers.cells import clean, is_placeholder
from packbuilder.signers.countries import country_code
from packbuilder.signers.report import Reading
from packbuilder.signers.table import LINE_BREAK, Row


def samples(header: Row, rows: Sequence[Row]) -> dict[int, list[tuple[int, str]]]:
    """Each column's non-empty values in `rows` (placeholders left out), with the line each
    starts on: what the first rows hold, for the values to settle what the header leaves open.
    A report's total line ("Yhteensä 2") is no signer's: its label would make a column of
    names look like something else."""
    width = len(header.cells)
    out: dict[int, list[tuple[int, str]]] = {col: [] for col in range(width)}
    for row in rows:
        if row.error is not None or footers.count_line(row.cells):
            continue
        starts = list(accumulate((len(LINE_BREAK.findall(c)) for c in row.cells), initial=row.line))
        for col, cell in enumerate(row.cells[:width]):
            text = clean(cell)
            if text and not is_placeholder(text):
                out[col].append((starts[col], text))
    return out


def countries(
    mapping: columns.Mapping_,
    raw: dict[int, list[tuple[int, str]]],
    how: Reading,
    share: float,
) -> tuple[str, ...]:
    """The countries whose postal codes and regions the values are judged by: the campaign's
    and those the list's country columns name."""
    found = [how.country] if how.country else []
    # A further country column too: "Stát" after a Czech "Kraj" (the region) read first.
    further = [c for f, more in mapping.alternates.items() if f.endswith("country") for c in more]
    for col in [c for f, c in mapping.found.items() if f.endswith("country")] + further:
        found += [code for _, text in raw[col][:50] if (code := country_code(text))]
    # A column the header leaves open whose values are countries spelled out ("中国",
    # "Suomi") says so too: its postcodes and regions are judged by that country's.
    for col, found_values in raw.items():
        reading = mapping.readings[col] if col < len(mapping.readings) else None
        if col in mapping.found.values() or (reading is not None and reading.role is not None):
            continue
        texts = [text for _, text in found_values[:50]]
        codes = [code for text in texts if (code := country_code(text))]
        if texts and len(codes) >= share * len(texts) and unplaced.spelled_out(texts):
            found += codes
    return tuple(dict.fromkeys(c.upper() for c in found))


def names_a_country(sample: values.Sample, reading: words.HeaderReading | None = None) -> bool:
    """True when the values spell a country out or give more than one code: a column of
    nothing but "NO" is a yes/no answer, not a list of Norwegians; under a header that names
    the country among what it may be (Magento's "_address_country_id"), one code will do."""
    if reading is not None and "country" in reading.roles:
        return True
    texts = [
        text for (_, text), f in zip(sample.values, sample.looks, strict=True) if "country" in f
    ]
    return unplaced.spelled_out(texts)

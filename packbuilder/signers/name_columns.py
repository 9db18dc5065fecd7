"""The signer's name in a list with no name column: the one open column of people's names
("Participant", "Field 1", "签名人" over "Ann Lee", "张伟") is the full name; so is the first of
several that name the same person in each row read (Wix Stores' "Billing Customer" and
"Delivery Customer" of one buyer who ships to themself), the others listed, and every row of
the file is checked for it (Same), not only the rows read first. Columns naming different
people are a question only the organiser can answer: an error, with the line settling it."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from typing import Protocol

from packbuilder.language import scripts
from packbuilder.signers import columns, values, whose
from packbuilder.signers.cells import clean, is_placeholder
from packbuilder.signers.report import Report
from packbuilder.signers.table import Row

#: Fields that name the signer.
NAME_FIELDS = frozenset({"name", "first_name", "last_name"})
#: How the error starts when two columns hold people's names and none is headed as the name.
NAME_CHOICE = "no name column"
#: Share of a column's values that must be people's names (half where all are words).
#: How the reason starts for a column that names the same person as the one that signs.
SAME = "the same person as"
#: Share of a column's values that must be people's names.
_SHARE = 0.8
#: Values from which a column of names must be mostly different ones (a town repeats).
_DISTINCT_FROM = 5


class Settling(Protocol):
    """What by_values settles: columns placed, those not used, why, and errors."""

    found: dict[str, int]
    not_postal: dict[int, str]
    mapping: columns.Mapping_
    evidence: dict[int, str]
    errors: list[tuple[int, str]]


def place(
    settling: Settling,
    open_: Sequence[tuple[int, values.Sample]],
    header: Callable[[int], str],
    inside_the_address: Callable[[int], bool],
) -> None:
    """Places the full name among the `open_` columns (no header placed them) by their values,
    or gives the error asking which; `header` shows a column's header."""
    if NAME_FIELDS & (settling.found.keys() | settling.mapping.mapped):
        return
    found = []
    for col, sample in open_:
        people = sample.count("person")
        texts = [text for _, text in sample.values]
        # Mostly people's names; or half of them, where every other value is words too (no
        # digit, e-mail or web address): "bell hooks", "Cher" beside "Leah Brooks".
        lettered = sample.count("words") == len(texts) and people * 2 >= len(texts)
        if (people < _SHARE * len(texts) and not lettered) or inside_the_address(col):
            continue
        # A town repeats down a list of neighbours; people's names do not.
        if len(texts) >= _DISTINCT_FROM and len(set(texts)) < _SHARE * len(texts):
            continue
        line, text = sample.first("person")
        found.append((col, f"{people} of {len(texts)}, line {line}: '{text}'"))
    if not found:
        # Names in a script with no capital letters (Tamil, Arabic, Amharic, Thai: "முருகன்
        # செல்வம்") show no person's look: a column of such names, none repeated, is the name.
        found = [
            (col, evidence)
            for col, sample in open_
            if not inside_the_address(col) and (evidence := _caseless_names(sample))
        ]
    samples = dict(open_)
    if len(found) == 1 or (found and _same_people([samples[col] for col, _ in found])):
        col, evidence = found[0]
        settling.found["name"] = col
        settling.evidence[col] = f"by its values: {values.PLURAL['person']} ({evidence})"
        for other, _ in found[1:]:
            settling.not_postal[other] = f"{SAME} '{header(col)}' in each row read ({evidence})"
        return
    if not found:
        return
    rivals = settling.mapping.rivals
    gifts = {c for n in rivals.delivered for c in rivals.whose.get(n, ())}
    buyers = [(col, evidence) for col, evidence in found if col not in gifts]
    if len(buyers) == 1 and len(found) > 1:
        # Only where the recipient has an address set of their own: beside one address, a
        # buyer and a recipient leave open whose it is.
        # A buyer and a recipient (Wix Stores' "Billing Customer" and "Delivery Customer" of a
        # gift): the buyer signs; each row where the recipient differs says so (sets.py).
        col, evidence = buyers[0]
        settling.found["name"] = col
        settling.evidence[col] = f"by its values: {values.PLURAL['person']} ({evidence})"
        for other, _ in found:
            if other != col:
                settling.not_postal[other] = (
                    "the name of who receives what was bought, where it is not the buyer's "
                    f"('{header(col)}', who signs)"
                )
        return
    shown = " and ".join(f"'{header(col)}' ({evidence})" for col, evidence in found)
    lines = " or ".join(f"'name: {header(col)}'" for col, _ in found)
    settling.errors.append(
        (
            found[0][0],
            f"{NAME_CHOICE}, and columns {shown} all hold what look like people's names; "
            f"say which is the signer's in campaign.yaml, under signer_columns: {lines}",
        )
    )


def _caseless_names(sample: values.Sample) -> str:
    """The evidence that a column holds people's names written in a script without capital
    letters (not Latin, Greek, Cyrillic or Armenian, whose names start with one; not Chinese,
    Japanese or Korean, whose names people.is_person knows): every value one to four words of
    such letters alone, half of them two words or more, no place, region or country, and few
    repeated; else ""."""
    texts = [text for _, text in sample.values]
    if not texts or any(f & {"place", "region", "country"} for f in sample.looks):
        return ""
    if not all(1 <= len(text.split()) <= 4 and _caseless(text) for text in texts):
        return ""
    if 2 * sum(len(text.split()) >= 2 for text in texts) < len(texts):
        return ""
    if len(texts) >= _DISTINCT_FROM and len(set(texts)) < _SHARE * len(texts):
        return ""
    line, text = next((line, text) for line, text in sample.values if len(text.split()) >= 2)
    return f"{len(texts)} of {len(texts)}, in a script without capitals, line {line}: '{text}'"


#: Scripts whose names start with a capital letter (people.is_person reads them).
_CAPITALISED = frozenset({"latin", "greek", "cyrillic", "armenian"})


def _caseless(text: str) -> bool:
    """Letters (with their marks) of scripts that write names without a capital (Georgian's
    Mkhedruli has small letters only), other than Han, kana and Hangul."""
    letters = [ch for ch in text if not ch.isspace() and ch not in ".-'’"]
    return (
        bool(letters)
        and all(
            (ch.isalpha() and scripts.alphabet(ch) not in _CAPITALISED)
            or unicodedata.category(ch).startswith("M")
            for ch in letters
        )
        and scripts.main_script(text.replace(" ", "")) not in ("han", "kana", "hangul")
    )


def _same_people(samples: Sequence[values.Sample]) -> bool:
    """Whether the columns name the same person on each line read (an empty cell aside)."""
    lines: dict[int, list[str]] = {}
    for sample in samples:
        for line, text in sample.values:
            lines.setdefault(line, []).append(text)
    both = [texts for texts in lines.values() if len(texts) > 1]
    return bool(both) and all(
        whose.same_person(texts[0], text) for texts in both for text in texts[1:]
    )


class Same:
    """Every row's check of the columns found to name the same person as the name column in
    the rows read first (a sample): a row where one names somebody else is an error, never a
    name left off with exit 0."""

    def __init__(self, mapping: columns.Mapping_, header: Sequence[str]) -> None:
        self.col = mapping.found.get("name")
        self.cols = tuple(
            c for c, why in mapping.not_postal.items() if why.startswith(SAME) and self.col
        )
        self.header = header

    def check(self, row: Row, report: Report) -> None:
        """A located error for each column of the row naming somebody other than the signer."""
        if not self.cols or self.col is None or self.col >= len(row.cells):
            return
        name = clean(row.cells[self.col])
        if not name or is_placeholder(name):
            return
        for col in self.cols:
            other = clean(row.cells[col]) if col < len(row.cells) else ""
            if not other or is_placeholder(other) or whose.same_person(name, other):
                continue
            mine, theirs = self.header[self.col].strip(), self.header[col].strip()
            report.error(
                row.line,
                col + 1,
                f"row {row.line} ({name})",
                f"'{other}' in column '{theirs}' is not '{name}' of column '{mine}', though "
                "the rows read first named one person in both; say which signs in "
                f"campaign.yaml, under signer_columns: 'name: {mine}' and 'ignore: [{theirs}]', "
                f"or 'name: {theirs}'",
            )

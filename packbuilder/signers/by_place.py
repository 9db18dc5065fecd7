"""Columns placed by their values and their place where no header word names them (a
language nobody listed): a given name of one word right before the family name column, or a
family name right after the given name; in a list with no address column, one run of a
numbered street, a postcode of the campaign's country and a town; a town right beside the
postcode. Each only when nothing else could be meant, said in the column report; otherwise
the column stays unplaced and its located refusal stands (unplaced.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from packbuilder.signers import columns, names, unplaced, values
from packbuilder.signers.columns import Unplaced

#: Words in a town's name at most ("Stratford upon Avon", "Castel San Pietro Terme").
_TOWN_WORDS = 4


def settle(
    header: Sequence[str],
    found: dict[str, int],
    evidence: dict[int, str],
    left_out: dict[int, Unplaced],
    sample: Callable[[int], values.Sample],
    taken: set[int],
) -> None:
    """Move the columns of `left_out` that their values and place settle into `found`,
    with the reason in `evidence`. A column of data right beside one placed so that no rule
    placed or set aside (`taken`) is then asked about, never left off unsaid."""
    before = dict(evidence)
    _whole_in_the_street(found, evidence, sample)
    _name_part(header, found, evidence, left_out, sample)
    if not _address(found, evidence, left_out, sample):
        _postcode_beside_address(header, found, evidence, left_out, sample)
        _town_by_postcode(header, found, evidence, left_out, sample)
    placed = set(evidence) - set(before)
    used = set(found.values()) | taken | set(left_out)
    for col in sorted(placed):
        for other in (col - 1, col + 1):
            got = sample(other) if 0 <= other < len(header) else None
            if got is None or other in used or not got.values:
                continue
            field = "city" if "city" not in found else "street2"
            why = f"text ({_shown(got)}) beside '{header[col].strip()}'"
            left_out[other] = Unplaced(field, why, "printed")
            used.add(other)


def _place(col: int, field: str, why: str, found: dict[str, int], evidence: dict[int, str]) -> None:
    found[field] = col
    evidence[col] = f"by its values and place: {why}"


#: Parts that place a street: beside one of them a street column is a street, not a whole.
_PLACES = ("city", "postal_code", "locality_line", "region", "address")


def _whole_in_the_street(
    found: dict[str, int], evidence: dict[int, str], sample: Callable[[int], values.Sample]
) -> None:
    """A column its values placed as the street whose values go on after a comma, in a set
    with no town, region or postcode column (monday.com's "Location": "12 Oak St Apt 3,
    Springfield, IL 62704, USA"): the whole address in one cell, read as such, never printed
    as a street line holding the town."""
    for field, col in list(found.items()):
        prefix = field.removesuffix("street")
        if prefix == field or col not in evidence or any(prefix + p in found for p in _PLACES):
            continue
        if any("," in text or "\n" in text for _, text in sample(col).values):
            found[prefix + "address"] = found.pop(field)
            evidence[col] = evidence[col].replace(
                "streets with a house number",
                "whole addresses (a street with a house number, then more after a comma)",
                1,
            )


def _name_part(
    header: Sequence[str],
    found: dict[str, int],
    evidence: dict[int, str],
    left_out: dict[int, Unplaced],
    sample: Callable[[int], values.Sample],
) -> None:
    """One column of one-word names right before the family name (Ism | Familiya) or right
    after the given name (మొదటి పేరు | ఇంటి పేరు), when the list has only that name part."""
    parts = {f for f in ("name", "first_name", "last_name") if f in found}
    named = [c for c, how in left_out.items() if how.when == "name"]
    if len(parts) != 1 or len(named) != 1:
        return
    col = named[0]
    (known,) = parts
    beside = found[known]
    one_word = all(len(t.split()) == 1 for _, t in sample(beside).values)
    if known == "name" and col == beside + 1 and one_word:
        # A "full name" of one word beside a column of one word (নাম | পদবি, Nome | Apelido):
        # the given name and the family name; French Nom and Romanian Nume are the family name.
        family = names.family_word(header[beside])
        found["last_name" if family else "first_name"] = found.pop("name")
        field, where = ("first_name" if family else "last_name"), "after"
    elif known == "last_name" and col == beside - 1:
        field, where = "first_name", "before"
    elif known == "first_name" and col == beside + 1:
        field, where = "last_name", "after"
    else:
        return
    why = f"{left_out.pop(col).why.split(' beside ')[0]} {where} '{header[beside].strip()}'"
    _place(col, field, why, found, evidence)


def _address(
    found: dict[str, int],
    evidence: dict[int, str],
    left_out: dict[int, Unplaced],
    sample: Callable[[int], values.Sample],
) -> bool:
    """A list with no address column: its one run of columns of a numbered street, a postal
    code of the campaign's country (every value) and at most one column of place names (the
    town). True when placed."""
    if any(unplaced.field_part(f) in (*columns.ADDRESS_FIELDS, "address") for f in found):
        return False
    run = sorted(c for c, how in left_out.items() if "in a list with no address" in how.why)
    if len(run) < 2 or run[-1] - run[0] != len(run) - 1:
        return False
    kinds = {c: left_out[c].field for c in run}
    streets = [c for c in run if kinds[c] == "street"]
    codes = [c for c in run if kinds[c] == "postal_code"]
    towns = [c for c in run if c not in streets and c not in codes]
    if len(streets) != 1 or len(codes) != 1 or len(towns) > 1:
        return False
    code = sample(codes[0])
    if not code.looks or code.count("postcode") < len(code.looks):
        return False  # a number of another kind (a member number): not a postcode for sure
    if towns and not _towns(sample(towns[0])):
        return False
    for col, field in (
        (streets[0], "street"),
        (codes[0], "postal_code"),
        *((t, "city") for t in towns),
    ):
        _place(
            col,
            field,
            left_out.pop(col).why.replace(" in a list with no address", ""),
            found,
            evidence,
        )
    return True


def _postcode_beside_address(
    header: Sequence[str],
    found: dict[str, int],
    evidence: dict[int, str],
    left_out: dict[int, Unplaced],
    sample: Callable[[int], values.Sample],
) -> None:
    """A column whose every value is a postal code of the campaign's country, right beside
    an address column, in a list with no postal code column (Adres | Poskode, చిరునామా | పిన్
    కోడ్): the postal code."""
    if "postal_code" in found:
        return
    own = {c for f, c in found.items() if f in (*columns.ADDRESS_FIELDS, "address")}
    whole = dict(sample(found["address"]).values) if "address" in found else {}
    for col, how in sorted(left_out.items()):
        got = sample(col)
        if how.field != "postal_code" or not {col - 1, col + 1} & own or not got.looks:
            continue
        # A whole address that already holds the code: the column is the same code again.
        again = any(code in whole.get(line, "") for line, code in got.values)
        # Digits alone are as often a member number: such a column is the postcode only
        # with the town on its other side (Poskode | Dorp), as every format writes them.
        digits = all(t.replace(" ", "").replace("-", "").isdigit() for _, t in got.values)
        other = col + 1 if col - 1 in own else col - 1
        town = other == found.get("city") or (
            other in left_out and left_out[other].when != "name" and _towns(sample(other))
        )
        if got.count("postcode") == len(got.looks) and not again and (town or not digits):
            left_out.pop(col)
            _place(
                col,
                "postal_code",
                f"postal codes ({_shown(got)}) beside the address",
                found,
                evidence,
            )
            return


def _town_by_postcode(
    header: Sequence[str],
    found: dict[str, int],
    evidence: dict[int, str],
    left_out: dict[int, Unplaced],
    sample: Callable[[int], values.Sample],
) -> None:
    """A column of place names right beside the postcode, in a list with no town (Póstnúmer
    | Staður, Poçt indeksi | Şəhər): the town, as every format that writes both puts them."""
    if any(unplaced.field_part(f) in ("city", "locality_line") for f in found):
        return
    code = found.get("postal_code")
    if code is None:
        return
    for col in (code + 1, code - 1):
        how = left_out.get(col)
        if how is None or how.field not in ("city", "district", "street", "region"):
            continue
        if how.when == "name" or not _towns(sample(col)):
            continue
        left_out.pop(col)
        why = f"place names ({_shown(sample(col))}) beside '{header[code].strip()}'"
        _place(col, "city", why, found, evidence)
        return


def _towns(got: values.Sample) -> bool:
    """Every value reads as a town's name: no digit, a capital first, a few words, and the
    column's values are mostly words or place names (a remark, "mit Ehefrau", starts low)."""
    texts = [t for _, t in got.values]
    if not texts or got.count("person") or not all(f & {"words", "place"} for f in got.looks):
        return False
    return all(
        t[:1].isupper() and len(t.split()) <= _TOWN_WORDS and not any(ch.isdigit() for ch in t)
        for t in texts
    ) or all(f & {"place"} for f in got.looks)


def _shown(got: values.Sample) -> str:
    line, text = got.first()
    return f"{len(got.values)} of {len(got.values)}, line {line}: '{text}'"

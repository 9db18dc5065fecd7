"""US street lines as USPS Publication 28 wants them: the secondary unit after the street on
the delivery line, other lines above it, the "City, ST ZIP" line of a multi-line cell below."""

from __future__ import annotations

import re

#: A secondary address unit as USPS Publication 28 (appendix C2) writes it: a designator with
#: its number ("Apt 4B", "Suite 200", "# 5"), or one of the designators that take no number.
_US_UNIT = re.compile(
    r"(?:(?:apt|apartment|bldg|building|dept|department|fl|floor|hngr|hangar|key|lot|pier|rm"
    r"|room|slip|spc|space|ste|suite|stop|trlr|trailer|unit)\.?\s*#?\s*[0-9a-z][0-9a-z-]*"
    r"|#\s*[0-9a-z][0-9a-z-]*"
    r"|bsmt|basement|frnt|front|lbby|lobby|lowr|lower|ofc|office|ph|penthouse|rear|side"
    r"|uppr|upper)",
    re.IGNORECASE,
)


def street_lines(street: tuple[str, ...]) -> tuple[str, ...]:
    """US street lines as USPS Publication 28 (section 2) wants them: the secondary unit on the
    delivery address line after the street ("1 Elm St Apt 4B"), any other line (a building
    name, "c/o ...") above the delivery line, and a "City, ST ZIP" line of a multi-line cell
    below them all, wherever the cell wrote it (a ZIP code on a line of its own joins it)."""
    street = _zip_joined(street)
    if len(street) < 2:
        return street
    # A line ending in a ZIP code ("Springfield, IL 62704") is the city line: the last.
    below = [line for line in street if ZIP_AT_END.search(line)][-1:]
    rest = [line for line in street if line not in below]
    secondary = [line for line in rest if _US_UNIT.fullmatch(line.strip())]
    if not secondary and street[-1:] == tuple(below):  # lines as written are not reordered
        return street
    others = [line for line in rest if line not in secondary]
    if not others:
        return (*secondary, *below)
    # The delivery line starts with a house number or a box, else has a number ("Calle 5 B-12"
    # below "Urb. Santa Rosa", Publication 28's Puerto Rico urbanization), else is the last.
    numbered = [x for x in others if _A_DIGIT.search(x)]
    delivery = next((x for x in others if _DELIVERY.match(x)), (numbered or others)[-1])
    above = [line for line in others if line != delivery]
    return (*above, " ".join((delivery, *secondary)), *below)


_A_DIGIT = re.compile(r"\d")


def _zip_joined(street: tuple[str, ...]) -> tuple[str, ...]:
    """A ZIP code on a line of its own after "City, ST" joined to it (a form builder's address
    block, one sub-field a line)."""
    out: list[str] = []
    for line in street:
        if ZIP_ONLY.fullmatch(line.strip()) and out and _STATE_AT_END.search(out[-1]):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return tuple(out)


ZIP_ONLY = re.compile(r"\d{5}(?:-\d{4})?")
_STATE_AT_END = re.compile(r",\s*[A-Z]{2}\s*$")
ZIP_AT_END = re.compile(r"\b\d{5}(?:-\d{4})?$")
_DELIVERY = re.compile(r"\s*(?:\d|p\.?\s*o\.?\s*box\b)", re.IGNORECASE)

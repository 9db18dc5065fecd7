"""Where a firm's line goes among the address lines: where the country's format puts the
organisation (Google's %O), in the format of the address's script. Most formats put it above
the street; Japan's, Korea's, China's, Taiwan's, Hong Kong's and Kazakhstan's local formats
put it below the street ("〒100-0001 / 東京都千代田区千代田1-1 / 株式会社山田商事"; Korea's
"서울특별시 종로구 세종대로 175 / (주)한빛 / 03154"), and in Latin letters above it again."""

from __future__ import annotations

from packbuilder.signers import addresses
from packbuilder.signers.countries import country_code, rules

#: What each slot of a format holds, by the part's attribute on AddressParts.
_SLOTS = {"C": "city", "S": "region", "Z": "postal_code", "D": "district"}


def placed(
    firm: tuple[str, ...],
    lines: tuple[str, ...],
    parts: addresses.AddressParts | None,
    campaign_country: str | None,
) -> tuple[str, ...]:
    """The address `lines` (format_address's for `parts`) with the `firm`'s lines where the
    country's format puts the organisation: above the street unless the format puts it
    below; then before the lines the format writes after it (Korea's postcode) and before
    the country line."""
    if not firm or not lines or parts is None:
        return (*firm, *lines)
    code = country_code(parts.country) if parts.country else campaign_country
    if code is None:
        return (*firm, *lines)
    found = rules(code)
    texts = (*parts.street, parts.city, parts.region)
    latin = "lfmt" in found and all(addresses.is_latin(t) for t in texts if t)
    template = found.get("lfmt" if latin else "fmt") or ""
    pieces = template.split("%n")
    street = next((i for i, p in enumerate(pieces) if "%A" in p), None)
    firm_at = next((i for i, p in enumerate(pieces) if "%O" in p), None)
    if street is None or firm_at is None or firm_at < street:
        return (*firm, *lines)
    # The lines the format writes after the organisation's, each where the file gives one
    # of its parts (Korea's %Z), and the country line of a letter crossing a border.
    after = sum(
        any(f"%{s}" in piece and getattr(parts, name) for s, name in _SLOTS.items())
        for piece in pieces[firm_at + 1 :]
    )
    after += bool(parts.country) and code != campaign_country
    at = max(len(lines) - after, 0)
    return (*lines[:at], *firm, *lines[at:])

"""A signer's name put together from the parts a list gives in separate columns, in the order
the name's owner writes it."""

from __future__ import annotations

from collections.abc import Mapping

from packbuilder.language import scripts


def join(parts: Mapping[str, str], family_first: bool = False) -> str:
    """The printed name from its parts (prefix, first_name, middle_name, last_name,
    last_name2, suffix); `family_first` when the list's headers are in a language that writes
    the family name first (Vietnamese Họ, Hungarian Vezetéknév)."""
    first = parts.get("first_name", "")
    # Two family names (Spanish "Apellido paterno" and "Apellido materno") print both.
    last = " ".join(p for p in (parts.get("last_name", ""), parts.get("last_name2", "")) if p)
    given = " ".join(p for p in (first, parts.get("middle_name", "")) if p)
    if first and last and scripts.family_name_first(first + last):
        # Korean, Chinese and Japanese names are written family name first, no space.
        core = last + given.replace(" ", "")
    elif family_first:
        middle = parts.get("middle_name", "")
        core = " ".join(p for p in (last, middle, first) if p)  # Nguyễn Văn An, Nagy Anna
    else:
        # A name in Latin letters keeps the order the signer wrote it in, whatever the
        # campaign's language: at a Korean-American church, "Mary Ann O'Connor" and a
        # romanised "Minjun Kim" both sign their names given name first.
        core = " ".join(p for p in (given, last) if p)
    if not core:
        return ""
    return " ".join(p for p in (parts.get("prefix", ""), core, parts.get("suffix", "")) if p)

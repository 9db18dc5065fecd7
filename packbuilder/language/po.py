"""A gettext catalog file (.po, .pot) read into entries by key, each with its line.

packbuilder keeps its own words in gettext catalogs (language/locale/): the format translators'
tools edit (Poedit, Weblate, Lokalize), that records beside each translation the English it
was made from. An entry's `msgctxt` is its key (the one labels.yaml uses), `msgid` the
English, `msgstr` the translation; a plural entry has `msgid_plural` and one `msgstr[i]` per
plural form of the language.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

#: The catalogs: packbuilder.pot (the English, every key) and one <language>.po per language.
LOCALE = Path(__file__).resolve().parent / "locale"
TEMPLATE = LOCALE / "packbuilder.pot"


def files() -> dict[str, Path]:
    """Every language packbuilder has words in, by code (BCP 47, as campaign.yaml writes it):
    'en' (the template) and each locale/<language>.po (zh_Hans.po is 'zh-Hans')."""
    found = {"en": TEMPLATE}
    found |= {p.stem.replace("_", "-"): p for p in sorted(LOCALE.glob("*.po"))}
    return found


@dataclass(frozen=True)
class Entry:
    """One entry of a catalog."""

    key: str
    #: The English: (msgid,) or, for a plural entry, (msgid, msgid_plural).
    english: tuple[str, ...]
    #: The translation: (msgstr,) or msgstr[0], msgstr[1], ...; empty strings when untranslated.
    text: tuple[str, ...]
    #: Marked `#, fuzzy`: a guess or an outdated translation that is not used until reviewed.
    fuzzy: bool
    line: int

    @property
    def plural(self) -> bool:
        return len(self.english) > 1


@dataclass(frozen=True)
class PoFile:
    """A catalog file as read: its header, its entries by key, and what could not be read."""

    path: Path
    #: The Language header (Babel's form: ko, zh_Hans), or None (the template has none).
    language: str | None
    #: nplurals and plural (gettext's C expression) from the Plural-Forms header, or None.
    plural_count: int | None
    plural_rule: str | None
    entries: dict[str, Entry]
    #: (line, key, message): an unreadable file, an entry with no key, a key written twice.
    problems: tuple[tuple[int, str, str], ...]


def read(path: Path) -> PoFile:
    """The catalog at `path`, with what could not be read as problems at their lines.

    The PO format (GNU gettext manual, "The Format of PO Files") read line by line: each
    keyword's quoted strings joined, C escapes undone, obsolete entries (#~) skipped. Babel
    reads the same files the same way (tests/test_catalogs.py compares them); this reader
    costs a build no Babel import.
    """
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError as exc:
        return PoFile(path, None, None, None, {}, ((1, "(file)", f"not UTF-8 ({exc.reason})"),))
    raw, problems = _read_entries(text.splitlines())
    headers: dict[str, str] = {}
    entries: dict[str, Entry] = {}
    for item in raw:
        parts = item.parts
        if "msgid" not in parts:
            problems.append((item.line, "(file)", "an entry without msgid"))
            continue
        if parts["msgid"] == "" and "msgctxt" not in parts:
            headers = _headers(parts.get("msgstr", ""))
            continue
        english: tuple[str, ...] = (parts["msgid"],)
        translated: tuple[str, ...] = (parts.get("msgstr", ""),)
        if "msgid_plural" in parts:
            english += (parts["msgid_plural"],)
            forms = sum(1 for k in parts if k.startswith("msgstr["))
            translated = tuple(parts.get(f"msgstr[{i}]", "") for i in range(forms))
        at = item.lines.get("msgid", item.line)
        key = parts.get("msgctxt")
        if key is None:
            problems.append((at, english[0][:40], "has no msgctxt: the key is how it is found"))
        elif key in entries:
            problems.append((at, key, f"written twice (first on line {entries[key].line})"))
        else:
            entries[key] = Entry(key, english, translated, item.fuzzy, at)
    count, rule = plural_forms(headers.get("Plural-Forms", ""))
    language = headers.get("Language") or None
    return PoFile(path, language, count, rule, entries, tuple(problems))


def _read_entries(lines: list[str]) -> tuple[list[_Raw], list[tuple[int, str, str]]]:
    """The file's entries as read, and the lines that are not PO."""
    raw: list[_Raw] = []
    problems: list[tuple[int, str, str]] = []
    current: _Raw | None = None
    keyword = ""
    for number, line in enumerate(lines, 1):
        text = line.strip()
        if not text or text.startswith("#~"):
            continue
        if text.startswith("#"):
            if current is not None and keyword:  # a comment after strings starts a new entry
                raw.append(current)
                current, keyword = None, ""
            if text.startswith("#,") and "fuzzy" in (f.strip() for f in text[2:].split(",")):
                current = current or _Raw(number)
                current.fuzzy = True
            continue
        found = _KEYWORD.match(text)
        if found:
            starts = found.group(1) in ("msgctxt", "msgid") and keyword.startswith("msgstr")
            if current is not None and starts:
                raw.append(current)
                current = None
            current = current or _Raw(number)
            keyword, value = found.group(1), _string(found.group(2))
        elif text.startswith('"') and current is not None and keyword:
            value = _string(text)
        else:
            problems.append((number, "(file)", f"not a line of a catalog: {text[:40]!r}"))
            continue
        if value is None:
            problems.append((number, keyword or "(file)", "a string not closed by '\"'"))
            continue
        current.parts[keyword] = current.parts.get(keyword, "") + value
        current.lines.setdefault(keyword, number)
    if current is not None:
        raw.append(current)
    return raw, problems


_KEYWORD = re.compile(r"^(msgctxt|msgid_plural|msgid|msgstr\[\d+\]|msgstr)\s+(.*)$")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b"}
_ESCAPES |= {"f": "\f", "v": "\v"}


@dataclass
class _Raw:
    """An entry as read: each keyword's joined strings, and the line each started on."""

    line: int
    fuzzy: bool = False
    parts: dict[str, str] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)


def _string(text: str) -> str | None:
    """A quoted PO string's value, or None when it is not one quoted string."""
    text = text.strip()
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        return None
    body, out, i = text[1:-1], [], 0
    while i < len(body):
        char = body[i]
        if char == "\\" and i + 1 < len(body):
            out.append(_ESCAPES.get(body[i + 1], body[i + 1]))
            i += 2
            continue
        if char == '"':
            return None
        out.append(char)
        i += 1
    return "".join(out)


def _headers(text: str) -> dict[str, str]:
    """The header entry's "Name: value" lines."""
    found = {}
    for line in text.splitlines():
        name, sep, value = line.partition(":")
        if sep:
            found[name.strip()] = value.strip()
    return found


@cache
def plural_function(expression: str) -> Callable[[int], int]:
    """A Plural-Forms expression ("(n != 1)") as the function from a number to the index of its
    form; ValueError if it is not one (the standard library's gettext evaluator)."""
    import gettext

    return gettext.c2py(expression)


def plural_forms(header: str) -> tuple[int | None, str | None]:
    """nplurals and the plural expression of a Plural-Forms header."""
    count = rule = None
    for part in header.split(";"):
        name, _, value = part.partition("=")
        if name.strip() == "nplurals" and value.strip().isdigit():
            count = int(value)
        elif name.strip() == "plural" and value.strip():
            rule = value.strip()
    return count, rule

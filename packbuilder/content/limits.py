"""What text the content may hold: how much (each value, each word, all of it together, so
that checking and laying it out stay a matter of seconds) and no character that prints nothing
but acts (control characters, direction overrides): located errors, before any layout."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from packbuilder.content.loader import Mark
from packbuilder.errors import Problem
from packbuilder.language.scripts import WITHOUT_SPACES

#: One text (a paragraph, a title, an address line). The longest in the default campaign is
#: under 1,000 characters; ReportLab breaks about 20,000 characters of prose into lines a second.
MAX_TEXT = 20_000
#: One word: a run of characters with no space to break a line at (Chinese and Japanese break
#: between any two characters, so they never make one). The longest web address in the
#: default sources is under 150.
MAX_WORD = 1_000
#: All the content's text together: the default campaign has about 60,000 characters.
MAX_CONTENT = 200_000

_BREAKS = WITHOUT_SPACES[1:-1]
#: A word longer than MAX_WORD, found from its first character only (linear in the text).
_LONG_WORD = re.compile(rf"(?<![^\s{_BREAKS}])[^\s{_BREAKS}]{{{MAX_WORD + 1}}}")


def size_problems(found: Iterable[tuple[Mark, str, str]]) -> list[Problem]:
    """A located error for each text, word or the content as a whole over its limit."""
    problems = []
    total = 0
    for mark, field, text in found:
        if len(text) > MAX_TEXT:
            message = (
                f"{len(text):,} characters in one text; at most {MAX_TEXT:,} print:"
                " split it into paragraphs or shorten it"
            )
            problems.append(Problem(mark.file, mark.line, mark.col, field, message))
        word = _LONG_WORD.search(text)
        if word is not None:
            at = mark.find(word[0][:40])
            message = (
                f"a word of more than {MAX_WORD:,} characters with no space to break a line"
                " at; add spaces, or shorten it"
            )
            problems.append(Problem(at.file, at.line, at.col, field, message))
        total += len(text)
        if total > MAX_CONTENT >= total - len(text):
            message = (
                f"the content passes {MAX_CONTENT:,} characters here, more than a pack"
                " prints (the default campaign has about 60,000): shorten it"
            )
            problems.append(Problem(mark.file, mark.line, mark.col, field, message))
    return problems


#: Control characters (YAML writes them as escapes: "\\e", "\\x1b", "\\0", "\\a") and the
#: direction embeddings, overrides and isolates: they print nothing, yet a control character
#: breaks the PDF's metadata and acts on a terminal, and an override reverses the text around
#: it on paper and on screen (a name or an address read backwards).
_ACTING = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def character_problems(found: Iterable[tuple[Mark, str, str]]) -> list[Problem]:
    """A located error for the first control or direction-override character of each text."""
    problems = []
    for mark, field, text in found:
        hit = _ACTING.search(text)
        if hit is None:
            continue
        char = hit[0]
        code = f"U+{ord(char):04X} {unicodedata.name(char, '')}".strip()
        override = ord(char) > 0x9F
        message = (
            f"the {'direction override' if override else 'control character'} {char!a}"
            f" ({code}) prints nothing and"
            f" {'reverses the text around it' if override else 'is not text'};"
            " delete it (in a quoted YAML text it may be written as an escape)"
        )
        at = mark.find(char)
        problems.append(Problem(at.file, at.line, at.col, field, message))
    return problems

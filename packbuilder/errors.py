"""Every error packbuilder raises, and the located Problem that content errors carry."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]

#: Characters that print nothing but act on a terminal (ESC starts colour, clear-screen and
#: window-title codes; C1 controls the same in one byte) or reorder the text around them
#: (direction marks, embeddings, overrides and isolates): never written raw in a message.
INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
#: The longest message line: a quoted value (a header of a million columns, a 100,000-character
#: word) is cut, so one mistake never floods the terminal.
MAX_LINE = 1_000


def shown(text: str) -> str:
    """`text` as a message shows it: on one line (a line break as "⏎"), invisible characters
    escaped as Python writes them (`\\x1b`, `\\u202e`), at most MAX_LINE characters."""
    text = text.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎")
    text = INVISIBLE.sub(lambda m: m[0].encode("unicode_escape").decode("ascii"), text)
    return text if len(text) <= MAX_LINE else text[: MAX_LINE - 1] + "…"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the content, at a place an organiser can find in their editor."""

    file: str
    line: int
    col: int
    field: str
    message: str
    severity: Severity = "error"
    #: What kind of warning it is, for a summary: VERIFY for a fact to confirm before printing.
    topic: str = dataclasses.field(default="", compare=False)

    def __str__(self) -> str:
        prefix = "warning: " if self.severity == "warning" else ""
        field = human_path(self.field)
        # One problem, one line: a quoted value that spans lines (a YAML text run on) shows
        # its line breaks as "⏎", so the next problem still starts a line of its own.
        return shown(f"{self.file}:{self.line}:{self.col}: {field}: {prefix}{self.message}")


#: One step into a content file: a key, or a list position counted from 0.
Step = str | int
#: Where a value sits in its file, step by step: ("contacts", 2, "fax") is contacts[2].fax.
FieldPath = tuple[Step, ...]


def field_path(steps: FieldPath) -> str:
    """The path as messages write it, 0-based (`contacts[2].fax`); `(top)` for the whole file.

    The one place a path becomes text: everything before it keeps the steps, so no caller
    builds or parses a `file:path` string to find where a value was written.
    """
    text = ""
    for step in steps:
        text += f"[{step}]" if isinstance(step, int) else f".{step}" if text else step
    return text or "(top)"


@dataclass(frozen=True, slots=True)
class Origin:
    """Where an item was written in the content, so later problems can point at it."""

    file: str
    line: int
    col: int
    field: str

    def problem(self, message: str, severity: Severity = "error", topic: str = "") -> Problem:
        """A located problem at this place."""
        return Problem(self.file, self.line, self.col, self.field, message, severity, topic)


_INDEX = re.compile(r"\[(\d+)\]")


def human_path(path: str) -> str:
    """A field path as people count list items, from 1: `paragraphs[0]` is `paragraphs[1]`.

    Paths are built from Python's 0-based positions everywhere inside packbuilder; this is the
    one place they are shown, so every message counts the way the organiser does.
    """
    return _INDEX.sub(lambda m: f"[{int(m[1]) + 1}]", path)


#: The topic of a warning about an address, fax number or e-mail address to confirm.
VERIFY = "verify"


class PackError(Exception):
    """Base of every error that is the user's to fix (exit status 1, no traceback)."""


class ContentError(PackError):
    """The content folder (or a signer list) has one or more problems; holds all of them."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems = tuple(sorted(problems))
        super().__init__(f"{len(self.problems)} problem(s) in the content")

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


class LayoutError(ContentError):
    """Content that is valid on its own but does not fit where it must be printed."""


class OutputError(PackError):
    """The PDF could not be written where the user asked."""


class AttachmentError(PackError):
    """A PDF named in the content (an attachment) cannot be read, or is not safe to copy."""


class UnreadableFile(PackError):
    """An input file that cannot be read whole within its bound (see `bounded.read_bounded`)."""

    def __init__(self, message: str, missing: bool = False) -> None:
        super().__init__(message)
        #: There is no file of that name (the caller may say so in its own words).
        self.missing = missing


class DoesNotFit(Exception):
    """Raised inside layout when text is larger than its space; the layout stage turns it into
    a located LayoutError naming the item, so it never reaches the user as it is."""

    def __init__(self, message: str, overflow: float = 0.0) -> None:
        super().__init__(message)
        self.overflow = overflow


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice closest to a misspelt `word`, or None when nothing is close."""
    import difflib

    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return match[0] if match else None


def misspelt(word: str, choices: Iterable[str]) -> str:
    """A ' (did you mean 'x'?)' hint only where `word` is one slip of the keyboard from the
    choice per four letters (a letter dropped, added, changed or two swapped: "Nmae"), so a
    real word of one language is never offered another's that merely shares letters ("From"
    is not "Prénom")."""
    folded = word.casefold()
    allowed = max(1, len(folded) // 4)
    for choice in choices:
        if _slips(folded, choice.casefold()) <= allowed:
            return f" (did you mean '{choice}'?)"
    return ""


def _slips(a: str, b: str) -> int:
    """Letters dropped, added, changed or swapped between `a` and `b` (optimal string
    alignment)."""
    if abs(len(a) - len(b)) > 2:
        return 3
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            row[j] = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """A ' (did you mean 'x'?)' hint for a misspelt key or id, or '' when nothing is close."""
    import difflib

    options = list(choices)
    match = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return f" (did you mean '{match[0]}'?)" if match else ""

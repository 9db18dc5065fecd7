"""Where a line must not break in running text: inside a name the content gives (a post, a
city, a country, a person) and before a paragraph's last word. Ties are no-break spaces."""

from __future__ import annotations

import re
from collections.abc import Iterable

NBSP = "\u00a0"
#: White space a line may break at: any but the no-break space.
BREAKING_SPACES = re.compile(r"[^\S\u00a0]+")

#: A run of a name longer than this may still break: a name alone on its line is better than a
#: name split between characters at a column's edge. The last two words of a paragraph are
#: tied within the same bound.
TIE_MAX = 30

#: A run of capitalised words, each joined to the next by a space or by one small word
#: ("Republic of China", "United States of America", "San Francisco"): the part of a long
#: name that is itself a name. "President of the People's Republic" is two runs, since "of
#: the" is two small words.
_RUN = re.compile(
    r"[A-ZÀ-Þ][\w’'.-]*(?:[ \u00a0]+(?:(?i:of|de|du|da|del|la|von|van|and)[ \u00a0]+)?"
    r"[A-ZÀ-Þ][\w’'.-]*)*"
)


def runs(name: str) -> list[str]:
    """The parts of `name` no line may break inside: a street line whole ("520 12th Ave"),
    else each run of capitalised words in it ("Consulate General, New York" has two: a line
    may break after the comma). A whole name may be too long for a table column's line, a run
    rarely is. Scripts without capitals (Hangul, Han) break as their own rules say."""
    name = " ".join(name.split())
    if name[:1].isdigit() and len(name) <= TIE_MAX:
        return [name]
    return [run for run in _RUN.findall(name) if " " in run and len(run) <= TIE_MAX]


class Names:
    """Ties the spaces inside every name it was given, wherever the name occurs in a text
    (in any case: an address's country line is printed in capitals)."""

    def __init__(self, names: Iterable[str]) -> None:
        parts = {run for name in names for run in runs(name) if " " in run}
        # The longest name first; its words apart by any spaces, never inside a longer word.
        alternatives = [
            r"(?<!\w)" + r"[ \u00a0]+".join(map(re.escape, part.split())) + r"(?!\w)"
            for part in sorted(parts, key=len, reverse=True)
        ]
        self._pattern = re.compile("|".join(alternatives), re.IGNORECASE) if parts else None

    def __call__(self, text: str) -> str:
        if self._pattern is None:
            return text
        return self._pattern.sub(lambda match: match[0].replace(" ", NBSP), text)


def tie_last_words(text: str) -> str:
    """Join the last two words with a no-break space, so that no paragraph ends with one word
    alone on its last line.

    The words are read back from the end, never searched for: a pattern for "two words at
    the end", tried at every start, took a minute on one 100,000-character word."""
    end = len(text.rstrip())
    second = _word_before(text, end)
    if second is None or second == end:
        return text
    gap = second
    while gap > 0 and text[gap - 1] == " ":
        gap -= 1
    first = _word_before(text, gap)
    if gap == second or first is None or first == gap:
        return text
    if (end - second) + (gap - first) > TIE_MAX or "://" in text[first:end]:
        return text
    return f"{text[:first]}{text[first:gap]}{NBSP}{text[second:end]}"


def _word_before(text: str, end: int) -> int | None:
    """Where the word (a run of characters other than white space) that ends at `end` starts;
    None when it is longer than two words may be to be tied (no need to look further)."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
        if end - start > TIE_MAX:
            return None
    return start

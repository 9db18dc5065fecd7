"""Where a line may break in running text of any script (Unicode UAX #14, simplified, with the
Chinese and Japanese rules of kinsoku shori).

Latin words and Korean words break at spaces. Chinese and Japanese have no spaces: a line may
break between any two of their characters, except before closing punctuation (，。：；）」
and the small kana), after opening punctuation (（「《), and inside a number with its unit
or a date: 2012年2月27日, 14个月 and 第3套 stay whole.
"""

from __future__ import annotations

from packbuilder.language.scripts import (
    NO_LINE_END,
    NO_LINE_START,
    script,
    written_without_spaces,
)

#: Characters after which a number continues a date or count: 年2月, 月27日, 第3套.
_BEFORE_NUMBER = frozenset("年月第")
#: Spaces that join: no-break, narrow no-break and figure space ("+1 202 495 2138").
_JOINING_SPACES = frozenset("\u00a0\u202f\u2007")


def may_break_between(before: str, after: str, korean_syllables: bool = False) -> bool:
    """Whether a line may end after `before` and the next begin with `after`; with
    `korean_syllables`, also between two Hangul syllables (a Korean word wider than a line)."""
    if before in _JOINING_SPACES or after in _JOINING_SPACES:
        return False
    if before.isspace():
        return not after.isspace()
    if after.isspace() or after in NO_LINE_START or before in NO_LINE_END:
        return False
    if before.isdigit() and (written_without_spaces(after) or after.isdigit()):
        return False  # 2012年, 27日, 14个月
    if after.isdigit() and before in _BEFORE_NUMBER:
        return False  # 年2月, 月27日, 第3套
    if korean_syllables and script(before) == "hangul" and script(after) == "hangul":
        return True
    # Between two Latin or two Hangul letters only at a space; next to Han or kana anywhere.
    return script(before) not in (None, "hangul") or script(after) not in (None, "hangul")


#: How well a line may begin at a position: not at all (closing punctuation would start it,
#: opening punctuation end the last), only when nothing else fits (inside a word or number), or
#: freely.
NEVER, FORCED, FREE = 0, 1, 2


def break_opportunities(text: str) -> list[int]:
    """For each position 0..len(text), how well a line may begin there (NEVER at 0)."""
    found = [NEVER] * (len(text) + 1)
    for i in range(1, len(text)):
        before, after = text[i - 1], text[i]
        if may_break_between(before, after):
            found[i] = FREE
        elif after not in NO_LINE_START and before not in NO_LINE_END:
            found[i] = FORCED
    return found

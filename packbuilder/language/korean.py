"""Korean grammar the tool's words need: a particle's form chosen by the word before it."""

from __future__ import annotations

import re
import unicodedata

from packbuilder.language import scripts

#: A Korean particle after a placeholder is written in a catalog with both its forms, the one
#: after a final consonant (batchim) first: "{number}은(는)", "{post}이(가)", "을(를)", "과(와)".
_PARTICLE = re.compile(r"(.)(은\(는\)|이\(가\)|을\(를\)|과\(와\))")
#: Digits as read in Sino-Korean (영 일 이 삼 사 오 육 칠 팔 구); a number read as a value
#: ends in 십, 백, 천 or 만 after a 0, which all end in a consonant too.
_DIGIT_BATCHIM = {"0": True, "1": True, "2": False, "3": True, "4": False, "5": False}
_DIGIT_BATCHIM |= {"6": True, "7": True, "8": True, "9": False}


def has_batchim(char: str) -> bool | None:
    """Whether `char` is read ending in a consonant: a Hangul syllable by its final consonant,
    a digit by its Sino-Korean reading; None when the reading is not known (Latin, Han)."""
    final = scripts.hangul_final_consonant(char)
    if final is not None:
        return final
    digit = unicodedata.digit(char, None)
    return None if digit is None else _DIGIT_BATCHIM[str(digit)]


def korean_particles(text: str) -> str:
    """`text` with each "은(는)"-style pair replaced by the form its preceding character takes
    ("2138은", "영사관이", "+1 202 495 2139는"); where the reading is not known the pair stays
    as written, the usual Korean way of leaving the choice to the reader."""

    def choose(match: re.Match[str]) -> str:
        before, pair = match.group(1), match.group(2)
        batchim = has_batchim(before)
        if batchim is None:
            return match.group(0)
        return before + (pair[0] if batchim else pair[2])

    return _PARTICLE.sub(choose, text)

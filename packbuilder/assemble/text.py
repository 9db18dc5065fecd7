"""Content prose -> model text: numbered citations, folded lines, units and the last two words
tied."""

from __future__ import annotations

import re

from packbuilder import model as m
from packbuilder.content.rules import CITATION, PartialDate
from packbuilder.language.catalogs import Language
from packbuilder.language.scripts import WITHOUT_SPACES
from packbuilder.language.ties import tie_last_words


def number_in(country: str | None, number: str) -> str:
    """A phone or fax number as the country the letters are posted in writes its own numbers
    (its profile's national form: (202) 495-2138 in the US, 020 7946 0000 in the UK); a number
    of another country, or a campaign with no country, keeps its international form."""
    from packbuilder.content.country import country_code, profile

    code = country_code(country)
    form = profile(code).phone if code else None
    return form.written(number) if form else number


def date_in(language: Language, date: PartialDate) -> str:
    return keep_together(language.date(date.year, date.month, date.day))


class Paragraphs:
    """Turns content prose into model paragraphs with numbered citations."""

    def __init__(self, numbers: dict[str, int]) -> None:
        self.numbers = numbers

    def __call__(self, text: str) -> m.Paragraph:
        inlines: list[m.Inline] = []
        pos = 0
        for match in CITATION.finditer(text):
            before = text[pos : match.start()]
            if before:
                inlines.append(m.Text(keep_together(squash(before))))
            inlines.append(m.Cite(self.numbers[match[1]]))
            pos = match.end()
        if text[pos:]:
            inlines.append(m.Text(keep_together(squash(text[pos:]))))
        # A citation printed after a space reads badly: "returned 500 ¹" -> "returned 500¹".
        cleaned: list[m.Inline] = []
        for i, item in enumerate(inlines):
            if (
                isinstance(item, m.Text)
                and i + 1 < len(inlines)
                and isinstance(inlines[i + 1], m.Cite)
            ):
                item = m.Text(item.text.rstrip())
            cleaned.append(item)
        kept = [x for x in cleaned if not isinstance(x, m.Text) or x.text]
        last = max((i for i, x in enumerate(kept) if isinstance(x, m.Text)), default=None)
        if last is not None:  # no paragraph ends with one word alone on its last line
            kept[last] = m.Text(tie_last_words(kept[last].text))  # type: ignore[union-attr]
        return m.Paragraph(tuple(kept))


#: A line break inside Chinese or Japanese prose: YAML folds it to a space, which these
#: scripts do not have between words.
_FOLDED = re.compile(rf"(?<={WITHOUT_SPACES})\s+(?={WITHOUT_SPACES})")


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", _FOLDED.sub("", text))


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
#: Units a line must not split: a date ("4 October 1988", "2012년 2월 15일"), an article,
#: paragraph or number and its figure ("Article 33", "no. 437"), a time ("7:30 pm").
_TOGETHER = (
    re.compile(rf"\b(\d{{1,2}}) ({_MONTHS})\b"),
    re.compile(rf"\b({_MONTHS}) (\d{{4}})\b"),
    re.compile(
        r"\b(Articles?|Art\.|[Pp]aragraphs?|[Pp]aras?\.|[Nn]o\.|[Rr]esolution|[Ss]ection) (\d)"
    ),
    re.compile(r"(\d{4}년) (\d{1,2}월)"),
    re.compile(r"(\d{1,2}월) (\d{1,2}일)"),
    re.compile(r"\b(\d{1,2}(?::\d{2})?) ([ap]m)\b"),
)


def keep_together(text: str) -> str:
    """`text` with a no-break space inside each unit a line must not split (dates, article
    numbers, times): every printed paragraph, letter and date goes through here."""
    for pattern in _TOGETHER:
        text = pattern.sub("\\1\u00a0\\2", text)
    return text


def plain(text: str) -> str:
    return squash(CITATION.sub("", text)).strip()

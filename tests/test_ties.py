"""Where lines may break inside a name or before a paragraph's last word (issue 24): the ties
(no-break spaces) and how a line too narrow for them gives them up."""

from __future__ import annotations

from packbuilder.language.ties import NBSP, Names, runs
from packbuilder.layout import fonts
from packbuilder.layout.flowables import TextBlock
from packbuilder.layout.styles import paragraph_styles

POST = "Consulate General of the People’s Republic of China in San Francisco"


def test_a_long_name_keeps_its_runs_of_capitalised_words_and_a_street_line_whole() -> None:
    assert runs(POST) == ["Consulate General", "People’s Republic of China", "San Francisco"]
    assert runs("President of the People’s Republic of China") == ["People’s Republic of China"]
    assert runs("520 12th Ave") == ["520 12th Ave"]
    assert runs("샌프란시스코 총영사관") == []  # Hangul breaks at its spaces, as Korean is set


def test_names_are_tied_wherever_they_appear_in_any_case() -> None:
    tie = Names([POST, "United States of America"])
    assert tie("94115 / UNITED STATES OF AMERICA") == (
        f"94115 / UNITED{NBSP}STATES{NBSP}OF{NBSP}AMERICA"
    )
    assert tie("the Consulate General in San Francisco.") == (
        f"the Consulate{NBSP}General in San{NBSP}Francisco."
    )
    assert tie("San Franciscan") == "San Franciscan"  # a name ends where its word ends


def _lines(text: str, width: float) -> list[str]:
    style = paragraph_styles()["table-bold"]
    block = TextBlock(fonts.markup(text, style.fontName), style, plain=text)
    block.wrap(width, 1000)
    lines = block.blPara.lines
    if block.blPara.kind == 0:
        shown = [" ".join(words) for _, words in lines]
    else:
        shown = ["".join(w.text for w in line.words) for line in lines]
    return [line.replace(NBSP, " ").strip() for line in shown]


def test_a_tie_wider_than_the_column_breaks_at_its_space_never_inside_a_word() -> None:
    """ReportLab cuts a word wider than its line between letters ("Consulate Genera / l");
    a tie that cannot fit gives way at its space instead, and only that tie."""
    text = Names([POST, "Consulate General, New York"])("Consulate General, New York")
    # "Consulate General" (73.5 pt at 8 pt bold) is wider than 60 pt: it breaks at its
    # space; "New York" fits, so it stays tied.
    assert _lines(text, 60) == ["Consulate", "General,", "New York"]
    assert _lines(text, 80) == ["Consulate General,", "New York"]
    assert _lines(text, 200) == ["Consulate General, New York"]

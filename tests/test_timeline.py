"""The briefing's timeline (issue 25): the reported returns drawn as a figure whose text
alternative states the data, the same data as a table, and the timeline checked like all
content (unknown source, dates out of order, a bad count: located errors)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import CONTENT, ContentTree, run_cli
from pdfcheck import char_boxes, figures, page_texts

#: What the default briefing's timeline says, point by point: date, count as the table prints
#: it, the event.
POINTS = [
    ("July 2021", "about 50", "Returns counted by Human Rights Watch"),
    ("29 August 2023", "80", "Returns counted by Human Rights Watch"),
    ("18 September 2023", "40", "Returns counted by Human Rights Watch"),
    ("9 October 2023", "500 to 600", "Mass return the day after the Hangzhou Asian Games ended"),
    ("26 April 2024", "60 to 200", "Return reported as about 60 people"),
]


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_briefing_has_a_figure_whose_text_states_the_data(built_pack: Path) -> None:
    alts = figures(built_pack)
    assert len(alts) == 1, alts
    alt = alts[0]
    assert alt.startswith("Forced returns from China to North Korea reported since 2020")
    assert alt.endswith(".") and len(alt.split()) > 40
    for date, count, event in POINTS:
        assert f"{date}: {count} ({event}" in alt, (date, alt)


def test_the_same_data_is_a_table_under_the_figure(built_pack: Path) -> None:
    pages = [flat(t) for t in page_texts(built_pack)]
    at = [i for i, t in enumerate(pages) if "What was reported" in t]
    assert len(at) == 1
    page = pages[at[0]]
    assert "Date What was reported How many How sure Sources" in page
    for date, count, event in POINTS:
        assert f"{date} {event}" in page and count in page, date
    # Source numbers as the source list numbers them: the row's last cell.
    sources = pages[-1] + " ".join(pages[-4:])
    assert re.search(r"29 August 2023 Returns counted by Human Rights Watch 80 High \d+", page)
    assert "Radio Free Asia" in sources


def test_the_figure_labels_each_bar_with_its_count_and_sources(built_pack: Path) -> None:
    page = next(flat(t) for t in page_texts(built_pack) if "What was reported" in t)
    for label in ("~50", "80", "40", "500–600", "60–200"):
        assert re.search(rf"{re.escape(label)} \[\d+(, \d+)*\]", page), label
    assert "where reports differ: lowest to highest" in page


def _line_col(folder: Path, name: str, needle: str, nth: int = 1) -> tuple[int, int]:
    """Where the `nth` occurrence of `needle` starts in `folder/name`, 1-based."""
    text = (folder / name).read_text(encoding="utf-8")
    at = -1
    for _ in range(nth):
        at = text.index(needle, at + 1)
    line = text.count("\n", 0, at) + 1
    return line, at - text.rfind("\n", 0, at)


POINT_80 = "      - date: 2023-08-29\n        event: Returns counted by Human Rights Watch\n"


@pytest.mark.parametrize(
    ("edit", "needle", "field", "message"),
    [
        (
            (
                POINT_80 + "        count: 80\n        sources: [idea-2023-10]",
                POINT_80 + "        count: 80\n        sources: [idea-2023-11]",
            ),
            "idea-2023-11",
            "sections[9].timeline[2].sources[1]",
            "unknown source 'idea-2023-11'; add an entry with id 'idea-2023-11' to sources.yaml, "
            "or did you mean 'idea-2023-10'?",
        ),
        (
            ("      - date: 2023-08-29", "      - date: 2021-06-29"),
            "2021-06-29",
            "sections[9].timeline[2].date",
            "29 June 2021 comes before July 2021 (timeline[1]); list the points in date order",
        ),
        (
            (POINT_80 + "        count: 80", POINT_80 + "        count: 80-70"),
            "80-70",
            "sections[9].timeline[2].count",
            "'80-70': write a range from the lower count to the higher (70-80)",
        ),
        (
            (POINT_80 + "        count: 80", POINT_80 + "        count: eighty"),
            "eighty",
            "sections[9].timeline[2].count",
            "'eighty' is not a count: write a whole number (80), ~50 for about 50, or a range "
            "(500-600)",
        ),
    ],
)
def test_a_wrong_timeline_is_a_located_error(
    content_tree: ContentTree,
    edit: tuple[str, str],
    needle: str,
    field: str,
    message: str,
) -> None:
    folder = content_tree(**{"briefing.yaml": [edit]})
    line, col = _line_col(folder, "briefing.yaml", needle)
    result = run_cli("check", str(folder))
    assert result.exit_code == 1
    assert f"briefing.yaml:{line}:{col}: {field}: {message}" in result.output, result.output


def test_a_translated_timeline_keeps_the_counts(content_tree: ContentTree) -> None:
    folder = content_tree(**{"briefing.ko.yaml": [("count: 500-600", "count: 500-700")]})
    line, col = _line_col(folder, "briefing.ko.yaml", "500-700")
    result = run_cli("check", str(folder))
    assert result.exit_code == 1
    assert (
        f"briefing.ko.yaml:{line}:{col}: sections[9].timeline[4].count: briefing.yaml's section "
        "'since-2020' gives 500-600 here" in result.output
    ), result.output


def test_a_translated_timeline_cites_the_same_sources(content_tree: ContentTree) -> None:
    folder = content_tree(
        **{"briefing.zh.yaml": [("sources: [idea-2023-10]", "sources: [hrw-2024]")]}
    )
    result = run_cli("check", str(folder))
    assert result.exit_code == 1
    assert "leaves out [^idea-2023-10] and adds [^hrw-2024]" in result.output
    assert "sections[9].timeline[2].sources: briefing.yaml's section 'since-2020' gives " \
        "idea-2023-10 here" in result.output  # fmt: skip


@pytest.fixture(scope="module")
def korean(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Korean edition's briefing."""
    folder = tmp_path_factory.mktemp("ko") / "content"
    shutil.copytree(CONTENT, folder)
    campaign = folder / "campaign.yaml"
    text = campaign.read_text(encoding="utf-8").replace("language: en", "language: ko", 1)
    campaign.write_text(text, encoding="utf-8")
    out = folder.parent / "ko.pdf"
    result = run_cli("build", str(folder), "-o", str(out), "--only", "briefing", "--quiet")
    assert result.exit_code == 0, result.output
    return out


def test_the_korean_edition_states_the_data_in_korean(korean: Path) -> None:
    (alt,) = figures(korean)
    assert alt.startswith("2020년 이후 보도된 중국의 북한 강제 송환")
    assert "2023년 10월 9일: 500~600(항저우 아시안게임 폐막 다음 날의 대규모 송환)" in alt
    page = next(flat(t) for t in page_texts(korean) if "보도된 내용" in t)
    assert "2024년 4월 26일" in page and "60~200" in page


def test_a_key_too_long_for_one_line_takes_a_line_an_entry(
    content_tree: ContentTree, tmp_path: Path
) -> None:
    """A key that does not fit beside the bars on one line (a language's longer words) is set
    an entry a line: every word of the figure stays inside the text frame."""
    folder = content_tree()
    longer = "where the reports differ, from the lowest count any of them gives to the highest"
    (folder / "labels.yaml").write_text(f"timeline_key_range: {longer}\n", encoding="utf-8")
    out = tmp_path / "briefing.pdf"
    result = run_cli("build", str(folder), "-o", str(out), "--only", "briefing", "--quiet")
    assert result.exit_code == 0, result.output
    page = next(i for i, t in enumerate(page_texts(out)) if "What was reported" in t)
    text, boxes = char_boxes(out, page)
    assert longer in flat(text)
    # US Letter with 1 in margins: the frame ends 72 pt before the page's right edge.
    right = max(box[2] for char, box in zip(text, boxes, strict=True) if not char.isspace())
    assert right <= 612 - 72 + 0.5, right
    # The entries sit one under another: the sources' key starts a line of its own.
    at = {key: text.index(key) for key in ("count reported", longer[:20], "[n]: sources")}
    tops = [round(boxes[i][3]) for i in at.values()]
    assert tops[0] > tops[1] > tops[2], tops

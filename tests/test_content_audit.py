"""The default pack read back as a fact-checker reads it (issue 23): the right source for each
claim, dates on sources, the letter's grounds, a guide written for volunteers."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from conftest import CONTENT, ContentTree, run_cli
from pdfcheck import outline, page_texts


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


@pytest.fixture(scope="module")
def parts(built_pack: Path) -> dict[str, str]:
    """The text of each part of the default pack (by its bookmark title), pages joined."""
    texts = page_texts(built_pack)
    entries = [e for e in outline(built_pack) if e.level == 0]
    out = {}
    for entry, following in zip(entries, [*entries[1:], None], strict=True):
        end = following.page if following else len(texts)
        out[entry.title] = _flat(" ".join(texts[entry.page : end]))
    return out


def _source_number(sources: str, title: str) -> str:
    found = re.search(r"(\d+)\.\s+[^.]*?\.\s+“?" + re.escape(title), sources)
    assert found, title
    return found[1]


def test_the_2012_notice_is_cited_to_the_post_that_relayed_it(parts: dict[str, str]) -> None:
    sources = parts["Sources"]
    relayed = _source_number(sources, "Chinese Repatriation of Refugees")
    torture = _source_number(sources, "China and the Refugees: The Torture Convention Angle")
    assert relayed != torture
    cases = parts["Case summaries"]
    # Good Friends bulletin no. 437 is known only through the earlier post.
    bulletin = re.search(r"relayed this campaign’s 2012 notice\. ?(\d+)", cases)
    assert bulletin and bulletin[1] == relayed
    nationality = re.search(r"“complex nationality issue”\. ?(\d+)", parts["Briefing"])
    assert nationality and nationality[1] == relayed


def test_addressees_give_the_notice_s_zip_and_say_the_faxes_were_never_confirmed(
    parts: dict[str, str],
) -> None:
    table = parts["Addressees"]
    assert "Houston, TX 77006" in table
    assert "our sources give no ZIP code" not in table
    assert "Printed in the February 2012 notice and never confirmed since" in table
    assert "27 February 2012" not in table
    # New York's number: the pack's own source for the address gives another one.
    assert "+1 212 564 9389" in table and "+1 212 502 0258" in table


def test_dated_sources_and_the_as_of_2023_claim(parts: dict[str, str]) -> None:
    sources = parts["Sources"]
    assert "CAT/C/CHN/CO/5. 3 February 2016" in sources
    assert "its exact date is not recorded here" not in sources
    assert "“China Forcibly Returns 60 Refugees to North Korea”. 8 May 2024" in sources
    cat = _source_number(sources, "Concluding observations on the fifth periodic report")
    factsheet = _source_number(sources, "People’s Republic of China factsheet")
    as_of = re.search(r"had not been put into effect as of 2023\. ?([\d,]+)", parts["Briefing"])
    assert as_of and as_of[1] == factsheet != cat


def test_figures_as_reported(parts: dict[str, str]) -> None:
    briefing = parts["Briefing"]
    assert "more than 2,000 North Koreans" in briefing
    assert "about 2,000" not in briefing
    whole = " ".join(parts.values())
    assert whole.count("more than 670") == 1
    assert briefing.count("In our reading") == 1


def test_the_letter_gives_the_convention_grounds_and_names_the_commission(
    parts: dict[str, str],
) -> None:
    letters = parts["Letters"]
    assert "on account of, among other grounds, their political opinion" in letters
    assert "punishes people who are sent back for having left without permission" in letters
    assert (
        "UN Commission of Inquiry on Human Rights in the Democratic People’s Republic of Korea "
        "(A/HRC/25/63)" in letters
    )


def test_the_reading_copies_follow_the_reviewers_notes(parts: dict[str, str]) -> None:
    chinese = parts["信件内容"].replace(" ", "")
    korean = parts["편지에 담긴 내용"]
    assert "我谨就" in chinese and "一事致信阁下" in chinese
    assert "联合国朝鲜人权调查委员会" in chinese
    assert "《关于难民地位的公约》" in chinese and "《关于难民地位的议定书》" in chinese
    assert "유엔 북한인권조사위원회" in korean and "시진핑 주석" in korean
    # Still nobody has checked them: the page must not claim a review.
    assert "아직 원어민의 검토를 받지 않았습니다" in korean
    assert "尚未经母语人士审校" in chinese


def test_the_guide_names_no_file_and_no_option(parts: dict[str, str]) -> None:
    guide = parts["Organizer guide"]
    assert not re.search(r"\w\.ya?ml\b", guide), "a file name is printed in the guide"
    assert not re.search(r"(?<!\w)--\w", guide), "a command-line option is printed in the guide"


def test_the_guide_is_two_pages(built_pack: Path) -> None:
    guide = [e.page for e in outline(built_pack) if e.level == 0 and e.title == "Organizer guide"]
    after = [e.page for e in outline(built_pack) if e.level == 0 and e.page > guide[0]]
    pages = page_texts(built_pack)[guide[0] : min(after)]
    assert len([p for p in pages if p.strip()]) <= 2


def test_the_guide_speaks_to_volunteers(parts: dict[str, str]) -> None:
    guide = parts["Organizer guide"]
    assert "stale_after_months" not in guide and "campaign.yaml" not in guide
    for said in (
        "initials",
        "No phone numbers on the letters",
        "shreds the sheet within six months",
        "Report back within a week",
        "Expect no reply",
        "Congressional-Executive Commission on China",
        "State Department",
        "Hold the next drive",
    ):
        assert said in guide, said


def test_the_cover_says_how_current_the_facts_are(parts: dict[str, str]) -> None:
    cover = parts["Cover"] if "Cover" in parts else next(iter(parts.values()))
    # The newest dated source cited: Kukmin Ilbo's report of 11 March 2026.
    assert (
        "Facts as of 11 March 2026, the date of the newest source this pack cites (Kukmin" in cover
    )
    assert "fill in before printing" in cover


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_the_default_letter_fits_one_page(paper: str) -> None:
    result = run_cli("check", str(CONTENT), "--paper", paper)
    assert result.exit_code == 0, result.output
    assert "too long for one page" not in result.output


def test_the_writer_s_own_words_come_before_the_thanks(parts: dict[str, str]) -> None:
    letters = parts["Letters"]
    first = letters[: letters.index("Respectfully,")]
    assert first.index("In your own words") < first.index("Thank you for considering")


def test_a_closing_on_two_lines_keeps_them(built_pack: Path) -> None:
    texts = page_texts(built_pack)
    page = next(t for t in texts if "信件内容" in t and "感谢您考虑我的请求" in t)
    lines = [line.strip() for line in page.splitlines()]
    assert lines[lines.index("此致") + 1] == "敬礼"


def test_the_sign_in_sheet_says_who_keeps_the_e_mail_addresses(parts: dict[str, str]) -> None:
    assert "shreds the sheet within six months" in parts["Sign-in sheet"]


def test_check_warns_while_the_group_is_a_placeholder() -> None:
    result = run_cli("check", str(CONTENT))
    lines = [line for line in result.output.splitlines() if "is a placeholder" in line]
    fields = [re.search(r"campaign\.yaml:\d+:\d+: ([\w.]+): warning:", line) for line in lines]
    assert [f[1] for f in fields if f] == ["organiser", "contact.name", "kit.report_to"]


def test_paragraphs_below_the_own_words_come_last(content_tree: ContentTree) -> None:
    folder = content_tree(
        **{
            "letter.yaml": [
                ("  - id: who-we-are\n", "  - id: who-we-are\n    after_own_words: true\n")
            ]
        }
    )
    result = run_cli("check", str(folder))
    assert result.exit_code == 1
    assert re.search(
        r"letter\.yaml:\d+:\d+: paragraphs\[2\]: comes after a paragraph printed below the "
        r"writer's own words",
        result.output,
    ), result.output


MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def test_no_line_splits_a_date_or_an_article_number(built_pack: Path) -> None:
    split = []
    for text in page_texts(built_pack):
        lines = [line.strip() for line in text.splitlines()]
        for a, b in itertools.pairwise(lines):
            if (
                re.search(r"\bArticles?$", a)
                or (re.search(r"(^|\s)\d{1,2}$", a) and re.match(MONTHS, b))
                or (re.search(rf"({MONTHS})$", a) and re.match(r"\d{4}\b", b))
            ):
                split.append((a[-30:], b[:20]))
    assert not split, split


def test_disputed_faxes_get_no_cover_or_a_blank_one(tmp_path: Path) -> None:
    out = tmp_path / "unverified.pdf"
    result = run_cli("build", str(CONTENT), "-o", str(out), "--fax-unverified")
    assert result.exit_code == 0, result.output
    covers = {e.title: e.page for e in outline(out) if e.title.startswith("Fax cover: ")}
    texts = page_texts(out)
    numbers = {
        title: re.search(r"\+1 \d{3} \d{3} \d{4}", _flat(texts[page]))
        for title, page in covers.items()
    }
    assert len(numbers) == 5
    for title, found in numbers.items():
        disputed = any(city in title for city in ("New York", "Chicago", "Los Angeles"))
        assert (found is None) == disputed, title  # sources disagree: the number left blank
    guide = _flat(" ".join(texts))
    assert "leave the number blank, because sources give different numbers" in guide


def test_the_addressee_table_shows_where_sources_disagree(parts: dict[str, str]) -> None:
    table = parts["Addressees"]
    assert table.count("(sources disagree)") == 3
    assert re.search(r"other numbers given: \+1 212 502 0258, \+1 212 502 0245 ?\d", table)
    assert (
        "No fax cover for Consulate General, New York; Consulate General, Chicago"
        in parts["Organizer guide"]
    )


def test_one_spelling_of_organiser_per_voice(parts: dict[str, str]) -> None:
    """The shipped campaign is written in US English (organizer, recognized); packbuilder's own
    words (help, README, docs) spell it as its content key does, `organiser`. Neither mixes."""
    printed = " ".join(parts.values())
    assert re.search(r"(?i)\borganizer", printed)
    assert not re.search(r"(?i)\borganiser", printed)
    root = CONTENT.parent
    said = [run_cli(*c, "--help").output for c in ((), ("build",), ("check",), ("new",))]
    docs = [root / "README.md", *sorted((root / "docs").glob("*.md"))]
    for name, text in [
        *(("help", s) for s in said),
        # reference.md quotes the shipped campaign's values as examples, in its spelling
        *((p.name, p.read_text("utf-8")) for p in docs if p.name != "reference.md"),
    ]:
        assert not re.search(r"(?i)\borganizer", text), name
    assert any(re.search(r"\borganiser", s) for s in said)

"""Korean and Chinese editions of the shipped campaign: `new --language ko|zh` gives a pack whose
cover, briefing, cases and guide are in that language (read back from the PDF), and translated
content files are checked against their originals, each problem located."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import CONTENT, run_cli
from pdfcheck import outline, page_texts

#: Hangul syllables and jamo; CJK unified ideographs.
HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
LATIN = re.compile(r"[A-Za-z]")
#: What may stay in Latin letters inside a sentence: web addresses and domains, document
#: symbols (A/HRC/25/63, CAT/C/CHN/CO/5, 96누1221), street addresses and their abbreviations.
_ALLOWED = re.compile(r"https?://\S+|[\w.-]+\.(?:gov\.cn|com|ph|org|net)\S*|[A-Z]+(?:/[A-Z0-9.]+)+")
#: Two Latin words in a row: an English phrase (one acronym such as UNHCR is not a phrase).
_PHRASE = re.compile(r"\b[A-Za-z][A-Za-z’'.-]*(?:[ \u00a0]+[A-Za-z][A-Za-z’'.-]*)+\b")


def _parts(pdf: Path) -> dict[str, list[str]]:
    """The text of each top-level part, by its bookmark title."""
    texts = page_texts(pdf)
    tops = [e for e in outline(pdf) if e.level == 0]
    out = {}
    for entry, after in zip(tops, [*tops[1:], None], strict=True):
        end = after.page if after else len(texts)
        out[entry.title] = texts[entry.page : end]
    return out


@pytest.fixture(scope="module", params=["ko", "zh"])
def edition(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    language = request.param
    tmp = tmp_path_factory.mktemp(language)
    folder, pdf = tmp / "campaign", tmp / "pack.pdf"
    made = run_cli("new", str(folder), "--language", language)
    assert made.exit_code == 0, made.output
    built = run_cli("build", str(folder), "-o", str(pdf), "-q")
    assert built.exit_code == 0, built.output
    return language, folder, pdf


def _reading_pages(language: str, pdf: Path) -> list[str]:
    titles = {
        "ko": ("표지", "설명 자료", "사례 요약", "진행자 안내"),
        "zh": ("封面", "背景介绍", "案例摘要", "组织者指南"),
    }[language]
    parts = _parts(pdf)
    missing = [t for t in titles if t not in parts]
    assert not missing, (missing, list(parts))
    return [page for t in titles for page in parts[t]]


def test_the_edition_is_in_its_language(edition) -> None:
    language, _, pdf = edition
    pages = _reading_pages(language, pdf)
    text = "".join(pages)
    script = HANGUL if language == "ko" else HAN
    # Letters only: Hangul or Han against Latin letters (digits and punctuation do not count).
    ours, latin = len(script.findall(text)), len(LATIN.findall(text))
    share = ours / (ours + latin)
    assert share >= 0.70, f"{language}: {share:.1%} of the letters are the edition's script"


def test_no_english_phrase_inside_a_sentence(edition) -> None:
    language, _, pdf = edition
    script = HANGUL if language == "ko" else HAN
    found = []
    for page in _reading_pages(language, pdf):
        for line in page.splitlines():
            if not script.search(line):
                continue  # a line all in Latin letters is an address or a name, not a sentence
            bare = _ALLOWED.sub(" ", line)
            found += [m[0] for m in _PHRASE.finditer(bare)]
    assert not found, found


def test_the_cover_says_the_translation_is_unreviewed(edition) -> None:
    language, _, pdf = edition
    cover = " ".join(page_texts(pdf)[0].split())
    said = {"ko": "번역은 아직 원어민의 검토를 받지 않았습니다", "zh": "译文尚未经母语人士审校"}
    assert said[language] in cover


def test_letters_to_the_posts_stay_english(edition) -> None:
    _, _, pdf = edition
    letters = [t for t in page_texts(pdf) if "Your Excellency," in t]
    assert len(letters) == 5
    assert all("His Excellency Xi Jinping" in t for t in letters)


def _tree(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    return folder


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), "utf-8")


def _line_of(path: Path, needle: str) -> int:
    return next(
        n for n, line in enumerate(path.read_text("utf-8").splitlines(), 1) if needle in line
    )


def test_check_locates_outdated_missing_extra_and_changed_citations(tmp_path: Path) -> None:
    folder = _tree(tmp_path)
    # The original changes: its translation is outdated (a warning; the original prints).
    _edit(folder / "briefing.yaml", "narrow exceptions", "two narrow exceptions")
    # A citation dropped in translation, and a section id no original has.
    ko = folder / "briefing.ko.yaml"
    _edit(ko, "[^npcsc-decision-1982]", "")
    _edit(ko, "id: border-protocols", "id: border-protocol")
    result = run_cli("check", str(folder))
    out = result.output
    assert result.exit_code == 1, out
    hash_line = _line_of(ko, "id: non-refoulement") + 1
    assert re.search(
        rf"briefing\.ko\.yaml:{hash_line}:\d+: sections\[1\]\.source_hash: warning: outdated: "
        r"briefing\.yaml's section 'non-refoulement' has changed",
        out,
    ), out
    assert re.search(
        r"briefing\.ko\.yaml:\d+:\d+: sections\[2\]: leaves out \[\^npcsc-decision-1982\], "
        r"unlike briefing\.yaml's section 'china-accession'",
        out,
    ), out
    extra = _line_of(ko, "id: border-protocol")
    assert re.search(
        rf"briefing\.ko\.yaml:{extra}:\d+: sections\[8\]: briefing\.yaml has no section "
        r"'border-protocol' \(did you mean 'border-protocols'\?\)",
        out,
    ), out
    assert re.search(
        r"briefing\.ko\.yaml:\d+:\d+: sections: warning: section 'border-protocols' of "
        r"briefing\.yaml is not translated here",
        out,
    ), out


def test_an_outdated_unit_prints_the_original(tmp_path: Path) -> None:
    folder = _tree(tmp_path)
    _edit(folder / "campaign.yaml", "language: en", "language: ko")
    _edit(folder / "cases.yaml", "Kim Cheol-ok was arrested", "Kim Cheol-ok was detained")
    pdf = tmp_path / "pack.pdf"
    result = run_cli("build", str(folder), "-o", str(pdf), "-q")
    assert result.exit_code == 0, result.output
    everything = " ".join(" ".join(page_texts(pdf)).split())
    assert "Kim Cheol-ok was detained in China" in everything
    assert "김철옥 씨는 2023년 4월 5일" not in everything
    assert "설명 자료" in everything  # the rest stays Korean


def test_a_reviewed_edition_drops_the_cover_note(tmp_path: Path) -> None:
    folder = _tree(tmp_path)
    _edit(folder / "campaign.yaml", "language: en", "language: ko")
    for name in ("campaign", "briefing", "cases", "guide", "contacts", "sources"):
        path = folder / f"{name}.ko.yaml"
        path.write_text(
            path.read_text("utf-8") + "reviewed_by: 김은혜\nreviewed_on: 2026-11-20\n", "utf-8"
        )
    pdf = tmp_path / "pack.pdf"
    checked = run_cli("check", str(folder))
    assert "has not been reviewed" not in checked.output
    result = run_cli("build", str(folder), "-o", str(pdf), "-q")
    assert result.exit_code == 0, result.output
    assert "검토를 받지 않았습니다" not in page_texts(pdf)[0]


def test_the_sources_notes_and_descriptions_are_in_the_edition_language(edition) -> None:
    language, _, pdf = edition
    sources = " ".join(" ".join(_parts(pdf)[{"ko": "출처", "zh": "资料来源"}[language]]).split())
    said = {
        "ko": ("유엔. “Convention relating to the Status of Refugees”", "제33조를 인용했습니다",
               "국제앰네스티. [중국에 구금된 북한 주민에 관한 긴급 행동]"),
        "zh": ("联合国。“Convention relating to the Status of Refugees”", "引用第一条第一款",
               "国际特赦组织。[关于在中国被拘留的朝鲜人的紧急行动]"),
    }[language]  # fmt: skip
    for text in said:  # a published title stays as published; our own words are translated
        assert text in sources, text
    assert "Find it by its index number" not in sources
    assert "[Urgent Action on North Koreans detained in China]" not in sources


def test_a_translated_published_title_is_an_error(tmp_path: Path) -> None:
    folder = _tree(tmp_path)
    ko = folder / "sources.ko.yaml"
    _edit(ko, 'author: "유엔"', 'author: "유엔"\n    title: "난민협약"')
    result = run_cli("check", str(folder))
    assert result.exit_code == 1, result.output
    assert re.search(
        r"sources\.ko\.yaml:\d+:\d+: sources\[1\]: source 'refugee-convention-1951' has a "
        r"published title, which stays as published; remove title here",
        result.output,
    ), result.output

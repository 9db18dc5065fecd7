"""A campaign for a country in a language (`new DIR --country GB --language ko`): the guide and
the cover give that country's advice in that language (read back from the PDF), and a country
with no words in the language falls back to English with located `check` warnings and a line
from `new` saying what still needs translating."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import Result

from packbuilder.content import translation_new

from conftest import ContentTree, run_cli
from pdfcheck import outline, page_texts

HANGUL = re.compile(r"[\uac00-\ud7a3]")
HAN = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")

#: (country, language): the guide's title, the sentence that says where the posts are, and
#: words of the starting campaign's (US) advice that must not print.
CASES = {
    ("GB", "ko"): ("진행자 안내", "이 자료집의 공관은 모두 영국에 있습니다", ("퍼스트", "국무부")),
    ("US", "zh-Hans"): ("组织者指南", "本资料包中的使领馆都在美国", ()),
    ("DE", "ko"): ("진행자 안내", "이 자료집의 공관은 모두 독일에 있습니다", ("퍼스트", "#10")),
}


@pytest.fixture(scope="module", params=list(CASES), ids=lambda c: "-".join(c))
def made(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    country, language = request.param
    base = tmp_path_factory.mktemp(f"{country}-{language}")
    folder, pdf = base / "drive", base / "pack.pdf"
    new = run_cli("new", str(folder), "--country", country, "--language", language)
    assert new.exit_code == 0, new.output
    built = run_cli("build", str(folder), "-o", str(pdf), "-q")
    assert built.exit_code == 0, built.output
    return country, language, new, run_cli("check", str(folder)), pdf


def _part(pdf: Path, title: str) -> str:
    texts = page_texts(pdf)
    tops = [e for e in outline(pdf) if e.level == 0]
    at = next(i for i, e in enumerate(tops) if e.title == title)
    end = tops[at + 1].page if at + 1 < len(tops) else len(texts)
    return " ".join(" ".join(texts[tops[at].page : end]).split())


def test_the_guide_gives_the_countrys_advice_in_the_language(made) -> None:
    country, language, _, _, pdf = made
    title, where, not_here = CASES[(country, language)]
    guide = _part(pdf, title)
    script = HANGUL if language == "ko" else HAN
    ours, latin = len(script.findall(guide)), len(LATIN.findall(guide))
    assert ours / (ours + latin) >= 0.9, f"{ours / (ours + latin):.1%}"
    assert where in guide.replace(" ", "") or where in guide
    for word in not_here:
        assert word not in guide


def test_check_finds_nothing_outdated_and_no_contradiction(made) -> None:
    _, _, new, checked, _ = made
    assert checked.exit_code == 0, checked.output
    assert "outdated" not in checked.output
    assert "does not fit a campaign" not in checked.output
    # new says which files still print in English: only the posts' notes, for a country
    # whose posts the shipped editions do not describe.
    assert not re.search(r"^  (guide|campaign|contacts)\.", new.output, re.M), new.output


def test_the_addressee_table_names_the_countrys_posts_in_the_language(made) -> None:
    country, language, _, _, pdf = made
    title = {"ko": "수신 공관", "zh-Hans": "收信使领馆"}[language]
    table = _part(pdf, title)
    expected = {
        ("GB", "ko"): ("런던 대사관", "맨체스터 총영사관", "71 Denison Road"),
        ("US", "zh-Hans"): ("驻华盛顿大使馆", "驻纽约总领事馆"),
        ("DE", "ko"): ("베를린 대사관", "함부르크 총영사관", "Elbchaussee 268"),
    }[(country, language)]
    for text in expected:  # the posts' names in the language; addresses as on the envelope
        assert text in table, text


def test_a_country_with_no_words_in_the_language_falls_back_with_warnings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = translation_new.words_in
    monkeypatch.setattr(
        translation_new,
        "words_in",
        lambda code, tag: None if code == "GB" else real(code, tag),
    )
    folder = tmp_path / "drive"
    new = run_cli("new", str(folder), "--country", "GB", "--language", "ko")
    assert new.exit_code == 0, new.output
    said = r"guide\.ko\.yaml: 4 parts not translated or outdated \(section 'before'"
    assert re.search(said, new.output), new.output
    assert "campaign.ko.yaml: 1 part not translated or outdated" in new.output, new.output
    checked: Result = run_cli("check", str(folder))
    assert checked.exit_code == 0, checked.output
    outdated = re.findall(
        r"^\S+/(guide|campaign)\.ko\.yaml:\d+:\d+: \S+: warning: outdated: ", checked.output, re.M
    )
    assert sorted(outdated) == ["campaign", "guide", "guide", "guide", "guide"], checked.output
    # The outdated sections print as guide.yaml has them: the United Kingdom's advice, in English.
    pdf = tmp_path / "pack.pdf"
    assert run_cli("build", str(folder), "-o", str(pdf), "-q").exit_code == 0
    guide = _part(pdf, "진행자 안내")
    assert "Every post in this pack is in the United Kingdom" in guide
    assert "미국" not in guide


def test_the_korean_edition_posted_from_gb_is_warned_at_its_us_words(
    content_tree: ContentTree,
) -> None:
    folder = content_tree(**{"campaign.yaml": [("paper: letter", "paper: letter\ncountry: GB")]})
    result = run_cli("check", str(folder))
    found = re.findall(
        r"^(\S+/guide\.ko\.yaml):(\d+):(\d+): \S+: warning: '퍼스트 클래스' does not fit a "
        r"campaign posted in the United Kingdom",
        result.output,
        re.M,
    )
    assert found, result.output
    for file, line, col in found:  # the column points at the words in the file
        written = Path(file).read_text(encoding="utf-8").splitlines()[int(line) - 1]
        assert written[int(col) - 1 :].startswith("퍼스트 클래스"), written

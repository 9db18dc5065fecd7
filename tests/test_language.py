"""The language layer: one catalog per language, labels.yaml overrides, plurals and dates."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from packbuilder.language import catalogs as lang
from packbuilder.language.korean import korean_particles
from packbuilder.language.words import EN, Words

from conftest import ContentTree, run_cli
from pdfcheck import outline, page_texts


def test_every_shipped_catalog_has_every_key_with_the_same_placeholders() -> None:
    assert {"en", "ko", "zh-Hans", "zh-Hant", "ja"} <= set(lang.codes())
    for code in lang.codes():
        catalog = lang.load(code)
        # Every key present and translated from the current English, placeholders kept, the
        # plural forms CLDR gives the language (a problem here prints English in the pack).
        assert catalog.problems == (), [str(p) for p in catalog.problems]
        for field in dataclasses.fields(Words):
            value, english = getattr(catalog.words, field.name), getattr(EN, field.name)
            if code != "en" and isinstance(english, str) and english.strip(" _:.-{}"):
                assert value != english or value in _SAME_IN_TRANSLATION, (code, field.name)


#: Entries whose translation may be the English itself (a placeholder, a symbol, a name).
_SAME_IN_TRANSLATION = {"{date} · {organiser}", "; ", ", ", "“", "”", "FAX"}


def test_plurals_dates_and_sentences_in_english() -> None:
    en = lang.language_for("en-US")
    w = en.words
    assert en.plural(w.letters_count, 1) == "1 letter"
    assert en.plural(w.letters_count, 5) == "5 letters"
    assert en.plural(w.letters_count, 0) == "0 letters"
    assert en.date(2026, 11, 28) == "28 November 2026"
    assert en.date(2026, 11) == "November 2026"
    assert en.date(2026) == "2026"
    assert en.sentence("closed in 2023") == "Closed in 2023."
    assert en.sentence("Washington, D.C.") == "Washington, D.C."
    assert en.sentence("closed?") == "Closed?"
    assert en.quote("Title") == "“Title”"


def test_labels_yaml_replaces_printed_words(content_tree: ContentTree, tmp_path: Path) -> None:
    folder = content_tree()
    (folder / "labels.yaml").write_text(
        "what_we_ask: Our request\n"
        "letter_to: 'To {post}'\n"
        "sign_in_sheet: Who came\n"
        "months: [Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec]\n",
        encoding="utf-8",
    )
    out = tmp_path / "pack.pdf"
    result = run_cli("build", str(folder), "-o", str(out))
    assert result.exit_code == 0, result.output
    pages = page_texts(out)
    text = "\n".join(pages)
    assert "Our request" in pages[0] and "What we ask" not in pages[0]
    assert "Who came" in text and "Sign-in sheet" not in text
    titles = [entry.title for entry in outline(out)]
    assert any(t.startswith("To ") for t in titles)
    assert not any(t.startswith("Letter to ") for t in titles)
    assert " Nov 2026" in text and "November 2026" not in text


@pytest.mark.parametrize(
    ("yaml", "expected"),
    [
        (
            "what_we_aks: Our request\n",
            "labels.yaml:1:1: what_we_aks: unknown key; did you mean 'what_we_ask'?",
        ),
        (
            "letter_to: 'To {name}'\n",
            "labels.yaml:1:12: letter_to: '{name}' is not filled in here; this label can use "
            "{post}",
        ),
        ("care_of: 'c/o {post'\n", "labels.yaml:1:10: care_of: a '{' or '}' without its pair"),
        ("months: [Jan, Feb]\n", "labels.yaml:1:9: months: expected a list of 12 names"),
    ],
)
def test_labels_yaml_mistakes_are_located(
    content_tree: ContentTree, yaml: str, expected: str
) -> None:
    folder = content_tree()
    (folder / "labels.yaml").write_text(yaml, encoding="utf-8")
    result = run_cli("check", str(folder))
    assert result.exit_code == 1
    assert expected in result.output.replace(str(folder) + "/", ""), result.output


def test_a_language_without_a_catalog_warns(content_tree: ContentTree) -> None:
    folder = content_tree(**{"campaign.yaml": [("language: en", "language: fr")]})
    result = run_cli("check", str(folder))
    assert "language: warning: packbuilder has no words in 'fr'" in result.output, result.output


def test_the_source_column_claims_no_more_than_the_english() -> None:
    # English says "Source and date": the sources give their own date, not a confirmation.
    for code in ("ko", "zh-Hans", "zh-Hant"):
        words = lang.load(code).words
        text = words.last_confirmed + words.addressees_intro
        for claim in ("마지막 확인", "마지막으로 확인", "最后核实", "最后一次核实", "最後核實"):
            assert claim not in text, (code, claim)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("번호 +1 202 495 2138은(는) 확인", "번호 +1 202 495 2138은 확인"),
        ("번호 2139은(는)", "번호 2139는"),
        ("10은(는) 11은(는) 13은(는) 16은(는) 17은(는) 18은(는)", "10은 11은 13은 16은 17은 18은"),
        ("12은(는) 14은(는) 15은(는) 19은(는)", "12는 14는 15는 19는"),
        ("영사관이(가) 대사관을(를) 공관과(와)", "영사관이 대사관을 공관과"),
        ("편지이(가) 표지을(를) 라벨은(는) 봉투과(와)", "편지가 표지를 라벨은 봉투와"),
        ("Embassy은(는) 大使馆은(는)", "Embassy은(는) 大使馆은(는)"),
    ],
)
def test_korean_particles_follow_the_final_consonant(text: str, expected: str) -> None:
    assert korean_particles(text) == expected
    assert lang.language_for("ko").fill("{x}", x=text) == expected

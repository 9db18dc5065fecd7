"""The language layer: one catalog per language, labels.yaml overrides, plurals and dates."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from packbuilder import language as lang

from conftest import ContentTree, run_cli
from pdfcheck import outline, page_texts


def test_every_catalog_has_every_key_with_the_same_placeholders() -> None:
    for code, words in lang.CATALOGS.items():
        for field in dataclasses.fields(lang.Words):
            english, other = getattr(lang.EN, field.name), getattr(words, field.name)
            if isinstance(english, tuple):
                assert len(other) == len(english), (code, field.name)
                continue
            assert lang.placeholders(other) == lang.placeholders(english), (code, field.name)


def test_plurals_dates_and_sentences_in_english() -> None:
    en = lang.language_for("en-US")
    w = en.words
    assert en.plural(w.letters_count_one, w.letters_count_other, 1) == "1 letter"
    assert en.plural(w.letters_count_one, w.letters_count_other, 5) == "5 letters"
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

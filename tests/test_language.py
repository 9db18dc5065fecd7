"""The language layer: one catalog per language, labels.yaml overrides, plurals and dates."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import pytest

from packbuilder.language import catalogs as lang
from packbuilder.language.korean import korean_particles
from packbuilder.language.words import EN, Words

from conftest import ContentTree, run_cli
from pdfcheck import outline, page_texts


def test_every_catalog_has_every_key_with_the_same_placeholders() -> None:
    assert {"en", "ko", "zh-Hans", "zh-Hant"} <= set(lang.CATALOGS)
    for code, words in lang.CATALOGS.items():
        for field in dataclasses.fields(Words):
            english, other = getattr(EN, field.name), getattr(words, field.name)
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


#: Per catalog key, the start of the SHA-256 of the English text the Korean and Chinese entries
#: were last made or revisited from. When an English entry changes, this test fails until its
#: ko, zh-Hans and zh-Hant entries are brought in step and the fingerprint here is updated
#: (print the new one with `_fingerprint(EN, key)`).
TRANSLATED_FROM = {
    "briefing": "532fdae2",
    "case_summaries": "92f531db",
    "guide": "68cfc1db",
    "cover": "fa8d8456",
    "what_we_ask": "d89f4c22",
    "in_this_pack": "9508995b",
    "cover_meta": "efd95819",
    "contact": "a58d6923",
    "print_note": "90917c47",
    "envelope_letter": "2d34aa2d",
    "envelope_a4": "03202a56",
    "print_note_duplex": "8663b03f",
    "addressees": "3315041d",
    "letters": "0b438c8a",
    "sign_in_sheet": "463593a6",
    "tally_sheet": "693993a7",
    "fax_covers": "d5fc6a86",
    "address_labels": "32180ca6",
    "envelopes": "56bc4bb6",
    "sources": "caf85b08",
    "letters_count_one": "555fcc2b",
    "letters_count_other": "e0141b97",
    "letter_to": "e78eefa3",
    "care_of": "e08cd7b3",
    "set_number": "60473b2a",
    "how_sure": "3e2f4f93",
    "confidence_high": "c4ebc6d4",
    "confidence_medium": "8e588cd1",
    "confidence_low": "f793de20",
    "post": "a5554622",
    "status": "920e413c",
    "address": "56ef8f20",
    "fax": "00d84ab4",
    "last_confirmed": "f3f58aa6",
    "status_open": "ed077f3d",
    "status_closed": "e3e5167b",
    "fax_none": "140bedbf",
    "fax_closed": "ee9b2abd",
    "confirmed_address": "059472a4",
    "confirmed_fax": "e8147f8f",
    "confirmed_email": "4175af34",
    "date_unknown": "cbcbb648",
    "not_official": "9efc341f",
    "none_official": "b8d94729",
    "list_separator": "0a2d3f8f",
    "note_closed": "971109f7",
    "note_address": "78c5d930",
    "note_fax": "90ac8900",
    "addressees_intro": "1892c0d6",
    "fax_guide_title": "73445fc9",
    "fax_left_out": "5749f4e4",
    "fax_unverified": "041f13f1",
    "fax_when": "e8f57bac",
    "fax_when_unknown": "964f692b",
    "fax_guide_stale": "e022ea79",
    "fax_guide_disputed": "f7f4ae4b",
    "fax_guide_unverified": "67f2ed62",
    "fax_guide_blank": "9faec7a6",
    "fax_disputed": "e190acd1",
    "fax_others": "55700c80",
    "facts_as_of": "8c15fa32",
    "age_years_one": "de9f4463",
    "age_years_other": "b0eecce7",
    "age_months_one": "63668462",
    "age_months_other": "c0640c11",
    "source_consulted": "c164241e",
    "source_mirror": "fdb82100",
    "letter_date_blank": "50cb0bc6",
    "reading_copy": "dd8f96df",
    "reading_copy_note": "07a4c493",
    "reading_copy_unreviewed": "a06cc258",
    "reading_copy_reviewed": "6a82263a",
    "translation_unreviewed": "8298b144",
    "drive_heading": "9a286083",
    "drive_fields": "75cd5692",
    "number_sign": "e3b0c442",
    "name": "dcd1d522",
    "email": "d0ea11c5",
    "letters_written": "42858476",
    "tally_intro": "4fdce974",
    "tally": "e543855d",
    "total": "c9b3c382",
    "all_posts": "3a2e5c2c",
    "tally_totals": "444fdef5",
    "send_totals_to": "e252ebe6",
    "send_totals_default": "2bf29093",
    "fax_banner": "6f110978",
    "fax_to": "f4b06ef6",
    "fax_attention": "c2eb8cd9",
    "fax_number": "00d84ab4",
    "fax_from": "21819769",
    "fax_reply": "85ab8f33",
    "fax_date": "99c40ab4",
    "fax_pages": "9046da16",
    "fax_pages_value": "693fe909",
    "fax_re": "78f76459",
    "fax_message": "58e2e448",
    "fax_cover_bookmark": "28e70cb1",
    "label_sheet_bookmark": "73959d46",
    "envelope_bookmark": "b2b88f17",
    "window_test": "753b1e93",
    "window_test_intro": "275eb6b8",
    "window_test_window": "6a160fb9",
    "window_test_reach": "d9e476fa",
    "window_test_seen": "c8456775",
    "window_test_scale": "1698c4f7",
    "poster": "1ba76ea7",
    "bulletin": "2c0328a7",
    "invite_heading": "8663e543",
    "invite_when": "cf9c7aa2",
    "invite_where": "1daaa38f",
    "invite_bring": "d75025a6",
    "invite_bring_what": "875941ae",
    "invite_online": "eb62157b",
    "letter_file": "f80105ef",
    "share_subject": "3a280620",
    "share_greeting": "9b69362a",
    "share_body": "c82ee8af",
    "share_closing": "a484ed7c",
    "date_full": "ade39ee8",
    "date_month": "d2d73eec",
    "date_year": "918a999d",
    "months": "8b0dcff9",
    "quote_open": "45ca8454",
    "quote_close": "4b6b1bf3",
}


def _fingerprint(words: Words, key: str) -> str:
    value = getattr(words, key)
    text = "\n".join(value) if isinstance(value, tuple) else value
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def test_translations_were_made_from_the_current_english() -> None:
    stale = {
        key: _fingerprint(EN, key)
        for key in lang.catalog_keys()
        if TRANSLATED_FROM.get(key) != _fingerprint(EN, key)
    }
    assert not stale, f"English changed since ko/zh were revisited: {stale}"
    assert set(TRANSLATED_FROM) == set(lang.catalog_keys())


def test_the_source_column_claims_no_more_than_the_english() -> None:
    # English says "Source and date": the sources give their own date, not a confirmation.
    for code in ("ko", "zh-Hans", "zh-Hant"):
        words = lang.CATALOGS[code]
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

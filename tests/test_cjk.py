"""Korean and Chinese packs: every word the tool prints in the campaign's language, local
dates, file names that keep Hangul and Han, the fax cover readable at both ends."""

from __future__ import annotations

import dataclasses
import re
import shutil
from pathlib import Path

import pytest

from packbuilder.language import catalogs as lang
from packbuilder.language import cldr
from packbuilder.language.scripts import slug
from packbuilder.language.words import EN, Plural, Words

from conftest import CONTENT, ROOT, ContentTree, run_cli
from pdfcheck import chars_and_fonts, fonts_in, line_break_problems, outline, page_texts, text_runs

KO_TITLE = "북한 난민의 강제 송환을 멈춰 주십시오"
ZH_TITLE = "停止强制遣返脱北难民"


def _content(tmp: Path, language: str, title: str) -> Path:
    folder = tmp / "content"
    shutil.copytree(CONTENT, folder)
    path = folder / "campaign.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("language: en", f"language: {language}", 1)
    text = re.sub(r"^title: .*$", f"title: {title}", text, count=1, flags=re.MULTILINE)
    path.write_text(text, encoding="utf-8")
    return folder


@dataclasses.dataclass(frozen=True)
class Built:
    pdf: Path
    split: Path
    texts: list[str]
    code: str


@pytest.fixture(scope="module", params=[("ko", KO_TITLE), ("zh", ZH_TITLE)], ids=["ko", "zh"])
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Built:
    language, title = request.param
    tmp = tmp_path_factory.mktemp(language)
    folder = _content(tmp, language, title)
    out, split = tmp / "pack.pdf", tmp / "split"
    # Fax covers for the 2012 numbers and a printed letter date are both opt-in (issue 12).
    flags = ("--fax-unverified", "--letter-date", "2026-11-28")
    result = run_cli("build", str(folder), "-o", str(out), "--split", str(split), "-q", *flags)
    assert result.exit_code == 0, result.output
    code = lang.catalog_code(language)
    assert code is not None
    return Built(out, split, page_texts(out), code)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _english_phrases() -> list[str]:
    """Each English catalog entry cut at its placeholders, the pieces with a real word in them,
    less those the default content also writes (its briefing and guide are English)."""
    content = _flat(" ".join(p.read_text("utf-8") for p in CONTENT.glob("*.yaml")))
    phrases = set()
    for field in dataclasses.fields(Words):
        value = getattr(EN, field.name)
        if isinstance(value, Plural):
            value = value.forms
        elif field.name == "months":
            value = cldr.months(lang.ENGLISH_LOCALE)
        for text in value if isinstance(value, tuple) else (value,) if value else ():
            for piece in re.split(r"\{\w+\}", text):
                piece = piece.strip(" .:;·,()")
                if re.search(r"[A-Za-z]{2,}", piece) and piece not in content:
                    phrases.add(piece)
    return sorted(phrases)


def _is_letter_or_fax(text: str) -> bool:
    # The letter and what goes to the post with it stay in the letter's language (English).
    return "His Excellency Xi Jinping" in text


def test_no_word_the_tool_prints_is_english(built: Built) -> None:
    phrases = _english_phrases()
    assert len(phrases) > 40  # the check has teeth: "Sign-in sheet", "How sure we are", ...
    for number, text in enumerate(built.texts):
        if _is_letter_or_fax(text):
            continue
        page = _flat(text)
        leaked = [
            p for p in phrases if re.search(rf"(?<![A-Za-z]){re.escape(p)}(?![A-Za-z])", page)
        ]
        assert not leaked, (number, leaked)
    titles = [entry.title for entry in outline(built.pdf)]
    leaked = [t for t in titles for p in phrases if p in t]
    assert not leaked


def test_headings_and_dates_are_local(built: Built) -> None:
    words = lang.load(built.code).words
    cover = _flat(built.texts[0])
    date = {"ko": "2026년 11월 28일", "zh-Hans": "2026年11月28日"}[built.code]
    assert date in cover
    assert words.what_we_ask in cover and words.in_this_pack in cover
    everything = _flat(" ".join(built.texts))
    for word in (words.sign_in_sheet, words.tally_sheet, words.how_sure.split("{")[0].strip()):
        assert word in everything, word
    # A case closed post's date in the addressee table is local too.
    assert {"ko": "2023년", "zh-Hans": "2023年"}[built.code] in everything


def test_the_guide_and_table_say_what_the_english_says(built: Built) -> None:
    everything = _flat(" ".join(built.texts))
    words = lang.load(built.code).words
    assert words.last_confirmed in everything
    # The guide's fax notes (built with --fax-unverified) in the campaign's language, once for
    # the posts alike.
    blank = words.fax_guide_blank.split("{posts}")[1][:8]
    assert blank.replace(" ", "") in everything.replace(" ", "")
    if built.code == "ko":
        assert "은(는)" not in everything  # every particle chosen


def test_the_fax_cover_speaks_to_both_ends(built: Built) -> None:
    words = lang.load(built.code).words
    covers = [_flat(t) for t in built.texts if _flat(t).startswith("FAX")]
    assert len(covers) == 5
    for cover in covers:
        # The volunteer's label, then the post's (English) under it; the request in English.
        assert f"{words.fax_reply} Your fax or phone" in cover
        assert "Please pass the attached letter to His Excellency Xi Jinping" in cover


def test_letters_stay_in_english(built: Built) -> None:
    letters = [_flat(t) for t in built.texts if "Your Excellency," in t]
    assert len(letters) == 5
    assert all(re.search(r"\bc/o [A-Z]", t) for t in letters), letters


def test_file_names_keep_the_script(built: Built) -> None:
    names = sorted(p.name for p in built.split.iterdir() if not p.name.startswith("."))
    assert len(names) == 5
    assert all(re.search(r"[\uac00-\ud7a3\u4e00-\u9fff]", n) for n in names), names
    made = slug(KO_TITLE if built.code == "ko" else ZH_TITLE, "action-pack")
    assert made != "action-pack" and re.fullmatch(r"[\w-]+", made)


def test_every_font_is_embedded(built: Built) -> None:
    found = fonts_in(built.pdf)
    assert found and all(found.values()), found


def test_slugs_in_any_script() -> None:
    assert (
        slug("북한 난민의 강제 송환을 멈춰 주십시오", "x")
        == "북한-난민의-강제-송환을-멈춰-주십시오"
    )
    assert slug("停止强制遣返：脱北难民", "x") == "停止强制遣返-脱北难民"
    assert slug("Stop the Forced Return!", "x") == "stop-the-forced-return"
    assert slug("!!!", "action-pack") == "action-pack"
    assert len(slug("字" * 200, "x")) == 60


def _registered_faces() -> dict[str, frozenset[int]]:
    """PostScript name -> the characters the shipped font file maps (its cmap)."""
    from reportlab.pdfbase import pdfmetrics

    from packbuilder.layout import fonts

    fonts.register()
    faces = {}
    for name in fonts._FILES:
        # Fallback faces are read when text first needs them: read each here, so the answer
        # does not depend on which test drew Ethiopic or Georgian before this one.
        fonts.load(name)
        face = pdfmetrics.getFont(name).face
        faces[face.name.decode("latin-1")] = frozenset(face.charToGlyph)
    return faces


def test_no_character_is_drawn_from_a_font_without_its_glyph(built: Built) -> None:
    faces = _registered_faces()
    drawn = chars_and_fonts(built.pdf)
    assert (
        sum(1 for _, c, _ in drawn if "\uac00" <= c <= "\ud7a3" or "\u4e00" <= c <= "\u9fff") > 300
    )
    missing = set()
    for page, char, font in drawn:
        if char < " ":  # line ends, and pdfium's marker for a line broken after a hyphen
            continue
        base = re.sub(r"-\d+$", "", font)  # ReportLab's numbered subsets: WenQuanYiMicroHei-0
        assert base in faces, font
        if ord(char) not in faces[base]:
            missing.add((page, char, font))
    assert not missing, sorted(missing)[:10]


def test_bold_cjk_is_bold(built: Built) -> None:
    runs = text_runs(built.pdf, 0)  # the cover: its title is bold
    title = KO_TITLE if built.code == "ko" else ZH_TITLE
    title_runs = [r for r in runs if r[0].strip() and r[0].strip() in title]
    assert title_runs
    if built.code == "ko":
        # Hangul in a real bold face, embedded.
        assert {font for _, font, _ in title_runs} == {"PackbuilderHangul-Bold"}
        assert all(mode == 0 for _, _, mode in title_runs)
    else:
        # Han in the regular face filled and stroked; regular text beside it is not stroked.
        assert all(
            font.startswith("WenQuanYiMicroHei") and mode == 2 for _, font, mode in title_runs
        )
        date = [r for r in runs if r[0].startswith("年")]
        assert date and all(mode == 0 for _, _, mode in date)


LONG_NAME = "中华人民共和国驻美利坚合众国大使馆领事部签证与护照办公室东东东"  # 31 characters


@pytest.fixture(scope="module")
def long_name(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert len(LONG_NAME) == 31
    tmp = tmp_path_factory.mktemp("long")
    folder = tmp / "content"
    shutil.copytree(CONTENT, folder)
    path = folder / "contacts.yaml"
    text = path.read_text(encoding="utf-8")
    old = "    name: Embassy of the People’s Republic of China\n"
    assert old in text
    path.write_text(text.replace(old, f"    name: {LONG_NAME}\n", 1), encoding="utf-8")
    return folder


def test_a_31_character_chinese_post_name_wraps_between_characters(
    long_name: Path, tmp_path: Path
) -> None:
    out = tmp_path / "pack.pdf"
    result = run_cli(
        "build",
        str(long_name),
        "-o",
        str(out),
        "--paper",
        "a4",
        "--envelopes",
        "--fax-unverified",
        "-q",
    )
    assert result.exit_code == 0, result.output
    texts = page_texts(out)
    titles = {entry.page: entry.title for entry in outline(out)}
    kinds = {
        "letter": [t for t in texts if "Your Excellency," in t],
        "fax": [t for t in texts if t.startswith("FAX")],
        "label": [texts[p] for p, title in titles.items() if title == "Address labels"],
        "envelope": [texts[p] for p, title in titles.items() if title == "Envelopes"],
    }
    for kind, pages in kinds.items():
        assert pages, kind
        lines = [line.strip() for line in pages[0].splitlines()]
        holding = [i for i, line in enumerate(lines) if LONG_NAME[0] in line]
        assert holding, kind
        start = holding[0]
        # Printed whole, across as many lines as it needs, cut only between characters.
        joined = lines[start].removeprefix("c/o ") + "".join(lines[start + 1 : start + 3])
        assert LONG_NAME in joined, (kind, lines[start : start + 3])
    letter_lines = kinds["letter"][0].splitlines()
    assert not any(LONG_NAME in line for line in letter_lines)  # it did need two lines


def test_on_a_10_envelope_the_long_name_asks_for_a_window_name(long_name: Path) -> None:
    # Wrapped, it takes five lines where the #10 window shows four: say so, never cut it.
    result = run_cli("check", str(long_name), "-q")
    assert result.exit_code == 1
    assert "contacts[1].address: the address needs 5 lines" in result.output
    assert "window_name" in result.output and "wider than" not in result.output


def test_the_default_pack_carries_unreviewed_korean_and_chinese_reading_copies(
    built_pack: Path,
) -> None:
    texts = page_texts(built_pack)
    entries = {e.title: e.page for e in outline(built_pack)}
    korean = _flat(texts[entries[lang.load("ko").words.reading_copy]])
    chinese = _flat(texts[entries[lang.load("zh-Hans").words.reading_copy]])
    assert lang.load("ko").words.reading_copy_unreviewed in korean
    assert lang.load("zh-Hans").words.reading_copy_unreviewed in chinese
    assert "고문방지협약" in korean and "1988년 10월 4일" in korean
    # Full treaty names at first mention (a line may break inside one).
    unbroken = re.sub(r"\s+", "", chinese)
    assert "《禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚公约》" in unbroken
    assert "1988年10月4日" in chinese and "《关于难民地位的公约》" in unbroken
    # A folded YAML line inside Chinese prose leaves no space between characters.
    lines = texts[entries[lang.load("zh-Hans").words.reading_copy]].splitlines()
    assert not any(re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff]", line) for line in lines)


def _letter_edit(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_translation_keeps_in_step_with_the_letter(tmp_path: Path) -> None:
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    # A new paragraph in the English letter, not yet translated; a flag that disagrees; a typo.
    _letter_edit(folder, "letter.yaml", "  - id: thanks\n", "  - id: visit\n    text: >-\n"
                 "      I would welcome a reply.\n\n  - id: thanks\n")  # fmt: skip
    _letter_edit(folder, "letter.zh.yaml", "  - id: harm\n    optional: true\n", "  - id: harm\n")
    _letter_edit(folder, "letter.zh.yaml", "  - id: interest\n", "  - id: intrest\n")
    _letter_edit(folder, "letter.ko.yaml", "subject:", "# subject:")
    result = run_cli("check", str(folder), "-q")
    assert result.exit_code == 1
    # A missing key is found in the file as the file's other messages name it (its folder too),
    # where its top-level keys start.
    missing = "letter.yaml has a subject line: translate it here (subject:)"
    assert f"{folder}/letter.ko.yaml:8:1: (top): {missing}" in result.output, result.output
    out = result.output.replace(str(folder) + "/", "")
    assert re.search(r"letter\.ko\.yaml:\d+:\d+: paragraphs: paragraph 'visit' of letter\.yaml is "
                     "not translated here", out), out  # fmt: skip
    assert re.search(r"letter\.zh\.yaml:\d+:\d+: paragraphs: paragraph 'visit'", out), out
    assert "paragraphs[5]: optional is true in letter.yaml" in out
    assert (
        "paragraphs[6].id: letter.yaml has no paragraph 'intrest' (did you mean 'interest'?)" in out
    )


def test_a_reviewed_translation_names_its_reviewer(tmp_path: Path) -> None:
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    _letter_edit(
        folder, "letter.ko.yaml", "recipient:", "reviewed_by: 김은지, 2026-11-20\n\nrecipient:"
    )
    out = tmp_path / "pack.pdf"
    result = run_cli("build", str(folder), "-o", str(out), "-q")
    assert result.exit_code == 0, result.output
    entries = {e.title: e.page for e in outline(out)}
    korean = _flat(page_texts(out)[entries[lang.load("ko").words.reading_copy]])
    assert "번역 검토: 김은지, 2026-11-20" in korean
    assert lang.load("ko").words.reading_copy_unreviewed not in korean


def test_part_titles_the_content_leaves_out_are_in_the_campaigns_language(tmp_path: Path) -> None:
    folder = _content(tmp_path, "ko", KO_TITLE)
    for name in ("briefing.yaml", "cases.yaml", "guide.yaml"):
        path = folder / name
        text = path.read_text("utf-8")
        path.write_text(re.sub(r"^title: .*\n", "", text, flags=re.MULTILINE), "utf-8")
    out = tmp_path / "p.pdf"
    result = run_cli("build", str(folder), "-o", str(out), "-q")
    assert result.exit_code == 0, result.output
    titles = [entry.title for entry in outline(out)]
    for word in ("배경 설명", "사례 요약", "주최자 안내"):
        assert word in titles, titles
    assert not {"Briefing", "Case summaries", "Organiser guide", "Organizer guide"} & set(titles)


def test_a_blank_campaign_leaves_part_titles_to_the_language(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    result = run_cli("new", str(folder), "--from", "blank", "--language", "ko")
    assert result.exit_code == 0, result.output
    for name in ("briefing.yaml", "cases.yaml", "guide.yaml"):
        text = (folder / name).read_text("utf-8")
        assert not re.search(r"^title:", text, flags=re.MULTILINE), name


def test_terminal_notes_are_english_in_a_korean_campaign(tmp_path: Path) -> None:
    """Terminal messages are English (docs/content.md); the guide keeps the Korean note."""
    folder = _content(tmp_path, "ko", KO_TITLE)
    checked = run_cli("check", str(folder))
    built = run_cli("build", str(folder), "-o", str(tmp_path / "p.pdf"))
    assert checked.exit_code == 0 and built.exit_code == 0, checked.output + built.output
    notes = [
        line
        for output in (checked.output, built.output)
        for line in output.splitlines()
        if line.startswith("Note: ")
    ]
    assert len(notes) == 6, notes  # five posts in full from check, one summary from build
    assert not [n for n in notes if re.search(r"[\uac00-\ud7a3\u4e00-\u9fff]", n)], notes
    assert notes[0] == (
        "Note: No fax cover for Embassy, Washington DC: its number, +1 202 495 2138, was last "
        "confirmed February 2012, about 14 years before the campaign date (the limit is 12 "
        "months). Confirm it on the post’s official site and record the date in contacts.yaml, "
        "or build with --fax-unverified."
    )
    guide = _flat(" ".join(page_texts(tmp_path / "p.pdf")))
    # The guide names the posts as the Korean edition does (contacts.ko.yaml).
    assert "워싱턴 DC 대사관; 샌프란시스코 총영사관의 팩스 표지는 넣지 않았습니다" in guide


def test_a_second_split_replaces_letters_named_in_any_script(built: Built, tmp_path: Path) -> None:
    """Letters named in Hangul or Han (not "letter-to-...") from an earlier --split in the
    folder are replaced by the next run, and the organiser's own files stay."""
    folder = _content(tmp_path, "ko" if built.code == "ko" else "zh", KO_TITLE)
    split = tmp_path / "split"
    signers = ROOT / "tests" / "data" / "exports" / "google-forms.csv"
    first = ("build", str(folder), "-o", str(tmp_path / "p.pdf"), "--split", str(split), "-q")
    assert run_cli(*first, "--signers", str(signers)).exit_code == 0
    (split / "notes.txt").write_text("mine")
    assert len([p for p in split.glob("*.pdf")]) == 10
    assert run_cli(*first).exit_code == 0
    assert sorted(p.suffix for p in split.iterdir() if not p.name.startswith(".")) == [
        *[".pdf"] * 5,
        ".txt",
    ]


def test_the_footer_prints_the_title_in_its_script(built: Built) -> None:
    """Every body page's footer carries the pack's title: a Korean or Chinese title was drawn
    in the Latin face alone and printed nothing (outloud: a code mapping to U+0000)."""
    title = KO_TITLE if built.code == "ko" else ZH_TITLE
    with_footer = [t for t in built.texts if _flat(title) in _flat(t)]
    assert len(with_footer) > 20, len(with_footer)


def test_a_letter_written_in_korean_prints_its_closing(
    content_tree: ContentTree, tmp_path: Path
) -> None:
    """The closing line is drawn once into the letter form: in Hangul it must print in the
    fallback face (it was drawn in the serif face alone and printed nothing)."""
    folder = content_tree(**{"letter.yaml": [("closing: Respectfully,", "closing: 존경을 담아,")]})
    out = tmp_path / "p.pdf"
    result = run_cli("build", str(folder), "-o", str(out), "-q", "--only", "letters")
    assert result.exit_code == 0, result.output
    letters = [t for t in page_texts(out) if "Your Excellency," in t]
    assert len(letters) == 5 and all("존경을 담아," in t for t in letters)


def test_no_line_starts_with_closing_punctuation_or_splits_a_date(built: Built) -> None:
    # The Chinese pack's tables, notes and sources and the reading copies, read back line by
    # line: kinsoku shori holds everywhere, and 2012年2月27日 stays on one line.
    assert sum(len(re.split(r"\r\n|\r|\n", t)) for t in built.texts) > 500
    assert line_break_problems(built.texts) == []


def test_a_chinese_letter_closes_on_two_lines(built_pack: Path) -> None:
    texts = page_texts(built_pack)
    entries = {e.title: e.page for e in outline(built_pack)}
    chinese = texts[entries[lang.load("zh-Hans").words.reading_copy]]
    lines = [line.strip() for line in re.split(r"\r\n|\r|\n", chinese)]
    assert "此致" in lines and lines[lines.index("此致") + 1] == "敬礼"

"""The tool's words as gettext catalogs: a language is a file, checked by `check` where it is
wrong (every key, placeholders, plural forms), with CLDR's plurals and dates; a mistyped
language code gets a did-you-mean; Japanese is the proof (issue 21)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from packbuilder.language import catalogs as lang
from packbuilder.language import po

from conftest import ContentTree, run_cli
from pdfcheck import line_break_problems, outline, page_texts

AddCatalog = Callable[[str, str], Path]


@pytest.fixture
def add_catalog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AddCatalog]:
    """Add a catalog file as a translator would add one to language/locale/."""
    added: dict[str, Path] = {}
    files = po.files

    def add(code: str, text: str) -> Path:
        path = tmp_path / f"{code.replace('-', '_')}.po"
        path.write_text(text, encoding="utf-8")
        added[code] = path
        lang.forget()
        return path

    monkeypatch.setattr(po, "files", lambda: {**files(), **added})
    lang.forget()
    yield add
    monkeypatch.undo()
    lang.forget()


def _from_japanese(code: str, edit: Callable[[str], str] = lambda t: t) -> str:
    """The Japanese catalog as a start for another language's file, edited."""
    text = (
        (po.LOCALE / "ja.po")
        .read_text("utf-8")
        .replace('"Language: ja\\n"', f'"Language: {code}\\n"')
    )
    return edit(text)


def _replace(old: str, new: str) -> Callable[[str], str]:
    def edit(text: str) -> str:
        assert old in text, old
        return text.replace(old, new, 1)

    return edit


def test_a_new_language_is_a_new_file(add_catalog: AddCatalog, content_tree: ContentTree) -> None:
    # Cantonese written in Traditional characters: one plural form, like Japanese.
    add_catalog("yue", _from_japanese("yue", _replace('msgstr "表紙"', 'msgstr "封面"')))
    assert "yue" in lang.codes() and lang.catalog_code("yue-HK") == "yue"
    yue = lang.language_for("yue")
    assert yue.words.cover == "封面" and yue.date(2026, 11, 28) == "2026年11月28日"
    folder = content_tree(**{"campaign.yaml": [("language: en", "language: yue")]})
    result = run_cli("check", str(folder))
    assert result.exit_code == 0, result.output
    assert "no words in" not in result.output and "yue.po" not in result.output


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            _replace('msgstr[0] "手紙{n}通"', 'msgstr[0] "手紙"'),
            r"xx\.po:\d+:1: letters_count: leaves out \{n\}, which the English prints",
        ),
        (
            _replace('msgstr "{post}宛ての手紙"', 'msgstr "{name}宛ての手紙"'),
            r"xx\.po:\d+:1: letter_to: uses \{name\}, which the English does not fill in",
        ),
        (
            _replace('msgstr "{post}気付"', 'msgstr "{post気付"'),
            r"xx\.po:\d+:1: care_of: has a '\{' or '\}' without its pair",
        ),
        (
            _replace("nplurals=1; plural=0;", "nplurals=2; plural=(n != 1);"),
            r"xx\.po:1:1: Plural-Forms: nplurals=2, but .* has 1 plural form \(other\): write "
            r'"Plural-Forms: nplurals=1; plural=0;\\n"',
        ),
        (
            _replace('msgid "Cover"\nmsgstr', 'msgid "Front"\nmsgstr'),
            r"xx\.po:\d+:1: cover: warning: was translated from English that has changed \(was "
            r"'Front', now 'Cover'\): prints in English",
        ),
        (
            _replace('msgctxt "tally"\n', '#, fuzzy\nmsgctxt "tally"\n'),
            r"xx\.po:\d+:1: tally: warning: is marked fuzzy: prints in English",
        ),
        (
            _replace('msgstr "集計表"', 'msgstr ""'),
            r"xx\.po:\d+:1: tally_sheet: warning: is not translated: prints in English",
        ),
        (
            _replace('msgctxt "total"', 'msgctxt "totl"'),
            r"xx\.po:\d+:1: totl: warning: is not a key packbuilder has \(did you mean 'total'\?\)",
        ),
        (
            _replace('msgctxt "total"\nmsgid "Total"\nmsgstr "合計"\n', ""),
            r"xx\.po:\d+:1: total: warning: is missing \('Total'\): prints in English",
        ),
    ],
)
def test_check_locates_what_is_wrong_in_a_catalog(
    add_catalog: AddCatalog,
    content_tree: ContentTree,
    edit: Callable[[str], str],
    expected: str,
) -> None:
    # "xx" stands for any language CLDR does not know: Japanese's rules stand in for it.
    add_catalog("xx", _from_japanese("ja", edit))
    folder = content_tree(**{"campaign.yaml": [("language: en", "language: xx")]})
    result = run_cli("check", str(folder))
    assert re.search(expected, result.output), result.output
    errors = "warning:" not in expected
    assert result.exit_code == (1 if errors else 0), result.output


def test_what_a_catalog_gets_wrong_prints_in_english(add_catalog: AddCatalog) -> None:
    add_catalog("xx", _from_japanese("ja", _replace('msgstr "{post}宛ての手紙"', 'msgstr "{x}"')))
    words = lang.language_for("xx").words
    assert words.letter_to == "Letter to {post}" and words.cover == "表紙"


def test_plurals_follow_cldr_for_every_form_a_language_has(add_catalog: AddCatalog) -> None:
    # Polish: 1 list, 3 listy, 5 listów, 22 listy, 25 listów (CLDR: one, few, many).
    polish = _from_japanese(
        "pl",
        _replace(
            'msgstr[0] "手紙{n}通"',
            'msgstr[0] "{n} list"\nmsgstr[1] "{n} listy"\nmsgstr[2] "{n} listów"',
        ),
    ).replace(
        "nplurals=1; plural=0;",
        "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    )
    add_catalog("pl", polish)
    pl = lang.language_for("pl")
    counts = [pl.plural(pl.words.letters_count, n) for n in (1, 3, 5, 22, 25)]
    assert counts == ["1 list", "3 listy", "5 listów", "22 listy", "25 listów"]
    # Dates from CLDR: the month's name as a date takes it, and alone.
    assert pl.date(2026, 11, 28) == "28 listopada 2026" and pl.date(2026, 11) == "listopad 2026"
    checked = lang.catalog_problems("pl")
    assert [str(p) for p in checked if p.field in ("Plural-Forms", "letters_count")] == []
    # The Japanese entries left with one form are errors, and print in English.
    assert {p.field for p in checked if p.severity == "error"} == {"age_years", "age_months"}
    assert pl.plural(pl.words.age_years, 5) == "about 5 years"
    # A rule that is not Polish's is an error: `check` fails and so does a build.
    add_catalog("pl", polish.replace("n%100>=20", "n%100>=12"))
    problems = [str(p) for p in lang.catalog_problems("pl") if p.field == "Plural-Forms"]
    assert (
        problems
        and "puts 0 and 12 in different forms, but both are 'many' in Polish" in problems[0]
    )
    assert 'write "Plural-Forms: nplurals=3; plural=' in problems[0]
    assert [p.severity for p in lang.catalog_problems("pl") if p.field == "Plural-Forms"] == [
        "error"
    ]


def test_english_plurals_and_dates_come_from_cldr() -> None:
    en = lang.ENGLISH
    assert [en.plural(en.words.age_years, n) for n in (1, 2)] == ["about 1 year", "about 2 years"]
    assert en.date(2012, 2, 27) == "27 February 2012" and en.date(2012, 2) == "February 2012"


@pytest.mark.parametrize(("typed", "meant"), [("kr", "ko"), ("jp", "ja"), ("cn", "zh-Hans")])
def test_a_mistyped_language_code_gets_a_did_you_mean(
    tmp_path: Path, content_tree: ContentTree, typed: str, meant: str
) -> None:
    result = run_cli("new", str(tmp_path / "new"), "--language", typed)
    assert result.exit_code == 2
    assert f"did you mean '{meant}'?" in result.output, result.output
    assert not (tmp_path / "new").exists()
    folder = content_tree(**{"campaign.yaml": [("language: en", f"language: {typed}")]})
    checked = run_cli("check", str(folder))
    assert f"language: warning: packbuilder has no words in '{typed}'" in checked.output
    assert f"did you mean '{meant}'?" in checked.output, checked.output


def test_a_language_cldr_knows_but_packbuilder_has_no_words_in_is_a_choice(tmp_path: Path) -> None:
    result = run_cli("new", str(tmp_path / "fr"), "--language", "fr")
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def japanese_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ja") / "campaign"
    assert run_cli("new", str(folder), "--language", "ja").exit_code == 0
    signers = folder / "signers.csv"
    signers.write_text(
        "First Name,Last Name,Street,City,State,ZIP\n"
        "はなこ,やまだ,12 Oak St,Springfield,MA,01103\n"
        "太郎,鈴木,14 Oak St,Springfield,MA,01103\n",
        encoding="utf-8",
    )
    out = folder.parent / "pack.pdf"
    result = run_cli("build", str(folder), "-o", str(out), "--signers", str(signers), "-q")
    assert result.exit_code == 0, result.output
    return out


def test_the_japanese_pack_prints_its_own_words_in_japanese(japanese_pack: Path) -> None:
    ja = lang.language_for("ja").words
    titles = [entry.title for entry in outline(japanese_pack)]
    for title in (ja.cover, ja.addressees, ja.sign_in_sheet, ja.tally_sheet, ja.sources):
        assert title in titles, titles
    pages = page_texts(japanese_pack)
    entries = {entry.title: entry.page for entry in outline(japanese_pack)}
    cover = pages[entries[ja.cover]]
    assert "2026年11月28日" in cover and ja.what_we_ask in cover and ja.in_this_pack in cover
    assert "手紙10通" in cover  # two signers, five posts
    sign_in = pages[entries[ja.sign_in_sheet]]
    assert all(w in sign_in for w in (ja.name, ja.letters_written, "日付：", "場所："))
    # Signers' names as they sign: family name first, a kana name too.
    assert "やまだはなこ" in sign_in and "鈴木太郎" in sign_in
    # Japanese lines break as Chinese ones do: no closing mark starts a line, dates stay whole.
    assert line_break_problems(pages) == []
    tally = pages[entries[ja.tally_sheet]]
    assert all(w in tally for w in (ja.tally_intro, ja.total, ja.all_posts)), tally


def test_the_catalog_reader_reads_what_babel_reads() -> None:
    from babel.messages.pofile import read_po

    assert len(po.files()) >= 5
    for path in po.files().values():
        with path.open("rb") as stream:
            babel = {m.context: m for m in read_po(stream) if m.id}
        ours = po.read(path)
        assert ours.problems == ()
        assert set(ours.entries) == set(babel)
        for key, entry in ours.entries.items():
            message = babel[key]
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            assert (entry.english, entry.text, entry.fuzzy) == (ids, strings, message.fuzzy)


def test_a_catalog_that_is_not_po_is_located(add_catalog: AddCatalog) -> None:
    add_catalog("xx", _from_japanese("ja", _replace('msgstr "表紙"', 'msgstr "表紙')))
    problems = [str(p) for p in lang.catalog_problems("xx")]
    assert any(re.search(r"xx\.po:\d+:1: msgstr: a string not closed by '\"'", p) for p in problems)


def test_every_summary_line_counts_in_the_right_plural(
    tmp_path: Path, content_tree: ContentTree
) -> None:
    # One post, one signer, one full page: nothing says "1 posts", "1 signers", "1 pages".
    folder = content_tree(
        **{"campaign.yaml": [("language: en", "language: en\nposts: [embassy-washington]")]}
    )
    signers = tmp_path / "one.csv"
    signers.write_text("Name,Street,City,State,ZIP\nAnn Lee,12 Oak St,Springfield,MA,01103\n")
    built = run_cli("build", str(folder), "-o", str(tmp_path / "p.pdf"), "--signers", str(signers))
    assert built.exit_code == 0, built.output
    assert "Letters: 1 (1 to each of 1 post)" in built.output, built.output
    assert "Mail merge: 1 signer\n" in built.output and ": 1 signer\n" in built.output
    looked = run_cli("preview", str(folder), "-o", str(tmp_path / "look"), "--pages", "1")
    assert looked.exit_code == 0, looked.output
    assert "and 1 full page to" in looked.output, looked.output
    said = built.output + looked.output
    nouns = "posts|signers|pages|letters|covers|warnings|errors|values|drafts|sheets"
    plural_after_one = re.findall(rf"\b1 (?:[a-z-]+ )?(?:{nouns})\b", said)
    assert plural_after_one == [], said

"""Shapes of cells that report tools and directories write, read as the person meant them
(issue 20): Excel's `="02134"` text guard, a report's total line, "Family, Given" names."""

from __future__ import annotations

from pathlib import Path

import pytest

from packbuilder.signers.read import Reading, read_signers

from conftest import CONTENT, run_cli

HEADER = "First Name,Last Name,Street,City,State,Zip\n"


def _read(tmp_path: Path, text: str, country: str = "US") -> object:
    path = tmp_path / "signers.csv"
    path.write_text(text, encoding="utf-8")
    return read_signers(path, None, Reading(country=country))


def _report(found: object) -> list[str]:
    assert found.columns is not None  # type: ignore[attr-defined]
    return [line.strip() for line in found.columns.lines()]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "cell",
    ['="02134"', '"=""02134"""', ' = "02134" '],
    ids=["bare", "quoted", "spaced"],
)
def test_excels_text_guard_is_taken_off_and_said(tmp_path: Path, cell: str) -> None:
    found = _read(tmp_path, HEADER + f"Ann,Lee,12 Oak St,Boston,MA,{cell}\n")
    assert found.problems == ()  # type: ignore[attr-defined]
    signers = found.signers  # type: ignore[attr-defined]
    assert [(s.name, s.address) for s in signers] == [
        ("Ann Lee", ("12 Oak St", "Boston, MA 02134"))
    ]
    assert any(line.startswith('Excel\'s ="..." text guard') for line in _report(found))


def test_a_guarded_header_and_a_quote_inside_the_guard_read_as_written(tmp_path: Path) -> None:
    text = '="First Name",Last Name,Street,City,State,Zip\n'
    text += 'Ann,"=""O""""Neil""",12 Oak St,Boston,MA,02134\n'
    found = _read(tmp_path, text)
    assert [s.name for s in found.signers] == ['Ann O"Neil']  # type: ignore[attr-defined]


def test_a_formula_that_is_not_the_text_guard_is_left_alone(tmp_path: Path) -> None:
    found = _read(tmp_path, HEADER + 'Ann,Lee,"=A1&""x""",Boston,MA,02134\n')
    signers = found.signers  # type: ignore[attr-defined]
    assert signers and signers[0].address[0] == '=A1&"x"'


@pytest.mark.parametrize(
    "total",
    ["Total: 1 registrant", "Grand Total 12", "TOTAL", "Totals: 3", "합계 3", "Итого: 2"],
)
def test_a_reports_total_line_gets_no_letter_and_is_said_at_its_line(
    tmp_path: Path, total: str
) -> None:
    # Between signers, a total with a number is a warning at its line; one without is a
    # row like any other (no address, so a warning). Below the last signer it is the
    # report's footer, said in the column report with its line.
    signer = "Bo,Chan,400 Elm Ave,Chicago,IL,60614\n"
    text = HEADER + "Ann,Lee,12 Oak St,Springfield,IL,62704\n" + f"{total},,,,,\n" + signer
    found = _read(tmp_path, text)
    names = [s.name for s in found.signers]  # type: ignore[attr-defined]
    warnings = found.warnings  # type: ignore[attr-defined]
    if total == "TOTAL":
        assert names == ["Ann Lee", "TOTAL", "Bo Chan"]
    else:
        assert names == ["Ann Lee", "Bo Chan"]
        assert any(
            w.line == 3 and w.col == 1 and "a report's total line, not a signer" in w.message
            for w in warnings
        ), warnings
    found = _read(tmp_path, text.removesuffix(signer))
    assert [s.name for s in found.signers] == ["Ann Lee"]  # type: ignore[attr-defined]
    said = f"a report's footer below the last signer, not a signer: '{total}' (line 3)"
    assert said in _report(found)


@pytest.mark.parametrize(
    "footer",
    [
        ["Page 1 of 1"],
        ["Report generated 12/04/2026 7:33 AM by Ann Lee"],
        ["\u00a9 2026 Acme Nonprofit Cloud"],
        ["Filtered By:", "  Mailing State equals IL"],
        ["Total,,,,,"],
        ["Summe: 2", "Export erstellt am 04.12.2026"],
        ["合计 2 人"],
    ],
    ids=["page", "generated", "copyright", "filters", "total", "german", "chinese"],
)
def test_a_reports_footer_below_a_blank_row_gets_no_letter_and_is_said(
    tmp_path: Path, footer: list[str]
) -> None:
    text = HEADER + "Ann,Lee,12 Oak St,Springfield,IL,62704\nBo,Chan,400 Elm Ave,Chicago,IL,60614\n"
    text += "\n" + "".join(f'"{line}"\n' if "," not in line else f"{line}\n" for line in footer)
    found = _read(tmp_path, text)
    assert [s.name for s in found.signers] == ["Ann Lee", "Bo Chan"]  # type: ignore[attr-defined]
    said = [n for n in _report(found) if n.startswith("a report's footer below the last signer")]
    assert [n.rsplit("(line ", 1)[1] for n in said] == [f"{5 + i})" for i in range(len(footer))]


def test_rows_below_a_blank_row_that_may_be_signers_are_read(tmp_path: Path) -> None:
    # A name alone and a row with an address below blank rows get their letter (or their
    # warning). A page line with a signer after it ("Page 1 of 2": a count where a name would
    # be, nothing else) signs none, and is said at its line: a person's name holds no digit.
    text = HEADER + "Ann,Lee,12 Oak St,Springfield,IL,62704\n\n"
    text += '"Page 1 of 2"\n\nBo,Chan,400 Elm Ave,Chicago,IL,60614\n\nCy,Ray,,,,\n'
    found = _read(tmp_path, text)
    names = [s.name for s in found.signers]  # type: ignore[attr-defined]
    assert names == ["Ann Lee", "Bo Chan", "Cy Ray"]
    assert not any("footer" in line for line in _report(found))
    assert any(
        w.line == 4 and "'Page 1 of 2' is a report's total line" in w.message
        for w in found.warnings  # type: ignore[attr-defined]
    ), found.warnings  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", ["Totten Lee", "Tom Count", "Summer Sum"])
def test_names_that_start_like_a_total_are_people(tmp_path: Path, name: str) -> None:
    first, last = name.split()
    found = _read(tmp_path, HEADER + f"{first},{last},12 Oak St,Springfield,IL,62704\n")
    assert [s.name for s in found.signers] == [name]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("cell", "printed"),
    [
        ('"Lee, Ann"', "Ann Lee"),
        ('"O\'Neil, Mary Ann"', "Mary Ann O'Neil"),
        ('"van der Berg, Sanne"', "Sanne van der Berg"),
        ('"Lee, Jr."', "Lee, Jr."),
        ('"Ann Lee, MD"', "Ann Lee, MD"),
        ('"Acme, Inc."', "Acme, Inc."),
        ('"Lee, Ann, Dr"', "Lee, Ann, Dr"),
        ('"김, 민준"', "김민준"),
        ("Ann Lee", "Ann Lee"),
    ],
)
def test_a_name_written_family_comma_given_signs_given_name_first(
    tmp_path: Path, cell: str, printed: str
) -> None:
    text = "Name,Street,City,State,Zip\n" + f"{cell},12 Oak St,Springfield,IL,62704\n"
    found = _read(tmp_path, text)
    assert [s.name for s in found.signers] == [printed]  # type: ignore[attr-defined]
    turned = any(line.startswith("name written 'Family, Given'") for line in _report(found))
    assert turned == (printed not in cell)


def test_the_check_command_says_what_it_changed(tmp_path: Path) -> None:
    path = tmp_path / "signers.csv"
    path.write_text(
        "Name,Street,City,State,Zip\n"
        '"Lee, Ann",12 Oak St,Boston,MA,="02134"\n'
        "Total: 1 signer,,,,\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(CONTENT), "--signers", str(path))
    assert result.exit_code == 0, result.output
    assert "name written 'Family, Given': printed given name first (line 2)" in result.output
    assert 'Excel\'s ="..." text guard taken off the values inside it (line 2)' in result.output
    said = "  a report's footer below the last signer, not a signer: 'Total: 1 signer' (line 3)"
    assert said in result.output.splitlines()


def test_the_cells_of_a_row_with_no_name_are_said_to_be_on_no_letter_and_where(
    tmp_path: Path,
) -> None:
    # A row whose name cells are empty gets no letter; its street and town are listed under
    # that reason with their line, not as a column that is "not printed".
    text = HEADER + "Ann,Lee,12 Oak St,Boston,MA,02134\n,,9 Elm St,Salem,MA,01970\n"
    found = _read(tmp_path, text)
    assert [s.name for s in found.signers] == ["Ann Lee"]  # type: ignore[attr-defined]
    lines = [line for line in _report(found) if line.startswith("not used:")]
    assert lines == [
        "not used: Street (1 value, line 3), City (1 value, line 3), State (1 value, line 3), "
        "Zip (1 value, line 3): the row has no name, so no letter is printed for it"
    ]


@pytest.mark.parametrize(
    ("street", "city", "state"),
    [
        ("Hidden", "Hidden", "Hidden"),
        ("Prefer not to say", "Prefer not to say", ""),
        ("Private", "", "PRIVATE"),
        ("Nicht angegeben", "Nicht angegeben", "Nicht angegeben"),
    ],
)
def test_words_the_street_shares_with_the_town_or_state_are_a_detail_not_shared(
    tmp_path: Path, street: str, city: str, state: str
) -> None:
    found = _read(tmp_path, HEADER + f"Tom,Reyes,{street},{city},{state},60614\n")
    assert [(s.name, s.address) for s in found.signers] == [  # type: ignore[attr-defined]
        ("Tom Reyes", ("60614",))
    ]
    warnings = found.warnings  # type: ignore[attr-defined]
    assert any(w.line == 2 and "the signer's address has no street" in w.message for w in warnings)
    said = [
        line for line in _report(found) if line.startswith("not used: Street (1 value, line 2)")
    ]
    assert said and said[0].endswith("a detail not shared, not a place"), _report(found)


@pytest.mark.parametrize(
    ("header", "row", "printed"),
    [
        ("Name,City,State,Country", "Wei Tan,Singapore,,Singapore", ("Singapore", "SINGAPORE")),
        (
            "Name,Street,City,Zip,Country",
            "Jonas Weber,Berliner Str,Berlin,10115,Germany",
            ("Berliner Str", "10115 Berlin", "GERMANY"),
        ),
        (
            "Name,Street,City,State,Zip",
            "Ann Lee,12 Springfield,Springfield,IL,62704",
            ("12 Springfield", "Springfield, IL 62704"),
        ),
    ],
    ids=["city-state-and-country", "street-named-after-a-town", "street-with-a-number"],
)
def test_a_place_named_twice_in_a_row_still_prints(
    tmp_path: Path, header: str, row: str, printed: tuple[str, ...]
) -> None:
    found = _read(tmp_path, f"{header}\n{row}\n")
    assert [s.address for s in found.signers] == [printed]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "block",
    [
        ["Report Name,Donor List", "Run Date,12/04/2026", "Filter,All donors"],
        ["Organization Name,Oak Street Letters", "Prepared by,Ann Lee", ""],
        ["Export", "#------,", "Account Name,Oak Street", "Period,2026-11", "#------,", ""],
        [f"Key {n},value {n}" for n in range(12)],
    ],
    ids=["report", "organisation-and-person", "rules", "twelve-lines"],
)
def test_a_block_of_key_value_lines_above_the_header_is_skipped_and_said(
    tmp_path: Path, block: list[str]
) -> None:
    text = "\n".join(block) + "\n" + HEADER + "Ann,Lee,12 Oak St,Springfield,IL,62704\n"
    found = _read(tmp_path, text)
    assert found.problems == ()  # type: ignore[attr-defined]
    assert [(s.name, s.address) for s in found.signers] == [  # type: ignore[attr-defined]
        ("Ann Lee", ("12 Oak St", "Springfield, IL 62704"))
    ]
    assert any(line.startswith(f"header: line {len(block) + 1};") for line in _report(found))


def test_a_reports_totals_right_below_the_rows_are_its_footer(tmp_path: Path) -> None:
    text = "Donor First Name,Donor Last Name,Address,City,State,Postal Code,Amount\n"
    text += "Ann,Lee,12 Oak St,Springfield,IL,62704,10\nBo,Chan,400 Elm Ave,Chicago,IL,60614,5\n"
    text += "Totals,,,,,,15\nNet Total Payment,14\nProcessing Fee,1.00\n"
    found = _read(tmp_path, text)
    assert [s.name for s in found.signers] == ["Ann Lee", "Bo Chan"]  # type: ignore[attr-defined]
    assert found.warnings == ()  # type: ignore[attr-defined]
    said = [n for n in _report(found) if n.startswith("a report's footer below the last signer")]
    assert len(said) == 3


@pytest.mark.parametrize("held", ["anonymous", "N/A", "Info Requested", "-"])
def test_a_placeholder_name_beside_a_second_name_column_signs_with_the_second(
    tmp_path: Path, held: str
) -> None:
    # Microsoft Forms in a language whose account columns are not known: the account's
    # "anonymous" in the first name column, the form's own answer in the second.
    text = "Id,Name,Full name,Street,City,State,Zip\n"
    text += f"1,{held},Ann Lee,12 Oak St,Springfield,IL,62704\n"
    text += "2,Bo Chan,,400 Elm Ave,Chicago,IL,60614\n"
    found = _read(tmp_path, text)
    assert [s.name for s in found.signers] == ["Ann Lee", "Bo Chan"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("first", "full", "signs"),
    [
        ("anonymous", "Lucía Herrera", ["Lucía Herrera"]),
        ("unknown", "Ann Lee", ["Ann Lee"]),
        ("Test", "Test Smith", []),
        ("anonymous", "anonymous", []),
    ],
)
def test_a_placeholder_name_part_beside_a_full_name_that_prints_skips_no_row(
    tmp_path: Path, first: str, full: str, signs: list[str]
) -> None:
    text = "Full name,First name,Street,City,State,Zip\n"
    text += f"{full},{first},12 Oak St,Springfield,IL,62704\n"
    found = _read(tmp_path, text)
    assert [s.name for s in found.signers] == signs  # type: ignore[attr-defined]
    skipped = [w for w in found.warnings if "is a placeholder" in w.message]  # type: ignore[attr-defined]
    assert bool(skipped) == (not signs)

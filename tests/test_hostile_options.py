"""Every option value is checked: finite numbers in range, page ranges bounded, messages on
lines of bounded length with nothing raw a terminal acts on, and no traceback for any input."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packbuilder.errors import INVISIBLE

from conftest import CONTENT, FUZZ_FACTOR, ContentTree, run_cli

ONLY = ("--only", "cover")


@pytest.mark.parametrize(
    "option",
    [
        ("--bleed", "nan"),
        ("--bleed", "inf"),
        ("--bleed", "-nan"),
        ("--label-offset", "nan,nan"),
        ("--label-offset", "1,inf"),
    ],
)
def test_a_number_that_is_not_finite_is_refused(tmp_path: Path, option: tuple[str, str]) -> None:
    """'nan' passed click's range check and was written into the PDF."""
    out = tmp_path / "p.pdf"
    result = run_cli("build", str(CONTENT), "-o", str(out), *option, *ONLY)
    assert result.exit_code == 2
    assert "Invalid value for" in result.output and option[0] in result.output
    assert not out.exists()


@pytest.mark.parametrize(
    ("pages", "said"),
    [
        ("1-100000000000", "at most 1,000 pages full size"),
        ("1-5000000", "at most 1,000 pages full size"),
        ("1-999,5-6,1001-1002", "at most 1,000 pages full size"),
    ],
)
def test_a_huge_page_range_is_refused_before_it_is_made(pages: str, said: str) -> None:
    """--pages 1-100000000000 ran out of memory making the range (a traceback) and
    1-5000000 printed a 44 MB message."""
    result = run_cli("preview", str(CONTENT), "--pages", pages)
    assert result.exit_code == 2
    assert said in result.output
    assert len(result.output) < 2_000


def test_pages_beyond_the_pack_are_named_as_ranges(tmp_path: Path) -> None:
    result = run_cli("preview", str(CONTENT), "-o", str(tmp_path / "v"), "--pages", "1,161-1000")
    assert result.exit_code == 1
    assert "there is no page 161-1000" in result.output
    assert not (tmp_path / "v").exists()


def test_preview_replaces_old_images_only_once_new_ones_are_written(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    folder.mkdir()
    (folder / "page-099.png").write_bytes(b"an earlier preview's page")
    (folder / "notes.png").write_bytes(b"the organiser's own")
    failed = run_cli("preview", str(CONTENT), "-o", str(folder), "--pages", "999")
    assert failed.exit_code == 1
    assert (folder / "page-099.png").exists(), "a failed preview removed the last one"
    done = run_cli("preview", str(CONTENT), "-o", str(folder), "--pages", "1")
    assert done.exit_code == 0, done.output
    names = sorted(p.name for p in folder.iterdir())
    assert "page-099.png" not in names and "page-001.png" in names and "notes.png" in names


def test_new_with_a_folder_name_too_long_for_the_file_system(tmp_path: Path) -> None:
    result = run_cli("new", str(tmp_path / ("a" * 260)))
    assert result.exit_code == 1
    assert "internal error" not in result.output
    assert "cannot write" in result.output and "File name too long" in result.output
    assert list(tmp_path.iterdir()) == []


VALUES = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["nan", "inf", "-0", "1e308", "1e-400", "0x10", "1_000", "½", "١٢", "--"]),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.floats().map(str),
    st.lists(st.sampled_from(["1", "-", ",", "5", "nan", " ", "99999999999"]), max_size=8).map(
        "".join
    ),
)
OPTIONS = st.sampled_from(
    [
        ("build", "--bleed"),
        ("build", "--label-offset"),
        ("build", "--label-start"),
        ("build", "--copies"),
        ("build", "--only"),
        ("build", "--include"),
        ("build", "--paper"),
        ("build", "--letter-date"),
        ("build", "--signers-encoding"),
        ("preview", "--pages"),
        ("check", "--include"),
        ("check", "--paper"),
    ]
)


@settings(max_examples=60 * FUZZ_FACTOR, deadline=None)
@given(option=OPTIONS, value=VALUES)
def test_any_option_value_gets_an_answer_never_a_traceback(
    tmp_path_factory: pytest.TempPathFactory, option: tuple[str, str], value: str
) -> None:
    """Against a folder that does not exist: a value that passes is refused with the folder,
    one that does not with the option; either way one message, bounded, no traceback (run_cli
    lets an exception through, failing the test)."""
    command, name = option
    missing = tmp_path_factory.getbasetemp() / "no-such-campaign"
    result = run_cli(command, str(missing), f"{name}={value}")
    assert result.exit_code in (1, 2), result.output
    assert "internal error" not in result.output and "Traceback" not in result.output
    assert INVISIBLE.search(result.output) is None
    assert all(len(line) <= 1_000 for line in result.output.splitlines())
    if result.exit_code == 1:
        assert "content folder not found" in result.output


@given(value=st.floats(allow_nan=True, allow_infinity=True))
def test_the_bleed_is_accepted_exactly_when_finite_and_in_range(value: float) -> None:
    result = run_cli("build", "/no/such/campaign", "--bleed", repr(value))
    ok = math.isfinite(value) and 0 <= value <= 10
    assert result.exit_code == (1 if ok else 2), result.output


def test_a_check_of_a_missing_campaign_names_it_once(content_tree: ContentTree) -> None:
    result = run_cli("check", str(content_tree().parent / "nothing-here"))
    assert result.exit_code == 1
    assert result.output.count("content folder not found") == 1

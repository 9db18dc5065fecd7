"""Property: whatever the content or signer list, the outcome is a PDF or located errors."""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import CONTENT, FUZZ_FACTOR, run_cli

FILES = sorted(p.name for p in CONTENT.glob("*.yaml"))
LOCATED = re.compile(r"^.+:\d+:\d+: .+?: .+$")  # a key typed with a colon may hold one
SUMMARY = re.compile(r"^\d+ errors?(?: \(\d+ warnings? not shown: .*\))?; nothing was written\.$")

# Pieces people and accidents put into YAML: structure, quotes, markup, scripts, control bytes.
JUNK = st.sampled_from(
    [
        ":",
        ": ",
        "- ",
        "  ",
        "\t",
        "#",
        "'",
        '"',
        "[",
        "]",
        "{",
        "}",
        "&a ",
        "*a",
        "!!python/object:os.system ",
        "<b>",
        "&",
        "\n",
        "\r\n",
        "김혜숙",
        "习近平",
        "ễ",
        "\U0001f600",
        "\x00",
        "\x07",
        "0x1F",
        "~",
        "null",
        "2012-13-45",
        "yes",
        "---\n",
        "...\n",
        "%YAML 1.1\n",
        "[^",
        "[^cat-text]",
        "\ufeff",
    ]
)


@st.composite
def mutations(draw: st.DrawFn) -> tuple[str, list[tuple[str, int, str]]]:
    """A content file and a few edits: (op, position, text)."""
    name = draw(st.sampled_from(FILES))
    size = len((CONTENT / name).read_text(encoding="utf-8"))
    ops = draw(
        st.lists(
            st.tuples(
                st.sampled_from(["insert", "delete", "replace", "truncate"]),
                st.integers(0, size),
                st.one_of(JUNK, st.text(max_size=12)),
            ),
            min_size=1,
            max_size=4,
        )
    )
    return name, ops


def apply(text: str, ops: list[tuple[str, int, str]]) -> str:
    for op, pos, piece in ops:
        pos = min(pos, len(text))
        if op == "insert":
            text = text[:pos] + piece + text[pos:]
        elif op == "delete":
            text = text[:pos] + text[pos + len(piece) + 1 :]
        elif op == "replace":
            text = text[:pos] + piece + text[pos + len(piece) :]
        else:
            text = text[:pos]
    return text


def mutated_tree(tmp: str, mutation: tuple[str, list[tuple[str, int, str]]]) -> Path:
    """A copy of the default content with one file mutated."""
    name, ops = mutation
    folder = Path(tmp) / "content"
    shutil.copytree(CONTENT, folder)
    path = folder / name
    text = apply(path.read_text(encoding="utf-8"), ops)
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return folder


def assert_pdf_or_located_errors(output: str, exit_code: int, out: Path | None) -> None:
    assert exit_code in (0, 1), output
    assert "Traceback" not in output and "internal error" not in output, output
    lines = [line for line in output.splitlines() if line]
    if exit_code == 1:
        assert lines and SUMMARY.match(lines[-1]), output
        assert all(LOCATED.match(line) for line in lines[:-1]), output
        if out is not None:
            assert not out.exists()
    elif out is not None:
        assert out.read_bytes().startswith(b"%PDF")


@settings(
    max_examples=60 * FUZZ_FACTOR, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(mutations())
def test_check_survives_mutated_content(mutation: tuple[str, list[tuple[str, int, str]]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = mutated_tree(tmp, mutation)
        result = run_cli("check", str(folder))
        if result.exit_code == 0:
            assert "no errors" in result.output
            return
        assert_pdf_or_located_errors(result.output, result.exit_code, None)


@settings(max_examples=8 * FUZZ_FACTOR, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutations())
def test_build_survives_mutated_content(mutation: tuple[str, list[tuple[str, int, str]]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = mutated_tree(tmp, mutation)
        out = Path(tmp) / "p.pdf"
        result = run_cli("build", str(folder), "-o", str(out), "--no-duplex", "--no-labels")
        lines = [line for line in result.output.splitlines() if not line.startswith("Wrote ")]
        assert_pdf_or_located_errors("\n".join(lines), result.exit_code, out)


CSV_CELLS = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        ["", " ", '"', '""', "a,b", "a;b", "\r\n", "01234", "김혜숙", "<b>&", "\x00", "\x1b"]
    ),
)


@settings(
    max_examples=12 * FUZZ_FACTOR, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(
    header=st.lists(
        st.sampled_from(
            [
                "Name",
                "First Name",
                "Last Name",
                "Email",
                "Zip Code",
                "Street address",
                "City",
                "State",
                "Timestamp",
                "?",
            ]
        ),
        min_size=1,
        max_size=6,
    ),
    rows=st.lists(st.lists(CSV_CELLS, max_size=7), max_size=4),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]),
)
def test_build_survives_any_signer_list(
    header: list[str], rows: list[list[str]], delimiter: str, encoding: str
) -> None:
    text = "\r\n".join(delimiter.join(r) for r in [header, *rows]) + "\r\n"
    with tempfile.TemporaryDirectory() as tmp:
        csv = Path(tmp) / "s.csv"
        csv.write_bytes(text.encode(encoding, errors="replace"))
        out = Path(tmp) / "p.pdf"
        result = run_cli(
            "build",
            str(CONTENT),
            "-o",
            str(out),
            "--signers",
            str(csv),
            "--no-duplex",
            "--no-labels",
            "--no-guide",
        )
        lines = [
            line
            for line in result.output.splitlines()
            if not line.startswith(("Wrote ", "Mail merge: ")) and ": warning: " not in line
        ]
        assert_pdf_or_located_errors("\n".join(lines), result.exit_code, out)

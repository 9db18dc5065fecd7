"""The copy-shop file (--bleed) a press accepts: crop marks as artifacts 3 mm off the trim, in
registration colour, on every page; black as DeviceGray in every pack; no RGB with bleed."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream, DictionaryObject

from conftest import CONTENT, run_cli

MM = 72 / 25.4
#: What the copy shop is told: marks start 3 mm outside the trim.
OFFSET = 3 * MM


@pytest.fixture(scope="module")
def bleed_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default pack with 3 mm bleed and envelopes (blank backs, sheets of two sizes)."""
    out = tmp_path_factory.mktemp("press") / "bleed.pdf"
    result = run_cli("build", str(CONTENT), "-o", str(out), "--bleed", "3", "--envelopes", "-q")
    assert result.exit_code == 0, result.output
    return out


def _operations(stream: Any, reader: PdfReader, resources: Any) -> Iterator[tuple[list[Any], str]]:
    """Every operator of a content stream, and of the forms it draws, in order."""
    for operands, op in ContentStream(stream, reader).operations:
        yield operands, op.decode("latin-1")
        if op == b"Do" and resources is not None and "/XObject" in resources:
            form = resources["/XObject"].get_object()[operands[0]].get_object()
            if form.get("/Subtype") == "/Form":
                yield from _operations(form, reader, form.get("/Resources", resources))


def _page_operations(reader: PdfReader, index: int) -> list[tuple[list[Any], str]]:
    page = reader.pages[index]
    if "/Contents" not in page:
        return []
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else None
    return list(_operations(page.get_contents(), reader, resources))


def _marks(operations: list[tuple[list[Any], str]]) -> tuple[list[tuple[float, ...]], set[str]]:
    """The line segments drawn inside /Artifact <</Type /Page>> marked content, and the
    colour-setting operators used there."""
    segments: list[tuple[float, ...]] = []
    colours: set[str] = set()
    depth, inside, start = 0, 0, (0.0, 0.0)
    for operands, op in operations:
        if op in ("BDC", "BMC"):
            depth += 1
            props = operands[1] if op == "BDC" else None
            page_artifact = (
                operands[0] == "/Artifact"
                and isinstance(props, DictionaryObject)
                and props.get("/Type") == "/Page"
            )
            if page_artifact and not inside:
                inside = depth
        elif op == "EMC":
            if depth == inside:
                inside = 0
            depth -= 1
        elif inside and op == "m":
            start = (float(operands[0]), float(operands[1]))
        elif inside and op == "l":
            segments.append((*start, float(operands[0]), float(operands[1])))
        elif inside and op in ("CS", "SCN", "K", "RG", "G"):
            colours.add(f"{' '.join(str(o) for o in operands)} {op}")
    return segments, colours


def test_outloud_finds_no_untagged_content_in_the_bleed_pack(bleed_pack: Path) -> None:
    code = "import sys; from outloud.cli import main; sys.exit(main())"
    done = subprocess.run([sys.executable, "-c", code, "--json", "-", str(bleed_pack)],
                          capture_output=True, text=True, check=False)  # fmt: skip
    report = json.loads(done.stdout)["results"][0]
    assert report["stats"]["tagged"]
    untagged = [f for f in report["findings"] if f["rule"] == "TAG-001"]
    errors = [f for f in report["findings"] if f["severity"] == "error"]
    assert not untagged and not errors, untagged + errors


def test_every_page_has_eight_crop_marks_3_mm_off_its_trim(bleed_pack: Path) -> None:
    reader = PdfReader(str(bleed_pack))
    blank = 0
    sizes = set()
    for index, page in enumerate(reader.pages):
        operations = _page_operations(reader, index)
        blank += not any(op in ("Tj", "TJ") for _, op in operations)
        segments, colours = _marks(operations)
        x0, y0, x1, y1 = (float(v) for v in page.trimbox)
        sizes.add((round(x1 - x0), round(y1 - y0)))
        where = f"page {index + 1}"
        assert len(segments) == 8, where
        assert colours == {"/Registration CS", "1 SCN"}, where
        space = page["/Resources"]["/ColorSpace"]["/Registration"].get_object()
        assert space[0] == "/Separation" and space[1] == "/All", where
        for corner_x in (x0, x1):
            for corner_y in (y0, y1):
                # One mark on the line of each edge through the corner, pointing away from it.
                near = [s for s in segments if _starts_off(s, corner_x, corner_y)]
                assert len(near) == 2, (where, corner_x, corner_y, segments)
                for sx, sy, ex, ey in near:
                    gap = abs(sx - corner_x) + abs(sy - corner_y)
                    assert gap == pytest.approx(OFFSET, abs=0.01), where
                    further = abs(ex - corner_x) + abs(ey - corner_y)
                    assert further > gap, where
                    # Inside the sheet, outside the bleed.
                    assert min(ex, sx) >= 0 and max(ex, sx) <= float(page.mediabox.right)
                    bleed = 3 * MM - 0.01
                    assert not (x0 - bleed < sx < x1 + bleed and y0 - bleed < sy < y1 + bleed)
    assert blank >= 5  # blank backs for duplex starts have their marks too
    assert {(612, 792), (684, 297)} <= sizes  # Letter sheets and #10 envelopes, each its own trim


def _starts_off(segment: tuple[float, ...], x: float, y: float) -> bool:
    """Whether a mark starts 3 mm out from the trim corner (x, y) along either edge's line."""
    sx, sy = segment[0], segment[1]
    return any(
        abs(sx - (x + dx)) < 0.02 and abs(sy - (y + dy)) < 0.02
        for dx, dy in ((OFFSET, 0), (-OFFSET, 0), (0, OFFSET), (0, -OFFSET))
    )


def _colour_operators(path: Path) -> dict[str, set[tuple[float, ...]]]:
    """Operator -> the operands it was given, over every page and form of the file."""
    reader = PdfReader(str(path))
    found: dict[str, set[tuple[float, ...]]] = {}
    for index in range(len(reader.pages)):
        for operands, op in _page_operations(reader, index):
            if op in ("rg", "RG", "g", "G", "k", "K"):
                found.setdefault(op, set()).add(tuple(round(float(v), 3) for v in operands))
    return found


def test_black_is_device_gray_in_the_default_pack(built_pack: Path) -> None:
    found = _colour_operators(built_pack)
    assert (0.0,) in found["g"]  # black text and rules: one ink
    rgb = found.get("rg", set()) | found.get("RG", set())
    assert not [c for c in rgb if c[0] == c[1] == c[2]], rgb  # no grey or black as RGB
    assert rgb  # the accent colours stay RGB for screens and office printers


def test_the_bleed_pack_has_no_rgb_only_gray_and_cmyk(bleed_pack: Path, built_pack: Path) -> None:
    found = _colour_operators(bleed_pack)
    assert "rg" not in found and "RG" not in found, found
    assert (0.0,) in found["g"]
    assert found["k"]  # the accent colours, as the press's plates take them
    # Each is the screen pack's colour, converted keeping its saturation: a viewer's plain
    # conversion back gives the same RGB (the headings' blue stays blue, not slate).
    screen = _colour_operators(built_pack)["rg"]
    for c, m, y, k in found["k"]:
        back = ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
        assert any(back == pytest.approx(rgb, abs=0.005) for rgb in screen), (c, m, y, k)

"""Bringing people to the table (issue 25): the campaign's online page and the drive's day,
time and place, the poster and the bulletin insert that print them with a QR code."""

from __future__ import annotations

import itertools
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import yaml
import zxingcpp

from conftest import CONTENT, ContentTree, run_cli
from pdfcheck import figures, page_texts

URL = "https://writeforrights.example.org/north-korea"
DRIVE = (
    "paper: letter",
    f"paper: letter\nurl: {URL}\n"
    "drive:\n  date: 2026-12-06\n  time: after the 11 am service\n  place: St Mark's church hall",
)


def decoded(path: Path, page: int) -> list[str]:
    """The QR codes a decoder reads on a page rendered at 150 dpi, top to bottom."""
    image = pdfium.PdfDocument(path)[page].render(scale=150 / 72).to_pil()
    found = zxingcpp.read_barcodes(image)
    return [b.text for b in sorted(found, key=lambda b: b.position.top_left.y)]


@pytest.fixture(scope="module")
def outreach(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The poster, the bulletin insert and the pack with both, built with url and drive."""
    tmp = tmp_path_factory.mktemp("outreach")
    for language in ("en", "ko", "zh-Hans"):
        folder = tmp / language
        shutil.copytree(CONTENT, folder)
        campaign = folder / "campaign.yaml"
        text = campaign.read_text(encoding="utf-8").replace(*DRIVE, 1)
        text = text.replace("language: en", f"language: {language}", 1)
        campaign.write_text(text, encoding="utf-8")
    out = {}
    for name, language, args in (
        ("poster", "en", ("--only", "poster")),
        ("bulletin", "en", ("--only", "bulletin")),
        ("pack", "en", ("--poster", "--bulletin")),
        ("a4", "en", ("--only", "bulletin", "--paper", "a4")),
        ("a4-poster", "en", ("--only", "poster", "--paper", "a4")),
        ("tabloid", "en", ("--only", "poster", "--poster-size", "tabloid")),
        ("a3", "en", ("--only", "poster", "--poster-size", "a3", "--paper", "a4")),
        ("ko", "ko", ("--poster", "--bulletin")),
        ("zh", "zh-Hans", ("--poster", "--bulletin")),
    ):
        out[name] = tmp / f"{name}.pdf"
        folder = tmp / language
        result = run_cli("build", str(folder), "-o", str(out[name]), "--quiet", *args)
        assert result.exit_code == 0, result.output
    return out


def test_the_poster_reads_back_its_qr_code_date_and_place(outreach: dict[str, Path]) -> None:
    texts = [" ".join(t.split()) for t in page_texts(outreach["poster"]) if t.strip()]
    assert len(texts) == 1
    assert "6 December 2026" in texts[0] and "St Mark's church hall" in texts[0]
    assert "after the 11 am service" in texts[0] and URL in texts[0]
    assert decoded(outreach["poster"], 0) == [URL]
    assert figures(outreach["poster"]) == [URL]


def test_the_bulletin_page_holds_two_inserts(outreach: dict[str, Path]) -> None:
    for name in ("bulletin", "a4"):
        texts = [t for t in page_texts(outreach[name]) if t.strip()]
        assert len(texts) == 1, name
        assert texts[0].count("6 December 2026") == 2 and texts[0].count("St Mark's") == 2
        assert decoded(outreach[name], 0) == [URL, URL], name
        assert figures(outreach[name]) == [URL, URL]


#: Each poster's sheet in points: the pack's paper, or the larger one --poster-size asks for.
POSTER_SIZES = {
    "poster": (612.0, 792.0),  # US Letter, 8.5 x 11 in
    "a4-poster": (595.28, 841.89),  # A4, 210 x 297 mm
    "tabloid": (792.0, 1224.0),  # 11 x 17 in
    "a3": (841.89, 1190.55),  # 297 x 420 mm
}


@pytest.mark.parametrize("name", POSTER_SIZES)
def test_the_poster_is_printed_on_its_paper_and_its_code_reads(
    outreach: dict[str, Path], name: str
) -> None:
    pdf = pdfium.PdfDocument(outreach[name])
    width, height = pdf[0].get_size()
    assert (round(width, 2), round(height, 2)) == POSTER_SIZES[name]
    assert decoded(outreach[name], 0) == [URL]
    assert figures(outreach[name]) == [URL]


def test_a_poster_size_with_no_poster_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    result = run_cli("build", str(CONTENT), "-o", str(out), "--poster-size", "a3")
    assert result.exit_code != 0 and not out.exists()
    assert "--poster-size a3: this pack has no poster" in result.output


@pytest.mark.parametrize("name", POSTER_SIZES)
def test_the_poster_asks_in_large_type(outreach: dict[str, Path], name: str) -> None:
    """The ask is printed at 36 pt or more, on every paper: readable from across a room."""
    pdf = pdfium.PdfDocument(outreach[name])
    page = pdf[0].get_textpage()
    large = "".join(
        page.get_text_range(i, 1)
        for i in range(page.count_chars())
        if pdfium.raw.FPDFText_GetFontSize(page.raw, i) >= 36
    )
    ask = "We ask the People’s Republic of China to stop forcibly returning North Koreans"
    assert "".join(ask.split()) in "".join(large.split())  # line ends carry no size


def largest_type(path: Path) -> float:
    """The largest font size on the first page, in points (the poster's ask)."""
    page = pdfium.PdfDocument(path)[0].get_textpage()
    return max(pdfium.raw.FPDFText_GetFontSize(page.raw, i) for i in range(page.count_chars()))


@pytest.mark.parametrize(("name", "paper"), [("tabloid", "poster"), ("a3", "a4-poster")])
def test_a_larger_poster_has_larger_type(outreach: dict[str, Path], name: str, paper: str) -> None:
    """On a larger sheet the type grows with the sheet's width, so it reads from further."""
    grown = POSTER_SIZES[name][0] / POSTER_SIZES[paper][0]
    larger, own = largest_type(outreach[name]), largest_type(outreach[paper])
    # The ask steps down 2 pt at a time until it fits its share of the sheet.
    assert own * grown - 2 <= larger <= own * grown + 0.01, (larger, own)


@pytest.mark.parametrize(("name", "date"), [("ko", "2026년 12월 6일"), ("zh", "2026年12月6日")])
def test_other_editions_print_the_date_in_their_language(
    outreach: dict[str, Path], name: str, date: str
) -> None:
    texts = page_texts(outreach[name])
    at = [i for i, t in enumerate(texts) if "St Mark's church hall" in t]
    assert len(at) == 2, at  # the poster and the bulletin page
    assert date in texts[at[0]] and texts[at[1]].count(date) == 2
    assert decoded(outreach[name], at[0]) == [URL]
    assert decoded(outreach[name], at[1]) == [URL, URL]


def test_poster_and_bulletin_are_off_by_default(tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    assert run_cli("build", str(CONTENT), "-o", str(out), "--quiet").exit_code == 0
    assert not any("Come and write a letter" in t for t in page_texts(out))


@pytest.mark.parametrize("name", ["pack", "a4", "ko", "zh"])
def test_the_checkers_find_no_error(outreach: dict[str, Path], name: str) -> None:
    code = "import sys; from outloud.cli import main; sys.exit(main())"
    done = subprocess.run([sys.executable, "-c", code, "--json", "-", str(outreach[name])],
                          capture_output=True, text=True, check=False)  # fmt: skip
    report = json.loads(done.stdout)["results"][0]
    errors = [f for f in report["findings"] if f["severity"] == "error"]
    assert report["stats"]["tagged"] and not errors, errors
    pdfua = [sys.executable, "-m", "pdfua", "check", "-f", "json", str(outreach[name])]
    done = subprocess.run(pdfua, capture_output=True, text=True, check=False)
    found = json.loads(done.stdout)
    assert found["summary"]["findings"] == 0, found["findings"]


def test_a_wrong_drive_date_and_url_are_located(content_tree: ContentTree, tmp_path: Path) -> None:
    wrong = (DRIVE[0], DRIVE[1].replace("2026-12-06", "2026-13-06").replace("https://", "www."))
    folder = content_tree(**{"campaign.yaml": [wrong]})
    result = run_cli("build", str(folder), "-o", str(tmp_path / "out.pdf"))
    assert result.exit_code == 1
    assert "campaign.yaml:15:9: drive.date: '2026-13-06' is not a real date" in result.output
    assert "campaign.yaml:13:6: url: 'www.writeforrights" in result.output


@pytest.mark.parametrize(("name", "yaml_name"),
                         [("pack", "campaign.yaml"), ("ko", "campaign.ko.yaml"),
                          ("zh", "campaign.zh.yaml")])  # fmt: skip
def test_the_poster_and_bulletin_print_the_whole_ask(
    outreach: dict[str, Path], name: str, yaml_name: str
) -> None:
    """The whole ask, never its first sentence only: a Korean ask's first sentence is "We ask
    the PRC." without the request, and an English one stops at "Dr."."""
    ask = yaml.safe_load((CONTENT / yaml_name).read_text(encoding="utf-8"))["ask"]
    pages = [t for t in page_texts(outreach[name]) if "St Mark's church hall" in t]
    assert len(pages) == 2  # the poster and the bulletin page
    poster, bulletin = ("".join(t.split()) for t in pages)
    whole = "".join(ask.split())
    assert whole in poster and bulletin.count(whole) == 2


def overlapping_lines(path: Path) -> list[tuple[str, str]]:
    """Pairs of text runs on the first page whose glyph boxes overlap (pdfium's text rects),
    and runs that reach off the page (paired with "off the page")."""
    sheet = pdfium.PdfDocument(path)[0]
    page, (right, top) = sheet.get_textpage(), sheet.get_size()
    rects = [page.get_rect(i) for i in range(page.count_rects())]
    found = [(page.get_text_bounded(*r), "off the page") for r in rects
             if r[0] < 0 or r[1] < 0 or r[2] > right or r[3] > top]  # fmt: skip
    for a, b in itertools.combinations(rects, 2):
        if a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5:
            found.append((page.get_text_bounded(*a), page.get_text_bounded(*b)))
    return found


LONG_PLACE = "St Mark's church hall, the side entrance on Church Street, up the stairs"
LONG_URL = "https://writeforrights.example.org/north-korea/letter-writing-drive?src=poster&id=12345"


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize(
    "args",
    [("--only", "poster"), ("--only", "poster", "--poster-size", "a3", "--paper", "a4"),
     ("--only", "bulletin")],
)  # fmt: skip
def test_no_two_lines_overlap_with_a_long_place_and_url(
    tmp_path: Path, language: str, args: tuple[str, ...]
) -> None:
    """Laid out by measured heights: a place that wraps to two lines pushes the URL down, and
    the QR code's words never run into the drive's time."""
    long = tmp_path / "long"
    shutil.copytree(CONTENT, long)
    text = (long / "campaign.yaml").read_text(encoding="utf-8").replace(*DRIVE, 1)
    text = text.replace("language: en", f"language: {language}", 1)
    text = text.replace("place: St Mark's church hall", f"place: {LONG_PLACE}")
    (long / "campaign.yaml").write_text(text.replace(URL, LONG_URL), encoding="utf-8")
    out = tmp_path / "out.pdf"
    result = run_cli("build", str(long), "-o", str(out), "--quiet", *args)
    assert result.exit_code == 0, result.output
    flat = "".join(page_texts(out)[0].split())
    assert "".join(LONG_PLACE.split()) in flat and LONG_URL in flat
    assert overlapping_lines(out) == []

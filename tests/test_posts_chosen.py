"""A campaign that writes to some posts only (`posts:` in campaign.yaml): the posts it leaves
out are not listed as open in the addressee table, and their addresses and fax numbers are
not among those to confirm (read back from the PDF and from `check` and `build`)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import Result

from conftest import CONTENT, run_cli
from pdfcheck import outline, page_texts

CHOSEN = ("embassy-washington", "cg-chicago")
LEFT_OUT = ("New York", "San Francisco", "Los Angeles")


@pytest.fixture(scope="module")
def two_posts(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Result, Result]:
    folder = tmp_path_factory.mktemp("posts") / "content"
    shutil.copytree(CONTENT, folder)
    campaign = folder / "campaign.yaml"
    listed = "".join(f"  - {post}\n" for post in CHOSEN)
    campaign.write_text(campaign.read_text("utf-8") + f"posts:\n{listed}", "utf-8")
    pdf = folder.parent / "pack.pdf"
    built = run_cli("build", str(folder), "-o", str(pdf))
    assert built.exit_code == 0, built.output
    return pdf, built, run_cli("check", str(folder))


def _addressees(pdf: Path, title: str = "Addressees") -> str:
    texts = page_texts(pdf)
    tops = [e for e in outline(pdf) if e.level == 0]
    start = next(i for i, e in enumerate(tops) if e.title == title)
    end = tops[start + 1].page if start + 1 < len(tops) else len(texts)
    return " ".join(" ".join(texts[tops[start].page : end]).split())


def test_posts_left_out_are_not_listed_as_open(two_posts) -> None:
    table = _addressees(two_posts[0])
    status = {
        m[1]: m[2]
        for m in re.finditer(
            r"(Washington DC|New York|Chicago|San Francisco|Los Angeles|Houston) "
            r"(Open|No letter in this drive|Closed)",
            table,
        )
    }
    assert status == {
        "Washington DC": "Open",
        "Chicago": "Open",
        **dict.fromkeys(LEFT_OUT, "No letter in this drive"),
        "Houston": "Closed",
    }, table


def test_posts_left_out_have_nothing_to_confirm(two_posts) -> None:
    _, built, checked = two_posts
    assert checked.exit_code == 0, checked.output
    confirm = [line for line in checked.output.splitlines() if "confirm" in line]
    assert confirm, checked.output
    for post in LEFT_OUT:
        assert not [line for line in confirm if post in line], confirm
    # Washington's address (no date) and fax (2012); Chicago's address (not the post's own
    # site) and fax (2012, sources disagree): two of each, counted once per post.
    assert "2 addresses and 2 fax numbers need confirming before you print" in built.output
    assert "Letters: 2 (1 to each of 2 posts)" in built.output

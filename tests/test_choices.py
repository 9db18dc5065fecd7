"""Choices an organiser makes: the group's contact on cover and guide, --include at build time."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from conftest import CONTENT, ContentTree, run_cli
from pdfcheck import outline, page_texts

#: The shipped campaign's placeholder contact, which a real group replaces.
SHIPPED_CONTACT = re.search(
    r"^contact:\n(?:  .*\n)+", (CONTENT / "campaign.yaml").read_text(encoding="utf-8"), re.M
)[0]

CONTACT = """
contact:
  name: Riverside Letter Group
  email: letters@riverside-group.org
  phone: "+44 20 7946 0018"
  web: https://riverside-group.org
"""

#: Words only in the default letter's optional paragraphs (obligations, harm, interest).
OPTIONAL_WORDS = {
    "obligations": "made no reservation",
    "harm": "Commission of Inquiry",
    "interest": "freely accepted",
}


@pytest.fixture(scope="module")
def with_contact(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("contact") / "content"
    shutil.copytree(CONTENT, folder)
    campaign = folder / "campaign.yaml"
    text = campaign.read_text(encoding="utf-8").replace(SHIPPED_CONTACT, "")
    campaign.write_text(text + CONTACT, encoding="utf-8")
    out = folder.parent / "pack.pdf"
    result = run_cli("build", str(folder), "-o", str(out), "--include", "harm")
    assert result.exit_code == 0, result.output
    return out


def test_contact_prints_on_the_cover_and_in_the_guide_never_in_metadata(
    with_contact: Path,
) -> None:
    pages = page_texts(with_contact)
    flat = [" ".join(t.split()) for t in pages]
    details = "letters@riverside-group.org; +44 20 7946 0018"
    assert "Contact: Riverside Letter Group" in flat[0] and details in flat[0]
    parts = [e.page for e in outline(with_contact) if e.level == 0]
    start = next(e.page for e in outline(with_contact) if e.title == "Organizer guide")
    end = min(page for page in parts if page > start)
    assert details in " ".join(flat[start:end])  # at the end of the guide
    reader = PdfReader(str(with_contact))
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    xmp = reader.trailer["/Root"].get("/Metadata")
    xmp_text = xmp.get_object().get_data().decode("utf-8") if xmp else ""
    for secret in ("riverside", "7946"):
        assert secret not in meta.lower() and secret not in xmp_text.lower()


def letter_texts(pdf: Path) -> list[str]:
    return [" ".join(t.split()) for t in page_texts(pdf) if "Your Excellency," in t]


def test_include_chooses_the_optional_paragraphs(with_contact: Path) -> None:
    letters = letter_texts(with_contact)
    assert letters
    for text in letters:
        assert OPTIONAL_WORDS["harm"] in text
        assert OPTIONAL_WORDS["obligations"] not in text
        assert OPTIONAL_WORDS["interest"] not in text


def test_include_none_and_an_empty_include_list_print_no_optional_paragraph_and_never_warn(
    content_tree: ContentTree, tmp_path: Path
) -> None:
    none = run_cli("build", str(CONTENT), "-o", str(tmp_path / "n.pdf"), "--include", "none")
    assert none.exit_code == 0, none.output
    folder = content_tree(
        **{"letter.yaml": [("personal_lines: 3", "include: []\npersonal_lines: 3")]}
    )
    empty = run_cli("build", str(folder), "-o", str(tmp_path / "e.pdf"))
    assert empty.exit_code == 0, empty.output
    for result, pdf in ((none, "n.pdf"), (empty, "e.pdf")):
        assert "optional" not in result.output and "not used" not in result.output
        letters = letter_texts(tmp_path / pdf)
        assert len(letters) == 5, pdf
        for text in letters:
            assert not any(words in text for words in OPTIONAL_WORDS.values())


def test_a_wrong_include_names_the_fix(tmp_path: Path) -> None:
    result = run_cli("check", str(CONTENT), "--include", "harmm,the-law")
    assert result.exit_code == 1
    assert "no paragraph in letter.yaml has id 'harmm' (did you mean 'harm'?)" in result.output
    assert "paragraph 'the-law' is not optional" in result.output
    assert "Traceback" not in result.output


def test_an_empty_contact_is_an_error(content_tree: ContentTree) -> None:
    folder = content_tree(**{"campaign.yaml": [(SHIPPED_CONTACT, "contact: {}\n")]})
    result = run_cli("check", str(folder))
    assert result.exit_code == 1
    assert "contact: give at least one of name, email, phone, web" in result.output

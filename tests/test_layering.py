"""Each library is imported by its own stage only (shared/style.md): grep proves it."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT

PACKAGE = ROOT / "packbuilder"
LAYOUT = {
    "fonts.py",
    "styles.py",
    "measure.py",
    "flowables.py",
    "sheets.py",
    "layout.py",
    "render.py",
    "tagging.py",
    "pdfwriter.py",
}
OWNERS = {
    "reportlab": LAYOUT,
    "pypdf": {"finish.py"},
    "yaml": {"loader.py"},
    "click": {"cli.py"},
    "pypdfium2": {"preview.py"},
    "PIL": {"preview.py"},
}


@pytest.mark.parametrize("library", sorted(OWNERS))
def test_library_is_imported_only_by_its_stage(library: str) -> None:
    pattern = re.compile(rf"^\s*(?:import|from)\s+{library}\b", re.MULTILINE)
    importers = {p.name for p in PACKAGE.glob("*.py") if pattern.search(p.read_text("utf-8"))}
    assert importers and importers <= OWNERS[library], importers - OWNERS[library]


def test_the_document_model_is_plain_data() -> None:
    text = (PACKAGE / "model.py").read_text("utf-8")
    imports = re.findall(r"^\s*(?:import|from)\s+(\S+)", text, re.MULTILINE)
    # The catalog of printed words is plain data too; it may be carried by the model.
    assert set(imports) <= {
        "__future__",
        "collections.abc",  # Sequence: a part may make its letters as they are read
        "dataclasses",
        "typing",
        ".errors",
        ".language",
    }


def test_the_language_layer_needs_no_library() -> None:
    text = (PACKAGE / "language.py").read_text("utf-8")
    imports = set(re.findall(r"^\s*(?:import|from)\s+(\S+)", text, re.MULTILINE))
    assert all(not name.startswith(".") for name in imports), imports
    allowed = {"__future__", "collections.abc", "dataclasses", "re", "string", "typing"}
    assert imports <= allowed | {"unicodedata"}

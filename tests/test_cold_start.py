"""Each command imports only what it needs: `check` never loads pypdf or the signer reader,
`--help` no PDF or YAML library. Run in a fresh interpreter, as a user's command is."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import CONTENT, ContentTree

#: Runs the command line in this interpreter, then writes the names of the modules it loaded.
RUN = """
import json, sys
from packbuilder.cli.commands import main
out, args = sys.argv[1], sys.argv[2:]
try:
    main(args)
except SystemExit as exc:
    code = exc.code
with open(out, "w") as f:
    json.dump({"code": code, "modules": sorted(sys.modules)}, f)
"""


def _modules(tmp_path: Path, *args: str, code: int = 0) -> set[str]:
    out = tmp_path / "modules.json"
    subprocess.run(
        [sys.executable, "-c", RUN, str(out), *args], check=True, capture_output=True, timeout=120
    )
    found = json.loads(out.read_text())
    assert found["code"] == code, found
    return set(found["modules"])


def _loaded(modules: set[str], package: str) -> bool:
    return any(m == package or m.startswith(package + ".") for m in modules)


def test_check_loads_no_pdf_writer_and_no_signer_reader(tmp_path: Path) -> None:
    modules = _modules(tmp_path, "check", str(CONTENT))
    assert "packbuilder.layout.pages" in modules  # check lays the pack out: that is the fit check
    for name in ("pypdf", "pypdfium2", "packbuilder.pdf.finish", "packbuilder.preview"):
        assert not _loaded(modules, name), name
    # The default campaign has no signer list: the CSV reader stays unread.
    for name in (
        "packbuilder.signers.read",
        "packbuilder.signers.columns",
        "packbuilder.signers.encodings",
        "packbuilder.signers.table",
        "packbuilder.signers.rows",
        "packbuilder.signers.postal",
        "csv",
    ):
        assert not _loaded(modules, name), name


def test_check_stopping_at_a_content_mistake_loads_no_layout(
    tmp_path: Path, content_tree: ContentTree
) -> None:
    folder = content_tree(**{"campaign.yaml": [("organiser:", "organizer:")]})
    modules = _modules(tmp_path, "check", str(folder), code=1)
    assert (
        "packbuilder.content.schema" in modules and "packbuilder.layout.fonts" in modules
    )  # it did check
    for name in (
        "packbuilder.layout.pages",
        "packbuilder.layout.story",
        "reportlab.platypus",
        "pypdf",
    ):
        assert not _loaded(modules, name), name


def test_help_loads_no_pdf_or_yaml_library(tmp_path: Path) -> None:
    modules = _modules(tmp_path, "--help")
    assert "click" in modules
    for name in (
        "reportlab",
        "pypdf",
        "yaml",
        "packbuilder.pipeline",
        "packbuilder.content.schema",
    ):
        assert not _loaded(modules, name), name


def test_markup_escapes_as_the_xml_library_does() -> None:
    from xml.sax.saxutils import escape

    from packbuilder.layout import fonts

    for text in ("a < b & c > d", "&amp; is text", "<b>not bold</b>", "&lt;&", "", "plain"):
        assert fonts.escape(text) == escape(text)
        assert fonts.markup(text, fonts.SERIF) == escape(text)


def test_a_build_without_attachments_loads_no_pypdf(tmp_path: Path) -> None:
    """pypdf copies an attached PDF's pages; a pack without one is written without it."""
    modules = _modules(tmp_path, "build", str(CONTENT), "-o", str(tmp_path / "p.pdf"), "--quiet")
    assert "packbuilder.pdf.finish" in modules and "packbuilder.pdf.writer" in modules
    for name in ("pypdf", "pypdfium2", "xml.sax"):
        assert not _loaded(modules, name), name
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF-1.7")

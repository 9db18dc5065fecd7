"""One home per part type: a part added to the registry alone (its entry, a model class, an
assemble function and a renderer module, all outside packbuilder) is a `build` switch, an
`--only` choice, a `kit:` key of campaign.yaml's schema and a page of the pack."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from packbuilder import parts

from conftest import CONTENT
from pdfcheck import outline, page_texts

#: The throwaway part: plain data and the function that makes it from the content.
POSTER = """
from dataclasses import dataclass


@dataclass(frozen=True)
class Flyer:
    title: str
    text: str


def assemble(a):
    yield Flyer("Flyer", f"Bring a friend to the table: {a.content.campaign.title}")
"""

#: Its renderer: a heading and one paragraph.
POSTER_RENDER = """
from packbuilder.layout.context import PartBreak
from packbuilder.layout.parts import render_part
from flyer import Flyer


@render_part.register(Flyer)
def render_flyer(part, ctx, follows):
    return [PartBreak(follows), ctx.heading(part.title, "h1", 0), ctx.p(part.text)]
"""

#: Registers the poster before anything else of packbuilder is imported, as a part shipped
#: with packbuilder would be, then runs what the test looks at and writes it down as JSON.
RUN = """
import json, sys
from pathlib import Path

from packbuilder import parts

flyer = parts.PartType(
    "flyer",
    "flyer:Flyer",
    "flyer_render",
    "flyer:assemble",
    switch=parts.Switch(
        "Include a flyer for the hall door.", campaign="A flyer for the hall door."
    ),
)
parts.PARTS = (*parts.PARTS[:-1], flyer, parts.PARTS[-1])  # before the sources

from click.testing import CliRunner

from packbuilder.cli.commands import main
from packbuilder.content.reference import json_schema

content, out = sys.argv[1], Path(sys.argv[2])
runner = CliRunner()


def run(*args):
    result = runner.invoke(main, list(args))
    return {"code": result.exit_code, "output": result.output}


found = {
    "help": run("build", "--help"),
    "kit": list(json_schema("campaign.yaml")["properties"]["kit"]["properties"]),
    "pack": run("build", content, "-o", str(out / "pack.pdf"), "--quiet"),
    "only": run("build", content, "-o", str(out / "only.pdf"), "--only", "flyer", "--quiet"),
    "without": run("build", content, "-o", str(out / "without.pdf"), "--no-flyer", "--quiet"),
    "misspelt": run("build", content, "--only", "flyr"),
}
(out / "found.json").write_text(json.dumps(found), encoding="utf-8")
"""

TEXT = "Bring a friend to the table"


def test_a_part_added_to_the_registry_alone_is_in_the_cli_the_schema_and_the_pack(
    tmp_path: Path,
) -> None:
    (tmp_path / "flyer.py").write_text(textwrap.dedent(POSTER), encoding="utf-8")
    (tmp_path / "flyer_render.py").write_text(textwrap.dedent(POSTER_RENDER), encoding="utf-8")
    env_path = str(tmp_path)
    subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, {env_path!r})\n{RUN}",
         str(CONTENT), str(tmp_path)],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    found = json.loads((tmp_path / "found.json").read_text(encoding="utf-8"))

    help_text = " ".join(found["help"]["output"].split())  # as wrapped for any terminal
    assert "--flyer / --no-flyer Include a flyer for the hall door." in help_text
    assert "poster, bulletin, flyer, sources." in help_text  # --only's choices

    assert found["kit"][-4:] == ["flyer", "sign_in_rows", "report_to", "sign_in_note"]

    for run in ("pack", "only", "without"):
        assert found[run]["code"] == 0, found[run]["output"]
    pack = page_texts(tmp_path / "pack.pdf")
    at = [i for i, text in enumerate(pack) if TEXT in text]
    assert len(at) == 1, at
    titles = [e.title for e in outline(tmp_path / "pack.pdf") if e.level == 0]
    assert titles[-2:] == ["Flyer", "Sources"]  # in print order, before the sources

    only = [t for t in page_texts(tmp_path / "only.pdf") if t.strip()]
    assert len(only) == 1 and TEXT in only[0]
    assert not any(TEXT in text for text in page_texts(tmp_path / "without.pdf"))

    assert found["misspelt"]["code"] == 2
    assert "unknown part 'flyr' (did you mean 'flyer'?)" in found["misspelt"]["output"]


def test_every_registered_part_has_its_code() -> None:
    """Each entry's model, renderer module and assemble function import (a typo in a path
    would otherwise surface only when that part is printed)."""
    assert len(parts.PARTS) > 10
    for entry in parts.PARTS:
        assert isinstance(parts.load(entry.model), type), entry.name
        parts.load(entry.renderer)
        if entry.name != "cover":
            assert callable(parts.load(entry.assemble or "")), entry.name
    assert len(set(parts.names())) == len(parts.names())

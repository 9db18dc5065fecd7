"""Shared fixtures: the default content, a pack built from it once, and editable content trees."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import settings

from packbuilder.cli.commands import main

# The fuzz tests run a fixed set of examples (derived from each test's name), so a red run
# always means a real change, the same on every machine. FUZZ_FACTOR=50 runs fifty times more;
# FUZZ_EXPLORE=1 draws new examples each run (and keeps failing ones in .hypothesis/).
settings.register_profile("seeded", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile("explore" if os.environ.get("FUZZ_EXPLORE") else "seeded")
FUZZ_FACTOR = int(os.environ.get("FUZZ_FACTOR", "1"))

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"

# Font metrics are cached for this test run only, never in the developer's own cache folder.
if "PACKBUILDER_CACHE_DIR" not in os.environ:
    _CACHE = tempfile.mkdtemp(prefix="packbuilder-test-cache-")
    os.environ["PACKBUILDER_CACHE_DIR"] = _CACHE
    atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)


def run_cli(*args: str) -> Result:
    """Run the packbuilder command line in-process, as a user would from a shell."""
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


#: build's switches for a pack of letters without the drive kit's sheets or duplex blanks (add
#: --labels or --no-labels): a signer list's letters, quick to build and read back.
LETTERS_ONLY = (
    "--no-duplex", "--no-guide", "--no-sign-in", "--no-tally", "--no-fax-covers", "--no-envelopes",
)  # fmt: skip


def one_post_campaign(folder: Path) -> Path:
    """A copy of the default campaign in `folder`/content, with letters to one post only."""
    content = folder / "content"
    shutil.copytree(CONTENT, content)
    campaign = content / "campaign.yaml"
    text = campaign.read_text(encoding="utf-8")
    campaign.write_text(
        text.replace("\npaper:", "\nposts: [embassy-washington]\npaper:", 1), encoding="utf-8"
    )
    return content


def signed_pack(folder: Path, signers: str) -> tuple[dict[str, str], list[str], str]:
    """A one-post pack of letters and return labels built in `folder` for the signer list
    `signers` (CSV text): each signer's letter from its closing on, by name; the label pages'
    texts; the build's output."""
    from pdfcheck import page_texts, signed_letters

    content = one_post_campaign(folder)
    path = folder / "signers.csv"
    path.write_text(signers, encoding="utf-8")
    out = folder / "pack.pdf"
    result = run_cli(
        "build", str(content), "-o", str(out), "--signers", str(path), *LETTERS_ONLY, "--labels"
    )
    assert result.exit_code == 0, result.output
    signed = signed_letters(out)
    letters = {name: page[page.index("Respectfully") :] for name, page in signed.items()}
    labels = [t for t in page_texts(out) if "Respectfully" not in t]
    return letters, labels, result.output


@pytest.fixture(scope="module")
def one_post(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default campaign (a copy) with letters to one post only, so each build stays small."""
    return one_post_campaign(tmp_path_factory.mktemp("one-post"))


@pytest.fixture(scope="session")
def built_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default campaign built once through the CLI, shared by every test that only reads
    it: its messages are in build-output.txt beside it, its letters split into letters/
    (`--split` leaves the pack's bytes as they are without it)."""
    out = tmp_path_factory.mktemp("pack") / "pack.pdf"
    result = run_cli("build", str(CONTENT), "-o", str(out), "--split", str(out.parent / "letters"))
    assert result.exit_code == 0, result.output
    (out.parent / "build-output.txt").write_text(result.output, encoding="utf-8")
    return out


@pytest.fixture(scope="session")
def built_letters(built_pack: Path) -> Path:
    """The folder of the default pack's letters, one PDF per letter (`--split`)."""
    return built_pack.parent / "letters"


@pytest.fixture(scope="session")
def default_check() -> Result:
    """`packbuilder check` of the default campaign, run once for every test that reads it."""
    return run_cli("check", str(CONTENT))


ContentTree = Callable[..., Path]


@pytest.fixture
def content_tree(tmp_path: Path) -> ContentTree:
    """Copy the default content to a temporary folder, with text replacements per file.

    `content_tree(**{"letter.yaml": [("old", "new")]})` returns the folder; a replacement that
    does not match fails the test, so fixtures cannot silently stop testing anything.
    """

    def make(**edits: list[tuple[str, str]]) -> Path:
        folder = tmp_path / "content"
        shutil.copytree(CONTENT, folder)
        for name, replacements in edits.items():
            path = folder / name
            text = path.read_text(encoding="utf-8")
            for old, new in replacements:
                assert old in text, f"fixture edit not found in {name}: {old!r}"
                text = text.replace(old, new, 1)
            path.write_text(text, encoding="utf-8")
        return folder

    return make

"""The README's commands are the ones CI runs, so the documented set-up is the tested one, and
the docs install packbuilder the way the README does."""

from __future__ import annotations

import re
import shlex

from conftest import ROOT, run_cli


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = text.split("```sh\n")[1:3]
    return [block.split("\n```")[0].strip() for block in blocks]


def test_ci_runs_the_readme_test_command() -> None:
    build, test = readme_commands()
    assert "packbuilder build" in build and "pytest" in test
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci.splitlines()


def test_the_start_guide_installs_as_the_readme_does() -> None:
    build, _ = readme_commands()
    install = build.split(" && .venv/bin/packbuilder")[0]
    assert install.endswith("pip install .")  # from the checkout: the package is not on PyPI
    start = (ROOT / "docs" / "start.md").read_text(encoding="utf-8")
    assert f"```sh\n{install}\n```" in start
    for doc in sorted((ROOT / "docs").glob("*.md")):
        assert "pip install packbuilder" not in doc.read_text(encoding="utf-8"), doc.name


def test_every_packbuilder_command_in_the_readme_runs_as_written() -> None:
    """After the first command, packbuilder is `.venv/bin/packbuilder`: every command line in
    the README's code blocks runs it so (a bare `packbuilder` is not found in a fresh shell),
    and every option it passes is one its command takes."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```[a-z]*\n(.*?)^```", text, re.M | re.S)
    lines = [line for block in blocks for line in block.splitlines() if "packbuilder " in line]
    runs = [shlex.split(line, comments=True) for line in lines if not line.startswith("#")]
    runs = [words for words in runs if words and words[0].endswith("packbuilder")]
    assert len(runs) >= 20
    helps: dict[str, str] = {}
    for words in runs:
        assert words[0] == ".venv/bin/packbuilder", words
        command = words[1] if not words[1].startswith("-") else ""
        said = helps.setdefault(command, run_cli(*filter(None, [command]), "--help").output)
        for option in (w.split("=")[0] for w in words[2:] if w.startswith("-")):
            assert re.search(rf"(^|[ ,]){re.escape(option)}\b", said, re.M), (words, option)

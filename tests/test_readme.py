"""The README's commands are the ones CI runs, so the documented set-up is the tested one, and
the docs install packbuilder the way the README does."""

from __future__ import annotations

from conftest import ROOT


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

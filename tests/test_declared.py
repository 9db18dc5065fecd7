"""Every package the tests import is named in pyproject.toml's test extra."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions

from conftest import ROOT

#: The package under test and the tests' own modules (every file in tests/, so a new corpus
#: module beside signer_corpus.py needs no entry here).
LOCAL = {"packbuilder"} | {path.stem for path in (ROOT / "tests").glob("*.py")}


def _imported() -> dict[str, str]:
    """Top-level module -> the first test file importing it (lazy imports included)."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "tests").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                found.setdefault(name.partition(".")[0], path.name)
    return found


def test_every_imported_package_is_in_the_test_extra() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {
        re.split(r"[<>=!~\[; ]", spec, maxsplit=1)[0].lower().replace("_", "-")
        for spec in project["optional-dependencies"]["test"]
    }
    distributions = packages_distributions()
    third_party = {
        module: where
        for module, where in _imported().items()
        if module not in LOCAL and module not in sys.stdlib_module_names
    }
    assert {"pytest", "hypothesis", "pypdf"} <= set(third_party)  # the scan finds imports
    missing = [
        f"{module} ({where})"
        for module, where in sorted(third_party.items())
        if not {d.lower().replace("_", "-") for d in distributions.get(module, [])} & declared
    ]
    assert not missing, missing

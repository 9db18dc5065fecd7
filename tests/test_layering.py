"""The house in rooms: each library is imported by its own stage only, the stages import each
other without cycles (lazy and TYPE_CHECKING imports counted), and no module grows past a size
a newcomer can read (shared/style.md, issue 18)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "packbuilder"
MODULES = sorted(PACKAGE.rglob("*.py"))

#: library -> the packages (or single modules) allowed to import it.
OWNERS = {
    "reportlab": {"layout", "pdf"},
    "pypdf": {"pdf"},
    "yaml": {"content"},
    "click": {"cli"},
    "pypdfium2": {"preview.py"},
    "PIL": {"preview.py"},
    "smtplib": {"outputs"},
    "email": {"outputs"},
    "babel": {"language"},
}

#: The stages a newcomer should find in the folder listing.
STAGES = {"content", "signers", "language", "assemble", "layout", "pdf", "outputs", "cli"}


def _name(path: Path) -> str:
    """packbuilder/layout/fonts.py -> packbuilder.layout.fonts (a package by its __init__)."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _room(path: Path) -> str:
    """The stage package a module lives in, or its file name at the top level."""
    return path.relative_to(PACKAGE).parts[0]


def _imports(path: Path) -> set[str]:
    """Every module a file imports, wherever the import stands (in a function, under
    TYPE_CHECKING): an import is an import."""
    tree = ast.parse(path.read_text("utf-8"))
    here = _name(path).split(".")
    if path.name != "__init__.py":
        here = here[:-1]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(here[: len(here) - node.level + 1] + ([base] if base else []))
            found.add(base)
            # `from packbuilder.layout import fonts` imports packbuilder.layout.fonts
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def _graph() -> dict[str, set[str]]:
    names = {_name(p) for p in MODULES}
    return {_name(p): {i for i in _imports(p) if i in names and i != _name(p)} for p in MODULES}


@pytest.mark.parametrize("library", sorted(OWNERS))
def test_library_is_imported_only_by_its_stage(library: str) -> None:
    importers = {
        _room(p)
        for p in MODULES
        if any(i == library or i.startswith(library + ".") for i in _imports(p))
    }
    assert importers and importers <= OWNERS[library], importers - OWNERS[library]


def test_the_stages_are_packages() -> None:
    packages = {p.parent.name for p in PACKAGE.glob("*/__init__.py")}
    assert packages >= STAGES, STAGES - packages


def test_no_import_cycle() -> None:
    graph = _graph()
    # A package's __init__ is imported on the way to each of its modules; the edge from a
    # module to its own package's __init__ is that, not a dependency.
    for name in graph:
        graph[name] = {d for d in graph[name] if not name.startswith(d + ".")}
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for dep in sorted(graph[node]):
            if state.get(dep) == 1:
                cycles.append([*path[path.index(dep) :], dep] if dep in path else [node, dep])
            elif dep not in state:
                visit(dep, [*path, dep])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert not cycles, "\n".join(" -> ".join(c) for c in cycles)


def test_no_module_is_too_long_to_read() -> None:
    long = {
        str(p.relative_to(ROOT)): n
        for p in MODULES
        if (n := len(p.read_text("utf-8").splitlines())) > 500
    }
    assert not long, long


def test_the_document_model_is_plain_data() -> None:
    modules = sorted((PACKAGE / "model").glob("*.py"))
    assert len(modules) > 1, "the model package has no modules? the glob is broken"
    # The catalog of printed words is plain data too; it may be carried by the model.
    allowed = {"__future__", "collections.abc", "dataclasses", "typing", "packbuilder.errors"}
    for path in modules:
        imports = _imports(path)
        assert imports, f"{path.name} imports nothing? the parser is broken"
        ours = {
            i for i in imports if not i.startswith(("packbuilder.language", "packbuilder.model"))
        }
        assert ours <= allowed | {f"{m}.{n}" for m in allowed for n in _names(path, m)}, path.name


def test_the_model_holds_no_open_file_and_no_tree_that_changes() -> None:
    """Every class of the model is a frozen dataclass with typed fields: layout hands the PDF
    stage data, never its writer (once an `Any`) nor the structure tree it fills while drawing
    (which belongs to pdf/)."""
    import dataclasses

    from packbuilder import model

    classes = [c for n in model.__all__ if isinstance(c := getattr(model, n), type)]
    data = [c for c in classes if dataclasses.is_dataclass(c)]
    assert len(data) > 20 and model.RenderedBody in data
    for cls in data:
        assert cls.__dataclass_params__.frozen, cls.__name__  # type: ignore[attr-defined]
        loose = [f.name for f in dataclasses.fields(cls) if "Any" in str(f.type)]
        assert not loose, (cls.__name__, loose)


def _names(path: Path, module: str) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    return {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == module
        for alias in node.names
    }


def test_the_language_layer_needs_no_library_but_babel() -> None:
    allowed = {"__future__", "collections", "collections.abc", "dataclasses", "re", "string"}
    allowed |= {"typing", "unicodedata", "functools", "bisect", "pathlib", "datetime", "gettext"}
    allowed |= {"itertools"}
    allowed |= {"babel"}
    for path in sorted((PACKAGE / "language").glob("*.py")):
        imports = {i for i in _imports(path) if not i.startswith("packbuilder")}
        tops = {i for i in imports if not any(i.startswith(a + ".") for a in allowed)}
        assert tops <= allowed, (path.name, tops - allowed)


def test_the_import_reader_sees_lazy_and_type_checking_imports(tmp_path: Path) -> None:
    probe = PACKAGE / "layout" / "parts" / "__init__.py"
    text = probe.read_text("utf-8")
    hidden = re.findall(r"^\s+(?:from|import)\s+(\S+)", text, re.MULTILINE)
    assert hidden, "the probe module has no indented import any more: pick another"
    assert set(hidden) <= _imports(probe) | {h.lstrip(".") for h in hidden}

"""Read the content folder's YAML with the safe loader, keeping file:line:col for every value."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import Problem, did_you_mean

# A content file is a few kilobytes of prose; anything this large is a mistake or an attack.
MAX_FILE_BYTES = 5 * 1024 * 1024

CONTENT_FILES = (
    "campaign.yaml",
    "briefing.yaml",
    "cases.yaml",
    "contacts.yaml",
    "letter.yaml",
    "sources.yaml",
    "guide.yaml",
)

#: Content files an organiser may add: `labels.yaml` replaces words packbuilder prints.
OPTIONAL_FILES = ("labels.yaml",)

#: letter.<language>.yaml: a translation of the letter for signers to read (letter.ko.yaml).
TRANSLATION = re.compile(r"letter\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.yaml")


def translation_language(name: str) -> str | None:
    """The language tag in a translation's file name ('letter.zh-Hant.yaml' -> 'zh-Hant')."""
    found = TRANSLATION.fullmatch(name)
    return found[1] if found else None


@dataclass(frozen=True)
class Mark:
    """Where a value starts in its file (1-based, as editors count)."""

    file: str
    line: int
    col: int
    #: The value exactly as written in the file (quotes, folds and all), to point inside it.
    raw: str = field(default="", compare=False, repr=False)

    def find(self, needle: str) -> Mark:
        """The place of `needle` inside this value as written, or this mark if not found."""
        at = self.raw.find(needle)
        if at < 0:
            return self
        before = self.raw[:at]
        lines = before.count("\n")
        col = at - (before.rfind("\n") + 1) + 1 if lines else self.col + at
        return Mark(self.file, self.line + lines, col)


@dataclass(frozen=True)
class Scalar:
    """A scalar exactly as written: its text, the type YAML would give it, and whether quoted."""

    text: str
    tag: str
    quoted: bool
    mark: Mark

    @property
    def kind(self) -> str:
        """Short YAML type name: str, int, float, bool, null or timestamp."""
        return "str" if self.quoted else self.tag.rsplit(":", 1)[-1]


@dataclass(frozen=True)
class Mapping:
    """A YAML mapping; keys are scalars, kept in file order."""

    items: tuple[tuple[Scalar, Node], ...]
    mark: Mark


@dataclass(frozen=True)
class Sequence:
    """A YAML list."""

    items: tuple[Node, ...]
    mark: Mark


Node = Scalar | Mapping | Sequence


@dataclass(frozen=True)
class RawTree:
    """Every content file as a marked node tree (None where it could not be read), and problems."""

    folder: Path
    files: dict[str, Node | None]
    problems: tuple[Problem, ...]


def load(folder: Path) -> RawTree:
    """Read every content file in `folder`, collecting every read or syntax problem."""
    problems: list[Problem] = []
    files: dict[str, Node | None] = {}
    shown = str(folder)
    if not folder.is_dir():
        message = (
            "content folder not found; give the campaign folder as an argument "
            f"(packbuilder check my-campaign), or start one with: packbuilder new {shown}"
        )
        problems.append(Problem(shown, 1, 1, "(folder)", message))
        return RawTree(folder, {}, tuple(problems))
    present = {p.name for p in folder.iterdir() if p.suffix in (".yaml", ".yml")}
    known = CONTENT_FILES + OPTIONAL_FILES
    translations = sorted(n for n in present if translation_language(n))
    for name in sorted(present - set(known) - set(translations)):
        hint = did_you_mean(Path(name).stem + ".yaml", known)
        problems.append(Problem(str(folder / name), 1, 1, "(file)", f"unknown content file{hint}"))
    for name in CONTENT_FILES:
        path = folder / name
        if name not in present:
            problems.append(Problem(str(path), 1, 1, "(file)", "required content file is missing"))
            files[name] = None
            continue
        node, file_problems = load_file(path)
        files[name] = node
        problems.extend(file_problems)
    for name in (*OPTIONAL_FILES, *translations):
        if name in present:
            node, file_problems = load_file(folder / name)
            files[name] = node
            problems.extend(file_problems)
    return RawTree(folder, files, tuple(problems))


def load_file(path: Path) -> tuple[Node | None, list[Problem]]:
    """Parse one YAML file into a marked node tree, refusing what the safe subset does not need."""
    shown = str(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            limit = MAX_FILE_BYTES // (1024 * 1024)
            return None, [Problem(shown, 1, 1, "(file)", f"file is larger than {limit} MB")]
        data = path.read_bytes()
    except OSError as exc:
        return None, [Problem(shown, 1, 1, "(file)", f"cannot be read ({exc.strerror or exc})")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, col = _position(data[: exc.start].decode("utf-8", "replace"), exc.start)
        return None, [Problem(shown, line, col, "(file)", "not UTF-8 text: save the file as UTF-8")]
    try:
        problems = list(_refuse_anchors(text, shown))
        if problems:
            return None, problems
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        message = " ".join(str(exc.problem or exc.context or "invalid YAML").split())
        return None, [Problem(shown, line, col, "(syntax)", _explain(message))]
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow in a file
        line, col = _position(text, exc.position)
        what = f"U+{exc.character:04X}" if isinstance(exc.character, int) else repr(exc.character)
        message = f"the character {what} is not allowed in a YAML file; delete it"
        return None, [Problem(shown, line, col, "(syntax)", message)]
    except yaml.YAMLError as exc:
        return None, [Problem(shown, 1, 1, "(syntax)", " ".join(str(exc).split()))]
    if root is None:
        return None, [Problem(shown, 1, 1, "(file)", "file is empty")]
    problems = []
    return _convert(root, shown, problems), problems


# PyYAML's words for the mistakes people make by hand, and what they mean.
_EXPLAIN = (
    ("found character '\\t'", "a tab character: indent with spaces only"),
    ("expected <block end>", "this line's indentation does not match the lines above it"),
    ("mapping values are not allowed here", "a ': ' inside a value; put the value in quotes"),
    ("could not find expected ':'", "a line without 'key: value'; check the line above too"),
    ("expected ',' or ']'", "a list in [ ] is not closed, or a value starting with [ needs quotes"),
    (
        "expected ',' or '}'",
        "a mapping in { } is not closed, or a value starting with { needs quotes",
    ),
    ("found undefined alias", "'*' starts a value; put the value in quotes"),
    ("found unexpected end of stream", "a quote is never closed"),
)


def _explain(message: str) -> str:
    for words, meaning in _EXPLAIN:
        if words in message:
            return f"{meaning} (YAML: {message})"
    return message


def texts(tree: RawTree) -> Iterator[tuple[Mark, str, str]]:
    """Every text value in every file that could be read: (mark, field path, text)."""
    for node in tree.files.values():
        if node is not None:
            yield from _texts(node, "")


def _texts(node: Node, path: str) -> Iterator[tuple[Mark, str, str]]:
    if isinstance(node, Scalar):
        yield node.mark, path or "(top)", node.text
    elif isinstance(node, Sequence):
        for i, item in enumerate(node.items):
            yield from _texts(item, f"{path}[{i}]")
    else:
        for key, value in node.items:
            yield from _texts(value, f"{path}.{key.text}" if path else key.text)


def source_ids(tree: RawTree) -> set[str]:
    """The ids written in sources.yaml, even where some source has a mistake elsewhere."""
    node = tree.files.get("sources.yaml")
    found: set[str] = set()
    if isinstance(node, Mapping):
        for key, value in node.items:
            if key.text == "sources" and isinstance(value, Sequence):
                for item in value.items:
                    if isinstance(item, Mapping):
                        found |= {
                            v.text
                            for k, v in item.items
                            if k.text == "id" and isinstance(v, Scalar)
                        }
    return found


def _position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of character `index` in `text`."""
    before = text[:index]
    return before.count("\n") + 1, index - (before.rfind("\n") + 1) + 1


def _refuse_anchors(text: str, shown: str) -> Iterator[Problem]:
    """Anchors and aliases are never needed in content and allow 'billion laughs' expansion.

    Scanned with libyaml where PyYAML has it (several times faster); a file libyaml cannot
    read is scanned again by PyYAML, whose messages the rest of the loader explains.
    """
    fast = getattr(yaml, "CSafeLoader", None)
    try:
        events = list(yaml.parse(text, Loader=fast)) if fast is not None else None
    except yaml.YAMLError:
        events = None  # PyYAML finds the mistake again below and words it as it always has
    for event in events if events is not None else yaml.parse(text, Loader=yaml.SafeLoader):
        anchor = getattr(event, "anchor", None)
        if isinstance(event, yaml.AliasEvent) or anchor:
            m = event.start_mark
            line, col = (m.line + 1, m.column + 1) if m is not None else (1, 1)
            yield Problem(
                shown,
                line,
                col,
                "(syntax)",
                "anchors and aliases (& and *) are not allowed in content files",
            )
            return


def _mark(node: yaml.Node, shown: str) -> Mark:
    start, end = node.start_mark, node.end_mark
    raw = ""
    if isinstance(node, yaml.ScalarNode) and isinstance(start.buffer, str):
        raw = start.buffer[start.index : end.index]
    return Mark(shown, start.line + 1, start.column + 1, raw)


def _convert(node: yaml.Node, shown: str, problems: list[Problem]) -> Node:
    if isinstance(node, yaml.ScalarNode):
        return Scalar(str(node.value), node.tag, node.style is not None, _mark(node, shown))
    if isinstance(node, yaml.SequenceNode):
        items = tuple(_convert(child, shown, problems) for child in node.value)
        return Sequence(items, _mark(node, shown))
    assert isinstance(node, yaml.MappingNode)
    pairs: list[tuple[Scalar, Node]] = []
    seen: dict[str, Mark] = {}
    for key_node, value_node in node.value:
        key = _convert(key_node, shown, problems)
        if not isinstance(key, Scalar):
            m = key.mark
            problems.append(Problem(shown, m.line, m.col, "(syntax)", "a key must be plain text"))
            continue
        if key.text in seen:
            first = seen[key.text]
            problems.append(
                Problem(
                    shown,
                    key.mark.line,
                    key.mark.col,
                    key.text,
                    f"duplicate key (first given on line {first.line})",
                )
            )
            continue
        seen[key.text] = key.mark
        pairs.append((key, _convert(value_node, shown, problems)))
    return Mapping(tuple(pairs), _mark(node, shown))

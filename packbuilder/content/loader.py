"""Read the content folder's YAML with the safe loader, keeping file:line:col for every value."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from packbuilder.bounded import read_bounded
from packbuilder.errors import Problem, UnreadableFile, did_you_mean

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

#: Content files an organiser may add: `labels.yaml` replaces words packbuilder prints;
#: `partners.yaml` lists the groups `share` e-mails the pack to.
OPTIONAL_FILES = ("labels.yaml", "partners.yaml")

#: The content files a translation may sit beside, as <file>.<language>.yaml: letter.ko.yaml
#: (a reading copy of the letter for signers), briefing.ko.yaml (the briefing in Korean) ...
TRANSLATED_FILES = ("campaign", "briefing", "cases", "guide", "contacts", "sources", "letter")
TRANSLATION = re.compile(
    rf"({'|'.join(TRANSLATED_FILES)})\.([A-Za-z]{{2,3}}(?:-[A-Za-z0-9]{{2,8}})*)\.yaml"
)


def translation_language(name: str) -> str | None:
    """The language tag in a translation's file name ('letter.zh-Hant.yaml' -> 'zh-Hant')."""
    found = TRANSLATION.fullmatch(name)
    return found[2] if found else None


def translation_of(name: str) -> str | None:
    """The content file a translation translates ('briefing.ko.yaml' -> 'briefing.yaml')."""
    found = TRANSLATION.fullmatch(name)
    return f"{found[1]}.yaml" if found else None


@dataclass(frozen=True)
class Mark:
    """Where a value starts in its file (1-based, as editors count)."""

    file: str
    line: int
    col: int
    #: The value exactly as written in the file (quotes, folds and all), to point inside it.
    raw: str = field(default="", compare=False, repr=False)

    def find(self, needle: str, nth: int = 0) -> Mark:
        """The place of `needle` (its `nth` occurrence after the first, or else the last)
        inside this value as written, or this mark if not found."""
        at = self.raw.find(needle)
        if at < 0:
            return self
        for _ in range(nth):
            later = self.raw.find(needle, at + len(needle))
            if later < 0:
                break
            at = later
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
        node, file_problems = load_inside(folder, name)
        files[name] = node
        problems.extend(file_problems)
    for name in (*OPTIONAL_FILES, *translations):
        if name in present:
            node, file_problems = load_inside(folder, name)
            files[name] = node
            problems.extend(file_problems)
    return RawTree(folder, files, tuple(problems))


def load_inside(folder: Path, name: str) -> tuple[Node | None, list[Problem]]:
    """Load the content file `name` if it is in the campaign folder: a link to a file
    elsewhere is refused, as for attachments and signer lists (a shared folder must not
    print, or read, another file of the person building it)."""
    path = folder / name
    try:
        inside = path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):  # RuntimeError: Python before 3.13 on a loop of links
        message = "a link that leads round in a loop of links; put the file itself here"
        return None, [Problem(str(path), 1, 1, "(file)", message)]
    if not inside:
        message = "a link to a file outside the campaign folder; put the file itself here"
        return None, [Problem(str(path), 1, 1, "(file)", message)]
    return load_file(path)


def load_file(path: Path) -> tuple[Node | None, list[Problem]]:
    """Parse one YAML file into a marked node tree, refusing what the safe subset does not need."""
    shown = str(path)
    try:
        data = read_bounded(path, MAX_FILE_BYTES)
    except UnreadableFile as exc:
        return None, [Problem(shown, 1, 1, "(file)", str(exc))]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # Counted in characters, as an editor counts columns, not in bytes.
        before = data[: exc.start].decode("utf-8-sig", "replace")
        line, col = _position(before, len(before))
        return None, [Problem(shown, line, col, "(file)", "not UTF-8 text: save the file as UTF-8")]
    try:
        problems = list(_refuse_structure(text, shown))
        if problems:
            return None, problems
        root = _compose(text)
    except yaml.MarkedYAMLError as exc:
        return None, [_syntax_problem(exc, text, shown)]
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
    return _convert(root, text, shown, problems), problems


#: What libyaml reads differently from PyYAML, found by comparing the two on many thousand
#: mutated content files: tabs (PyYAML refuses some), a byte order mark, NEL or a Unicode
#: line/paragraph separator inside the text (columns after it), a comment right after a
#: block scalar's indicator (PyYAML refuses it), and a bare tag '!'.
_PYYAML_ONLY = re.compile(r"[\t\ufeff\x85\u2028\u2029]|[|>][-+0-9]*#|(?:^|[\s\[{,])!", re.M)


#: Above this size a file is read by libyaml alone, never again by PyYAML (pure Python, about
#: half a megabyte a second) to word a mistake: content files are a few kilobytes.
PYYAML_MAX = 256 * 1024
#: How deep lists and mappings may nest: the default content needs 6 levels. Deeper nesting
#: is refused while reading, before PyYAML (whose composer recurses) ever builds it.
MAX_DEPTH = 20


def _fast_loader(text: str) -> type[yaml.SafeLoader] | None:
    """libyaml's loader where it reads `text` as PyYAML would (or the file is too large for
    PyYAML); None where only PyYAML should read it."""
    fast: type[yaml.SafeLoader] | None = getattr(yaml, "CSafeLoader", None)
    if fast is None:
        return None
    if len(text) > PYYAML_MAX or (text.endswith("\n") and not _PYYAML_ONLY.search(text)):
        return fast
    return None


def _compose(text: str) -> yaml.Node | None:
    """The node tree of `text`, as PyYAML's safe loader composes it.

    libyaml (PyYAML's C loader, where installed) composes it about 40 times faster with the
    same nodes, tags and marks; it is used for text where the two agree. Any text it cannot
    read is composed again by PyYAML, so every syntax error keeps PyYAML's words and place,
    unless the file is larger than PyYAML reads in a moment. A file not ending in a line
    break also goes to PyYAML (an empty value at the very end is placed differently).
    """
    fast = _fast_loader(text)
    if fast is not None:
        try:
            return yaml.compose(text, Loader=fast)
        except yaml.YAMLError:
            if len(text) > PYYAML_MAX:
                raise
            # PyYAML reads it again below and words the mistake as it always has
    return yaml.compose(text, Loader=yaml.SafeLoader)


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


def _syntax_problem(exc: yaml.MarkedYAMLError, text: str, shown: str) -> Problem:
    """PyYAML's syntax error as a located problem, placed where the mistake is.

    A quote that is never closed is reported at the quote, not where PyYAML gave up: at the end
    of the file, or, when a later quote happened to close it, on the line after that quote.
    """
    mark = exc.problem_mark or exc.context_mark
    message = " ".join(str(exc.problem or exc.context or "invalid YAML").split())
    explained = _explain(message)
    if exc.context == "while scanning a quoted scalar" and exc.context_mark is not None:
        mark = exc.context_mark  # the end of the file or a '---' line came before the quote
        explained = f"a quoted text starting here is never closed (YAML: {message})"
    elif (
        isinstance(exc, yaml.parser.ParserError)
        and exc.problem_mark is not None
        and len(text) <= PYYAML_MAX  # tokens read again by PyYAML
    ):
        opened = _run_on_quote(text, exc.problem_mark.line)
        if opened is not None:
            mark = opened.start_mark
            explained = (
                "a quoted text starting here is never closed; it ran on to the quote on line "
                f"{opened.end_mark.line + 1} (YAML: {message})"
            )
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    return Problem(shown, line, col, "(syntax)", explained)


def _run_on_quote(text: str, line: int) -> yaml.Token | None:
    """The quoted text that ends on `line` (0-based) after starting on an earlier line: the
    likeliest cause of a syntax error on that line is its missing closing quote."""
    found = None
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if token.start_mark.line > line:
                break
            if (
                isinstance(token, yaml.ScalarToken)
                and token.style in ("'", '"')
                and token.start_mark.line < token.end_mark.line == line
            ):
                found = token
    except yaml.YAMLError:
        pass  # the tokens up to the mistake are all this needs
    return found


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


def _refuse_structure(text: str, shown: str) -> Iterator[Problem]:
    """What content never needs and an attacker uses, found while reading, before anything is
    built: anchors and aliases ('billion laughs' expansion), and lists or mappings nested
    deeper than MAX_DEPTH (200 KB of '[' took PyYAML minutes, then overflowed its stack).

    Read by the reader `_compose` uses next (libyaml, several times faster, where it reads the
    text as PyYAML does); a small file libyaml cannot read is read again by PyYAML, whose
    messages the rest of the loader explains. PyYAML's reader is a loop with its own stack:
    only its composer recurses, and it runs after this.
    """
    fast = _fast_loader(text)  # the reader _compose uses next
    try:
        problem = _structure(yaml.parse(text, Loader=fast or yaml.SafeLoader), shown)
    except yaml.YAMLError:
        if fast is None or len(text) > PYYAML_MAX:
            raise
        problem = _structure(yaml.parse(text, Loader=yaml.SafeLoader), shown)
    if problem is not None:
        yield problem


def _structure(events: Iterator[yaml.Event], shown: str) -> Problem | None:
    """The first anchor, alias or too-deep list or mapping among `events`, as a problem."""
    depth = 0
    for event in events:
        message = ""
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            message = "anchors and aliases (& and *) are not allowed in content files"
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                message = (
                    f"lists and mappings nested more than {MAX_DEPTH} levels deep; content"
                    " needs a few (check the indentation and the [ and { brackets)"
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        if message:
            m = event.start_mark
            line, col = (m.line + 1, m.column + 1) if m is not None else (1, 1)
            return Problem(shown, line, col, "(syntax)", message)
    return None


def _mark(node: yaml.Node, text: str, shown: str) -> Mark:
    start, end = node.start_mark, node.end_mark
    raw = text[start.index : end.index] if isinstance(node, yaml.ScalarNode) else ""
    return Mark(shown, start.line + 1, start.column + 1, raw)


def _convert(node: yaml.Node, text: str, shown: str, problems: list[Problem]) -> Node:
    if isinstance(node, yaml.ScalarNode):
        # A plain scalar's style is None in PyYAML and '' in libyaml.
        return Scalar(str(node.value), node.tag, bool(node.style), _mark(node, text, shown))
    if isinstance(node, yaml.SequenceNode):
        items = tuple(_convert(child, text, shown, problems) for child in node.value)
        return Sequence(items, _mark(node, text, shown))
    assert isinstance(node, yaml.MappingNode)
    pairs: list[tuple[Scalar, Node]] = []
    seen: dict[str, Mark] = {}
    for key_node, value_node in node.value:
        key = _convert(key_node, text, shown, problems)
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
        pairs.append((key, _convert(value_node, text, shown, problems)))
    return Mapping(tuple(pairs), _mark(node, text, shown))

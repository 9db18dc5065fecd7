"""The checks before layout: content, example text, glyphs, signers, attachments, --include;
each raises ContentError with every problem it found."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import ParamSpec, TypeVar

from packbuilder import model as m
from packbuilder.assemble.letters import home_country
from packbuilder.content.campaign import SignerColumns
from packbuilder.content.checks import include_problem
from packbuilder.content.limits import character_problems, size_problems
from packbuilder.content.loader import Mapping, Mark, Node, Scalar, Sequence, load, texts
from packbuilder.content.schema import Content, validate
from packbuilder.errors import AttachmentError, ContentError, PackError, Problem, Severity
from packbuilder.layout import fonts, shaping
from packbuilder.options import BuildOptions
from packbuilder.staging import real_path

P = ParamSpec("P")
T = TypeVar("T")


def check_content(content_dir: Path, strict: bool = False, examples_ok: bool = False) -> Content:
    """Load and validate the content folder; raise ContentError with every problem, including
    characters no font can print, found in every file that could be read. Example text left
    from `new --from blank` is a located warning each time (so a new campaign builds and can be
    looked at, as `new` promises), and an error under --strict unless `examples_ok`."""
    raw = load(content_dir)
    found = list(texts(raw))
    refuse = strict and not examples_ok
    examples = example_problems(found, "error" if refuse else "warning")
    # Text too long to lay out in seconds stops here with the other content mistakes.
    # signer_columns names the list's columns as its header writes them: never printed.
    printed = [f for f in found if f[1].split(".")[0].split("[")[0] != "signer_columns"]
    glyphs = [*size_problems(found), *character_problems(found), *glyph_problems(printed)]
    glyphs += examples if refuse else []
    try:
        content = validate(raw, strict=strict)
    except ContentError as exc:
        raise ContentError([*exc.problems, *glyphs]) from None
    if glyphs:
        raise ContentError([*glyphs, *content.warnings])
    examples += country_problems(found, content.campaign.country)
    if examples and not refuse:
        return dataclasses.replace(content, warnings=(*examples, *content.warnings))
    return content


def country_problems(found: list[tuple[Mark, str, str]], country: str | None) -> list[Problem]:
    """Located warnings where printed text contradicts the campaign's country (its profile's
    "not here" words: "#10" or "ZIP" in a campaign posted in the United Kingdom)."""
    from packbuilder.content.country import contradictions
    from packbuilder.signers.countries import country_code

    code = country_code(country) if country else None
    return list(contradictions(found, code)) if code else []


#: Text `new` marks as an example (the blank campaign, a country profile's placeholder posts),
#: never to reach a real letter or envelope.
_EXAMPLE = re.compile(r"\bEXAMPLE\b|\bExample (?:Street|Avenue|Road|City|Town|Country)\b|^0+$")


def example_problems(found: list[tuple[Mark, str, str]], severity: Severity) -> list[Problem]:
    """A located problem for each text still as `packbuilder new --from blank` wrote it (the
    EXAMPLE markers, the example streets, towns, country and postcode 00000), so nobody posts a
    letter to a fake address without being told."""
    problems = []
    for mark, field, text in found:
        hit = _EXAMPLE.search(text.strip())
        if hit is None or (hit[0].startswith("0") and not field.endswith("postal_code")):
            continue
        at = mark.find(hit[0])
        what = (
            "the real post's name and address, confirmed on its official site"
            if at.file.endswith("contacts.yaml")
            else "your own text"
        )
        message = f"'{hit[0]}' is example text `packbuilder new` wrote; replace it with {what}"
        problems.append(Problem(at.file, at.line, at.col, field, message, severity))
    return problems


@dataclass(frozen=True)
class LoadedSigners:
    """The signers to print letters for, the warnings about them, and the column report."""

    signers: tuple[m.Signer, ...] = ()
    warnings: tuple[Problem, ...] = ()
    report: tuple[str, ...] = ()


def load_signers(content: Content, options: BuildOptions) -> LoadedSigners:
    """The signers to print letters for; ContentError for a file that is wrong.

    Rows that cannot be used are warnings (the row is skipped); --strict makes them errors.
    """
    named = content.campaign.signers
    if options.email and named and not options.signers:
        # The copy for partner groups never carries signers' details: it is built as if the
        # campaign named no list, and the report says so (a list given with --signers is refused).
        return LoadedSigners(report=(email_leaves_out(named),))
    path = options.signers or (content.folder / named if named else None)
    if path is None:
        return LoadedSigners()
    reading = (
        home_country(content, options.paper or content.campaign.paper),
        content.campaign.language,
    )
    chosen = content.campaign.signer_columns
    return _read_list(path, options, reading, chosen.mapping(), chosen.ignore)


#: What a signer-list warning says of --strict, which is not news once --strict is given.
_STRICT_HINT = " (--strict makes this an error)"


def _read_list(
    path: Path,
    options: BuildOptions,
    reading: tuple[str | None, str],
    columns: dict[str, str],
    ignore: tuple[str, ...],
) -> LoadedSigners:
    """The signer list at `path`, read for (country, language) with the campaign's columns."""
    from packbuilder.signers.read import (  # the CSV reader: only for a signer list
        Reading,
        read_signers,
    )

    country, language = reading
    how = Reading(country=country, language=language, encoding=options.signers_encoding)
    found = read_signers(path, columns, how, ignore)
    warnings = list(found.warnings)
    errors = list(found.problems)
    if options.strict:
        errors += [
            dataclasses.replace(w, severity="error", message=w.message.removesuffix(_STRICT_HINT))
            for w in warnings
        ]
        warnings = []
    if not errors and not found.signers:
        errors.append(Problem(str(path), 1, 1, "(file)", "the signer list has no usable rows"))
    if errors:
        raise ContentError(errors + warnings)
    report = found.columns.lines() if found.columns else ()
    return LoadedSigners(found.signers, tuple(warnings), report)


def signers_without_content(options: BuildOptions) -> list[Problem]:
    """The signer list's problems when the content has mistakes of its own, so that one run
    names them all: the list is read with what campaign.yaml and contacts.yaml say as written
    (paper, country, language, signer_columns, the list campaign.yaml names)."""
    from packbuilder.content.checks import inside_folder
    from packbuilder.content.loader import load_inside
    from packbuilder.signers.countries import country_code

    folder = options.content_dir
    campaign = _keys(load_inside(folder, "campaign.yaml")[0])
    named = _text(campaign.get("signers"))
    if not options.signers and (
        options.email or not named or inside_folder(folder, named, ".csv") is not None
    ):
        return []
    path = options.signers or folder / named
    paper = options.paper or _text(campaign.get("paper")) or "letter"
    country = country_code(_text(campaign.get("country")))
    if country is None and paper != "a4" and not _text(campaign.get("country")):
        contacts = _keys(load_inside(folder, "contacts.yaml")[0]).get("contacts")
        posts = contacts.items if isinstance(contacts, Sequence) else ()
        found = {country_code(_text(_keys(_keys(p).get("address")).get("country"))) for p in posts}
        country = found.pop() if len(found) == 1 else None
    columns = _keys(campaign.get("signer_columns"))
    fields = {f.name for f in dataclasses.fields(SignerColumns)} - {"ignore"}
    mapping = {k: _text(v) for k, v in columns.items() if k in fields and _text(v)}
    ignored = columns.get("ignore")
    ignore = tuple(_text(i) for i in ignored.items) if isinstance(ignored, Sequence) else ()
    language = _text(campaign.get("language")) or "en"
    try:
        loaded = _read_list(path, options, (country, language), mapping, ignore)
    except ContentError as exc:
        return list(exc.problems)
    return list(loaded.warnings)


def _keys(node: Node | None) -> dict[str, Node]:
    """A mapping's values by key, as written; empty for anything else."""
    return {k.text: v for k, v in node.items} if isinstance(node, Mapping) else {}


def _text(node: Node | None) -> str:
    return node.text if isinstance(node, Scalar) else ""


def email_leaves_out(signers: str) -> str:
    """The note that the e-mail edition was built without the campaign's signer list."""
    return (
        f"The e-mail edition leaves out the signer list campaign.yaml names ({signers}): "
        "signers' names and addresses are never shared. Build without --email for the signed "
        "letters."
    )


def glyph_problems(found: Iterable[tuple[Mark, str, str]]) -> list[Problem]:
    """A located error for every character no shipped font can print, so that no empty box
    ever reaches paper."""
    problems = []
    for mark, field, text in found:
        for char in fonts.uncovered(text):
            at = mark.find(char)
            message = f"no font in the pack can print {fonts.describe(char)}; remove or replace it"
            problems.append(Problem(at.file, at.line, at.col, field, message))
        # Paragraphs are set by ReportLab without shaping: Thai or Hindi there would print
        # wrong (layout/shaping.py), so only signers' lines, drawn shaped, may hold them.
        shaped = [] if text.isascii() else [c for c in dict.fromkeys(text) if _shaped(c)]
        for char in shaped:
            at = mark.find(char)
            message = (
                f"{fonts.describe(char)} prints only in signers' names and addresses, not yet "
                "in the campaign's own text; remove or replace it"
            )
            problems.append(Problem(at.file, at.line, at.col, field, message))
    return problems


def _shaped(char: str) -> bool:
    return fonts.font_for(char, fonts.SERIF) in shaping.SHAPED


def signer_glyph_problems(signers: tuple[m.Signer, ...]) -> list[Problem]:
    """One located error per signer whose name or address has characters no shipped font can
    print, naming them all (one message per signer, not one per character or letter)."""
    problems = []
    for signer in signers:  # one signer at a time: a list of 20,000 is not copied
        o = signer.origin
        text = " ".join((signer.name, *signer.address, signer.email or ""))
        chars = list(fonts.uncovered(text)) if o is not None else []
        if o is None or not chars:
            continue
        shown = ", ".join(fonts.describe(c) for c in chars[:5])
        more = f" and {len(chars) - 5} more" if len(chars) > 5 else ""
        message = f"no font in the pack can print {shown}{more}; remove or replace them"
        problems.append(Problem(o.file, o.line, o.col, f"{o.field} ({signer.name})", message))
    return problems


def choose_paragraphs(content: Content, include: tuple[str, ...] | None) -> Content:
    """The content with the command line's --include in place of letter.yaml's `include:`."""
    if include is None:
        return content
    wrong = [p for i in include if (p := include_problem(content.letter, i))]
    if wrong:
        raise PackError("--include: " + "; ".join(wrong))
    letter = dataclasses.replace(content.letter, include=include)
    return dataclasses.replace(content, letter=letter)


class Found:
    """The problems of the checks run so far, so that one failing check does not hide the next."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def run(self, check: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T | None:
        try:
            return check(*args, **kwargs)
        except ContentError as exc:
            self.problems += exc.problems
            return None


@dataclass(frozen=True)
class Attached:
    """The attached PDFs as the pack copies them: pages of each, and warnings about each."""

    pages: dict[str, int] = dataclasses.field(default_factory=dict)
    warnings: tuple[Problem, ...] = ()


def read_attachments(content: Content, strict: bool = False) -> Attached:
    """Every attached PDF read as the pack copies it: its page count, and a located warning
    naming what the copy leaves out (actions, JavaScript, embedded files ...; an error under
    --strict); ContentError naming each one that cannot be read or copied safely."""
    pages: dict[str, int] = {}
    problems: list[Problem] = []
    warnings: list[Problem] = []
    if content.campaign.attachments:
        from packbuilder.pdf.attachments import read_attachment  # pypdf: only with a PDF

    for i, attachment in enumerate(content.campaign.attachments):
        where = content.places.origin("campaign.yaml", "attachments", i, "file")
        try:
            found = read_attachment(content.folder / attachment.file)
        except AttachmentError as exc:
            problems.append(where.problem(f"{attachment.file}: {exc}"))
            continue
        pages[attachment.file] = found.pages
        if found.left_out:
            message = (
                f"{attachment.file}: only its pages and web or e-mail links are copied;"
                f" left out: {'; '.join(found.left_out)}"
            )
            (problems if strict else warnings).append(
                where.problem(message, "error" if strict else "warning")
            )
    if problems:
        raise ContentError([*problems, *warnings])
    return Attached(pages, tuple(warnings))


def never_over_an_input(options: BuildOptions) -> None:
    """Refuse an -o that would write the PDF over the signer list or into the campaign folder
    (the list may be the organiser's only copy), and a --split folder inside the campaign
    folder (its letters would replace campaign files of the same name)."""
    content = real_path(options.content_dir)
    split = options.split_dir
    if split is not None:
        folder = real_path(split)
        if folder == content or content in folder.parents:
            raise PackError(
                f"--split {split}: that is inside the campaign folder {options.content_dir};"
                " write the letters somewhere else"
            )
    out = options.output
    if out is None:
        return
    target = real_path(out)
    if options.signers is not None and real_path(options.signers) == target:
        raise PackError(f"-o {out}: that is the signer list; write the PDF somewhere else")
    if target == content or content in target.parents:
        raise PackError(
            f"-o {out}: that is inside the campaign folder {options.content_dir}; write the "
            "PDF somewhere else (by default it goes beside the folder)"
        )

"""Run the stages in order: load -> validate -> assemble -> layout -> finish -> write."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import io
import os
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from packbuilder import model as m
from packbuilder.assemble.document import assemble, home_country, kit_choice
from packbuilder.content.checks import include_problem
from packbuilder.content.loader import Mark, load, texts
from packbuilder.content.rules import Paper
from packbuilder.content.schema import Content, validate
from packbuilder.errors import (
    AttachmentError,
    ContentError,
    OutputError,
    PackError,
    Problem,
    Severity,
)
from packbuilder.layout import fonts
from packbuilder.layout.styles import label_stock
from packbuilder.outputs.registry import SplitLetters, Staged
from packbuilder.pdf.objects import Sink

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class BuildOptions:
    """What the user asked for on the command line (None: the campaign file decides)."""

    content_dir: Path = Path("content")
    output: Path | None = None
    strict: bool = False
    paper: Paper | None = None
    duplex: bool | None = None
    bleed_mm: float = 0
    email: bool = False
    split_dir: Path | None = None
    #: A signer CSV given on the command line (the campaign's `signers:` otherwise).
    signers: Path | None = None
    #: The signer list's text encoding, when the user names it (--signers-encoding).
    signers_encoding: str | None = None
    copies: int = 1
    #: Drive-kit sheets switched on or off on the command line, by name ("labels": False);
    #: a sheet not named here is as the campaign file says.
    kit: tuple[tuple[str, bool], ...] = ()
    label_start: int = 1
    label_offset_mm: tuple[float, float] = (0.0, 0.0)
    #: The optional letter paragraphs to print, chosen on the command line (None: as
    #: letter.yaml's `include:` says; (): none of them).
    include: tuple[str, ...] | None = None
    #: Print fax covers even for numbers not confirmed within `stale_after_months`.
    fax_unverified: bool = False
    #: The date printed on every letter; None leaves a line for the writer to date it.
    letter_date: dt.date | None = None
    #: Leftover example text (EXAMPLE, Example Street, postcode 00000) stays a warning even
    #: under --strict: `preview` of a draft (check and build warn, and refuse under --strict).
    examples_ok: bool = False
    #: Print only these parts (`model.PART_NAMES`); None: the whole pack.
    only: tuple[str, ...] | None = None


#: The drive-kit sheets --only can name (switching them on).
KIT_PARTS = frozenset(
    {"window-test", "guide", "sign-in", "tally", "fax-covers", "labels", "envelopes"}
)

#: What --email switches off, whatever the campaign or the other flags say.
EMAIL_KIT = {"labels": False, "envelopes": False}


@dataclass(frozen=True)
class BuildResult:
    """What a build produced, for the CLI to report."""

    output: Path
    pages: int
    size: int
    warnings: tuple[Problem, ...]
    split: tuple[Path, ...] = ()
    signers: int = 0
    #: The signer list's column report, a few lines for the CLI to print.
    signer_report: tuple[str, ...] = ()
    #: What the organizer must know about this pack (fax covers left out, and why).
    notices: tuple[str, ...] = ()
    #: Pages in each part, in print order (blank duplex pages count with the part before).
    parts: tuple[tuple[str, int], ...] = ()
    #: Letters to each post (its short name), in print order.
    letters_per_post: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class RenderedPack:
    """The finished PDF (its bytes when it was made in memory), its pages and size."""

    pdf: bytes
    pages: int
    size: int = 0


def check_content(content_dir: Path, strict: bool = False, examples_ok: bool = False) -> Content:
    """Load and validate the content folder; raise ContentError with every problem, including
    characters no font can print, found in every file that could be read. Example text left
    from `new --from blank` is a located warning each time (so a new campaign builds and can be
    looked at, as `new` promises), and an error under --strict unless `examples_ok`."""
    raw = load(content_dir)
    found = list(texts(raw))
    refuse = strict and not examples_ok
    examples = example_problems(found, "error" if refuse else "warning")
    glyphs = glyph_problems(found) + (examples if refuse else [])
    try:
        content = validate(raw, strict=strict)
    except ContentError as exc:
        raise ContentError([*exc.problems, *glyphs]) from None
    if glyphs:
        raise ContentError([*glyphs, *content.warnings])
    if examples and not refuse:
        return dataclasses.replace(content, warnings=(*examples, *content.warnings))
    return content


#: Text the blank campaign marks as an example, never to reach a real letter or envelope.
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
        message = f"'{hit[0]}' is example text from the blank campaign; replace it with {what}"
        problems.append(Problem(at.file, at.line, at.col, field, message, severity))
    return problems


def print_setup(content: Content, options: BuildOptions) -> m.PrintSetup:
    """The effective print settings: the campaign's, the command line's choices on top, and
    what --email rules out. The one place that decides them: layout, the cover's print note
    and the PDF's print preferences all read this and decide nothing again."""
    campaign = content.campaign
    duplex = campaign.duplex if options.duplex is None else options.duplex
    return m.PrintSetup(
        paper=options.paper or campaign.paper,
        # The e-mail copy is read on screen or printed as it comes: no blank pages, no bleed.
        duplex=duplex and not options.email,
        bleed_mm=0 if options.email else options.bleed_mm,
        email=options.email,
    )


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
    path = options.signers or (
        content.folder / content.campaign.signers if content.campaign.signers else None
    )
    if path is None:
        return LoadedSigners()
    from packbuilder.signers.read import (  # the CSV reader: only for a signer list
        Reading,
        read_signers,
    )

    reading = Reading(
        country=home_country(content, options.paper or content.campaign.paper),
        language=content.campaign.language,
        encoding=options.signers_encoding,
    )
    found = read_signers(path, content.campaign.signer_columns.mapping(), reading)
    warnings = list(found.warnings)
    errors = list(found.problems)
    if options.strict:
        errors += [dataclasses.replace(w, severity="error") for w in warnings]
        warnings = []
    if not errors and not found.signers:
        errors.append(Problem(str(path), 1, 1, "(file)", "the signer list has no usable rows"))
    if errors:
        raise ContentError(errors + warnings)
    report = found.columns.lines() if found.columns else ()
    return LoadedSigners(found.signers, tuple(warnings), report)


def glyph_problems(found: Iterable[tuple[Mark, str, str]]) -> list[Problem]:
    """A located error for every character no shipped font can print, so that no empty box
    ever reaches paper."""
    problems = []
    for mark, field, text in found:
        for char in fonts.uncovered(text):
            at = mark.find(char)
            message = f"no font in the pack can print {fonts.describe(char)}; remove or replace it"
            problems.append(Problem(at.file, at.line, at.col, field, message))
    return problems


def signer_glyph_problems(signers: tuple[m.Signer, ...]) -> list[Problem]:
    """A located error for every signer-list character that no shipped font can print."""
    return glyph_problems(  # one signer at a time: a list of 20,000 is not copied
        (Mark(o.file, o.line, o.col), o.field, " ".join((s.name, *s.address, s.email or "")))
        for s in signers
        if (o := s.origin) is not None
    )


@dataclass(frozen=True)
class Checked:
    """What preflight found and checked: everything a build needs to finish the PDF."""

    content: Content
    signers: tuple[m.Signer, ...]
    document: m.Document
    #: The pack laid out in memory (laying it out is the fit check).
    body: m.RenderedBody
    when: dt.datetime
    warnings: tuple[Problem, ...]
    #: The signer list's column report, a few lines for the CLI to print.
    signer_report: tuple[str, ...] = ()

    @property
    def letters(self) -> int:
        return self.body.letters


#: Told each stage as it starts, with the number of letters the pack will hold, so the CLI
#: can show progress on a long build.
Progress = Callable[[str, int], None]


def _quiet(stage: str, letters: int) -> None:
    """No progress shown."""


def preflight(
    options: BuildOptions, progress: Progress = _quiet, sink: Sink | None = None
) -> Checked:
    """Run every check a build makes, before anything is written, and report all problems
    together: content, signers, glyphs, attachments, then fit (the layout itself).

    `check` stops here; `build` finishes the PDF from what this returns. A new check goes in
    this one function, so both commands run it. Content errors stop early (nothing else can be
    read without valid content); after that every check runs, even when an earlier one failed,
    and the layout is tried with what could be read, so one run names every problem.
    Laying out writes the pages to `sink` (a file for a build; memory when None): every
    problem is found before the first page is written.
    """
    content = choose_paragraphs(
        check_content(options.content_dir, options.strict, options.examples_ok), options.include
    )
    found = _Found()
    loaded = found.run(load_signers, content, options) or LoadedSigners()
    signers, signer_warnings = loaded.signers, loaded.warnings
    found.problems += signer_glyph_problems(signers)
    attachments = found.run(attachment_pages, content) or {}
    when = build_time(content)  # before layout: ReportLab reads SOURCE_DATE_EPOCH too
    warnings = (*content.warnings, *signer_warnings)
    document = _document(content, options, signers, attachments)
    letters = sum(len(p.letters) for p in document.parts if isinstance(p, m.Letters))
    progress("Laying out the pack", letters)
    # With problems found already, the layout only looks for more: nothing is written.
    if found.problems:
        body = found.run(_layout(), document, sink=_Discard(), attach=_no_attachment)
    else:
        body = found.run(_layout(), document, sink=sink or io.BytesIO(), attach=_attach)
    if found.problems or body is None:
        raise ContentError([*found.problems, *warnings])
    return Checked(content, signers, document, body, when, warnings, loaded.report)


def _layout() -> Callable[..., m.RenderedBody]:
    """The layout stage (`layout.layout`), imported when first needed: ReportLab's platypus and
    the layout modules take ~65 ms to import, which a `check` that stops at a content mistake
    (the usual edit-and-check round) never needs. Bound as this module's `layout` (as if
    imported at the top), so code that replaces `pipeline.layout` (bench/hotspots.py) still
    does, and the layout runs in no wrapper of its own."""
    found: Callable[..., m.RenderedBody] | None = globals().get("layout")
    if found is None:
        from packbuilder.layout.pages import layout as lay_out

        found = globals()["layout"] = lay_out
    return found


def __getattr__(name: str) -> Any:
    """`pipeline.layout` for code outside, imported on first use (see `_layout`)."""
    if name == "layout":
        return _layout()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def choose_paragraphs(content: Content, include: tuple[str, ...] | None) -> Content:
    """The content with the command line's --include in place of letter.yaml's `include:`."""
    if include is None:
        return content
    wrong = [p for i in include if (p := include_problem(content.letter, i))]
    if wrong:
        raise PackError("--include: " + "; ".join(wrong))
    letter = dataclasses.replace(content.letter, include=include)
    return dataclasses.replace(content, letter=letter)


class _Found:
    """The problems of the checks run so far, so that one failing check does not hide the next."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def run(self, check: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T | None:
        try:
            return check(*args, **kwargs)
        except ContentError as exc:
            self.problems += exc.problems
            return None


def render_pack(
    content: Content,
    options: BuildOptions | None = None,
    signers: tuple[m.Signer, ...] = (),
) -> RenderedPack:
    """Build the PDF in memory from validated content (and the signers already read)."""
    options = options or BuildOptions()
    when = build_time(content)  # first: ReportLab reads SOURCE_DATE_EPOCH too
    document = _document(content, options, signers, attachment_pages(content))
    sink = io.BytesIO()
    return _finish(document, _layout()(document, sink=sink, attach=_attach), when, options)


class _Discard:
    """A sink that keeps nothing: the layout of a pack that will not be built."""

    def write(self, data: bytes, /) -> int:
        return len(data)


def _no_attachment(doc: Any, first: int, path: str) -> None:
    """An attachment in a layout that is only checked: a blank page holds its place."""
    doc.add_page(first, b"/Resources<<>>")


def _attach(doc: Any, first: int, path: str) -> None:
    from packbuilder.pdf.finish import write_attachment  # pypdf: only when a PDF is attached

    write_attachment(doc, first, path)


def _finish(
    document: m.Document, body: m.RenderedBody, when: dt.datetime, options: BuildOptions
) -> RenderedPack:
    """Close the PDF layout wrote."""
    from packbuilder.pdf.finish import finish

    size = finish(body, document.meta, document.setup, when)
    sink = body.writer.sink
    pdf = sink.getvalue() if isinstance(sink, io.BytesIO) else b""
    return RenderedPack(pdf, body.final_page_count, size)


def _document(
    content: Content,
    options: BuildOptions,
    signers: tuple[m.Signer, ...],
    attachments: dict[str, int],
) -> m.Document:
    setup = print_setup(content, options)
    stock = label_stock(setup.paper)
    if options.label_start > stock.per_sheet:
        raise PackError(
            f"--label-start {options.label_start}: an {stock.name} sheet has only "
            f"{stock.per_sheet} labels"
        )
    if options.email and signers:
        raise PackError(
            "--email makes the copy to share with partner groups; it cannot carry signers' "
            "names and addresses. Build the signed letters without --email."
        )
    # A kit sheet named in --only is switched on; --email still keeps stock sheets out.
    named = {n.replace("-", "_"): True for n in options.only or () if n in KIT_PARTS}
    document = assemble(
        content,
        setup,
        attachments,
        signers=signers,
        copies=options.copies,
        kit=dataclasses.replace(
            # Label stock and envelopes are for the organiser's own printer, not for sharing.
            kit_choice(
                content,
                **(dict(options.kit) | named | (EMAIL_KIT if options.email else {})),
            ),
            label_start=options.label_start,
            label_offset_mm=options.label_offset_mm,
            fax_unverified=options.fax_unverified,
        ),
        letter_date=options.letter_date,
        only=frozenset(options.only) if options.only is not None else None,
    )
    if document.cover is None and not document.parts:
        raise PackError(
            f"--only {','.join(options.only or ())}: none of these parts is in this pack"
            + (" (an --email copy has no labels or envelopes)" if options.email else "")
        )
    return document


def attachment_pages(content: Content) -> dict[str, int]:
    """The page count of every attached PDF; ContentError naming each one that cannot be read."""
    pages: dict[str, int] = {}
    problems: list[Problem] = []
    if content.campaign.attachments:
        from packbuilder.pdf.finish import count_pages  # pypdf: only when there is a PDF to read
    for i, attachment in enumerate(content.campaign.attachments):
        try:
            pages[attachment.file] = count_pages(content.folder / attachment.file)
        except AttachmentError as exc:
            where = content.places.origin("campaign.yaml", "attachments", i, "file")
            problems.append(where.problem(str(exc)))
    if problems:
        raise ContentError(problems)
    return pages


@dataclass(frozen=True)
class CheckResult:
    """What `check` found: the content, and warnings from the content and the signer list."""

    content: Content
    warnings: tuple[Problem, ...]
    letters: int
    signer_report: tuple[str, ...] = ()
    #: Per post, how its recipient block clears the envelope window where the letter rests worst.
    windows: tuple[m.WindowFit, ...] = ()
    notices: tuple[str, ...] = ()


def check_pack(options: BuildOptions) -> CheckResult:
    """Everything a build checks, without writing anything (see `preflight`)."""
    checked = preflight(options)
    return CheckResult(
        checked.content,
        checked.warnings,
        checked.letters,
        checked.signer_report,
        checked.body.windows,
        checked.document.notices,
    )


def _never_over_an_input(options: BuildOptions) -> None:
    """Refuse an -o that would write the PDF over the signer list or into the campaign folder
    (the list may be the organiser's only copy)."""
    out = options.output
    if out is None:
        return
    target = out.resolve()
    if options.signers is not None and options.signers.resolve() == target:
        raise PackError(f"-o {out}: that is the signer list; write the PDF somewhere else")
    content = options.content_dir.resolve()
    if target == content or content in target.parents:
        raise PackError(
            f"-o {out}: that is inside the campaign folder {options.content_dir}; write the "
            "PDF somewhere else (by default it goes beside the folder)"
        )


def build_pack(options: BuildOptions, progress: Progress = _quiet) -> BuildResult:
    """Build the pack and write it atomically; nothing is written if any check fails.

    The pages go to a hidden file beside the output as they are drawn, renamed into place
    when the PDF is whole: the old file survives any failure, and memory stays flat.
    """
    _never_over_an_input(options)
    folder = options.output.parent if options.output else beside(options.content_dir, "").parent
    pdf = StagedFile(folder)
    # Files beside the pack (outputs.py): made after it, moved in only once it is written.
    extras = [SplitLetters(options.split_dir)] if options.split_dir else []
    staged: list[Staged] = []
    written: list[Path] = []
    try:
        checked = preflight(options, progress, sink=pdf)
        progress("Finishing the PDF", checked.letters)
        pack = _finish(checked.document, checked.body, checked.when, options)
        output = options.output or beside(
            options.content_dir, f"{checked.content.campaign.file_slug}.pdf"
        )
        for extra in extras:
            staged.append(Staged(extra))
            staged[-1].write(checked.document, checked.when)
            staged[-1].ready()  # a folder that cannot take them fails the build before the pack
        pdf.keep(output)
        for files in staged:
            written += files.swap_in()
    finally:
        pdf.discard()
        for files in staged:
            files.discard()
    return BuildResult(
        output,
        pack.pages,
        pack.size,
        checked.warnings,
        tuple(written),
        len(checked.signers),
        checked.signer_report,
        checked.document.notices,
        parts=_pages_per_part(page_map(checked.body, pack.pages)),
        letters_per_post=tuple(
            Counter(
                letter.post
                for part in checked.document.parts
                if isinstance(part, m.Letters)
                for letter in part.letters
            ).items()
        ),
    )


def _pages_per_part(pages: list[tuple[str, str]]) -> tuple[tuple[str, int], ...]:
    counts: dict[str, int] = {}
    for _, part in pages:
        counts[part] = counts.get(part, 0) + 1
    return tuple(counts.items())


def beside(content_dir: Path, name: str) -> Path:
    """Where an output goes by default: beside the campaign folder, named after the campaign,
    so it never mixes with the campaign's own files nor with build tools' folders (`build/`)."""
    parent = content_dir.parent if content_dir.name else content_dir.resolve().parent
    return parent / name


@dataclass(frozen=True)
class PreviewResult:
    """What `preview` wrote."""

    folder: Path
    sheets: tuple[Path, ...]
    pages: tuple[Path, ...]
    page_count: int
    warnings: tuple[Problem, ...] = ()


def preview_pack(
    options: BuildOptions, folder: Path | None = None, chosen: tuple[int, ...] = ()
) -> PreviewResult:
    """Build the pack in memory and write PNGs of it: contact sheets of every page (labelled
    with the page label and part) and full-size images of the `chosen` pages (1-based)."""
    from packbuilder import preview  # pypdfium2 and Pillow, only when previewing

    checked = preflight(options)
    pack = _finish(checked.document, checked.body, checked.when, options)
    missing = [n for n in chosen if not 1 <= n <= pack.pages]
    if missing:
        raise PackError(
            f"--pages: the pack has {pack.pages} pages; there is no page "
            + ", ".join(str(n) for n in missing)
        )
    info = [preview.PageInfo(label, part) for label, part in page_map(checked.body, pack.pages)]
    folder = folder or beside(options.content_dir, f"{checked.content.campaign.file_slug}-preview")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for old in [*folder.glob("contact-sheet-*.png"), *folder.glob("page-*.png")]:
            old.unlink()  # from an earlier preview: only the files preview itself names
    except OSError as exc:
        raise OutputError(f"cannot write {folder}: {exc.strerror or exc}") from None
    # One image in memory at a time: a pack of thousands of signed letters has thousands of
    # pages, and a sheet is written before the next is drawn.
    sheets = [
        _write_png(folder / f"contact-sheet-{n}.png", image, preview.save_png)
        for n, image in enumerate(preview.contact_sheets(pack.pdf, info), 1)
    ]
    images = preview.page_images(pack.pdf, [n - 1 for n in chosen])
    pages = [
        _write_png(folder / f"page-{n:03d}.png", image, preview.save_png)
        for n, image in zip(chosen, images, strict=True)
    ]
    return PreviewResult(folder, tuple(sheets), tuple(pages), pack.pages, checked.warnings)


def _write_png(path: Path, image: Any, save: Callable[[Any, io.BytesIO], None]) -> Path:
    buffer = io.BytesIO()
    save(image, buffer)
    write_atomic(path, buffer.getvalue())
    return path


def page_map(body: m.RenderedBody, count: int) -> list[tuple[str, str]]:
    """(page label, part title) for every page of the finished pack, as a viewer shows them."""
    parts = sorted((mark.page, mark.title) for mark in body.marks if mark.kind == "part")
    out = []
    for index in range(count):
        start, style = max((r for r in body.labels if r[0] <= index), default=(0, "/D"))
        number = index - start + 1
        label = _roman(number) if style.lower() == "/r" else str(number)
        label = label.upper() if style == "/R" else label
        part = max((p for p in parts if p[0] <= index), default=(0, ""))[1]
        out.append((label, part))
    return out


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                           (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                           (4, "iv"), (1, "i")):  # fmt: skip
        while n >= value:
            out += letters
            n -= value
    return out


def build_time(content: Content) -> dt.datetime:
    """The date stamped in the PDF: SOURCE_DATE_EPOCH if set, else the campaign date, never now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
        except (ValueError, OverflowError, OSError):
            raise PackError(f"SOURCE_DATE_EPOCH={epoch!r} is not a time in seconds") from None
    d = content.campaign.date
    return dt.datetime(d.year, d.month, d.day, tzinfo=dt.UTC)


class StagedFile:
    """A hidden file in `folder`, made on the first write and renamed into place by `keep`;
    `discard` removes it if it was not kept. What a build writes its PDF into as it goes."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.handle: Any = None
        self.path: Path | None = None

    def write(self, data: bytes) -> int:
        if self.handle is None:
            self._open()
        assert self.handle is not None
        try:
            return int(self.handle.write(data))
        except OSError as exc:  # a full disk: say so; the part written is removed (discard)
            raise OutputError(f"cannot write to {self.folder}: {exc.strerror or exc}") from None

    def _open(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".packbuilder-", suffix=".part", dir=self.folder)
        except OSError as exc:
            raise OutputError(f"cannot write to {self.folder}: {exc.strerror or exc}") from None
        self.path = Path(tmp)
        # mkstemp makes the file private (0600); give it the permissions any new file gets.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        self.handle = os.fdopen(fd, "wb", buffering=1 << 16)

    def keep(self, path: Path) -> None:
        """Make the file `path` (replacing any file there)."""
        if self.handle is None:
            self._open()
        assert self.handle is not None and self.path is not None
        try:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()
            os.replace(self.path, path)
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
        self.handle = self.path = None

    def discard(self) -> None:
        """Remove the file unless it was kept (even when its last bytes cannot be written)."""
        if self.handle is not None:
            with contextlib.suppress(OSError):
                self.handle.close()
        if self.path is not None:
            self.path.unlink(missing_ok=True)
        self.handle = self.path = None


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a hidden file beside `path`, then rename: the old file survives any failure."""
    staged = StagedFile(path.parent)
    try:
        staged.write(data)
        staged.keep(path)
    finally:
        staged.discard()

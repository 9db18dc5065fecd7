"""Run the stages in order: load -> validate -> assemble -> layout -> finish -> write.

Each stage is a function of its own package (content/, signers/, assemble/, layout/, pdf/,
outputs/); the checks before layout are in preflight.py, the effective print settings in
options.py, files written whole in staging.py. This module only chains them.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import io
import os
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from packbuilder import model as m
from packbuilder.assemble.document import assemble
from packbuilder.content.schema import Content
from packbuilder.errors import ContentError, OutputError, PackError, Problem
from packbuilder.language.english import count
from packbuilder.model.rendered import roman
from packbuilder.options import (
    BuildOptions,
    kit,
    never_over_the_print_pack,
    only,
    pack_name,
    print_setup,
    refuse_empty,
    refuse_impossible,
)
from packbuilder.outputs.output import BuildContext, Written
from packbuilder.outputs.registry import asked_for
from packbuilder.outputs.staged import Staged
from packbuilder.pdf.objects import Sink
from packbuilder.preflight import (
    Attached,
    Found,
    LoadedSigners,
    check_content,
    choose_paragraphs,
    load_signers,
    never_over_an_input,
    read_attachments,
    signer_glyph_problems,
    signers_without_content,
)
from packbuilder.staging import StagedFile, beside, remove_stale, uninterrupted, write_atomic

if TYPE_CHECKING:
    from packbuilder.pdf.file import PdfFile, WrittenPdf

__all__ = ["BuildOptions", "StagedFile", "build_pack", "check_pack", "preflight", "preview_pack"]


@dataclass(frozen=True)
class BuildResult:
    """What a build produced, for the CLI to report."""

    output: Path
    pages: int
    size: int
    warnings: tuple[Problem, ...]
    #: The files each output beside the pack wrote (--split's letters...).
    outputs: tuple[Written, ...] = ()
    signers: int = 0
    #: The signer list's column report, a few lines for the CLI to print.
    signer_report: tuple[str, ...] = ()
    #: What the organiser must know about this pack (fax covers left out, and why).
    notices: tuple[str, ...] = ()
    #: Pages in each part, in print order (blank duplex pages count with the part before).
    parts: tuple[tuple[str, int], ...] = ()
    #: Letters to each post (its short name), in print order.
    letters_per_post: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class Checked:
    """What preflight found and checked: everything a build needs to finish the PDF."""

    content: Content
    signers: tuple[m.Signer, ...]
    document: m.Document
    #: The pack laid out (laying it out is the fit check): what layout found, and the PDF
    #: file it drew into, still open.
    body: m.RenderedBody
    pdf: PdfFile
    when: dt.datetime
    warnings: tuple[Problem, ...]
    #: The signer list's column report, a few lines for the CLI to print.
    signer_report: tuple[str, ...] = ()
    #: The page count of each attached PDF, by its file name in the content.
    attachments: Mapping[str, int] = field(default_factory=dict)

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
    this one function, so both commands run it. Content errors stop early (nothing but the
    signer list can be read without valid content; it is checked then too); after that every
    check runs, even when an earlier one failed,
    and the layout is tried with what could be read, so one run names every problem.
    Laying out writes the pages to `sink` (a file for a build; memory when None): every
    problem is found before the first page is written.
    """
    try:
        content = choose_paragraphs(
            check_content(options.content_dir, options.strict, options.examples_ok),
            options.include,
        )
    except ContentError as exc:
        # A mistake in the content must not hide those in the signer list: it is read too,
        # with what the content files say as written.
        raise ContentError([*exc.problems, *signers_without_content(options)]) from None
    found = Found()
    loaded = found.run(load_signers, content, options) or LoadedSigners()
    signers, signer_warnings = loaded.signers, loaded.warnings
    found.problems += signer_glyph_problems(signers)
    attached = found.run(read_attachments, content, options.strict) or Attached()
    when = build_time(content)  # before layout: ReportLab reads SOURCE_DATE_EPOCH too
    warnings = (*content.warnings, *signer_warnings, *attached.warnings)
    document = _document(content, options, signers, attached.pages)
    letters = sum(len(p.letters) for p in document.parts if isinstance(p, m.Letters))
    progress("Laying out the pack", letters)
    from packbuilder.pdf.file import Discard, PdfFile  # with layout: not for a content mistake

    # With problems found already, the layout only looks for more: nothing is written.
    if found.problems:
        pdf = PdfFile(Discard(), document.setup.bleed_mm, attachments=False)
    else:
        pdf = PdfFile(sink, document.setup.bleed_mm)
    body = found.run(_layout(), document, pdf)
    if found.problems or body is None:
        raise ContentError([*found.problems, *warnings])
    return Checked(
        content, signers, document, body, pdf, when, warnings, loaded.report, attached.pages
    )


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


def _finish(checked: Checked) -> WrittenPdf:
    """The PDF stage: finish the file the checked pack was laid out into."""
    from packbuilder.pdf.file import write_pdf

    document = checked.document
    return write_pdf(checked.pdf, checked.body, document.meta, document.setup, checked.when)


def _document(
    content: Content,
    options: BuildOptions,
    signers: tuple[m.Signer, ...],
    attachments: dict[str, int],
) -> m.Document:
    """The assemble stage, with the print settings and kit the options decide."""
    setup = print_setup(content, options)
    refuse_impossible(options, setup, signers)
    document = assemble(
        content,
        setup,
        attachments,
        signers=signers,
        copies=options.copies,
        kit=kit(content, options),
        letter_date=options.letter_date,
        only=only(options),
    )
    refuse_empty(document, options)
    return document


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


def build_pack(options: BuildOptions, progress: Progress = _quiet) -> BuildResult:
    """Build the pack and write it atomically; nothing is written if any check fails.

    The pages go to a hidden file beside the output as they are drawn, renamed into place
    when the PDF is whole: the old file survives any failure, and memory stays flat.
    """
    never_over_an_input(options)
    folder = options.output.parent if options.output else beside(options.content_dir, "").parent
    # Files beside the pack (outputs/): made after it, moved in together with it.
    extras = asked_for(options)
    # What a killed build left where this one writes: removed, its swap finished or undone.
    for place in (folder, *(f for extra in extras for f in (extra.folder.parent, extra.folder))):
        remove_stale(place)
    pdf = StagedFile(folder)
    staged: list[Staged] = []
    written: list[Written] = []
    try:
        checked = preflight(options, progress, sink=pdf)
        progress("Finishing the PDF", checked.letters)
        pack = _finish(checked)
        output = options.output or beside(options.content_dir, pack_name(checked.content, options))
        never_over_the_print_pack(output, checked.content, options)
        context = build_context(checked, options)
        for extra in extras:
            staged.append(Staged(extra))
            staged[-1].write(context)
            staged[-1].ready()  # a folder that cannot take them fails the build before the pack
        device, inode = pdf.finish(output)
        with uninterrupted():  # the pack and its letters change together, or not at all
            try:
                for files in staged:
                    files.begin((os.path.abspath(output), device, inode))
                pdf.keep(output)
            except BaseException:
                for files in reversed(staged):
                    files.undo()
                raise
            for files in staged:
                written.append(Written(files.output.what, files.output.folder, tuple(files.end())))
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


def build_context(checked: Checked, options: BuildOptions) -> BuildContext:
    """What the outputs beside the pack are made from: the checked build, and the stages to
    make another edition of the pack and write any document as a PDF."""
    return BuildContext(
        content=checked.content,
        signers=checked.signers,
        document=checked.document,
        options=options,
        when=checked.when,
        edition=functools.partial(_edition, checked, options),
        render=functools.partial(render, when=checked.when),
    )


def _edition(checked: Checked, options: BuildOptions, **changes: Any) -> m.Document:
    """The checked pack assembled again with `changes` to its options; an e-mail edition is
    the copy to share, so it never carries signers (as `build --email` refuses them)."""
    edition = dataclasses.replace(options, **changes)
    signers = () if edition.email else checked.signers
    return _document(checked.content, edition, signers, dict(checked.attachments))


def render(document: m.Document, when: dt.datetime) -> WrittenPdf:
    """Lay out and write `document` on its own, in memory: a split letter, another edition."""
    from packbuilder.pdf.file import PdfFile, write_pdf

    pdf = PdfFile(bleed_mm=document.setup.bleed_mm)
    return write_pdf(pdf, _layout()(document, pdf), document.meta, document.setup, when)


def _pages_per_part(pages: list[tuple[str, str]]) -> tuple[tuple[str, int], ...]:
    counts: dict[str, int] = {}
    for _, part in pages:
        counts[part] = counts.get(part, 0) + 1
    return tuple(counts.items())


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
    pack = _finish(checked)
    missing = [n for n in chosen if not 1 <= n <= pack.pages]
    if missing:
        raise PackError(
            f"--pages: the pack has {count(pack.pages, 'page')}; there is no page "
            + _ranges(missing)
        )
    info = [preview.PageInfo(label, part) for label, part in page_map(checked.body, pack.pages)]
    folder = folder or beside(options.content_dir, f"{checked.content.campaign.file_slug}-preview")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot write {folder}: {exc.strerror or exc}") from None
    remove_stale(folder)
    earlier = [*folder.glob("contact-sheet-*.png"), *folder.glob("page-*.png")]
    # One image in memory at a time: a pack of thousands of signed letters has thousands of
    # pages, and a sheet is written before the next is drawn.
    sheets = [
        _write_png(folder / f"contact-sheet-{n}.png", image, preview.save_png)
        for n, image in enumerate(preview.contact_sheets(pack.data, info), 1)
    ]
    images = preview.page_images(pack.data, [n - 1 for n in chosen])
    pages = [
        _write_png(folder / f"page-{n:03d}.png", image, preview.save_png)
        for n, image in zip(chosen, images, strict=True)
    ]
    # Only once the new images are written do the earlier preview's others go (only the
    # files preview itself names): a failed preview leaves the last one whole.
    for old in set(earlier) - {*sheets, *pages}:
        with contextlib.suppress(OSError):  # one left behind is no reason to fail
            old.unlink(missing_ok=True)
    return PreviewResult(folder, tuple(sheets), tuple(pages), pack.pages, checked.warnings)


def _ranges(numbers: list[int]) -> str:
    """'61-100, 250', at most ten ranges: the pages asked for that the pack does not have."""
    spans: list[list[int]] = []
    for n in sorted(numbers):
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    shown = [f"{a}-{b}" if b > a else f"{a}" for a, b in spans[:10]]
    return ", ".join(shown) + (", …" if len(spans) > 10 else "")


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
        label = roman(number) if style.lower() == "/r" else str(number)
        label = label.upper() if style == "/R" else label
        part = max((p for p in parts if p[0] <= index), default=(0, ""))[1]
        out.append((label, part))
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

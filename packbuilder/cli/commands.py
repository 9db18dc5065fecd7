"""The `packbuilder` command line: help texts, options, and errors turned into exit codes."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import signal
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import click

from packbuilder.errors import VERIFY, ContentError, PackError, Problem

if TYPE_CHECKING:
    from packbuilder import model as m

T = TypeVar("T")

MAIN_HELP = """Build a print-ready PDF action pack for a letter-writing drive.

\b
The pack is made from the plain text (YAML) files in a content folder:
  campaign.yaml   title, date, paper size and what the campaign asks for
  briefing.yaml   the background, with numbered sources
  cases.yaml      case summaries: dated, sourced, with how sure we are
  contacts.yaml   the embassy and consulates (open or closed)
  letter.yaml     the letter: salutation, paragraphs, closing
  sources.yaml    every source the pack cites
  guide.yaml      the organiser guide in the drive kit

\b
Typical use:
  packbuilder check            find every mistake in ./content
  packbuilder build            write <campaign>.pdf beside ./content
  packbuilder build -o pack.pdf
  packbuilder preview          PNG pictures of every page, to look before printing
  packbuilder new my-campaign  start a campaign of your own (--from blank)

Every content mistake is reported as FILE:LINE:COLUMN: FIELD: MESSAGE, all at
once, and nothing is written until there are none. Exit status: 0 done,
1 a problem with the content or the output file, 2 a mistake on the command line.

Print the letters at 100% ("Actual size"), never "Fit to page", so the address
shows through the envelope window. `packbuilder new FOLDER --from blank` writes
a campaign whose every key is explained in comments; the full reference is
docs/reference.md in packbuilder's source (see its README).
"""

BUILD_HELP = """Build the action pack PDF from CONTENT_DIR (default: ./content).

\b
The PDF holds, in order: a cover, the briefing, the case summaries, the table
of addressees, one letter for each open post (a closed post gets none), the
drive kit (organiser guide, sign-in and tally sheets, fax covers, address
labels, envelopes if asked for), and the numbered sources. The file is
written beside the campaign folder as <campaign-slug>.pdf (never inside it,
never into build/) unless -o is given; a failed build leaves
any earlier PDF untouched.

\b
Examples:
  packbuilder build --paper a4            A4 paper, DL or C6/5 window envelopes
  packbuilder build --email -o mail.pdf   a smaller file to attach to e-mail
  packbuilder build --bleed 3             3 mm bleed and crop marks for a copy shop
  packbuilder build --split letters/      also one PDF per letter
  packbuilder build --signers drive.csv   a signed letter per signer per post
  packbuilder build --copies 3            three unsigned sets of letters
  packbuilder build --include harm        print only the optional paragraph
                                          'harm' (--include none: no optional one)
  packbuilder build --label-start 7 --label-offset 0.5,-1
                                          labels from label 7 of a used sheet,
                                          moved 0.5 mm right and 1 mm up
"""

CHECK_HELP = """Check CONTENT_DIR (default: ./content) without writing anything.

Runs everything a build does except writing the PDF: every key and value,
citations and sources, every character against the fonts, and the layout
itself (a letter longer than its page, an address taller than the envelope
window). With --signers it checks the signer list too. Reports every error
and warning at once (for example an address last confirmed more than a year
before the campaign date) and exits 0 when there are no errors.
"""

STRICT_HELP = "Treat warnings (stale addresses, unused sources) as errors."
DEBUG_HELP = "Show the full traceback of an unexpected internal error."

content_argument = click.argument(
    "content_dir",
    required=False,
    default="content",
    type=click.Path(file_okay=False, path_type=Path),
)
strict_option = click.option("--strict", is_flag=True, help=STRICT_HELP)
paper_option = click.option(
    "--paper",
    type=click.Choice(["letter", "a4"]),
    help="Paper size (default: the campaign's): letter for US #10 window envelopes, "
    "a4 for DL or C6/5 (DIN 676 form B) window envelopes.",
)
signers_option = click.option(
    "--signers",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    metavar="FILE.csv",
    help="Mail merge: one letter per signer per open post, with the signer's name and return "
    "address printed in the signature block. Reads CSV exports from Google Forms, Microsoft "
    "Forms, Action Network, NationBuilder, EveryAction/VAN, Eventbrite, Mailchimp, Airtable "
    "or a spreadsheet (comma, semicolon or tab; UTF-8, UTF-16 or the code page Excel writes), "
    "and prints which column fed which part of the name and address.",
)
signers_encoding_option = click.option(
    "--signers-encoding",
    metavar="ENCODING",
    help="The signer list's text encoding, when packbuilder cannot tell it from the bytes: "
    "utf-8, cp1252 (Excel on Windows), mac_roman (Excel on an old Mac), cp949 (Korean), "
    "gb18030 (Simplified Chinese), big5 (Traditional Chinese).",
)
debug_option = click.option("--debug", is_flag=True, help=DEBUG_HELP)
include_option = click.option(
    "--include",
    metavar="ID[,ID...]",
    help="The optional letter paragraphs to print, by id (see letter.yaml), or 'none'. "
    "Replaces letter.yaml's include: for this run; without it, include: decides.",
)


def _include(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    if value.strip().lower() == "none":
        return ()
    ids = tuple(dict.fromkeys(i.strip() for i in value.split(",") if i.strip()))
    if not ids:
        raise click.BadParameter("give paragraph ids separated by commas, or 'none'",
                                 param_hint="--include")  # fmt: skip
    return ids


ONLY_HELP = (
    "Print only these parts, in pack order, separated by commas: cover, briefing, cases, "
    "addressees, letters, window-test, guide, sign-in, tally, fax-covers, labels, envelopes, "
    "sources. "
    "--only letters gives the letters alone (one page each, with a blank back in duplex); "
    "--only labels --no-duplex gives just the label sheets, for the label tray. Naming a kit "
    "sheet switches it on; attached PDFs are left out."
)


def _only(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    from difflib import get_close_matches

    from packbuilder.model import PART_NAMES

    names = tuple(dict.fromkeys(n.strip().lower() for n in value.split(",") if n.strip()))
    if not names:
        raise click.BadParameter("name at least one part", param_hint="--only")
    wrong = []
    for name in names:
        if name not in PART_NAMES:
            close = get_close_matches(name, PART_NAMES, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            wrong.append(f"unknown part '{name}'{hint}")
    if wrong:
        known = ", ".join(PART_NAMES)
        raise click.BadParameter(f"{'; '.join(wrong)}; the parts are {known}",
                                 param_hint="--only")  # fmt: skip
    return names


QUIET_HELP = "Print only errors: no warnings and no summary (the exit status still tells)."
quiet_option = click.option("-q", "--quiet", is_flag=True, help=QUIET_HELP)


@contextlib.contextmanager
def _importing() -> Iterator[None]:
    """Import the pipeline (ReportLab, PyYAML, the content schema) with the cyclic garbage
    collector paused the first time in a process, then set what was imported aside from its
    later passes (gc.freeze): tens of thousands of long-lived objects, none of them garbage,
    that it would otherwise walk again and again while the pack is laid out."""
    first = "packbuilder.pipeline" not in sys.modules and gc.isenabled()
    if first:
        gc.disable()
    try:
        yield
    finally:
        if first:
            gc.freeze()
            gc.enable()


@click.group(help=MAIN_HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="packbuilder")
def main() -> None:
    """The packbuilder command group."""


@main.command(help=BUILD_HELP)
@content_argument
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the PDF (default: <campaign-slug>.pdf beside the campaign folder).",
)
@paper_option
@click.option(
    "--duplex/--no-duplex",
    default=None,
    help="Start every part and every letter on a right-hand page, adding blank pages, so a "
    "double-sided print never puts two letters on one sheet (default: on, or the campaign's).",
)
@click.option(
    "--bleed",
    "bleed_mm",
    type=click.FloatRange(0, 10),
    default=0,
    metavar="MM",
    help="For a copy shop: grow each page by MM millimetres on every side and add crop marks "
    "(the content is not scaled).",
)
@click.option(
    "--email",
    is_flag=True,
    help="Make the copy to e-mail to partner groups: no blank pages, no crop marks, no "
    "label or envelope pages, and never signers' personal details.",
)
@click.option(
    "--split",
    "split_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Also write one PDF per letter into this folder, named after the post (and the "
    "signer), for people who fax or e-mail letters one by one. Letters from an earlier "
    "--split in that folder are replaced.",
)
@signers_option
@click.option(
    "--copies",
    type=click.IntRange(1, 1000),
    default=1,
    metavar="N",
    help="Without --signers: print N unsigned copies of each letter (default 1).",
)
@click.option(
    "--window-test",
    is_flag=True,
    default=None,
    help="Add a window-test sheet to the drive kit: a letter page with the envelope and its "
    "window drawn at 1:1 round a real address, to fold into an envelope and hold against the "
    "light before printing the letters (--only window-test prints it alone).",
)
@click.option("--guide/--no-guide", default=None, help="Include the organiser guide.")
@click.option("--sign-in/--no-sign-in", default=None, help="Include the sign-in sheet.")
@click.option("--tally/--no-tally", default=None, help="Include the tally sheet.")
@click.option("--fax-covers/--no-fax-covers", default=None, help="Include fax cover sheets.")
@click.option(
    "--fax-unverified",
    is_flag=True,
    help="Print a fax cover even for a number not confirmed within the campaign's "
    "stale_after_months (12 by default). The build summary and the organizer guide say how "
    "old each number is; the cover itself does not. Confirm a number before faxing it.",
)
@click.option(
    "--letter-date",
    callback=lambda _ctx, _param, value: _iso_date(value),
    default=None,
    metavar="YYYY-MM-DD",
    help="Print this date on every letter. Without it each letter has a line for the writer "
    "to date it by hand, so letters sent weeks later never carry a stale date. The same "
    "date gives the same PDF on every run.",
)
@click.option(
    "--labels/--no-labels",
    default=None,
    help="Include address labels (Avery 5160 on Letter, L7160 on A4).",
)
@click.option(
    "--envelopes/--no-envelopes",
    default=None,
    help="Include envelopes to print (#10 on Letter, DL on A4); off unless the campaign "
    "turns it on. Window envelopes need none.",
)
@click.option(
    "--label-start",
    type=click.IntRange(1, 30),
    default=1,
    metavar="K",
    help="Start at label K of a part-used label sheet (counted across, then down).",
)
@click.option(
    "--label-offset",
    default="0,0",
    metavar="X,Y",
    help="Move every label X mm right and Y mm down to correct printer drift, e.g. 1,-0.5.",
)
@click.option("--only", metavar="PART[,PART...]", help=ONLY_HELP)
@signers_encoding_option
@include_option
@strict_option
@quiet_option
@debug_option
def build(
    content_dir: Path,
    output: Path | None,
    paper: str | None,
    duplex: bool | None,
    bleed_mm: float,
    email: bool,
    split_dir: Path | None,
    signers: Path | None,
    copies: int,
    window_test: bool | None,
    guide: bool | None,
    sign_in: bool | None,
    tally: bool | None,
    fax_covers: bool | None,
    fax_unverified: bool,
    letter_date: dt.date | None,
    labels: bool | None,
    envelopes: bool | None,
    label_start: int,
    label_offset: str,
    only: str | None,
    signers_encoding: str | None,
    include: str | None,
    strict: bool,
    quiet: bool,
    debug: bool,
) -> None:
    """Build the pack."""
    with _importing():
        from packbuilder.pipeline import BuildOptions, build_pack

    if email and bleed_mm:
        raise click.UsageError("--email and --bleed do not go together: bleed is for print.")
    if signers and copies != 1:
        raise click.UsageError("--copies is for unsigned letters; with --signers each signer "
                               "gets one letter per post.")  # fmt: skip
    try:
        x, y = (float(v) for v in label_offset.split(","))
    except ValueError:
        raise click.BadParameter("write it as X,Y in millimetres, e.g. 1,-0.5",
                                 param_hint="--label-offset") from None  # fmt: skip
    if abs(x) > 10 or abs(y) > 10:
        raise click.BadParameter("at most 10 mm either way", param_hint="--label-offset")
    switches = {
        "window_test": window_test,
        "guide": guide,
        "sign_in": sign_in,
        "tally": tally,
        "fax_covers": fax_covers,
        "labels": labels,
        "envelopes": envelopes,
    }
    options = BuildOptions(
        content_dir=content_dir,
        output=output,
        strict=strict,
        paper=paper,  # type: ignore[arg-type]
        duplex=duplex,
        bleed_mm=bleed_mm,
        email=email,
        split_dir=split_dir,
        signers=signers,
        signers_encoding=signers_encoding,
        copies=copies,
        kit=tuple((name, on) for name, on in switches.items() if on is not None),
        label_start=label_start,
        label_offset_mm=(x, y),
        include=_include(include),
        fax_unverified=fax_unverified,
        letter_date=letter_date,
        only=_only(only),
    )
    started = time.monotonic()
    progress = _Progress(started) if not quiet and sys.stderr.isatty() else None
    try:
        result = _run(lambda: build_pack(options, progress or _no_progress), debug, content_dir)
    finally:
        if progress:
            progress.clear()
    if quiet:
        _quiet_signers(result.warnings, content_dir)
        return
    for line in result.signer_report:
        click.echo(line)
    _summed_up(result.warnings, content_dir)
    _fax_notes(result.notices, fax_unverified, content_dir)
    if result.signers:
        click.echo(f"Mail merge: {result.signers} signers")
    if result.split:
        click.echo(f"Wrote {len(result.split)} letters to {split_dir}")
    click.echo("Pages: " + ", ".join(f"{part} {n}" for part, n in result.parts if part))
    if result.letters_per_post:
        click.echo(_letters_line(result.letters_per_post))
    size = result.size / 1024
    shown = f"{size / 1024:.1f} MB" if size >= 1024 else f"{size:.0f} KB"
    took = time.monotonic() - started
    click.echo(f"Wrote {result.output}: {result.pages} pages, {shown}, in {took:.1f} s")


def _summed_up(warnings: tuple[Problem, ...], content_dir: Path) -> None:
    """Print the warnings, with the addresses and fax numbers to confirm as one line: the full
    list is `check`'s, and a first build should not open with a wall of warnings."""
    verify = [w for w in warnings if w.topic == VERIFY]
    for warning in warnings:
        if warning.topic != VERIFY:
            click.echo(str(warning), err=True)
    if verify:
        click.echo(f"{_to_confirm(verify)} before you print: run `packbuilder check "
                   f"{content_dir}` for the list", err=True)  # fmt: skip


def _quiet_signers(warnings: Sequence[Problem], content_dir: Path) -> None:
    """Under --quiet, one line still says that signer rows will not print as written (a row
    skipped, an address incomplete): --quiet must never make a dropped signer silent."""
    found = [w for w in warnings if w.field.startswith(("signers[", "(header)", "(row)"))]
    if not found:
        return
    n = len(found)
    click.echo(f"{n} warning{'s' if n != 1 else ''} about the signer list {found[0].file} "
               "(rows skipped, or addresses or columns that will not print as written); run "
               f"`packbuilder check {content_dir} --signers {found[0].file}` for the list",
               err=True)  # fmt: skip


def _letters_line(per_post: tuple[tuple[str, int], ...]) -> str:
    """'Letters: 10 (2 to each of 5 posts)', or each post's count when they differ."""
    total = sum(n for _, n in per_post)
    counts = {n for _, n in per_post}
    if len(counts) == 1:
        each = counts.pop()
        return f"Letters: {total} ({each} to each of {len(per_post)} posts)"
    return f"Letters: {total} (" + "; ".join(f"{post}: {n}" for post, n in per_post) + ")"


def _to_confirm(warnings: list[Problem]) -> str:
    """'3 addresses and 4 fax numbers need confirming', from the warnings' field paths."""
    kinds = {"address": 0, "fax number": 0, "e-mail address": 0}
    for w in warnings:
        kind = (
            "fax number"
            if ".fax" in w.field
            else "e-mail address"
            if ".email" in w.field
            else "address"
        )
        kinds[kind] += 1
    plural = {
        "address": "addresses",
        "fax number": "fax numbers",
        "e-mail address": "e-mail addresses",
    }
    named = [f"{n} {kind if n == 1 else plural[kind]}" for kind, n in kinds.items() if n]
    text = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
    return f"{text} {'needs' if len(warnings) == 1 else 'need'} confirming"


def _no_progress(stage: str, letters: int) -> None:
    """No progress shown (stderr is not a terminal, or --quiet)."""


class _Progress:
    """The stage of a long build on one terminal line of stderr, rewritten as it changes;
    shown only for a big pack or once the build has taken a second, so short builds stay
    quiet."""

    def __init__(self, started: float) -> None:
        self.started = started
        self.shown = False

    def __call__(self, stage: str, letters: int) -> None:
        if letters >= 200 or time.monotonic() - self.started > 1:
            many = f" ({letters} letters)" if letters else ""
            click.echo(f"\r\033[K{stage}{many}…", err=True, nl=False)
            self.shown = True

    def clear(self) -> None:
        if self.shown:
            click.echo("\r\033[K", err=True, nl=False)


@main.command(help=CHECK_HELP)
@content_argument
@signers_option
@signers_encoding_option
@paper_option
@include_option
@strict_option
@quiet_option
@debug_option
def check(
    content_dir: Path,
    signers: Path | None,
    signers_encoding: str | None,
    paper: str | None,
    include: str | None,
    strict: bool,
    quiet: bool,
    debug: bool,
) -> None:
    """Check the content."""
    with _importing():
        from packbuilder.pipeline import BuildOptions, check_pack

    options = BuildOptions(
        content_dir=content_dir,
        strict=strict,
        signers=signers,
        signers_encoding=signers_encoding,
        paper=paper,  # type: ignore[arg-type]
        include=_include(include),
    )
    result = _run(lambda: check_pack(options), debug)
    if quiet:
        _quiet_signers(result.warnings, content_dir)
        return
    for line in result.signer_report:
        click.echo(line)
    for warning in result.warnings:
        click.echo(str(warning), err=True)
    for fit in result.windows:
        click.echo(_window_line(fit))
    _notices(result.notices)
    n = len(result.warnings)
    click.echo(
        f"{content_dir}: no errors, {n} warning{'s' if n != 1 else ''}; "
        f"{result.letters} letter{'s' if result.letters != 1 else ''} to print"
    )


PREVIEW_HELP = """Look at the pack from CONTENT_DIR (default: ./content) as PNG images.

Builds the pack in memory (with every check a build makes) and writes
contact-sheet-1.png (and -2, -3 ... for long packs): every page as a small
picture with its page number and part under it. With --pages it also writes
those pages full size (page-005.png ...). Page numbers are the PDF's own
(1 is the cover), as your PDF viewer counts them.

The images go to <campaign>-preview/ beside the campaign folder unless -o is
given; images from an earlier preview there are replaced.

\b
  packbuilder preview my-campaign
  packbuilder preview my-campaign --pages 1,5-7 -o look/
"""


def _pages(value: str | None) -> tuple[int, ...]:
    if not value:
        return ()
    out: list[int] = []
    for part in value.split(","):
        first, _, last = part.strip().partition("-")
        try:
            a, b = int(first), int(last or first)
        except ValueError:
            raise click.BadParameter(f"'{part.strip()}' is not a page or a range like 5-7",
                                     param_hint="--pages") from None  # fmt: skip
        if a < 1 or b < a:
            raise click.BadParameter(f"'{part.strip()}' is not a page or a range like 5-7",
                                     param_hint="--pages")  # fmt: skip
        out += range(a, b + 1)
    return tuple(dict.fromkeys(out))


@main.command(help=PREVIEW_HELP)
@content_argument
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    help="The folder for the images (default: <campaign-slug>-preview beside the campaign).",
)
@click.option("--pages", metavar="1,5-7", help="Also write these pages full size.")
@paper_option
@signers_option
@include_option
@debug_option
def preview(
    content_dir: Path,
    output: Path | None,
    pages: str | None,
    paper: str | None,
    signers: Path | None,
    include: str | None,
    debug: bool,
) -> None:
    """Write PNG previews of the pack."""
    with _importing():
        from packbuilder.pipeline import BuildOptions, preview_pack

    chosen = _pages(pages)
    options = BuildOptions(
        content_dir=content_dir,
        paper=paper,  # type: ignore[arg-type]
        signers=signers,
        include=_include(include),
        examples_ok=True,  # a draft may be looked at, even under --strict
    )
    result = _run(lambda: preview_pack(options, output, chosen), debug)
    _summed_up(result.warnings, content_dir)
    sheets = len(result.sheets)
    click.echo(
        f"Wrote {sheets} contact sheet{'s' if sheets != 1 else ''} of {result.page_count} pages"
        + (f" and {len(result.pages)} full pages" if result.pages else "")
        + f" to {result.folder}"
    )


NEW_HELP = """Start a campaign of your own in FOLDER (a new or empty folder).

\b
  --from default   a copy of the shipped campaign, to adapt
  --from blank     a small campaign to fill in: two example posts, one case,
                   two briefing sections, a letter with one optional
                   paragraph; every key is explained in comments

Every file is plain text (YAML): open it in any editor and make it your
campaign (in the blank one, replace what is marked EXAMPLE), then check,
preview and build the folder:

\b
  packbuilder new my-campaign --from blank --paper a4
  packbuilder check my-campaign
  packbuilder preview my-campaign
  packbuilder build my-campaign

The new campaign's slug (the name of its PDF and preview folder) is made
from FOLDER's name, so its pack never replaces another campaign's. A folder
that already holds files is never written into.
"""


@main.command(help=NEW_HELP)
@click.argument("folder", type=click.Path(path_type=Path))
@click.option(
    "--from",
    "starter",
    type=click.Choice(["default", "blank"]),
    default="default",
    show_default=True,
    help="The campaign to start from.",
)
@click.option(
    "--paper",
    type=click.Choice(["letter", "a4"]),
    help="Paper of the new campaign: letter (US Letter, #10 window envelopes) or a4 (A4, DL "
    "or C5 window envelopes). Default: the starting campaign's (letter for default, a4 for "
    "blank).",
)
@click.option(
    "--language",
    metavar="TAG",
    help="Language of the pack as a language tag. packbuilder prints its own words (headings, "
    "table headers, dates) in en, ko, zh-Hans and zh-Hant; in another language they stay in "
    "English unless labels.yaml gives them. The text you write is printed as you write it.",
)
@debug_option
def new(folder: Path, starter: str, paper: str | None, language: str | None, debug: bool) -> None:
    """Start a campaign folder."""
    from packbuilder.content.rules import language_problem
    from packbuilder.content.starter import new_campaign

    if language is not None and (problem := language_problem(language)):
        raise click.BadParameter(problem, param_hint="--language")
    made = _run(lambda: new_campaign(folder, starter, paper, language), debug)  # type: ignore[arg-type]
    click.echo(f"Made {made.folder} from the {starter} campaign: {', '.join(made.files)}")
    what = "what to change is marked EXAMPLE" if starter == "blank" else "make it your campaign"
    click.echo(f"Next: edit the files ({what}), then run")
    for command in ("check", "preview", "build"):
        click.echo(f"  packbuilder {command} {made.folder}")


def _window_line(fit: m.WindowFit) -> str:
    """One post's window clearance, in inches and millimetres, for `check`."""
    from packbuilder.layout.envelopes import CLEARANCE_MIN

    def both(points: float) -> str:
        return f"{points / 72:.2f} in ({points / 72 * 25.4:.1f} mm)"

    def other(name: str, clearance: float) -> str:
        # The other envelopes the folded sheet also goes in are a choice, not an error; one
        # the address can slide out of must say so in words, not only as a minus sign.
        if clearance >= CLEARANCE_MIN:
            return f"; {name}: {both(clearance)}"
        return f"; not a {name}: the address can slide out of its window ({both(clearance)})"

    across, down = fit.at
    also = "".join(other(name, c) for name, c in fit.others)
    return (
        f"window: {fit.post}: {fit.lines} lines clear the {fit.envelope} window by "
        f"{both(fit.clearance)} where the letter rests worst ({both(across)} across, "
        f"{both(down)} down){also}"
    )


def _iso_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            f"'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2026-12-10",
            param_hint="--letter-date",
        ) from None


def _notices(notices: tuple[str, ...]) -> None:
    """What the organizer must know about the pack (fax covers left out, and why)."""
    for notice in notices:
        click.echo("Note: " + notice.replace("\u00a0", " "))


def _fax_notes(notices: tuple[str, ...], unverified: bool, content_dir: Path) -> None:
    """`build`'s one line for the fax-cover notes (`check` prints each in full), like the one
    line for addresses to confirm."""
    if not notices:
        return
    n = len(notices)
    covers = f"{n} fax cover{'s' if n != 1 else ''}"
    if unverified:
        what = f"{covers} printed with --fax-unverified: confirm the numbers before faxing"
    else:
        what = f"{covers} left out: numbers not confirmed recently (--fax-unverified prints them)"
    click.echo(f"Note: {what}; run `packbuilder check {content_dir}` for the list")


def _stop(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def _run(action: Callable[[], T], debug: bool, summarise: Path | None = None) -> T:
    """Run a command's action; on content problems print the errors first, then the warnings
    (in full, or as one line pointing to `check` when `summarise` names the campaign folder),
    and exit 1."""
    # A terminal closed or a kill mid-build ends like Ctrl-C: through the cleanup that removes
    # the half-written file beside the output (it holds signers' names and addresses).
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _stop)
    try:
        return action()
    except ContentError as exc:
        errors = [p for p in exc.problems if p.severity == "error"]
        warnings = [p for p in exc.problems if p.severity != "error"]
        for problem in errors if summarise else [*errors, *warnings]:
            click.echo(str(problem), err=True)
        n, w = len(errors), len(warnings)
        hidden = f"{w} warning{'s' if w != 1 else ''} not shown: `packbuilder check {summarise}`"
        also = f" ({hidden} lists them)" if summarise and w else ""
        click.echo(f"{n} error{'s' if n != 1 else ''}{also}; nothing was written.", err=True)
        sys.exit(1)
    except PackError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except Exception as exc:
        if debug:
            raise
        click.echo(
            f"internal error: {type(exc).__name__}: {exc} (this is a bug in packbuilder; "
            "run again with --debug for details)",
            err=True,
        )
        sys.exit(1)

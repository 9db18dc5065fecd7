"""The `packbuilder` commands: help texts, and each command's run from its options to its report."""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path
from typing import Any

import click

from packbuilder.cli import options as o
from packbuilder.cli import report
from packbuilder.cli.running import rewrite_line, run, say
from packbuilder.errors import shown

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
  packbuilder share           e-mail the pack to the groups in partners.yaml

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
  packbuilder build --email              <campaign-slug>-email.pdf beside the
                                          print pack: a smaller file to e-mail
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


class _Commands(click.Group):
    """The command group, whose usage errors print as every other message does: each line
    escaped and of bounded length (an option's value is quoted back in them)."""

    def main(  # type: ignore[override]
        self, args: Any = None, prog_name: str | None = None, standalone_mode: bool = True,
        **kwargs: Any,
    ) -> Any:  # fmt: skip
        if not standalone_mode:
            return super().main(args, prog_name, standalone_mode=False, **kwargs)
        try:
            code = super().main(args, prog_name, standalone_mode=False, **kwargs)
        except click.ClickException as exc:
            told = io.StringIO()
            exc.show(file=told)
            for line in told.getvalue().splitlines():
                click.echo(shown(line), err=True)
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("Aborted!", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


@click.group(
    cls=_Commands, help=MAIN_HELP, context_settings={"help_option_names": ["-h", "--help"]}
)
@click.version_option(package_name="packbuilder")
def main() -> None:
    """The packbuilder command group."""


@main.command(help=BUILD_HELP)
@o.with_options(o.BUILD)
def build(choices: o.Choices) -> None:
    """Build the pack."""
    from packbuilder.pipeline import build_pack

    options = choices.options
    started = time.monotonic()
    tty = not choices.quiet and sys.stderr.isatty()
    progress = report.Progress(started, rewrite_line) if tty else None
    try:
        result = run(
            lambda: build_pack(options, progress or report.no_progress),
            choices.debug,
            options.content_dir,
        )
    finally:
        if progress:
            progress.clear()
    if choices.quiet:
        say(report.quiet_signers(result.warnings, options.content_dir))
        return
    took = time.monotonic() - started
    say(report.built(result, options.content_dir, options.fax_unverified, took))


@main.command(help=CHECK_HELP)
@o.with_options(o.CHECK)
def check(choices: o.Choices) -> None:
    """Check the content."""
    from packbuilder.pipeline import check_pack

    result = run(lambda: check_pack(choices.options), choices.debug)
    content_dir = choices.options.content_dir
    if choices.quiet:
        say(report.quiet_signers(result.warnings, content_dir))
        return
    say(report.checked(result, content_dir))


@main.command(help=PREVIEW_HELP)
# A draft may be looked at, even under --strict.
@o.with_options(o.PREVIEW, examples_ok=True)
def preview(choices: o.Choices) -> None:
    """Write PNG previews of the pack."""
    from packbuilder.pipeline import preview_pack

    options = choices.options
    result = run(lambda: preview_pack(options, choices.folder, choices.pages), choices.debug)
    say(report.previewed(result, options.content_dir))


@main.command(help=NEW_HELP)
@o.stacked(o.NEW)
def new(
    folder: Path,
    starter: str,
    paper: str | None,
    language: str | None,
    country: str | None,
    debug: bool,
) -> None:
    """Start a campaign folder."""
    from packbuilder.content.country import country_problem
    from packbuilder.content.rules import language_problem
    from packbuilder.content.starter import new_campaign
    from packbuilder.language.catalogs import mistyped

    if language is not None and (problem := language_problem(language) or mistyped(language)):
        raise click.BadParameter(problem, param_hint="--language")
    if country is not None:
        if problem := country_problem(country):
            raise click.BadParameter(problem, param_hint="--country")
        country = country.upper()
    made = run(
        lambda: new_campaign(folder, starter, paper, language, country=country),  # type: ignore[arg-type]
        debug,
    )
    say(report.made(made, starter))


def _register() -> None:
    """Commands kept in modules of their own."""
    from packbuilder.cli.share import share

    main.add_command(share)


_register()

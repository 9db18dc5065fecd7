"""`packbuilder share`: the e-mail edition sent to the partner groups in partners.yaml, as one
draft per group (and over SMTP with --send)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import click

from packbuilder.cli import options as o
from packbuilder.cli import report
from packbuilder.cli.running import load_pipeline, run, say

if TYPE_CHECKING:
    from packbuilder.errors import Problem
    from packbuilder.outputs.drafts import Draft
    from packbuilder.outputs.sending import Sent

SHARE_HELP = """Share the pack from CONTENT_DIR (default: ./content) with the partner groups
listed in its partners.yaml: one e-mail to each.

\b
Each e-mail comes from the campaign's contact (campaign.yaml, contact: email:),
goes to the group's address, has the campaign's title as its subject and a
short covering note in the group's language, and carries the e-mail edition
of the pack (what build --email writes) as its attachment. Signers' names
and addresses are never in it: a signer list is always left out.

\b
Without --send, the e-mails are written as drafts (one .eml file per group,
in <campaign-slug>-share/ beside the campaign unless -o is given): open one
in Thunderbird, Apple Mail or Outlook, read it, and send it from there.
Drafts from an earlier share in that folder are replaced.

\b
With --send, packbuilder sends them itself through your provider's outgoing
(SMTP) server, named by environment variables:
  PACKBUILDER_SMTP_HOST      e.g. smtp.gmail.com
  PACKBUILDER_SMTP_PORT      465 (TLS) or 587 (STARTTLS; the default)
  PACKBUILDER_SMTP_USER      your e-mail address, usually
  PACKBUILDER_SMTP_PASSWORD  an app password (most providers refuse the
                             account's own password; see the README)
The password is never sent over an unencrypted connection. Each group sent
to is recorded in sent.tsv in the drafts' folder, and a second --send sends
only to the groups still missing (--resend sends to every group again).

\b
  packbuilder share my-campaign
  packbuilder share my-campaign --send --dry-run
  packbuilder share my-campaign --send
"""

SHARE: tuple[o.Decorator, ...] = (
    o.content_argument,
    click.option(
        "-o",
        "--output",
        "folder",
        type=click.Path(file_okay=False, path_type=Path),
        help="The folder for the drafts (default: <campaign-slug>-share beside the campaign).",
    ),
    o.signers_option(
        "Not read: accepted so that a build's command line works here too, and left out, "
        "since the drafts and the pack they carry never hold signers' names and addresses."
    ),
    click.option("--send", is_flag=True, help="Send the e-mails over SMTP (see above)."),
    click.option(
        "--dry-run", is_flag=True, help="With --send: say what would be sent, and send nothing."
    ),
    click.option(
        "--resend", is_flag=True, help="With --send: send to every group, even those sent before."
    ),
    o.strict_option,
    o.debug_option,
)


@dataclass(frozen=True)
class Shared:
    """What `share` made: the drafts, where, the attachment's name and size, and the notes."""

    folder: Path
    drafts: tuple[Draft, ...]
    edition: str
    size: int
    notes: tuple[str, ...]
    warnings: tuple[Problem, ...]


def share_pack(content_dir: Path, folder: Path | None, strict: bool) -> Shared:
    """Check the campaign as its e-mail edition and write one draft per partner into `folder`
    (the drafts output: outputs/drafts.py)."""
    from packbuilder.errors import PackError
    from packbuilder.options import BuildOptions
    from packbuilder.outputs import drafts as d
    from packbuilder.outputs.staged import Staged
    from packbuilder.pipeline import build_context, preflight
    from packbuilder.staging import beside

    options = BuildOptions(content_dir=content_dir, email=True, strict=strict)
    checked = preflight(options)
    content = checked.content
    if not (content.partners and content.partners.partners):
        where = content_dir / "partners.yaml"
        what = "lists no groups yet" if content.partners else "is missing"
        raise PackError(
            f"{where} {what}: list the groups to share the pack with (group: and email: for "
            "each; `packbuilder new FOLDER --from blank` writes an example)"
        )
    d.sender(content)
    folder = folder or beside(content_dir, f"{content.campaign.file_slug}-share")
    output = d.Drafts(folder)
    staged = Staged(output)
    try:
        staged.write(build_context(checked, options))
        staged.ready()
        staged.swap_in()
    finally:
        staged.discard()
    made = tuple(output.made)
    size = len(made[0].attachment()) if made else 0
    notes = (*checked.signer_report, *filter(None, [d.size_warning(size)]))
    name = made[0].attachment_name() if made else ""
    return Shared(folder, made, name, size, notes, checked.warnings)


def shared_lines(result: Shared, content_dir: Path, signers: Path | None) -> list[report.Line]:
    """`share`'s report: notes, warnings in short, and the drafts written."""
    lines = [report.Line("Note: " + n) for n in result.notes]
    if signers:
        lines.append(report.Line(f"Note: {signers} left out: what is shared never carries "
                                 "signers' names and addresses"))  # fmt: skip
    lines += report.summed_up(result.warnings, content_dir)
    size = f"{result.size / 1024:.0f} KB" if result.size < 1024 * 1024 else (
        f"{result.size / 1024 / 1024:.1f} MB")  # fmt: skip
    n = len(result.drafts)
    lines.append(report.Line(
        f"Wrote {n} e-mail draft{'s' if n != 1 else ''} to {result.folder}, each with "
        f"{result.edition} ({size}) attached: "
        + ", ".join(draft.file for draft in result.drafts)
    ))  # fmt: skip
    return lines


def sent_lines(sent: Sent, dry_run: bool) -> list[report.Line]:
    """The totals after --send."""
    if dry_run:
        return [report.Line("Dry run: nothing was sent")]
    lines = [report.Line(f"Sent {len(sent.sent)}, already sent {len(sent.skipped)}, "
                         f"not sent {len(sent.failed)}")]  # fmt: skip
    if sent.skipped:
        lines.append(report.Line("--resend sends to the groups already sent to again"))
    return lines


@click.command(help=SHARE_HELP)
@o.stacked(SHARE)
def share(
    content_dir: Path,
    folder: Path | None,
    signers: Path | None,
    send: bool,
    dry_run: bool,
    resend: bool,
    strict: bool,
    debug: bool,
) -> None:
    """Write (and send) the e-mails to partner groups."""
    if (dry_run or resend) and not send:
        raise click.UsageError("--dry-run and --resend go with --send")
    load_pipeline()
    result = run(lambda: share_pack(content_dir, folder, strict), debug, content_dir)
    say(shared_lines(result, content_dir, signers))
    if not send:
        return
    from packbuilder.outputs.sending import send_all, server_from

    server = None if dry_run else run(lambda: server_from(os.environ), debug)
    sent = run(
        lambda: send_all(result.drafts, result.folder, server, lambda t: click.echo(t), resend),
        debug,
    )
    say(sent_lines(sent, dry_run))
    if sent.failed:
        raise SystemExit(1)

"""E-mail drafts for partner groups: one standard message (.eml) per group in partners.yaml,
from the campaign's contact, with a short covering note in the group's language and the
e-mail edition of the pack attached.

The messages are built with the standard library's `email` package and written as drafts
(`X-Unsent: 1`, which Outlook reads as "open ready to send"; Thunderbird and Apple Mail open an
.eml as a message too). The same messages are what `share --send` sends (outputs/sending.py).
Same inputs, same bytes: the date is the pack's, the MIME boundary and Message-ID are made from
the message's content, never from the clock or a random number.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from pathlib import Path

from packbuilder.content.partners import Partner
from packbuilder.content.schema import Content
from packbuilder.errors import PackError
from packbuilder.language import catalogs as lang
from packbuilder.language.scripts import slug
from packbuilder.outputs.output import BuildContext

MB = 1024 * 1024
#: Above this an attachment may be refused: some providers and many workplace servers take no
#: more than 10 MB in one message.
WARN_SIZE = 10 * MB
#: Above this most providers refuse the message (Outlook.com takes 20 MB, Gmail 25 MB, and a
#: PDF grows by a third when it is encoded into a message).
REFUSE_SIZE = 20 * MB


@dataclass(frozen=True)
class Draft:
    """One partner's message, and the name of its draft file."""

    partner: Partner
    file: str
    message: EmailMessage

    def attachment(self) -> bytes:
        """The attached pack."""
        for part in self.message.iter_attachments():
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                return payload
        return b""

    def attachment_name(self) -> str:
        return next((p.get_filename() or "" for p in self.message.iter_attachments()), "")

    def data(self) -> bytes:
        """The message as a standard .eml file (CRLF line ends, as sent over SMTP)."""
        return self.message.as_bytes(policy=SMTP)


def sender(content: Content) -> tuple[str, str]:
    """(name, address) the drafts come from: the campaign's contact; PackError without one."""
    contact = content.campaign.contact
    if contact is None or not contact.email:
        raise PackError(
            f"{content.folder / 'campaign.yaml'}: contact: give the group's e-mail address "
            "(contact: email:), the address the pack is shared from and answers come back to"
        )
    return contact.name or content.campaign.organiser, contact.email


def size_problem(size: int) -> str | None:
    """Why an attachment of `size` bytes cannot be e-mailed (None when it can)."""
    if size <= REFUSE_SIZE:
        return None
    return (
        f"the e-mail edition is {size / MB:.1f} MB, too large to e-mail (most providers refuse "
        f"more than {REFUSE_SIZE // MB} MB): leave attached PDFs out of campaign.yaml "
        "(attachments:), or put the file on a shared drive and send its link"
    )


def size_warning(size: int) -> str | None:
    """A warning for an attachment some servers may refuse (None when it is small enough)."""
    if size <= WARN_SIZE:
        return None
    return (
        f"the e-mail edition is {size / MB:.1f} MB: some providers and workplace servers refuse "
        f"attachments over {WARN_SIZE // MB} MB; if a group does not receive it, send a link"
    )


def drafts(content: Content, edition: bytes, edition_name: str, when: dt.datetime) -> list[Draft]:
    """One draft per partner in partners.yaml, each with the e-mail edition attached."""
    if size_problem(len(edition)):
        raise PackError(size_problem(len(edition)) or "")
    partners = content.partners.partners if content.partners else ()
    used: set[str] = set()
    out = []
    for partner in partners:
        message = _message(content, partner, edition, edition_name, when)
        out.append(Draft(partner, _file_name(partner, used), message))
    return out


def _language(content: Content, partner: Partner) -> lang.Language:
    """The partner's language; the campaign's own (with labels.yaml) when they share a catalog."""
    tag = partner.language or content.campaign.language
    if lang.catalog_code(tag) == content.language.code:
        return content.language
    return lang.language_for(tag)


def cover_note(content: Content, partner: Partner) -> str:
    """The covering note, in the partner's language, signed by the campaign's contact."""
    language = _language(content, partner)
    w = language.words
    name, address = sender(content)
    greeting = language.fill(w.share_greeting, name=partner.contact or partner.group)
    body = language.fill(w.share_body, title=language.quote(content.campaign.title))
    contact = content.campaign.contact
    details = [d for d in (contact.parts() if contact else ()) if d != name] or [address]
    paragraphs = [greeting, body, *([partner.note] if partner.note else [])]
    signature = "\n".join([w.share_closing, name, *details])
    return "\n\n".join([*(" ".join(p.split()) for p in paragraphs), signature]) + "\n"


def _message(
    content: Content, partner: Partner, edition: bytes, edition_name: str, when: dt.datetime
) -> EmailMessage:
    language = _language(content, partner)
    name, address = sender(content)
    message = EmailMessage()
    message["From"] = formataddr((name, address))
    message["To"] = formataddr((partner.contact or partner.group, partner.email))
    message["Subject"] = language.fill(language.words.share_subject, title=content.campaign.title)
    message["Date"] = format_datetime(when)
    message["Content-Language"] = partner.language or content.campaign.language
    # Outlook opens a message marked unsent as a draft, ready to send.
    message["X-Unsent"] = "1"
    note = cover_note(content, partner)
    message.set_content(note)
    message.add_attachment(edition, maintype="application", subtype="pdf", filename=edition_name)
    # The boundary and Message-ID come from what the message says (the email package would
    # draw a random boundary), so the same pack and partner give the same bytes.
    said = "\n".join(f"{k}: {v}" for k, v in message.items()) + note
    seal = hashlib.sha256(said.encode("utf-8") + edition).hexdigest()[:24]
    message.set_boundary(f"=_packbuilder_{seal}")
    message["Message-ID"] = f"<share.{seal}@{address.rsplit('@', 1)[1]}>"
    return message


def _file_name(partner: Partner, used: set[str]) -> str:
    stem = slug(partner.group, "partner", limit=60)
    name, n = f"{stem}.eml", 2
    while name in used:
        name, n = f"{stem}-{n}.eml", n + 1
    used.add(name)
    return name


@dataclass(frozen=True)
class Drafts:
    """The drafts as an output beside the pack (outputs/registry.py): the e-mail edition of
    the build, one draft per partner attaching it, written into `folder` (replacing the drafts
    an earlier `share` wrote there). `made` holds the drafts once written, for `--send`."""

    folder: Path
    what: str = "e-mail drafts"
    made: list[Draft] = field(default_factory=list)

    def files(self, context: BuildContext) -> Iterator[tuple[str, bytes]]:
        content = context.content
        sender(content)
        document = context.document if context.options.email else context.edition(email=True)
        edition = context.render(document).data
        name = f"{content.campaign.file_slug}-email.pdf"
        self.made[:] = drafts(content, edition, name, context.when)
        for draft in self.made:
            yield draft.file, draft.data()

    def earlier(self) -> Iterable[Path]:
        return ()

"""Sending the drafts over SMTP (`share --send`): the server from the environment, encrypted
whenever a password goes over the wire, one line of progress per message, a failure for one
group never stopping the others, and a record of what was sent to whom in the drafts' folder.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import smtplib
import ssl
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from email.policy import SMTP
from pathlib import Path

from packbuilder.errors import PackError
from packbuilder.outputs.drafts import Draft

#: The record, in the drafts' folder, of each message sent: when, to whom, which draft, and a
#: fingerprint of the pack it carried (tab-separated, one line a message).
SENT = "sent.tsv"
#: Implicit TLS from the first byte (RFC 8314); any other port starts plain and is upgraded
#: with STARTTLS.
IMPLICIT_TLS_PORT = 465
LOCAL = ("localhost", "127.0.0.1", "::1")
TIMEOUT = 60


@dataclass(frozen=True)
class Server:
    """The SMTP server to send through, from PACKBUILDER_SMTP_HOST, _PORT, _USER, _PASSWORD."""

    host: str
    port: int
    user: str | None = None
    password: str | None = None

    @property
    def local(self) -> bool:
        return self.host.lower() in LOCAL


def server_from(environ: Mapping[str, str]) -> Server:
    """The server the environment names; PackError saying what to set when it names none."""
    host = environ.get("PACKBUILDER_SMTP_HOST", "").strip()
    if not host:
        raise PackError(
            "--send needs your e-mail provider's outgoing (SMTP) server: set "
            "PACKBUILDER_SMTP_HOST (and PACKBUILDER_SMTP_PORT, PACKBUILDER_SMTP_USER, "
            "PACKBUILDER_SMTP_PASSWORD: an app password, see the README); or open the drafts "
            "in your e-mail program and send them from there"
        )
    text = environ.get("PACKBUILDER_SMTP_PORT", "").strip() or "587"
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise PackError(f"PACKBUILDER_SMTP_PORT={text!r} is not a port number (465 or 587)")
    user = environ.get("PACKBUILDER_SMTP_USER", "").strip() or None
    password = environ.get("PACKBUILDER_SMTP_PASSWORD") or None
    return Server(host, int(text), user, password)


class Connection:
    """One session with the server: encrypted (implicit TLS, or STARTTLS when offered) and
    logged in when a user is given. A password never goes over a plain connection, except to
    this machine itself."""

    def __init__(self, server: Server) -> None:
        self.server = server
        context = ssl.create_default_context()
        try:
            if server.port == IMPLICIT_TLS_PORT:
                self.smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    server.host, server.port, timeout=TIMEOUT, context=context
                )
                self.encrypted = True
            else:
                self.smtp = smtplib.SMTP(server.host, server.port, timeout=TIMEOUT)
                self.smtp.ehlo()
                self.encrypted = self.smtp.has_extn("starttls")
                if self.encrypted:
                    self.smtp.starttls(context=context)
                    self.smtp.ehlo()
            if server.user or server.password:
                if not self.encrypted and not server.local:
                    self.close()
                    raise PackError(
                        f"{server.host}:{server.port} offers no encryption (no STARTTLS), so "
                        "the password is not sent; use the provider's TLS port (465 or 587)"
                    )
                self.smtp.login(server.user or "", server.password or "")
        except smtplib.SMTPAuthenticationError as exc:
            raise PackError(
                f"{server.host} refused the login: {_answer(exc)}; most providers need an app "
                "password for SMTP, not the account's own (see the README)"
            ) from None
        except (smtplib.SMTPException, OSError) as exc:
            raise PackError(f"cannot reach {server.host}:{server.port}: {_answer(exc)}") from None

    def send(self, sender: str, to: str, data: bytes) -> None:
        self.smtp.sendmail(sender, [to], data)

    def close(self) -> None:
        try:
            self.smtp.quit()
        except (smtplib.SMTPException, OSError):
            self.smtp.close()


def _answer(exc: BaseException) -> str:
    """The server's answer in an SMTP exception, as one line ('550 5.1.1 No such user')."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, said = next(iter(exc.recipients.values()))
        return _answer(smtplib.SMTPResponseException(code, said))
    if isinstance(exc, smtplib.SMTPResponseException):
        error: object = exc.smtp_error
        text = error.decode("utf-8", "replace") if isinstance(error, bytes) else str(error)
        return f"{exc.smtp_code} {' '.join(text.split())}"
    return " ".join(str(exc).split()) or type(exc).__name__


def fingerprint(draft: Draft) -> str:
    """What was sent, for the record: the attached pack's bytes (a new pack is sent again)."""
    return hashlib.sha256(draft.attachment()).hexdigest()[:16]


def already_sent(folder: Path) -> dict[tuple[str, str], str]:
    """(address, pack fingerprint) -> when, for every message the record says was sent."""
    record = folder / SENT
    found: dict[tuple[str, str], str] = {}
    if record.exists():
        for line in record.read_text("utf-8").splitlines()[1:]:
            cells = line.split("\t")
            if len(cells) >= 5:
                found[cells[1].casefold(), cells[4]] = cells[0]
    return found


def _record(folder: Path, draft: Draft, when: str) -> None:
    record = folder / SENT
    new = not record.exists()
    with record.open("a", encoding="utf-8") as out:
        if new:
            out.write("sent\tto\tgroup\tdraft\tpack\n")
        cells = (when, draft.partner.email, draft.partner.group, draft.file, fingerprint(draft))
        out.write("\t".join(" ".join(c.split()) for c in cells) + "\n")


@dataclass(frozen=True)
class Sent:
    """What happened to each draft: sent, skipped (sent before), or failed (the answer)."""

    sent: tuple[Draft, ...] = ()
    skipped: tuple[Draft, ...] = ()
    failed: tuple[tuple[Draft, str], ...] = ()


def send_all(
    drafts: Iterable[Draft],
    folder: Path,
    server: Server | None,
    say: Callable[[str], None],
    resend: bool = False,
    now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
) -> Sent:
    """Send each draft not sent before (all with `resend`), one line of progress each, and add
    each one sent to the record. Without a server (`--dry-run`) nothing is sent: each line says
    what would be."""
    todo = list(drafts)
    before = {} if resend else already_sent(folder)
    sent: list[Draft] = []
    skipped: list[Draft] = []
    failed: list[tuple[Draft, str]] = []
    connection: Connection | None = None
    try:
        for n, draft in enumerate(todo, 1):
            who = f"{draft.partner.group} <{draft.partner.email}>"
            count = f"({n} of {len(todo)})"
            when = before.get((draft.partner.email.casefold(), fingerprint(draft)))
            if when:
                say(f"Already sent to {who} on {when[:10]}: skipped {count}")
                skipped.append(draft)
                continue
            if server is None:
                say(f"Would send {draft.file} to {who} {count}")
                continue
            message = copy.deepcopy(draft.message)
            del message["X-Unsent"]  # the sent copy is a message, not a draft
            sender = message["From"].addresses[0].addr_spec
            try:
                connection = connection or Connection(server)
                connection.send(sender, draft.partner.email, message.as_bytes(policy=SMTP))
            except (smtplib.SMTPException, OSError) as exc:
                failed.append((draft, _answer(exc)))
                say(f"Not sent to {who}: the server answered {_answer(exc)} {count}")
                # A refused address leaves the session usable; a dropped one is opened again.
                gone = not isinstance(exc, smtplib.SMTPException)
                if connection is not None and (
                    gone or isinstance(exc, smtplib.SMTPServerDisconnected)
                ):
                    connection.close()
                    connection = None
                continue
            _record(folder, draft, now().strftime("%Y-%m-%dT%H:%M:%SZ"))
            sent.append(draft)
            say(f"Sent to {who} {count}")
    finally:
        if connection is not None:
            connection.close()
    return Sent(tuple(sent), tuple(skipped), tuple(failed))

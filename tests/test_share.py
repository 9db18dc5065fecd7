"""Sharing the pack with partner groups: the e-mail edition beside the print pack."""

from __future__ import annotations

import hashlib
import socket
import threading
from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest
from pypdf import PdfReader

from conftest import ROOT, run_cli
from pdfcheck import page_texts

SIGNERS = ROOT / "tests" / "data" / "signers-google-forms.csv"
SIGNER_NAMES = ("Ann Lee", "Bo Chan", "김혜숙")


def blank_campaign(base: Path, name: str = "drive") -> Path:
    """A campaign from `new --from blank` (small and quick to build), in `base`."""
    folder = base / name
    made = run_cli("new", str(folder), "--from", "blank")
    assert made.exit_code == 0, made.output
    return folder


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_build_then_build_email_leaves_both_pdfs(tmp_path: Path) -> None:
    campaign = blank_campaign(tmp_path)
    printed = run_cli("build", str(campaign))
    assert printed.exit_code == 0, printed.output
    pack = tmp_path / "drive.pdf"
    before = digest(pack)
    mailed = run_cli("build", str(campaign), "--email")
    assert mailed.exit_code == 0, mailed.output
    edition = tmp_path / "drive-email.pdf"
    assert f"Wrote {edition}:" in mailed.output
    assert digest(pack) == before  # the print pack is as the first build left it
    # the print pack keeps its blank backs and label sheets; the e-mail edition has neither
    assert len(PdfReader(str(edition)).pages) < len(PdfReader(str(pack)).pages)
    assert all(text.strip() for text in page_texts(edition))
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == ["drive-email.pdf", "drive.pdf"]


def test_email_edition_never_written_over_the_print_pack(tmp_path: Path) -> None:
    campaign = blank_campaign(tmp_path)
    assert run_cli("build", str(campaign)).exit_code == 0
    pack = tmp_path / "drive.pdf"
    before = digest(pack)
    refused = run_cli("build", str(campaign), "--email", "-o", str(pack))
    assert refused.exit_code == 1
    assert "that is the print pack's file" in refused.output
    assert "drive-email.pdf" in refused.output
    assert digest(pack) == before


def test_email_edition_leaves_out_the_campaigns_signer_list_and_says_so(tmp_path: Path) -> None:
    campaign = blank_campaign(tmp_path)
    (campaign / "signers.csv").write_bytes(SIGNERS.read_bytes())
    settings = campaign / "campaign.yaml"
    text = settings.read_text("utf-8")
    settings.write_text(text.replace("# signers: signers.csv", "signers: signers.csv"), "utf-8")
    mailed = run_cli("build", str(campaign), "--email")
    assert mailed.exit_code == 0, mailed.output
    assert "leaves out the signer list campaign.yaml names (signers.csv)" in mailed.output
    assert "Mail merge" not in mailed.output
    text = "\n".join(page_texts(tmp_path / "drive-email.pdf"))
    assert "Letter" in text and not any(name in text for name in SIGNER_NAMES)


PARTNERS = """\
partners:
  - group: Riverside Letter Group
    email: letters@riverside-group.org
    contact: Dana Park
  - group: Hanbit Church Human Rights Circle
    email: hanbit.rights@hanbit-church.org
    language: ko
    note: 지난봄 편지 쓰기 모임을 열어 주셔서 감사합니다.
  - group: Lotus Study Group
    email: lotus@lotus-study.net
    language: zh-Hans
"""


def with_partners(campaign: Path, text: str = PARTNERS) -> Path:
    (campaign / "partners.yaml").write_text(text, "utf-8")
    return campaign


def test_partners_yaml_is_checked_like_every_file_all_mistakes_at_once(tmp_path: Path) -> None:
    campaign = blank_campaign(tmp_path)
    wrong = (
        PARTNERS.replace("letters@riverside-group.org", "letters at riverside-group.org")
        .replace("lotus@lotus-study.net", "HANBIT.rights@hanbit-church.org")
        .replace("language: ko", "language: kr")
        .replace("    contact: Dana Park", "    contact: Dana Park\n    phone: +1 555 0100")
    )
    checked = run_cli("check", str(with_partners(campaign, wrong)))
    assert checked.exit_code == 1
    file = campaign / "partners.yaml"
    errors = [line for line in checked.output.splitlines() if line.startswith(str(file))]
    assert errors == [
        f"{file}:3:12: partners[1].email: 'letters at riverside-group.org' is not a valid "
        "e-mail address",
        f"{file}:5:5: partners[1].phone: unknown key; remove it, or use one of the keys here: "
        "group, email, contact, language, note",
        f"{file}:8:15: partners[2].language: packbuilder has no covering note in 'kr' (it has "
        "en, ja, ko, zh-Hans, zh-Hant); leave language out to write in the campaign's language",
        f"{file}:11:12: partners[3].email: 'HANBIT.rights@hanbit-church.org' is written twice "
        "(also partners[2]); give each group once, or each its own address",
    ]
    assert "4 errors" in checked.output


def test_the_blank_campaign_has_a_partners_example_that_checks(tmp_path: Path) -> None:
    campaign = blank_campaign(tmp_path)
    example = (campaign / "partners.yaml").read_text("utf-8")
    assert example.startswith("# yaml-language-server: $schema=.schemas/partners.schema.json")
    assert (campaign / ".schemas" / "partners.schema.json").is_file()
    # the example, its lines uncommented, is a valid list of partners
    lines = example.splitlines()
    start = lines.index("partners: []")
    listed = ["partners:", *(line.removeprefix("#") for line in lines[start + 1 :])]
    with_partners(campaign, "\n".join(listed) + "\n")
    checked = run_cli("check", str(campaign))
    assert checked.exit_code == 0, checked.output
    assert "partners.yaml" not in checked.output


CONTACT = """\
contact:
  name: Riverside Letters
  email: organiser@riverside-letters.org
"""


def sharing_campaign(base: Path, signers: bool = False) -> Path:
    """A blank campaign with a contact to send from, three partners (one Korean) and, with
    `signers`, a signer list that campaign.yaml names."""
    campaign = with_partners(blank_campaign(base))
    settings = campaign / "campaign.yaml"
    text = settings.read_text("utf-8") + CONTACT
    if signers:
        (campaign / "signers.csv").write_bytes(SIGNERS.read_bytes())
        text = text.replace("# signers: signers.csv", "signers: signers.csv")
    settings.write_text(text, "utf-8")
    return campaign


def read_drafts(folder: Path) -> dict[str, EmailMessage]:
    found = {}
    for path in sorted(folder.glob("*.eml")):
        message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        assert isinstance(message, EmailMessage)
        found[path.name] = message
    return found


def test_share_writes_one_draft_per_partner_with_the_pack_attached(tmp_path: Path) -> None:
    campaign = sharing_campaign(tmp_path, signers=True)
    shared = run_cli("share", str(campaign), "--signers", str(SIGNERS))
    assert shared.exit_code == 0, shared.output
    assert f"{SIGNERS} left out" in shared.output
    assert "leaves out the signer list campaign.yaml names (signers.csv)" in shared.output
    drafts = read_drafts(tmp_path / "drive-share")
    assert list(drafts) == [
        "hanbit-church-human-rights-circle.eml",
        "lotus-study-group.eml",
        "riverside-letter-group.eml",
    ]
    to = {name: m["To"].addresses[0].addr_spec for name, m in drafts.items()}
    assert to == {
        "hanbit-church-human-rights-circle.eml": "hanbit.rights@hanbit-church.org",
        "lotus-study-group.eml": "lotus@lotus-study.net",
        "riverside-letter-group.eml": "letters@riverside-group.org",
    }
    for name, message in drafts.items():
        assert str(message["From"]) == "Riverside Letters <organiser@riverside-letters.org>"
        assert message["X-Unsent"] == "1"
        assert "Free the Prisoners of Conscience" in str(message["Subject"])
        attachments = list(message.iter_attachments())
        assert len(attachments) == 1
        assert attachments[0].get_content_type() == "application/pdf"
        assert attachments[0].get_filename() == "drive-email.pdf"
        pdf = attachments[0].get_content()
        assert 0 < len(pdf) < 10 * 1024 * 1024
        (tmp_path / name).with_suffix(".pdf").write_bytes(pdf)
        pages = page_texts((tmp_path / name).with_suffix(".pdf"))
        cover = " ".join(pages[0].split())  # the title as read, whichever line it breaks on
        assert "Free the Prisoners of Conscience" in cover and "What we ask" in cover
        everything = message.as_string() + "\n".join(pages)
        body = message.get_body(("plain",))
        assert body is not None
        everything += body.get_content()
        assert not any(signer in everything for signer in SIGNER_NAMES), name
    korean = drafts["hanbit-church-human-rights-circle.eml"]
    note = korean.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert note.startswith("안녕하세요, Hanbit Church Human Rights Circle님.")
    assert "자료집" in note and "지난봄 편지 쓰기 모임을 열어 주셔서 감사합니다." in note
    assert str(korean["Subject"]).startswith("편지 쓰기 행동 자료집: ")
    english = drafts["riverside-letter-group.eml"].get_body(("plain",))
    assert english is not None and english.get_content().startswith("Dear Dana Park,")
    chinese = drafts["lotus-study-group.eml"].get_body(("plain",))
    assert chinese is not None and "资料包" in chinese.get_content()


def test_share_drafts_are_the_same_bytes_on_every_run(tmp_path: Path) -> None:
    campaign = sharing_campaign(tmp_path)
    assert run_cli("share", str(campaign), "-o", str(tmp_path / "a")).exit_code == 0
    assert run_cli("share", str(campaign), "-o", str(tmp_path / "b")).exit_code == 0
    for draft in (tmp_path / "a").glob("*.eml"):
        assert draft.read_bytes() == (tmp_path / "b" / draft.name).read_bytes()


def test_share_without_partners_or_contact_says_what_to_add(tmp_path: Path) -> None:
    campaign = blank_campaign(tmp_path)
    (campaign / "partners.yaml").unlink()
    missing = run_cli("share", str(campaign))
    assert missing.exit_code == 1
    assert "partners.yaml is missing" in missing.output
    with_partners(campaign)
    no_contact = run_cli("share", str(campaign))
    assert no_contact.exit_code == 1
    assert "contact: give the group's e-mail address" in no_contact.output
    assert not (tmp_path / "drive-share").exists()


class Inbox:
    """An aiosmtpd handler that keeps every message that arrives; refuses one address."""

    def __init__(self, refuse: str = "") -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.refuse = refuse

    async def handle_RCPT(self, server, session, envelope, address, options):  # type: ignore[no-untyped-def]
        if address == self.refuse:
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[Inbox]:
    from aiosmtpd.controller import Controller

    inbox = Inbox(refuse="")
    with socket.socket() as probe:  # a free port (aiosmtpd checks the one it is given)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        monkeypatch.setenv("PACKBUILDER_SMTP_HOST", "127.0.0.1")
        monkeypatch.setenv("PACKBUILDER_SMTP_PORT", str(port))
        yield inbox
    finally:
        controller.stop()


def test_share_send_delivers_each_once_and_a_second_run_sends_none(
    tmp_path: Path, smtp_server: Inbox
) -> None:
    campaign = sharing_campaign(tmp_path)
    dry = run_cli("share", str(campaign), "--send", "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert dry.output.count("Would send ") == 3 and not smtp_server.messages
    first = run_cli("share", str(campaign), "--send")
    assert first.exit_code == 0, first.output
    assert [line for line in first.output.splitlines() if line.startswith("Sent to ")] == [
        "Sent to Riverside Letter Group <letters@riverside-group.org> (1 of 3)",
        "Sent to Hanbit Church Human Rights Circle <hanbit.rights@hanbit-church.org> (2 of 3)",
        "Sent to Lotus Study Group <lotus@lotus-study.net> (3 of 3)",
    ]
    assert first.output.count("Sent to ") == 3
    assert len(smtp_server.messages) == 3
    arrived = {tuple(to) for _, to, _ in smtp_server.messages}
    assert arrived == {
        ("letters@riverside-group.org",),
        ("hanbit.rights@hanbit-church.org",),
        ("lotus@lotus-study.net",),
    }
    for sender, _, data in smtp_server.messages:
        assert sender == "organiser@riverside-letters.org"
        message = BytesParser(policy=policy.default).parsebytes(data)
        assert message["X-Unsent"] is None  # a sent message is not a draft
        assert len(list(message.iter_attachments())) == 1
    record = (tmp_path / "drive-share" / "sent.tsv").read_text("utf-8").splitlines()
    assert len(record) == 4 and record[0].startswith("sent\tto\tgroup")
    second = run_cli("share", str(campaign), "--send")
    assert second.exit_code == 0, second.output
    assert len(smtp_server.messages) == 3
    assert second.output.count("Already sent to ") == 3
    assert "Sent 0, already sent 3, not sent 0" in second.output
    again = run_cli("share", str(campaign), "--send", "--resend")
    assert again.exit_code == 0 and len(smtp_server.messages) == 6


def test_one_refused_address_does_not_stop_the_others(tmp_path: Path, smtp_server: Inbox) -> None:
    smtp_server.refuse = "lotus@lotus-study.net"
    campaign = sharing_campaign(tmp_path)
    sent = run_cli("share", str(campaign), "--send")
    assert sent.exit_code == 1
    assert (
        "Not sent to Lotus Study Group <lotus@lotus-study.net>: the server answered 550 5.1.1 "
        "No such mailbox here (3 of 3)" in sent.output
    )
    assert len(smtp_server.messages) == 2
    assert "Sent 2, already sent 0, not sent 1" in sent.output
    smtp_server.refuse = ""
    retry = run_cli("share", str(campaign), "--send")
    assert retry.exit_code == 0, retry.output
    assert [to for _, to, _ in smtp_server.messages[2:]] == [["lotus@lotus-study.net"]]


def test_no_password_over_a_plain_connection_to_another_machine() -> None:
    from packbuilder.errors import PackError
    from packbuilder.outputs.sending import Connection, Server

    with socket.socket() as listener:
        # 127.0.0.2 is this machine too, but not by a name the rule trusts as local
        listener.bind(("127.0.0.2", 0))
        listener.listen()
        port = listener.getsockname()[1]
        server = Server("127.0.0.2", port, "me", "secret")
        accepted: list[bytes] = []

        def serve() -> None:
            conn, _ = listener.accept()
            with conn:
                conn.sendall(b"220 plain ESMTP\r\n")
                while data := conn.recv(4096):
                    accepted.append(data)
                    if data.upper().startswith(b"EHLO"):
                        conn.sendall(b"250-plain\r\n250 AUTH PLAIN LOGIN\r\n")
                    elif data.upper().startswith(b"QUIT"):
                        conn.sendall(b"221 bye\r\n")
                        return
                    else:
                        conn.sendall(b"250 OK\r\n")

        thread = threading.Thread(target=serve, daemon=True)
        thread.start()
        with pytest.raises(PackError, match="the password is not sent"):
            Connection(server)
        thread.join(5)
    assert not any(b"AUTH" in line.upper() for line in accepted)


def test_attachment_size_is_checked_against_common_limits() -> None:
    from packbuilder.outputs.drafts import MB, size_problem, size_warning

    assert size_warning(10 * MB) is None and size_problem(20 * MB) is None
    warned = size_warning(10 * MB + 1)
    assert warned and "some providers and workplace servers refuse" in warned
    refused = size_problem(20 * MB + 1)
    assert refused and "too large to e-mail" in refused and "send its link" in refused

"""Sharing the pack with partner groups: the e-mail edition beside the print pack."""

from __future__ import annotations

import hashlib
from pathlib import Path

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
    contact: Ann Lee
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
        .replace("    contact: Ann Lee", "    contact: Ann Lee\n    phone: +1 555 0100")
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
        "en, ko, zh-Hans, zh-Hant); leave language out to write in the campaign's language",
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

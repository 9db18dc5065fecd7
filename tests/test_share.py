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

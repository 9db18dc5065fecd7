"""Bringing people to the table (issue 25): the campaign's online page and the drive's day,
time and place, the poster and the bulletin insert that print them with a QR code."""

from __future__ import annotations

from pathlib import Path

from conftest import ContentTree

from test_errors import build_fails

DRIVE = (
    "paper: letter",
    "paper: letter\nurl: https://writeforrights.example.org/north-korea\n"
    "drive:\n  date: 2026-12-06\n  time: after the 11 am service\n  place: St Mark's church hall",
)


def test_a_wrong_drive_date_and_url_are_located(content_tree: ContentTree, tmp_path: Path) -> None:
    wrong = (DRIVE[0], DRIVE[1].replace("2026-12-06", "2026-13-06").replace("https://", "www."))
    found = build_fails(content_tree(**{"campaign.yaml": [wrong]}), tmp_path)
    fields = {m["field"]: (m["line"], m["msg"]) for m in found}
    assert fields["drive.date"] == ("15", "'2026-13-06' is not a real date"), fields
    assert "not a web address" in fields["url"][1], fields
    assert all(Path(m["file"]).name == "campaign.yaml" for m in found)

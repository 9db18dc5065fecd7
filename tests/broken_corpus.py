"""A corpus of broken content trees, each with the exact error lines it must produce.

Each case copies the default content, breaks it one way, and builds. The expected lines live
in tests/broken/<name>.txt with the content folder written as {content}. After a deliberate
change to a message, regenerate them with

    python tests/broken_corpus.py --regenerate

and review the diff.
"""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
CONTENT = HERE.parent / "content"
EXPECTED = HERE / "broken"

EMAIL = (
    "    email:\n      address: {}\n"
    "      verified: {{date: '2012', source: nkfc-urgent-action-2012}}\n    fax:\n"
)
CLOSURE = (CONTENT / "contacts.yaml").read_text(encoding="utf-8")
CLOSURE = CLOSURE[
    CLOSURE.index("    closed:\n") : CLOSURE.index("    address:", CLOSURE.index("    closed:\n"))
]
ATTACH = "paper: letter\nattachments:\n  - {{title: X, file: '{}', after: briefing}}\n"


@dataclass(frozen=True)
class Case:
    """One way to break the content: text replacements, whole files, deletions."""

    name: str
    edits: tuple[tuple[str, str, str], ...] = ()  # (file, old, new): first occurrence
    files: dict[str, bytes] = field(default_factory=dict)  # file -> new bytes
    delete: tuple[str, ...] = ()


def edit(name: str, file: str, old: str, new: str) -> Case:
    return Case(name, ((file, old, new),))


CASES: tuple[Case, ...] = (
    # YAML itself
    edit("syntax-unclosed-bracket", "cases.yaml", "cases:\n", "cases:\n  - id: [unclosed\n"),
    edit("syntax-unclosed-quote-at-end", "campaign.yaml", "subtitle: A", 'subtitle: "A'),
    edit(
        "syntax-unclosed-quote-closed-later",
        "contacts.yaml",
        'number: "+1 202 495 2138"',
        'number: "+1 202 495 2138',
    ),
    edit("syntax-bad-indent", "contacts.yaml", "    short_name: Embassy", "   short_name: Embassy"),
    edit(
        "syntax-tab-indent", "briefing.yaml", "  - id: non-refoulement", "\t- id: non-refoulement"
    ),
    edit("duplicate-key", "campaign.yaml", "language: en", "language: en\nlanguage: ko"),
    edit("anchor-and-alias", "campaign.yaml", "language: en", "language: &l en\nkeywords: [*l]"),
    Case("empty-file", files={"sources.yaml": b""}),
    Case("missing-file", delete=("guide.yaml",)),
    Case("unknown-file", files={"case.yaml": b"cases: []\n"}),
    Case("not-utf8", files={"letter.yaml": "salutation: Très honoré\n".encode("latin-1")}),
    Case("too-large-file", files={"guide.yaml": b"# " + b"x" * (6 * 1024 * 1024) + b"\n"}),
    # keys and types
    edit("misspelt-key", "campaign.yaml", "organiser:", "organizer:"),
    edit("missing-required-key", "campaign.yaml", "title: Stop", "# title: Stop"),
    edit(
        "list-instead-of-text", "letter.yaml", "salutation: Your Excellency,", "salutation: [a, b]"
    ),
    edit("mapping-instead-of-list", "briefing.yaml", "sections:\n", "sections:\n  a: 1\nx:\n"),
    edit("empty-list", "guide.yaml", "sections:\n", "sections: []\nold:\n"),
    edit("empty-letter-body", "letter.yaml", "paragraphs:\n", "paragraphs: []\nold:\n"),
    edit("empty-posts", "campaign.yaml", "paper: letter\n", "paper: letter\nposts: []\n"),
    edit("impossible-date", "campaign.yaml", "date: 2026-11-28", "date: 2026-02-30"),
    edit("date-in-words", "cases.yaml", 'date: "2007"', "date: Feb 2007"),
    edit("paper-not-a-choice", "campaign.yaml", "paper: letter", "paper: legal"),
    edit("confidence-misspelt", "cases.yaml", "confidence: medium", "confidence: medum"),
    edit("status-misspelt", "contacts.yaml", "status: open", "status: opened"),
    edit("bool-not-a-bool", "campaign.yaml", "paper: letter", "paper: letter\nduplex: maybe"),
    edit("number-not-a-number", "letter.yaml", "personal_lines: 3", "personal_lines: three"),
    edit("number-out-of-range", "letter.yaml", "personal_lines: 3", "personal_lines: 9"),
    edit(
        "sign-in-rows-out-of-range",
        "campaign.yaml",
        "kit:\n",
        "kit:\n  sign_in_rows: 100\n",
    ),
    edit("bad-id", "sources.yaml", "  - id: cat-text", "  - id: Cat Text"),
    edit("duplicate-id", "contacts.yaml", "id: cg-new-york", "id: embassy-washington"),
    edit("bad-language-tag", "campaign.yaml", "language: en", "language: English"),
    edit("bad-slug", "campaign.yaml", "slug: stop-forced-returns", "slug: Stop Forced Returns!"),
    edit("bad-url", "sources.yaml", "url: http://www.bailii.org", "url: www.bailii.org"),
    # references
    edit("unknown-citation", "briefing.yaml", "[^cohen-brookings-2010]", "[^cohen-brookings-2011]"),
    edit("empty-citation", "briefing.yaml", "[^cohen-brookings-2010]", "[^]"),
    edit(  # one unknown source cited twice in a folded paragraph: each at its own place
        "unknown-citation-twice",
        "briefing.yaml",
        "later.[^refugee-protocol-1967] A state can join the Protocol on its own; China\n"
        "        joined both instruments.[^cecc-2006]",
        "later.[^nosuch] A state can join the Protocol on its own; China\n"
        "        joined both instruments.[^nosuch]",
    ),
    edit(
        "unknown-verified-source",
        "contacts.yaml",
        "source: wikipedia-embassy-dc",
        "source: wikipedia-embasy-dc",
    ),
    edit(
        "unknown-closure-source",
        "contacts.yaml",
        "source: chinese-embassy-2020",
        "source: chinese-embassy-2021",
    ),
    edit(
        "case-without-citation",
        "cases.yaml",
        "cases:\n",
        "cases:\n  - id: unsourced\n    title: X\n    date: '2012'\n    confidence: low\n"
        "    confidence_note: Nobody.\n    summary: [No source here.]\n",
    ),
    edit(
        "letter-cites-a-source",
        "letter.yaml",
        "Thank you for considering my request.",
        "Thank you for considering my request.[^cat-text]",
    ),
    edit(
        "include-unknown-paragraph",
        "letter.yaml",
        "personal_lines: 3",
        "personal_lines: 3\ninclude: [harm, harms]",
    ),
    edit(
        "include-fixed-paragraph",
        "letter.yaml",
        "personal_lines: 3",
        "personal_lines: 3\ninclude: [the-ask]",
    ),
    edit("posts-unknown-id", "campaign.yaml", "paper: letter", "paper: letter\nposts: [cg-chicgo]"),
    edit(
        "posts-closed-post", "campaign.yaml", "paper: letter", "paper: letter\nposts: [cg-houston]"
    ),
    # contacts
    Case("closed-without-closure", (("contacts.yaml", CLOSURE, ""),)),
    edit("open-with-closure", "contacts.yaml", "status: closed", "status: open"),
    edit("open-without-zip", "contacts.yaml", 'postal_code: "20008"', "postal_code:"),
    edit(
        "placeholder-email", "contacts.yaml", "    fax:\n", EMAIL.format('"[email\u00a0protected]"')
    ),
    edit("malformed-email", "contacts.yaml", "    fax:\n", EMAIL.format("not-an-address")),
    edit("example-email", "contacts.yaml", "    fax:\n", EMAIL.format("info@example.com")),
    edit("fax-not-international", "contacts.yaml", '"+1 202 495 2138"', '"202 495 2138"'),
    edit("fax-in-words", "contacts.yaml", '"+1 202 495 2138"', '"call the embassy"'),
    # files named in content
    edit(
        "attachment-outside-folder", "campaign.yaml", "paper: letter\n", ATTACH.format("../x.pdf")
    ),
    edit("attachment-absolute", "campaign.yaml", "paper: letter\n", ATTACH.format("/etc/passwd")),
    edit("attachment-missing", "campaign.yaml", "paper: letter\n", ATTACH.format("flyer.pdf")),
    edit(
        "signers-outside-folder",
        "campaign.yaml",
        "paper: letter",
        "paper: letter\nsigners: ../../signers.csv",
    ),
    # what only shows at print: glyphs and space
    edit(
        "emoji-no-font-has",
        "briefing.yaml",
        "The rule against sending refugees back",
        "The rule against sending refugees back \U0001f600",
    ),
    edit(
        "letter-too-long",
        "letter.yaml",
        "Thank you for considering my request.",
        "Thank you for considering my request. " * 30,
    ),
    edit(
        "address-too-tall-for-window",
        "contacts.yaml",
        "        - 3505 International Place NW\n",
        "        - 3505 International Place NW\n" + "        - Consular Section\n" * 3,
    ),
    edit(
        "guide-cites-unknown-source",
        "guide.yaml",
        "Mail the letters the same day if you can.",
        "Mail the letters the same day if you can.[^nosuch]",
    ),
    Case("control-character", files={"guide.yaml": b"title: Guide\x07\nsections: []\n"}),
    # A fax cover is printed only for a recently confirmed number (issue 12): confirm one.
    Case(
        "recipient-title-too-wide",
        (
            (
                "letter.yaml",
                "title: President of",
                "title: PresidentOfThePeoplesRepublicOfChinaAndChairmanOfEverything of",
            ),
            (
                "contacts.yaml",
                '      number: "+1 202 495 2138"\n      verified:\n        date: "2012-02"\n'
                "        source: piie-2012-02\n",
                '      number: "+1 202 495 2138"\n      verified:\n        date: 2026-11-01\n'
                "        source: wikipedia-embassy-dc\n",
            ),
        ),
    ),
    edit(
        "contact-note-too-long-for-table",
        "contacts.yaml",
        "    status: closed\n",
        "    status: closed\n    note: >-\n      " + "A very long note. " * 500 + "\n",
    ),
    Case(
        "subject-word-too-wide-for-fax",
        (
            ("letter.yaml", "subject: Please stop", "subject: " + "X" * 90 + " Please stop"),
            (
                "contacts.yaml",
                '      number: "+1 202 495 2138"\n      verified:\n        date: "2012-02"\n'
                "        source: piie-2012-02\n",
                '      number: "+1 202 495 2138"\n      verified:\n        date: 2026-11-01\n'
                "        source: wikipedia-embassy-dc\n",
            ),
        ),
    ),
    edit(
        "case-longer-than-a-page",
        "cases.yaml",
        "summary:\n",
        "summary:\n      - " + "A very long paragraph. " * 400 + "[^cat-text]\n",
    ),
)


def make_tree(case: Case, root: Path) -> Path:
    """Copy the default content under `root` and break it as `case` says."""
    folder = root / "content"
    shutil.copytree(CONTENT, folder)
    for file, old, new in case.edits:
        path = folder / file
        text = path.read_text(encoding="utf-8")
        if old not in text:
            raise AssertionError(f"{case.name}: {old!r} not found in {file}")
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    for file, data in case.files.items():
        (folder / file).write_bytes(data)
    for file in case.delete:
        (folder / file).unlink()
    return folder


def error_lines(output: str, folder: Path) -> list[str]:
    """The lines a user reads, minus warnings, with the folder written as {content}."""
    lines = [line for line in output.splitlines() if line and ": warning: " not in line]
    return [line.replace(str(folder), "{content}") for line in lines]


def regenerate() -> None:
    import tempfile

    sys.path.insert(0, str(HERE))
    from conftest import run_cli

    EXPECTED.mkdir(exist_ok=True)
    for old in EXPECTED.glob("*.txt"):
        old.unlink()
    for case in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            folder = make_tree(case, Path(tmp))
            result = run_cli("build", str(folder), "-o", str(Path(tmp) / "out.pdf"))
            lines = error_lines(result.output, folder)
            (EXPECTED / f"{case.name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
            print(f"{case.name}: exit {result.exit_code}, {len(lines)} lines")


if __name__ == "__main__":
    if sys.argv[1:] == ["--regenerate"]:
        regenerate()
    else:
        print(__doc__)

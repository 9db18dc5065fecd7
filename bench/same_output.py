"""Run packbuilder from this checkout and from a git ref (default: main) and compare the output.

For refactors that must not change one byte of output (moving modules into packages, a new
build loop): run it before landing. Not a CI test: it runs every command twice. It compares

- the pack PDFs and their messages (exit status, stdout, stderr) for the builds in PACKS,
  and every file --split writes;
- `check`'s messages for the default, ko, zh and blank campaigns and with signer lists;
- every --help text: `packbuilder --help` and each subcommand's (found in the Commands list);
- the tree and the bytes of every file `new DIR --from blank`, `new DIR` and
  `new DIR --language ko` write, and their messages;
- `preview`'s PNGs (contact sheet and two full pages) for the default campaign.

The ref's side is a `git archive` of the whole ref, run from its own folder with PYTHONPATH, so
any package layout works; every campaign (and the content/ that `new` copies) is this
checkout's, so an edit to content/ shows no difference. About 30 s on 2 cores (107 files).

    .venv/bin/python bench/same_output.py            # against main
    .venv/bin/python bench/same_output.py HEAD~1     # against another commit

Differences that are intended are listed in bench/same_output_allowed.txt (an output name or
glob pattern, then a one-line reason). Exit 0 when every output is identical or its difference
is allowed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import fnmatch
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXPORTS = ROOT / "tests" / "data" / "exports"
ALLOWED = Path(__file__).resolve().parent / "same_output_allowed.txt"
FIXED = ("--letter-date", "2026-11-28")
#: Help text is wrapped to the terminal's width: the same width on both sides.
ENV = {**os.environ, "COLUMNS": "80", "LINES": "24"}
#: `python -m packbuilder`, named `packbuilder` in its messages as the installed command is.
COMMAND = (
    sys.executable,
    "-c",
    "import runpy, sys; sys.argv[0] = 'packbuilder'; runpy.run_module('packbuilder', "
    "run_name='__main__')",
)


def _campaigns(work: Path) -> dict[str, Path]:
    """The content folders the packs are built from, the same for both checkouts."""
    out = {"default": ROOT / "content"}
    for code, title in (
        ("ko", "북한 난민의 강제 송환을 멈춰 주십시오"),
        ("zh", "停止强制遣返脱北难民"),
    ):
        folder = work / f"content-{code}"  # the way tests/test_cjk.py makes them
        shutil.copytree(ROOT / "content", folder)
        path = folder / "campaign.yaml"
        text = path.read_text(encoding="utf-8").replace("language: en", f"language: {code}", 1)
        text = re.sub(r"^title: .*$", f"title: {title}", text, count=1, flags=re.MULTILINE)
        path.write_text(text, encoding="utf-8")
        out[code] = folder
    # Signers whose name or address cannot fit: layout's problems, in the order found.
    header = next(iter((EXPORTS / "google-forms.csv").read_text(encoding="utf-8").splitlines()))
    rows = [
        "x,a@example.org,Ann Lee,12 Oak St,,Springfield,MA,01103,",
        f"x,b@example.org,{'Wolfeschlegelsteinhausen ' * 8},1 Elm St,,Boston,MA,02101,",
        f"x,c@example.org,Cy Park,{'99 Very Long Avenue Name ' * 6},,Austin,TX,73301,",
    ]
    (work / "overfull.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    blank = work / "blank"
    status, messages = _run(ROOT, "new", str(blank), "--from", "blank")
    assert status == 0, messages
    out["blank"] = blank
    return out


#: name -> (campaign, build options). Each option set reaches a different renderer path.
PACKS: dict[str, tuple[str, tuple[str, ...]]] = {
    "default": ("default", ()),
    "default-full-kit": (
        "default",
        ("--window-test", "--envelopes", "--fax-unverified", *FIXED, "--split", "{split}"),
    ),
    "ko": ("ko", ("--fax-unverified", "--window-test", "--envelopes", *FIXED)),
    "zh": ("zh", ("--fax-unverified", "--window-test", "--envelopes", *FIXED)),
    "blank": ("blank", ()),
    # Fails: two example addresses need 5 lines in the #10 window (the messages are compared).
    "blank-letter": ("blank", ("--paper", "letter", "--envelopes", "--window-test")),
    "signed": ("default", ("--signers", str(EXPORTS / "google-forms.csv"), "--envelopes")),
    "signed-ko": ("ko", ("--signers", str(EXPORTS / "korean-excel-cp949.csv"), *FIXED)),
    # Fails in layout: a name and an address too long for the signature block and labels.
    "overfull": ("default", ("--signers", "{work}/overfull.csv", "--envelopes")),
    "only-letters-labels": ("default", ("--only", "letters,labels")),
    "only-labels-simplex": ("default", ("--only", "labels", "--no-duplex", "--label-start", "7")),
    "only-guide": ("default", ("--only", "guide,tally")),
    "only-envelopes": ("default", ("--only", "envelopes,window-test")),
    "a4": ("default", ("--paper", "a4", "--envelopes", "--window-test", "--fax-unverified")),
    "bleed-copies": ("default", ("--bleed", "3", "--copies", "2", "--no-duplex")),
    "email": ("default", ("--email",)),
}

#: name -> (campaign, check options).
CHECKS: dict[str, tuple[str, tuple[str, ...]]] = {
    "default": ("default", ()),
    "ko": ("ko", ()),
    "zh": ("zh", ()),
    "blank": ("blank", ()),
    "blank-strict": ("blank", ("--strict",)),
    "signed": ("default", ("--signers", str(EXPORTS / "google-forms.csv"))),
    "signed-ko": ("ko", ("--signers", str(EXPORTS / "korean-excel-cp949.csv"))),
    "overfull": ("default", ("--signers", "{work}/overfull.csv")),
    "signed-quiet": ("default", ("--signers", str(EXPORTS / "google-forms.csv"), "--quiet")),
}

#: name -> options of `new DIR` (DIR is named after the entry, so the slug is the same).
NEWS: dict[str, tuple[str, ...]] = {
    "blank": ("--from", "blank"),
    "default": (),
    "ko": ("--language", "ko"),
}

#: name -> (campaign, preview options).
PREVIEWS: dict[str, tuple[str, tuple[str, ...]]] = {
    "default": ("default", ("--pages", "1,9")),
}


def _run(code: Path, *args: str) -> tuple[int, str]:
    """Exit status and messages (a build that fails must fail with the same messages)."""
    result = subprocess.run(
        [*COMMAND, *args],
        env={**ENV, "PYTHONPATH": str(code)},
        capture_output=True,
        text=True,
        cwd=code,
    )
    stderr = f"\n--- stderr\n{result.stderr}" if result.stderr else ""
    return result.returncode, result.stdout + stderr


class Side:
    """One checkout's runs: each writes its files and messages under `out`."""

    def __init__(self, code: Path, campaigns: dict[str, Path], out: Path) -> None:
        self.code, self.campaigns, self.out = code, campaigns, out
        self.work = out.parent
        out.mkdir(parents=True)
        # An editable install must not shadow the checkout under test.
        where = subprocess.run(
            [sys.executable, "-c", "import packbuilder; print(packbuilder.__file__)"],
            env={**ENV, "PYTHONPATH": str(code)},
            cwd=code,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        assert Path(where).is_relative_to(code), (where, code)

    def _args(self, options: tuple[str, ...], split: Path | None = None) -> list[str]:
        args = [a.replace("{work}", str(self.work)) for a in options]
        return [a.replace("{split}", str(split)) for a in args]

    def _record(self, name: str, status: int, messages: str) -> None:
        """Messages with this side's folders named alike, and timings blanked."""
        text = f"exit {status}\n{messages}"
        for path, label in (
            (self.out, "OUT"),
            (self.code / "packbuilder", "CODE/packbuilder"),
            (self.code / "fonts", "CODE/fonts"),
            (self.work, "WORK"),
            (ROOT, "ROOT"),
        ):
            text = text.replace(str(path), label)
        text = re.sub(r", in [0-9.]+ s$", ", in (time)", text, flags=re.MULTILINE)
        path = self.out / f"{name}.messages"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    def build(self, name: str) -> None:
        campaign, options = PACKS[name]
        pdf, split = self.out / "build" / f"{name}.pdf", self.out / "build" / f"{name}-split"
        pdf.parent.mkdir(parents=True, exist_ok=True)
        args = self._args(options, split)
        status, messages = _run(self.code, "build", str(self.campaigns[campaign]), "-o", str(pdf),
                                *args)  # fmt: skip
        self._record(f"build/{name}", status, messages)

    def check(self, name: str) -> None:
        campaign, options = CHECKS[name]
        args = self._args(options)
        status, messages = _run(self.code, "check", str(self.campaigns[campaign]), *args)
        self._record(f"check/{name}", status, messages)

    def help(self) -> None:
        """`--help` of the program and of every command it lists (and theirs, for groups)."""
        todo: list[tuple[str, ...]] = [()]
        while todo:
            command = todo.pop(0)
            status, text = _run(self.code, *command, "--help")
            self._record("help/" + " ".join(("packbuilder", *command)), status, text)
            listed = text.partition("\nCommands:\n")[2]
            todo += [(*command, m[1]) for m in re.finditer(r"^  (\S+)", listed, re.MULTILINE)]
        status, text = _run(self.code, "--version")
        self._record("help/packbuilder --version", status, text)

    def new(self, name: str) -> None:
        """The messages, and the tree and files written (the folder's name gives the slug)."""
        folder = self.out / "new" / name
        folder.parent.mkdir(parents=True, exist_ok=True)
        status, messages = _run(self.code, "new", str(folder), *NEWS[name])
        tree = sorted(
            str(p.relative_to(folder)) + ("/" if p.is_dir() else "") for p in folder.rglob("*")
        )
        self._record(f"new/{name}", status, messages + "--- tree\n" + "\n".join(tree) + "\n")

    def preview(self, name: str) -> None:
        campaign, options = PREVIEWS[name]
        folder = self.out / "preview" / name
        status, messages = _run(self.code, "preview", str(self.campaigns[campaign]), "-o",
                                str(folder), *self._args(options))  # fmt: skip
        self._record(f"preview/{name}", status, messages)

    def jobs(self) -> list[Callable[[], None]]:
        """Every run of this side, the longest first (the full kits, the Korean packs)."""
        jobs: list[Callable[[], None]] = [partial(self.build, n) for n in PACKS]
        jobs += [partial(self.check, n) for n in CHECKS]
        jobs += [partial(self.preview, n) for n in PREVIEWS]
        jobs += [partial(self.new, n) for n in NEWS]
        jobs.append(self.help)
        return jobs

    def digests(self) -> dict[str, str]:
        return {
            str(p.relative_to(self.out)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(self.out.rglob("*"))
            if p.is_file()
        }


def allowed(path: Path = ALLOWED) -> dict[str, str]:
    """Output name (or glob pattern) -> the reason its difference is intended."""
    found: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        pattern, _, reason = line.strip().partition("  ")
        if not reason.strip():
            sys.exit(f"{path}:{number}: give a reason after the name (two spaces between)")
        found[pattern] = reason.strip()
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ref", nargs="?", default="main", help="git ref to compare with")
    parser.add_argument("--keep", type=Path, help="copy both sides' files into this folder")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="runs at once")
    args = parser.parse_args()
    ref = args.ref
    allow = allowed()
    with tempfile.TemporaryDirectory(prefix="same-output-") as tmp:
        work = Path(tmp)
        base = work / "base"
        base.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", ref], capture_output=True, check=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
        # `new DIR` copies the source tree's content/: the same campaign on both sides.
        shutil.rmtree(base / "content", ignore_errors=True)
        shutil.copytree(ROOT / "content", base / "content")
        campaigns = _campaigns(work)
        sides = Side(base, campaigns, work / "theirs"), Side(ROOT, campaigns, work / "ours")
        jobs = [job for pair in zip(*(s.jobs() for s in sides), strict=True) for job in pair]
        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            list(pool.map(lambda job: job(), jobs))
        theirs, ours = (side.digests() for side in sides)
        if args.keep:
            for side in ("theirs", "ours"):
                shutil.copytree(work / side, args.keep / side, dirs_exist_ok=True)
    width = max(len(n) for n in ours | theirs)
    different = allowed_different = 0
    used: set[str] = set()
    for name in sorted(ours | theirs):
        same = ours.get(name) == theirs.get(name)
        why = next((p for p in allow if fnmatch.fnmatchcase(name, p)), None)
        if same:
            verdict = "same"
        elif why is not None:
            verdict, allowed_different = "allowed", allowed_different + 1
            used.add(why)
        else:
            verdict, different = "DIFFERENT", different + 1
        print(f"{name:<{width}}  {verdict:<9}  {ours.get(name, '-')[:16]}"
              f"  {ref}: {theirs.get(name, '-')[:16]}")  # fmt: skip
    for pattern in sorted(used):
        print(f"allowed: {pattern}: {allow[pattern]}")
    for pattern in sorted(set(allow) - used):
        print(f"note: {pattern} is allowed to differ but does not (remove it once landed)")
    print(f"{len(ours | theirs)} files, {different} different, {allowed_different} allowed "
          f"(against {ref})")  # fmt: skip
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())

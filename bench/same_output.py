"""Build a set of packs with this checkout and with a git ref (default: main) and compare sha256.

For refactors that must not change one byte of output (splitting layout into renderers, a
new build loop): run it before landing. Not a CI test: it builds every pack twice.

    .venv/bin/python bench/same_output.py            # against main
    .venv/bin/python bench/same_output.py HEAD~1     # against another commit

Exit 0 when every pack (and every --split file) is identical, 1 otherwise.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXPORTS = ROOT / "tests" / "data" / "exports"
FIXED = ("--letter-date", "2026-11-28")


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
    status, messages = _run(sys.executable, ROOT, "new", str(blank), "--from", "blank")
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


def _run(python: str, code: Path, *args: str) -> tuple[int, str]:
    """Exit status and messages (a build that fails must fail with the same messages)."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    result = subprocess.run(
        [python, "-m", "packbuilder", *args], env=env, capture_output=True, text=True, cwd=code
    )
    return result.returncode, result.stdout + result.stderr


def _build_all(code: Path, campaigns: dict[str, Path], out: Path) -> dict[str, str]:
    out.mkdir(parents=True)
    # An editable install must not shadow the checkout under test.
    where = subprocess.run(
        [sys.executable, "-c", "import packbuilder; print(packbuilder.__file__)"],
        env={**os.environ, "PYTHONPATH": str(code)},
        cwd=code,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(code), (where, code)

    def one(name: str) -> None:
        campaign, options = PACKS[name]
        split = out / f"{name}-split"
        work = str(out.parent)
        args = [a.replace("{split}", str(split)).replace("{work}", work) for a in options]
        status, messages = _run(sys.executable, code, "build", str(campaigns[campaign]), "-o",
                                str(out / f"{name}.pdf"), *args)  # fmt: skip
        text = f"exit {status}\n" + messages.replace(str(out), "OUT").replace(work, "WORK")
        text = re.sub(r", in [0-9.]+ s$", ", in (time)", text, flags=re.MULTILINE)
        (out / f"{name}.messages").write_text(text, encoding="utf-8")

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        list(pool.map(one, PACKS))
    return {
        str(p.relative_to(out)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(out.rglob("*"))
        if p.is_file()
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ref", nargs="?", default="main", help="git ref to compare with")
    parser.add_argument("--keep", type=Path, help="copy both builds' files into this folder")
    args = parser.parse_args()
    ref = args.ref
    with tempfile.TemporaryDirectory(prefix="same-output-") as tmp:
        work = Path(tmp)
        base = work / "base"
        base.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", ref, "packbuilder", "fonts"],
            capture_output=True,
            check=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
        campaigns = _campaigns(work)
        theirs = _build_all(base, campaigns, work / "theirs")
        ours = _build_all(ROOT, campaigns, work / "ours")
        if args.keep:
            for side in ("theirs", "ours"):
                shutil.copytree(work / side, args.keep / side, dirs_exist_ok=True)
    width = max(len(n) for n in ours | theirs)
    different = 0
    for name in sorted(ours | theirs):
        same = ours.get(name) == theirs.get(name)
        different += not same
        print(f"{name:<{width}}  {'same' if same else 'DIFFERENT'}  {ours.get(name, '-')[:16]}"
              f"  {ref}: {theirs.get(name, '-')[:16]}")  # fmt: skip
    print(f"{len(ours)} files, {different} different (against {ref})")
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())

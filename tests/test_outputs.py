"""Files beside the pack hang off one seam (outputs/registry.py): an output named there alone is
made by `build` from the build's context, and that context makes any edition of the pack."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from packbuilder.outputs import registry
from packbuilder.outputs.output import BuildContext

from conftest import CONTENT, run_cli


@dataclass(frozen=True)
class _SharedCopy:
    """A throwaway output: the e-mail edition of the pack, made beside it."""

    folder: Path
    what: str = "copies to share"

    def files(self, context: BuildContext) -> Iterator[tuple[str, bytes]]:
        yield "to-share.pdf", context.render(context.edition(email=True)).data

    def earlier(self) -> tuple[Path, ...]:
        return ()


def test_an_output_in_the_registry_alone_makes_another_edition_beside_the_pack(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "shared"
    monkeypatch.setattr(
        registry, "OUTPUTS", (*registry.OUTPUTS, lambda options: _SharedCopy(shared))
    )
    # A small pack, so the two builds stay quick; --only reaches the edition too.
    only = ("--only", "cover,letters", "--letter-date", "2026-11-28")
    built = run_cli("build", str(CONTENT), "-o", str(tmp_path / "pack.pdf"), *only)
    assert built.exit_code == 0, built.output
    assert f"Wrote 1 copies to share to {shared}\n" in built.output
    # Its record of what it wrote, so the next build replaces exactly that.
    assert sorted(p.name for p in shared.iterdir()) == [".packbuilder-files", "to-share.pdf"]
    monkeypatch.setattr(registry, "OUTPUTS", registry.OUTPUTS[:-1])
    emailed = run_cli("build", str(CONTENT), "--email", "-o", str(tmp_path / "mail.pdf"), *only)
    assert emailed.exit_code == 0, emailed.output
    assert "copies to share" not in emailed.output
    # The edition is the e-mail copy `build --email` writes, byte for byte.
    assert (shared / "to-share.pdf").read_bytes() == (tmp_path / "mail.pdf").read_bytes()
    assert (tmp_path / "pack.pdf").read_bytes() != (tmp_path / "mail.pdf").read_bytes()

"""The font metrics cache: a font read from it is the font ReportLab parses, byte for byte in
the PDF; a broken or hostile entry is ignored, never trusted."""

from __future__ import annotations

import io
import os
import pickle
import stat
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace
from reportlab.pdfgen.canvas import Canvas

from packbuilder.layout import fonts

#: Latin, a symbol, Hangul and Han: every shipped face has some of these to subset.
SAMPLE = "Your Excellency, ✓ ☐ 존경하는 주석 각하께 尊敬的主席阁下 «Œuvre» — 1,000 €"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PACKBUILDER_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _parsed(name: str) -> TTFont:
    return TTFont(name, str(fonts.font_dir() / fonts._FILES[name]), subfontIndex=0)


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the font was parsed, not read from the cache")

    monkeypatch.setattr(TTFontFace, "extractInfo", refuse)


def _pdf(font: TTFont) -> bytes:
    pdfmetrics.registerFont(font)
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1)
    canvas.setFont(font.fontName, 12)
    canvas.drawString(72, 720, SAMPLE)
    canvas.drawString(72, 700, f"{font.stringWidth(SAMPLE, 12):.3f}")
    canvas.save()
    return out.getvalue()


@pytest.mark.parametrize("name", sorted(fonts._FILES))
def test_a_font_from_the_cache_makes_the_same_pdf(
    name: str, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fonts._read(name)  # parsed, and written to the cache
    assert len(list(cache.glob(f"{name}-*.pickle"))) == 1
    with monkeypatch.context() as patch:
        _no_parsing(patch)
        cached = fonts._read(name)
    parsed = _parsed(name)
    assert fonts.same_font(cached, parsed)
    try:
        assert _pdf(cached) == _pdf(parsed)
    finally:
        pdfmetrics.registerFont(_parsed(name))  # leave the registry as other tests expect


def test_a_broken_entry_is_ignored_and_replaced(cache: Path) -> None:
    fonts._read(fonts.SANS)
    (entry,) = cache.glob(f"{fonts.SANS}-*.pickle")
    entry.write_bytes(b"\x80\x05not a pickle")
    assert fonts.same_font(fonts._read(fonts.SANS), _parsed(fonts.SANS))
    assert fonts._unpickle(entry.read_bytes())["font"]["fontName"] == fonts.SANS


class _Hostile:
    """Unpickled by a trusting loader, this would run code (here: only note it ran)."""

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (print, ("the cache ran code",))


def test_an_entry_naming_any_class_or_function_is_refused(
    cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fonts._read(fonts.SANS)
    (entry,) = cache.glob(f"{fonts.SANS}-*.pickle")
    state = fonts._unpickle(entry.read_bytes())
    state["face"]["charWidths"] = _Hostile()
    entry.write_bytes(pickle.dumps(state))
    with pytest.raises(pickle.UnpicklingError):
        fonts._unpickle(entry.read_bytes())
    assert fonts.same_font(fonts._read(fonts.SANS), _parsed(fonts.SANS))
    assert "ran code" not in capsys.readouterr().out


def test_an_empty_cache_setting_reads_no_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PACKBUILDER_CACHE_DIR", "")
    assert fonts.cache_dir() is None
    monkeypatch.delenv("PACKBUILDER_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr("sys.platform", "linux")
    assert fonts.cache_dir() == tmp_path / "packbuilder"


def test_an_unwritable_cache_folder_still_reads_the_font(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("PACKBUILDER_CACHE_DIR", str(blocker / "cache"))
    assert fonts.same_font(fonts._read(fonts.SANS), _parsed(fonts.SANS))


def test_entries_of_another_file_or_reportlab_version_are_removed(cache: Path) -> None:
    cache.mkdir(parents=True)
    stale = [
        cache / f"{fonts.SANS}-{'0' * 32}-rl4.0.pickle",  # named as the first version did
        cache / f"{fonts.SANS}-1234-0badf00d-rl5.0.0.pickle",
    ]
    kept = cache / f"{fonts.SANS_BOLD}-1234-0badf00d-rl5.0.0.pickle"  # another font's
    for path in [*stale, kept]:
        path.write_bytes(b"old")
    fonts._read(fonts.SANS)
    assert not any(path.exists() for path in stale)
    assert kept.exists()
    assert len(list(cache.iterdir())) == 2  # the other font's entry and the new one


def _tampered(cache: Path) -> Path:
    """The cached NotoSerif entry with '0' drawn as '8' (text layer still '0')."""
    fonts._read(fonts.SERIF)
    (entry,) = cache.glob(f"{fonts.SERIF}-*.pickle")
    state = fonts._unpickle(entry.read_bytes())
    glyphs = state["face"]["charToGlyph"]
    glyphs[ord("0")] = glyphs[ord("8")]
    entry.write_bytes(pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))
    return entry


def test_an_entry_others_may_write_is_not_trusted(cache: Path) -> None:
    """A shared cache folder's entry with edited glyph maps printed "3585" where the text
    said "3505": an entry anyone but its owner may write is ignored, and replaced."""
    entry = _tampered(cache)
    entry.chmod(0o666)
    read = fonts._read(fonts.SERIF)
    assert fonts.same_font(read, _parsed(fonts.SERIF))
    try:
        assert _pdf(read) == _pdf(_parsed(fonts.SERIF))
    finally:
        pdfmetrics.registerFont(_parsed(fonts.SERIF))
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    assert (
        fonts._unpickle(entry.read_bytes())["face"]["charToGlyph"][ord("0")]
        != (fonts._unpickle(entry.read_bytes())["face"]["charToGlyph"][ord("8")])
    )


@pytest.mark.skipif(not hasattr(os, "chown") or os.getuid() != 0, reason="needs root to chown")
def test_another_users_entry_or_folder_is_not_used(cache: Path) -> None:
    entry = _tampered(cache)
    os.chown(entry, 65534, 65534)
    assert fonts.same_font(fonts._read(fonts.SERIF), _parsed(fonts.SERIF))
    shared = cache.parent / "shared"
    shared.mkdir()
    os.chown(shared, 65534, 65534)
    os.environ["PACKBUILDER_CACHE_DIR"] = str(shared)  # the fixture's monkeypatch restores it
    assert fonts.same_font(fonts._read(fonts.SANS), _parsed(fonts.SANS))
    assert list(shared.iterdir()) == []


def test_a_cache_folder_others_may_open_is_made_private(cache: Path) -> None:
    cache.mkdir(parents=True)
    cache.chmod(0o777)
    fonts._read(fonts.SANS)
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    (entry,) = cache.glob(f"{fonts.SANS}-*.pickle")
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_an_entry_that_is_a_pipe_or_a_device_is_passed_over_at_once(cache: Path, kind: str) -> None:
    """A FIFO in an entry's place blocked every build for ever (opened waiting for a writer);
    a link to /dev/zero would read for ever. Each is passed over and replaced by a real entry.
    Run in a process of its own, so a read that blocks fails the test instead of hanging it."""
    import subprocess
    import sys

    fonts._read(fonts.SANS)
    (entry,) = cache.glob(f"{fonts.SANS}-*.pickle")
    entry.unlink()
    if kind == "fifo":
        os.mkfifo(entry, 0o600)
    else:
        entry.symlink_to("/dev/zero")
    read = "from packbuilder.layout import fonts; fonts._read(fonts.SANS)"
    done = subprocess.run(
        [sys.executable, "-c", read], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert stat.S_ISREG(entry.lstat().st_mode) and stat.S_IMODE(entry.lstat().st_mode) == 0o600

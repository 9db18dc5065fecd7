"""What the postcode and region say when a signer list does not (issue 20): the country of a
row without one (Canada, Australia, the UK), and a leading zero a spreadsheet dropped (a
Massachusetts ZIP code, a Darwin postcode), read back from the letters and said in the column
report; a postcode that fits no rule is still a located warning."""

from __future__ import annotations

from pathlib import Path

from conftest import LETTERS_ONLY, one_post_campaign, run_cli
from pdfcheck import signed_letters

SIGNERS = (
    "Name,Street,City,State,Zip\n"
    "Ann Lee,1 Elm St,Boston,MA,2134\n"
    "Bo Chan,24 Sussex Dr,Ottawa,ON,K1M 1M4\n"
    "Cy Dee,1 Smith St,Darwin,NT,800\n"
    "Di Eve,10 Broad Lane,Sheffield,,S10 1UA\n"
    "Ed Fox,1 Main St,Springfield,IL,6270\n"
)


def test_countries_inferred_and_zeros_restored_reach_the_letters(tmp_path: Path) -> None:
    content = one_post_campaign(tmp_path)
    signers = tmp_path / "signers.csv"
    signers.write_text(SIGNERS, encoding="utf-8")
    out = tmp_path / "pack.pdf"
    result = run_cli(
        "build", str(content), "-o", str(out), "--signers", str(signers), *LETTERS_ONLY,
        "--no-labels",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    for said in (
        "  postcode: a leading zero the spreadsheet dropped is restored (lines 2, 4)",
        "  country: Canada, from the postcode and region (line 3)",
        "  country: Australia, from the postcode and region (line 4)",
        "  country: United Kingdom, from the postcode and region (line 5)",
    ):
        assert said in lines, result.output
    # Illinois ZIP codes never start with a zero: not restored, a located warning instead.
    assert [line for line in lines if line.startswith(f"{signers}:")] == [
        f"{signers}:6:5: row 6 (Ed Fox): warning: '6270' is not a postal code of United States "
        "(for example 95014)"
    ]
    blocks = {
        name: " ".join(page[page.index("Respectfully") :].split())
        for name, page in signed_letters(out).items()
    }
    assert "Boston, MA 02134" in blocks["Ann Lee"]
    assert "Ottawa ON K1M 1M4" in blocks["Bo Chan"] and "CANADA" in blocks["Bo Chan"]
    assert "Darwin NT 0800" in blocks["Cy Dee"] and "AUSTRALIA" in blocks["Cy Dee"]
    assert "S10 1UA" in blocks["Di Eve"] and "UNITED KINGDOM" in blocks["Di Eve"]
    assert "Springfield, IL 6270" in blocks["Ed Fox"]

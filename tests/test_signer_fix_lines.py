"""Every signer_columns line a refusal suggests works (issue 20): each refused list is checked
through the command line, the lines its messages give are added to campaign.yaml, one way at a
time (the fields they name, then the columns to ignore), and the list is checked again. Every
message about a row names the signer, and a column is refused once, not once per letter."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import one_post_campaign, run_cli

#: Lists refused with a signer_columns line, one per role that may be suggested.
REFUSED = {
    "region-codes": "Name,Address,Code\n"
    'Ann Lee,"12 Oak St, Springfield, IL 62704",IL\n'
    'Bob Ray,"5 Elm Ave, Austin 78701",TX\n',
    # The town typed in lower case is no town by its values (by_place.py places a
    # capitalised one beside the postcode): asked about.
    "town-and-postcode-beside-one-address-cell": "Name,Osoite,Postinro,Toimipaikka\n"
    "Mei Lin,1200 Lake Ave,55805,duluth\n",
    "second-street-column": "Name,Home Street,Street address line 1,City,State,Zip\n"
    "Ann Lee,12 Oak St,,Springfield,IL,62704\n"
    "Bob Ray,9 Elm St,5 Elm Ave,Austin,TX,78701\n",
    "two-columns-of-names": "Field 1,Field 2,Street,City,State,ZIP\n"
    "Ann Lee,Bob Lee,12 Oak St,Springfield,IL,62704\n",
    "flat-numbers": "Name,Street,House,Entry,Door,City,State,ZIP\n"
    "Mei Lin,Oak St,12,3,4,Springfield,IL,62704\n",
    # A one-word column after the family name may be the given name or a second surname.
    "one-word-names": "Surname,Given,Street,City,State,ZIP\n"
    "Lin,Mei,12 Oak St,Springfield,IL,62704\n",
    "street-name-beside-the-number": "Name,Mtaa,Namba,City,State,ZIP\n"
    "Mei Lin,Oak St,12,Springfield,IL,62704\n",
    # A name header in a language the word file lacks, over names in a script with no capital
    # letters: the refusal offers the column whose cells are words (review 6's 41 offered none).
    "name-header-not-known": "အမည်,Street,City,State,ZIP\n"
    "အောင် ကျော်,12 Oak St,Springfield,IL,62704\n",
}
_FIELD_LINE = re.compile(r"'(\w+): ([^'\[\].]+?)'")
_IGNORE_LINE = re.compile(r"'ignore: \[([^\]]+)\]'")


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return one_post_campaign(tmp_path_factory.mktemp("fix-lines"))


def _check(content: Path, signers: Path, lines: dict[str, object]) -> tuple[int, list[str]]:
    campaign = content / "campaign.yaml"
    original = campaign.with_suffix(".orig")
    if not original.exists():
        original.write_bytes(campaign.read_bytes())
    text = original.read_text(encoding="utf-8")
    if lines:
        text += "signer_columns:\n" + "".join(
            f"  {key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in lines.items()
        )
    campaign.write_text(text, encoding="utf-8")
    result = run_cli("check", str(content), "--signers", str(signers))
    about = [line for line in result.output.splitlines() if line.startswith(f"{signers}:")]
    return result.exit_code, about


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_each_suggested_line_settles_the_refusal(content: Path, tmp_path: Path, name: str) -> None:
    signers = tmp_path / f"{name}.csv"
    signers.write_text(REFUSED[name], encoding="utf-8")
    code, about = _check(content, signers, {})
    errors = [line for line in about if ": warning: " not in line]
    assert code == 1 and errors, about
    # Every message about a row names the signer; each column is refused once.
    for line in errors:
        if re.search(r":\d+:\d+: row \d+", line):
            assert re.search(r": row \d+ \([^)]+\): ", line), line
    places = [line.split(": ")[0] for line in errors]
    assert len(places) == len(set(places)), errors
    fields: dict[str, object] = {}
    ignored: list[str] = []
    for line in errors:
        message = line.split(": ", 1)[1]
        found = [(k, v) for k, v in _FIELD_LINE.findall(message) if k != "ignore"]
        assert found, line
        key, header = found[0]
        fields.setdefault(key, header)
        for more_key, more in found[1:]:
            if " and '" in message and f"'{more_key}: {more}'" in message.split(" and ")[1]:
                fields.setdefault(more_key, more)  # a second line the fix needs
        ignored += _IGNORE_LINE.findall(message)
    code, after = _check(content, signers, fields)
    assert code == 0, (fields, after)
    if ignored:  # the other way: each column left out on purpose
        code, after = _check(content, signers, {"ignore": ignored})
        assert code == 0, (ignored, after)

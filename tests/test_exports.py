"""Signer lists as the platforms really export them, built end to end through the CLI and read
back from the PDF: every signer's name and every address line on their letter and their return
label, the column report on screen, and a located warning for everything that could not be used.

The exports are in tests/data/exports/ (made byte for byte by make_exports.py there).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conftest import LETTERS_ONLY, ROOT, run_cli
from pdfcheck import page_texts, signed_letters

EXPORTS = ROOT / "tests" / "data" / "exports"


@dataclass(frozen=True)
class Export:
    """One export file and what a user must see from it."""

    file: str
    #: The first line of the column report: the platform and the encoding found.
    kind: str
    #: Each signer: their name, and their return address line by line, as printed.
    signers: tuple[tuple[str, tuple[str, ...]], ...]
    #: Lines the column report must hold (which column fed which field, what was left out).
    report: tuple[str, ...] = ()
    #: (file:line:col, field, start of the message) of every warning about the list.
    warnings: tuple[tuple[str, str, str], ...] = ()
    extra_args: tuple[str, ...] = field(default=())


CORPUS = (
    Export(
        "google-forms.csv",
        "(Google Forms, UTF-8): 2 signers",
        (
            ("Ann Lee", ("12 Oak St Apt 4B", "Springfield, MA 01103")),
            ("Bo Chan", ("400 Elm Ave", "Chicago, IL 60614")),
        ),
        (
            "apartment/unit <- Apartment, suite, unit (optional)",
            "town/city      <- Town or city",
            "not used: Timestamp (2 values), Why are you writing? (1 value): not a name or "
            "address column packbuilder knows",
        ),
    ),
    Export(
        "microsoft-forms.csv",
        "(Microsoft Forms, UTF-8 with BOM): 2 signers",
        (
            ("John Q. Doe", ("77 Harbor Rd Unit 9", "Portland, ME 04101")),
            ("Rosa Díaz", ("5 Mission St", "San Francisco, CA 94105")),
        ),
        (
            "full name      <- Full name",
            "not used: Email (2 values), Name (1 value): the Microsoft account that answered the "
            "form, not the form's own answer",
        ),
    ),
    Export(
        "action-network.csv",
        "(Action Network export, UTF-8): 2 signers",
        (
            ("Maria Garcia", ("1 Hudson Pl", "Hoboken, NJ 07030")),
            ("Tom Baker", ("San Francisco, CA 94110",)),
        ),
        ("street       <- can2_user_address", "postal code  <- zip_code"),
        (("3:8", "row 3 (Tom Baker)", "the signer's address has no street;"),),
    ),
    Export(
        "nationbuilder.csv",
        "(NationBuilder people export, UTF-8): 2 signers",
        (
            (
                "Dr. Grace Ann Hopper",
                ("c/o Navy League", "1200 Main St Suite 300", "Arlington, VA 22201"),
            ),
            ("Samuel Okafor Jr.", ("PO Box 42", "Ithaca, NY 14851")),
        ),
        (
            "street line 3        <- primary_address3",
            "mailing street       <- mailing_address1",
            "not used: primary_address1 (1 value, line 3), primary_city (1 value, line 3), "
            "primary_state (1 value, line 3), primary_zip (1 value, line 3), "
            "primary_country_code (1 value, line 3): the row's mailing address is used",
        ),
    ),
    Export(
        "eventbrite.csv",
        "(Eventbrite attendee report, UTF-8 with BOM): 2 signers",
        (
            ("Ms. Alice Walker", ("33 Peachtree Ln Apt 2", "Atlanta, GA 30303")),
            ("Ken Ito", ("8 Birch Way", "Tacoma, WA 98402-1234")),
        ),
        ("street        <- Home Address 1", "country       <- Home Country"),
        (("3:4", "row 3", "'Info Requested' is a placeholder, not a name"),),
    ),
    Export(
        "everyaction-van.txt",
        "(EveryAction / NGP VAN export, UTF-8, tab-separated): 2 signers",
        (
            ("Martin Luther King Jr.", ("501 Auburn Ave NE", "Atlanta, GA 30312-1016")),
            ("Dana Lee", ("PO Box 77", "Burlington, VT 05402-0077")),
        ),
        (
            "name suffix          <- Suffix",
            "ZIP+4                <- Zip4",
            "not used: AddressLine1 (1 value, line 3), AddressLine2 (1 value, line 3), City (1 "
            "value, line 3), State (1 value, line 3), Zip5 (1 value, line 3): the row's mailing "
            "address is used",
            "e-mail               <- PreferredEmail",
        ),
    ),
    Export(
        "mailchimp.csv",
        "(Mailchimp audience export, UTF-8): 2 signers",
        (
            ("Pat Murphy", ("250 State St Apt 5", "Springfield, MA 01103")),
            ("Louise Tremblay", ("1 Rue Sparks", "Ottawa ON K1P 5B9", "CANADA")),
        ),
        (
            "whole address <- Address (parts two spaces apart: street, city, state, ZIP, country)",
            "not used: LATITUDE (2 values), LONGITUDE (2 values), GMTOFF (2 values), DSTOFF (2 "
            "values), TIMEZONE (2 values), CC (2 values), REGION (2 values): Mailchimp's guess "
            "of where the subscriber opened e-mail (geo-IP), not their address",
        ),
    ),
    Export(
        "airtable.csv",
        "(UTF-8 with BOM): 2 signers",
        (
            ("Priya Patel", ("Flat 2", "10 Kelham Sq", "Sheffield", "S3 8SD", "UNITED KINGDOM")),
            ("Owen Jones", ("14 Queen St", "Cardiff CF10 2BU", "UNITED KINGDOM")),
        ),
        ("whole address <- Address (lines as written)",),
    ),
    Export(
        "excel-csv-utf8.csv",
        "(UTF-8 with BOM): 2 signers",
        (
            ("Nguyễn Thị Lan", ("88 Bolsa Ave", "Westminster, CA 92683")),
            ("Chloé Dubois", ("5 Grant Ave", "Evanston, IL 60201")),
        ),
        ("middle name  <- Middle Name",),
    ),
    Export(
        "excel-csv-windows-1252.csv",
        "(Windows-1252 (Excel plain CSV)): 2 signers",
        (
            ("Jürgen Müller", ("3 Café Row", "Boston, MA 02134")),
            ("Siobhán Ní Bhriain", ("9 Elm St", "Houston, TX 77002")),
        ),
    ),
    Export(
        "excel-mac.csv",
        "(Mac Roman (Mac Excel CSV)): 2 signers",
        (
            ("José Peña", ("12 Ocean Dr", "Miami, FL 33139")),
            ("Zoë Brontë", ("7 Moor Ln", "Denver, CO 80202")),
        ),
    ),
    Export(
        "russian-excel-cp1251.csv",
        "(Cyrillic Windows-1251 (Excel plain CSV), semicolon-separated): 2 signers",
        (
            # Россия is Russia (CLDR's Russian name), so Russia's order (street line, town,
            # index) and the country line in English; Дом and Квартира say what the bare
            # numbers are: "д. 12", "кв. 5" (Russian Post).
            (
                "Александр Сергеевич Пушкин",
                ("ул. Мясницкая, д. 12, кв. 5", "Москва", "101000", "RUSSIAN FEDERATION"),
            ),
            (
                "Татьяна Ивановна Смирнова",
                ("Невский пр., д. 28", "Санкт-Петербург", "191186", "RUSSIAN FEDERATION"),
            ),
        ),
        ("middle name    <- Отчество", "house number   <- Дом", "apartment/unit <- Квартира"),
        # Москва and Санкт-Петербург are federal cities, each its own region: none missing.
        (),
    ),
    Export(
        "greek-excel-cp1253.csv",
        "(Greek Windows-1253 (Excel plain CSV), semicolon-separated): 2 signers",
        (
            ("Γιώργος Παπαδόπουλος", ("Ερμού 15", "105 63 Αθήνα", "GREECE")),
            ("Μαρία Νικολάου", ("Τσιμισκή 22", "546 24 Θεσσαλονίκη", "GREECE")),
        ),
        ("postal code  <- Τ.Κ.",),  # Ελλάδα is Greece (CLDR's Greek name): nothing to warn
    ),
    Export(
        "polish-excel-cp1250.csv",
        "(Central European Windows-1250 (Excel plain CSV), semicolon-separated): 2 signers",
        (
            ("Łukasz Wiśniewski", ("ul. Długa 5", "00-238 Warszawa", "POLAND")),
            ("Zofia Żółkiewska", ("ul. Piotrkowska 3", "90-001 Łódź", "POLAND")),
        ),
        ("postal code <- Kod pocztowy",),
    ),
    Export(
        "german-excel.csv",
        "(Windows-1252 (Excel plain CSV), semicolon-separated): 2 signers",
        (
            ("Jürgen Weiß", ("Hauptstraße 5", "10115 Berlin", "GERMANY")),
            ("Anna Schäfer", ("Königsallee 12a", "40212 Düsseldorf", "GERMANY")),
        ),
        ("house number <- Hausnummer", "postal code  <- PLZ", "town/city    <- Ort"),
    ),
    Export(
        "french.csv",
        "(UTF-8 with BOM, semicolon-separated): 2 signers",
        (
            # La Poste (NF Z10-011): the building's line above the number and street.
            ("Éloïse Martin", ("Bâtiment B", "12 rue de la Paix", "75002 Paris", "FRANCE")),
            ("Loïc Le Goff", ("3 quai de la Fosse", "44000 Nantes", "FRANCE")),
        ),
        ("last name     <- Nom", "street line 2 <- Complément d'adresse"),
    ),
    Export(
        "spanish.csv",
        "(UTF-8): 1 signer",
        (("Lucía García Pérez", ("Calle Mayor 5, 2º B", "28013 Madrid", "SPAIN")),),
        ("last name    <- Apellidos",),
    ),
    Export(
        "excel-unicode-text.txt",
        "(UTF-16, tab-separated): 2 signers",
        (
            (
                "Siobhán Ní Bhriain",
                ("4 Sráid an Mhuilinn", "Galway", "Co. Galway", "H91 E2K3", "IRELAND"),
            ),
            ("Ian Smith", ("10 Kelham Sq", "Sheffield", "S3 8SD", "UNITED KINGDOM")),
        ),
    ),
    Export(
        "korean-excel-cp949.csv",
        "(Korean CP949 (Excel CSV)): 2 signers",
        (
            ("김민준", ("서울특별시 중구 세종대로 110", "3층", "04524", "SOUTH KOREA")),
            ("이서연", ("부산광역시 해운대구 해운대로 264", "48094", "SOUTH KOREA")),
        ),
        ("first name    <- 이름", "last name     <- 성"),
    ),
    Export(
        "chinese-excel-gbk.csv",
        "(Chinese GBK/GB18030 (Excel CSV)): 1 signer",
        (("王小明", ("510620", "广东省广州市", "天河区天河路385号", "CHINA")),),
    ),
    Export(
        "chinese-excel-big5.csv",
        "(Chinese Big5 (Excel CSV)): 1 signer",
        (("陳大文", ("100", "臺北市中正區重慶南路一段122號", "TAIWAN")),),
    ),
)


@dataclass(frozen=True)
class Built:
    output: str
    letters: dict[str, str]
    labels: list[list[str]]


@pytest.fixture(scope="module", params=CORPUS, ids=[e.file for e in CORPUS])
def built(
    request: pytest.FixtureRequest, one_post: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Export, Built]:
    export: Export = request.param
    out = tmp_path_factory.mktemp("export") / "pack.pdf"
    result = run_cli(
        "build", str(one_post), "-o", str(out), "--signers", str(EXPORTS / export.file),
        *LETTERS_ONLY, "--labels", *export.extra_args,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    texts = page_texts(out)
    letters = signed_letters(out)
    # Each line but a block's last ends in its word break (a space): compare the words.
    labels = [[line.rstrip() for line in t.split("\r\n")] for t in texts if "Respectfully" not in t]
    return export, Built(result.output, letters, labels)


def test_every_signer_and_every_address_line_reaches_their_letter(
    built: tuple[Export, Built],
) -> None:
    export, pack = built
    assert export.signers
    assert sorted(pack.letters) == sorted(name for name, _ in export.signers)
    for name, lines in export.signers:
        page = pack.letters[name]
        signature = page[page.index("Respectfully") :]
        assert name in signature, (name, signature)
        flat = " ".join(signature.split())
        # The signature block may run the address on as one line ("12 Oak St, Springfield,
        # MA 01103"); every part must be there, in order.
        at = flat.index(name) + len(name)
        for line in lines:
            found = flat.find(line, at)
            assert found >= 0, (name, line, flat)
            at = found + len(line)


def test_every_signer_gets_a_return_label_with_every_line(built: tuple[Export, Built]) -> None:
    export, pack = built
    assert export.signers
    for name, lines in export.signers:
        want = [name, *lines]
        hits = [
            page[i : i + len(want)]
            for page in pack.labels
            for i in range(len(page))
            if page[i : i + len(want)] == want
        ]
        assert hits, (name, want)


def test_column_report_says_which_column_fed_which_field(built: tuple[Export, Built]) -> None:
    export, pack = built
    shown = pack.output.splitlines()
    head = f"Signer list {EXPORTS / export.file} {export.kind}"
    assert head in shown
    block = shown[shown.index(head) :]
    for line in export.report:
        assert f"  {line}" in block, (line, block)


def test_every_warning_is_located_and_nothing_else_is_said(built: tuple[Export, Built]) -> None:
    export, pack = built
    path = str(EXPORTS / export.file)
    said = [line for line in pack.output.splitlines() if line.startswith(path + ":")]
    assert len(said) == len(export.warnings), said
    for (where, field_, start), line in zip(export.warnings, said, strict=True):
        assert line.startswith(f"{path}:{where}: {field_}: warning: {start}"), line


def test_docs_explain_how_a_header_is_read_and_list_every_signer_columns_key() -> None:
    # Issue 20: the docs explain the rules (the words are in a data file), not tables.
    from packbuilder.content.campaign import SignerColumns

    docs = (ROOT / "docs" / "signers.md").read_text(encoding="utf-8")
    assert "packbuilder/signers/header_words.yaml" in docs
    # The page opens with the rules; platforms are examples after them, not the design.
    assert docs.index("## The rules in brief") < docs.index("| platform |")
    assert docs.index("## How the list is read") < docs.index("| platform |")
    for key in SignerColumns.__dataclass_fields__:
        assert f"`{key}`" in docs, key

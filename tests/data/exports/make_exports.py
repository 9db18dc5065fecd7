"""Write the export corpus byte for byte: `python tests/data/exports/make_exports.py`.

Each file is laid out as its platform writes it (header names, column order, BOM or none,
line ends, delimiter, code page); the rows are our own sample people. The files themselves
are committed; this script documents how each was made and rewrites them after a change.
"""

from __future__ import annotations

import codecs
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for the corpus's own helpers

from signer_corpus import excel_bytes  # noqa: E402

CRLF, LF, CR = "\r\n", "\n", "\r"


def write(
    name: str,
    rows: list[list[str]],
    *,
    sep: str = ",",
    eol: str = CRLF,
    encoding: str = "utf-8",
    bom: bytes = b"",
    quote_all: bool = False,
) -> None:
    def cell(text: str) -> str:
        if quote_all or any(ch in text for ch in (sep, '"', "\n", "\r")):
            return '"' + text.replace('"', '""') + '"'
        return text

    text = "".join(sep.join(cell(c) for c in row) + eol for row in rows)
    (HERE / name).write_bytes(bom + excel_bytes(text, encoding))


def main() -> None:
    # Google Forms "Download responses (.csv)": UTF-8 without BOM, CRLF, the form's own
    # question titles, a multi-line paragraph answer.
    write(
        "google-forms.csv",
        [
            [
                "Timestamp",
                "Email Address",
                "Full name",
                "Street address",
                "Apartment, suite, unit (optional)",
                "Town or city",
                "State",
                "ZIP code",
                "Why are you writing?",
            ],
            [
                "2026/11/20 10:02:11 AM EST",
                "ann.lee@example.org",
                "Ann Lee",
                "12 Oak St",
                "Apt 4B",
                "Springfield",
                "MA",
                "01103",
                "My church sponsors refugees.\nPlease act.",
            ],
            [
                "2026/11/20 11:15:40 AM EST",
                "bo@example.org",
                "Bo Chan",
                "400 Elm Ave",
                "",
                "Chicago",
                "IL",
                "60614",
                "",
            ],
        ],
    )

    # Microsoft Forms export opened in Excel and saved as CSV UTF-8 (BOM, CRLF): ID, times,
    # the respondent's account (Name "Doe, John (Contoso)", or "anonymous" and no name).
    write(
        "microsoft-forms.csv",
        [
            [
                "ID",
                "Start time",
                "Completion time",
                "Email",
                "Name",
                "Last modified time",
                "Full name",
                "Street address",
                "Apartment, suite, unit (optional)",
                "Town or city",
                "State",
                "ZIP code",
            ],
            [
                "1",
                "11/20/26 10:01:02",
                "11/20/26 10:03:40",
                "jdoe@contoso.com",
                "Doe, John (Contoso)",
                "",
                "John Q. Doe",
                "77 Harbor Rd",
                "Unit 9",
                "Portland",
                "ME",
                "04101",
            ],
            [
                "2",
                "11/20/26 10:05:00",
                "11/20/26 10:07:13",
                "anonymous",
                "",
                "",
                "Rosa Díaz",
                "5 Mission St",
                "",
                "San Francisco",
                "CA",
                "94105",
            ],
        ],
        bom=codecs.BOM_UTF8,
    )

    # Action Network full export: UTF-8, LF, can2_ columns, ZIP before the street.
    write(
        "action-network.csv",
        [
            [
                "first_name",
                "last_name",
                "email",
                "zip_code",
                "can2_country",
                "can2_county",
                "can2_state_abbreviated",
                "can2_user_address",
                "can2_user_city",
                "can2_phone",
                "can2_subscription_status",
                "can2_sms_status",
                "uuid",
            ],
            [
                "Maria",
                "Garcia",
                "maria@example.net",
                "07030",
                "US",
                "Hudson",
                "NJ",
                "1 Hudson Pl",
                "Hoboken",
                "201-555-0100",
                "subscribed",
                "unsubscribed",
                "action_network:0f3c2b1a-0000-4000-8000-000000000001",
            ],
            [
                "Tom",
                "Baker",
                "tom@example.net",
                "94110",
                "US",
                "San Francisco",
                "CA",
                "",
                "San Francisco",
                "",
                "subscribed",
                "",
                "action_network:0f3c2b1a-0000-4000-8000-2",
            ],
        ],
        eol=LF,
    )

    # NationBuilder people export: UTF-8, LF, name parts, primary_ and mailing_ address sets.
    write(
        "nationbuilder.csv",
        [
            [
                "nationbuilder_id",
                "prefix",
                "first_name",
                "middle_name",
                "last_name",
                "suffix",
                "email",
                "phone_number",
                "primary_address1",
                "primary_address2",
                "primary_address3",
                "primary_city",
                "primary_county",
                "primary_state",
                "primary_zip",
                "primary_country_code",
                "mailing_address1",
                "mailing_address2",
                "mailing_city",
                "mailing_state",
                "mailing_zip",
                "mailing_country_code",
                "tag_list",
            ],
            [
                "101",
                "Dr.",
                "Grace",
                "Ann",
                "Hopper",
                "",
                "grace@example.org",
                "",
                "1200 Main St",
                "Suite 300",
                "c/o Navy League",
                "Arlington",
                "Arlington",
                "VA",
                "22201",
                "US",
                "",
                "",
                "",
                "",
                "",
                "",
                "volunteer, letter-drive",
            ],
            [
                "102",
                "",
                "Samuel",
                "",
                "Okafor",
                "Jr.",
                "sam@example.org",
                "",
                "9 Ridge Rd",
                "",
                "",
                "Ithaca",
                "Tompkins",
                "NY",
                "14850",
                "US",
                "PO Box 42",
                "",
                "Ithaca",
                "NY",
                "14851",
                "US",
                "",
            ],
        ],
        eol=LF,
    )

    # Eventbrite attendee report: UTF-8 with BOM, CRLF; "Info Requested" where the organiser
    # collected details only from the buyer.
    write(
        "eventbrite.csv",
        [
            [
                "Order #",
                "Order Date",
                "Prefix",
                "First Name",
                "Last Name",
                "Suffix",
                "Email",
                "Quantity",
                "Ticket Type",
                "Attendee #",
                "Attendee Status",
                "Home Address 1",
                "Home Address 2",
                "Home City",
                "Home State",
                "Home Zip",
                "Home Country",
                "Work Address 1",
                "Work City",
                "Job Title",
                "Company",
            ],
            [
                "11211912243",
                "11/20/26 22:28",
                "Ms.",
                "Alice",
                "Walker",
                "",
                "alice@example.org",
                "2",
                "General Admission",
                "18441583423",
                "Attending",
                "33 Peachtree Ln",
                "Apt 2",
                "Atlanta",
                "GA",
                "30303",
                "United States",
                "1 Office Park",
                "Atlanta",
                "Teacher",
                "Grady High",
            ],
            [
                "11211912243",
                "11/20/26 22:28",
                "Info Requested",
                "Info Requested",
                "Info Requested",
                "Info Requested",
                "Info Requested",
                "2",
                "General Admission",
                "18441583424",
                "Attending",
                "Info Requested",
                "Info Requested",
                "Info Requested",
                "Info Requested",
                "Info Requested",
                "Info Requested",
                "",
                "",
                "",
                "",
            ],
            [
                "11211987213",
                "11/21/26 09:54",
                "",
                "Ken",
                "Ito",
                "",
                "ken@example.org",
                "1",
                "General Admission",
                "18441700883",
                "Attending",
                "8 Birch Way",
                "",
                "Tacoma",
                "WA",
                "98402-1234",
                "United States",
                "",
                "",
                "",
                "",
            ],
        ],
        bom=codecs.BOM_UTF8,
    )

    # EveryAction / NGP VAN "Export" as tab-delimited text: UTF-8, CRLF, Zip5/Zip4 apart,
    # home (AddressLine1...) and mailing (mAddress...) addresses.
    write(
        "everyaction-van.txt",
        [
            [
                "VANID",
                "LastName",
                "FirstName",
                "MiddleName",
                "Suffix",
                "AddressLine1",
                "AddressLine2",
                "City",
                "State",
                "Zip5",
                "Zip4",
                "mAddress",
                "mCity",
                "mState",
                "mZip5",
                "mZip4",
                "HomePhone",
                "PreferredEmail",
            ],
            [
                "100234",
                "King",
                "Martin",
                "Luther",
                "Jr.",
                "501 Auburn Ave NE",
                "",
                "Atlanta",
                "GA",
                "30312",
                "1016",
                "",
                "",
                "",
                "",
                "",
                "",
                "mlk@example.org",
            ],
            [
                "100235",
                "Lee",
                "Dana",
                "",
                "",
                "42 Pine St",
                "Apt 3",
                "Burlington",
                "VT",
                "05401",
                "",
                "PO Box 77",
                "Burlington",
                "VT",
                "05402",
                "0077",
                "",
                "dana@example.org",
            ],
        ],
        sep="\t",
    )

    # Mailchimp audience export: UTF-8, CRLF, the ADDRESS field as one cell with parts two
    # spaces apart (no second line when empty), geo-IP columns REGION/CC from e-mail opens.
    write(
        "mailchimp.csv",
        [
            [
                "Email Address",
                "First Name",
                "Last Name",
                "Address",
                "Phone Number",
                "MEMBER_RATING",
                "OPTIN_TIME",
                "OPTIN_IP",
                "CONFIRM_TIME",
                "CONFIRM_IP",
                "LATITUDE",
                "LONGITUDE",
                "GMTOFF",
                "DSTOFF",
                "TIMEZONE",
                "CC",
                "REGION",
                "LAST_CHANGED",
                "LEID",
                "EUID",
                "NOTES",
                "TAGS",
            ],
            [
                "pat@example.org",
                "Pat",
                "Murphy",
                "250 State St  Apt 5  Springfield  MA  01103  US",
                "",
                "2",
                "2026-10-01 12:00:00",
                "",
                "2026-10-01 12:01:00",
                "198.51.100.7",
                "40.71",
                "-74.00",
                "-5",
                "-4",
                "America/New_York",
                "US",
                "NY",
                "2026-11-01 08:00:00",
                "12345",
                "a1b2c3",
                "",
                '"Letter drive"',
            ],
            [
                "lou@example.org",
                "Louise",
                "Tremblay",
                "1 Rue Sparks  Ottawa  ON  K1P 5B9  CA",
                "",
                "2",
                "2026-10-02 12:00:00",
                "",
                "2026-10-02 12:01:00",
                "198.51.100.8",
                "45.42",
                "-75.69",
                "-5",
                "-4",
                "America/Toronto",
                "CA",
                "QC",
                "2026-11-01 08:00:00",
                "12346",
                "d4e5f6",
                "",
                "",
            ],
        ],
    )

    # Airtable "Download CSV": UTF-8 with BOM, CRLF, a long-text Address field with the whole
    # address on several lines.
    write(
        "airtable.csv",
        [
            ["Name", "Address", "Email", "Status", "Notes"],
            [
                "Priya Patel",
                "Flat 2\n10 Kelham Sq\nSheffield\nS3 8SD\nUnited Kingdom",
                "priya@example.org",
                "Signed",
                "",
            ],
            [
                "Owen Jones",
                "14 Queen St\nCardiff CF10 2BU\nUnited Kingdom",
                "owen@example.org",
                "Signed",
                "met at stall",
            ],
        ],
        bom=codecs.BOM_UTF8,
    )

    # Excel for Windows "CSV UTF-8 (Comma delimited)": BOM, CRLF, a middle-name column.
    write(
        "excel-csv-utf8.csv",
        [
            ["First Name", "Middle Name", "Last Name", "Street", "City", "State", "Zip", "Country"],
            ["Nguyễn", "Thị", "Lan", "88 Bolsa Ave", "Westminster", "CA", "92683", "USA"],
            ["Chloé", "", "Dubois", "5 Grant Ave", "Evanston", "IL", "60201", "USA"],
        ],
        bom=codecs.BOM_UTF8,
    )

    # Excel for Windows plain "CSV (Comma delimited)": Windows-1252, CRLF. (Letters the code
    # page cannot hold are saved as "?": such a list is refused, tests/test_encodings.py.)
    write(
        "excel-csv-windows-1252.csv",
        [
            ["First Name", "Last Name", "Street", "City", "State", "Zip"],
            ["Jürgen", "Müller", "3 Café Row", "Boston", "MA", "02134"],
            ["Siobhán", "Ní Bhriain", "9 Elm St", "Houston", "TX", "77002"],
        ],
        encoding="cp1252",
    )

    # Excel for Mac "CSV (Macintosh)": Mac Roman, CR line ends.
    write(
        "excel-mac.csv",
        [
            ["First Name", "Last Name", "Street", "City", "State", "Zip"],
            ["José", "Peña", "12 Ocean Dr", "Miami", "FL", "33139"],
            ["Zoë", "Brontë", "7 Moor Ln", "Denver", "CO", "80202"],
        ],
        encoding="mac_roman",
        eol=CR,
    )

    # German Excel: semicolon-separated, Windows-1252, Straße and Hausnummer apart.
    write(
        "german-excel.csv",
        [
            ["Vorname", "Nachname", "Straße", "Hausnummer", "PLZ", "Ort", "Land", "E-Mail-Adresse"],
            [
                "Jürgen",
                "Weiß",
                "Hauptstraße",
                "5",
                "10115",
                "Berlin",
                "Deutschland",
                "jw@example.de",
            ],
            ["Anna", "Schäfer", "Königsallee", "12a", "40212", "Düsseldorf", "Deutschland", ""],
        ],
        sep=";",
        encoding="cp1252",
    )

    # French LibreOffice/Excel: semicolon-separated, UTF-8 with BOM.
    write(
        "french.csv",
        [
            ["Prénom", "Nom", "Adresse", "Complément d'adresse", "Code postal", "Ville", "Pays"],
            ["Éloïse", "Martin", "12 rue de la Paix", "Bâtiment B", "75002", "Paris", "France"],
            ["Loïc", "Le Goff", "3 quai de la Fosse", "", "44000", "Nantes", "France"],
        ],
        sep=";",
        bom=codecs.BOM_UTF8,
    )

    # Spanish Google Sheets: UTF-8, CRLF.
    write(
        "spanish.csv",
        [
            ["Nombre", "Apellidos", "Dirección", "Código postal", "Ciudad", "Provincia", "País"],
            ["Lucía", "García Pérez", "Calle Mayor 5, 2º B", "28013", "Madrid", "Madrid", "España"],
        ],
    )

    # UTF-16 LE with BOM, tab-separated (Excel "Unicode Text"): British and Irish addresses.
    write(
        "excel-unicode-text.txt",
        [
            ["Name", "Address 1", "Address 2", "Town", "County", "Postcode", "Country"],
            [
                "Siobhán Ní Bhriain",
                "4 Sráid an Mhuilinn",
                "",
                "Galway",
                "Co. Galway",
                "H91 E2K3",
                "Ireland",
            ],
            ["Ian Smith", "10 Kelham Sq", "", "Sheffield", "", "S3 8SD", "United Kingdom"],
        ],
        sep="\t",
        encoding="utf-16-le",
        bom=codecs.BOM_UTF16_LE,
    )

    # Korean Excel "CSV (쉼표로 분리)": CP949, CRLF, family and given name apart.
    write(
        "korean-excel-cp949.csv",
        [
            ["성", "이름", "주소", "상세주소", "우편번호", "국가", "이메일"],
            [
                "김",
                "민준",
                "서울특별시 중구 세종대로 110",
                "3층",
                "04524",
                "대한민국",
                "mj@example.kr",
            ],
            ["이", "서연", "부산광역시 해운대구 해운대로 264", "", "48094", "대한민국", ""],
        ],
        encoding="cp949",
    )

    # Chinese Excel (Simplified) "CSV (逗号分隔)": GBK, CRLF.
    write(
        "chinese-excel-gbk.csv",
        [
            ["姓名", "省", "城市", "地址", "邮编", "国家"],
            ["王小明", "广东省", "广州市", "天河区天河路385号", "510620", "中国"],
        ],
        encoding="gbk",
    )

    # Chinese Excel (Traditional, Taiwan): Big5, CRLF, the whole address in one cell.
    write(
        "chinese-excel-big5.csv",
        [
            ["姓名", "地址", "郵遞區號", "國家"],
            ["陳大文", "臺北市中正區重慶南路一段122號", "100", "臺灣"],
        ],
        encoding="big5",
    )

    # Excel's plain "CSV" on Windows set up for Russian, Greek, Polish, Turkish and Vietnamese:
    # the code page of the system's language, CRLF, and ";" between cells (these locales write
    # a decimal comma, so Excel's list separator is the semicolon).
    for name, encoding, rows in (
        ("russian-excel-cp1251.csv", "cp1251", [
            ["Фамилия", "Имя", "Отчество", "Индекс", "Город", "Улица", "Дом", "Квартира",
             "Страна"],
            ["Пушкин", "Александр", "Сергеевич", "101000", "Москва", "ул. Мясницкая", "12", "5",
             "Россия"],
            ["Смирнова", "Татьяна", "Ивановна", "191186", "Санкт-Петербург", "Невский пр.", "28",
             "", "Россия"],
        ]),
        ("greek-excel-cp1253.csv", "cp1253", [
            ["Επώνυμο", "Όνομα", "Οδός", "Αριθμός", "Τ.Κ.", "Πόλη", "Χώρα"],
            ["Παπαδόπουλος", "Γιώργος", "Ερμού", "15", "105 63", "Αθήνα", "Ελλάδα"],
            ["Νικολάου", "Μαρία", "Τσιμισκή", "22", "546 24", "Θεσσαλονίκη", "Ελλάδα"],
        ]),
        ("polish-excel-cp1250.csv", "cp1250", [
            ["Imię", "Nazwisko", "Ulica", "Kod pocztowy", "Miasto", "Kraj"],
            ["Łukasz", "Wiśniewski", "ul. Długa 5", "00-238", "Warszawa", "Polska"],
            ["Zofia", "Żółkiewska", "ul. Piotrkowska 3", "90-001", "Łódź", "Polska"],
        ]),
        ("turkish-excel-cp1254.csv", "cp1254", [
            ["Ad", "Soyad", "Adres", "İlçe", "İl", "Posta Kodu", "Ülke"],
            ["Ayşe", "Yılmaz", "Atatürk Cad. No:5", "Kadıköy", "İstanbul", "34710", "Türkiye"],
            ["Mehmet", "Öztürk", "İnönü Sok. 3", "Çankaya", "Ankara", "06690", "Türkiye"],
        ]),
        ("vietnamese-excel-cp1258.csv", "cp1258", [
            ["Họ và tên", "Địa chỉ", "Phường", "Quận", "Thành phố", "Quốc gia"],
            ["Nguyễn Văn An", "12 Lê Lợi", "Phường Bến Nghé", "Quận 1",
             "Thành phố Hồ Chí Minh", "Việt Nam"],
            ["Trần Thị Bình", "45 Trần Phú", "Phường Hải Châu 1", "Quận Hải Châu",
             "Thành phố Đà Nẵng", "Việt Nam"],
        ]),
    ):  # fmt: skip
        write(name, rows, sep=";", encoding=encoding)


if __name__ == "__main__":
    main()

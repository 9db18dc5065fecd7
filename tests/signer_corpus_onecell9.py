"""Signer lists that give a whole address in one cell (issue 20, slice C of session 9): the
cell read into the lines of its country's format, every piece printed. The rows are our own
sample people; sources in tests/data/exports/SOURCES.md."""

from __future__ import annotations

from signer_corpus import Case

#: A part of a one-line address with a street word is never its town, and a house's, lot's or
#: building's number with its word stays on the street's line where the country's post has no
#: line of its own for a building; a town may follow its postcode as a part of its own. The
#: rules came from a Malaysian shop's "Lot 5, Jalan Tun Razak, Kuala Lumpur, MY, 50400" and an
#: Omani "Way 3015, Building 1205, 112, Muscat"; the cases below are siblings they were not
#: written from: a Malay Google Form, a US form with addresses in Uganda, Pakistan, Qatar and
#: Oman beside a country column, and a British list whose flat stays on its own line.
ONE_CELL_PIECES = (
    Case(
        "google-forms-alamat-my",
        "Timestamp,Nama penuh,Alamat surat-menyurat\r\n"
        '2026-12-01 10:00:00,Siti Aminah,"Lot 7, Jalan Ampang, 50450, Kuala Lumpur"\r\n'
        '2026-12-01 10:05:00,Tan Wei Ming,"No. 3, Lorong Maarof, Bangsar, 59000 Kuala Lumpur"\r\n',
        (
            ("Siti Aminah", ("Lot 7, Jalan Ampang", "50450 Kuala Lumpur")),
            ("Tan Wei Ming", ("No. 3, Lorong Maarof", "Bangsar", "59000 Kuala Lumpur")),
        ),
        country="MY",
        language="ms",
    ),
    Case(
        "jotform-mailing-address-abroad-us",
        "Submission Date,Full Name,Mailing Address,Country\r\n"
        '2026-12-01,Grace Nakato,"Plot 14, Kampala Road, Kampala",Uganda\r\n'
        '2026-12-01,Ayesha Khan,"House No. 5, Street 12, 75500, Karachi",Pakistan\r\n'
        '2026-12-01,Hamad Al-Thani,"Building 12, Street 850, Zone 45, Doha",Qatar\r\n'
        '2026-12-01,Salim Al-Harthy,"Building 5, Way 2710, 130, Al Khuwair",Oman\r\n',
        (
            ("Grace Nakato", ("Plot 14, Kampala Road", "Kampala", "UGANDA")),
            ("Ayesha Khan", ("House No. 5, Street 12", "Karachi-75500", "PAKISTAN")),
            ("Hamad Al-Thani", ("Building 12, Street 850", "Zone 45", "Doha", "QATAR")),
            ("Salim Al-Harthy", ("Building 5, Way 2710", "130", "Al Khuwair", "OMAN")),
        ),
    ),
    # Royal Mail puts a flat and a building's name on lines of their own above the street.
    Case(
        "uk-sheet-flat-on-its-own-line",
        'Name,Address\r\nAmy Clarke,"Flat 2, Oxford House, 12 High Street, Leeds, LS1 4AB"\r\n',
        (("Amy Clarke", ("Flat 2", "Oxford House", "12 High Street", "Leeds", "LS1 4AB")),),
        country="GB",
    ),
)

#: A one-line address cell beside a postcode column, the cell without the postcode: the cell's
#: end read with the column's postcode after it, each part where the country's format puts it.
#: The rule came from a Japanese crowdfunding list's US row ("12 Oak St Apt 3, Springfield, IL"
#: beside 62704); the cases below are siblings it was not written from: Canadian and Australian
#: rows in a Japanese sheet, US and French rows in a German one.
CELL_AND_POSTCODE = (
    Case(
        "jp-sheet-jusho-yubin-bangou-abroad",
        "氏名,郵便番号,住所,国\r\n"
        '佐藤 花子,M5H 2M9,"55 Queen St W, Toronto, ON",カナダ\r\n'
        'Jack Smith,2000,"12 George St, Sydney NSW",オーストラリア\r\n',
        (
            ("佐藤 花子", ("55 Queen St W", "Toronto ON M5H 2M9", "CANADA")),
            ("Jack Smith", ("12 George St", "Sydney NSW 2000", "AUSTRALIA")),
        ),
        country="JP",
        language="ja",
    ),
    Case(
        "de-sheet-anschrift-plz-land",
        "Name;Anschrift;PLZ;Land\r\n"
        "Mia Park;1600 Amphitheatre Pkwy, Mountain View, CA;94043;USA\r\n"
        "Luc Martin;12 rue de la Paix, Paris;75002;Frankreich\r\n",
        (
            ("Mia Park", ("1600 Amphitheatre Pkwy", "Mountain View, CA 94043", "UNITED STATES")),
            ("Luc Martin", ("12 rue de la Paix", "75002 Paris", "FRANKREICH")),
        ),
        country="DE",
        language="de",
    ),
)

#: A whole address in one cell written largest unit first, as Korea, China, Japan and Taiwan
#: write in their own scripts, with its postcode at its start or end and the country told by
#: data (its name at the start or end in any script, Japan Post's 〒, the script with the
#: postcode's shape): the postcode where the country's format puts it, the rest as written,
#: the country line abroad. Kenya's "P.O. Box 1234-00100": the box and its post office's
#: postcode apart. The rules came from review 10's probe (〒100-0001 東京都..., 中国上海市...,
#: P.O. Box 1234-00100, Nairobi) and a Korean Paperform row; these are siblings they were not
#: written from.
LARGEST_FIRST = (
    Case(
        "us-sheet-mailing-address-east-asia-east-africa",
        "Name,Mailing address\r\n"
        "Kenji Sato,日本、〒530-0001 大阪府大阪市北区梅田3-1-1\r\n"
        '박서연,"대한민국 서울특별시 강남구 테헤란로 152, 06236"\r\n'
        "陳怡君,台灣台北市信義區市府路1號 110\r\n"
        '王芳,"北京市朝阳区建国路88号 100022, 中国"\r\n'
        'Otieno Ouma,"PO Box 5678-40100, Kisumu, Kenya"\r\n'
        'Neema Mushi,"P.O. Box 9021, Dar es Salaam, Tanzania"\r\n',
        (
            ("Kenji Sato", ("530-0001", "大阪府大阪市北区梅田3-1-1", "JAPAN")),
            ("박서연", ("서울특별시 강남구 테헤란로 152", "06236", "SOUTH KOREA")),
            ("陳怡君", ("110", "台灣台北市信義區市府路1號", "TAIWAN")),
            ("王芳", ("100022", "北京市朝阳区建国路88号", "CHINA")),
            ("Otieno Ouma", ("PO Box 5678", "Kisumu", "40100", "KENYA")),
            ("Neema Mushi", ("P.O. Box 9021", "Dar es Salaam", "TANZANIA")),
        ),
    ),
    Case(
        "naver-form-juso-kr",
        "응답일시,이름,주소\r\n"
        '2026-12-01 10:00,이지은,"부산광역시 해운대구, 해운대로 264, 48099"\r\n'
        "2026-12-01 10:05,최민호,48099 부산광역시 해운대구 해운대로 264\r\n",
        (
            ("이지은", ("부산광역시 해운대구", "해운대로 264", "48099")),
            ("최민호", ("부산광역시 해운대구 해운대로 264", "48099")),
        ),
        country="KR",
        language="ko",
    ),
    Case(
        "google-forms-go-jusho-jp",
        "タイムスタンプ,お名前,ご住所\r\n"
        "2026/12/01 10:00:00,鈴木 一郎,〒060-0001 北海道札幌市中央区北1条西2丁目\r\n"
        "2026/12/01 10:05:00,高橋 花子,福岡県福岡市博多区博多駅前2-1-1 812-0011\r\n",
        (
            ("鈴木 一郎", ("060-0001", "北海道札幌市中央区北1条西2丁目")),
            ("高橋 花子", ("812-0011", "福岡県福岡市博多区博多駅前2-1-1")),
        ),
        country="JP",
        language="ja",
    ),
)

#: A one-line address with Arabic commas (،) read into its parts; one with no commas at all
#: whose last word names a country (not a code) keeps its words on one line and gets the
#: country line. The rules came from an Egyptian and a Thai row; these are siblings.
NO_LATIN_COMMAS = (
    Case(
        "us-sheet-address-arabic-comma-and-no-comma",
        "Name,Address\r\n"
        "Omar Haddad,15 شارع الرينبو، عمّان، الأردن\r\n"
        "Eleni Papadopoulou,Οδός Ερμού 10 105 63 Αθήνα Ελλάδα\r\n"
        "Ivan Petrov,ул. Тверская 7 Москва 125009 Россия\r\n",
        (
            ("Omar Haddad", ("15 شارع الرينبو", "عمّان", "JORDAN")),
            ("Eleni Papadopoulou", ("Οδός Ερμού 10 105 63 Αθήνα", "GREECE")),
            ("Ivan Petrov", ("ул. Тверская 7 Москва 125009", "RUSSIAN FEDERATION")),
        ),
    ),
    # In Latin letters too, but a US state that is also a country's name ends a US line.
    Case(
        "us-sheet-address-latin-no-comma-country-last",
        "Name,Address\r\n"
        "Ana Costa,Rua Augusta 100 1100-053 Lisboa Portugal\r\n"
        "Dana Brooks,5 Peach St Atlanta Georgia 30303\r\n",
        (
            ("Ana Costa", ("Rua Augusta 100 1100-053 Lisboa", "PORTUGAL")),
            ("Dana Brooks", ("5 Peach St Atlanta Georgia 30303",)),
        ),
    ),
)

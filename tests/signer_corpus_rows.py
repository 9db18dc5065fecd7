"""Rows that are no signer's and columns that are no part of an address, told by their shape
and values in any language (slice "table" of issue 20): a report's total line below the
signers ("Totalt 2 personer", a count where a name would be), a column numbering the rows
("No.", "S.No.", "№": 1, 2, 3 in row order) that a header word reads as a house number, an
elector number's suffix under "Suffix". Headers as tests/data/exports/SOURCES.md names them;
the rows are our own sample people."""

from __future__ import annotations

from signer_corpus import Case

#: The column report's line for a row counter, up to its values.
_COUNTER = "a row counter: its values number the rows"


ROWS = (
    # --- a report's total line, in the list's own language --------------------------------
    Case(
        "sv-report-totalt",
        "Namn;Adress;Postnummer;Ort\r\nKarin Berg;Storgatan 12;411 38;Göteborg\r\n"
        "Erik Nilsson;Box 1234;101 23;Stockholm\r\nTotalt 2 personer;;;\r\n",
        (
            ("Karin Berg", ("Storgatan 12", "411 38 Göteborg")),
            ("Erik Nilsson", ("Box 1234", "101 23 Stockholm")),
        ),
        country="SE",
        language="sv",
        encoding="cp1252",
        said=("a report's footer below the last signer, not a signer: 'Totalt 2 personer'",),
    ),
    Case(
        # Without the total line "Nimi" (a word no header table holds) is found by its
        # values; the line's label under it must not hide that the column holds names.
        "fi-report-yhteensa",
        "Nimi;Katuosoite;Postinumero;Postitoimipaikka\r\n"
        "Aino Virtanen;Mannerheimintie 12 B 5;00100;Helsinki\r\n"
        "Matti Korhonen;Hämeenkatu 10;33100;Tampere\r\nYhteensä 2;;;\r\n",
        (
            ("Aino Virtanen", ("Mannerheimintie 12 B 5", "00100 Helsinki")),
            ("Matti Korhonen", ("Hämeenkatu 10", "33100 Tampere")),
        ),
        country="FI",
        language="fi",
        encoding="cp1252",
        said=("full name <- Nimi",),  # by its header word since "nimi" is known
    ),
    Case(
        "cz-report-celkem",
        "Jméno a příjmení;Ulice;PSČ;Obec\r\nJana Nováková;Na Příkopě 12;110 00;Praha 1\r\n"
        "Jiří Dvořák;Údolní 33;602 00;Brno\r\nCelkem 2 osoby;;;\r\n",
        (
            ("Jana Nováková", ("Na Příkopě 12", "110 00 Praha 1")),
            ("Jiří Dvořák", ("Údolní 33", "602 00 Brno")),
        ),
        country="CZ",
        language="cs",
        encoding="cp1250",
    ),
    Case(
        "hu-report-osszesen",
        "Név;Irányítószám;Település;Cím\r\nKovács Anna;1052;Budapest;Váci utca 12.\r\n"
        "Nagy Péter;6720;Szeged;Kárász utca 5.\r\nÖsszesen: 2 fő;;;\r\n",
        (
            ("Kovács Anna", ("Budapest", "Váci utca 12.", "1052")),
            ("Nagy Péter", ("Szeged", "Kárász utca 5.", "6720")),
        ),
        country="HU",
        language="hu",
        encoding="cp1250",
    ),
    Case(
        "id-report-jumlah",
        "Nama,Alamat,Kota,Provinsi,Kode Pos\r\n"
        "Budi Santoso,Jl. Merdeka No. 10,Bandung,Jawa Barat,40115\r\n"
        "Siti Rahayu,Jl. Kebon Sirih No. 10,Jakarta Pusat,DKI Jakarta,10340\r\n"
        "Jumlah: 2 orang,,,,\r\n",
        (
            ("Budi Santoso", ("Jl. Merdeka No. 10", "Bandung", "Jawa Barat 40115")),
            ("Siti Rahayu", ("Jl. Kebon Sirih No. 10", "Jakarta Pusat", "DKI Jakarta 10340")),
        ),
        country="ID",
        language="id",
    ),
    Case(
        "el-report-synolo",
        "Ονοματεπώνυμο;Διεύθυνση;Τ.Κ.;Πόλη\r\nΜαρία Παπαδοπούλου;Πατησίων 76;104 34;Αθήνα\r\n"
        "Γιώργος Νικολάου;Τσιμισκή 20;546 24;Θεσσαλονίκη\r\nΣύνολο: 2;;;\r\n",
        (
            ("Μαρία Παπαδοπούλου", ("Πατησίων 76", "104 34 Αθήνα")),
            ("Γιώργος Νικολάου", ("Τσιμισκή 20", "546 24 Θεσσαλονίκη")),
        ),
        country="GR",
        language="el",
        encoding="cp1253",
    ),
    Case(
        # The sum of the gifts beside the count: numbers only beside the label.
        "da-report-i-alt-with-sum",
        "Navn;Adresse;Postnr.;By;Beløb\r\nMette Hansen;Vesterbrogade 10, 2. tv;1620;København V;"
        "250\r\nJens Jensen;Østergade 5;8000;Aarhus C;100\r\nI alt 2 personer;;;;350\r\n",
        (
            ("Mette Hansen", ("Vesterbrogade 10, 2. tv", "1620 København V")),
            ("Jens Jensen", ("Østergade 5", "8000 Aarhus C")),
        ),
        country="DK",
        language="da",
        encoding="cp1252",
        said=("a report's footer below the last signer, not a signer: 'I alt 2 personer 350'",),
    ),
    Case(
        # A group's subtotal between two groups: no letter either (a warning at its line).
        "de-report-zwischensumme-between-groups",
        "Name;Straße;PLZ;Ort\r\nAnna Schmidt;Hauptstr. 5;10115;Berlin\r\nZwischensumme: 1;;;\r\n"
        "Karl Weber;Bahnhofstr. 2;80331;München\r\nGesamt: 2 Teilnehmer;;;\r\n",
        (
            ("Anna Schmidt", ("Hauptstr. 5", "10115 Berlin")),
            ("Karl Weber", ("Bahnhofstr. 2", "80331 München")),
        ),
        country="DE",
        language="de",
        encoding="cp1252",
    ),
    Case(
        "ja-report-goukei-mei",
        "氏名,郵便番号,住所\r\n山田花子,100-0001,東京都千代田区千代田1-1\r\n"
        "佐藤健,150-0002,東京都渋谷区渋谷2-21-1\r\n合計 2名,,\r\n",
        (
            ("山田花子", ("100-0001", "東京都千代田区千代田1-1")),
            ("佐藤健", ("150-0002", "東京都渋谷区渋谷2-21-1")),
        ),
        country="JP",
        language="ja",
    ),
    Case(
        "nl-report-totaal-deelnemers",
        "Naam,Adres,Postcode,Plaats\r\nJan de Vries,Dorpsstraat 1,1234 AB,Utrecht\r\n"
        "Piet Bakker,Kerkweg 2,5678 CD,Breda\r\nTotaal 2 deelnemers,,,\r\n",
        (
            ("Jan de Vries", ("Dorpsstraat 1", "1234 AB Utrecht")),
            ("Piet Bakker", ("Kerkweg 2", "5678 CD Breda")),
        ),
        country="NL",
        language="nl",
    ),
    # --- a column numbering the rows ------------------------------------------------------
    Case(
        # "No." reads as a house number; its 1, 2 printed after the PO box before.
        "pg-wide-phone-province",
        "No.,Name,Mobile,Postal Address,Town,Postcode,Province,Church\r\n"
        "1,Kila Wari,7123 4567,PO Box 1234,Boroko,111,NCD,St Mary's\r\n"
        "2,Grace Kumbu,7234 5678,PO Box 88,Lae,411,Morobe,Lutheran\r\n",
        (
            ("Kila Wari", ("PO Box 1234", "Boroko 111 NCD")),
            ("Grace Kumbu", ("PO Box 88", "Lae 411 Morobe")),
        ),
        country="PG",
        said=(f"not used: No. (2 values): {_COUNTER} (1, 2 ... in row order)",),
    ),
    Case(
        "in-sheet-sno",
        "S.No.,Name,Address,City,State,PIN Code\r\n"
        '1,Suresh Patil,"Flat 12, Shanti Apartments",Pune,Maharashtra,411001\r\n'
        "2,Anita Rao,45 MG Road,Bengaluru,Karnataka,560001\r\n",
        (
            ("Suresh Patil", ("Flat 12, Shanti Apartments", "Pune 411001", "Maharashtra")),
            ("Anita Rao", ("45 MG Road", "Bengaluru 560001", "Karnataka")),
        ),
        country="IN",
        said=(f"not used: S.No. (2 values): {_COUNTER}",),
    ),
    Case(
        "ru-sheet-nomer-utf8",
        "№,ФИО,Адрес,Город,Индекс\r\n"
        '1,Иванова Мария Петровна,"ул. Ленина 5, кв. 10",Тверь,170100\r\n'
        "2,Петров Сергей Иванович,пр. Мира 12,Москва,129090\r\n",
        (
            ("Иванова Мария Петровна", ("ул. Ленина 5, кв. 10", "Тверь", "170100")),
            ("Петров Сергей Иванович", ("пр. Мира 12", "Москва", "129090")),
        ),
        country="RU",
        language="ru",
        said=(f"not used: № (2 values): {_COUNTER}",),
    ),
    Case(
        # "Nr." with a full stop after each number, beside the real "Hausnr.", which prints.
        "de-excel-nr-beside-hausnr",
        "Nr.;Name;Straße;Hausnr.;PLZ;Ort\r\n1.;Anna Schmidt;Hauptstr.;5;10115;Berlin\r\n"
        "2.;Karl Weber;Bahnhofstr.;2;80331;München\r\n3.;Eva Braun;Ringstr.;17;50667;Köln\r\n",
        (
            ("Anna Schmidt", ("Hauptstr. 5", "10115 Berlin")),
            ("Karl Weber", ("Bahnhofstr. 2", "80331 München")),
            ("Eva Braun", ("Ringstr. 17", "50667 Köln")),
        ),
        country="DE",
        language="de",
        encoding="cp1252",
        said=(f"not used: Nr. (3 values): {_COUNTER} (1, 2, 3 ... in row order)",),
    ),
    Case(
        # pandas' DataFrame.to_csv writes its index first, under an empty header, from 0.
        "pandas-to-csv-index",
        ",name,street,city,state,zip\r\n0,Ann Lee,12 Oak St,Springfield,IL,62704\r\n"
        "1,Bo Chan,5 Elm St,Boston,MA,02127\r\n",
        (
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Bo Chan", ("5 Elm St", "Boston, MA 02127")),
        ),
        said=(f"not used: column 1 (2 values): {_COUNTER} (0, 1 ... in row order)",),
    ),
    Case(
        # Neighbours at 12, 13 and 14 Oak St: a run in row order that does not count from
        # 0 or 1 is house numbers, and prints.
        "us-sheet-house-numbers-in-a-run",
        "Name,House No.,Street,City,State,ZIP\r\nAnn Lee,12,Oak St,Springfield,IL,62704\r\n"
        "Bo Chan,13,Oak St,Springfield,IL,62704\r\nCy Diaz,14,Oak St,Springfield,IL,62704\r\n",
        (
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Bo Chan", ("13 Oak St", "Springfield, IL 62704")),
            ("Cy Diaz", ("14 Oak St", "Springfield, IL 62704")),
        ),
    ),
    # --- a number under a name word ---------------------------------------------------------
    Case(
        # The UK register's elector number comes as PD, ENO and its Suffix (a second elector
        # at the same number): '1' is no name suffix (Jr., III), so the letter is not signed
        # "Mrs Saima Khan 1".
        "gb-electoral-register-eno-suffix",
        "PD,ENO,Suffix,Title,Surname,First Names,Address 1,Address 2,Address 3,Postcode\r\n"
        "AB1,101,,Mr,Khan,Imran,Flat 6,14 Station Road,Harrow,HA1 2TY\r\n"
        "AB1,102,1,Mrs,Khan,Saima,Flat 6,14 Station Road,Harrow,HA1 2TY\r\n",
        (
            ("Mr Imran Khan", ("Flat 6", "14 Station Road", "Harrow", "HA1 2TY")),
            ("Mrs Saima Khan", ("Flat 6", "14 Station Road", "Harrow", "HA1 2TY")),
        ),
        country="GB",
        said=("not used: Suffix (1 value): numbers",),
    ),
    # --- a house number a spreadsheet turned into a date -------------------------------------
    Case(
        # Excel reads the chōme-banchi-gō "1-2-3" as 3 February 2001.
        "jp-sheet-banchi-turned-date",
        "氏名,郵便番号,都道府県,市区町村,番地,建物名\r\n"
        "山田花子,100-0001,東京都,千代田区千代田,2001/2/3,\r\n"
        "佐藤健,150-0002,東京都,渋谷区渋谷,2-21-1,渋谷ヒカリエ\r\n",
        refused=("2:5", "'2001/2/3' is a date, not a house number (probably '1-2-3')"),
        country="JP",
        language="ja",
    ),
    Case(
        # Russian Excel's "05.мар" for "5/3" (дом 5 корпус 3).
        "ru-excel-dom-turned-date-cp1251",
        "Фамилия;Имя;Улица;Дом;Квартира;Город;Индекс\r\n"
        "Иванова;Мария;ул. Ленина;05.мар;10;Тверь;170100\r\n",
        refused=("2:4", "'05.мар' is a date, not a house number"),
        country="RU",
        language="ru",
        encoding="cp1251",
    ),
    Case(
        # US Excel shows "3-12" (a Queens hyphenated number) as "12-Mar".
        "us-sheet-queens-number-turned-date",
        "Name,House Number,Street,City,State,ZIP\r\nAnn Lee,12-Mar,Steinway St,Astoria,NY,11103\r\n"
        "Bo Chan,5-7,Oak St,Springfield,IL,62704\r\n",
        refused=("2:2", "'12-Mar' is a date, not a house number"),
    ),
    Case(
        "ja-sheet-address-line-turned-month-day",
        "氏名,郵便番号,住所1,住所2\r\n山田花子,100-0001,東京都千代田区千代田,3月12日\r\n"
        "佐藤健,150-0002,東京都渋谷区渋谷,2-21-1\r\n",
        refused=("2:4", "'3月12日' is a date, not a house number"),
        country="JP",
        language="ja",
    ),
    Case(
        # A month's name in a street ("25 de Mayo", "Mar": the sea) is no date.
        "es-sheet-month-in-street-names",
        "Nombre,Dirección,Número,Código postal,Ciudad,Provincia\r\n"
        "Lucía García,Calle 25 de Mayo,5,28013,Madrid,Madrid\r\n"
        "Pedro Ruiz,Calle Mar,12,08001,Barcelona,Barcelona\r\n",
        (
            ("Lucía García", ("Calle 25 de Mayo 5", "28013 Madrid")),
            ("Pedro Ruiz", ("Calle Mar 12", "08001 Barcelona")),
        ),
        country="ES",
        language="es",
    ),
    # --- a piece the file gives twice, printed once ------------------------------------------
    Case(
        # onoffmix (review 2, 18): 주소 ends in the ZIP that 우편번호 gives again.
        "onoffmix-zip-beside-whole-address",
        "번호,신청자명,이메일,주소,우편번호,국가\r\n"
        '1,Hyun-woo Lee,hw@example.com,"3250 Wilshire Blvd Ste 1200, Los Angeles, CA 90010",'
        "90010,미국\r\n",
        (("Hyun-woo Lee", ("3250 Wilshire Blvd Ste 1200", "Los Angeles, CA 90010")),),
    ),
    Case(
        "gb-postcode-beside-one-line-address",
        "Name,Address,Postcode,Country\r\n"
        'Oliver Smith,"10 Broad Lane, Sheffield S10 1UA",S10 1UA,United Kingdom\r\n',
        (("Oliver Smith", ("10 Broad Lane", "Sheffield", "S10 1UA", "UNITED KINGDOM")),),
    ),
    # --- a town with its state beside the signer's own town --------------------------------
    Case(
        # review 4, W1: a local group's "Chapter" of "Dayton, Ohio" is not a second town line.
        "us-sheet-chapter-town-state-beside-address",
        'Name,Chapter,Street,City,State,ZIP\r\nAnn Lee,"Dayton, Ohio",12 Oak St,Springfield,IL,'
        '62704\r\nBo Chan,"Austin, TX",5 Elm St,Boston,MA,02127\r\n',
        (
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Bo Chan", ("5 Elm St", "Boston, MA 02127")),
        ),
        said=("not used: Chapter (2 values)",),
    ),
    Case(
        # review 4, csv/72: a pickup location and a hometown beside the member's address.
        "us-sheet-pickup-location-hometown",
        "Member,Pickup Location,Hometown,Street,City,State,ZIP\r\n"
        'Sam Whitley,"Dayton, Ohio","Dayton, Ohio",22 Pleasant St,Northampton,MA,01060\r\n',
        (("Sam Whitley", ("22 Pleasant St", "Northampton, MA 01060")),),
    ),
    Case(
        # With no town column, the same look is the town line (and prints).
        "us-sheet-location-is-the-town-line",
        'Name,Street,ZIP,Location\r\nAnn Lee,12 Oak St,62704,"Springfield, IL"\r\n',
        (("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),),
    ),
)

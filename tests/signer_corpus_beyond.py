"""Exports from platforms no issue names (issue 20's independent check, tried ahead of it):
ticketing, giving and church tools, CRMs, contact books, shops and form builders, each with the
traps its real export has (a purchaser's name beside the ticket holder's, a spouse's columns,
a staff member in "created by", a language code that looks like a country, a whole address
beside its parts, a title block before the header). Headers as each platform writes them
(sources and dates in tests/data/exports/SOURCES.md); the rows are our own sample people."""

from __future__ import annotations

from signer_corpus import US1, Case

BEYOND = (
    Case(
        # Tito: the ticket holder's name beside the purchaser's (Order Name), the Order IP,
        # and a custom question holding the postal address in one cell.
        "tito-tickets-postal-address-question",
        "Number,Ticket Created Date,Ticket,Ticket Full Name,Ticket First Name,Ticket Last Name,"
        "Ticket Email,Ticket Company Name,Ticket Phone Number,Event,Void Status,Price,"
        "Ticket Reference,Tags,Unique Ticket URL,Unique Order URL,Order Reference,Order Name,"
        "Order Email,Order Company Name,Order Phone Number,Order Discount Code,Order IP,"
        "Order Created Date,Order Completed Date,Payment Reference,Postal address\n"
        "1,2026-11-01 09:00:00 UTC,Supporter,Ann Lee,Ann,Lee,a@x.org,,,Letters Night,,0.0,"
        "ABCD-1,,https://ti.to/t/1,https://ti.to/o/1,ABCD,Ann Lee,a@x.org,,,,203.0.113.7,"
        "2026-11-01 09:00:00 UTC,2026-11-01 09:01:00 UTC,,"
        '"12 Oak St Apt 3\nSpringfield, IL 62704"\n'
        "2,2026-11-01 09:05:00 UTC,Supporter,Maria Garcia,Maria,Garcia,m@x.org,,,Letters Night,,"
        "0.0,EFGH-1,,https://ti.to/t/2,https://ti.to/o/2,EFGH,Jose Garcia,j@x.org,,,,"
        "198.51.100.4,2026-11-01 09:05:00 UTC,2026-11-01 09:06:00 UTC,,"
        '"400 Elm Ave\nChicago, IL 60614"\n',
        (US1, ("Maria Garcia", ("400 Elm Ave", "Chicago, IL 60614"))),
    ),
    Case(
        # Classy (GoFundMe Pro) transactions under the API's field names; a donor in Canada.
        "classy-transactions-api-fields",
        "id,member_name,member_email_address,billing_first_name,billing_last_name,"
        "billing_address1,billing_city,billing_state,billing_postal_code,billing_country,"
        "purchased_at,status,total_gross_amount,frequency\n"
        "490165,Ann Lee,a@x.org,Ann,Lee,12 Oak St Apt 3,Springfield,IL,62704,US,"
        "2026-11-01T09:00:00+0000,success,15.00,monthly\n"
        "490166,Ryan Park,r@x.org,Ryan,Park,1016 Bluestem Lane,Ann Arbor,MI,48103,US,"
        "2026-11-02T10:00:00+0000,success,25.00,one-time\n"
        "490167,Chloé Tremblay,c@x.ca,Chloé,Tremblay,24 Sussex Dr,Ottawa,ON,K1M 1M4,CA,"
        "2026-11-02T11:00:00+0000,success,20.00,one-time\n",
        (
            US1,
            ("Ryan Park", ("1016 Bluestem Lane", "Ann Arbor, MI 48103")),
            ("Chloé Tremblay", ("24 Sussex Dr", "Ottawa ON K1M 1M4", "CANADA")),
        ),
    ),
    Case(
        # Blackbaud eTapestry: Account Name, a multi-line Address Lines cell, three salutations.
        "etapestry-accounts-address-lines",
        "Account Number,Account Name,Sort Name,Address Lines,City,State,Postal Code,Country,"
        "Short Salutation,Long Salutation,Envelope Salutation,Email,Voice\r\n"
        '1001,Kimberly Hammer,"Hammer, Kimberly","12 Oak St\r\nApt 3",Springfield,IL,62704,'
        "United States,Kimberly,Mrs. Hammer,Mrs. Kimberly Hammer,k@x.org,(317) 495-5697\r\n"
        '1002,Niles Baker,"Baker, Niles",400 Elm Ave,Chicago,IL,60614,United States,Niles,'
        "Mr. Baker,Mr. Niles Baker,n@x.org,317-555-5555\r\n",
        (
            ("Kimberly Hammer", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            ("Niles Baker", ("400 Elm Ave", "Chicago, IL 60614")),
        ),
    ),
    Case(
        # Outlook.com: the business set comes first in the header; the home address wins where
        # both are filled, the business or the other address prints where it is the only one.
        "outlook-com-contacts-business-home-other",
        "First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,"
        "E-mail Address,E-mail 2 Address,E-mail 3 Address,Home Phone,Home Phone 2,"
        "Business Phone,Business Phone 2,Mobile Phone,Car Phone,Other Phone,Primary Phone,"
        "Pager,Business Fax,Home Fax,Other Fax,Company Main Phone,Callback,Radio Phone,Telex,"
        "TTY/TDD Phone,IMAddress,Job Title,Department,Company,Office Location,Manager's Name,"
        "Assistant's Name,Assistant's Phone,Company Yomi,Business Street,Business City,"
        "Business State,Business Postal Code,Business Country/Region,Home Street,Home City,"
        "Home State,Home Postal Code,Home Country/Region,Other Street,Other City,Other State,"
        "Other Postal Code,Other Country/Region,Personal Web Page,Spouse,Schools,Hobby,"
        "Location,Web Page,Birthday,Anniversary,Notes\r\n"
        "Ann,,Lee,,,,,,a@x.org,,,,,,,,,,,,,,,,,,,,,Nurse,,Mercy Hospital,,,,,,"
        "1 Hospital Dr,Springfield,IL,62701,United States,12 Oak St Apt 3,Springfield,IL,62704,"
        "United States,,,,,,,,,,,,,,\r\n"
        "Bo,,Chan,,,,,,b@x.org,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,400 Elm Ave,Chicago,IL,60614,"
        ",,,,,,,,,,,,,,,\r\n"
        "Sam,J.,Ortiz,Dr.,,,,,s@x.org,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,"
        "77 Pine Rd,Austin,TX,78701,,,,,,,,,,\r\n",
        (
            US1,
            ("Bo Chan", ("400 Elm Ave", "Chicago, IL 60614")),
            ("Dr. Sam J. Ortiz", ("77 Pine Rd", "Austin, TX 78701")),
        ),
    ),
    Case(
        # Apple Contacts' vCard converted to Outlook's CSV: the ADR street lines in one cell.
        "vcard-to-csv-home-street-two-lines",
        "First Name,Middle Name,Last Name,Title,Suffix,Nickname,E-mail Address,Home Phone,"
        "Mobile Phone,Company,Home Street,Home City,Home State,Home Postal Code,"
        "Home Country/Region,Business Street,Business City,Business State,"
        "Business Postal Code,Business Country/Region,Notes\n"
        'Ann,,Lee,,,,a@x.org,,217-555-0100,,"12 Oak St\nApt 3",Springfield,IL,62704,'
        "United States,,,,,,\n"
        'Oliver,,Smith,,,,o@x.uk,,,,"Flat 2\n10 Broad Lane",Sheffield,,S10 1UA,'
        "United Kingdom,,,,,,\n",
        (
            US1,
            ("Oliver Smith", ("Flat 2", "10 Broad Lane", "Sheffield", "S10 1UA", "UNITED KINGDOM")),
        ),
    ),
    Case(
        # Rock RMS people CSV: a family's child at the family's home address; Nick Name unused.
        "rock-rms-people-home-address",
        "Id,Family Id,Family Role,First Name,Last Name,Nick Name,Middle Name,Suffix,Home Phone,"
        "Mobile Phone,Is SMS Enabled,Email,Email Preference,Gender,Marital Status,Birthdate,"
        "Anniversay Date,Record Status,Inactive Reason,Is Deceased,Connection Status,Grade,"
        "Home Address Street 1,Home Address Street 2,Home Address City,Home Address State,"
        "Home Address Postal Code,Home Address Country,Created Date Time,Modified Date Time,"
        "Note,Campus Id,Campus Name,Give Individually\n"
        "11,1,Adult,Ann,Lee,,,,217-555-0100,,True,a@x.org,EmailAllowed,Female,Married,"
        "1/2/1980,,Active,,False,Member,,12 Oak St,Apt 3,Springfield,IL,62704,US,"
        "1/1/2020 12:00:00 AM,,,1,Main Campus,False\n"
        "12,1,Child,Ella,Lee,,,,,,,,,Female,Single,3/4/2012,,Active,,False,Member,6,"
        "12 Oak St,Apt 3,Springfield,IL,62704,US,1/1/2020 12:00:00 AM,,,1,Main Campus,False\n"
        "21,2,Adult,Robert,King,Bob,Allen,Jr.,,,,r@x.org,,Male,,,,Active,,False,Attendee,,"
        "9 Lake Rd,,Madison,WI,53703,US,,,,1,Main Campus,False\n",
        (
            US1,
            ("Ella Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            ("Robert Allen King Jr.", ("9 Lake Rd", "Madison, WI 53703")),
        ),
    ),
    Case(
        # Paycom's census export (a workplace drive): the mailing set wins where it is filled.
        "paycom-census-primary-mailing",
        "Employee_Code,Legal_Firstname,Legal_Lastname,Legal_Middle_Name,Employee_Status,"
        "Work_Email,Personal_Email,Primary_Phone,Primary_Address_Line_1,Primary_Address_Line_2,"
        "Primary_City/Municipality,Primary_State/Province,Primary_Zip/Postal_Code,"
        "Mailing_Address_Line_1,Mailing_Address_Line_2,Mailing_City/Municipality,"
        "Mailing_State/Province,Mailing_Zip/Postal_Code,Department_Desc\n"
        "E01,Ann,Lee,,Active,ann@corp.com,a@x.org,217-555-0100,12 Oak St,Apt 3,Springfield,IL,"
        "62704,,,,,,Nursing\n"
        "E02,Carlos,Vega,M,Active,cv@corp.com,,312-555-0101,400 Elm Ave,,Chicago,IL,60614,"
        "PO Box 77,,Chicago,IL,60690,Pharmacy\n",
        (US1, ("Carlos M Vega", ("PO Box 77", "Chicago, IL 60690"))),
    ),
    Case(
        # LinkedIn Connections.csv: a "Notes:" preamble; names and employers, no address.
        "linkedin-connections-notes-preamble",
        "Notes:\n"
        '"When exporting your connection data, you may notice that some of the email addresses '
        'are missing. You will only see email addresses for connections who have allowed it."\n'
        "\n"
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ann,Lee,https://www.linkedin.com/in/annlee,,Mercy Hospital,Nurse,05 Oct 2020\n"
        "Tom,Merrill,https://www.linkedin.com/in/tommerrill,t@x.org,Ridgeline Capital,GP,"
        "03 Jan 2024\n",
        (("Ann Lee", ()), ("Tom Merrill", ())),
    ),
    Case(
        # kintone records in Shift-JIS: 作成者/更新者 (created/updated by) are staff, not signers.
        "kintone-records-sjis-created-by",
        "レコード番号,作成者,作成日時,更新者,更新日時,氏名,フリガナ,郵便番号,都道府県,市区町村,"
        "番地,建物名・部屋番号,電話番号,メールアドレス\r\n"
        "1,佐藤 健,2026-11-01T09:00:00Z,佐藤 健,2026-11-01T09:00:00Z,山田 花子,ヤマダ ハナコ,"
        "541-0053,大阪府,大阪市中央区,本町2-3-4,メゾン本町305,06-0000-0000,h@x.jp\r\n"
        "2,佐藤 健,2026-11-01T09:10:00Z,鈴木 一郎,2026-11-02T10:00:00Z,高橋 美咲,タカハシ ミサキ,"
        "150-0002,東京都,渋谷区,渋谷2-21-1,,03-0000-0000,m@x.jp\r\n",
        (
            ("山田 花子", ("541-0053", "大阪府", "大阪市中央区", "本町2-3-4", "メゾン本町305")),
            ("高橋 美咲", ("150-0002", "東京都", "渋谷区", "渋谷2-21-1")),
        ),
        country="JP",
        language="ja",
        encoding="cp932",
    ),
    Case(
        # Etsy Sold Orders: the buyer's Full Name and the ship-to columns; a buyer in the UK.
        "etsy-sold-orders-ship-to",
        "Sale Date,Order ID,Buyer User ID,Full Name,First Name,Last Name,Number of Items,"
        "Payment Method,Date Shipped,Street 1,Street 2,Ship City,Ship State,Ship Zipcode,"
        "Ship Country,Currency,Order Value,Coupon Code,Coupon Details,Discount Amount,"
        "Shipping Discount,Shipping,Sales Tax,Order Total,Status,Card Processing Fees,Order Net,"
        "Adjusted Order Total,Adjusted Card Processing Fees,Adjusted Net Order Amount,Buyer,"
        "Order Type,Payment Type,InPerson Discount,InPerson Location,SKU\n"
        "11/01/26,3012345678,annlee12,Ann Lee,Ann,Lee,1,Credit Card,11/03/26,12 Oak St,Apt 3,"
        "Springfield,IL,62704,United States,USD,20.00,,,0,0,4.00,1.20,25.20,Completed,1.06,"
        "24.14,,,,annlee12,online,online_cc,,,PIN-01\n"
        "11/02/26,3012345679,ollie_s,Oliver Smith,Oliver,Smith,2,PayPal,11/04/26,10 Broad Lane,,"
        "Sheffield,,S10 1UA,United Kingdom,USD,40.00,,,0,0,12.00,0,52.00,Completed,0,52.00,,,,"
        "ollie_s,online,paypal,,,PIN-02\n"
        "11/02/26,3012345680,dgarcia,Diego Garcia,Diego,Garcia,1,Credit Card,11/04/26,"
        "9 Ocean Dr,,Miami,FL,33139,United States,USD,20.00,,,0,0,4.00,1.40,25.40,Completed,"
        "1.07,24.33,,,,dgarcia,online,online_cc,,,PIN-01\n",
        (
            US1,
            ("Oliver Smith", ("10 Broad Lane", "Sheffield", "S10 1UA", "UNITED KINGDOM")),
            ("Diego Garcia", ("9 Ocean Dr", "Miami, FL 33139")),
        ),
    ),
    Case(
        # PayPal's Subscriptions Activity Report: the payer's name and PayPal's shipping address.
        "paypal-subscriptions-report",
        "Subscription ID,Subscription Action Type,Subscription Currency,"
        "Subscription Creation Date,Subscription Period 1,Period 1 Amount,"
        "Subscription Period 2,Period 2 Amount,Subscription Period 3,Period 3 Amount,Recurring,"
        "Recurrence number,Subscription Payer PayPal Account ID,"
        "Subscription Payer email address,Subscription Payer Name,"
        "Subscription Payer Business Name,Shipping Address Line1,Shipping Address City,"
        "Shipping Address State,Shipping Address Zip,Shipping Address Country,"
        "Subscription Description,Subscription Memo,Subscription Custom Field\n"
        "I-ABC123,S0000,USD,2026/11/01 09:00:00 -0800,,,,,1 M,10.00,Y,,PAYER1,a@x.org,Ann Lee,,"
        "12 Oak St Apt 3,Springfield,IL,62704,US,Monthly gift,,\n"
        "I-ABC124,S0000,USD,2026/11/02 09:00:00 -0800,,,,,1 M,25.00,Y,,PAYER2,k@x.ca,"
        "Kevin Roy,,24 Sussex Dr,Ottawa,ON,K1M 1M4,CA,Monthly gift,,\n",
        (US1, ("Kevin Roy", ("24 Sussex Dr", "Ottawa ON K1M 1M4", "CANADA"))),
    ),
    Case(
        # Elvanto (Australian church software) giving export: the person's mailing set.
        "elvanto-giving-mailing-columns",
        "Tax Ded.,Member ID,Person,Email Address,Phone Number,Account / Sub Account,Amount,"
        "Method,Transaction Date,Check Number,Campus,First Name,Labels,Last Name,"
        "Mailing Address,Mailing Address Line 2,Mailing City,Mailing State,Mailing Zip Code\r\n"
        "Yes,M-101,Grace Wilson,g@x.au,0400 000 000,General Offering,50.00,Card,01/11/2026,,"
        "City,Grace,,Wilson,Unit 4,12 George St,Sydney,NSW,2000\r\n"
        "Yes,M-102,Liam Nguyen,l@x.au,0400 000 001,Missions,20.00,Bank,02/11/2026,,City,Liam,,"
        "Nguyen,5 Collins St,,Melbourne,VIC,3000\r\n",
        (
            ("Grace Wilson", ("Unit 4", "12 George St", "Sydney NSW 2000")),
            ("Liam Nguyen", ("5 Collins St", "Melbourne VIC 3000")),
        ),
        country="AU",
    ),
    Case(
        # Pushpay giving export: a whole "Address" beside its parts, printed once.
        "pushpay-giving-address-and-parts",
        "Tax Deductible,Payer ID,First Name,Last Name,Email,Mobile Number,Fund Name,Amount,"
        "Payment Type,Received On,Payment Reference,Address,Address 1,Address 2,City,State,Zip,"
        "Member Type\n"
        "true,P-1,Ann,Lee,a@x.org,(217) 555-0100,Tithes,100.00,Visa,11/01/2026,R-1,"
        '"12 Oak St, Apt 3, Springfield, IL 62704",12 Oak St,Apt 3,Springfield,IL,62704,Member\n'
        "true,P-2,Marcus,Bell,m@x.org,(312) 555-0199,Missions,25.00,ACH,11/02/2026,R-2,"
        '"400 Elm Ave, Chicago, IL 60614",400 Elm Ave,,Chicago,IL,60614,Visitor\n',
        (US1, ("Marcus Bell", ("400 Elm Ave", "Chicago, IL 60614"))),
    ),
    Case(
        # Fellowship One contributions: Street_1..3 with a c/o line and a PO box.
        "fellowship-one-contributions",
        "Contributor_ID,Contributor_Name,Preferred_Phone,Preferred_Email,Fund,Fund_Type,"
        "Received_Date,Type,Reference,Amount,Street_1,Street_2,Street_3,City,State_Province,"
        "Postal_Code,Contributor_Type\n"
        "5001,Ann Lee,217-555-0100,a@x.org,General,Contribution,11/01/2026,Check,1041,100.00,"
        "12 Oak St,Apt 3,,Springfield,IL,62704,Individual\n"
        "5002,Henry Ford,313-555-0100,h@x.org,Building,Contribution,11/01/2026,Cash,,40.00,"
        "c/o Ford Family Trust,PO Box 1919,,Dearborn,MI,48121,Individual\n",
        (US1, ("Henry Ford", ("c/o Ford Family Trust", "PO Box 1919", "Dearborn, MI 48121"))),
    ),
    Case(
        # TntConnect (TntMPD) donors: "First/Given Name"; the spouse's columns are not the signer.
        "tntmpd-donors-spouse-columns",
        "Donor Code/ID,Donor Name,Is Organization,Organization Name,Title,First/Given Name,"
        "Middle Name,Last/Family Name,Suffix,Spouse Title,Spouse First/Given Name,"
        "Spouse Middle Name,Spouse Last/Family Name,Street Address,City,State/Province,"
        "ZIP/Postal Code,Country,Phone,Email\n"
        "D1,,False,,Mrs.,Ann,,Lee,,Mr.,Bo,,Lee,12 Oak St Apt 3,Springfield,IL,62704,USA,,a@x.org\n"
        'D2,,False,,,Tomás,,Ruiz,,,,,,"88 Bay St\nUnit 5",Tampa,FL,33602,USA,,t@x.org\n',
        (
            ("Mrs. Ann Lee", US1[1]),
            ("Mr. Bo Lee", US1[1]),
            ("Tomás Ruiz", ("88 Bay St Unit 5", "Tampa, FL 33602")),
        ),
    ),
    Case(
        # Zeffy contacts (camelCase): "locale" holds EN/FR, a language, never a country.
        "zeffy-contacts-locale-column",
        "firstName,lastName,email,locale,address,city,region,postalCode,country,birthdate,phone,"
        "note,tag\n"
        "Ann,Lee,a@x.org,EN,12 Oak St Apt 3,Springfield,IL,62704,US,,,,donor\n"
        "Élise,Gagnon,e@x.ca,FR,1234 rue Saint-Denis,Montréal,QC,H2X 3J6,CA,,,,bénévole\n"
        "Noah,Brown,n@x.org,EN,400 Elm Ave,Chicago,IL,60614,US,,,,\n",
        (
            US1,
            ("Élise Gagnon", ("1234 rue Saint-Denis", "Montréal QC H2X 3J6", "CANADA")),
            ("Noah Brown", ("400 Elm Ave", "Chicago, IL 60614")),
        ),
    ),
    Case(
        # FACTS (Aware3) giving: Organization is the parish, not the signer.
        "facts-aware3-giving",
        "User ID,First Name,Last Name,Email,Street,City,State,Postal Code,Country,Fund,Amount,"
        "Type,Initiated Date,Organization,Transaction ID\n"
        "U1,Ann,Lee,a@x.org,12 Oak St Apt 3,Springfield,IL,62704,US,General,50.00,Card,"
        "2026-11-01,St. Mark Parish,T1\n"
        "U2,Kofi,Mensah,k@x.org,77 Pine Rd,Austin,TX,78701,US,Missions,20.00,ACH,2026-11-02,"
        "St. Mark Parish,T2\n",
        (US1, ("Kofi Mensah", ("77 Pine Rd", "Austin, TX 78701"))),
    ),
    Case(
        # Churchteams giving: glued headers (FirstName, Address1, ZipCode).
        "churchteams-giving-glued-headers",
        "TaxDeductible,MemberID,FirstName,LastName,EmailAddress,MobilePhone,Designation,Amount,"
        "Method,Date,Check/Reference Number,Address1,Address2,City,State,ZipCode\n"
        "Y,101,Ann,Lee,a@x.org,2175550100,General Fund,75.00,Check,11/01/2026,2231,12 Oak St,"
        "Apt 3,Springfield,IL,62704\n"
        "Y,102,Grace,Kim,g@x.org,2065550100,Building,30.00,Card,11/01/2026,,1201 3rd Ave,"
        "Ste 400,Seattle,WA,98101\n",
        (US1, ("Grace Kim", ("1201 3rd Ave Ste 400", "Seattle, WA 98101"))),
    ),
    Case(
        # LibreOffice Calc "Text CSV": every cell quoted, ";" between, a ";" inside a note.
        "libreoffice-all-quoted-semicolon",
        '"Name";"Street";"Apartment";"City";"State";"ZIP";"Notes"\n'
        '"Ann Lee";"12 Oak St";"Apt 3";"Springfield";"IL";"62704";"can help; has a car"\n'
        '"Luis Ortega";"9 Ocean Dr";"";"Miami";"FL";"33139";""\n',
        (US1, ("Luis Ortega", ("9 Ocean Dr", "Miami, FL 33139"))),
    ),
    Case(
        # CanadaHelps CharityDataDownload: headers in capitals; a donor across the border.
        "canadahelps-charity-data-download",
        "TRANSACTION NUMBER,DONATION DATE,DONOR TITLE,DONOR FIRST NAME,DONOR LAST NAME,"
        "DONOR COMPANY NAME,DONOR ADDRESS 1,DONOR ADDRESS 2,DONOR CITY,DONOR PROVINCE/STATE,"
        "DONOR POSTAL/ZIP CODE,DONOR COUNTRY,DONOR PHONE NUMBER,DONOR EMAIL ADDRESS,AMOUNT,"
        "DONATION SOURCE,MESSAGE TO CHARITY,FEE,DISBURSEMENT DATE,MONTHLY GIFT ID\r\n"
        "CH1001,2026/11/01,Mrs.,Marie,Roy,,24 Sussex Dr,,Ottawa,ON,K1M 1M4,Canada,"
        "613-555-0100,m@x.ca,50.00,Online,Merci!,2.00,2026/11/15,\r\n"
        "CH1002,2026/11/02,,Arjun,Patel,Patel Holdings,100 King St W,Suite 1200,Toronto,ON,"
        "M5X 1A9,Canada,,a@x.ca,100.00,Online,,4.00,2026/11/15,MG-7\r\n"
        "CH1003,2026/11/03,Mr.,Dave,Kowalski,,455 Main St,,Buffalo,NY,14203,United States,,"
        "d@x.com,25.00,Online,,1.00,2026/11/15,\r\n",
        (
            ("Mrs. Marie Roy", ("24 Sussex Dr", "Ottawa ON K1M 1M4")),
            ("Arjun Patel", ("100 King St W", "Suite 1200", "Toronto ON M5X 1A9")),
            ("Mr. Dave Kowalski", ("455 Main St", "Buffalo, NY 14203", "UNITED STATES")),
        ),
        country="CA",
    ),
    Case(
        # Mac Excel "Tab Delimited Text": Mac Roman, CR line ends, tabs.
        "mac-excel-tab-delimited-mac-roman-cr",
        "Name\tStreet\tCity\tState\tZip\r"
        "José Muñoz\t12 Oak St Apt 3\tSpringfield\tIL\t62704\r"
        "Zoë Brontë\t400 Elm Ave\tChicago\tIL\t60614\r",
        (
            ("José Muñoz", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            ("Zoë Brontë", ("400 Elm Ave", "Chicago, IL 60614")),
        ),
        encoding="mac_roman",
    ),
    Case(
        # Windows Excel "Text (Tab delimited)" in Spain: Windows-1252, tabs, a quoted comma.
        "es-excel-text-tab-delimited-cp1252",
        "Nombre\tApellidos\tDirección\tCódigo postal\tLocalidad\tProvincia\r\n"
        'Begoña\tIbáñez Peña\t"Calle de Alcalá, 48, 3º B"\t28014\tMadrid\tMadrid\r\n'
        "Jordi\tPuig\tPasseig de Gràcia 92\t08008\tBarcelona\tBarcelona\r\n",
        (
            ("Begoña Ibáñez Peña", ("Calle de Alcalá, 48, 3º B", "28014 Madrid")),
            ("Jordi Puig", ("Passeig de Gràcia 92", "08008 Barcelona")),
        ),
        country="ES",
        language="es",
        encoding="cp1252",
    ),
    Case(
        # Notion database export: UTF-8 with BOM, the title property first.
        "notion-database-export",
        "\ufeffName,Address,City,State,ZIP,Signed,Tags\n"
        'Ann Lee,12 Oak St Apt 3,Springfield,IL,62704,Yes,"volunteer, donor"\n'
        "Sam Ortiz,77 Pine Rd,Austin,TX,78701,No,\n",
        (US1, ("Sam Ortiz", ("77 Pine Rd", "Austin, TX 78701"))),
    ),
    Case(
        # Eventbrite attendee report with only the billing set asked for: it prints (said).
        "eventbrite-billing-address-only",
        "Order #,Order Date,First Name,Last Name,Email,Quantity,Ticket Type,Attendee #,"
        "Billing Address 1,Billing Address 2,Billing City,Billing State,Billing Zip,"
        "Billing Country,Attendee Status\n"
        "1001,2026-11-01 09:00,Ann,Lee,a@x.org,1,General,A1,12 Oak St,Apt 3,Springfield,IL,"
        "62704,US,Attending\n"
        "1002,2026-11-01 10:00,Omar,Haddad,o@x.org,1,General,A2,55 Lake Shore Dr,Unit 7,"
        "Chicago,IL,60611,US,Attending\n",
        (US1, ("Omar Haddad", ("55 Lake Shore Dr Unit 7", "Chicago, IL 60611"))),
    ),
    Case(
        # Outlook's full CSV (Outlook 2003, Google's "Outlook CSV"): Home Address written whole
        # beside its parts (printed once), a PO box column, and "Billing Information" and
        # "Location", which are no address.
        "outlook-csv-home-address-whole-and-parts",
        "First Name,Middle Name,Last Name,Title,Suffix,Initials,Web Page,Gender,Birthday,"
        "Anniversary,Location,Language,Internet Free Busy,Notes,E-mail Address,"
        "E-mail 2 Address,E-mail 3 Address,Primary Phone,Home Phone,Home Phone 2,Mobile Phone,"
        "Pager,Home Fax,Home Address,Home Street,Home Street 2,Home Street 3,"
        "Home Address PO Box,Home City,Home State,Home Postal Code,Home Country,Spouse,"
        "Children,Manager's Name,Assistant's Name,Referred By,Company Main Phone,"
        "Business Phone,Business Phone 2,Business Fax,Assistant's Phone,Company,Job Title,"
        "Department,Office Location,Organizational ID Number,Profession,Account,"
        "Business Address,Business Street,Business Street 2,Business Street 3,"
        "Business Address PO Box,Business City,Business State,Business Postal Code,"
        "Business Country,Other Phone,Other Fax,Other Address,Other Street,Other Street 2,"
        "Other Street 3,Other Address PO Box,Other City,Other State,Other Postal Code,"
        "Other Country,Callback,Car Phone,ISDN,Radio Phone,TTY/TDD Phone,Telex,User 1,User 2,"
        "User 3,User 4,Keywords,Mileage,Hobby,Billing Information,Directory Server,Sensitivity,"
        'Priority,Private,Categories\r\nAnn,,Lee,,,,,,,,Building 4,,,,,,,,,,,,,"12 Oak St\n'
        'Apt 3\nSpringfield, IL 62704",12 Oak St,Apt 3,,,Springfield,IL,62704,United States,,,'
        ",,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,Net 30,,,,,\r\nMarta,,Silva,,,,,,,,,,,"
        ",,,,,,,,,,,,,,PO Box 88,Newark,NJ,07102,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,"
        ",,,,,Invoice quarterly,,,,,\r\n",
        (US1, ("Marta Silva", ("PO Box 88", "Newark, NJ 07102"))),
    ),
    Case(
        # Google Forms in Traditional Chinese: 時間戳記 first, the address in one cell.
        "gforms-zh-tw-address-one-cell",
        "時間戳記,電子郵件地址,姓名,郵遞區號,地址\r\n"
        "2026/11/1 上午 9:00:00,y@x.tw,陳怡君,106,臺北市大安區羅斯福路四段1號\r\n"
        "2026/11/1 上午 9:05:00,l@x.tw,林志明,802,高雄市苓雅區四維三路2號5樓\r\n",
        (
            ("陳怡君", ("106", "臺北市大安區羅斯福路四段1號")),
            ("林志明", ("802", "高雄市苓雅區四維三路2號5樓")),
        ),
        country="TW",
        language="zh-Hant",
    ),
    Case(
        # Paid Memberships Pro members_list.csv: "firstname" and "lastname" glued, a billing name.
        "pmpro-members-list",
        "id,username,firstname,lastname,email,billing firstname,billing lastname,address1,"
        "address2,city,state,zipcode,country,phone,membership,initial payment,fee,term,"
        "discount_code_id,discount_code,joined,expires\n12,annlee,Ann,Lee,a@x.org,Ann,Lee,"
        "12 Oak St,Apt 3,Springfield,IL,62704,US,2175550100,Supporter,10.00,10.00,Month,,,"
        "2026-01-02,Never\n13,gkim,Grace,Kim,g@x.org,Grace,Kim,1201 3rd Ave,Ste 400,Seattle,WA,"
        "98101,US,,Supporter,10.00,10.00,Month,,,2026-02-03,Never\n",
        (US1, ("Grace Kim", ("1201 3rd Ave Ste 400", "Seattle, WA 98101"))),
    ),
    Case(
        # BigCommerce customers: each address numbered " - 1", " - 2" after its field names,
        # with its own recipient name; the first address prints, state names as their codes.
        "bigcommerce-customers-numbered-addresses",
        "Customer ID,Email Address,First Name,Last Name,Company,Phone,Notes,Store Credit,"
        "Customer Group,Address ID - 1,Address First Name - 1,Address Last Name - 1,"
        "Address Company - 1,Address Line 1 - 1,Address Line 2 - 1,Address City - 1,"
        "Address State - 1,Address Zip - 1,Address Country - 1,Address Phone - 1,"
        "Address ID - 2,Address First Name - 2,Address Last Name - 2,Address Company - 2,"
        "Address Line 1 - 2,Address Line 2 - 2,Address City - 2,Address State - 2,"
        "Address Zip - 2,Address Country - 2,Address Phone - 2\n1,a@x.org,Ann,Lee,,2175550100,,"
        "0.00,Retail,11,Ann,Lee,,12 Oak St,Apt 3,Springfield,Illinois,62704,United States,"
        "2175550100,,,,,,,,,,,\n2,d@x.org,Dana,Cruz,Acme,,,0.00,Retail,12,Dana,Cruz,,"
        "77 Pine Rd,,Austin,Texas,78701,United States,,13,Dana,Cruz,Acme,1 Corp Plaza,,Chicago,"
        "Illinois,60601,United States,\n",
        (US1, ("Dana Cruz", ("77 Pine Rd", "Austin, TX 78701"))),
    ),
    Case(
        # A Google Sheets download: CRLF rows, "Mailing address" beside plain City/State/Zip (one
        # set), the street in one cell with a line break.
        "google-sheets-crlf-multiline-street",
        "Name,Mailing address,City,State,Zip\r\n"
        'Ann Lee,"12 Oak St\nApt 3",Springfield,IL,62704\r\n'
        'Priya Raman,"Unit 7\n55 Lake Shore Dr",Chicago,IL,60611\r\n',
        (US1, ("Priya Raman", ("55 Lake Shore Dr Unit 7", "Chicago, IL 60611"))),
    ),
    Case(
        # ACS Technologies giving export: "Last, First" names and CSZ, the town, state and ZIP
        # in one cell.
        "acs-giving-csz-column",
        "IndvID,Name,Phone,Address1,Address2,CSZ,Description,Amount,FullType,PostDate,"
        "Reference\r\n"
        '1201,"Lee, Ann",(217) 555-0100,12 Oak St,Apt 3,"Springfield, IL 62704",General Fund,'
        "50.00,Check,11/01/2026,1041\r\n"
        '1202,"Okafor, Chidi",,PO Box 21,,"Peoria, IL 61601-0021",Missions,25.00,Cash,'
        "11/01/2026,\r\n",
        (US1, ("Chidi Okafor", ("PO Box 21", "Peoria, IL 61601-0021"))),
    ),
)

"""Signer lists read by their structure and values (slice "table" of issue 20): a separator
other than comma, semicolon or tab; a form's test entry standing where a signer would; columns
beside an incomplete address that a person can tell are not its missing part. Headers as
tests/data/exports/SOURCES.md names them; the rows are our own sample people."""

from __future__ import annotations

from signer_corpus import US1, Case

#: The Federal Election Commission's individual contributions file (bulk data, "|"-separated;
#: its header file names the columns): a donor's name, town, state and ZIP, never a street.
_FEC_HEADER = (
    "CMTE_ID|AMNDT_IND|RPT_TP|TRANSACTION_PGI|IMAGE_NUM|TRANSACTION_TP|ENTITY_TP|NAME|CITY|"
    "STATE|ZIP_CODE|EMPLOYER|OCCUPATION|TRANSACTION_DT|TRANSACTION_AMT|OTHER_ID|TRAN_ID|"
    "FILE_NUM|MEMO_CD|MEMO_TEXT|SUB_ID\n"
)

_SHOPIFY_ORDERS = (
    "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,"
    "Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,"
    "Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,"
    "Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,"
    "Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,"
    "Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,"
    "Shipping Street,Shipping Address1,Shipping Address2,Shipping Company,Shipping City,"
    "Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,Notes,Note Attributes,"
    "Cancelled at,Payment Method,Payment Reference,Refunded Amount,Vendor,Id,Tags,Risk Level,"
    "Source\n"
)

#: Google Contacts' CSV: numbered address sets, each with a label column saying which it is.
_GOOGLE = (
    "Name,Given Name,Family Name,E-mail 1 - Type,E-mail 1 - Value,Address 1 - Type,"
    "Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,"
    "Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,"
    "Address 1 - Extended Address,Address 2 - Type,Address 2 - Formatted,Address 2 - Street,"
    "Address 2 - City,Address 2 - PO Box,Address 2 - Region,Address 2 - Postal Code,"
    "Address 2 - Country,Address 2 - Extended Address\n"
)

TABLE = (
    Case(
        # A state voter file as county offices hand it out: "|" between the cells.
        "pipe-delimited-voter-extract",
        "VOTER_ID|LAST_NAME|FIRST_NAME|MIDDLE_NAME|RES_ADDRESS|RES_CITY|RES_STATE|RES_ZIP\n"
        "000123|LEE|ANN||12 OAK ST APT 3|SPRINGFIELD|IL|62704\n",
        (("ANN LEE", ("12 OAK ST APT 3", "SPRINGFIELD, IL 62704")),),
    ),
    Case(
        # No street in the file: the amendment flag 'N', the report type 'M12', the election
        # 'P2026' and the employer are not offered as the street the row lacks.
        "fec-individual-contributions-pipe",
        _FEC_HEADER + "C00401224|N|M12|P2026|202612019876543210|15E|IND|LEE, ANN|SPRINGFIELD|IL|"
        "627041234|NOT EMPLOYED|NOT EMPLOYED|11012026|25|C00000001|SA11AI_1|1234567||EARMARKED|"
        "4120120261234567890\n",
        (("ANN LEE", ("SPRINGFIELD, IL 62704-1234",)),),
    ),
    Case(
        # Meta's lead form test entry: no letter for it (a warning at its row).
        "meta-lead-ads-with-test-lead",
        "id,created_time,ad_id,ad_name,adset_id,adset_name,campaign_id,campaign_name,form_id,"
        "form_name,is_organic,platform,full_name,phone_number,email,street_address,city,state,"
        "zip_code,inbox_url,lead_status\n"
        "l:2046983545902460,2026-11-01T09:00:00-06:00,ag:1,Write for Rights,as:1,Springfield,"
        "c:1,Letters 2026,f:1,Sign up to write,false,fb,Ann Lee,p:+12175550100,a@x.org,"
        "12 Oak St Apt 3,Springfield,IL,62704,https://x,CREATED\n"
        "l:1359317866399979,2026-11-01T10:00:00-06:00,,,,,,,f:1,Sign up to write,true,,"
        "<test lead: dummy data for full_name>,p:<test lead: dummy data for phone_number>,"
        "test@meta.com,<test lead: dummy data for street_address>,"
        "<test lead: dummy data for city>,<test lead: dummy data for state>,"
        "<test lead: dummy data for zip_code>,,CREATED\n",
        (US1,),
    ),
    Case(
        # A sheet made from a mail-merge template, its field row left in.
        "merge-fields-row-left-in",
        "First Name,Last Name,Address,City,State,Zip\n"
        "{{first_name}},{{last_name}},{{address}},{{city}},{{state}},{{zip}}\n"
        "Ann,Lee,12 Oak St Apt 3,Springfield,IL,62704\n",
        (US1,),
    ),
    Case(
        # The person gave a town and state; the company's address is somebody else's, and the
        # "Lists" a contact is on ('Volunteers') is not the street the row lacks.
        "apollo-people-company-address-beside",
        "First Name,Last Name,Title,Company,Company Name for Emails,Email,Work Direct Phone,"
        "Mobile Phone,City,State,Country,Company Street,Company City,Company State,"
        "Company Postal Code,Company Country,Contact Owner,Lists\n"
        "Ann,Lee,Teacher,Springfield SD,Springfield SD,a@x.org,,,Springfield,Illinois,"
        "United States,1 School Rd,Springfield,Illinois,62701,United States,Sam Admin,"
        "Volunteers\n",
        (("Ann Lee", ("Springfield, IL",)),),
    ),
    Case(
        # A membership level ('Family') beside the town is neither a street nor a US state.
        "wild-apricot-contacts-city-only",
        "User ID,First name,Last name,Email,Phone,City,Membership level,Membership status,"
        "Member since,Renewal due\r\n"
        "1,Ann,Lee,a@x.org,217-555-0100,Springfield,Family,Active,2019-03-01,2027-01-01\r\n",
        (("Ann Lee", ("Springfield",)),),
    ),
    Case(
        # Shopify's Name is the order number: the billing name signs.
        "shopify-orders-name-is-the-order",
        _SHOPIFY_ORDERS
        + "#1001,a@x.org,paid,2026-11-01 09:00:00 -0600,fulfilled,2026-11-02 09:00:00 -0600,yes,"
        "USD,20.00,0.00,0.00,20.00,,0.00,Standard,2026-11-01 09:00:00 -0600,1,Write for Rights "
        "tote,20.00,,TOTE-1,true,true,fulfilled,Ann Lee,12 Oak St,12 Oak St,Apt 3,,Springfield,"
        "62704,IL,US,,Ann Lee,12 Oak St,12 Oak St,Apt 3,,Springfield,62704,IL,US,,,,,"
        "Shopify Payments,c1,0.00,Our Shop,5001,,Low,web\n"
        ",a@x.org,,,,,,,,,,,,,,2026-11-01 09:00:00 -0600,1,Sticker pack,5.00,,STK-1,true,true,"
        "fulfilled,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,\n",
        (US1,),
    ),
    Case(
        # Its older CSV ("Address N - Type"), one row each way, and a row with work alone.
        "google-contacts-type-row-by-row",
        _GOOGLE
        + "Ann Lee,Ann,Lee,* Work,a@x.org,Work,,1 Corp Plaza,Chicago,,IL,60601,United States,"
        "Suite 900,Home,,12 Oak St,Springfield,,IL,62704,United States,Apt 3\n"
        "Bo Chan,Bo,Chan,* Home,b@x.org,* Home,,40 Elm St,Peoria,,IL,61602,United States,,Other,"
        ",9 Lake Rd,Lakeside,,MI,49116,United States,\n"
        "Cy Ray,Cy,Ray,,c@x.org,Work,,5 Main St,Urbana,,IL,61801,United States,,,,,,,,,,\n",
        (
            US1,
            ("Bo Chan", ("40 Elm St", "Peoria, IL 61602")),
            ("Cy Ray", ("5 Main St", "Urbana, IL 61801")),
        ),
    ),
    Case(
        # A club roster's address lines 1 to 5: the town line in the fifth, read as the town,
        # region and ZIP by its values; "Ann Lee, DTM" keeps the letters after the name.
        "toastmasters-club-roster",
        "Customer ID,Name,Company / In Care Of,Addr L1,Addr L2,Addr L3,Addr L4,Addr L5,Country,"
        "OptOut Mail,Email,Secondary Email,OptOut Email,Home Phone,Mobile Phone,"
        "Additional Phone,OptOut Phone,Paid Until,Member of Club Since,Original Join Date,"
        "status,Current Position,Future Position,Pathways Enrolled\n"
        '01234567,"Ann Lee, DTM",,12 Oak St,Apt 3,,,"Springfield, IL 62704-1234",USA,,a@x.org,'
        ",,,217-555-0100,,,03/31/2027,01/01/2020,01/01/2015,paid,President,,Yes\n"
        '07654321,Bo Chan,,400 Elm Ave,,,,"Chicago, IL 60614",USA,Opted-out,b@x.org,,,,,,,'
        "03/31/2027,01/01/2022,01/01/2022,paid,,,No\n",
        (
            ("Ann Lee, DTM", ("12 Oak St Apt 3", "Springfield, IL 62704-1234")),
            ("Bo Chan", ("400 Elm Ave", "Chicago, IL 60614")),
        ),
        said=("town, region and postcode <- Addr L5 (its values are towns with their state",),
    ),
    Case(
        # Address lines typed into a sheet, the town line in the third or, with no second
        # line, the second: every line prints.
        "address-lines-town-line-third",
        "Name,Address Line 1,Address Line 2,Address Line 3,Address Line 4,Email\n"
        'Ann Lee,12 Oak St,Apt 3,"Springfield, IL 62704",,a@x.org\n'
        'Bo Chan,400 Elm Ave,"Chicago, IL 60614",,,b@x.org\n'
        'Cy Ray,5 Main St,Unit 2,"Urbana, IL 61801",,c@x.org\n',
        (
            US1,
            ("Bo Chan", ("400 Elm Ave", "Chicago, IL 60614")),
            ("Cy Ray", ("5 Main St Unit 2", "Urbana, IL 61801")),
        ),
    ),
    Case(
        # Meetup's member list gives a town and state only: it prints, with the row warning.
        "meetup-members-location-only",
        "Name,User ID,Title,Member Profile,Location,Joined Group on,Last visited group on,"
        "Last Attended,Total RSVPs,RSVPed Yes,RSVPed Maybe,RSVPed No,Meetups attended,"
        "No shows,Intro,Photo,Assistant Organizer,Mailing List,URL of Member Profile\n"
        'Ann Lee,user 1234,,,"Springfield, IL",11/01/2026,11/20/2026,11/15/2026,3,2,0,1,2,0,'
        "Hi,Yes,No,Yes,https://www.meetup.com/members/1234/\n",
        (("Ann Lee", ("Springfield, IL",)),),
        said=("town, region and postcode <- Location (by its values: towns with their state",),
    ),
    Case(
        # A form's question of where one lives: "Town, State" with or without the ZIP.
        "form-hometown-town-and-state",
        "Timestamp,Your name,Email,Hometown\n"
        '2026-11-01 09:00,Ann Lee,a@x.org,"Austin, Texas"\n'
        '2026-11-01 10:00,Bo Chan,b@x.org,"Portland, OR 97201"\n',
        (("Ann Lee", ("Austin, Texas",)), ("Bo Chan", ("Portland, OR 97201",))),
    ),
    Case(
        # A committee's Schedule A: the contributor's own address, its nine-digit ZIP+4 with
        # its hyphen; the conduit's (ActBlue's) address is never the signer's.
        "fec-schedule-a-conduit-address",
        "form_type,filer_committee_id_number,transaction_id,entity_type,"
        "contributor_organization_name,contributor_last_name,contributor_first_name,"
        "contributor_middle_name,contributor_prefix,contributor_suffix,contributor_street_1,"
        "contributor_street_2,contributor_city,contributor_state,contributor_zip_code,"
        "contribution_date,contribution_amount,contribution_aggregate,contributor_employer,"
        "contributor_occupation,conduit_name,conduit_street1,conduit_street2,conduit_city,"
        "conduit_state,conduit_zip_code,memo_code,memo_text_description\n"
        "SA11AI,C00000000,SA11AI.1,IND,,Lee,Ann,,Ms.,,12 Oak St,Apt 3,Springfield,IL,627041234,"
        "20261101,25.00,250.00,Springfield SD,Teacher,ActBlue,366 Summer Street,,Somerville,MA,"
        "02144,,Earmarked through ActBlue\n",
        (("Ms. Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704-1234")),),
        said=("postal code: '627041234' printed as 62704-1234",),
    ),
    Case(
        # A Salesforce report exported as CSV ("Export Details"): every cell quoted, and the
        # report's footer after blank lines (record count, confidentiality line, copyright).
        "salesforce-report-export-footer",
        '"First Name","Last Name","Mailing Street","Mailing City","Mailing State/Province",'
        '"Mailing Zip/Postal Code","Mailing Country","Email"\n'
        '"Ann","Lee","12 Oak St Apt 3","Springfield","IL","62704","United States","a@x.org"\n'
        '"Rosa","Diaz","400 Elm Ave","Chicago","IL","60614","United States","r@x.org"\n'
        "\n"
        '"Grand Totals (2 records)"\n'
        "\n"
        '"Confidential Information - Do Not Distribute"\n'
        '"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."\n',
        (US1, ("Rosa Diaz", ("400 Elm Ave", "Chicago, IL 60614"))),
        said=("a report's footer below the last signer, not a signer: 'Grand Totals",),
    ),
    Case(
        # QuickBooks Online "Customer Contact List" report: title lines above the header, and
        # the report's timestamp below the rows after two blank lines.
        "quickbooks-customer-contact-list-report",
        "Customer Contact List,,,,,\n"
        "Oak Street Letters,,,,,\n"
        "All Dates,,,,,\n"
        ",,,,,\n"
        "Customer full name,Phone numbers,Email,Full name,Bill address,Ship address\n"
        'Ann Lee,"Phone: (217) 555-0100",a@x.org,Ann Lee,'
        '"12 Oak St Apt 3, Springfield, IL 62704",\n'
        'Rosa Diaz,,r@x.org,Rosa Diaz,"400 Elm Ave, Chicago, IL 60614",\n'
        ",,,,,\n"
        ",,,,,\n"
        '"Friday, December 4, 2026 07:33 AM GMTZ",,,,,\n',
        (US1, ("Rosa Diaz", ("400 Elm Ave", "Chicago, IL 60614"))),
        said=("header: line 5", "a report's footer below the last signer, not a signer: 'Friday"),
    ),
    Case(
        # A volunteer sheet whose last line counts the rows, the count in the notes column.
        "sheet-total-line-count-in-notes",
        "Name,Street,City,State,Zip,Mobile,Notes\n"
        "Ann Lee,12 Oak St Apt 3,Springfield,IL,62704,217 555 0100,\n"
        "Bo Chan,400 Elm Ave,Chicago,IL,60614,,evenings only\n"
        ",,,,,,\n"
        "Total,,,,,,2 volunteers\n",
        (US1, ("Bo Chan", ("400 Elm Ave", "Chicago, IL 60614"))),
    ),
    Case(
        # Benevity writes "Not shared by donor" in the address cells a donor withheld.
        "benevity-address-not-shared-by-donor",
        "Company,Project,Donation Date,Donor First Name,Donor Last Name,Email,Address,City,"
        "State/Province,Postal Code,Activity,Comment,Transaction ID,Donation Frequency,Currency\n"
        "Acme Corp,OAK STREET LETTERS INC,2026-11-25T19:48:48Z,Ann,Lee,a@x.org,12 Oak St Apt 3,"
        "Springfield,IL,62704,,,123456AAAAA,Recurring,USD\n"
        "Initech,OAK STREET LETTERS INC,2026-11-26T10:00:00Z,Tom,Reyes,t@x.org,"
        "Not shared by donor,Not shared by donor,Not shared by donor,60614,,,123456CCCCC,"
        "Recurring,USD\n",
        (US1, ("Tom Reyes", ("60614",))),
    ),
    Case(
        # Benevity's donations report: a block of "key,value" lines and rules above the
        # header, and its totals right below the rows.
        "benevity-donations-report",
        "Donations Report,\n#-------------------------------------------,\n"
        "Charity Name,OAK STREET LETTERS INC\nCharity ID,1234-56789\n"
        "Period Ending,Tue 1 Dec 2026 0:00:00\nCurrency,USD\nPayment Method,EFT\n"
        "Disbursement ID,1ZZZZZ11111Z1\n"
        "Note,Rounding may be applied to some values in this report.\n"
        "#-------------------------------------------,\n\n"
        "Company,Project,Donation Date,Donor First Name,Donor Last Name,Email,Address,City,"
        "State/Province,Postal Code,Activity,Comment,Transaction ID,Donation Frequency,Currency,"
        "Project Remote ID,Source,Reason,Total Donation to be Acknowledged,Match Amount,"
        "Cause Support Fee,Merchant Fee,Fee Comment\n"
        "Acme Corp,OAK STREET LETTERS INC,2026-11-25T19:48:48Z,Ann,Lee,a@x.org,12 Oak St Apt 3,"
        "Springfield,IL,62704,,,123456AAAAA,Recurring,USD,,Payroll,User Donation,102,51,0.00,"
        "0.00,\n"
        "Globex,OAK STREET LETTERS INC,2026-11-30T06:12:53Z,Priya,Shah,p@x.org,1 Market St,"
        "San Francisco,CA,94105,,,123456BBBBB,One-time,USD,,Online,User Donation,104.00,52.00,"
        "0.00,5.00,\n"
        "Totals,,,,,,,,,,,,,,,,,,206,103,0.00,5.00\nTotal Donations (Gross),309\n"
        "Check Fee,0.00\nNet Total Payment,304\n",
        (US1, ("Priya Shah", ("1 Market St", "San Francisco, CA 94105"))),
        said=("header: line 12; skipped above it: line 1 'Donations Report'",),
    ),
    Case(
        # Microsoft Forms in Spanish: the respondent's account ("anonymous") in Nombre, the
        # form's own question "Nombre completo" beside it; the anonymous answer gets its letter.
        "microsoft-forms-es-account-and-question",
        "\ufeffId,Hora de inicio,Hora de finalización,Correo electrónico,Nombre,Nombre completo,"
        "Calle y número,Colonia,Código postal,Ciudad,Estado\n"
        "1,11/1/26 9:00:00,11/1/26 9:03:00,anonymous,anonymous,Lucía Herrera,"
        "Av. Insurgentes Sur 1602,Crédito Constructor,03940,Ciudad de México,CDMX\n",
        (
            (
                "Lucía Herrera",
                ("Av. Insurgentes Sur 1602", "Crédito Constructor", "03940 Ciudad de México, CDMX"),
            ),
        ),
        country="MX",
        language="es",
    ),
    Case(
        # DonorPerfect's donor fields in capitals: OPT_LINE holds an organisation or c/o line,
        # placed by its values and printed above the street.
        "donorperfect-donor-opt-line",
        "DONOR_ID,TITLE,FIRST_NAME,MIDDLE_NAME,LAST_NAME,SUFFIX,PROF_TITLE,SALUTATION,OPT_LINE,"
        "ADDRESS,ADDRESS2,CITY,STATE,ZIP,COUNTRY,ADDRESS_TYPE,EMAIL,HOME_PHONE,ORG_REC\r\n"
        "1001,Mrs.,Ann,,Lee,,,Dear Ann,,12 Oak St,Apt 3,Springfield,IL,62704,,HOME,a@x.org,,N\r\n"
        "1002,Dr.,Robert,A,King,Jr.,,Dear Dr. King,c/o Mercy Hospital,1 Hospital Dr,,Springfield,"
        "IL,62701,,BUSINESS,r@x.org,,N\r\n",
        (
            ("Mrs. Ann Lee", US1[1]),
            (
                "Dr. Robert A King Jr.",
                ("c/o Mercy Hospital", "1 Hospital Dr", "Springfield, IL 62701"),
            ),
        ),
        said=("c/o or attention line <- OPT_LINE (by its values",),
    ),
    Case(
        # Port's Open Import template: Full Address beside Street Line 1-3, City, State, Zip;
        # a row with only the Full Address prints it.
        "port-open-import-template",
        "Remote ID,Full Name,First Name,Last Name,Email,Phone,Full Address,Street Line 1,"
        "Street Line 2,Street Line 3,City,State,Zip,Country Code,Fund Name,Amount,Payment Method,"
        "Received At,Check Number,Tax Deductible,Campus,Labels\n"
        "R1,Ann Lee,Ann,Lee,a@x.org,,,12 Oak St,Apt 3,,Springfield,IL,62704,US,General,50,Card,"
        "2026-11-01,,true,,\n"
        'R2,Kwame Boateng,Kwame,Boateng,k@x.org,,"77 Pine Rd, Austin, TX 78701",,,,,,,US,General,'
        "20,Cash,2026-11-02,,true,,\n",
        (US1, ("Kwame Boateng", ("77 Pine Rd", "Austin, TX 78701"))),
    ),
    Case(
        # NPSP's household accounts report: the Account Name is the household, never a person;
        # the Formal Greeting is the name the household signs with, found by its values.
        "npsp-household-accounts-billing",
        "Account Name,Formal Greeting,Informal Greeting,Billing Street,Billing City,"
        "Billing State/Province,Billing Zip/Postal Code,Billing Country,"
        "Number of Household Members\n"
        "Lee Household,Ann and Bo Lee,Ann and Bo,12 Oak St Apt 3,Springfield,IL,62704,"
        "United States,2\n"
        "Ortiz Household,Dr. Sam Ortiz,Sam,77 Pine Rd,Austin,TX,78701,United States,1\n",
        (("Ann and Bo Lee", US1[1]), ("Dr. Sam Ortiz", ("77 Pine Rd", "Austin, TX 78701"))),
        said=("full name <- Formal Greeting (by its values",),
    ),
    Case(
        # A school PTA directory: the household's Family Name beside each parent's own first
        # and last name; the first parent's parts go together ("Mr & Mrs" is warned about).
        "pta-directory-family-name-and-parents",
        "Family Name,Parent/Guardian 1 First,Parent/Guardian 1 Last,Parent/Guardian 2 First,"
        "Parent/Guardian 2 Last,Student(s),Grade,Teacher,Mailing Address,City,St,Zip,Phone,"
        "Email\n"
        'Garcia,Elena,Garcia,Marco,Russo,"Sofia, Luca","3, K",Ms. Park,1420 Birch Ln,Naperville,'
        "IL,60540,,elena@example.com\n"
        "Mr & Mrs Anderson,Mr & Mrs,Anderson,,,Ella,2,Ms. Park,88 Oak Ct,Naperville,IL,"
        "60565-1234,,\n",
        (
            ("Elena Garcia", ("1420 Birch Ln", "Naperville, IL 60540")),
            ("Mr & Mrs Anderson", ("88 Oak Ct", "Naperville, IL 60565-1234")),
        ),
    ),
    Case(
        # Mailchimp's Address cell keeps an empty slot (no line 2, no state) as four spaces;
        # CC and REGION are its guess of where mail was opened, never printed.
        "mailchimp-abroad-empty-address-slots",
        "Email Address,First Name,Last Name,Address,Phone Number,MEMBER_RATING,OPTIN_TIME,"
        "OPTIN_IP,CONFIRM_TIME,CONFIRM_IP,LATITUDE,LONGITUDE,GMTOFF,DSTOFF,TIMEZONE,CC,REGION,"
        "LAST_CHANGED,LEID,EUID,NOTES\n"
        "o@x.uk,Oliver,Smith,10 Broad Lane    Sheffield    S10 1UA  GB,,2,2026-01-01 10:00:00,"
        "198.51.100.10,2026-01-01 10:05:00,198.51.100.11,53.38,-1.47,0,0,Europe/London,GB,ENG,"
        "2026-02-01 00:00:00,123,abc,\n"
        "m@x.de,Anna,Müller,Hauptstraße 5    Berlin    10115  DE,,2,2026-01-01 10:00:00,"
        "198.51.100.12,2026-01-01 10:05:00,198.51.100.13,52.52,13.40,1,1,Europe/Berlin,DE,BE,"
        "2026-02-01 00:00:00,124,abd,\n",
        (
            ("Oliver Smith", ("10 Broad Lane", "Sheffield", "S10 1UA", "UNITED KINGDOM")),
            ("Anna Müller", ("Hauptstraße 5", "10115 Berlin", "GERMANY")),
        ),
    ),
    Case(
        # Patreon's members export: the country as a code (Country) and again in full (Full
        # country name): one country written twice, listed once as such.
        "patreon-members-addressee",
        "Name,Email,Discord,Patron Status,Follows You,Free Member,Free Trial,Lifetime Amount,"
        "Pledge Amount,Charge Frequency,Tier,Addressee,Street,City,State,Zip,Country,Phone,"
        "Patronage Since Date,Last Charge Date,Last Charge Status,Additional Details,User ID,"
        "Last Updated,Currency,Max Posts,Access Expiration,Next Charge Date,Full country name,"
        "Subscription Source\n"
        "Ann Lee,a@x.org,,Active patron,No,No,No,60.00,5.00,monthly,Letter Writer,Ann Lee,"
        "12 Oak St Apt 3,Springfield,IL,62704,US,,2026-01-08 17:45:28.731953,"
        "2026-11-01 07:46:37,Paid,,76783024,2026-11-01 08:01:37.517184,USD,,,2026-12-01 07:00:00,"
        "United States,Patreon\n"
        "Oliver Smith,o@x.uk,,Active patron,Yes,No,No,30.00,3.00,monthly,Letter Writer,"
        "Oliver Smith,10 Broad Lane,Sheffield,,S10 1UA,GB,,2026-03-02 10:00:00.000000,"
        "2026-11-01 07:46:37,Paid,,76783025,2026-11-01 08:01:37.517184,USD,,,2026-12-01 07:00:00,"
        "United Kingdom,Patreon\n",
        (US1, ("Oliver Smith", ("10 Broad Lane", "Sheffield", "S10 1UA", "UNITED KINGDOM"))),
    ),
    Case(
        # 问卷星 (wjx.cn) text download: numbered questions; the 省市区 question's answer is
        # "省-市-区", each place printed once in China's order.
        "wjx-wenjuanxing-region-question",
        "序号,提交答卷时间,所用时间,来源,来源详情,来自IP,1、您的姓名：,2、手机号码：,"
        "3、所在地区：,4、详细地址：,5、邮政编码：\r\n"
        "1,2026/11/3 10:12:45,85秒,微信,N/A,223.104.63.12(广东-广州),王小明,13800000000,"
        "广东省-广州市-天河区,天河路385号,510620\r\n"
        "2,2026/11/3 11:02:10,120秒,手机提交,直接访问,117.136.0.1(北京-北京),李娜,13900000000,"
        "北京市-北京市-海淀区,中关村大街27号1101室,100080\r\n",
        (
            ("王小明", ("510620", "广东省广州市天河区", "天河路385号")),
            ("李娜", ("100080", "北京市海淀区", "中关村大街27号1101室")),
        ),
        country="CN",
        language="zh",
        encoding="utf-8-sig",
    ),
)

"""Signer lists from church, campus, donor, form, event and address-book platforms (issue 20),
built by an outside tester from each platform's documented column names (tests/data/exports/
SOURCES.md, "church, campus and event platforms"), with rows of our own sample people and the
quirks those exports have: work, employer and "other" addresses beside the signer's own, a
postal set beside the home one, a byte-order mark and CRLF line ends, a report's title lines
above the header, a signer abroad, counts and IP addresses beside the address.
"""

from __future__ import annotations

from signer_corpus import UK1, US1, Case
from signer_corpus_platforms_more import (
    BESIDE,
    FIXED,
    FIXED_PRINTING,
    FIXED_WORDS,
    MORE,
    OTHER_SETS,
    QUALIFIED,
)

CHURCH_CAMPUS_EVENTS = (
    Case(
        "planning-center-people",
        "Name Prefix,Given Name,First Name,Middle Name,Last Name,Name Suffix,Birthdate,Anniversary,"
        "Gender,Medical,Marital Status,Status,Membership,Home Address Street Line 1,"
        "Home Address Street Line 2,Home Address City,Home Address State,Home Address Zip Code,"
        "Work Address Street Line 1,Work Address City,Work Address State,Work Address Zip Code,"
        "Mobile Phone Number,Home Phone Number,Home Email,Household ID,Campus\n"
        ",,Ann,,Lee,,1980-04-02,,F,,Married,active,Member,12 Oak St,Apt 3,Springfield,IL,62704,"
        "1 Corp Plaza,Chicago,IL,60601,(217) 555-0100,,a@x.org,77,Downtown\n"
        # Only a work address: it prints (the report says so).
        "Rev.,,Bo,J.,Chan,Jr.,,,M,,,active,Member,,,,,,400 Elm Ave,Chicago,IL,60614,,,b@x.org,78,"
        "North\n",
        (US1, ("Rev. Bo J. Chan Jr.", ("400 Elm Ave", "Chicago, IL 60614"))),
    ),
    Case(
        "planning-center-signer-abroad-crlf",
        "\ufeffFirst Name,Last Name,Home Address Street Line 1,Home Address Street Line 2,"
        "Home Address City,Home Address State,Home Address Zip Code,Home Address Country Code,"
        "Household ID\r\n"
        "Ann,Lee,12 Oak St,Apt 3,Springfield,IL,62704,US,1\r\n"
        "Seán,Ó Briain,12 Main Street,,Dublin 2,Co. Dublin,D02 X285,IE,2\r\n",
        (
            US1,
            ("Seán Ó Briain", ("12 Main Street", "Dublin 2", "Co. Dublin", "D02 X285", "IRELAND")),
        ),
    ),
    Case(
        "volunteer-system-au-postal-address",
        "Member ID,Title,First name,Last name,Preferred first name,Address (line 1),"
        "Address (line 2),City,State,Postcode,Postal address (line 1),Postal address (line 2),"
        "Postal City,Postal State,Postal Postcode,Phone (Home),Phone (Mobile),Email\n"
        "1,Ms,Ann,Lee,,12 Smith St,,Fitzroy,VIC,3065,PO Box 21,,Fitzroy,VIC,3065,,0412 345 678,"
        "a@x.org\n"
        "2,Mr,Bo,Chan,,3/45 King St,,Newtown,NSW,2042,,,,,,,,b@x.org\n",
        (
            ("Ms Ann Lee", ("PO Box 21", "Fitzroy VIC 3065")),
            ("Mr Bo Chan", ("3/45 King St", "Newtown NSW 2042")),
        ),
        country="AU",
    ),
    Case(
        # Breeze: "Family" is the household's name, "Home" and "Work" are phone numbers.
        "breeze-people",
        "Breeze ID,First Name,Last Name,Nickname,Middle Name,Maiden Name,Gender,Status,"
        "Marital Status,Birthdate,Family,Family Role,School,Grade,Employer,Campus,Mobile,Home,"
        "Work,Email,Street Address,City,State,Zip,Joined Date\n"
        "2901,Ann,Lee,Annie,,,Female,Member,Married,04/02/1980,The Lee Family,Head of Household,"
        ",,Springfield SD,Main,(217) 555-0100,(217) 555-0101,,a@x.org,12 Oak St Apt 3,"
        "Springfield,IL,62704,01/05/2020\n",
        (US1,),
    ),
    Case(
        "simplereport-people",
        "First name,Middle name,Last name,Suffix,Birth date,Street address 1,Street address 2,City,"
        "County,State,Postal code,Country,Phone numbers,Emails,Race,Sex,Ethnicity,Role,Facilities,"
        "Employed in healthcare?,Group or shared housing resident?,Tribal affiliation,"
        "Preferred language,Notes\n"
        "Ann,,Lee,,01/15/1990,12 Oak St,Apt 3,Springfield,Sangamon,IL,62704,USA,555-1234,"
        "a@x.org,White,F,Not Hispanic,STUDENT,Test Facility,false,false,,English,\n",
        (US1,),
    ),
    Case(
        "luma-guests-with-address-question",
        "api_id,name,first_name,last_name,email,phone_number,created_at,approval_status,"
        "checked_in_at,custom_source,qr_code_url,amount,amount_tax,amount_discount,currency,"
        "coupon_code,eth_address,solana_address,survey_response_rating,survey_response_feedback,"
        "ticket_type_id,ticket_name,What's your mailing address?\n"
        "gst-1,Ann Lee,Ann,Lee,a@x.org,+12175550100,2026-11-01T09:00:00.000Z,approved,,,"
        "https://lu.ma/check-in/x,0,0,0,USD,,0x52908400098527886E0F7030069857D2E4169EE7,,,,"
        'tt-1,General,"12 Oak St Apt 3\nSpringfield, IL 62704"\n',
        (US1,),
    ),
    Case(
        "zoom-registration-report",
        "Registration Report\n"
        'Report Generated:,"11/20/2026 10:00 AM"\n'
        "Topic,Webinar ID,Scheduled Time,Duration (Minutes),# Registered\n"
        'Write for Rights,812 3456 7890,"Nov 21, 2026 07:00 PM",60,2\n'
        "\n"
        "Registrant Details\n"
        "First Name,Last Name,Email,Address,City,Country/Region,Zip/Postal Code,State/Province,"
        "Phone,Industry,Organization,Job Title,Questions & Comments,Registration Time,"
        "Approval Status\n"
        "Ann,Lee,a@x.org,12 Oak St Apt 3,Springfield,United States,62704,IL,2175550100,Education,"
        'Springfield SD,Teacher,,"Nov 1, 2026 09:00:00",approved\n'
        "Bo,Chan,b@x.org,400 Elm Ave,Chicago,United States,60614,IL,,,,,,"
        '"Nov 2, 2026 09:00:00",approved\n',
        (US1, ("Bo Chan", ("400 Elm Ave", "Chicago, IL 60614"))),
    ),
)

DONORS_AND_CONTACTS = (
    Case(
        "actblue-lineitems-employer-address",
        "Lineitem ID,Order Number,Amount,Contribution Datetime,Recipient,Donor First Name,"
        "Donor Last Name,Donor Address Line 1,Donor City,Donor State,Donor ZIP,Donor Country,"
        "Donor Occupation,Donor Employer,Donor Email,Donor Phone,Employer Address Line 1,"
        "Employer City,Employer State,Employer Zip,Employer Country,Recurring Amount\n"
        "1001,AB1,25.00,2026-11-01 09:00:00,Friends of X,Ann,Lee,12 Oak St Apt 3,Springfield,IL,"
        "62704,United States,Teacher,Springfield SD,a@x.org,2175550100,1 School Rd,Springfield,IL,"
        "62701,United States,\n",
        (US1,),
    ),
    Case(
        "neon-crm-accounts",
        "Account ID,First Name,Last Name,Email 1,Address Type,Address 1,Address 2,Address 3,City,"
        "County,State/Province,Zip Code,Country\n"
        "3001,Ann,Lee,a@x.org,Home,12 Oak St,Apt 3,,Springfield,Sangamon,IL,62704,United States\n",
        (US1,),
    ),
    Case(
        "crm-report-ncoa-columns",
        "Contact ID,First Name,Last Name,Primary Street,Primary City,Primary State/Province,"
        "Primary Zip/Postal Code,Primary Country,Is Meditator?,NCOA Address Change,NCOA Comment\n"
        "003A1,Ann,Lee,12 Oak St Apt 3,Springfield,IL,62704,United States,Yes,No,\n"
        "003A2,Bo,Chan,400 Elm Ave,Chicago,IL,60614,United States,No,Yes,Moved from 9 Elm Rd\n",
        (US1, ("Bo Chan", ("400 Elm Ave", "Chicago, IL 60614"))),
    ),
    Case(
        "texas-ethics-contributions",
        "Unique ID,Entity Code,Last/Organization Name,First Name(s),Title,Suffix,Street Address 1,"
        "Street Address 2,City,State,ZIP Code,Date,Amount/In-kind Value,Description,Employer,"
        "Principal Occupation/Job Title,Travel Outside Texas (If In-kind)\n"
        "1,IND,Lee,Ann,Ms.,,12 Oak St,Apt 3,Austin,TX,78701,20261101,50.00,,Self,Teacher,\n",
        (("Ms. Ann Lee", ("12 Oak St Apt 3", "Austin, TX 78701")),),
    ),
    Case(
        "hubspot-street-address-2",
        "Record ID,First Name,Last Name,Email,Phone Number,Street Address,Street Address 2,City,"
        "State/Region,Postal Code,Country/Region,Associated Company,Contact owner,Lifecycle Stage,"
        "Create Date\n"
        "901,Ann,Lee,a@x.org,555-0100,12 Oak St,Apt 3,Springfield,IL,62704,United States,Acme,"
        "Sam Admin,subscriber,2026-01-05 10:00\n",
        (US1,),
    ),
    Case(
        "zoho-crm-contacts",
        "Contact Id,Contact Owner,Lead Source,Salutation,First Name,Last Name,Account Name,Email,"
        "Title,Department,Phone,Mobile,Date of Birth,Mailing Street,Mailing City,Mailing State,"
        "Mailing Zip,Mailing Country,Other Street,Other City,Other State,Other Zip,Other Country,"
        "Description,Created Time\n"
        "zcrm_1,Sam Admin,Web,Ms.,Ann,Lee,Acme,a@x.org,Clerk,,555-0100,,,12 Oak St Apt 3,"
        "Springfield,IL,62704,United States,9 Elm Rd,Peoria,IL,61602,United States,,"
        "2026-11-01 09:00:00\n",
        (("Ms. Ann Lee", US1[1]),),
    ),
    Case(
        # Yahoo writes Home State before Home City; "Home" and "Work" alone are phone numbers.
        "yahoo-contacts",
        "First,Middle,Last,Nickname,Email,Category,Distribution Lists,Messenger ID,Home,Work,Pager,"
        "Fax,Mobile,Other,Yahoo Phone,Primary,Alternate Email 1,Alternate Email 2,Personal Website,"
        "Business Website,Title,Company,Work Address,Work City,Work State,Work ZIP,Work Country,"
        "Home Address,Home State,Home City,Home ZIP,Home Country,Birthday,Anniversary,Custom 1,"
        "Custom 2,Custom 3,Custom 4,Comments\n"
        "Ann,,Lee,,a@x.org,,,,217-555-0100,217-555-0199,,,,,,,,,,,Clerk,Acme,1 Corp Plaza,"
        "Chicago,IL,60601,USA,12 Oak St Apt 3,IL,Springfield,62704,USA,,,,,,,\n",
        (US1,),
    ),
    Case(
        # WooCommerce's own field keys; the order ships to someone else (a gift): the buyer's
        # billing address is the signer's.
        "woocommerce-orders-field-keys-gift",
        "order_id,order_date,billing_first_name,billing_last_name,billing_email,billing_phone,"
        "billing_address_1,billing_address_2,billing_city,billing_state,billing_postcode,"
        "billing_country,shipping_first_name,shipping_last_name,shipping_address_1,"
        "shipping_address_2,shipping_city,shipping_state,shipping_postcode,shipping_country,"
        "order_total,payment_method,order_status\n"
        "101,2026-11-01 09:00:00,Ann,Lee,a@x.org,2175550100,12 Oak St,Apt 3,Springfield,IL,62704,"
        "US,Bo,Chan,400 Elm Ave,,Chicago,IL,60614,US,25.00,stripe,completed\n",
        (US1,),
    ),
    Case(
        "brevo-fr-export",
        "\ufeffEMAIL;NOM;PRENOM;SMS;ADRESSE;CODE_POSTAL;VILLE;PAYS;DATE_INSCRIPTION\r\n"
        "c@x.fr;Martin;Claire;33612345678;12 rue de la Paix;75002;Paris;France;2026-11-01\r\n"
        "l@x.be;Dubois;Luc;32470123456;Rue Haute 10;1000;Bruxelles;Belgique;2026-11-02\r\n",
        (
            ("Claire Martin", ("12 rue de la Paix", "75002 Paris")),
            ("Luc Dubois", ("Rue Haute 10", "1000 Bruxelles", "BELGIQUE")),
        ),
        country="FR",
        language="fr",
    ),
)

FORMS = (
    Case(
        "gravity-forms-us",
        "Name (Prefix),Name (First),Name (Last),Email,Address (Street Address),"
        "Address (Address Line 2),Address (City),Address (State / Province),"
        "Address (ZIP / Postal Code),Address (Country),Created By (User Id),Entry Id,"
        "Entry Date,Source Url,Transaction Id,Payment Amount,User Agent,User IP\n"
        ",Ann,Lee,a@x.org,12 Oak St,Apt 3,Springfield,Illinois,62704,United States,1,17,"
        "2026-11-01 09:00:00,https://example.org/sign,,,Mozilla/5.0,203.0.113.9\n",
        (("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),),
    ),
    Case(
        "gravity-forms-uk-postal-address",
        "Name (First),Name (Last),Postal address (Street Address),Postal address (Address Line 2),"
        "Postal address (City),Postal address (State / Province / Region),"
        "Postal address (ZIP / Postal Code),Postal address (Country),Entry Id,Entry Date,User IP\n"
        "Ann,Lee,10 Broad Lane,Crookes,Sheffield,South Yorkshire,S10 1UA,United Kingdom,3,"
        "2026-11-01 09:00:00,203.0.113.9\n",
        (("Ann Lee", ("10 Broad Lane", "Crookes", "Sheffield", "South Yorkshire", "S10 1UA")),),
        country="GB",
    ),
    Case(
        "gravity-forms-signer-abroad",
        "Name (First),Name (Last),Address (Street Address),Address (Address Line 2),"
        "Address (City),Address (State / Province / Region),Address (ZIP / Postal Code),"
        "Address (Country),Entry Id,Entry Date,User IP\n"
        "Ann,Lee,12 Oak St,Apt 3,Springfield,IL,62704,United States,1,2026-11-01 09:00:00,"
        "203.0.113.9\n"
        "Anna,Müller,Hauptstraße 5,,Berlin,,10115,Germany,2,2026-11-01 09:05:00,198.51.100.7\n",
        (US1, ("Anna Müller", ("Hauptstraße 5", "10115 Berlin", "GERMANY"))),
    ),
    Case(
        "surveymonkey-contact-information",
        "Respondent ID,Collector ID,Start Date,End Date,IP Address,Email Address,First Name,"
        "Last Name,Custom Data 1,Your details,,,,,,,,,\n"
        ",,,,,,,,,Name,Company,Address,Address 2,City/Town,State/Province,ZIP/Postal Code,Country,"
        "Email Address,Phone Number\n"
        "1,2,11/01/2026 09:00:00 AM,11/01/2026 09:05:00 AM,203.0.113.9,,,,,Ann Lee,Acme,"
        "12 Oak St,Apt 3,Springfield,IL,62704,United States,a@x.org,217-555-0100\n"
        "3,2,11/01/2026 10:00:00 AM,11/01/2026 10:05:00 AM,198.51.100.7,,,,,Marie Roy,,"
        "24 Sussex Dr,,Ottawa,ON,K1M 1M4,Canada,m@x.ca,\n",
        (US1, ("Marie Roy", ("24 Sussex Dr", "Ottawa ON K1M 1M4", "CANADA"))),
    ),
)

#: Quirks exports have, on headers read elsewhere in the corpus: mailing-house capitals with
#: ST and ZIP4, a trailing comma on every data row, a nickname in quotes, a spelled-out state
#: in lower case with ZIP+4, no-break and trailing spaces in headers, a signer abroad in the UK,
#: a header name written twice.
QUIRKS = (
    Case(
        "caps-addr1-st-zip4",
        "FIRST NAME,LAST NAME,ADDR1,ADDR2,CITY,ST,ZIP,ZIP4\n"
        "Ann,Lee,12 Oak St,Apt 3,Springfield,IL,62704,1234\n",
        (("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704-1234")),),
    ),
    Case(
        "trailing-comma-on-data-rows",
        "First Name,Last Name,Email,Address,City,Country/Region,Zip/Postal Code,State/Province\n"
        "Ann,Lee,a@x.org,12 Oak St Apt 3,Springfield,United States,62704,IL,\n",
        (US1,),
    ),
    Case(
        "nickname-in-quotes",
        "First Name,Last Name,Street,City,State,Zip\n"
        '"Ann ""Annie""",Lee,12 Oak St Apt 3,Springfield,IL,62704\n',
        (('Ann "Annie" Lee', US1[1]),),
    ),
    Case(
        "state-lowercase-zip-plus4",
        "Name,Street,City,State,Zip\nAnn Lee,12 Oak St Apt 3,Springfield,illinois,62704-1234\n",
        (("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704-1234")),),
    ),
    Case(
        "nbsp-in-headers",
        "First\u00a0Name ,Last Name\u00a0,Street Address ,City, State,Zip Code \n"
        "Ann,Lee,12 Oak St Apt 3,Springfield,IL,62704\n",
        (US1,),
    ),
    Case(
        "uk-signer-in-us-campaign",
        "First Name,Last Name,Address 1,Address 2,City,State/County,Postal Code,Country\n"
        "Ann,Lee,12 Oak St,Apt 3,Springfield,IL,62704,United States\n"
        "Tom,Hardy,10 Broad Lane,Crookes,Sheffield,South Yorkshire,S10 1UA,United Kingdom\n",
        (
            US1,
            UK1,
        ),
    ),
    Case(
        # A form's free-text answer longer than any name or address cell, in a column not used.
        "long-free-text-answer",
        "Timestamp,Full name,Street address,Town or city,State,ZIP code,Why are you writing?\n"
        "2026/11/01 9:00:00 AM EST,Ann Lee,12 Oak St Apt 3,Springfield,IL,62704,"
        '"I am writing because my cousin was returned in 2019 and we have not heard from her '
        "since. Our church has prayed for her every week, and I want the consulate to know that "
        'people in Springfield are watching and waiting. Please let them go to South Korea."\n',
        (US1,),
    ),
    Case(
        # Text pasted from a word processor keeps its vertical tab (a line break there).
        "vertical-tab-in-notes",
        "Name,Street,City,State,Zip,Notes\n"
        "Ann Lee,12 Oak St Apt 3,Springfield,IL,62704,line one\x0bline two\n",
        (US1,),
    ),
    Case(
        "unnamed-column-with-data",
        "Name,Street,City,State,Zip,\nAnn Lee,12 Oak St Apt 3,Springfield,IL,62704,volunteer\n",
        (US1,),
    ),
    Case(
        # Two downloads pasted one under the other, the header repeated.
        "second-table-appended",
        "Name,Street,City,State,Zip\n"
        "Ann Lee,12 Oak St Apt 3,Springfield,IL,62704\n"
        "\n"
        "Name,Street,City,State,Zip\n"
        "Bo Chan,400 Elm Ave,Chicago,IL,60614\n",
        (US1, ("Bo Chan", ("400 Elm Ave", "Chicago, IL 60614"))),
    ),
    Case(
        "emoji-in-unused-column",
        "Name,Street,City,State,Zip,Comment\n"
        "Ann Lee,12 Oak St Apt 3,Springfield,IL,62704,Thank you \U0001f64f\n",
        (US1,),
    ),
    Case(
        "duplicate-header-names",
        "Name,Email,Email,Address,City,State,Zip\n"
        "Ann Lee,a@x.org,ann@work.org,12 Oak St Apt 3,Springfield,IL,62704\n",
        (US1,),
    ),
)

#: HubSpot's contact columns with values people type: a "#3" unit on line 2, Puerto Rico's
#: ZIP with its zeros lost, the US written three ways, a UK postcode in lower case, a suffix in
#: the last-name cell, a row of blanks between signers, a phone number typed as line 2 (refused
#: at the column).
HUBSPOT = (
    "Record ID,First Name,Last Name,Email,Street Address,Street Address 2,City,State/Region,"
    "Postal Code,Country/Region\n"
)
HUBSPOT_VALUES = (
    Case(
        "hubspot-hash-unit",
        HUBSPOT + "1,Ann,Lee,a@x.org,12 Oak St,#3,Springfield,IL,62704,USA\n",
        (("Ann Lee", ("12 Oak St #3", "Springfield, IL 62704")),),
    ),
    Case(
        "hubspot-puerto-rico-zip-lost-zero",
        HUBSPOT + "1,Ana,Rivera,a@x.org,Calle 1 #23,,San Juan,PR,921,United States\n",
        (("Ana Rivera", ("Calle 1 #23", "San Juan, PR 00921")),),
    ),
    Case(
        "hubspot-usa-variants",
        HUBSPOT + "1,Ann,Lee,a@x.org,12 Oak St,Apt 3,Springfield,IL,62704,U.S.A.\n"
        "2,Bo,Chan,b@x.org,400 Elm Ave,,Chicago,IL,60614,United States of America\n",
        (US1, ("Bo Chan", ("400 Elm Ave", "Chicago, IL 60614"))),
    ),
    Case(
        "hubspot-uk-lowercase-postcode",
        HUBSPOT + "1,Tom,Hardy,t@x.uk,10 Broad Lane,,Sheffield,,s10 1ua,United Kingdom\n",
        (("Tom Hardy", ("10 Broad Lane", "Sheffield", "S10 1UA", "UNITED KINGDOM")),),
    ),
    Case(
        "hubspot-suffix-in-last-name",
        HUBSPOT + "1,Martin,Luther King Jr.,m@x.org,12 Oak St Apt 3,,Springfield,IL,62704,USA\n",
        (("Martin Luther King Jr.", US1[1]),),
    ),
    Case(
        "hubspot-blank-row-between-signers",
        HUBSPOT + "1,Ann,Lee,a@x.org,12 Oak St,Apt 3,Springfield,IL,62704,United States\n"
        " , , , , , , , , , \n"
        "2,Bo,Chan,b@x.org,400 Elm Ave,,Chicago,IL,60614,United States\n",
        (US1, ("Bo Chan", ("400 Elm Ave", "Chicago, IL 60614"))),
    ),
    Case(
        "hubspot-phone-typed-as-line-2-refused",
        HUBSPOT + "1,Ann,Lee,a@x.org,12 Oak St Apt 3,(217) 555-0100,Springfield,IL,62704,USA\n",
        refused=(
            "1:6",
            "column 'Street Address 2': the header says street line 2, but its values are phone "
            "numbers",
        ),
    ),
)

#: Address headers people and smaller tools write, each with the same row (Ann Lee, 12 Oak St,
#: Apt 3, Springfield, IL 62704): a qualifier before the role (Residential, Physical,
#: Permanent, Mailing), a slash between two names of one part, abbreviations, CamelCase and
#: run-together words, a question as the header.
_WORDED = {
    "residential": "First Name,Last Name,Residential Address,Residential Address 2,"
    "Residential City,Residential State,Residential Zip",
    "unit-suite": "First Name,Last Name,Street,Unit/Suite,City,State,Zip",
    "addr-line": "First Name,Last Name,Addr Line 1,Addr Line 2,City,State,Zip",
    "mailing-address-1": "First Name,Last Name,Mailing Address 1,Mailing Address 2,Mailing City,"
    "Mailing State,Mailing Zip",
    "province-state": "First Name,Last Name,Address,Address 2,Town/City,Province/State,Postal/ZIP",
    "zip-postcode": "Given Name,Family Name,Address Line 1,Address Line 2,Town,County/State,"
    "Zip/Postcode",
    "physical": "First Name,Last Name,Physical Address,Physical Address 2,Physical City,"
    "Physical State,Physical Zip",
    "permanent": "First Name,Last Name,Permanent Address,Permanent Address 2,Permanent City,"
    "Permanent State,Permanent Zip",
    "street1": "firstname,lastname,street1,street2,city,state,zipcode",
    "addressline-camel": "FirstName,LastName,AddressLine1,AddressLine2,City,StateProvince,"
    "PostalCode",
    "legal-name-apt-unit": "Legal First Name,Legal Last Name,Street Address,Apt/Unit,City,State,"
    "ZIP Code",
    "questions": "What is your first name?,What is your last name?,What is your street address?,"
    "Apartment or unit number,What city do you live in?,What state do you live in?,"
    "What is your ZIP code?",
    "recipient": "Recipient First Name,Recipient Last Name,Street,Apt,City,State,Zip",
    "st-abbreviation": "First,Last,Address,Apt,City,St,Zip",
    "zipcode-one-word": "First Name,Last Name,Address1,Address2,City,State,Zipcode",
    "post-town-post-code": "First Name,Last Name,Address Line 1,Address Line 2,Post Town,State,"
    "Post Code",
    "home-addr-home-st": "First Name,Last Name,Home Addr 1,Home Addr 2,Home City,Home St,Home Zip",
}
HEADER_WORDS = tuple(
    Case(
        f"header-words-{name}", f"{header}\nAnn,Lee,12 Oak St,Apt 3,Springfield,IL,62704\n", (US1,)
    )
    for name, header in _WORDED.items()
)

#: Name headers as forms and smaller tools word them, beside Street, City, State, Zip: a
#: possessive, a note in brackets, whose name it is (donor, contact, attendee, signer,
#: petitioner), "First and Last Name", forenames and surname, a household name beside the
#: person's, a letter salutation left out.
_NAMED = (
    ("your-name", "Your Name", "Ann Lee", "Ann Lee"),
    ("name-required", "Name (required)", "Ann Lee", "Ann Lee"),
    ("donor-name", "Donor Name", "Ann Lee", "Ann Lee"),
    ("contact-name", "Contact Name", "Ann Lee", "Ann Lee"),
    ("attendee-name", "Attendee Name", "Ann Lee", "Ann Lee"),
    ("signer-name", "Signer Name", "Ann Lee", "Ann Lee"),
    ("petitioner-name", "Petitioner Name", "Ann Lee", "Ann Lee"),
    ("display-name", "Display Name", "Ann Lee", "Ann Lee"),
    ("first-and-last", "First and Last Name", "Ann Lee", "Ann Lee"),
    ("first-amp-last", "First & Last Name", "Ann Lee", "Ann Lee"),
    ("forenames-surname", "Forename(s),Surname", "Ann,Lee", "Ann Lee"),
    ("given-names", "Given name(s),Family name", "Ann,Lee", "Ann Lee"),
    ("mailing-name", "Mailing Name", "Ann Lee", "Ann Lee"),
    ("salutation-dear", "Salutation,First Name,Last Name", "Dear Ann,Ann,Lee", "Ann Lee"),
    ("name-first-last", "Name First,Name Last", "Ann,Lee", "Ann Lee"),
    ("household-name", "Household Name,First Name,Last Name", "The Lee Family,Ann,Lee", "Ann Lee"),
    ("participant-name", "Participant Name", "Ann Lee", "Ann Lee"),
    ("volunteer-name", "Volunteer Name", "Ann Lee", "Ann Lee"),
    ("student-name", "Student Name", "Ann Lee", "Ann Lee"),
    ("christian-name", "Christian Name,Surname", "Ann,Lee", "Ann Lee"),
    ("mr-mrs-ms", "Mr/Mrs/Ms,First Name,Last Name", "Ms,Ann,Lee", "Ms Ann Lee"),
    ("first-initial", "First Initial,Last Name", "A,Lee", "A Lee"),
    ("fn-ln", "FN,LN", "Ann,Lee", "Ann Lee"),
)
NAME_WORDS = tuple(
    Case(
        f"name-words-{name}",
        f"{header},Street,City,State,Zip\n{values},12 Oak St Apt 3,Springfield,IL,62704\n",
        ((signed, US1[1]),),
    )
    for name, header, values, signed in _NAMED
)

PLATFORMS = (
    *CHURCH_CAMPUS_EVENTS,
    *DONORS_AND_CONTACTS,
    *FORMS,
    *QUIRKS,
    *HUBSPOT_VALUES,
    *HEADER_WORDS,
    *NAME_WORDS,
    *MORE,
    *FIXED,
    *BESIDE,
    *OTHER_SETS,
    *FIXED_WORDS,
    *QUALIFIED,
    *FIXED_PRINTING,
)

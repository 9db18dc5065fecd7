"""Signer lists whose headers are in languages the header words do not have (Swahili,
Finnish, Hungarian, Chinese column letters, a form builder's "Field N"), over values that say
what each column holds: the header row is found by its content, the columns placed by their
values, and what the values cannot settle refused at the header with the line that settles it.
Written as people write them (tests/data/exports/SOURCES.md)."""

from __future__ import annotations

from signer_corpus import US1, Case

UNKNOWN_WORDS = (
    Case(
        "swahili-headers-kenya",
        "Jina,Barua pepe,Simu,Mtaa,Mji,Msimbo,Nchi\n"
        "Amina Njeri,amina@x.ke,+254 712 345678,12 Moi Avenue,Nairobi,00100,Kenya\n"
        "Juma Otieno,juma@x.ke,+254 733 111222,4 Kenyatta Road,Mombasa,80100,Kenya\n",
        (
            ("Amina Njeri", ("12 Moi Avenue", "Nairobi", "00100", "KENYA")),
            ("Juma Otieno", ("4 Kenyatta Road", "Mombasa", "80100", "KENYA")),
        ),
        said=(
            # Jina (the name) and Mtaa (the street) are header words since review 8's Swahili
            # sheets; Msimbo alone (a code) is still placed by its values.
            "full name   <- Jina",
            "street      <- Mtaa",
            "town/city   <- Mji",
            "postal code <- Msimbo (by its values: postal codes (2 of 2, line 2: '00100'))",
            "country     <- Nchi",
            "not used: Simu (2 values): its values are phone numbers",
        ),
    ),
    Case(
        "finnish-american-headers",
        "Osallistuja,Sähköposti,Lähiosoite,Kunta,Osavaltio,Postinumero\n"
        "Aino Mäkinen,aino@x.org,1200 Lake Ave,Duluth,MN,55805\n"
        "Eero Laine,eero@x.org,45 Pine St,Hancock,MI,49930\n",
        (
            ("Aino Mäkinen", ("1200 Lake Ave", "Duluth, MN 55805")),
            ("Eero Laine", ("45 Pine St", "Hancock, MI 49930")),
        ),
        said=(
            "full name    <- Osallistuja (by its values: people's names (2 of 2, line 2: "
            "'Aino Mäkinen'))",
            "town/city    <- Kunta (by its values and place:",
            "state/region <- Osavaltio (by its values: states or regions (2 of 2, line 2: 'MN'))",
        ),
    ),
    Case(
        "hungarian-american-headers",
        "Résztvevő,Lakcím,Város,Állam,Irányítószám\n"
        'Kovács Anna,"22 Elm St, Apt 4",New Brunswick,NJ,08901\n'
        "Szabó Péter,9 Main Street,Cleveland,OH,44102\n",
        (
            ("Kovács Anna", ("22 Elm St, Apt 4", "New Brunswick, NJ 08901")),
            ("Szabó Péter", ("9 Main Street", "Cleveland, OH 44102")),
        ),
        said=(
            "full name    <- Résztvevő (by its values: people's names (2 of 2, line 2: "
            "'Kovács Anna'))",
        ),
    ),
    Case(
        # The first data row reads as column names ("建国路88号" has 国, "中国" is a country):
        # its values (a street with its number, a country) say it is a signer's row.
        "chinese-column-letters-header",
        "甲,乙,丙,丁,戊\n"
        "张伟,朝阳区建国路88号,100020,北京,中国\n"
        "李娜,浦东新区世纪大道100号,200120,上海,中国\n",
        (
            ("张伟", ("100020", "北京", "朝阳区建国路88号")),
            ("李娜", ("200120", "上海", "浦东新区世纪大道100号")),
        ),
        country="CN",
        language="zh",
        said=(
            "full name    <- 甲 (by its values: people's names (2 of 2, line 2: '张伟'))",
            "state/region <- 丁 (by its values: states or regions (2 of 2, line 2: '北京'))",
            "postal code  <- 丙 (by its values: postal codes (2 of 2, line 2: '100020'))",
        ),
    ),
    Case(
        # A town of two capitalised words right after the street is the town, not a name.
        "form-fields-only",
        "Field 1,Field 2,Field 3,Field 4,Field 5\n"
        "Ann Lee,12 Oak St,New York,NY,10001\n"
        "Bob Ray,5 Elm Ave,San Antonio,TX,78205\n",
        (
            ("Ann Lee", ("12 Oak St", "New York, NY 10001")),
            ("Bob Ray", ("5 Elm Ave", "San Antonio, TX 78205")),
        ),
        said=("full name    <- Field 1 (by its values: people's names",),
    ),
    Case(
        "korean-signer-column",
        "서명자,Street,City,State,ZIP\n"
        "김민준,12 Oak St Apt 3,Springfield,IL,62704\n"
        "이서연,400 Elm Ave,Chicago,IL,60614\n",
        (
            ("김민준", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            ("이서연", ("400 Elm Ave", "Chicago, IL 60614")),
        ),
        said=("full name    <- 서명자 (by its values: people's names (2 of 2, line 2: '김민준'))",),
    ),
    Case(
        "two-columns-of-names-refused",
        "Field 1,Field 2,Street,City,State,ZIP\nAnn Lee,Bob Lee,12 Oak St,Springfield,IL,62704\n",
        refused=("1:1", "no name column, and columns 'Field 1' (1 of 1, line 2: 'Ann Lee') and"),
    ),
    Case(
        "no-header-row-refused",
        "Ann Lee,12 Oak St,Springfield,IL,62704\nBob Ray,5 Elm Ave,Austin,TX,78701\n",
        refused=("1:1", "line 1 holds a signer's details, not column names (column 2"),
    ),
    Case(
        # An organisation and a town are never a name.
        "organisation-column-not-a-name",
        "Participant,Employer,Street,City,State,ZIP\n"
        "Ann Lee,Acme Widgets Inc,12 Oak St Apt 3,Springfield,IL,62704\n",
        (US1,),
        said=("full name    <- Participant (by its values: people's names (1 of 1",),
    ),
    Case(
        "title-and-date-above-unknown-header",
        "Allekirjoittajat\n"
        "Päivitetty,2026-11-30\n"
        "Osallistuja,Lähiosoite,Kunta,Osavaltio,Postinumero\n"
        "Aino Mäkinen,1200 Lake Ave,Duluth,MN,55805\n",
        (("Aino Mäkinen", ("1200 Lake Ave", "Duluth, MN 55805")),),
        said=("header: line 3; skipped above it: line 1 'Allekirjoittajat'; line 2",),
    ),
)

#: Columns whose cells would not print: a column no rule placed whose values look like a part
#: the address lacks, and a second column of a field filled where the first is filled too.
NOT_PRINTED = (
    Case(
        "region-codes-beside-a-whole-address",
        'Name,Address,Code\nAnn Lee,"12 Oak St, Springfield, IL 62704",IL\n'
        'Bob Ray,"5 Elm Ave, Austin 78701",TX\n',
        refused=(
            "3:3",
            "'TX' from column 'Code' would not be on this signer's letter or label: no rule "
            "places the column, and its values look like states or regions (2 of 2, line 2: "
            "'IL'); if it is the state/region, add to campaign.yaml, under signer_columns: "
            "'region: Code', or 'ignore: [Code]'",
        ),
    ),
    Case(
        "second-street-column-filled-too",
        "Name,Home Street,Street address line 1,City,State,Zip\n"
        "Ann Lee,12 Oak St,,Springfield,IL,62704\n"
        "Bob Ray,9 Elm St,5 Elm Ave,Austin,TX,78701\n",
        refused=(
            "3:3",
            "'5 Elm Ave' from column 'Street address line 1' would not be on this signer's "
            "letter or label: column 'Home Street' gives the street in this row ('9 Elm St')",
        ),
    ),
    Case(
        "second-street-column-where-the-first-is-empty",
        "Name,Home Street,Street address line 1,City,State,Zip\n"
        "Ann Lee,12 Oak St,,Springfield,IL,62704\n"
        "Bob Ray,,5 Elm Ave,Austin,TX,78701\n"
        "Cy Doe,,7 Pine Rd,Austin,TX,78701\n",
        (
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Bob Ray", ("5 Elm Ave", "Austin, TX 78701")),
            ("Cy Doe", ("7 Pine Rd", "Austin, TX 78701")),
        ),
        said=("street       <- Home Street (1 row), Street address line 1 (2 rows)",),
    ),
    Case(
        "flat-numbers-beside-the-house-number",
        # Staircase and door in Swahili (Ngazi, Mlango): headers the words do not have.
        "Vorname;Nachname;Straße;Hausnummer;Ngazi;Mlango;PLZ;Ort\n"
        "Lena;Gruber;Mariahilfer Straße;45;3;12;1060;Wien\n",
        refused=("2:5", "'3' from column 'Ngazi' would not be on this signer's letter"),
        country="AT",
        language="de",
    ),
    Case(
        "a-town-in-a-language-the-words-do-not-have",
        # Malagasy "Tanàna" (a town); Somali "Magaalada" and Hausa "Birni", used here before,
        # are in the words now.
        "Име;Фамилия;Адрес;Tanàna\nГеорги;Петров;ул. Витоша 15;София\n",
        refused=("2:4", "'София' from column 'Tanàna' would not be on this signer's letter"),
        country="BG",
    ),
)

#: A column whose values are not the part its header names, beside one whose values are.
NOT_THEIR_PART = (
    Case(
        # An e-mail tool's subscriber export: its "state" is the subscription's status.
        "state-of-statuses-beside-region",
        "first_name,last_name,email_address,state,created_at,address,city,region,zip\n"
        "Ann,Lee,a@x.org,active,2026-11-01 09:00:00 UTC,12 Oak St Apt 3,Springfield,IL,62704\n"
        "Bo,Chan,b@x.org,cancelled,2026-11-02 09:00:00 UTC,400 Elm Ave,Chicago,IL,60614\n",
        (US1, ("Bo Chan", ("400 Elm Ave", "Chicago, IL 60614"))),
        said=(
            "state/region <- region",
            "not used: state (2 values): a record's statuses (of a payment, an order, a "
            "membership) (2 of 2, line 2: 'active')",
        ),
    ),
)

#: Which of a row's address sets prints, and where a line given apart goes.
SETS_AND_LINES = (
    Case(
        # A German Excel contact list: a private and a business address, one "Land" for both.
        # A private set holding only the country is no address: the business one prints.
        "business-address-where-the-private-one-is-only-a-country",
        "Vorname;Nachname;Straße;Hausnr.;PLZ;Ort;Land;Firma;Straße (geschäftlich);"
        "PLZ (geschäftlich);Ort (geschäftlich)\n"
        "Jürgen;Groß;Königsallee;27;40212;Düsseldorf;Deutschland;Groß GmbH;Berliner Allee 10;"
        "40212;Düsseldorf\n"
        "Anke;Weiß;;;;;Deutschland;Stadtwerke;Marktplatz 1;01067;Dresden\n",
        (
            ("Jürgen Groß", ("Königsallee 27", "40212 Düsseldorf", "GERMANY")),
            ("Anke Weiß", ("Marktplatz 1", "01067 Dresden", "GERMANY")),
        ),
        encoding="cp1252",
    ),
    Case(
        # The street and "City, ST" typed in one cell (line break), the ZIP in its own column.
        "zip-apart-from-a-two-line-address-cell",
        'Name,Address,Postcode,Country\nSam Carter,"12 Oak St Apt 3\nSpringfield, IL",62704,USA\n'
        'Ana Ruiz,"400 Elm Ave\nUnit 2\nAustin, Texas",78701,\n',
        (
            ("Sam Carter", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            ("Ana Ruiz", ("400 Elm Ave Unit 2", "Austin, Texas 78701")),
        ),
    ),
    Case(
        # A hand-made sheet: the one street column says "Mailing", the town columns say nothing.
        "mailing-street-beside-plain-city-state-zip",
        "Name,Mailing Street,City,State,Zip\nAnn Lee,12 Oak St Apt 3,Springfield,IL,62704\n"
        "Bo Chan,400 Elm Ave,Chicago,IL,60614\n",
        (US1, ("Bo Chan", ("400 Elm Ave", "Chicago, IL 60614"))),
        said=("full name    <- Name", "street       <- Mailing Street"),
    ),
    Case(
        # A Google Forms question title with its hint, and the town asked apart.
        "mailing-address-question-beside-plain-town-questions",
        '"Full name\n(as it should appear on the letter)","Mailing address\n(street, apt)",'
        "City,State,ZIP\nAnn Lee,12 Oak St Apt 3,Springfield,IL,62704\n",
        (US1,),
    ),
    Case(
        # The reverse: a plain street, and the town, state and postcode under "Billing".
        "plain-street-beside-billing-town-state-zip",
        "First Name,Last Name,Address,Billing City,Billing State,Billing Zip\n"
        "Ann,Lee,12 Oak St Apt 3,Springfield,IL,62704\n",
        (US1,),
    ),
    Case(
        # Two sets with a street each still compete: the complete home one prints, said.
        "mailing-street-alone-beside-a-whole-home-address",
        "Name,Street,City,State,Zip,Mailing Street\n"
        "Ann Lee,12 Oak St Apt 3,Springfield,IL,62704,PO Box 9\n",
        (US1,),
    ),
    Case(
        # Icelandic Excel: the street (Heimilisfang) and postcode (Póstnúmer) are known words
        # (Firefox's Icelandic address form); the town's word Staður is not, and that column
        # is the town by its values (place names) and place (right after the postcode).
        "an-address-under-words-the-tool-does-not-know",
        "Nafn;Kennitala;Heimilisfang;Póstnúmer;Staður;Netfang\n"
        "Guðrún Jónsdóttir;120389-2739;Laugavegur 22;101;Reykjavík;gudrun@example.is\n"
        "Þórður Ágústsson;010175-3319;Hafnarstræti 5;600;Akureyri;thordur@example.is\n",
        (
            ("Guðrún Jónsdóttir", ("Laugavegur 22", "101 Reykjavík")),
            ("Þórður Ágústsson", ("Hafnarstræti 5", "600 Akureyri")),
        ),
        said=("town/city <- Staður (by its values and place: place names",),
        country="IS",
        encoding="cp1252",
    ),
    Case(
        # Seats and meals beside the names are not an address: the list builds without one.
        "seats-and-meals-are-not-an-address",
        "Name,Seat,Meal\nAnn Lee,Table 4,Vegetarian\nBo Chan,Table 7,Fish\n",
        (("Ann Lee", ()), ("Bo Chan", ())),
    ),
    Case(
        # Wufoo writes a name field's two boxes each under the field's title.
        "two-columns-both-headed-name",
        "Entry Id,Name,Name,Address,City,State / Province / Region,Postal / Zip Code,Country\n"
        "1,Eleanor,Rigby,17 Penny Lane,Liverpool,Merseyside,L18 1DE,United Kingdom\n",
        (("Eleanor Rigby", ("17 Penny Lane", "Liverpool", "Merseyside", "L18 1DE")),),
        country="GB",
        said=("first name <- Name", "last name <- Name"),
    ),
    Case(
        # Donorbox: "Anonymous" in Name when the donor hides from public lists; the parts are
        # the donor's own name.
        "anonymous-in-the-full-name-beside-the-parts",
        "Name,Donor First Name,Donor Last Name,Address,City,State / Province / Region,"
        "Postal Code,Country\n"
        "Anonymous,Karen,Wu,3901 S Lamar Blvd,Austin,TX,78704,United States\n",
        (("Karen Wu", ("3901 S Lamar Blvd", "Austin, TX 78704")),),
    ),
    Case(
        # NationBuilder: primary_county filled, primary_state empty (a UK list).
        "county-where-the-state-column-is-empty",
        "first_name,last_name,primary_address1,primary_city,primary_county,primary_state,"
        "primary_zip,primary_country_code\n"
        "Olusegun,Adeyemi,The Vicarage,Fakenham,Norfolk,,NR21 0AA,GB\n",
        (("Olusegun Adeyemi", ("The Vicarage", "Fakenham", "Norfolk", "NR21 0AA")),),
        country="GB",
    ),
    Case(
        # A US county is never the state: left out, said, and the missing state warned about.
        "us-county-is-not-the-state",
        "Name,Street,City,County,State,Zip\nAnn Lee,12 Oak St Apt 3,Springfield,Sangamon,IL,62704\n"
        "Bo Chan,400 Elm Ave,Chicago,Cook,,60614\n",
        (US1, ("Bo Chan", ("400 Elm Ave", "Chicago 60614"))),
        said=("not used: County (2 values, line 3): a county, where a state must be given",),
    ),
    Case(
        # A petition export: no street is ever collected; the comment is not one.
        "petition-signatures-with-a-comment-and-no-street",
        "name,city,state,postal_code,country_code,signed_on,reason\n"
        "Jordan Blake,Portland,OR,97214,US,2026-11-02,\n"
        "Kofi Mensah,Accra,,,GH,2026-11-03,Because no one should be sent back to danger\n",
        (("Jordan Blake", ("Portland, OR 97214",)), ("Kofi Mensah", ("Accra", "GHANA"))),
    ),
    Case(
        # An Irish club list: the townland between the street and the town, under the Irish
        # word (Baile fearainn) the header reading does not know; the address is whole without
        # it, so only its place tells.
        "a-column-of-words-between-address-columns",
        "Member Name,Address 1,Address 2,Baile fearainn,Town,County,Eircode\n"
        "Pádraig Ó Súilleabháin,Ard na Gréine,,Gortnaclohy,Skibbereen,Co. Cork,P81 X2Y3\n",
        refused=("2:4", "'Gortnaclohy' from column 'Baile fearainn' would not be on this signer"),
        country="IE",
    ),
    Case(
        # The same list under the English word: Townland, Ireland's sublocality (Google's
        # address data), is the line above the town.
        "a-townland-between-the-street-and-the-town",
        "Member Name,Address 1,Address 2,Townland,Town,County,Eircode\n"
        "Pádraig Ó Súilleabháin,Ard na Gréine,,Gortnaclohy,Skibbereen,Co. Cork,P81 X2Y3\n",
        (
            (
                "Pádraig Ó Súilleabháin",
                ("Ard na Gréine", "Gortnaclohy", "Skibbereen", "Co. Cork", "P81 X2Y3"),
            ),
        ),
        country="IE",
    ),
    Case(
        # A UAE members sheet: Area (the locality, Firefox's address-form word for it) between the
        # PO box and the villa prints; it was refused as a column no rule placed.
        "an-area-between-the-po-box-and-the-building",
        "Name,P.O. Box,Area,Building/Villa,Emirate,Country\n"
        "Fatima Al Mansoori,PO Box 12345,Al Barsha 1,Villa 22,Dubai,United Arab Emirates\n",
        (
            (
                "Fatima Al Mansoori",
                ("Villa 22", "PO Box 12345", "Al Barsha 1", "Dubai", "UNITED ARAB EMIRATES"),
            ),
        ),
        country="GB",
        said=("town/city <- Area",),
    ),
    Case(
        # A school PTA directory: the household's family name, and the parents' names.
        "parents-names-in-a-school-directory",
        "Family Name,Parent/Guardian 1 First,Parent/Guardian 1 Last,Parent/Guardian 2 First,"
        "Parent/Guardian 2 Last,Student(s),Mailing Address,City,St,Zip\n"
        "Garcia,Elena,Garcia,Marco,Russo,Sofia,1420 Birch Ln,Naperville,IL,60540\n"
        "Thompson,Keisha,,,,Jaylen,PO Box 332,Plainfield,IL,60544\n",
        (
            ("Elena Garcia", ("1420 Birch Ln", "Naperville, IL 60540")),
            ("Keisha Thompson", ("PO Box 332", "Plainfield, IL 60544")),
        ),
        said=("first name <- Parent/Guardian 1 First",),
    ),
    Case(
        # CiviCRM: three numbered supplemental lines under one street are lines, not sets.
        "numbered-lines-under-one-street-are-not-sets",
        "First Name,Last Name,Street Address,Supplemental Address 1,Supplemental Address 2,"
        "Supplemental Address 3,City,Postal Code,State,Country\n"
        "Étienne,Lavoie,RR 2,Stn Main,,,Sainte-Agathe-des-Monts,J8C 2Z8,Quebec,Canada\n",
        (
            (
                "Étienne Lavoie",
                ("RR 2", "Stn Main", "Sainte-Agathe-des-Monts QC J8C 2Z8", "CANADA"),
            ),
        ),
    ),
    Case(
        # CiviCRM: "Individual Prefix" and "Individual Suffix" beside plain name columns give
        # parts no other column gives: the signer's own title and suffix.
        "a-person-word-on-name-parts-the-plain-columns-lack",
        "Individual Prefix,First Name,Last Name,Individual Suffix,Street Address,City,"
        "Postal Code,State\nMr.,Jim,Beam,Jr.,PO Box 45,Fairbanks,99707,Alaska\n",
        (("Mr. Jim Beam Jr.", ("PO Box 45", "Fairbanks, AK 99707")),),
    ),
    Case(
        # NationBuilder: a registered address beside the primary one, with no name of its
        # own, is the signer's too, read where the primary address is empty.
        "a-second-address-by-a-word-not-known-with-no-name-of-its-own",
        "first_name,last_name,primary_address1,primary_city,primary_zip,registered_address1,"
        "registered_city,registered_zip\n"
        "Bronwen,Lloyd,,,,12 Heol y Frenhines,Carmarthen,SA31 1JG\n"
        "Callum,Stewart,88 Byres Road,Glasgow,G12 8TB,,,\n",
        (
            ("Bronwen Lloyd", ("12 Heol y Frenhines", "Carmarthen", "SA31 1JG")),
            ("Callum Stewart", ("88 Byres Road", "Glasgow", "G12 8TB")),
        ),
        country="GB",
    ),
    Case(
        # Outlook in Spanish: the job title (Puesto) sits between two address sets' columns,
        # not inside one address.
        "a-job-title-between-two-address-sets",
        '"Nombre","Apellidos","Organización","Departamento","Puesto","Calle del trabajo",'
        '"Ciudad de trabajo","Calle del domicilio","Ciudad de residencia",'
        '"Código postal de residencia"\n'
        '"María","Fernández","Ayuntamiento","","Técnica","Plaza Mayor 1","Salamanca",'
        '"C/ Toro, 14, 3º B","Salamanca","37002"\n',
        (("María Fernández", ("C/ Toro, 14, 3º B", "37002 Salamanca")),),
        country="ES",
        language="es",
    ),
)

"""People and pages (issue 20, review 6): several people named in one cell, a letter each; a
whole address typed into the street box, read into its parts; a name question's sub-label
names the part even where the question's word is also the first name's (Jotform in Spanish:
"Nombre - Apellido"); a middle name written as one word ("middlename"); a report's page header
(its title and header row) repeated between the signers is no signer. The rows are our own
sample people; sources in tests/data/exports/SOURCES.md."""

from __future__ import annotations

from signer_corpus import Case

PEOPLE_AND_PAGES = (
    # Jotform's "Question - Sub-label" columns in Spanish: "Nombre" is the question (the name)
    # and the first name's sub-label alike; "Apellido" is the surname (review 6's 145).
    Case(
        "jotform-es-nombre-apellido-sublabels",
        "Fecha de envío,Nombre - Nombre,Nombre - Apellido,Dirección - Dirección,"
        "Dirección - Línea 2 de dirección,Dirección - Ciudad,Dirección - Estado / Provincia,"
        "Dirección - Código postal,Dirección - País\r\n"
        "2026-12-01,Marta,Ibáñez,Calle Mayor 10,2.º izq.,Zaragoza,Zaragoza,50001,España\r\n",
        (("Marta Ibáñez", ("Calle Mayor 10", "2.º izq.", "50001 Zaragoza")),),
        country="ES",
        language="es",
        said=("first name <- Nombre - Nombre", "last name <- Nombre - Apellido"),
    ),
    # Written after the rule: Czech "Jméno" (name, and the first name) as the question.
    Case(
        "jotform-cz-jmeno-prijmeni-sublabels",
        "Datum odeslání,Jméno - Jméno,Jméno - Příjmení,Adresa - Ulice,Adresa - Město,"
        "Adresa - PSČ\r\n"
        "2026-12-01,Petr,Novák,Masarykova 12,Brno,602 00\r\n",
        (("Petr Novák", ("Masarykova 12", "602 00 Brno")),),
        country="CZ",
        language="cs",
        said=("last name <- Jméno - Příjmení",),
    ),
    # Magento 2's customer export: the middle name's column is "middlename", one word
    # (review 6's 01 printed "Ms. Ann Lee" without it).
    Case(
        "magento-customers-middlename",
        "email,_website,_store,firstname,middlename,lastname,prefix,suffix,_address_street,"
        "_address_city,_address_region,_address_postcode\r\n"
        "ann@example.org,base,default,Ann,Marie,Lee,Ms.,,1200 Congress Ave,Austin,Texas,78701\r\n"
        "tom@example.org,base,default,Tom,J.,Baker,,Jr.,55 Elm St,Denver,Colorado,80202\r\n",
        (
            ("Ms. Ann Marie Lee", ("1200 Congress Ave", "Austin, TX 78701")),
            ("Tom J. Baker Jr.", ("55 Elm St", "Denver, CO 80202")),
        ),
        said=("middle name <- middlename",),
    ),
    # A CRM report printed to CSV: its title and header row again at the top of page 2
    # (review 6's 32 printed "Donor Mailing List" as a signer and stopped on 'State').
    Case(
        "crm-report-page-header-repeated",
        "Donor Mailing List\r\nPrinted 12/7/2026 9:14 AM\r\n\r\n"
        "Addressee,Address Line 1,Address Line 2,City,State,ZIP\r\n"
        "Ms. Ellen Park,12 Birch Rd,,Ann Arbor,MI,48104\r\n"
        "Mr. Luis Ortega,300 W 5th St,Apt 9,Austin,TX,78701\r\n\r\nPage 1 of 2\r\n\r\n"
        "Donor Mailing List\r\n"
        "Addressee,Address Line 1,Address Line 2,City,State,ZIP\r\n"
        "Dr. Naomi Sato,8 Harbor Way,,Seattle,WA,98101\r\n\r\n"
        "Total records: 3\r\nPage 2 of 2\r\n",
        (
            ("Ms. Ellen Park", ("12 Birch Rd", "Ann Arbor, MI 48104")),
            ("Mr. Luis Ortega", ("300 W 5th St Apt 9", "Austin, TX 78701")),
            ("Dr. Naomi Sato", ("8 Harbor Way", "Seattle, WA 98101")),
        ),
    ),
    # Written after the rule: a German report, semicolons, "Seite 1 von 2".
    Case(
        "de-report-seitenkopf-wiederholt",
        "Spendenliste\r\nStand: 07.12.2026\r\n\r\nName;Straße;PLZ;Ort\r\n"
        "Anna Schmidt;Hauptstraße 5;10115;Berlin\r\nJan Weber;Lindenweg 2;80331;München\r\n"
        "\r\nSeite 1 von 2\r\nSpendenliste\r\nName;Straße;PLZ;Ort\r\n"
        "Eva Braun;Gartenstraße 9;50667;Köln\r\n\r\nSeite 2 von 2\r\n",
        (
            ("Anna Schmidt", ("Hauptstraße 5", "10115 Berlin")),
            ("Jan Weber", ("Lindenweg 2", "80331 München")),
            ("Eva Braun", ("Gartenstraße 9", "50667 Köln")),
        ),
        country="DE",
        language="de",
    ),
    # A form's "Names of everyone signing (one per line)": two whole names on two lines of
    # one cell are two people, a letter each at the row's address (review 6's 125 signed one
    # letter "Ann Lee Bob Lee").
    Case(
        "gforms-names-one-per-line",
        "Timestamp,Names of everyone signing (one per line),Street address,City,State,ZIP\r\n"
        '12/1/2026,"Ann Lee\nBob Lee",12 Oak St,Springfield,IL,62704\r\n',
        (
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Bob Lee", ("12 Oak St", "Springfield, IL 62704")),
        ),
    ),
    # Written after the rule: a name over two lines, a word each, is one person; three names
    # with accents and Excel's line ends in the cell are three.
    Case(
        "sheet-name-lines-one-and-three-people",
        "Full name,Street address,City,State,ZIP\r\n"
        '"Jane\nSmith",1 Elm St,Springfield,IL,62704\r\n'
        '"María José García\r\nJuan Pérez\r\nLuz Peña",5 Oak Ave,Tucson,AZ,85701\r\n',
        (
            ("Jane Smith", ("1 Elm St", "Springfield, IL 62704")),
            ("María José García", ("5 Oak Ave", "Tucson, AZ 85701")),
            ("Juan Pérez", ("5 Oak Ave", "Tucson, AZ 85701")),
            ("Luz Peña", ("5 Oak Ave", "Tucson, AZ 85701")),
        ),
    ),
    # A whole address typed into a form's street box, its town, state and ZIP boxes left
    # empty (review 6's 149 printed it on one line, warning that the town was missing).
    Case(
        "gforms-whole-address-in-street-box",
        "Timestamp,Full name,Street address,City,State,ZIP code\r\n"
        "12/1/2026,Ann Lee,12 Oak St,Springfield,IL,62704\r\n"
        '12/1/2026,Raúl Ortiz,"400 W 3rd St Apt 2, Austin, TX 78701",,,\r\n',
        (
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Raúl Ortiz", ("400 W 3rd St Apt 2", "Austin, TX 78701")),
        ),
        said=("street: the whole address typed into the street's cell, read into its parts",),
    ),
    # Written after the rule: a UK form's first address line holding the town and postcode.
    Case(
        "uk-sheet-whole-address-in-line-1",
        "Name,Address line 1,Address line 2,Town,Postcode\r\n"
        'Ann Lee,"10 Downing Street, London SW1A 2AA",,,\r\n'
        "Bob Ray,5 High St,,Leeds,LS1 4AP\r\n",
        (
            ("Ann Lee", ("10 Downing Street", "London", "SW1A 2AA")),
            ("Bob Ray", ("5 High St", "Leeds", "LS1 4AP")),
        ),
        country="GB",
    ),
    # Tito's ticket export: the holder's "Ticket Full Name" signs, and the billing address is
    # the order's, whose buyer "Order Name" is another person on Ben's row (review 6's 80
    # printed Amy's address on Ben's letter): his letter prints no return address, said.
    Case(
        "tito-ticket-holder-and-order-buyer",
        "Number,Ticket Created Date,Ticket,Ticket Full Name,Ticket First Name,Ticket Last Name,"
        "Ticket Email,Order Reference,Order Name,Order Email,Order Ip,Billing Address Line 1,"
        "Billing Address Line 2,Billing Address City,Billing Address Postcode,"
        "Billing Address Country,Billing Address State\r\n"
        "1,2026-11-01,Standard,Amy Jones,Amy,Jones,amy@example.co.uk,ABCD-1,Amy Jones,"
        "amy@example.co.uk,81.2.69.160,22 Park Row,,Bristol,BS1 5LJ,United Kingdom,\r\n"
        "2,2026-11-01,Standard,Ben Okoro,Ben,Okoro,ben@example.co.uk,ABCD-1,Amy Jones,"
        "amy@example.co.uk,81.2.69.160,22 Park Row,,Bristol,BS1 5LJ,United Kingdom,\r\n",
        (("Amy Jones", ("22 Park Row", "Bristol", "BS1 5LJ")), ("Ben Okoro", ())),
        country="GB",
        said=("billing/shipping full name <- Order Name",),
    ),
    # Written after the rule: a booking's first and last name beside the attendee's.
    Case(
        "booking-names-beside-attendee-billing",
        "Attendee First Name,Attendee Last Name,Booking First Name,Booking Last Name,"
        "Billing Street,Billing City,Billing State,Billing Zip\r\n"
        "Mia,Chen,Mia,Chen,5 Oak Ave,Tucson,AZ,85701\r\n"
        "Leo,Park,Mia,Chen,5 Oak Ave,Tucson,AZ,85701\r\n",
        (("Mia Chen", ("5 Oak Ave", "Tucson, AZ 85701")), ("Leo Park", ())),
    ),
    # Wix Stores orders: "Billing Customer" and "Delivery Customer" name one buyer who ships
    # to themself; "Street Name&Number" is the street (review 6's 143 asked which name signs,
    # then offered a person's name as the town).
    Case(
        "wix-stores-orders-billing-and-delivery-customer",
        "Order #,Date created,Billing Customer,Billing Company Name,Billing Country,"
        "Billing State,Billing City,Billing Street Name&Number,Billing Zip Code,"
        "Delivery Customer,Delivery Country,Delivery State,Delivery City,"
        "Delivery Street Name&Number,Delivery Zip Code,Buyer's Email,Payment Status\r\n"
        '10001,"Dec 1, 2026",Hana Sato,,United States,WA,Seattle,1201 3rd Ave Apt 1500,98101,'
        "Hana Sato,United States,WA,Seattle,1201 3rd Ave Apt 1500,98101,h@example.com,Paid\r\n",
        (("Hana Sato", ("1201 3rd Ave Apt 1500", "Seattle, WA 98101")),),
        said=("billing/shipping street <- Billing Street Name&Number",),
    ),
    # Written after the rule: a buyer and a recipient column naming the same people, one
    # recipient left empty.
    Case(
        "orders-buyer-and-recipient-same-people",
        "Order,Buyer,Recipient,Street,City,State,Zip\r\n"
        "1001,Ann Lee,Ann Lee,12 Oak St,Springfield,IL,62704\r\n"
        "1002,Bob Ray,Bob Ray,5 Elm St,Tucson,AZ,85701\r\n"
        "1003,Cy Dunn,,9 Pine Rd,Reno,NV,89501\r\n",
        (
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Bob Ray", ("5 Elm St", "Tucson, AZ 85701")),
            ("Cy Dunn", ("9 Pine Rd", "Reno, NV 89501")),
        ),
        said=("billing/shipping full name <- Recipient",),
    ),
    # A buyer and a recipient beside the one address: where the goods went, the recipient's
    # (the row of a gift prints the buyer with no address and says so; was a refusal of the
    # whole list before 'Buyer' and 'Recipient' were read as words for people).
    Case(
        "orders-buyer-and-recipient-different-people",
        "Order,Buyer,Recipient,Street,City,State,Zip\r\n"
        "1001,Ann Lee,Ann Lee,12 Oak St,Springfield,IL,62704\r\n"
        "1002,Bob Ray,Eve Ray,5 Elm St,Tucson,AZ,85701\r\n",
        (("Ann Lee", ("12 Oak St", "Springfield, IL 62704")), ("Bob Ray", ())),
        said=("not used: Recipient (1 value, line 3): the billing/shipping address is Eve Ray's",),
    ),
    # A sheet's "Name 1" and "Name 2" (review 6's sweep people-Name_2: Bob Lee was read only
    # where "Name 1" is empty); a row with only the second name is one letter, as before.
    Case(
        "sheet-name-1-and-name-2",
        "Name 1,Name 2,Street,City,State,Zip\r\n"
        "Ann Lee,Bob Lee,12 Oak St,Springfield,IL,62704\r\n"
        ",Cy Dunn,5 Elm St,Tucson,AZ,85701\r\n"
        "Ed Fox,,9 Pine Rd,Reno,NV,89501\r\n",
        (
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Bob Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Cy Dunn", ("5 Elm St", "Tucson, AZ 85701")),
            ("Ed Fox", ("9 Pine Rd", "Reno, NV 89501")),
        ),
    ),
)

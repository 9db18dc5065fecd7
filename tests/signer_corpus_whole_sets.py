"""Signer lists with two address sets of one kind under different words ("Billing Zip" beside
"Shipping Zip", IdrottOnline's "Kontaktadress" beside "Folkbokföring"): each row prints one set
whole, the one giving more of street, town, region and postcode, never the street of one with
the postcode of the other. Headers as tests/data/exports/SOURCES.md names them; the rows are
our own sample people."""

from __future__ import annotations

from signer_corpus import US1, Case

_SHOPIFY = (
    "Name,Email,Financial Status,Billing Name,Billing Street,Billing Address1,Billing Address2,"
    "Billing Company,Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,"
    "Shipping Name,Shipping Street,Shipping Address1,Shipping Address2,Shipping Company,"
    "Shipping City,Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,Total\n"
)
_STRIPE_PAYMENTS = (
    "id,Created (UTC),Amount,Customer Email,Card Name,Card Address Line1,Card Address Line2,"
    "Card Address City,Card Address State,Card Address Country,Card Address Zip,"
    "Card AVS Zip Status,Shipping Address Line1,Shipping Address Line2,Shipping Address City,"
    "Shipping Address State,Shipping Address Country,Shipping Address Postal Code\n"
)
_IDROTT = (
    "Typ;Förnamn;Efternamn;Kön;E-post kontakt;Kontaktadress - c/o adress;"
    "Kontaktadress - Gatuadress;Kontaktadress - Postnummer;Kontaktadress - Postort;"
    "Kontaktadress - Land;Folkbokföring - c/o adress;Folkbokföring - Gatuadress;"
    "Folkbokföring - Postnummer;Folkbokföring - Postort;Folkbokföring - Land;"
    "Folkbokföring - Kommunkod;Folkbokföring - Kommun;Arbetsadress - Gatuadress;"
    "Arbetsadress - Postnummer;Arbetsadress - Postort;Arbetsadress - Land\n"
)

WHOLE_SETS = (
    Case(
        # Shopify orders: a billing address of a ZIP alone beside a whole shipping one. The
        # shipping one prints whole: its own ZIP, never the billing ZIP under its street.
        "shopify-orders-billing-zip-alone-shipping-whole",
        _SHOPIFY + "#1001,a@x.org,paid,,,,,,,97205,,US,,Ava Thornton,210 SE Ash St,"
        "210 SE Ash St,Apt 5,,Portland,97214,OR,US,,20.00\n"
        "#1002,b@x.org,paid,Bo Chan,400 Elm Ave,400 Elm Ave,,,Chicago,60614,IL,US,,Bo Chan,"
        "1 Lake Rd,1 Lake Rd,,,Evanston,60201,IL,US,,5.00\n",
        (
            ("Ava Thornton", ("210 SE Ash St Apt 5", "Portland, OR 97214")),
            ("Bo Chan", ("400 Elm Ave", "Chicago, IL 60614")),
        ),
        said=(
            "billing/shipping postal code <- Billing Zip (1 row), Shipping Zip (1 row)",
            "not used: Billing Zip (1 value, line 2), Billing Country (1 value, line 2): the "
            "'Billing' address, printed only in rows where it gives the most",
        ),
    ),
    Case(
        # Stripe's payments export: the card's billing address (often a ZIP alone, all a card
        # check asks for) and the shipping address. The card's whole address prints where it
        # gives as much; a card ZIP never goes under the shipping street.
        "stripe-payments-card-zip-never-under-the-shipping-street",
        _STRIPE_PAYMENTS + "ch_1,2026-03-01 10:00,20.00,a@x.org,Ann Lee,,,,,US,62704,pass,"
        "12 Oak St,Apt 3,Springfield,IL,US,62701\n"
        "ch_2,2026-03-02 10:00,5.00,b@x.org,Bo Chan,400 Elm Ave,,Chicago,IL,US,60614,pass,"
        ",,,,,\n"
        "ch_3,2026-03-03 10:00,5.00,c@x.org,Cy Diaz,9 Pine Rd,,Austin,TX,US,78701,pass,"
        "77 Lake Dr,,Dallas,TX,US,75201\n",
        (
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62701")),
            ("Bo Chan", ("400 Elm Ave", "Chicago, IL 60614")),
            ("Cy Diaz", ("9 Pine Rd", "Austin, TX 78701")),
        ),
        said=("billing/shipping postal code <- Card Address Zip (2 rows), Shipping Address",),
    ),
    Case(
        # Two sets of the signer's own of the same rank ("Contact", "Residential"): the one
        # with a ZIP prints whole, never its street beside the other's town.
        "contact-and-residential-sets-never-mixed",
        "First Name,Last Name,Contact Street,Contact City,Contact State,Contact ZIP,"
        "Residential Street,Residential City,Residential State,Residential ZIP\n"
        "Ann,Lee,,Springfield,IL,,12 Oak St Apt 3,Springfield,IL,62704\n"
        "Bo,Chan,400 Elm Ave,Chicago,IL,60614,9 Elm St,Evanston,IL,\n",
        (US1, ("Bo Chan", ("400 Elm Ave", "Chicago, IL 60614"))),
        said=("not used: Contact City (1 value, line 2), Contact State (1 value, line 2)",),
    ),
    Case(
        # IdrottOnline (Swedish sports clubs): a member with no contact address gets the
        # population register's (folkbokföring) one; the work address is not used beside them.
        "idrottonline-folkbokforing-where-kontaktadress-is-empty",
        _IDROTT + "Medlem;Ingrid;Lindqvist;Kvinna;i@x.se;;;;;;;Storgatan 1;435 30;Mölnlycke;"
        "Sverige;1401;Härryda;Lindholmspiren 5;417 56;Göteborg;Sverige\n"
        "Medlem;Oskar;Berg;Man;o@x.se;c/o Nilsson;Vasagatan 12 lgh 1102;411 24;Göteborg;"
        "Sverige;;Björkvägen 3;435 33;Mölnlycke;Sverige;1401;Härryda;;;;\n",
        (
            ("Ingrid Lindqvist", ("Storgatan 1", "435 30 Mölnlycke")),
            ("Oskar Berg", ("c/o Nilsson", "Vasagatan 12 lgh 1102", "411 24 Göteborg")),
        ),
        country="SE",
        encoding="cp1252",
        said=("not used: Folkbokföring - Gatuadress (1 value, line 3)",),
    ),
    Case(
        # A German shop's order list: words packbuilder does not know ("Rechnungsadresse",
        # "Lieferadresse") name two sets; the one with the street prints whole.
        "de-shop-rechnungsadresse-and-lieferadresse-each-whole",
        "Vorname;Nachname;Rechnungsadresse Straße;Rechnungsadresse PLZ;Rechnungsadresse Ort;"
        "Lieferadresse Straße;Lieferadresse PLZ;Lieferadresse Ort\n"
        "Anna;Schmidt;;10115;;Hauptstraße 5;80331;München\n"
        "Jonas;Weber;Gartenweg 2;50667;Köln;;;\n",
        (
            ("Anna Schmidt", ("Hauptstraße 5", "80331 München")),
            ("Jonas Weber", ("Gartenweg 2", "50667 Köln")),
        ),
        country="DE",
        language="de",
    ),
    Case(
        # TeamSnap's roster: the player's own address, and "Contact 1" (a parent, with a name
        # of their own). A player with no address of their own gets the contact's, whole,
        # and the row warning says whose it is (tests/test_signer_sets.py).
        "teamsnap-roster-contact-1-address-where-the-player-has-none",
        "First Name,Last Name,Gender,Birthdate,Jersey Number,Address Line 1,Address Line 2,"
        "City,State,Zip,Email Address 1,Contact 1 First Name,Contact 1 Last Name,"
        "Contact 1 Email Address 1,Contact 1 Address Line 1,Contact 1 City,Contact 1 State,"
        "Contact 1 Zip\n"
        "Ava,Lindgren,F,2008-05-02,14,3820 Cedar Ln,,Eau Claire,WI,54701,ava@x.org,Karin,"
        "Lindgren,karin@x.org,3820 Cedar Ln,Eau Claire,WI,54701\n"
        "Noah,Petersen,M,2008-09-12,7,,,,,,noah@x.org,Erik,Petersen,erik@x.org,"
        "55 Oak Ridge Rd,Altoona,WI,54720\n",
        (
            ("Ava Lindgren", ("3820 Cedar Ln", "Eau Claire, WI 54701")),
            ("Noah Petersen", ("55 Oak Ridge Rd", "Altoona, WI 54720")),
        ),
    ),
)

#: A column no rule places whose values are a town with its region ("Dayton, Ohio") beside an
#: address that has its own town: another place (a chapter, a hometown, where an item ships
#: from), listed as not used, never a second town line.
ANOTHER_PLACE = (
    Case(
        "chapter-town-and-state-beside-a-whole-address",
        "First Name,Last Name,Chapter,Street,City,State,ZIP\n"
        'Sam,Whitley,"Dayton, Ohio",22 Pleasant St,Northampton,MA,01060\n'
        'Ann,Lee,"Boston, MA",12 Oak St Apt 3,Springfield,IL,62704\n',
        (("Sam Whitley", ("22 Pleasant St", "Northampton, MA 01060")), US1),
        said=("not used: Chapter (2 values): towns with their state or region",),
    ),
    Case(
        # eBay's orders report: "Item Location" is where the seller ships from.
        "ebay-orders-item-location-is-not-the-buyers-town",
        "\r\nSales Record Number,Order Number,Buyer Username,Buyer Name,Buyer Email,Buyer Note,"
        "Buyer Address 1,Buyer Address 2,Buyer City,Buyer State,Buyer Zip,Buyer Country,"
        "Item Number,Item Title,Quantity,Sold For,Item Location\r\n"
        ",,,,,,,,,,,,,,,,\r\n"
        "1,12-09901-4711,buyer1,Marisol Ortega,b1@x.org,,88 Canal St,Unit 3B,Lowell,MA,"
        '01852,United States,2543,Pin badge,1,$3.00,"Dayton, Ohio"\r\n'
        "\r\n2 record(s) downloaded,from 11/01/2026 to 11/30/2026\r\n",
        (("Marisol Ortega", ("88 Canal St Unit 3B", "Lowell, MA 01852")),),
    ),
    Case(
        # An Australian union's list: the branch a member belongs to, a town and its state
        # (on main it printed as a line above the street).
        "au-union-branch-town-and-state-beside-a-whole-address",
        "Given Name,Family Name,Branch,Street Address,Suburb,State,Postcode\n"
        'Priya,Shah,"Parramatta, NSW",14 Mill Lane,Newtown,NSW,2042\n'
        'Tom,Ng,"Geelong, Victoria",2 Bay St,Brighton,VIC,3186\n',
        (
            ("Priya Shah", ("14 Mill Lane", "Newtown NSW 2042")),
            ("Tom Ng", ("2 Bay St", "Brighton VIC 3186")),
        ),
        country="AU",
    ),
)

#: A work address set before the home set, its kind said by a word after the part ("Ort
#: (geschäftlich)", "Ville professionnelle", "CAP di casa") or written as one word with it
#: ("Geschäftsadresse", "Arbejdsadresse"): the home set prints whole, never the work street
#: with the home postcode. Headers as written by people (SOURCES.md).
WORK_BEFORE_HOME = (
    Case(
        "de-sheet-geschaeftsadresse-before-privatadresse",
        "Name,Geschäftsadresse,Ort (geschäftlich),PLZ (geschäftlich),Privatadresse,Ort (privat),"
        "PLZ (privat)\n"
        "Anna Schmidt,Industriestraße 1,Düsseldorf,40210,Lindenweg 3,München,80331\n",
        (("Anna Schmidt", ("Lindenweg 3", "80331 München")),),
        country="DE",
        language="de",
        said=(
            "full name   <- Name",
            "street      <- Privatadresse",
            "town/city   <- Ort (privat)",
            "postal code <- PLZ (privat)",
            "not used: Geschäftsadresse (1 value, line 2), Ort (geschäftlich) (1 value, line 2), "
            "PLZ (geschäftlich) (1 value, line 2): the row's home address is used",
        ),
    ),
    Case(
        "fr-sheet-adresse-professionnelle-before-personnelle",
        "Nom complet,Adresse professionnelle,Ville professionnelle,Code postal professionnel,"
        "Adresse personnelle,Ville personnelle,Code postal personnel\n"
        "Claire Martin,1 place de la Concorde,Paris,75008,12 rue de la Paix,Paris,75002\n",
        (("Claire Martin", ("12 rue de la Paix", "75002 Paris")),),
        country="FR",
        language="fr",
    ),
    Case(
        "it-sheet-indirizzo-di-lavoro-before-casa",
        "Nome e cognome,Indirizzo di lavoro,Città di lavoro,CAP di lavoro,Indirizzo di casa,"
        "Città di casa,CAP di casa\n"
        "Giulia Bianchi,Corso Italia 1,Milano,20122,Via Roma 1,Milano,20121\n",
        (("Giulia Bianchi", ("Via Roma 1", "20121 Milano")),),
        country="IT",
        language="it",
    ),
    Case(
        "es-sheet-direccion-laboral-before-particular",
        "Nombre,Dirección laboral,Ciudad laboral,Código postal laboral,Dirección particular,"
        "Ciudad particular,Código postal particular\n"
        "Carmen Ruiz,Paseo de la Castellana 1,Madrid,28046,C/ Mayor 5,Madrid,28013\n",
        (("Carmen Ruiz", ("C/ Mayor 5", "28013 Madrid")),),
        country="ES",
        language="es",
    ),
    Case(
        # Danish: the kind written after the part ("Postnr. arbejde") and joined to the
        # address word ("Arbejdsadresse", "Hjemmeadresse").
        "dk-sheet-arbejdsadresse-before-hjemmeadresse",
        "Navn;Arbejdsadresse;Postnr. arbejde;By arbejde;Hjemmeadresse;Postnr.;By\n"
        "Mette Holm;Vesterbrogade 1;1620;København V;Ågade 3;2200;København N\n",
        (("Mette Holm", ("Ågade 3", "2200 København N")),),
        country="DK",
        language="da",
    ),
    Case(
        # A kind packbuilder has no word for ("sommerhus", a summer house) after the part:
        # a set of its own, never the summer house's postcode under the home street.
        "dk-sheet-sommerhus-set-before-the-plain-one",
        "Navn;Adresse sommerhus;Postnr. sommerhus;Adresse;Postnr.;By\n"
        "Mette Holm;Strandvejen 1;3100;Ågade 3;2200;København N\n",
        (("Mette Holm", ("Ågade 3", "2200 København N")),),
        country="DK",
        language="da",
        said=(
            "full name   <- Navn",
            "street      <- Adresse",
            "town/city   <- By",
            "postal code <- Postnr.",
            "not used: Adresse sommerhus (1 value, line 2), Postnr. sommerhus (1 value, line 2): "
            "the 'sommerhus' address, printed only in rows where it gives the most",
        ),
    ),
    Case(
        # Dutch compounds: werk + adres, huis + adres.
        "nl-sheet-werkadres-before-huisadres",
        "Naam,Werkadres,Postcode werk,Plaats werk,Huisadres,Postcode,Woonplaats\n"
        "Sanne Bakker,Stationsplein 1,3511 ED,Utrecht,Lindelaan 4,3521 AB,Utrecht\n",
        (("Sanne Bakker", ("Lindelaan 4", "3521 AB Utrecht")),),
        country="NL",
        language="nl",
    ),
)

#: A home set holding a postcode alone beside a complete work set: the work set prints whole,
#: said in a row warning, and the home postcode is listed as not used.
HOME_POSTCODE_ALONE = (
    Case(
        "us-sheet-home-zip-alone-beside-a-whole-work-address",
        "Name,Home Street,Home City,Home State,Home Zip,Work Street,Work City,Work State,Work Zip\n"
        "Ann Lee,,,,62704,500 Corporate Dr,Chicago,IL,60601\n"
        "Bo Chan,12 Oak St,Springfield,IL,62704,1 Main St,Chicago,IL,60601\n",
        (
            ("Ann Lee", ("500 Corporate Dr", "Chicago, IL 60601")),
            ("Bo Chan", ("12 Oak St", "Springfield, IL 62704")),
        ),
        said=(
            "full name         <- Name",
            "street            <- Home Street",
            "town/city         <- Home City",
            "state/region      <- Home State",
            "postal code       <- Home Zip",
            "work street       <- Work Street",
            "work town/city    <- Work City",
            "work state/region <- Work State",
            "work postal code  <- Work Zip",
            "not used: Home Zip (1 value, line 2): the row's work address is used",
        ),
    ),
    Case(
        "de-sheet-plz-alone-beside-a-whole-geschaeftlich-address",
        "Vorname,Nachname,PLZ,Straße (geschäftlich),PLZ (geschäftlich),Ort (geschäftlich)\n"
        "Anna,Schmidt,80331,Industriestraße 1,40210,Düsseldorf\n",
        (("Anna Schmidt", ("Industriestraße 1", "40210 Düsseldorf")),),
        country="DE",
        language="de",
    ),
)

#: Another person's set beside the signer's: a recipient's, a ship-to's or a mailing set with
#: a name of its own. It prints on the signer's letter only in a row where its name is the
#: signer's; otherwise it is listed as somebody else's, never printed.
SOMEBODY_ELSES = (
    Case(
        # Donorbox: a tribute's card recipient with the recipient's address.
        "donorbox-donations-honoree-recipient-address",
        "Name,Donor First Name,Donor Last Name,Donor Email,Make Donation Anonymous,Address,"
        "Address 2,City,State / Province / Region,Postal Code,Country,Phone,Campaign,Amount,"
        "Currency,Donated At,Designation,Honoree Name,Recipient Name,Recipient Email,"
        "Recipient Address,Comment\r\n"
        "Ann Lee,Ann,Lee,a@x.org,no,12 Oak St,Apt 3,Springfield,IL,62704,United States,,"
        "Letters 2026,25.00,USD,2026-11-01 10:00:00 UTC,General,Rosa Parks,Grace Lee,g@x.org,"
        '"9 Pine Rd, Dayton, OH 45402",For Grandma\r\n'
        "Tom Hardy,Tom,Hardy,t@x.co.uk,no,10 Broad Lane,Crookes,Sheffield,,S10 1UA,United Kingdom,"
        ",Letters 2026,10.00,GBP,2026-11-02 09:00:00 UTC,General,,,,,\r\n",
        (
            US1,
            ("Tom Hardy", ("10 Broad Lane", "Crookes", "Sheffield", "S10 1UA", "UNITED KINGDOM")),
        ),
        said=(
            "not used: Recipient Name (1 value, line 2), Recipient Address (1 value, line 2): "
            "the billing/shipping address is Grace Lee's, not this signer's",
        ),
    ),
    Case(
        # An order list in Amazon's words: the buyer signs; the ship-to set is the buyer's
        # where the recipient is the buyer, and nobody's address on Bo Chan's letter.
        "orders-buyer-name-recipient-name-ship-address",
        "Buyer Name,Buyer Email,Recipient Name,Ship Address 1,Ship City,Ship State,Ship Zip\n"
        "Ann Lee,a@x.org,Ann Lee,12 Oak St,Springfield,IL,62704\n"
        "Bo Chan,b@x.org,Grace Chan,9 Pine Rd,Dayton,OH,45402\n",
        (("Ann Lee", ("12 Oak St", "Springfield, IL 62704")), ("Bo Chan", ())),
    ),
    Case(
        "gift-recipient-set-before-the-buyers-own",
        "Name,Email,Gift Recipient Name,Gift Recipient Street,Gift Recipient City,"
        "Gift Recipient State,Gift Recipient Zip,Street,City,State,Zip\n"
        "Ann Lee,a@x.org,Grace Lee,9 Pine Rd,Dayton,OH,45402,12 Oak St,Springfield,IL,62704\n",
        (("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),),
    ),
    Case(
        # A mailing set with its own name (Rakuten's 送付先 in English words): the signer's
        # mailing address where the name is theirs, somebody else's where it is not.
        "mailing-name-of-somebody-else-beside-the-home-address",
        "Name,Street,City,State,Zip,Mailing Name,Mailing Street,Mailing City,Mailing State,"
        "Mailing Zip\n"
        "Ann Lee,12 Oak St,Springfield,IL,62704,Ann Lee,PO Box 5,Springfield,IL,62705\n"
        "Bo Chan,400 Elm Ave,Chicago,IL,60614,Grace Chan,9 Pine Rd,Dayton,OH,45402\n",
        (
            ("Ann Lee", ("PO Box 5", "Springfield, IL 62705")),
            ("Bo Chan", ("400 Elm Ave", "Chicago, IL 60614")),
        ),
    ),
)

#: A whole address in one cell beside parts of its own set, or alone under a header that does
#: not say so: read as the address where it is one, never dropped as "the same address as the
#: parts beside it" when it holds what they lack; refused at the cell where it is no address.
WHOLE_IN_ONE_CELL = (
    Case(
        # monday.com's board export: a board line and a group line above the header; the item's
        # "Location" column holds the whole address in one line.
        "monday-board-export-board-and-group-lines",
        "Letter writers 2026,,,,\r\n"
        "Signed up,,,,\r\n"
        "Name,Person,Status,Date,Location\r\n"
        'Ann Lee,Dana Smith,Done,2026-11-01,"12 Oak St Apt 3, Springfield, IL 62704, USA"\r\n'
        'Maria Garcia,Dana Smith,Working on it,2026-11-02,"450 Elm Ave, Austin, TX 78701, USA"\r\n',
        (US1, ("Maria Garcia", ("450 Elm Ave", "Austin, TX 78701"))),
    ),
    Case(
        # A petition sheet: a "Line" number, the residence address beside City and ZIP with no
        # street column: the residence address is the street line.
        "us-petition-line-residence-address-city-zip",
        "Line,Printed Name,Residence Address,City,ZIP,Signature\n"
        "1,Ann Lee,12 Oak St Apt 3,Springfield,62704,x\n"
        "2,Maria Garcia,450 Elm Ave,Chicago,60614,x\n",
        (
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield 62704")),
            ("Maria Garcia", ("450 Elm Ave", "Chicago 60614")),
        ),
        said=(
            "street <- Residence Address where it holds none of the parts beside it and the "
            "address has no street (lines 2, 3)",
        ),
    ),
    Case(
        # A "Full Address" giving the town the columns beside it lack: it prints.
        "full-address-gives-the-town-street-state-zip-lack",
        "First Name,Last Name,Street,State,Zip,Full Address\n"
        'Bo,Chan,400 Elm Ave,IL,60614,"400 Elm Ave, Chicago, IL 60614"\n',
        (("Bo Chan", ("400 Elm Ave", "Chicago, IL 60614")),),
        said=("whole address <- Full Address where it gives a part the columns lack (line 2)",),
    ),
    Case(
        # A "Full Address" holding a town alone beside the street, state and ZIP: not the same
        # address as they are, and not a whole one: refused at the cell.
        "full-address-holding-a-town-alone-is-refused",
        "First Name,Last Name,Street,State,Zip,Full Address\n"
        "Ann,Lee,12 Oak St,IL,62704,Springfield\n",
        refused=("2:6", "'Springfield' from column 'Full Address' would not be on this signer's"),
    ),
)

#: A two-level header: a row of group names (merged cells in the spreadsheet, written once
#: over their first column) above the same part names repeated: each group names whose
#: address the columns under it are.
GROUP_ROW_ABOVE = (
    Case(
        "us-excel-two-level-header-home-work-merged",
        ",,Home address,,,,Work address,,,\r\n"
        "First name,Last name,Street,City,State,ZIP,Street,City,State,ZIP\r\n"
        "Ann,Lee,12 Oak St Apt 3,Springfield,IL,62704,500 Corporate Dr,Chicago,IL,60601\r\n"
        "Maria,Garcia,450 Elm Ave,Austin,TX,78701,,,,\r\n",
        (US1, ("Maria Garcia", ("450 Elm Ave", "Austin, TX 78701"))),
        said=("street       <- Home address Street",),
    ),
    Case(
        "de-excel-two-level-header-privat-geschaeftlich",
        ";;Privatadresse;;;Geschäftsadresse;;\n"
        "Vorname;Nachname;Straße;PLZ;Ort;Straße;PLZ;Ort\n"
        "Anna;Schmidt;;;;Industriestraße 1;40210;Düsseldorf\n"
        "Jonas;Weber;Birkenweg 9;22085;Hamburg;Am Hafen 4;20457;Hamburg\n",
        (
            ("Anna Schmidt", ("Industriestraße 1", "40210 Düsseldorf")),
            ("Jonas Weber", ("Birkenweg 9", "22085 Hamburg")),
        ),
        country="DE",
        language="de",
    ),
    Case(
        # A group over the order's own columns names no address: only Billing and Shipping
        # qualify the columns under them; the row prints the set giving more, whole.
        "orders-two-level-header-order-billing-shipping",
        "Order,,Billing,,,,Shipping,,,\n"
        "Order ID,Name,Street,City,State,Zip,Street,City,State,Zip\n"
        "1001,Ann Lee,,,,97205,12 Oak St,Springfield,IL,62704\n",
        (("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),),
    ),
)

#: The same part headers written again after a qualified set's columns (Thunderbird's French
#: export: "Ville", "Pays/État", "Code postal" after "Adresse privée", then again after
#: "Adresse professionnelle 2"): the repeats are that set's, never a second home column.
REPEATS_AFTER_A_SET = (
    Case(
        "thunderbird-fr-ville-code-postal-after-adresse-professionnelle",
        "Prénom,Nom de famille,Nom à afficher,Adresse privée,Adresse privée 2,Ville,Pays/État,"
        "Code postal,Adresse professionnelle,Adresse professionnelle 2,Ville,Pays/État,"
        "Code postal\n"
        "Claire,Martin,Claire Martin,12 rue de la Paix,Bâtiment B,Paris,,75002,"
        "1 place de la Concorde,,Paris,,75008\n"
        "Marc,Dubois,Marc Dubois,,,,,,Rue de la Loi 16,,Bruxelles,Belgique,1000\n",
        (
            ("Claire Martin", ("Bâtiment B", "12 rue de la Paix", "75002 Paris")),
            ("Marc Dubois", ("Rue de la Loi 16", "1000 Bruxelles", "BELGIQUE")),
        ),
        country="FR",
        language="fr",
    ),
)

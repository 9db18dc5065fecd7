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
    Case(
        "cd-excel-fr-postnom",
        "Nom;Postnom;Prénom;Adresse;Ville\r\n"
        "Mukendi;Kalala;Patrick;Avenue Kasa-Vubu 12;Kinshasa\r\n",
        (("Patrick Mukendi Kalala", ("Avenue Kasa-Vubu 12", "Kinshasa")),),
        country="CD",
        language="fr",
        encoding="cp1252",
    ),
    Case(
        "mg-excel-fr-prenoms",
        "Nom;Prénoms;Adresse;Code postal;Ville\r\n"
        "Rakotomalala;Hery Nirina;Lot II M 85 Antsakaviro;101;Antananarivo\r\n",
        (("Hery Nirina Rakotomalala", ("Lot II M 85 Antsakaviro", "101 Antananarivo")),),
        country="MG",
        language="fr",
        encoding="cp1252",
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

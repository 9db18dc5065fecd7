"""Names and people (slice N of issue 20): middle-name columns in the languages of the
signers we serve; households whose rows name a second person who signs; a firm's name beside
the person who signs. Headers as tests/data/exports/SOURCES.md names them; the rows are our
own sample people."""

from __future__ import annotations

from signer_corpus import Case

US_TOWN = "Springfield, IL 62704"

#: A middle name under a header in the signer's language: printed between the given and the
#: family name (a Dutch tussenvoegsel too: "J.P. van der Berg").
MIDDLE_NAMES = (
    Case(
        "fi-member-register-toinen-nimi",
        "Etunimi;Toinen nimi;Sukunimi;Lähiosoite;Postinumero;Postitoimipaikka\r\n"
        "Matti;Juhani;Virtanen;Mannerheimintie 1 A 5;00100;Helsinki\r\n"
        "Aino;;Korhonen;Hämeenkatu 10;33100;Tampere\r\n",
        (
            ("Matti Juhani Virtanen", ("Mannerheimintie 1 A 5", "00100 Helsinki")),
            ("Aino Korhonen", ("Hämeenkatu 10", "33100 Tampere")),
        ),
        country="FI",
        language="fi",
        said=("middle name <- Toinen nimi",),
    ),
    Case(
        "dk-forening-mellemnavn",
        "Medlemsnr.;Fornavn;Mellemnavn;Efternavn;Adresse;Postnr.;By\r\n"
        "101;Lars;Bo;Hansen;Vestergade 4, 2. th.;8000;Aarhus C\r\n"
        "102;Mette;;Nielsen;Nørregade 1;1165;København K\r\n",
        (
            ("Lars Bo Hansen", ("Vestergade 4, 2. th.", "8000 Aarhus C")),
            ("Mette Nielsen", ("Nørregade 1", "1165 København K")),
        ),
        country="DK",
        language="da",
        encoding="cp1252",
        said=("middle name <- Mellemnavn",),
    ),
    Case(
        "nl-ledenlijst-voorletters-tussenvoegsel",
        "Relatienummer;Voorletters;Tussenvoegsel;Achternaam;Straat;Huisnummer;Toevoeging;"
        "Postcode;Plaats\r\n"
        "1001;J.P.;van der;Berg;Kerkstraat;12;A;1017 GC;Amsterdam\r\n"
        "1002;Th.;de;Vries;Dorpsstraat;3;;3511 LK;Utrecht\r\n",
        (
            ("J.P. van der Berg", ("Kerkstraat 12 A", "1017 GC Amsterdam")),
            ("Th. de Vries", ("Dorpsstraat 3", "3511 LK Utrecht")),
        ),
        country="NL",
        language="nl",
        said=("first name <- Voorletters", "middle name <- Tussenvoegsel"),
    ),
    Case(
        "ee-form-teine-nimi",
        "Eesnimi;Teine nimi;Perekonnanimi;Aadress;Postiindeks;Linn\r\n"
        "Mari;Liis;Tamm;Pikk 5-3;10123;Tallinn\r\n",
        (("Mari Liis Tamm", ("Pikk 5-3", "10123 Tallinn")),),
        country="EE",
        language="et",
        said=("middle name <- Teine nimi",),
    ),
    Case(
        "lt-form-antrasis-vardas",
        "Vardas;Antrasis vardas;Pavardė;Adresas;Pašto kodas;Miestas\r\n"
        "Jonas;Petras;Kazlauskas;Gedimino pr. 1-5;LT-01103;Vilnius\r\n",
        (("Jonas Petras Kazlauskas", ("Gedimino pr. 1-5", "LT-01103 Vilnius")),),
        country="LT",
        language="lt",
        said=("middle name <- Antrasis vardas",),
    ),
    Case(
        # Hungarian writes the family name first and a second given name after the first.
        "hu-form-kozepso-nev",
        "Vezetéknév;Keresztnév;Középső név;Cím;Irányítószám;Város\r\n"
        "Nagy;Anna;Mária;Fő utca 1.;1011;Budapest\r\n",
        (("Nagy Anna Mária", ("Budapest", "Fő utca 1.", "1011")),),
        country="HU",
        language="hu",
        said=("middle name <- Középső név",),
    ),
    Case(
        # A patronymic under its Latin-letter header, as a transliterating sheet writes it.
        "ru-latin-headers-otchestvo",
        "Familiya,Imya,Otchestvo,Adres,Gorod,Pochtovyy indeks\n"
        "Ivanova,Anna,Sergeevna,ul. Lenina d. 5 kv. 3,Moskva,101000\n",
        (("Anna Sergeevna Ivanova", ("ul. Lenina d. 5 kv. 3", "Moskva", "101000")),),
        country="RU",
        language="ru",
        said=("middle name <- Otchestvo",),
    ),
)

#: A firm's name where the name goes ("Name 1" = "Müller & Söhne GmbH"): the person beside it
#: signs, the attention words ("z. Hd.") left off, and the firm prints above the street; a
#: firm with no person beside it signs, and the row is warned about.
FIRMS = (
    Case(
        "de-customer-sheet-name-1-firm-name-2-person",
        "Kundennummer;Name 1;Name 2;Straße;PLZ;Ort;Land\r\n"
        "K-10001;Müller & Söhne GmbH;Anna Schmidt;Hauptstraße 5;10115;Berlin;Deutschland\r\n"
        "K-10002;Bäckerei Klein KG;z. Hd. Frau Eva Klein;Marktplatz 1;80331;München;"
        "Deutschland\r\n"
        "K-10003;Weber & Partner AG;;Ringstraße 9;50667;Köln;Deutschland\r\n"
        "K-10004;Hans Becker;;Lindenweg 3;20095;Hamburg;Deutschland\r\n"
        "K-10005;Huber Holz GmbH;Josef Huber;Hauptplatz 2;8010;Graz;Österreich\r\n",
        (
            ("Anna Schmidt", ("Müller & Söhne GmbH", "Hauptstraße 5", "10115 Berlin")),
            ("Frau Eva Klein", ("Bäckerei Klein KG", "Marktplatz 1", "80331 München")),
            ("Weber & Partner AG", ("Ringstraße 9", "50667 Köln")),
            ("Hans Becker", ("Lindenweg 3", "20095 Hamburg")),
            ("Josef Huber", ("Huber Holz GmbH", "Hauptplatz 2", "8010 Graz", "ÖSTERREICH")),
        ),
        country="DE",
        language="de",
        encoding="cp1252",
        said=("a firm's name in a name column: the person beside it signs",),
    ),
    Case(
        # The person first and the firm second: the person signs all the same.
        "ch-verein-name-1-person-name-2-firm",
        "Name 1;Name 2;Adresse;PLZ;Ort\r\n"
        "Luca Bernasconi;Bernasconi Architekten AG;Bahnhofstrasse 10;8001;Zürich\r\n"
        "Marie Favre;;Rue du Rhône 3;1204;Genève\r\n",
        (
            ("Luca Bernasconi", ("Bernasconi Architekten AG", "Bahnhofstrasse 10", "8001 Zürich")),
            ("Marie Favre", ("Rue du Rhône 3", "1204 Genève")),
        ),
        country="CH",
        language="de",
    ),
)

FIRMS += (
    Case(
        # A body with no legal form above a person to its attention, and a "c/o" line under
        # the person who lives there: the person signs either way.
        "de-sheet-attention-and-care-of-under-name-1",
        "Name 1;Name 2;Straße;PLZ;Ort\r\n"
        "Bäckerei Klein;z. Hd. Frau Eva Klein;Marktplatz 1;80331;München\r\n"
        "Hans Becker;c/o Familie Müller;Lindenweg 3;20095;Hamburg\r\n"
        "Acme Inc.;Attn Ann Lee;Hauptstr. 7;10115;Berlin\r\n",
        (
            ("Frau Eva Klein", ("Bäckerei Klein", "Marktplatz 1", "80331 München")),
            ("Hans Becker", ("c/o Familie Müller", "Lindenweg 3", "20095 Hamburg")),
            ("Ann Lee", ("Acme Inc.", "Hauptstr. 7", "10115 Berlin")),
        ),
        country="DE",
        language="de",
        said=("an attention line's words ('z. Hd.', 'Attn') left off the name that signs",),
    ),
)

#: People beside the signer in a row. A household's people numbered under a word that says
#: each signs (NPSP's "Contact2", "Individual 2") and a second signer's columns give a letter
#: each at the row's address, said in the row's warning and the column report; a spouse, a
#: parent or guardian, an emergency contact, a referrer, an assistant or a manager gets no
#: letter, and the column report says the column is left out on purpose.
PEOPLE_BESIDE = (
    Case(
        # NPSP's Data Import object: "Contact2 will be connected to Contact1's Household".
        "npsp-data-import-contact1-and-contact2",
        "Contact1 Salutation,Contact1 First Name,Contact1 Last Name,Contact1 Personal Email,"
        "Contact2 Salutation,Contact2 First Name,Contact2 Last Name,Contact2 Personal Email,"
        "Home Street,Home City,Home State/Province,Home Zip/Postal Code,Home Country,"
        "Donation Amount\n"
        "Ms.,Ann,Lee,a@x.org,Mr.,Bob,Lee,b@x.org,12 Oak St Apt 3,Springfield,IL,62704,"
        "United States,25\n"
        "Dr.,Sam,Ortiz,s@x.org,,,,,77 Pine Rd,Austin,TX,78701,United States,50\n",
        (
            ("Ms. Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            ("Mr. Bob Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            ("Dr. Sam Ortiz", ("77 Pine Rd", "Austin, TX 78701")),
        ),
        said=("a letter of their own for the person the 'Contact2' columns name",),
    ),
    Case(
        # A household export's "Individual 1" and "Individual 2": each signs; a household
        # whose first individual is empty is signed by the second.
        "household-export-individual-1-and-2",
        "Constituent ID,Individual 1 Title,Individual 1 First Name,Individual 1 Last Name,"
        "Individual 2 Title,Individual 2 First Name,Individual 2 Last Name,Address Line 1,"
        "City,State,ZIP\n"
        "101,Mrs.,Ann,Lee,Mr.,Bob,Lee,12 Oak St,Springfield,IL,62704\n"
        "102,,Tom,Ruiz,,,,88 Bay St,Tampa,FL,33602\n"
        "103,Dr.,Mei,Lin,,Sam,Ortiz,5 Elm St,Tucson,AZ,85701\n"
        "104,,,,Ms.,Jo,Park,9 Pine Rd,Reno,NV,89501\n",
        (
            ("Mrs. Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Mr. Bob Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Tom Ruiz", ("88 Bay St", "Tampa, FL 33602")),
            ("Dr. Mei Lin", ("5 Elm St", "Tucson, AZ 85701")),
            ("Sam Ortiz", ("5 Elm St", "Tucson, AZ 85701")),
            ("Ms. Jo Park", ("9 Pine Rd", "Reno, NV 89501")),
        ),
        said=(
            "'Individual 1' columns are the first signer's own",
            "a letter of their own for the person the 'Individual 2' columns name",
        ),
    ),
    Case(
        # A petition form asking for a second signer at the same address.
        "petition-form-second-signer",
        "Submission Date,First Name,Last Name,Second signer's name,Street Address,City,State,"
        "Zip Code\n"
        "2026-11-02 10:15,Ann,Lee,Bob Lee,12 Oak St,Springfield,IL,62704\n"
        "2026-11-02 11:40,Tom,Ruiz,,88 Bay St,Tampa,FL,33602\n",
        (
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Bob Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Tom Ruiz", ("88 Bay St", "Tampa, FL 33602")),
        ),
        said=("a letter of their own for the person the 'Second signer's name' columns",),
    ),
    Case(
        "co-signer-first-and-last-name",
        "Name,Co-signer First Name,Co-signer Last Name,Address,City,Province,Postal Code\n"
        "Marie Roy,Luc,Roy,24 Sussex Dr,Ottawa,ON,K1M 1M4\n",
        (
            ("Marie Roy", ("24 Sussex Dr", "Ottawa ON K1M 1M4")),
            ("Luc Roy", ("24 Sussex Dr", "Ottawa ON K1M 1M4")),
        ),
        country="CA",
    ),
    Case(
        # A donor list's spouse: a second signer of the household, a letter of their own.
        "donor-list-spouse-columns",
        "Donor ID,First Name,Last Name,Spouse First Name,Spouse Last Name,Address,City,State,"
        "Zip\n"
        "D1,Grace,Kim,David,Kim,910 Oak Ln,Fort Lee,NJ,07024\n",
        (
            ("Grace Kim", ("910 Oak Ln", "Fort Lee, NJ 07024")),
            ("David Kim", ("910 Oak Ln", "Fort Lee, NJ 07024")),
        ),
        said=("a letter of their own for the person the 'Spouse First Name' columns name",),
    ),
    Case(
        # A youth group's sign-up: the young person signs; parents, an emergency contact and
        # whoever referred them are named and sign nothing.
        "youth-signup-parents-emergency-referred-by",
        "Student First Name,Student Last Name,Parent/Guardian 1 Name,Parent/Guardian 2 Name,"
        "Emergency Contact,Referred By,Address,City,State,Zip\n"
        "Sofia,Garcia,Elena Garcia,Marco Russo,Rita Lopez,Ms. Park,1420 Birch Ln,Naperville,IL,"
        "60540\n",
        (("Sofia Garcia", ("1420 Birch Ln", "Naperville, IL 60540")),),
        said=(
            "not used: Parent/Guardian 1 Name (1 value): somebody else's name",
            "not used: Parent/Guardian 2 Name (1 value): somebody else's name",
            "not used: Emergency Contact (1 value), Referred By (1 value): somebody else's",
        ),
    ),
    Case(
        # Outlook's contact export: an assistant and a manager named beside the contact sign
        # nothing; the spouse is a second signer ("Bob": the contact's family name).
        "outlook-contacts-assistant-manager-spouse",
        "Title,First Name,Middle Name,Last Name,Suffix,Company,Department,Job Title,"
        "Home Street,Home City,Home State,Home Postal Code,Home Country/Region,"
        "Assistant's Name,Manager's Name,Spouse,Referred By,E-mail Address\n"
        "Dr.,Ann,M.,Lee,,Mercy Hospital,Cardiology,Physician,12 Oak St Apt 3,Springfield,IL,"
        "62704,United States,Tom Ruiz,Sam Ortiz,Bob Lee,Jo Park,a@x.org\n",
        (
            ("Dr. Ann M. Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            ("Bob Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
        ),
        said=("not used: Assistant's Name (1 value), Manager's Name (1 value): a name that",),
    ),
)

_FIRSTS = (
    *("Ann", "Bob", "Cy", "Dee", "Eve", "Finn", "Gus", "Hal", "Ida", "Jo", "Kai", "Lu", "Max"),
    *("Ned", "Oli", "Pia", "Quin", "Rosa", "Sam", "Tess"),
)
_LASTS = ("Lee", "Ray", "Dunn", "Park", "Stone", "Ortiz", "Kim", "Ruiz", "Cole", "Webb", "Fox")


def _orders(other_at: int, people: str = "Buyer,Recipient") -> str:
    """An order list of 260 rows whose Buyer and Recipient (`people`) name one person, but
    for the row at `other_at` (0 for none): past the rows the columns are first read on."""
    rows = [f"Order,{people},Street,City,State,Zip\n"]
    for i in range(260):
        name = f"{_FIRSTS[i % 20]} {_LASTS[(i // 20) % 11]}"
        other = "Zed Quinn" if i + 2 == other_at else name
        rows.append(f"{1000 + i},{name},{other},{i + 1} Oak St,Springfield,IL,62704\n")
    return "".join(rows)


PEOPLE_BESIDE += (
    Case(
        # A French association's membership sheet: the spouse's given and family name beside
        # the member's; each signs.
        "fr-adhesion-conjoint",
        "Prénom;Nom;Prénom du conjoint;Nom du conjoint;Adresse;Code postal;Ville\r\n"
        "Marie;Roy;Luc;Roy;3 rue Haute;75001;Paris\r\n",
        (
            ("Marie Roy", ("3 rue Haute", "75001 Paris")),
            ("Luc Roy", ("3 rue Haute", "75001 Paris")),
        ),
        country="FR",
        language="fr",
    ),
    Case(
        # A family membership: Adult 1 and Adult 2 sign, a child does not.
        "family-membership-adults-and-child",
        "Adult 1 First Name,Adult 1 Last Name,Adult 2 First Name,Adult 2 Last Name,"
        "Child 1 First Name,Child 1 Last Name,Address,City,State,Zip\n"
        "Ann,Lee,Bob,Lee,Cy,Lee,12 Oak St,Springfield,IL,62704\n",
        (
            ("Ann Lee", ("12 Oak St", US_TOWN)),
            ("Bob Lee", ("12 Oak St", US_TOWN)),
        ),
        said=("not used: Child 1 First Name (1 value), Child 1 Last Name (1 value): a name",),
    ),
)

#: Columns found to name the same person in the rows read first are checked in every row
#: (headers that say only who the row is to an event: an attendee and a contact).
SAME_PERSON = (
    Case(
        # Written after the rule: the same attendee and contact in every row, 260 of them.
        "event-attendee-and-contact-same-in-every-row",
        _orders(0, "Attendee,Contact"),
        tuple(
            (f"{_FIRSTS[i % 20]} {_LASTS[(i // 20) % 11]}", (f"{i + 1} Oak St", US_TOWN))
            for i in range(260)
        ),
        said=("not used: Contact (260 values): the same person as 'Attendee'",),
    ),
    Case(
        # Written after the rule: row 242, past the first rows read, names somebody else.
        "event-contact-differs-past-the-rows-read",
        _orders(242, "Attendee,Contact"),
        refused=("242:3", "'Zed Quinn' in column 'Contact' is not 'Ann Ray'"),
    ),
    # A buyer and a recipient: the recipient's column names where the goods went, and the
    # plain address beside it is theirs (these two were refusals, the recipient read only by
    # its values, before 'Buyer' and 'Recipient' were words for people): every row is read,
    # and the row of a gift, past the rows read first, prints the buyer with no address.
    Case(
        "orders-buyer-and-recipient-same-in-every-row",
        _orders(0),
        tuple(
            (f"{_FIRSTS[i % 20]} {_LASTS[(i // 20) % 11]}", (f"{i + 1} Oak St", US_TOWN))
            for i in range(260)
        ),
        said=("billing/shipping full name <- Recipient",),
    ),
    Case(
        "orders-recipient-differs-past-the-rows-read",
        _orders(242),
        tuple(
            (f"{_FIRSTS[i % 20]} {_LASTS[(i // 20) % 11]}", (f"{i + 1} Oak St", US_TOWN))
            if i + 2 != 242
            else ("Ann Ray", ())
            for i in range(260)
        ),
        said=("not used: Recipient (1 value, line 242): the billing/shipping address is Zed",),
    ),
)

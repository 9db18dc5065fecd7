"""Exports with a column the reader once read and then let fall off the letter with exit 0: a
further column of an address part under a word not understood, read only where the first is
empty; a cell set aside as "the same address formatted in one cell" that holds none of it.
The last check now refuses each at its cell, naming the signer and the signer_columns line that
prints it. And what it must not refuse: a sales territory beside the state, a name the signer
goes by between the forename and the surname. A name in another alphabet beside the name that
signs is a question too. And a payer's address, which prints on the payer's
letter only. Headers as each platform writes them (sources and dates in
tests/data/exports/SOURCES.md); the rows are our own sample people."""

from __future__ import annotations

from signer_corpus import US1, Case

DROPPED = (
    # TikTok Shop's order export (Vietnam): "Detail Address" and "Additional address
    # information" (the floor, "Tầng 3"); the second was read only where the first is empty
    # and dropped with exit 0, then refused. With no street column the first is the street
    # (first_line.py) and the floor its second line; the "Commune" of wards is the ward.
    Case(
        "tiktok-shop-additional-address-information",
        "Order ID,Buyer Username,Recipient,Phone #,Country,Province,District,Commune,"
        "Detail Address,Additional address information,Payment Method\r\n"
        "576001,an.nguyen,Nguyễn Văn An,(+84)901234567,Việt Nam,Hồ Chí Minh,Quận 1,"
        "Phường Bến Nghé,12 Lê Lợi,Tầng 3,COD\r\n"
        "576002,mai.tran,Trần Thị Mai,(+84)912345678,Việt Nam,Hà Nội,Quận Hai Bà Trưng,"
        "Phường Phạm Đình Hổ,Số 5 ngõ 10 Phố Huế,,COD\r\n",
        (
            ("Nguyễn Văn An", ("12 Lê Lợi", "Tầng 3", "Phường Bến Nghé", "Quận 1", "Hồ Chí Minh")),
            (
                "Trần Thị Mai",
                ("Số 5 ngõ 10 Phố Huế", "Phường Phạm Đình Hổ", "Quận Hai Bà Trưng", "Hà Nội"),
            ),
        ),
        country="VN",
        language="vi",
    ),
    # A street column beside a second one under a word not understood ("(more)"): the flat.
    Case(
        "us-sheet-street-more-in-brackets",
        "First Name,Last Name,Street,Street (more),City,State,Zip\n"
        "Ann,Lee,12 Oak St,Apt 3,Springfield,IL,62704\n",
        refused=("2:4", "'Apt 3' from column 'Street (more)' would not be on this signer's"),
    ),
    # An L2 voter file: "Residence_Addresses_ExtraAddressLine" (the flat) beside the residence
    # set's street, town, state and ZIP was read as an address set of its own ("Extra"), which
    # lost to the whole one: the flat was dropped with exit 0 (review 6's 131). One column
    # beside a whole set is a further column of its part, and checked; an extra address line
    # is the street's second line (header_words.yaml), so it prints.
    Case(
        "l2-voter-file-extra-address-line",
        "LALVOTERID,Voters_FirstName,Voters_MiddleName,Voters_LastName,Voters_NameSuffix,"
        "Residence_Addresses_AddressLine,Residence_Addresses_ExtraAddressLine,"
        "Residence_Addresses_City,Residence_Addresses_State,Residence_Addresses_Zip,"
        "Residence_Addresses_ZipPlus4\n"
        "LALOH123,Mary,K,Jones,,45 Oak St,Apt 2,Columbus,OH,43215,1234\n",
        (("Mary K Jones", ("45 Oak St Apt 2", "Columbus, OH 43215-1234")),),
    ),
    # "Address extra" beside the parts was read as the same address formatted in one cell; it
    # holds none of them, and no look names "Apt 3": it was dropped with exit 0, then refused.
    # A word for an addition beside the address word is the line after the street (additions).
    Case(
        "us-sheet-address-extra-beside-parts",
        "First Name,Last Name,Street,Address extra,City,State,Zip\n"
        "Ann,Lee,12 Oak St,Apt 3,Springfield,IL,62704\n",
        (US1,),
    ),
    # A UK charity CRM's "Known As" (the name the person goes by) between Forename and
    # Surname: another form of the given name, not a part of the name; listed, not refused (a
    # column of names between two name columns is no middle name by its place alone).
    Case(
        "gb-crm-known-as-between-names",
        "Title,Forename,Known As,Surname,Address 1,Address 2,Town,County,Postcode\n"
        "Mrs,Elizabeth,Liz,Fairweather,Rose Cottage,12 Mill Lane,Hexham,Northumberland,"
        "NE46 1AB\n"
        "Mr,William,,Ashdown,Flat 3,40 Queen's Road,Brighton,East Sussex,BN1 3XE\n",
        (
            (
                "Mrs Elizabeth Fairweather",
                ("Rose Cottage", "12 Mill Lane", "Hexham", "Northumberland", "NE46 1AB"),
            ),
            (
                "Mr William Ashdown",
                ("Flat 3", "40 Queen's Road", "Brighton", "East Sussex", "BN1 3XE"),
            ),
        ),
        country="GB",
    ),
    # Freshsales' contact export: "Territory" is the sales team's region ("West"), no US
    # state; read where State is empty, it is not asked about where State gives one.
    Case(
        "freshsales-contacts-territory-beside-state",
        "First name,Last name,Job title,Emails,Work number,Mobile number,Address,City,State,"
        "Zipcode,Country,Owner,Lifecycle stage,Territory\n"
        "Grace,Lin,Organizer,g@example.com,,,1 Market St Ste 300,San Francisco,CA,94105,"
        "United States,Alex Kim,Lead,West\n"
        "Paul,Ng,,,,,77 W 14th St,New York,NY,10011,United States,Alex Kim,Customer,East\n",
        (
            ("Grace Lin", ("1 Market St Ste 300", "San Francisco, CA 94105")),
            ("Paul Ng", ("77 W 14th St", "New York, NY 10011")),
        ),
    ),
)

#: A name column beside the signer's name parts that writes a name in another alphabet (the
#: signer's name written another way): a located question, not a name dropped with exit 0.
OTHER_ALPHABET = (
    # A Nunavut sheet: the name in Inuktitut syllabics beside the name in Latin letters
    # (review 5's case 60: dropped, listed as a column not known).
    Case(
        # n8: was refused ('would not be on this letter'); "Name in <language>" is read as
        # "<language> Name" is: the same person in another script, the Latin name signs.
        "ca-sheet-name-in-inuktitut",
        "First Name,Last Name,Name in Inuktitut,Address,City,Province,Postal Code\n"
        "John,Amagoalik,ᔭᓐ ᐊᒪᒍᐊᓕᒃ,PO Box 1093,Iqaluit,NU,X0A 0H0\n"
        "Mary,Kilabuk,,PO Box 310,Pangnirtung,NU,X0A 0R0\n",
        (
            ("John Amagoalik", ("PO Box 1093", "Iqaluit NU X0A 0H0")),
            ("Mary Kilabuk", ("PO Box 310", "Pangnirtung NU X0A 0R0")),
        ),
        country="CA",
        said=("not used: Name in Inuktitut (1 value): the signer's own name written in",),
    ),
    Case(
        "ca-fiche-nom-en-inuktitut",
        "Prénom,Nom,Nom en inuktitut,Adresse,Ville,Province,Code postal\n"
        "John,Amagoalik,ᔭᓐ ᐊᒪᒍᐊᓕᒃ,CP 1093,Iqaluit,NU,X0A 0H0\n",
        (("John Amagoalik", ("CP 1093", "Iqaluit NU X0A 0H0")),),
        country="CA",
        language="fr",
    ),
    Case(
        "ca-sheet-full-name-and-name-in-cree",
        "Full Name,Name in Cree,Address,City,Province,Postal Code\n"
        "Mary Moose,ᒣᕑᐃ ᒨᐢ,PO Box 12,Moose Factory,ON,P0L 1W0\n",
        (("Mary Moose", ("PO Box 12", "Moose Factory ON P0L 1W0")),),
        country="CA",
    ),
    Case(
        "us-sheet-name-in-korean-beside-parts",
        "First Name,Last Name,Name in Korean,Street,City,State,Zip\n"
        "Minjun,Kim,김민준,300 Grand Ave,Los Angeles,CA,90071\n",
        (("Minjun Kim", ("300 Grand Ave", "Los Angeles, CA 90071")),),
    ),
    # "Chinese Name" beside the parts: the signer's own name in another script, the same
    # person (review 8 N10: two spellings of one person are one signer; was refused).
    Case(
        "us-sheet-chinese-name-beside-parts",
        "First Name,Last Name,Chinese Name,Street,City,State,Zip\n"
        "Ann,Lee,李安,12 Oak St,Springfield,IL,62704\n",
        (("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),),
        said=("not used: Chinese Name (1 value): the signer's own name written in another",),
    ),
)

#: An address set under a word the reader does not know, beside that person's own name columns
#: which do not sign: the address is that person's, and prints only on their own letter.
WHOSE_SET = (
    # HelloAsso's registrations: each participant's name, and the payer's name and address
    # ("Nom payeur", "Adresse payeur": the word after the part). A parent pays for a child:
    # the payer's address is no participant's but the payer's own (it printed on every
    # participant's letter, exit 0).
    Case(
        "helloasso-participants-payer-address",
        "\ufeffRéférence commande;Date de la commande;Statut de la commande;Nom participant;"
        "Prénom participant;Nom payeur;Prénom payeur;Email payeur;Tarif;Montant du tarif;"
        "Adresse payeur;Code Postal payeur;Ville payeur;Pays payeur\n"
        "9001;03/11/2026;Validé;Martin;Léa;Martin;Léa;l@x.fr;Adulte;10,00;12 rue de la Paix;"
        "75002;Paris;France\n"
        "9001;03/11/2026;Validé;Martin;Hugo;Martin;Léa;l@x.fr;Enfant;5,00;12 rue de la Paix;"
        "75002;Paris;France\n"
        "9002;04/11/2026;Validé;Petit;Nina;Durand;Marc;m@x.fr;Adulte;10,00;3 place Bellecour;"
        "69002;Lyon;France\n",
        (
            ("Léa Martin", ("12 rue de la Paix", "75002 Paris")),
            ("Hugo Martin", ()),
            ("Nina Petit", ()),
        ),
        country="FR",
        language="fr",
    ),
    # The same in German, the word after the part ("Straße Zahler"): held out.
    Case(
        "de-sheet-teilnehmer-zahler-address",
        "Bestellung;Vorname Teilnehmer;Nachname Teilnehmer;Vorname Zahler;Nachname Zahler;"
        "Straße Zahler;PLZ Zahler;Ort Zahler\n"
        "1;Anna;Schmidt;Anna;Schmidt;Hauptstraße 5;10115;Berlin\n"
        "2;Jonas;Becker;Petra;Wolf;Ringweg 3;50667;Köln\n",
        (("Anna Schmidt", ("Hauptstraße 5", "10115 Berlin")), ("Jonas Becker", ())),
        country="DE",
        language="de",
    ),
)

#: The same rules on a header no rule was written for (held out): Spanish "Dirección
#: adicional" (the floor and door) beside Dirección.
HELD_OUT = (
    Case(
        "es-sheet-direccion-adicional",
        "Nombre,Apellidos,Dirección,Dirección adicional,Código postal,Ciudad,Provincia\n"
        "Lucía,García López,Calle Mayor 5,3º B,28013,Madrid,Madrid\n",
        (("Lucía García López", ("Calle Mayor 5", "3º B", "28013 Madrid")),),
        country="ES",
        language="es",
    ),
)

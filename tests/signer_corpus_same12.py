"""Signer lists whose two address sets write the same address in a row (a shop's billing and
shipping set filled alike, a CRM's mailing and other address): one address, printed once and
whole, with a part only one set has a column for (a flat, a suite, a back house). Sets that
differ still print one of them whole, never parts of two. Headers as
tests/data/exports/SOURCES.md names them; the rows are our own sample people."""

from __future__ import annotations

from signer_corpus import Case

#: Two sets alike in every part both give: one address, whole.
SAME_ADDRESS = (
    Case(
        # WooCommerce's order export: Address 2 filled in the shipping set only; Bo's two
        # sets differ, so the billing one prints whole, nothing of the shipping one with it.
        "woocommerce-orders-billing-and-shipping-alike-but-address-2",
        "Order Number,Order Date,Billing First Name,Billing Last Name,Billing Address 1,"
        "Billing Address 2,Billing City,Billing State,Billing Postcode,Billing Country,"
        "Shipping First Name,Shipping Last Name,Shipping Address 1,Shipping Address 2,"
        "Shipping City,Shipping State,Shipping Postcode,Shipping Country\n"
        "2001,2026-11-03,Ann,Lee,12 Oak St,,Springfield,IL,62704,US,Ann,Lee,12 Oak St,Apt 3,"
        "Springfield,IL,62704,US\n"
        "2002,2026-11-04,Bo,Chan,400 Elm Ave,,Chicago,IL,60614,US,Bo,Chan,9 Lake Shore Dr,"
        "Unit 5,Chicago,IL,60611,US\n",
        (
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            ("Bo Chan", ("400 Elm Ave", "Chicago, IL 60614")),
        ),
    ),
    Case(
        # Shopware's German order export: the delivery set's Adresszusatz ('Hinterhaus, 2.
        # OG'), a column the invoice set lacks, prints with the invoice address it repeats.
        "de-shopware-orders-rechnung-and-lieferung-alike-adresszusatz",
        "Bestellnummer;Vorname;Nachname;Rechnung Straße;Rechnung PLZ;Rechnung Ort;"
        "Rechnung Land;Lieferung Straße;Lieferung Adresszusatz;Lieferung PLZ;Lieferung Ort;"
        "Lieferung Land\n"
        "10001;Anna;Schmidt;Hauptstraße 5;10115;Berlin;Deutschland;Hauptstraße 5;"
        "Hinterhaus, 2. OG;10115;Berlin;Deutschland\n"
        "10002;Jonas;Weber;Lindenweg 3;80331;München;Deutschland;Lindenweg 3;;80331;München;"
        "Deutschland\n",
        (
            ("Anna Schmidt", ("Hauptstraße 5", "Hinterhaus, 2. OG", "10115 Berlin")),
            ("Jonas Weber", ("Lindenweg 3", "80331 München")),
        ),
        country="DE",
        language="de",
    ),
    Case(
        # A Spanish shop (PrestaShop-style headers): the shipping set's floor ('3º B')
        # prints with the billing address it repeats; the shipping town is no gap's filler.
        "es-shop-facturacion-and-envio-alike-piso",
        "Pedido;Nombre;Apellidos;Dirección de facturación;Código postal de facturación;"
        "Ciudad de facturación;Dirección de envío;Piso de envío;Código postal de envío;"
        "Ciudad de envío\n"
        "5001;Lucía;García Pérez;Calle Mayor 10;28013;Madrid;Calle Mayor 10;3º B;28013;Madrid\n",
        (("Lucía García Pérez", ("Calle Mayor 10, 3º B", "28013 Madrid")),),
        country="ES",
        language="es",
    ),
    Case(
        # Salesforce's contact export: Mailing and Other address alike, the suite in Other
        # Street 2 only.
        "salesforce-contacts-mailing-and-other-alike-street-2",
        "First Name,Last Name,Mailing Street,Mailing City,Mailing State/Province,"
        "Mailing Zip/Postal Code,Other Street,Other Street 2,Other City,Other State/Province,"
        "Other Zip/Postal Code\n"
        "Maria,Lopez,55 Pine Rd,Austin,TX,78701,55 Pine Rd,Suite 200,Austin,TX,78701\n",
        (("Maria Lopez", ("55 Pine Rd Suite 200", "Austin, TX 78701")),),
    ),
    Case(
        # A Dutch shop export whose invoice words are not known ('_facturatie'): the two sets'
        # streets are alike, not a detail withheld, and the shipping set's toevoeging prints.
        "nl-shop-verzending-and-facturatie-alike-toevoeging",
        "ordernummer,voornaam_verzending,achternaam_verzending,straat_verzending,"
        "huisnummer_verzending,huisnummer_toevoeging_verzending,postcode_verzending,"
        "woonplaats_verzending,straat_facturatie,huisnummer_facturatie,postcode_facturatie,"
        "woonplaats_facturatie\n"
        "77,Sanne,de Jong,Hoofdstraat,12,bis,9711 AB,Groningen,Hoofdstraat,12,9711 AB,Groningen\n",
        (("Sanne de Jong", ("Hoofdstraat 12 bis", "9711 AB Groningen")),),
        country="NL",
        language="nl",
    ),
)

#: Two sets that differ: each set's own further line stays with it ("Lieferadresse Zusatz" is
#: the delivery set's, never a third line of the invoice address), a firm's name prints with
#: a billing address that is the list's only one, and a header's continuation columns ("- City"
#: after "Addr 1 - Line 1") belong to the set named before them.
SETS_APART = (
    Case(
        # A French invoicing export: each set's 'supplémentaire' line is its own; the
        # delivery set's 'Quai 4' never joins the billing address.
        "fr-facturation-and-livraison-each-its-supplementary-line",
        "Nom;Prénom;Adresse de facturation;Adresse de facturation supplémentaire;"
        "Code postal facturation;Ville facturation;Adresse de livraison;"
        "Adresse de livraison supplémentaire;Code postal livraison;Ville livraison\n"
        "Martin;Claire;12 rue de la Paix;Bâtiment B;75002;Paris;12 rue de la Paix;Quai 4;75002;"
        "Paris\n",
        (("Claire Martin", ("Bâtiment B", "12 rue de la Paix", "75002 Paris")),),
        country="FR",
        language="fr",
    ),
    Case(
        # A Spanish shop: 'Dirección adicional de envío' ('Almacén') is the shipping set's.
        "es-facturacion-and-envio-each-its-direccion-adicional",
        "Nombre;Apellidos;Dirección de facturación;Dirección adicional de facturación;"
        "Código postal de facturación;Ciudad de facturación;Provincia de facturación;"
        "Dirección de envío;Dirección adicional de envío;Código postal de envío;Ciudad de envío;"
        "Provincia de envío\n"
        "Lucía;García;Calle Mayor 10;Portal 2;28013;Madrid;Madrid;Calle Mayor 10;Almacén;28013;"
        "Madrid;Madrid\n",
        (("Lucía García", ("Calle Mayor 10", "Portal 2", "28013 Madrid")),),
        country="ES",
        language="es",
    ),
    Case(
        # Zoho Books' customer export without its Display Name: 'Company Name' before the
        # person's name prints above the billing address, the list's only one.
        "zoho-books-customers-company-name-with-billing-address",
        "Company Name,Salutation,First Name,Last Name,Billing Address,Billing City,Billing State,"
        "Billing Code,Billing Country,Shipping Address,Shipping City,Shipping State,"
        "Shipping Code,Shipping Country\n"
        "Hartwell Law LLP,Mr.,Kevin,OMalley,1 Financial Plaza Suite 900,Providence,RI,02903,"
        "U.S.A.,,,,,\n"
        ",Ms.,Ann,Lee,12 Oak St,Springfield,IL,62704,U.S.A.,,,,,\n",
        (
            (
                "Mr. Kevin OMalley",
                ("Hartwell Law LLP", "1 Financial Plaza Suite 900", "Providence, RI 02903"),
            ),
            ("Ms. Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
        ),
    ),
    Case(
        # MYOB AccountRight (NZ) card file saved as CSV: '- City', '- Postcode' after
        # 'Addr 2 - Line 1' are the second address's; the first prints whole.
        "myob-nz-cards-continuation-headers-two-addresses",
        "Co./Last Name,First Name,Card ID,Addr 1 - Line 1,           - Line 2,           - City,"
        "           - State,           - Postcode,           - Country,           - Phone # 1,"
        "Addr 2 - Line 1,           - Line 2,           - City,           - State,"
        "           - Postcode,           - Country\n"
        "Parata,Hemi,*None,Unit 4,12 Beach Rd,Paihia,,0200,New Zealand,09 402 0000,PO Box 77,,"
        "Paihia,,0247,New Zealand\n"
        "Wilson,Kate,*None,Flat 1,3 Ridge Rd,Howick,,2014,New Zealand,,,,,,,\n",
        (
            ("Hemi Parata", ("Unit 4", "12 Beach Rd", "Paihia 0200")),
            ("Kate Wilson", ("Flat 1", "3 Ridge Rd", "Howick 2014")),
        ),
        country="NZ",
    ),
)

#: Rival sets weighed by what each one's own country's post requires: a home address in a
#: country without postcodes is complete without one, and a country column under one set's
#: words is that set's only.
BY_THEIR_COUNTRY = (
    Case(
        # A UK students' union sheet: Term and Home sets; the Dubai home address has no
        # postcode (the UAE has none) and still prints, whole, over the term address.
        "gb-students-union-term-and-home-uae-home-without-postcode",
        "Student Number,Preferred Name,Surname,Term Address Line 1,Term Address Line 2,"
        "Term City,Term Postcode,Home Address Line 1,Home Address Line 2,Home City,"
        "Home Postcode,Home Country\n"
        'S1001,Fatima,Al Suwaidi,"Room 5, Block C",Elm Road,Leeds,LS2 9JT,Villa 12 Street 5,'
        "Al Wasl,Dubai,,United Arab Emirates\n"
        'S1002,James,Reid,"Room 8, Block A",Elm Road,Leeds,LS2 9JT,4 Kirk Wynd,,Perth,PH1 5RT,'
        "United Kingdom\n",
        (
            (
                "Fatima Al Suwaidi",
                ("Villa 12 Street 5", "Al Wasl", "Dubai", "UNITED ARAB EMIRATES"),
            ),
            ("James Reid", ("4 Kirk Wynd", "Perth", "PH1 5RT")),
        ),
        country="GB",
    ),
    Case(
        # A German university's student list: 'Heimatanschrift Land' (read by its values) is
        # the home set's; the term address prints without a Ghanaian country line.
        "de-studierende-semester-and-heimatanschrift-land-is-the-home-sets",
        "Matrikelnummer;Vorname;Nachname;Semesteranschrift Straße;Semesteranschrift PLZ;"
        "Semesteranschrift Ort;Heimatanschrift Straße;Heimatanschrift PLZ;Heimatanschrift Ort;"
        "Heimatanschrift Land\n"
        "123456;Kofi;Mensah;Mensaweg 3;37073;Göttingen;12 Independence Ave;;Accra;Ghana\n"
        "123457;Lena;Bauer;Mensaweg 5;37073;Göttingen;Bergstraße 1;79098;Freiburg;Deutschland\n",
        (
            ("Kofi Mensah", ("Mensaweg 3", "37073 Göttingen")),
            ("Lena Bauer", ("Mensaweg 5", "37073 Göttingen")),
        ),
        country="DE",
        language="de",
    ),
)

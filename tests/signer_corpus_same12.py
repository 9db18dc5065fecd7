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

"""Names and people, round 2 (slice N2 of issue 20): a household's label beside the person's
own name parts; a partner who is somebody else; a firm beside its contact person; name order
that follows the signer. Headers as tests/data/exports/SOURCES.md names them; the rows are our
own sample people."""

from __future__ import annotations

from signer_corpus import Case

#: A household's label or salutation column ("Household Name", "Family Name" holding
#: "Bell, Marcus & Tanya") beside the person's own name parts: left out on purpose; the person's
#: name signs, never a bare surname nor the label glued to the name.
HOUSEHOLD_LABELS = (
    Case(
        "church-directory-household-head-first-name",
        "Household Name,Head First Name,Spouse First Name,Last Name,Street,City,State,Zip\r\n"
        "The Bell Family,Marcus,Tanya,Bell,4410 Pine Ave,Tulsa,OK,74105\r\n"
        "Whitfield Household,Dana,,Whitfield,400 Main St,Hartford,CT,06103\r\n",
        (
            ("Marcus Bell", ("4410 Pine Ave", "Tulsa, OK 74105")),
            ("Tanya Bell", ("4410 Pine Ave", "Tulsa, OK 74105")),  # a spouse signs (ba20434)
            ("Dana Whitfield", ("400 Main St", "Hartford, CT 06103")),
        ),
        said=("first name   <- Head First Name",),
    ),
    Case(
        "parish-roll-family-name-and-first-name",
        "Family Name,First Name,Surname,Address,Town,State,Zip\r\n"
        "The Okafor Family,Chidi,Okafor,18 Elm St,Dayton,OH,45402\r\n"
        "Lee Household,Ann,Lee,12 Oak St,Springfield,IL,62704\r\n",
        (
            ("Chidi Okafor", ("18 Elm St", "Dayton, OH 45402")),
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
        ),
    ),
    Case(
        "acs-directory-family-name-beside-last-and-first",
        "Family Name,Last Name,First Name,Family Position,Address,City,State,Zip\r\n"
        '"Bell, Marcus & Tanya",Bell,Marcus,Head,4410 Pine Ave,Tulsa,OK,74105\r\n'
        '"Bell, Marcus & Tanya",Bell,Tanya,Spouse,4410 Pine Ave,Tulsa,OK,74105\r\n'
        '"Delgado, Rosa",Delgado,Rosa,Head,1520 Calle Loma,San Antonio,TX,78207\r\n',
        (
            ("Marcus Bell", ("4410 Pine Ave", "Tulsa, OK 74105")),
            ("Tanya Bell", ("4410 Pine Ave", "Tulsa, OK 74105")),
            ("Rosa Delgado", ("1520 Calle Loma", "San Antonio, TX 78207")),
        ),
    ),
    Case(
        "church-sheet-family-label-and-envelope-name",
        "Family Label,Envelope Name,First Name,Last Name,Street Address,City,State,Zip\r\n"
        "The Bell Family,Mr. and Mrs. Marcus Bell,Marcus,Bell,4410 Pine Ave,Tulsa,OK,74105\r\n"
        "The Delgado Family,Ms. Rosa Delgado,Rosa,Delgado,1520 Calle Loma,San Antonio,TX,"
        "78207\r\n",
        (
            ("Marcus Bell", ("4410 Pine Ave", "Tulsa, OK 74105")),
            ("Rosa Delgado", ("1520 Calle Loma", "San Antonio, TX 78207")),
        ),
        said=("not used: Family Label (2 values): a household's label",),
    ),
)

#: A firm's column that is part of the address that prints: beside a firm's contact person
#: ("Firma;Ansprechpartner"), of the set that prints ("Billing Company"), or beside the only
#: (work) address; printed above the street. Beside a home address it is the person's employer.
FIRM_LINES = (
    Case(
        "de-firmenliste-firma-ansprechpartner",
        "Firma;Ansprechpartner;Straße;PLZ;Ort\r\n"
        "Weber GmbH;Jonas Weber;Bahnhofstr. 12;50667;Köln\r\n"
        "Bäckerei Klein;Eva Klein;Hauptstraße 5;10115;Berlin\r\n",
        (
            ("Jonas Weber", ("Weber GmbH", "Bahnhofstr. 12", "50667 Köln")),
            ("Eva Klein", ("Bäckerei Klein", "Hauptstraße 5", "10115 Berlin")),
        ),
        country="DE",
        language="de",
        encoding="cp1252",
    ),
    Case(
        "es-proveedores-empresa-persona-de-contacto",
        "Empresa;Persona de contacto;Dirección;Código postal;Ciudad;Provincia\r\n"
        "Talleres Ruiz S.L.;Lucía García;Calle Mayor 12;28013;Madrid;Madrid\r\n",
        (("Lucía García", ("Talleres Ruiz S.L.", "Calle Mayor 12", "28013 Madrid")),),
        country="ES",
        language="es",
    ),
    Case(
        "woocommerce-billing-company-filled",
        "Order Number,Billing First Name,Billing Last Name,Billing Company,Billing Address 1,"
        "Billing City,Billing State,Billing Postcode\r\n"
        "1042,Ann,Lee,Oak Street Bakery LLC,12 Oak St,Springfield,IL,62704\r\n"
        "1043,Tom,Reyes,,88 Elm St,Chicago,IL,60614\r\n",
        (
            ("Ann Lee", ("Oak Street Bakery LLC", "12 Oak St", "Springfield, IL 62704")),
            ("Tom Reyes", ("88 Elm St", "Chicago, IL 60614")),
        ),
    ),
    Case(
        "outlook-contacts-company-business-address-only",
        "First Name,Last Name,Company,Business Street,Business City,Business State,"
        "Business Postal Code\r\n"
        "Ann,Lee,Acme Inc.,200 Main St,Hartford,CT,06103\r\n",
        (("Ann Lee", ("Acme Inc.", "200 Main St", "Hartford, CT 06103")),),
    ),
    # Changed in n8: the only address, not said to be home, beside a firm named by its legal
    # form is taken as the firm's (a business contact list's); the report gives 'ignore:'.
    Case(
        "crm-contacts-company-beside-home-address",
        "First Name,Last Name,Company,Street,City,State,Zip\r\n"
        "Ann,Lee,Acme Inc.,12 Oak St,Springfield,IL,62704\r\n",
        (("Ann Lee", ("Acme Inc.", "12 Oak St", "Springfield, IL 62704")),),
        said=("'Company' names a firm by its legal form",),
    ),
    Case(
        "crm-contacts-company-beside-home-street",
        "First Name,Last Name,Company,Home Street,Home City,Home State,Home Zip\r\n"
        "Ann,Lee,Acme Inc.,12 Oak St,Springfield,IL,62704\r\n",
        (("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),),
        said=("not used: Company (1 value): a firm or employer beside the person's own address",),
    ),
    Case(
        "members-sheet-employer-beside-only-address",
        "First Name,Last Name,Employer,Street,City,State,Zip\r\n"
        "Ann,Lee,Acme Inc.,12 Oak St,Springfield,IL,62704\r\n",
        (("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),),
        said=("not used: Employer (1 value): a firm or employer",),
    ),
)

#: A firm's column before the person's name, beside a list's only address (a business list
#: written in the envelope's order: Firma, Vorname, Nachname, Straße), is the firm's address;
#: after the name, a firm's value with a legal form is. An organisation with no legal form
#: after the name is where the person works or belongs, and is listed as not used.
FIRM_FIRST = (
    Case(
        "de-adressliste-firma-vorname-nachname",
        "Firma;Vorname;Nachname;Straße;PLZ;Ort\r\n"
        "Weber GmbH;Jonas;Weber;Bahnhofstr. 12;50667;Köln\r\n"
        ";Anna;Schmidt;Hauptstraße 5;10115;Berlin\r\n",
        (
            ("Jonas Weber", ("Weber GmbH", "Bahnhofstr. 12", "50667 Köln")),
            ("Anna Schmidt", ("Hauptstraße 5", "10115 Berlin")),
        ),
        country="DE",
        language="de",
        encoding="cp1252",
    ),
    Case(
        "fr-fichier-societe-civilite-prenom-nom",
        "Société;Civilité;Prénom;Nom;Adresse;Code postal;Ville\r\n"
        "Boulangerie Martin;M.;Luc;Martin;12 rue de la Paix;75002;Paris\r\n"
        ";Mme;Claire;Dubois;8 avenue Foch;69006;Lyon\r\n",
        (
            ("M. Luc Martin", ("Boulangerie Martin", "12 rue de la Paix", "75002 Paris")),
            ("Mme Claire Dubois", ("8 avenue Foch", "69006 Lyon")),
        ),
        country="FR",
        language="fr",
        said=("'Société' stands before the person's name",),
    ),
    Case(
        "nl-relaties-bedrijfsnaam-after-the-name",
        "Voornaam;Achternaam;Bedrijfsnaam;Adres;Postcode;Plaats\r\n"
        "Pieter;de Vries;Bakkerij Jansen B.V.;Dorpsstraat 3;3511 LK;Utrecht\r\n"
        "Sanne;Bakker;Rode Kruis;Kerkstraat 10;1017 GA;Amsterdam\r\n",
        (
            ("Pieter de Vries", ("Bakkerij Jansen B.V.", "Dorpsstraat 3", "3511 LK Utrecht")),
            ("Sanne Bakker", ("Kerkstraat 10", "1017 GA Amsterdam")),
        ),
        country="NL",
        language="nl",
        said=("not used: Bedrijfsnaam (1 value, line 3): an organisation with no legal form",),
    ),
    Case(
        "gb-supporters-organisation-after-the-name",
        "Name,Organisation,Address,City,Postcode\r\n"
        "Oliver Hughes,Sierra Club,14 Church Lane,Sheffield,S3 8SD\r\n"
        "Amara Okoye,Okoye Consulting Ltd,7 Victoria Road,Leeds,LS6 1AB\r\n",
        (
            ("Oliver Hughes", ("14 Church Lane", "Sheffield", "S3 8SD")),
            ("Amara Okoye", ("Okoye Consulting Ltd", "7 Victoria Road", "Leeds", "LS6 1AB")),
        ),
        country="GB",
    ),
)

#: A firm's name column beside a column whose header names its contact person
#: ("Naam;Contactpersoon", "Nom de l'organisme;Personne-ressource"): the person signs, the firm
#: prints above the street, with or without a legal form.
CONTACT_PERSONS = (
    Case(
        "nl-relaties-naam-contactpersoon",
        "Naam;Contactpersoon;Adres;Postcode;Plaats\r\n"
        "Bakkerij Jansen B.V.;Pieter de Vries;Dorpsstraat 3;3511 LK;Utrecht\r\n"
        "Jansen Bouw;Sanne Bakker;Kerkstraat 10;1017 GA;Amsterdam\r\n",
        (
            ("Pieter de Vries", ("Bakkerij Jansen B.V.", "Dorpsstraat 3", "3511 LK Utrecht")),
            ("Sanne Bakker", ("Jansen Bouw", "Kerkstraat 10", "1017 GA Amsterdam")),
        ),
        country="NL",
        language="nl",
    ),
    Case(
        "ca-repertoire-organisme-personne-ressource",
        "Nom de l'organisme,Personne-ressource,Adresse,Ville,Province,Code postal\r\n"
        "Centre communautaire Inc.,Émilie Tremblay,1200 rue Sainte-Catherine O,Montréal,QC,"
        "H3B 1K9\r\n",
        (
            (
                "Émilie Tremblay",
                ("Centre communautaire Inc.", "1200 rue Sainte-Catherine O", "Montréal QC H3B 1K9"),
            ),
        ),
        country="CA",
        language="fr",
    ),
)

#: "Name 1" a shop or practice named after its owner, with no legal form ("Bäckerei Klein",
#: "Apotheke Huber", "Bakkerij Jansen"), beside "Name 2" a person: one letter, the person
#: signs, the shop prints above the street. Two people in the two columns still get two.
NAME1_BODY = (
    Case(
        "de-adressen-name1-baeckerei-name2-person",
        "Name 1;Name 2;Straße;PLZ;Ort\r\nBäckerei Klein;Eva Klein;Marktplatz 1;80331;München\r\n",
        (("Eva Klein", ("Bäckerei Klein", "Marktplatz 1", "80331 München")),),
        country="DE",
        language="de",
    ),
    Case(
        "at-kunden-name1-apotheke-and-a-couple",
        "Name1;Name2;Strasse;PLZ;Ort\r\n"
        "Apotheke Huber;Maria Huber;Hauptplatz 3;8010;Graz\r\n"
        "Franz Gruber;Anna Gruber;Ringstrasse 1;1010;Wien\r\n",
        (
            ("Maria Huber", ("Apotheke Huber", "Hauptplatz 3", "8010 Graz")),
            ("Franz Gruber", ("Ringstrasse 1", "1010 Wien")),
            ("Anna Gruber", ("Ringstrasse 1", "1010 Wien")),
        ),
        country="AT",
        language="de",
    ),
    Case(
        "nl-adressen-naam1-bakkerij-naam2-person",
        "Naam 1;Naam 2;Adres;Postcode;Plaats\r\n"
        "Bakkerij Jansen;Pieter Jansen;Dorpsstraat 3;3511 LK;Utrecht\r\n",
        (("Pieter Jansen", ("Bakkerij Jansen", "Dorpsstraat 3", "3511 LK Utrecht")),),
        country="NL",
        language="nl",
    ),
)

#: A name's order follows the signer, not the header's language: a Hungarian sheet
#: (Vezetéknév, Keresztnév) prints Hungarian signers family name first and a German's, an
#: American's or a French signer's given name first.
NAME_ORDER = (
    Case(
        "hu-alairasgyujto-iv-signers-abroad",
        "Vezetéknév;Keresztnév;Irányítószám;Település;Cím;Ország\r\n"
        "Schmidt;Anna;10115;Berlin;Hauptstraße 5;Deutschland\r\n"
        "Nagy;Péter;1051;Budapest;Kossuth tér 1;Magyarország\r\n",
        (
            ("Anna Schmidt", ("Hauptstraße 5", "10115 Berlin")),
            ("Nagy Péter", ("Budapest", "Kossuth tér 1", "1051", "HUNGARY")),
        ),
        country="DE",
        language="de",
        encoding="cp1250",
    ),
    Case(
        "hu-sheet-hungarian-campaign-german-row",
        "Vezetéknév;Keresztnév;Irányítószám;Település;Cím;Ország\r\n"
        "Kovács;Éva;6720;Szeged;Kárász utca 6;\r\n"
        "Weber;Jonas;50667;Köln;Bahnhofstr. 12;Németország\r\n",
        (
            ("Kovács Éva", ("Szeged", "Kárász utca 6", "6720")),
            ("Jonas Weber", ("Bahnhofstr. 12", "50667 Köln", "NÉMETORSZÁG")),
        ),
        country="HU",
        language="hu",
        encoding="cp1250",
    ),
)

#: A Hangul name typed into a Western form's First/Last the way its owner writes it (the
#: family name first): a known one-letter family name leads, never "민준김".
HANGUL_ORDER = (
    Case(
        "us-form-hangul-family-name-under-first-name",
        "First Name,Last Name,Address,City,State,Zip\r\n"
        "김,민준,300 Grand Ave Apt 5,Los Angeles,CA,90071\r\n"
        "서연,박,12 Oak St,Fort Lee,NJ,07024\r\n",
        (
            ("김민준", ("300 Grand Ave Apt 5", "Los Angeles, CA 90071")),
            ("박서연", ("12 Oak St", "Fort Lee, NJ 07024")),
        ),
    ),
    Case(
        "us-korean-church-korean-name-and-english-name",
        "Korean Name,English Name,Address,City,State,Zip,Phone\r\n"
        "김민준,Minjun Kim,300 Grand Ave Apt 5,Los Angeles,CA,90071,\r\n"
        "박서연,Seoyeon Park,12 Oak St,Fort Lee,NJ,07024,\r\n",
        (
            ("Minjun Kim", ("300 Grand Ave Apt 5", "Los Angeles, CA 90071")),
            ("Seoyeon Park", ("12 Oak St", "Fort Lee, NJ 07024")),
        ),
        said=("not used: Korean Name (2 values): the signer's own name written in another",),
    ),
    # The same directory for a campaign whose letters are in Korean: the Hangul name signs.
    Case(
        "kr-campaign-korean-name-and-english-name",
        "Korean Name,English Name,Address,City,State,Zip,Phone\r\n"
        "김민준,Minjun Kim,300 Grand Ave Apt 5,Los Angeles,CA,90071,\r\n"
        "박서연,Seoyeon Park,12 Oak St,Fort Lee,NJ,07024,\r\n",
        (
            ("김민준", ("300 Grand Ave Apt 5", "Los Angeles, CA 90071", "UNITED STATES")),
            ("박서연", ("12 Oak St", "Fort Lee, NJ 07024", "UNITED STATES")),
        ),
        country="KR",
        language="ko",
        said=("name: the letter's language chooses 'Korean Name' (the signer's name in Korean)",),
    ),
    # A Chinese-language campaign's sheet: the Han name signs; a row without one, the English.
    Case(
        "us-chinese-association-chinese-name-for-letters-in-chinese",
        "Chinese Name,English Name,Address,City,State,Zip\r\n"
        "李安,Ann Lee,12 Oak St,Springfield,IL,62704\r\n"
        ",Tom Reyes,88 Elm St,Chicago,IL,60614\r\n",
        (
            ("李安", ("12 Oak St", "Springfield, IL 62704")),
            ("Tom Reyes", ("88 Elm St", "Chicago, IL 60614")),
        ),
        language="zh",
        said=("not used: English Name (1 value): used only in rows where 'Chinese Name' is empty",),
    ),
)

#: A column beside the name columns that is no part of a name: a member number ('M-2041'), a
#: deal's stage ('Qualified', 'Won'). Listed as not used, never offered as a name part.
NOT_NAMES = (
    Case(
        "de-mitgliederliste-mitgliedsnummer-beside-the-name",
        "Vorname;Nachname;Mitgliedsnummer;Straße;PLZ;Ort\r\n"
        "Anna;Schmidt;M-2041;Hauptstraße 5;10115;Berlin\r\n"
        "Jonas;Weber;M-2042;Bahnhofstr. 12;50667;Köln\r\n",
        (
            ("Anna Schmidt", ("Hauptstraße 5", "10115 Berlin")),
            ("Jonas Weber", ("Bahnhofstr. 12", "50667 Köln")),
        ),
        country="DE",
        language="de",
        said=("not used: Mitgliedsnummer (2 values): not a name or address column",),
    ),
    Case(
        "nl-ledenlijst-lidnummer-beside-the-name",
        "Voornaam;Achternaam;Lidnummer;Adres;Postcode;Plaats\r\n"
        "Sanne;Bakker;L-0042;Kerkstraat 10;1017 GA;Amsterdam\r\n",
        (("Sanne Bakker", ("Kerkstraat 10", "1017 GA Amsterdam")),),
        country="NL",
        language="nl",
        said=("not used: Lidnummer (1 value): not a name or address column",),
    ),
    Case(
        "crm-deals-deal-stage-beside-the-name",
        "First Name,Last Name,Deal Stage,Street,City,State,Zip\r\n"
        "Ann,Lee,Qualified,12 Oak St,Springfield,IL,62704\r\n"
        "Tom,Reyes,Won,88 Elm St,Chicago,IL,60614\r\n",
        (
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Tom Reyes", ("88 Elm St", "Chicago, IL 60614")),
        ),
        said=("not used: Deal Stage (2 values): not a name or address column",),
    ),
)

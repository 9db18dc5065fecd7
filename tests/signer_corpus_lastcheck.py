"""Exports whose columns the reader once set aside while the file gave text in them (review 5's
rule families): an address line numbered in brackets or after a word for "line" ("Address (2)",
"Indirizzo riga 2"), or said to continue the line before ("Address (cont.)"), is that line,
never a second street read only where the first is empty. Headers as each platform writes
them (sources and dates in tests/data/exports/SOURCES.md); the rows are our own sample
people."""

from __future__ import annotations

from signer_corpus import Case

LINES = (
    # PrestaShop's address export: "Address" and "Address (2)" (its address2 field's label).
    # The first line holds the flat, the second the building and street: both print, in order
    # (review 5 case 55 printed the building alone: "Flat 5" was judged no street).
    Case(
        "prestashop-en-address-2-in-brackets",
        "ID,First name,Last name,Company,Address,Address (2),Zip/postal code,City,Country,Phone\r\n"
        '7,Gwen,Pritchard,,Flat 2,"Alder Court, 9 Bute St",CF10 5AF,Cardiff,United Kingdom,\r\n'
        "8,Idris,Rees,,14 Heol y Deri,,SA1 6LH,Swansea,United Kingdom,\r\n",
        (
            ("Gwen Pritchard", ("Flat 2", "Alder Court, 9 Bute St", "Cardiff", "CF10 5AF")),
            ("Idris Rees", ("14 Heol y Deri", "Swansea", "SA1 6LH")),
        ),
        country="GB",
    ),
    # The same export in Portuguese, as a Brazilian shop writes it ("Endereço (2)"): no
    # Portuguese header was looked at for the rule (a held-out variant).
    Case(
        "prestashop-pt-endereco-2-in-brackets",
        "Nome,Sobrenome,Endereço,Endereço (2),CEP,Cidade,Estado,País\r\n"
        'Renata,Moura,"Rua Harmonia, 88",Apto 51,05435-000,São Paulo,SP,Brasil\r\n',
        (("Renata Moura", ("Rua Harmonia, 88", "Apto 51", "São Paulo-SP", "05435-000")),),
        country="BR",
        language="pt",
    ),
    # A checkout translated to Romanian writes "Adresa linia 1/2" (linia: a line).
    Case(
        "checkout-ro-adresa-linia-2",
        "Prenume,Nume,Adresa linia 1,Adresa linia 2,Oraș,Cod poștal,Țara\r\n"
        "Ioana,Stan,Str. Lipscani 12,Bl. A ap. 7,București,030031,România\r\n",
        (("Ioana Stan", ("Str. Lipscani 12", "Bl. A ap. 7", "030031 București")),),
        country="RO",
        language="ro",
    ),
    # "Street Address (cont.)" beside "Street Address", as hand-made US forms write it.
    Case(
        "form-us-street-address-cont",
        "Name,Street Address,Street Address (cont.),City,State,ZIP\r\n"
        "Dana Whitfield,400 Elm Ave,Apt 12C,Columbus,OH,43215\r\n",
        (("Dana Whitfield", ("400 Elm Ave Apt 12C", "Columbus, OH 43215")),),
    ),
)

NAME_WORDS = (
    # Raiser's Edge's "Key Name" (Blackbaud's CONSTITUENT.KEYNAME: "Last name for individuals")
    # beside First and Middle Name and no Last Name: the family name (review 5 case 11 signed
    # "Marianne L." alone, exit 0).
    Case(
        "raisers-edge-key-name-beside-first-and-middle",
        "Constituent ID,Key Name,First Name,Middle Name,Preferred Address Lines,Preferred City,"
        "Preferred State,Preferred ZIP\r\n"
        "2001,Okonkwo,Adaeze,N.,418 Walnut St,Cincinnati,OH,45202\r\n"
        "2002,Lindqvist,Per,,77 Birch Ln,Duluth,MN,55802\r\n",
        (
            ("Adaeze N. Okonkwo", ("418 Walnut St", "Cincinnati, OH 45202")),
            ("Per Lindqvist", ("77 Birch Ln", "Duluth, MN 55802")),
        ),
    ),
    # Blackbaud CRM's own names for the same table, with its Maiden name beside them: the key
    # name is the family name, and a maiden name (a name of before) is never printed. Written
    # after the rule (a held-out variant).
    Case(
        "blackbaud-crm-key-name-maiden-name",
        "Key name,First name,Middle name,Maiden name,Address,City,State,ZIP\r\n"
        "Hargrove,Lucille,May,Bennett,5 Quarry Rd,Barre,VT,05641\r\n",
        (("Lucille May Hargrove", ("5 Quarry Rd", "Barre, VT 05641")),),
    ),
    # Google Contacts' CSV: "Given Name", "Additional Name" (its middle name), "Family Name"
    # (review 5 case 57: "Mary Carter" for Mary Ellen Carter).
    Case(
        "google-contacts-additional-name",
        "Name,Given Name,Additional Name,Family Name,Address 1 - Type,Address 1 - Street,"
        "Address 1 - City,Address 1 - Region,Address 1 - Postal Code\r\n"
        ",Rosa,Inés,Delgado,Home,2100 Mesa Dr,Tucson,AZ,85719\r\n",
        (("Rosa Inés Delgado", ("2100 Mesa Dr", "Tucson, AZ 85719")),),
    ),
    # German Outlook: "Vorname", "Weitere Vornamen", "Nachname" (review 5 case 48 left the
    # second given name off).
    Case(
        "outlook-de-weitere-vornamen",
        "Anrede,Vorname,Weitere Vornamen,Nachname,Straße privat,Ort privat,Postleitzahl privat\r\n"
        "Frau,Greta,Luise,Hoffmann,Am Markt 4,Lüneburg,21335\r\n",
        (("Frau Greta Luise Hoffmann", ("Am Markt 4", "21335 Lüneburg")),),
        country="DE",
        language="de",
    ),
    # Swedish Outlook's "Andra förnamn" (other given names): no Swedish header was looked at
    # for the rule (a held-out variant).
    Case(
        "outlook-sv-andra-fornamn",
        "Förnamn,Andra förnamn,Efternamn,Gatuadress,Postnummer,Ort\r\n"
        "Astrid,Maria,Berg,Storgatan 3,411 38,Göteborg\r\n",
        (("Astrid Maria Berg", ("Storgatan 3", "411 38 Göteborg")),),
        country="SE",
        language="sv",
    ),
    # A French form's "Nom d'usage" (the family name used) and "Nom de naissance" (the birth
    # name) beside "Prénom" (review 5 case 75 signed "Mme Lemoine" without the given name).
    Case(
        "fr-form-nom-d-usage-nom-de-naissance",
        "Civilité;Nom d'usage;Nom de naissance;Prénom;Adresse;Code postal;Commune\r\n"
        "Mme;Roussel;Fabre;Odile;12 rue des Tanneurs;67000;Strasbourg\r\n",
        (("Mme Odile Roussel", ("12 rue des Tanneurs", "67000 Strasbourg")),),
        country="FR",
        language="fr",
    ),
)

_IDS = '"{""ImportId"":""%s""}"'
SURVEY_ROWS = (
    # Qualtrics with its export tags renamed to readable names (first_name, town): the question
    # text under them and the import ids under that are header rows; the ids once signed a
    # letter "{"ImportId":"QID2_TEXT"} ..." with exit 0 (review 5 case 59).
    Case(
        "qualtrics-custom-export-tags-import-ids",
        "StartDate,EndDate,Status,ResponseId,first_name,last_name,address,town,postcode\r\n"
        "Start Date,End Date,Response Type,Response ID,First name,Last name,Address,Town,"
        "Postcode\r\n"
        + ",".join(
            _IDS % t
            for t in [
                "startDate",
                "endDate",
                "status",
                "_recordId",
                "QID2_TEXT",
                "QID3_TEXT",
                "QID4_TEXT",
                "QID5_TEXT",
                "QID6_TEXT",
            ]
        )
        + "\r\n2026-12-01 10:00:00,2026-12-01 10:04:00,IP Address,R_9,Owen,Pryce,4 Castle St,"
        "Brecon,LD3 9BL\r\n",
        (("Owen Pryce", ("4 Castle St", "Brecon", "LD3 9BL")),),
        country="GB",
        said=("line 3 skipped: Qualtrics import ids, not a signer",),
    ),
    # Qualtrics' default tags with the distribution's Recipient name columns, empty for an
    # anonymous link, beside the name question the signers filled (review 5 case 02: "no
    # usable rows"). The filled question is the signer's name.
    Case(
        "qualtrics-empty-recipient-beside-name-question",
        "StartDate,EndDate,ResponseId,RecipientLastName,RecipientFirstName,RecipientEmail,"
        "Q1_1,Q1_2,Q1_3,Q1_4,Q1_5,Q1_6\r\n"
        "Start Date,End Date,Response ID,Recipient Last Name,Recipient First Name,"
        "Recipient Email,Contact - Given name,Contact - Surname,Contact - Street,Contact - City,"
        "Contact - State,Contact - ZIP\r\n"
        + ",".join(
            _IDS % t
            for t in [
                "startDate",
                "endDate",
                "_recordId",
                "recipientLastName",
                "recipientFirstName",
                "recipientEmail",
                "QID1_1",
                "QID1_2",
                "QID1_3",
                "QID1_4",
                "QID1_5",
                "QID1_6",
            ]
        )
        + "\r\n2026-12-01 10:00:00,2026-12-01 10:04:00,R_7,,,,Marisol,Vega,880 Canal St,"
        "New Orleans,LA,70112\r\n",
        (("Marisol Vega", ("880 Canal St", "New Orleans, LA 70112")),),
    ),
)

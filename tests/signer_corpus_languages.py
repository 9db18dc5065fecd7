"""Signer lists headed in languages whose words for the name and address parts come from the
address forms of Thunderbird and Firefox (their translators' labels, mozilla-l10n): Catalan,
Basque, Welsh, Albanian, Kazakh, Malay, Hungarian's name prefix; and header shapes read by
rule (a Salesforce custom field's "__c", a company's "Title", an account's "User Name"). The
rows are our own sample people; sources in tests/data/exports/SOURCES.md."""

from __future__ import annotations

from signer_corpus import Case

MORE_LANGUAGES = (
    Case(
        # Catalan: "Nom" beside "Cognoms" (the surnames) is the given name.
        "ca-sheet-nom-cognoms-adreca-poblacio",
        "Nom,Cognoms,Adreça,Codi postal,Població\n"
        "Montserrat,Vidal i Puig,Carrer de Provença 210,08036,Barcelona\n",
        (("Montserrat Vidal i Puig", ("Carrer de Provença 210", "08036 Barcelona")),),
        country="ES",
        language="ca",
        said=("first name  <- Nom", "last name   <- Cognoms"),
    ),
    Case(
        "eu-sheet-izena-abizenak-helbidea-herria",
        "IZENA;ABIZENAK;HELBIDEA;POSTA KODEA;HERRIA\r\n"
        "Iker;Agirre Zubiri;Kale Nagusia 14;20003;Donostia\r\n",
        (("Iker Agirre Zubiri", ("Kale Nagusia 14", "20003 Donostia")),),
        country="ES",
        language="eu",
    ),
    Case(
        "cy-form-enw-cyntaf-cyfeiriad-tref",
        "Enw Cyntaf,Enw Olaf,Cyfeiriad Stryd,Tref/Dinas,Cod Post\n"
        "Rhys,Evans,7 Heol y Castell,Aberystwyth,SY23 1DX\n",
        (("Rhys Evans", ("7 Heol y Castell", "Aberystwyth", "SY23 1DX")),),
        country="GB",
        language="cy",
    ),
    Case(
        # Albanian labels in their definite form ("Emri", the name), as forms write them.
        "sq-excel-emri-mbiemri-qyteti",
        "Emri;Mbiemri;Adresa;Kodi postar;Qyteti\r\n"
        "Elira;Krasniqi;Rruga Myslym Shyri 20;1001;Tiranë\r\n",
        (("Elira Krasniqi", ("Rruga Myslym Shyri 20", "1001", "Tiranë")),),
        country="AL",
        language="sq",
        encoding="cp1250",
    ),
    Case(
        "ms-sheet-nama-pertama-nama-keluarga",
        "Nama Pertama,Nama Keluarga,Alamat,Poskod,Bandar\n"
        "Nurul,Hassan,No 8 Jalan Ampang,50450,Kuala Lumpur\n",
        (("Nurul Hassan", ("No 8 Jalan Ampang", "50450 Kuala Lumpur")),),
        country="MY",
        language="ms",
    ),
    Case(
        # Hungarian: the name prefix (Előtag) is "dr." before the family name.
        "hu-excel-elotag-vezeteknev-keresztnev",
        "Előtag;Vezetéknév;Keresztnév;Cím;Irányítószám;Település\r\n"
        "dr.;Kovács;Péter;Andrássy út 12.;1061;Budapest\r\n",
        (("dr. Kovács Péter", ("Budapest", "Andrássy út 12.", "1061")),),
        country="HU",
        language="hu",
        encoding="cp1250",
        said=("name prefix <- Előtag",),
    ),
    Case(
        # Google Contacts: "Organization Title" is the job title, never printed as a title.
        "google-contacts-organization-title-is-the-job",
        "Name Prefix,First Name,Last Name,Organization Name,Organization Title,"
        "Address 1 - Street,Address 1 - City,Address 1 - Region,Address 1 - Postal Code\n"
        "Dr.,Ann,Lee,Acme,Head of Finance,12 Oak St Apt 3,Springfield,IL,62704\n",
        (("Dr. Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),),
    ),
    Case(
        # Salesforce custom fields by their API names: "__c" says how the field was made.
        "salesforce-custom-fields-api-names",
        "Id,First_Name__c,Last_Name__c,Mailing_Street__c,Mailing_City__c,Mailing_State__c,"
        "Mailing_Zip__c\n"
        "a0B5g00000XyZ1,Ann,Lee,12 Oak St Apt 3,Springfield,IL,62704\n",
        (("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),),
        said=("first name     <- First_Name__c",),
    ),
    Case(
        # connpass: 表示名 (display name) is the person; ユーザー名 their login; 参加枠名 the
        # ticket slot's name.
        "connpass-display-name-beside-slot-and-login",
        "参加枠名,ユーザー名,表示名,コメント,参加ステータス\n"
        "一般参加,taro_y,山田太郎,,参加\n"
        "一般参加,misaki_t,高橋美咲,よろしくお願いします,参加\n",
        (("山田太郎", ()), ("高橋美咲", ())),
        country="JP",
        language="ja",
        said=("full name <- 表示名",),
    ),
)

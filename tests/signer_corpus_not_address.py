"""Signer lists whose header words say what a column is NOT (issue 20): a bracketed
sub-question naming the part ("Adresse [PLZ]"), a record's number ("Invoice No.", "Numéro de
reçu"), a question asked why or how, a thing's name ("Lineitem name"), a remark, and two
columns under one address word ("Address,Address"); Outlook's Italian "(uff.)" and "(ab.)".
The rows are our own sample people; sources in tests/data/exports/SOURCES.md."""

from __future__ import annotations

from signer_corpus import US1, Case

_OUTLOOK_IT = (
    "Titolo,Nome,Secondo nome,Cognome,Titolo straniero,Società,Reparto,Posizione,Via (uff.),"
    "Via (uff.) 2,Via (uff.) 3,Città (uff.),Provincia (uff.),CAP (uff.),"
    "Paese/area geografica (uff.),Via (ab.),Via (ab.) 2,Via (ab.) 3,Città (ab.),"
    "Provincia (ab.),CAP (ab.),Paese/area geografica (ab.),Altra via,Altra via 2,Altra via 3,"
    "Altra città,Altra provincia,Altro CAP,Altro paese/area geografica,Telefono assistente,"
    "Fax (uff.),Ufficio,Ufficio 2,Richiamata automatica,Telefono auto,"
    "Telefono principale società,Fax (ab.),Abitazione\r\n"
)

NOT_AN_ADDRESS = (
    # LimeSurvey responses exported with "full question text" headings: a multiple-short-text
    # question's parts in brackets ("Adresse [PLZ]"), LimeSurvey's own columns first.
    Case(
        "limesurvey-full-question-text-de",
        "Antwort ID,Datum Abgeschickt,Letzte Seite,Start-Sprache,Zufallsstartwert,Vorname,"
        "Nachname,Adresse [Straße und Hausnummer],Adresse [PLZ],Adresse [Ort],"
        "Warum schreiben Sie?\n"
        "1,2026-11-02 09:14:00,2,de,1234567,Anna,Schmidt,Hauptstraße 5,69117,Heidelberg,"
        "Für mehr Radwege\n"
        "2,2026-11-02 10:00:00,2,de,7654321,Jonas,Weber,Lindenallee 12,50968,Köln,\n",
        (
            ("Anna Schmidt", ("Hauptstraße 5", "69117 Heidelberg")),
            ("Jonas Weber", ("Lindenallee 12", "50968 Köln")),
        ),
        country="DE",
        language="de",
    ),
    # Outlook contacts exported by an Italian Outlook (Windows-1252): the office set "(uff.)"
    # first, the home set "(ab.)" (abitazione) after it, then "Altra ..."; one contact gave only
    # an office address.
    Case(
        "it-outlook-contacts-uff-ab-cp1252",
        _OUTLOOK_IT
        + ",Giulia,,Bianchi,,Studio Bianchi,,Avvocata,Via del Corso 100,,,Roma,RM,00186,Italia,"
        "Via Roma 12,Scala B,,Roma,RM,00184,Italia,,,,,,,,,,06 0000 0000,,,,,,06 1111 1111\r\n"
        ",Marco,,Rossi,,Comune di Torino,Anagrafe,,Piazza Palazzo di Città 1,,,Torino,TO,10122,"
        "Italia,,,,,,,,,,,,,,,,,,,,,,,\r\n",
        (
            ("Giulia Bianchi", ("Via Roma 12", "Scala B", "00184 Roma RM")),
            ("Marco Rossi", ("Piazza Palazzo di Città 1", "10122 Torino TO")),
        ),
        country="IT",
        language="it",
        encoding="cp1252",
    ),
    # HelloAsso (French associations) payments export: ";"-separated, every column about the
    # payer ("... payeur"), the company columns (Raison sociale, SIREN), the tax receipt.
    Case(
        "helloasso-paiements-payeur-columns",
        "\ufeffRéférence commande;Référence paiement;Montant total;Date du paiement;"
        "Statut du paiement;Versé;Date du versement;Nom payeur;Prénom payeur;Email payeur;"
        "Date de naissance;Raison sociale;SIREN;Forme juridique;Campagne;Type de campagne;Type;"
        "Montant du tarif;Montant des options;Don supplémentaire;Code Promo;"
        "Montant du code promo;Moyen de paiement;Attestation;Reçu fiscal;Numéro de reçu;"
        "Adresse payeur;Code Postal payeur;Ville payeur;Pays payeur\n"
        "82810;53041;45,00;03/11/2026 18:23:13;Payé;Non;;Martin;Léa;l@x.fr;;;;;Lettres pour la "
        "liberté;Billetterie;Billet;40,00;;5,00;;;Carte bancaire;;Oui;2026-0012;"
        "12 rue de la Paix;75002;Paris;France\n"
        "82811;53042;20,00;04/11/2026 09:10:00;Payé;Non;;Lefèvre;Hugo;h@x.fr;;;;;Lettres pour la "
        "liberté;Billetterie;Billet;20,00;;;;;Carte bancaire;;Non;;3 place Bellecour;69002;Lyon;"
        "France\n",
        (
            ("Léa Martin", ("12 rue de la Paix", "75002 Paris")),
            ("Hugo Lefèvre", ("3 place Bellecour", "69002 Lyon")),
        ),
        country="FR",
        language="fr",
    ),
    # A UK donation platform's export (Omnipay gateways): "Donor ..." before each column, only
    # the first address line and the postcode (what Gift Aid needs), a failed payment.
    Case(
        "uk-donations-donor-columns-gift-aid",
        "ID,Amount,Status,Created,Gateway,Donor Email,Donor Title,Donor First Name,"
        "Donor Last Name,Donor Address Line 1,Donor Postcode,Gift Aid,Reason for giving,"
        "How did you hear about us?\n"
        "22,44.00,complete,2026-11-03 11:08:51,PayPal_Express,t@x.org,Mr,Tom,Hardy,"
        "10 Broad Lane,S10 1UA,1,In memory of my father,Family or Friend\n"
        "23,10.00,complete,2026-11-04 09:00:00,Stripe,j@x.org,Mrs,Jane,Ward,Rose Cottage,"
        "YO62 5DH,0,,Newsletter\n",
        (
            ("Mr Tom Hardy", ("10 Broad Lane", "S10 1UA")),
            ("Mrs Jane Ward", ("Rose Cottage", "YO62 5DH")),
        ),
        country="GB",
    ),
    # Apimo (real-estate CRM, France/Switzerland) contact export: the contact and a second
    # person (a co-owner) under the same headers (Civilité, Nom de famille, Prénom twice),
    # "Adresse,Adresse" for two address lines, Nom = company.
    Case(
        "apimo-contacts-two-people-same-headers",
        "Référence,Agence,Utilisateur,Type,Nom,Civilité,Nom de famille,Prénom,Profession,e-mail,"
        "Téléphone,Mobile,Télécopie,Date de naissance,Lieu de naissance,Nationalité,"
        "Numéro fiscal,Civilité,Nom de famille,Prénom,Profession,e-mail,Mobile,"
        "Date de naissance,Lieu de naissance,Nationalité,Numéro fiscal,Adresse,Adresse,"
        "Code postal,Ville,Pays,Propriétaires,Propriétaires actifs,Demandeurs,Demandeurs actifs,"
        "Fournisseur,Prescripteur,Attributs,Activité,Mailing,e-mailing,Magazine,"
        "Langue parlée 1,Langue parlée 2,Monnaie,Extranet,Contact lié,Situation familiale,"
        "Régime matrimonial,Nombre d'enfants,Site internet,Créé le,Mise à jour le,Commentaire\n"
        "8751280,Immo Léman,Service des ventes,Particulier,,Madame,DUPONT,Claire,,c@x.ch,,"
        "0789139000,,,,,,Monsieur,DUPONT,Marc,,m@x.ch,,,,,,chemin des Vignes 10,c/o Famille Roth,"
        "1018,Lausanne,Suisse,,,X,,,,,,Non abonné,Non abonné,Non abonné,français,,,X,,,,,,"
        "2026-08-28 14:52:32,2026-11-15 14:54:38,\n",
        (("Madame Claire DUPONT", ("c/o Famille Roth", "chemin des Vignes 10", "1018 Lausanne")),),
        country="CH",
        language="fr",
    ),
    # Squarespace orders CSV: a second line item of an order is a row with only the order id
    # and the item columns; billing and shipping names differ on a gift.
    Case(
        "squarespace-orders-line-items",
        "Order ID,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Currency,"
        "Subtotal,Shipping,Taxes,Amount Refunded,Total,Discount Code,Discount Amount,"
        "Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,"
        "Lineitem variant,Lineitem requires shipping,Lineitem taxable,"
        "Lineitem fulfillment status,Billing Name,Billing Address1,Billing Address2,Billing City,"
        "Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,"
        "Shipping Address1,Shipping Address2,Shipping City,Shipping Zip,Shipping Province,"
        "Shipping Country,Shipping Phone,Cancelled at,Private Notes,Payment Method,"
        "Payment Reference\n"
        "00101,a@x.org,PAID,2026-11-02 09:14:00 -0500,FULFILLED,2026-11-03 10:00:00 -0500,USD,"
        "12.00,4.00,0.00,0.00,16.00,,0.00,Standard,2026-11-02 09:14:00 -0500,1,Letter kit,12.00,"
        "SQ-1,,true,true,FULFILLED,Ann Lee,12 Oak St,Apt 3,Springfield,62704,IL,US,2175550100,"
        "Ann Lee,12 Oak St,Apt 3,Springfield,62704,IL,US,2175550100,,,STRIPE,ch_1\n"
        "00101,,,,,,,,,,,,,,,,1,Stamps (10),8.00,SQ-2,,true,true,FULFILLED,,,,,,,,,,,,,,,,,,,,\n"
        "00102,r@x.org,PAID,2026-11-03 11:00:00 -0500,PENDING,,USD,12.00,4.00,0.00,0.00,16.00,,"
        "0.00,Standard,2026-11-03 11:00:00 -0500,1,Letter kit,12.00,SQ-1,,true,true,PENDING,"
        "Rosa Diaz,400 Elm Ave,,Chicago,60614,IL,US,,Luis Diaz,77 Pine Rd,,Tucson,85701,AZ,US,,"
        ",,PAYPAL,pp_2\n",
        (US1, ("Rosa Diaz", ("400 Elm Ave", "Chicago, IL 60614"))),
    ),
    # Two adjacent same-named address columns in English
    Case(
        "ho-us-address-address",
        "Name,Address,Address,City,State,Zip\nAnn Lee,12 Oak St,Apt 3,Springfield,IL,62704\n",
        (US1,),
    ),
    # LimeSurvey in English, bracketed sub-questions
    Case(
        "ho-limesurvey-en-brackets",
        "Response ID,Date submitted,Last page,Start language,Seed,First name,Last name,"
        "Your address [Street and number],Your address [ZIP code],Your address [City],"
        "Your address [State]\n"
        "1,2026-11-02 09:14:00,2,en,123,Ann,Lee,12 Oak St Apt 3,62704,Springfield,IL\n",
        (US1,),
    ),
    # A receipt / invoice number beside the street in English
    Case(
        "ho-us-invoice-no-beside-street",
        "Invoice No.,Receipt Number,First Name,Last Name,Street,City,State,Zip\n"
        "INV-2026-0012,R-88,Ann,Lee,12 Oak St Apt 3,Springfield,IL,62704\n",
        (US1,),
    ),
    # A Spanish "Nº de factura" beside the address
    # "Nom du payeur" / "Prénom du payeur" spelled out
    # A French list's remarks in a French campaign: a sentence about the person, not used.
    Case(
        "fr-sheet-remarques",
        "Nom complet,Courriel,Adresse postale,Code,Localité,Remarques\n"
        "Claire Dubois,claire@example.fr,12 rue des Lilas,75011,Paris,vient avec sa soeur\n"
        "Marc Petit,marc@example.fr,4 avenue Foch,69006,Lyon,\n",
        (
            ("Claire Dubois", ("12 rue des Lilas", "75011 Paris")),
            ("Marc Petit", ("4 avenue Foch", "69006 Lyon")),
        ),
        country="FR",
        language="fr",
    ),
    # The same with Spanish and German remarks words, and a Polish one beside a flat number.
    Case(
        "es-sheet-observaciones",
        "Nombre;Apellidos;Dirección;C.P.;Localidad;Observaciones\n"
        "Lucía;García Pérez;Calle Mayor 12, 3º B;28013;Madrid;viene con su hermana\n",
        (("Lucía García Pérez", ("Calle Mayor 12, 3º B", "28013 Madrid")),),
        country="ES",
        language="es",
    ),
    Case(
        "de-sheet-hinweise-kommentar",
        "Vorname;Nachname;Straße;PLZ;Ort;Hinweise;Kommentar\n"
        "Anna;Schmidt;Hauptstraße 5;69117;Heidelberg;kommt mit dem Rad;Stand am Markt\n",
        (("Anna Schmidt", ("Hauptstraße 5", "69117 Heidelberg")),),
        country="DE",
        language="de",
    ),
    # Google Forms in Greek: the e-mail question is "address of electronic mail".
    Case(
        "gr-gforms-email-address-question",
        "Χρονική σήμανση,Διεύθυνση ηλεκτρονικού ταχυδρομείου,Ονοματεπώνυμο,Οδός,Τ.Κ.,Πόλη\n"
        "2026/11/02 9:14:00 π.μ. EET,m@x.gr,Μαρία Παπαδοπούλου,Ερμού 10,10563,Αθήνα\n",
        (("Μαρία Παπαδοπούλου", ("Ερμού 10", "105 63 Αθήνα")),),
        country="GR",
        language="el",
    ),
    # An event shop's export: the ticket's and the product's names beside the buyer's own.
    Case(
        "us-shop-ticket-and-product-names",
        "Order Number,Ticket Name,Product Name,First Name,Last Name,Address,City,State,Zip\n"
        "1001,General Admission,Letter kit,Ann,Lee,12 Oak St Apt 3,Springfield,IL,62704\n",
        (US1,),
    ),
    # A Polish invoice number ("Nr faktury") before the address.
    Case(
        "pl-sheet-nr-faktury",
        "Nr faktury;Imię;Nazwisko;Ulica;Kod pocztowy;Miejscowość\n"
        "FV/2026/11/031;Anna;Nowak;ul. Długa 5 m. 3;00-238;Warszawa\n",
        (("Anna Nowak", ("ul. Długa 5 m. 3", "00-238 Warszawa")),),
        country="PL",
        language="pl",
    ),
)

#: Words for the smallest named places and the street's parts in their own columns, each a
#: word some country's post or address register uses (K's and the reviewer's cases, and our
#: own variants); nothing the file gave is left off.
PLACES_AND_PARTS = (
    # Danmarks Adressers Web API (DAWA) field names: vejnavn, husnr, etage, dør, postnr,
    # postnrnavn; Danish writes "Gammel Kongevej 5E, 4. th".
    Case(
        "dk-dawa-csv-lowercase",
        "navn,vejnavn,husnr,etage,dør,postnr,postnrnavn\r\n"
        "Lars Holm,Gammel Kongevej,5E,4,th,1610,København V\r\n"
        "Sofie Berg,Vestergade,12,,,8000,Aarhus C\r\n",
        (
            ("Lars Holm", ("Gammel Kongevej 5E, 4. th", "1610 København V")),
            ("Sofie Berg", ("Vestergade 12", "8000 Aarhus C")),
        ),
        country="DK",
        language="da",
    ),
    Case(
        "dk-excel-dawa-etage-doer",
        "Fornavn;Efternavn;Vejnavn;Husnr.;Etage;Dør;Postnr.;Postnr.navn\r\n"
        "Mette;Jørgensen;Nørrebrogade;20;3;tv;2200;København N\r\n",
        (("Mette Jørgensen", ("Nørrebrogade 20, 3. tv", "2200 København N")),),
        country="DK",
        language="da",
        encoding="cp1252",
    ),
    # The same parts from a Danish list abroad, with DAWA's supplerendebynavn (the village
    # line above the post town).
    Case(
        "dk-sheet-supplerende-bynavn-us-campaign",
        "Navn,Vejnavn,Husnr,Etage,Dør,Supplerende bynavn,Postnr,Postnrnavn,Land\r\n"
        "Ida Lund,Algade,4,1,mf,Himmelev,4000,Roskilde,Danmark\r\n",
        (("Ida Lund", ("Algade 4, 1. mf", "Himmelev", "4000 Roskilde", "DENMARK")),),
    ),
    # Kazakh "Мекенжай" (address) in a Unicode Text export (UTF-16, tabs).
    Case(
        "kk-excel-unicode-text-kazakh",
        "Тегі\tАты\tМекенжай\tҚала\tПошта индексі\r\n"
        "Нұрланқызы\tАйгүл\tАбай даңғылы 10, 5 пәтер\tАлматы\t050000\r\n",
        (("Айгүл Нұрланқызы", ("050000", "Алматы", "Абай даңғылы 10, 5 пәтер")),),
        country="KZ",
        language="kk",
        encoding="utf-16",
    ),
    # San Marino's castelli (its nine municipalities) are the town.
    Case(
        "sm-excel-it-castello",
        "Nome;Cognome;Indirizzo;CAP;Castello\r\n"
        "Giulia;Gasperoni;Via Ventotto Luglio 12;47893;Borgo Maggiore\r\n",
        (("Giulia Gasperoni", ("Via Ventotto Luglio 12", "47893 Borgo Maggiore")),),
        country="SM",
        language="it",
        encoding="cp1252",
    ),
    Case(
        "sm-sheet-castello-first",
        "Castello,Nome e cognome,Via,CAP\r\nSerravalle,Marco Gatti,Via Ranco 5,47899\r\n",
        (("Marco Gatti", ("Via Ranco 5", "47899 Serravalle")),),
        country="SM",
        language="it",
    ),
    # Brunei's kampong (village) above the district.
    Case(
        "bn-sheet-kampong-postcode",
        "Name,Address,Kampong,District,Postcode\r\n"
        'Nurul Aisyah,"No. 12, Simpang 34, Jalan Gadong",Kampong Menglait,Brunei-Muara,BE3919\r\n',
        (
            (
                "Nurul Aisyah",
                ("No. 12, Simpang 34, Jalan Gadong", "Kampong Menglait", "Brunei-Muara BE3919"),
            ),
        ),
        country="BN",
    ),
    # A hand-made list headed "Signer", with Excel's total row under it.
    Case(
        "us-sheet-signer-column-total-row",
        "Signer,Address,City,State,ZIP,Donation\r\n"
        "Kara Bell,8 Oak Ct,Provo,UT,84601,25\r\n"
        "Miles Grant,2 Pine Ct,Provo,UT,84604,40\r\n"
        "Total,,,,,65\r\n",
        (
            ("Kara Bell", ("8 Oak Ct", "Provo, UT 84601")),
            ("Miles Grant", ("2 Pine Ct", "Provo, UT 84604")),
        ),
    ),
    Case(
        "us-sheet-signatory-column",
        "Signatory,Street,City,State,Zip\r\nAnn Lee,12 Oak St Apt 3,Springfield,IL,62704\r\n",
        (US1,),
    ),
    # An Irish-language sheet (a tester's case): Ainm, Sloinne, Seoladh, Baile, Contae, Éirchód.
    Case(
        "ie-sheet-gaeilge-ainm-sloinne-seoladh",
        "Ainm,Sloinne,Seoladh,Baile,Contae,Éirchód\r\n"
        "Siobhán,Ní Bhriain,12 Main Street,Ballincollig,Co. Cork,P31 X2Y4\r\n"
        "Seán,Ó Murchú,3 Bóthar na Trá,Gaillimh,Co. na Gaillimhe,H91 E2K3\r\n",
        (
            ("Siobhán Ní Bhriain", ("12 Main Street", "Ballincollig", "Co. Cork", "P31 X2Y4")),
            ("Seán Ó Murchú", ("3 Bóthar na Trá", "Gaillimh", "Co. na Gaillimhe", "H91 E2K3")),
        ),
        country="IE",
        language="ga",
    ),
    # Two columns of one part under different words are its levels, both printed: Russia's
    # Корпус then Строение (the reviewer's case), Romania's Bloc then Scară, Spain's Bloque
    # then Escalera (K's and the reviewer's cases).
    Case(
        "ru-excel-korpus-stroenie",
        "ФИО;Улица;Дом;Корпус;Строение;Квартира;Город;Индекс\r\n"
        "Петров Иван Сергеевич;Невский пр.;28;2;1;15;Санкт-Петербург;190000\r\n",
        (
            (
                "Петров Иван Сергеевич",
                ("Невский пр., д. 28, корп. 2, стр. 1, кв. 15", "Санкт-Петербург", "190000"),
            ),
        ),
        country="RU",
        language="ru",
        encoding="cp1251",
    ),
    Case(
        "ro-excel-bloc-scara-apartament",
        "Prenume;Nume;Stradă;Număr;Bloc;Scară;Apartament;Localitate;Judeţ;Cod poştal\r\n"
        "Ioana;Popescu;Str. Ştefan cel Mare;12;7;B;14;Iaşi;Iaşi;700064\r\n",
        (("Ioana Popescu", ("Str. Ştefan cel Mare 12, bl. 7, sc. B, ap. 14", "700064 Iaşi")),),
        country="RO",
        language="ro",
        encoding="cp1250",
    ),
    Case(
        "es-excel-bloque-escalera-piso-puerta",
        "Nombre;Primer apellido;Segundo apellido;Tipo de vía;Nombre de la vía;Número;Bloque;"
        "Escalera;Piso;Puerta;Código postal;Municipio;Provincia\r\n"
        "Lucía;Martín;Romero;Calle;Alcalá;120;2;A;4º;C;28009;Madrid;Madrid\r\n",
        (("Lucía Martín Romero", ("Calle Alcalá 120, Bloque 2, Esc. A, 4º C", "28009 Madrid")),),
        country="ES",
        language="es",
        encoding="cp1252",
    ),
    Case(
        "es-excel-escalera-piso-puerta",
        "Nombre;Apellidos;Calle;Número;Escalera;Piso;Puerta;Código postal;Población;Provincia\r\n"
        "Lucía;García López;Calle Mayor;5;B;2º;3ª;28013;Madrid;Madrid\r\n",
        (("Lucía García López", ("Calle Mayor 5, Esc. B, 2º 3ª", "28013 Madrid")),),
        country="ES",
        language="es",
        encoding="cp1252",
    ),
    # vtiger CRM's Mexican Spanish labels: "(Envío)" the mailing set, "(Otra)" another,
    # "Deleg./Mpio." the municipio, "Apdo. Postal" a PO box.
    Case(
        "vtiger-contacts-mx-envio-and-otra",
        "Nombre,Apellidos,Cuenta,Email,Tel. Oficina,Dirección (Envío),Apdo. Postal (Envío),"
        "Deleg./Mpio. (Envío),Estado (Envío),Código Postal (Envío),País (Envío),"
        "Dirección (Otra),Apdo. Postal (Otra),Deleg./Mpio. (Otra),Estado (Otra),"
        "Código Postal (Otra),País (Otra)\n"
        'María,López Hernández,,maria@x.mx,55 5555 0100,"Calle Durango 120, Col. Roma Norte",,'
        'Cuauhtémoc,Ciudad de México,06700,México,"Av. Juárez 50, Centro",,Cuauhtémoc,'
        "Ciudad de México,06010,México\n"
        "José,Ramírez,,jose@x.mx,,,Apdo. Postal 45,Guadalajara,Jalisco,44100,México,,,,,,\n",
        (
            (
                "María López Hernández",
                ("Calle Durango 120, Col. Roma Norte", "06700 Cuauhtémoc, Ciudad de México"),
            ),
            ("José Ramírez", ("Apdo. Postal 45", "44100 Guadalajara, Jalisco")),
        ),
        country="MX",
        language="es",
    ),
    # Personal attributes beside the address are never part of it: German Geburtsort and
    # Konfession (the reviewer's club and registry lists), Swedish Kön.
    Case(
        "de-verein-geburtsort-konfession",
        "Mitgliedsnummer;Anrede;Vorname;Name;Geburtsdatum;Geburtsort;Konfession;Straße;PLZ;Ort\r\n"
        "17;Frau;Katrin;Böhm;12.03.1974;Rostock;evangelisch;Gartenweg 4;04109;Leipzig\r\n",
        (("Frau Katrin Böhm", ("Gartenweg 4", "04109 Leipzig")),),
        country="DE",
        language="de",
        encoding="cp1252",
    ),
    Case(
        "se-sheet-kon-beside-address",
        "Förnamn;Efternamn;Kön;Gatuadress;Postnummer;Postort\r\n"
        "Ingrid;Lindqvist;Kvinna;Storgatan 1;435 30;Mölnlycke\r\n",
        (("Ingrid Lindqvist", ("Storgatan 1", "435 30 Mölnlycke")),),
        country="SE",
        language="sv",
    ),
)

#: A thing's name beside a person's, a delivery note beside the address, a street header's
#: last number: testers' exports (testplat4) and our own pairs of words.
THINGS_AND_PEOPLE = (
    # Mercado Libre's sales report (Argentina) saved as CSV: "# de venta", the sale's
    # "Estado" (its status, never a region), the buyer ("Comprador") and their DNI (an ID
    # number), "Domicilio" (the street), the listing's title and SKU (import scripts for the
    # report name these); the town, province and postcode columns from memory.
    Case(
        "mercadolibre-ventas-comprador-domicilio-estado",
        "# de venta;Fecha de venta;Estado;Unidades;Ingresos por productos (ARS);SKU;"
        "Título de la publicación;Comprador;DNI;Domicilio;Ciudad;Provincia;Código postal;País;"
        "Forma de entrega\r\n"
        "2000001;1 de noviembre de 2026 10:00 hs.;Entregado;1;15000;KIT-01;Kit de cartas;"
        "Sofía Gómez;30123456;Av. Corrientes 1234 5 B;Ciudad Autónoma de Buenos Aires;"
        "Buenos Aires;C1043AAZ;Argentina;Mercado Envíos\r\n"
        "2000002;2 de noviembre de 2026 11:00 hs.;Entregado;2;30000;KIT-01;Kit de cartas;"
        "Martín López;28987654;Bv. San Juan 450;Córdoba;Córdoba;X5000ABC;Argentina;"
        "Mercado Envíos\r\n",
        (
            (
                "Sofía Gómez",
                (
                    "Av. Corrientes 1234 5 B",
                    "C1043AAZ Ciudad Autónoma de Buenos Aires",
                    "Buenos Aires",
                ),
            ),
            ("Martín López", ("Bv. San Juan 450", "X5000ABC Córdoba")),
        ),
        country="AR",
        language="es",
        encoding="cp1252",
    ),
    # minne (a Japanese handmade marketplace) order CSV (its header line as a label tool
    # detects it): the work's name (作品名), the orderer's user ID, nickname and real name
    # (注文者の氏名), and only the delivery set (配送先の郵便番号/住所1/住所2/氏名) — the
    # orderer's own address when the name is the same.
    Case(
        "minne-orders-chumonsha-no-shimei-haisosaki",
        "注文ID,注文日,注文状況,支払方法,入金確認日,発送日,作品名,配送方法,配送エリア,"
        "発送までの目安,販売価格,数量,小計,備考,注文の販売価格,注文の送料,注文の合計,"
        "注文者のユーザーID,注文者のニックネーム,注文者の氏名,注文者の電話番号,配送先の郵便番号,"
        "配送先の住所1,配送先の住所2,配送先の氏名,配送先の電話番号,作品管理番号\r\n"
        "M-20001,2026/11/01,発送準備中,クレジットカード,2026/11/01,,手書き風ポストカード,"
        "クリックポスト,全国,3日,500,2,1000,,1000,185,1185,u12345,はなこ,山田 花子,03-1234-5678,"
        "100-0001,東京都千代田区千代田1-1,皇居ビル3F,山田 花子,03-1234-5678,PC-01\r\n"
        "M-20002,2026/11/02,発送準備中,コンビニ払い,2026/11/03,,手書き風ポストカード,"
        "クリックポスト,全国,3日,500,1,500,,500,185,685,u67890,いちろう,鈴木 一郎,06-1111-2222,"
        "530-0001,大阪府大阪市北区梅田1-1-3,,鈴木 一郎,06-1111-2222,PC-01\r\n",
        (
            ("山田 花子", ("100-0001", "東京都千代田区千代田1-1", "皇居ビル3F")),
            ("鈴木 一郎", ("530-0001", "大阪府大阪市北区梅田1-1-3")),
        ),
        country="JP",
        language="ja",
        encoding="cp932",
    ),
    # Outlook's contacts exported as CSV from Spanish Outlook (Windows-1252): the home set is
    # "Calle del domicilio", "Ciudad de residencia", "Provincia o estado de residencia",
    # "Código postal de residencia", "País o región de residencia" (labels from memory).
    Case(
        "outlook-es-contacts-domicilio-cp1252",
        "Tratamiento,Nombre,Segundo nombre,Apellidos,Sufijo,Organización,Departamento,Puesto,"
        "Calle del trabajo,Calle del trabajo 2,Calle del trabajo 3,Ciudad de trabajo,"
        "Provincia o estado de trabajo,Código postal del trabajo,País o región del trabajo,"
        "Calle del domicilio,Calle del domicilio 2,Calle del domicilio 3,Ciudad de residencia,"
        "Provincia o estado de residencia,Código postal de residencia,"
        "País o región de residencia,Dirección de correo electrónico,Teléfono particular\r\n"
        "Sra.,Carmen,,Ruiz Ortega,,Ayuntamiento,,Técnica,Plaza Mayor 1,,,Madrid,Madrid,28012,"
        'España,"C/ Mayor, 5",2º B,,Madrid,Madrid,28013,España,carmen@example.es,\r\n'
        ",Jordi,,Puig i Serra,,,,,,,,,,,,Carrer de Mallorca 401,3r 2a,,Barcelona,Barcelona,08013,"
        "España,jordi@example.cat,\r\n",
        (
            ("Sra. Carmen Ruiz Ortega", ("C/ Mayor, 5", "2º B", "28013 Madrid")),
            ("Jordi Puig i Serra", ("Carrer de Mallorca 401", "3r 2a", "08013 Barcelona")),
        ),
        country="ES",
        language="es",
        encoding="cp1252",
    ),
    # Coupang Wing's order sheet (발주서; its column list as order tools write it): the buyer
    # (구매자), the recipient (수취인이름), the whole delivery address in one cell
    # ("수취인 주소") after its 우편번호; product and option names beside them.
    Case(
        "coupang-wing-orders-suchwiin-juso",
        "번호,묶음배송번호,주문번호,택배사,운송장번호,분리배송 Y/N,분리배송 출고예정일,"
        "주문시 출고예정일,출고일(발송일),주문일,등록상품명,등록옵션명,노출상품명(옵션명),"
        "노출상품ID,옵션ID,최초등록옵션명,업체상품코드,바코드,결제액,배송비구분,배송비,"
        "도서산간 추가배송비,구매수(수량),옵션판매가(판매단가),구매자,구매자전화번호,수취인이름,"
        "수취인전화번호,우편번호,수취인 주소,배송메세지,상품별 추가메시지,주문자 추가메시지,"
        "배송완료일,구매확정일자,개인통관번호(PCCC),통관용구매자전화번호,기타,결제위치\r\n"
        "1,310001,2100001,CJ대한통운,,N,,2026-11-03,,2026-11-01,엽서 세트,파랑,엽서 세트 파랑,"
        "7001,8001,파랑,PC-01,,9000,무료,0,0,1,9000,김민준,010-1234-5678,김민준,010-1234-5678,"
        "03154,서울특별시 종로구 종로 1 교보빌딩 5층,문 앞,,,,,,,,PC\r\n"
        "2,310002,2100002,CJ대한통운,,N,,2026-11-04,,2026-11-02,엽서 세트,빨강,엽서 세트 빨강,"
        "7001,8002,빨강,PC-02,,18000,무료,0,0,2,9000,이서연,010-2345-6789,이서연,010-2345-6789,"
        "48099,부산광역시 해운대구 해운대해변로 264 101동 1203호,,,,,,,,,MOBILE\r\n",
        (
            ("김민준", ("서울특별시 종로구 종로 1 교보빌딩 5층", "03154")),
            ("이서연", ("부산광역시 해운대구 해운대해변로 264 101동 1203호", "48099")),
        ),
        country="KR",
        language="ko",
    ),
    # Our own pairs: a thing's name first, the buyer's after it, in English, Japanese,
    # Spanish and French.
    Case(
        "us-shop-reward-name-before-backer-name",
        "Reward Name,Backer Name,Street,City,State,Zip\n"
        "Postcards,Ann Lee,12 Oak St Apt 3,Springfield,IL,62704\n",
        (US1,),
    ),
    Case(
        "jp-shop-shohinmei-before-konyushamei",
        "商品名,購入者名,郵便番号,住所\n年賀状セット,山田花子,100-0001,東京都千代田区千代田1-1\n",
        (("山田花子", ("100-0001", "東京都千代田区千代田1-1")),),
        country="JP",
        language="ja",
    ),
    Case(
        "es-tienda-nombre-del-producto-comprador",
        "Nombre del producto;Comprador;Dirección;C.P.;Localidad\n"
        "Postales;Carmen Ruiz;Calle Mayor 12;28013;Madrid\n",
        (("Carmen Ruiz", ("Calle Mayor 12", "28013 Madrid")),),
        country="ES",
        language="es",
    ),
    Case(
        "fr-boutique-nom-de-la-boutique-acheteur",
        "Nom de la boutique;Nom de l'acheteur;Adresse;Code postal;Ville\n"
        "Cartes et Cie;Claire Martin;12 rue de la Paix;75002;Paris\n",
        (("Claire Martin", ("12 rue de la Paix", "75002 Paris")),),
        country="FR",
        language="fr",
    ),
    # Outlook's Dutch export: a line number before the bracket's qualifier.
    Case(
        "nl-outlook-straat-2-prive",
        "Voornaam,Achternaam,Straat (privé),Straat 2 (privé),Postcode (privé),Plaats (privé)\n"
        "Sanne,de Vries,Kerkstraat 12,3 hoog,1017 GC,Amsterdam\n",
        (("Sanne de Vries", ("Kerkstraat 12", "3 hoog", "1017 GC Amsterdam")),),
        country="NL",
        language="nl",
    ),
)

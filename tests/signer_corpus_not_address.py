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
    Case(
        "ho-es-numero-de-factura",
        "Nº de factura;Nombre;Apellidos;Dirección;C.P.;Localidad\n"
        "F-2026-031;Lucía;García Pérez;Calle Mayor 12, 3º B;28013;Madrid\n",
        (("Lucía García Pérez", ("Calle Mayor 12, 3º B", "28013 Madrid")),),
        country="ES",
        language="es",
    ),
    # "Nom du payeur" / "Prénom du payeur" spelled out
    Case(
        "ho-fr-nom-du-payeur",
        "N° de commande;Nom du payeur;Prénom du payeur;Adresse du payeur;Code postal du payeur;"
        "Ville du payeur\n"
        "7;Martin;Léa;12 rue de la Paix;75002;Paris\n",
        (("Léa Martin", ("12 rue de la Paix", "75002 Paris")),),
        country="FR",
        language="fr",
    ),
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
        (("Μαρία Παπαδοπούλου", ("Ερμού 10", "10563 Αθήνα")),),
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

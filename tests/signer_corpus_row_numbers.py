"""Signer lists with a column whose header only says "number" (issue 20, review 7's F1): a
hand-made signature sheet's "Nº" or "Nr.", an event export's ticket number. Standing apart
from the address, before the name, it numbers the rows or the tickets and is not printed when
the streets carry their own house numbers; beside the street it is the house number; apart
from streets with no number it is refused with the lines that say which. The rows are our own
sample people; sources in tests/data/exports/SOURCES.md."""

from __future__ import annotations

from signer_corpus import Case

ROW_NUMBERS = (
    # A Spanish signature sheet, typed in Excel: its "Nº" carries on from the sheet before.
    Case(
        "hand-sheet-es-hoja-de-firmas-n-continued",
        "Nº;Nombre;Apellidos;Dirección;C.P.;Localidad;Provincia;Firma\r\n"
        "31;Lucía;Fernández Ruiz;Calle Mayor 14, 2º B;28013;Madrid;Madrid;x\r\n"
        "32;Javier;Moreno;Avenida de la Constitución 7;41004;Sevilla;Sevilla;x\r\n"
        "33;Elena;Castro;Rúa do Franco 22;15705;Santiago de Compostela;A Coruña;x\r\n",
        (
            ("Lucía Fernández Ruiz", ("Calle Mayor 14, 2º B", "28013 Madrid")),
            ("Javier Moreno", ("Avenida de la Constitución 7", "41004 Sevilla")),
            ("Elena Castro", ("Rúa do Franco 22", "15705 Santiago de Compostela A Coruña")),
        ),
        country="ES",
        language="es",
        encoding="cp1252",
        said=("not used: Nº (3 values): a row or ticket number",),
    ),
    # An event platform's participant export (Sympla's shape): the ticket's number first.
    Case(
        "event-export-br-numero-do-ingresso",
        "Número do ingresso;Nome;Sobrenome;E-mail;Endereço;Complemento;Bairro;Cidade;Estado;"
        "CEP\r\n"
        "48213;Ana;Souza;ana@example.org;Rua das Flores, 120;Apto 32;Centro;Curitiba;PR;"
        "80010-000\r\n"
        "48219;Carlos;Pereira;carlos@example.org;Av. Sete de Setembro 455;;Centro;Salvador;BA;"
        "40060-001\r\n",
        (
            ("Ana Souza", ("Rua das Flores, 120", "Apto 32", "Centro", "Curitiba-PR", "80010-000")),
            (
                "Carlos Pereira",
                ("Av. Sete de Setembro 455", "Centro", "Salvador-BA", "40060-001"),
            ),
        ),
        country="BR",
        language="pt",
        said=("not used: Número do ingresso (2 values): a row or ticket number",),
    ),
    # A US hand sheet whose "No." skips a row crossed out, one street typed without its number.
    Case(
        "hand-sheet-us-no-skipping-a-row",
        "No.,Name,Street,City,State,ZIP\n"
        "4,Ann Lee,12 Oak St,Springfield,IL,62704\n"
        "5,Marcus Bell,4410 Pine Ave,Tulsa,OK,74105\n"
        "7,Dana Whitfield,400 Main St,Hartford,CT,06103\n"
        "8,Rosa Delgado,1520 Calle Loma,San Antonio,TX,78207\n"
        "9,Tom Ray,Rural Route 2,Guymon,OK,73942\n",
        (
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Marcus Bell", ("4410 Pine Ave", "Tulsa, OK 74105")),
            ("Dana Whitfield", ("400 Main St", "Hartford, CT 06103")),
            ("Rosa Delgado", ("1520 Calle Loma", "San Antonio, TX 78207")),
            ("Tom Ray", ("Rural Route 2", "Guymon, OK 73942")),
        ),
        said=("not used: No. (5 values): a row or ticket number",),
    ),
    # A German Unterschriftenliste with its own "Hausnummer" beside the street: the "Nr."
    # before the name numbers the rows.
    Case(
        "hand-sheet-de-nr-and-hausnummer",
        "Nr.;Name;Straße;Hausnummer;PLZ;Ort\r\n"
        "12;Anna Schmidt;Hauptstraße;5;10115;Berlin\r\n"
        "14;Jonas Weber;Bahnhofstr.;12a;50667;Köln\r\n",
        (
            ("Anna Schmidt", ("Hauptstraße 5", "10115 Berlin")),
            ("Jonas Weber", ("Bahnhofstr. 12a", "50667 Köln")),
        ),
        country="DE",
        language="de",
        encoding="cp1252",
        said=("house number <- Hausnummer", "not used: Nr. (2 values): a row or ticket number"),
    ),
    # The same sheet with no "Hausnummer" and streets without numbers: the "Nr." may be either.
    Case(
        "hand-sheet-de-nr-apart-streets-without-numbers",
        "Nr.;Name;Straße;PLZ;Ort\r\n"
        "12;Anna Schmidt;Hauptstraße;10115;Berlin\r\n"
        "14;Jonas Weber;Bahnhofstr.;50667;Köln\r\n",
        refused=("1:1", "column 'Nr.' ('12', line 2) says only 'number'"),
        country="DE",
        language="de",
        encoding="cp1252",
    ),
    # Beside the street, "Nr." is the house number, as before.
    Case(
        "hand-sheet-de-nr-beside-the-street",
        "Name;Straße;Nr.;PLZ;Ort\r\nAnna Schmidt;Hauptstraße;5;10115;Berlin\r\n"
        "Jonas Weber;Bahnhofstr.;12;50667;Köln\r\n",
        (
            ("Anna Schmidt", ("Hauptstraße 5", "10115 Berlin")),
            ("Jonas Weber", ("Bahnhofstr. 12", "50667 Köln")),
        ),
        country="DE",
        language="de",
        said=("house number <- Nr.",),
    ),
    # An Indonesian petition sheet (lembar tanda tangan), page two: "No" from 11.
    Case(
        "hand-sheet-id-no-page-two",
        "No,Nama Lengkap,Alamat,Kota,Provinsi,Kode Pos,Tanda Tangan\n"
        "11,Budi Santoso,Jl. Sudirman No. 5,Jakarta Pusat,DKI Jakarta,10220,x\n"
        "12,Siti Aminah,Jl. Malioboro 12,Yogyakarta,DI Yogyakarta,55213,x\n"
        "14,Agus Wijaya,Jl. Diponegoro 8,Bandung,Jawa Barat,40115,x\n",
        (
            ("Budi Santoso", ("Jl. Sudirman No. 5", "Jakarta Pusat", "DKI Jakarta 10220")),
            ("Siti Aminah", ("Jl. Malioboro 12", "Yogyakarta", "DI Yogyakarta 55213")),
            ("Agus Wijaya", ("Jl. Diponegoro 8", "Bandung", "Jawa Barat 40115")),
        ),
        country="ID",
        language="id",
        said=("not used: No (3 values): a row or ticket number",),
    ),
    # A Turkish imza listesi: "Sıra No" names no part; its numbers are no part of the address.
    Case(
        "hand-sheet-tr-sira-no",
        "Sıra No;Ad Soyad;Adres;İlçe;İl;Posta Kodu\r\n"
        "21;Ayşe Yılmaz;Atatürk Cad. No:12 D:3;Kadıköy;İstanbul;34710\r\n"
        "23;Mehmet Demir;İnönü Sok. No:5;Çankaya;Ankara;06420\r\n",
        (
            ("Ayşe Yılmaz", ("Atatürk Cad. No:12 D:3", "34710 Kadıköy/İstanbul")),
            ("Mehmet Demir", ("İnönü Sok. No:5", "06420 Çankaya/Ankara")),
        ),
        country="TR",
        language="tr",
        encoding="cp1254",
        said=("not used: Sıra No (2 values): its values are numbers",),
    ),
    # A sign-up sheet with the ticket's number between the name and the street: beside the
    # street, but the streets carry other numbers of their own.
    Case(
        "event-sheet-us-no-between-name-and-street",
        "Name,No,Street,City,State,Zip\n"
        "Ann Lee,2041,12 Oak St,Springfield,IL,62704\n"
        "Marcus Bell,2057,4410 Pine Ave,Tulsa,OK,74105\n"
        "Dana Whitfield,2063,400 Main St,Hartford,CT,06103\n",
        (
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Marcus Bell", ("4410 Pine Ave", "Tulsa, OK 74105")),
            ("Dana Whitfield", ("400 Main St", "Hartford, CT 06103")),
        ),
        said=("not used: No (3 values): a row or ticket number",),
    ),
    # A French sheet's "N°": nothing but a number, its numbers apart from the address.
    Case(
        "hand-sheet-fr-n-degree",
        "N°;Nom;Prénom;Adresse;Code postal;Ville;Signature\r\n"
        "12;Martin;Claire;12 rue de la Paix;75002;Paris;x\r\n"
        "14;Durand;Paul;5 avenue Foch;69006;Lyon;x\r\n",
        (
            ("Claire Martin", ("12 rue de la Paix", "75002 Paris")),
            ("Paul Durand", ("5 avenue Foch", "69006 Lyon")),
        ),
        country="FR",
        language="fr",
        encoding="cp1252",
        said=("not used: N° (2 values): a row or ticket number",),
    ),
    # Held out: streets named after a date carry a number that is no house number; the
    # "Número" beside them is.
    Case(
        "br-sheet-numero-beside-streets-named-after-dates",
        "Nome;Logradouro;Número;Bairro;Cidade;UF;CEP\r\n"
        "Ana Souza;Rua 25 de Março;120;Centro;São Paulo;SP;01021-200\r\n"
        "João Lima;Av. 9 de Julho;1578;Bela Vista;São Paulo;SP;01313-000\r\n",
        (
            ("Ana Souza", ("Rua 25 de Março, 120", "Centro", "São Paulo-SP", "01021-200")),
            ("João Lima", ("Av. 9 de Julho, 1578", "Bela Vista", "São Paulo-SP", "01313-000")),
        ),
        country="BR",
        language="pt",
        encoding="cp1252",
        said=("house number <- Número",),
    ),
    # A "#" that names no part before the name, the streets typed without numbers: either.
    Case(
        "hand-sheet-us-hash-apart-streets-without-numbers",
        "#,Name,Street,City,State,Zip\n"
        "101,Ann Lee,Oak St,Springfield,IL,62704\n"
        "102,Marcus Bell,Pine Ave,Tulsa,OK,74105\n",
        refused=("1:1", "column '#' ('101', line 2) says only 'number'"),
    ),
    # Held out: an Italian raccolta firme's "N." before the surname, streets with numbers.
    Case(
        "hand-sheet-it-raccolta-firme-n",
        "N.;Cognome;Nome;Indirizzo;CAP;Comune;Provincia;Firma\r\n"
        "45;Rossi;Giulia;Via Roma 12;00184;Roma;RM;x\r\n"
        "46;Bianchi;Marco;Corso Buenos Aires 3;20124;Milano;MI;x\r\n",
        (
            ("Giulia Rossi", ("Via Roma 12", "00184 Roma RM")),
            ("Marco Bianchi", ("Corso Buenos Aires 3", "20124 Milano MI")),
        ),
        country="IT",
        language="it",
        encoding="cp1252",
        said=("not used: N. (2 values): a row or ticket number",),
    ),
    # One row only: a "No" beside a street with its own number may be either; refused.
    Case(
        "event-sheet-us-no-between-name-and-street-one-row",
        "Name,No,Street,City,State,Zip\nAnn Lee,2041,12 Oak St,Springfield,IL,62704\n",
        refused=("1:2", "column 'No' ('2041', line 2) says only 'number' and stands beside"),
    ),
)

"""Signer lists whose header words name their part only with what the values and the country
say (issue 20): Danish `By` (the town), Slovenian `Naslov`, `Pošta` and `Država`, Spanish
`Departamento` (a flat in Argentina and Peru, a region in Colombia, told by its values), India's
`House / Flat No.`, Québec's `App.`; and whose columns they are when a word nobody listed
names the person (`Payer City`). The rows are our own sample people; sources in
tests/data/exports/SOURCES.md."""

from __future__ import annotations

from signer_corpus import Case

WORDS = (
    Case(
        "dk-excel-cp1252-by",
        "Fornavn;Efternavn;Adresse;Postnr.;By\r\n"
        "Mads;Jørgensen;Nørrebrogade 20, 3. tv.;2200;København N\r\n",
        (("Mads Jørgensen", ("Nørrebrogade 20, 3. tv.", "2200 København N")),),
        country="DK",
        language="da",
        encoding="cp1252",
        said=("town/city <- By",),
    ),
    Case(
        "sl-excel-cp1250-naslov-posta",
        "Ime;Priimek;Naslov;Poštna številka;Pošta;Država\r\n"
        "Ana;Novak;Slovenska cesta 9;1000;Ljubljana;Slovenija\r\n",
        (("Ana Novak", ("Slovenska cesta 9", "SI-1000 Ljubljana", "SLOVENIA")),),
        country="US",
        encoding="cp1250",
        said=("street <- Naslov", "town/city <- Pošta", "country <- Država"),
    ),
    Case(
        "co-excel-cp1252-departamento-is-the-region",
        "Nombres;Apellidos;Dirección;Barrio;Ciudad;Departamento\r\n"
        "Andrés;Restrepo Gómez;Calle 72 # 10-34 Apto 501;Chapinero;Bogotá;Cundinamarca\r\n",
        (
            (
                "Andrés Restrepo Gómez",
                ("Calle 72 # 10-34 Apto 501", "Chapinero", "Bogotá, Cundinamarca"),
            ),
        ),
        country="CO",
        language="es",
        encoding="cp1252",
        said=("state/region <- Departamento (the header says apartment/unit, but its values",),
    ),
    Case(
        # India's forms ask for the door number first, then the street or locality.
        "in-google-form-house-flat-no",
        "Timestamp,Full Name,House / Flat No.,Street / Locality,Landmark,City,State,PIN Code,"
        "Country\n"
        "2026/12/01 9:10:11 PM GMT+5:30,Ananya Krishnan,Flat 12B Palm Residency,"
        "14 Nungambakkam High Road,Near Valluvar Kottam,Chennai,Tamil Nadu,600034,India\n",
        (
            (
                "Ananya Krishnan",
                (
                    *("Flat 12B Palm Residency", "14 Nungambakkam High Road"),
                    *("Near Valluvar Kottam", "Chennai 600034", "Tamil Nadu", "INDIA"),
                ),
            ),
        ),
        said=("street <- House / Flat No.",),
    ),
    Case(
        # Québec's "App." (appartement): Canada Post writes the unit before the civic number.
        "ca-fr-app-bare-number",
        "Prénom,Nom,Adresse,App.,Ville,Province,Code postal\n"
        "Marie-Ève,Gagnon,1234 rue Saint-Denis,5,Montréal,QC,H2X 3J6\n",
        (("Marie-Ève Gagnon", ("5-1234 rue Saint-Denis", "Montréal QC H2X 3J6")),),
        country="CA",
        language="fr",
    ),
    Case(
        "pe-form-departamento-is-the-flat",
        "Nombre completo,Dirección,Departamento,Ciudad\nAna Ruiz,Av. Larco 345,301,Lima\n",
        (("Ana Ruiz", ("Av. Larco 345", "Depto. 301", "Lima")),),
        country="PE",
        language="es",
        said=("apartment/unit <- Departamento",),
    ),
)

US1 = ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704"))

#: A word before every column that names the person, though no list of such words has it
#: (docs/signers.md, "Whose columns they are"): the person is the signer, and the column
#: report says so.
OWNED = (
    *(
        Case(
            f"{word.lower()}-before-every-column-unknown-word",
            f"{word} First Name,{word} Last Name,{word} Address,{word} Address 2,{word} City,"
            f"{word} State,{word} Zip\nAnn,Lee,12 Oak St,Apt 3,Springfield,IL,62704\n",
            (US1,),
            said=(f"'{word}' columns are the signer's own",),
        )
        for word in (
            *("Payer", "Purchaser", "Buyer", "Applicant", "Respondent", "Sender", "Guest"),
            *("Patron", "Individual", "Resident", "Voter", "Parishioner", "Congregant"),
        )
    ),
    Case(
        "trybooking-au-bookings",
        "\ufeffBooking First Name,Booking Last Name,Booking Address 1,Booking Address 2,"
        "Booking Suburb,Booking State,Booking Post Code,Booking Country,Booking Telephone,"
        "Booking Email,Booking ID,Number of Tickets,Net Booking,Discount Amount,Processing Fees,"
        "Date Booked (UTC+11),Time Booked,Permission to Contact,Donation\r\n"
        "Ann,Lee,12 Smith St,,Fitzroy,Vic,3065,Australia, 0402064630,a@x.org,"
        "e24e3bc7-867c-4cd5-aa00-e8a11a96b94d,1,20.00,0.00,0.00,18Feb26,9:15:56 PM,No,0.00\r\n",
        (("Ann Lee", ("12 Smith St", "Fitzroy VIC 3065")),),
        country="AU",
        said=("'Booking' columns are the signer's own",),
    ),
    Case(
        # A school or youth group's list of the parents who sign.
        "school-parents-list",
        "Parent First Name,Parent Last Name,Address,Address 2,City,State,Zip\n"
        "Ann,Lee,12 Oak St,Apt 3,Springfield,IL,62704\n",
        (US1,),
        said=("'Parent' columns are the signer's own: the list has no other name columns",),
    ),
    Case(
        "korean-church-us-addresses",
        "이름,주소,아파트,도시,주,우편번호,전화번호\n"
        "김민준,123 Main St,Apt 4,Los Angeles,CA,90012,213-555-0100\n",
        (("김민준", ("123 Main St Apt 4", "Los Angeles, CA 90012")),),
        language="ko",
    ),
)

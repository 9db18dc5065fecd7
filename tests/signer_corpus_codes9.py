"""Signer lists whose values carry a spreadsheet's marks or a platform's codes (issue 20, slice
D of session 9): the apostrophe an export puts before a code to keep it text ("'02139"), taken
off codes only. The rows are our own sample people; sources in tests/data/exports/SOURCES.md."""

from __future__ import annotations

from signer_corpus import Case

#: "'02139": Shopify's order export writes the apostrophe into the CSV so Excel keeps the zero;
#: it is no part of the postcode. Cases below are siblings the rule was not written from:
#: Shopify's customer export, a German and a Brazilian sheet typed the same way, a Dutch one
#: whose street keeps its own apostrophe ('s-Gravendijkwal).
TEXT_MARKS = (
    Case(
        "shopify-customers-apostrophe-zip-and-phone",
        "First Name,Last Name,Email,Accepts Email Marketing,Company,Address1,Address2,City,"
        "Province,Country,Zip,Phone,Total Spent,Total Orders,Tags,Note,Tax Exempt\r\n"
        "Ann,Lee,ann@example.org,yes,,12 Oak St,Apt 3,Boston,Massachusetts,United States,"
        "'02139,'+16175550101,10.00,1,,,no\r\n"
        "Daan,de Vries,daan@example.org,no,,'s-Gravendijkwal 12,,Rotterdam,,Netherlands,"
        "'3021 EK,'+31101234567,5.00,1,,,no\r\n",
        (
            ("Ann Lee", ("12 Oak St Apt 3", "Boston, MA 02139")),
            ("Daan de Vries", ("'s-Gravendijkwal 12", "3021 EK Rotterdam", "NETHERLANDS")),
        ),
        said=("the leading ' that keeps a code as text ('02139 for 02139) taken off (lines 2, 3)",),
    ),
    Case(
        "de-sheet-plz-with-apostrophe",
        "Vorname;Nachname;Straße;PLZ;Ort;Telefon\r\n"
        "Greta;Hoffmann;Königsbrücker Straße 12;'01067;Dresden;'0351 1234567\r\n"
        "Jonas;Weber;Gartenstraße 5;'50667;Köln;\r\n",
        (
            ("Greta Hoffmann", ("Königsbrücker Straße 12", "01067 Dresden")),
            ("Jonas Weber", ("Gartenstraße 5", "50667 Köln")),
        ),
        country="DE",
        language="de",
    ),
    Case(
        "br-planilha-cep-com-apostrofo",
        "Nome;Endereço;Cidade;Estado;CEP\r\n"
        "Rita Fonseca;Av. Paulista 1000;São Paulo;SP;'01310-100\r\n",
        (("Rita Fonseca", ("Av. Paulista 1000", "São Paulo-SP", "01310-100")),),
        country="BR",
        language="pt",
    ),
    # The same mark on a name or a street is the name's own ('t Hart, a Dutch surname).
    Case(
        "nl-sheet-apostrophe-in-names-kept",
        "Voornaam;Achternaam;Straat;Postcode;Plaats\r\n"
        "Pieter;'t Hart;'t Zand 5;'1012 AB;Amsterdam\r\n",
        (("Pieter 't Hart", ("'t Zand 5", "1012 AB Amsterdam")),),
        country="NL",
        language="nl",
    ),
)

#: A region written as its ISO 3166-2 code (WooCommerce's billing_state, a Chilean sheet's
#: "RM", a New Zealand roll's "CAN") prints by the name Google's address data gives it, or
#: ISO 3166-2's where Google gives none and the format has no region; left off where the town
#: line already says it; two region columns naming one region (Province, Province Code)
#: print it once. None of these is Shopify's order export the rule was made from.
REGION_CODES = (
    Case(
        "woocommerce-orders-state-codes-abroad",
        "Order Number,Order Status,Order Date,billing_first_name,billing_last_name,"
        "billing_address_1,billing_address_2,billing_city,billing_state,billing_postcode,"
        "billing_country,billing_email\r\n"
        "101,completed,2026-11-20,Chinedu,Okafor,15 Allen Avenue,,Ikeja,LA,100271,NG,"
        "c@example.org\r\n"
        "102,completed,2026-11-21,Siobhan,Murphy,4 Merrion Square,,Dublin 2,D,D02 X285,IE,\r\n"
        "103,processing,2026-11-21,Maria,Santos,12 Gorordo Avenue,Lahug,Cebu City,CEB,6000,"
        "PH,\r\n"
        "104,completed,2026-11-22,Budi,Santoso,Jl. Kemang Raya 10,,Jakarta Selatan,JK,12730,"
        "ID,\r\n",
        (
            ("Chinedu Okafor", ("15 Allen Avenue", "Ikeja 100271", "Lagos", "NIGERIA")),
            (
                "Siobhan Murphy",
                ("4 Merrion Square", "Dublin 2", "Co. Dublin", "D02 X285", "IRELAND"),
            ),
            (
                "Maria Santos",
                ("12 Gorordo Avenue", "Lahug", "Cebu City", "6000 Cebu", "PHILIPPINES"),
            ),
            (
                "Budi Santoso",
                ("Jl. Kemang Raya 10", "Jakarta Selatan", "DKI Jakarta 12730", "INDONESIA"),
            ),
        ),
        country="GB",
        said=("billing/shipping state/region <- billing_state",),
    ),
    Case(
        "cl-planilla-region-como-codigo",
        "Nombre,Apellido,Dirección,Comuna,Ciudad,Región,Código postal\r\n"
        "Ignacio,Muñoz,Av. Providencia 1234,Providencia,Santiago,RM,7500000\r\n"
        "Javiera,Soto,Calle Esmeralda 55,,Valparaíso,VS,2340000\r\n"
        "Tomás,Rojas,Av. Pedro de Valdivia 100,,Concepción,BI,4030000\r\n",
        (
            (
                "Ignacio Muñoz",
                (
                    "Av. Providencia 1234",
                    "Providencia",
                    "7500000 Santiago",
                    "Región Metropolitana",
                ),
            ),
            ("Javiera Soto", ("Calle Esmeralda 55", "2340000 Valparaíso")),
            ("Tomás Rojas", ("Av. Pedro de Valdivia 100", "4030000 Concepción", "Biobío")),
        ),
        country="CL",
        language="es",
        said=("state/region: 'RM' is Región Metropolitana (line 2)",),
    ),
    Case(
        "nz-member-roll-region-codes",
        "Member ID,First name,Surname,Street address,Suburb,Town/City,Region,Postcode\r\n"
        "1,Aroha,Ngata,14 Riccarton Road,Riccarton,Christchurch,CAN,8011\r\n"
        "2,Liam,Wilson,5 High Street,,Auckland,AUK,1010\r\n"
        "3,Mere,Walker,3 Victoria Street,,Hamilton,WKO,3204\r\n",
        (
            ("Aroha Ngata", ("14 Riccarton Road", "Riccarton", "Christchurch 8011", "Canterbury")),
            ("Liam Wilson", ("5 High Street", "Auckland 1010")),
            ("Mere Walker", ("3 Victoria Street", "Hamilton 3204", "Waikato")),
        ),
        country="NZ",
        said=("state/region: 'AUK' is Auckland (line 3)",),
    ),
    Case(
        "shopify-customers-province-and-province-code",
        "First Name,Last Name,Email,Company,Address1,Address2,City,Province,Province Code,"
        "Country,Country Code,Zip,Phone\r\n"
        "Adaeze,Nwosu,a@example.org,,12 Awolowo Road,,Lagos,Lagos,LA,Nigeria,NG,101233,\r\n"
        "Hemi,Parata,h@example.org,,22 Queen Street,Ponsonby,Auckland,Auckland,AUK,"
        "New Zealand,NZ,'1011,\r\n"
        "Ciara,Byrne,,,12 Main Street,,Ballincollig,Cork,CO,Ireland,IE,P31 X2Y3,\r\n"
        "Ann,Lee,,,12 Oak St,,Boston,Massachusetts,MA,United States,US,'02139,\r\n",
        (
            ("Adaeze Nwosu", ("12 Awolowo Road", "Lagos 101233", "NIGERIA")),
            ("Hemi Parata", ("22 Queen Street", "Ponsonby", "Auckland 1011", "NEW ZEALAND")),
            (
                "Ciara Byrne",
                ("12 Main Street", "Ballincollig", "Co. Cork", "P31 X2Y3", "IRELAND"),
            ),
            ("Ann Lee", ("12 Oak St", "Boston, MA 02139", "UNITED STATES")),
        ),
        country="GB",
        said=("state/region: 'Cork' and 'CO' name one region, printed once (line 4)",),
    ),
    # Switzerland's format has no canton: a canton's code goes after the town, on its line,
    # as Swiss Post's locality names carry it ("1260 Nyon VD"), and is left off where the
    # town's name says it (Genève, GE).
    Case(
        "ch-feuille-npa-localite-canton",
        "Prénom;Nom;Rue;NPA;Localité;Canton\r\n"
        "Claire;Dubois;Route de Divonne 12;1260;Nyon;VD\r\n"
        "Luc;Favre;Rue de Lausanne 12;1201;Genève;GE\r\n",
        (
            ("Claire Dubois", ("Route de Divonne 12", "1260 Nyon VD")),
            ("Luc Favre", ("Rue de Lausanne 12", "1201 Genève")),
        ),
        country="CH",
        language="fr",
    ),
)

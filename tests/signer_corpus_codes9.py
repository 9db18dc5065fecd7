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

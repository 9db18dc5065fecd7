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

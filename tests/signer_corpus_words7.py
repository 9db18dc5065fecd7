"""Signer-list cases for header words a person reads at once (review 7, family F5): a buyer's
or recipient's word over the names, a column of names under a word for who sent the money, a
Korean shop's bracketed address parts, a Turkish delivery address, a camelCase house number."""

from __future__ import annotations

from signer_corpus import Case

#: Names under a word for the person the row is, with a Filipino surname's particle ("dela").
PERSON_WORDS = (
    # Mercado Libre's sales report as a seller in Mexico saves it (review 7's file): the buyer
    # under "Comprador", one of them a Filipino signer written "Juan dela Cruz".
    Case(
        "mercadolibre-ventas-comprador-dela-cruz",
        "# de venta,Fecha de venta,Estado de la venta,Comprador,DNI,Domicilio,Ciudad,Estado,"
        "Código postal,País\r\n"
        "3001,2026-11-11,Entregado,Rosa Almeida,,400 Main St,Hartford,CT,06103,United States\r\n"
        "3002,2026-11-12,Entregado,Marco dela Paz,,45 Osmeña Blvd,Cebu City,Cebu,6000,"
        "Philippines\r\n",
        (
            ("Rosa Almeida", ("400 Main St", "Hartford, CT 06103")),
            ("Marco dela Paz", ("45 Osmeña Blvd", "Cebu City", "6000 Cebu", "PHILIPPINES")),
        ),
        said=("full name    <- Comprador (by its values",),
    ),
    # Ko-fi's shop orders as review 7's file gives them (not verified): the supporter under
    # "From", the only column of people's names.
    Case(
        "ko-fi-orders-from-holds-the-names",
        "DateTime,From,Email,Item,Address,City,State,Zip,Country\r\n"
        "2026-11-11,Leah Brooks,l@example.org,,4410 Pine Ave,Tulsa,OK,74105,USA\r\n"
        "2026-11-12,Ana delos Santos,a@example.org,,12 Rizal St,Quezon City,Metro Manila,1100,"
        "Philippines\r\n",
        (
            ("Leah Brooks", ("4410 Pine Ave", "Tulsa, OK 74105")),
            (
                "Ana delos Santos",
                ("12 Rizal St", "Quezon City", "1100 Metro Manila", "PHILIPPINES"),
            ),
        ),
        said=("full name    <- From (by its values",),
    ),
)

#: A refusal's hint comes from the header's words or the column's values, never from a word of
#: another language a few letters away ("From" is not "Prénom").
HINTS = (
    # Written after the rule: one name in three reads as a person's ("Cher", "bell hooks"),
    # so nothing is guessed; the hint names the column of names and the line that maps it.
    Case(
        "from-column-of-few-names-hint-names-it",
        "DateTime,From,Email,Address,City,State,Zip\r\n"
        "2026-11-11,Leah Brooks,l@example.org,4410 Pine Ave,Tulsa,OK,74105\r\n"
        "2026-11-12,bell hooks,b@example.org,12 Oak St,Springfield,IL,62704\r\n"
        "2026-11-13,Cher,c@example.org,5 Elm St,Reno,NV,89501\r\n",
        refused=("1:2", "no name column (looked for Name"),
    ),
)

"""Signer lists whose letters cross a border or stay at home in a country whose post has its
own place levels (issue 20, slice "countries"): the country line in full as the posts read it
(USPS Publication 28, A31: no abbreviation, so "Antigua & Barbuda" prints ANTIGUA AND
BARBUDA), a name in the posting country's own language as written, and each country's place
levels in its post's order. Each source is in tests/data/exports/SOURCES.md.
"""

from __future__ import annotations

from signer_corpus import Case

VC = "SAINT VINCENT AND THE GRENADINES"

POSTS = (
    Case(
        "us-excel-caribbean-parishes",
        "First Name,Last Name,Address,City,Parish,Postal Code,Country\r\n"
        "Lisa,Clarke,Lot 5 Rockley Terrace,Bridgetown,St. Michael,BB11000,Barbados\r\n"
        "Kelvin,Joseph,Nevis Street,St. John's,St. John,,Antigua & Barbuda\r\n"
        "Andrea,Baptiste,Bay Street,Kingstown,St. George,VC0100,St Vincent and the Grenadines\r\n"
        "Curtis,Noel,Grand Anse Main Road,St. George's,St. George,,Grenada\r\n",
        (
            (
                "Lisa Clarke",
                ("Lot 5 Rockley Terrace", "Bridgetown, St. Michael BB11000", "BARBADOS"),
            ),
            ("Kelvin Joseph", ("Nevis Street", "St. John's", "St. John", "ANTIGUA AND BARBUDA")),
            (
                "Andrea Baptiste",
                (
                    "Bay Street",
                    "Kingstown VC0100",
                    "St. George",
                    "SAINT VINCENT AND THE GRENADINES",
                ),
            ),
            ("Curtis Noel", ("Grand Anse Main Road", "St. George's", "St. George", "GRENADA")),
        ),
        encoding="cp1252",
    ),
    Case(
        "us-sheet-caribbean-postcode-st-vincent",
        "First Name,Last Name,Address,City,State,ZIP\r\n"
        "Ann,Lee,12 Oak St Apt 3,Springfield,IL,62704\r\n"
        "Andrea,Baptiste,Bay Street,Kingstown,,VC0100\r\n"
        "Kevin,Smith,Main Street,Road Town,,VG1110\r\n",
        (
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            (
                "Andrea Baptiste",
                ("Bay Street", "Kingstown VC0100", "SAINT VINCENT AND THE GRENADINES"),
            ),
            ("Kevin Smith", ("Main Street", "Road Town", "VG1110", "VIRGIN ISLANDS (BRITISH)")),
        ),
    ),
    Case(
        "be-excel-fr-grands-lacs",
        "Nom;Prénom;Adresse;Code postal;Commune;Ville;Pays\r\n"
        "Dubois;Claire;Rue Haute 12;1000;;Bruxelles;Belgique\r\n"
        "Mbuyi;Patrick;Avenue Kasa-Vubu 12;;Gombe;Kinshasa;République démocratique du Congo\r\n",
        (
            ("Claire Dubois", ("Rue Haute 12", "1000 Bruxelles")),
            (
                "Patrick Mbuyi",
                ("Avenue Kasa-Vubu 12", "Gombe", "Kinshasa", "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO"),
            ),
        ),
        country="BE",
        language="fr",
        encoding="cp1252",
    ),
    # Written after the rule, for countries it was not written for: CLDR's "&" names.
    Case(
        "gb-sheet-caribbean-ampersands",
        "Name,Address,Town,Country\r\n"
        "Ravi Persad,12 Frederick Street,Port of Spain,Trinidad & Tobago\r\n"
        "Joy Liburd,Main Street,Charlestown,St. Kitts & Nevis\r\n"
        "Ana Neto,Rua de Angola 5,Sao Tome,São Tomé & Príncipe\r\n",
        (
            ("Ravi Persad", ("12 Frederick Street", "Port of Spain", "TRINIDAD AND TOBAGO")),
            ("Joy Liburd", ("Main Street", "Charlestown", "SAINT KITTS AND NEVIS")),
            ("Ana Neto", ("Rua de Angola 5", "Sao Tome", "SAO TOME AND PRINCIPE")),
        ),
        country="GB",
    ),
)

"""Each country's own format on the letter (issue 20): Singapore's "SINGAPORE 123456" line kept
from abroad, a region written in Latin letters never swapped for its Hangul or kanji name, and
a street given in parts in the order of a country nobody listed (English-speaking posts write
the number first). The rows are our own sample people; sources in
tests/data/exports/SOURCES.md."""

from __future__ import annotations

from signer_corpus import Case

FORMATS8 = (
    Case(
        "shopify-orders-shipping-singapore-from-us",
        "Name,Shipping Name,Shipping Address1,Shipping Address2,Shipping City,Shipping Zip,"
        "Shipping Province,Shipping Country\n"
        "#1001,Lim Mei Ling,1 Raffles Place,#20-01,Singapore,048616,,SG\n"
        "#1002,Ann Lee,12 Oak St,,Springfield,62704,IL,US\n",
        (
            ("Lim Mei Ling", ("1 Raffles Place", "#20-01", "SINGAPORE 048616", "SINGAPORE")),
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
        ),
    ),
    Case(
        "woocommerce-billing-singapore-at-home",
        "Billing First Name,Billing Last Name,Billing Address 1,Billing Address 2,Billing City,"
        "Billing Postcode,Billing Country\n"
        "Boon Huat,Ong,10 Bayfront Avenue,#05-02,Singapore,018956,SG\n",
        (("Boon Huat Ong", ("10 Bayfront Avenue", "#05-02", "SINGAPORE 018956")),),
        country="SG",
    ),
    Case(
        "uk-school-contacts-county-in-latin-letters-abroad",
        "Forename,Surname,Address 1,Address 2,Town,County,Postcode\n"
        "Jiwoo,Kim,264 Haeundae-daero,,Haeundae-gu,Busan,48095\n"
        "Oliver,Hughes,14 Church Lane,,Sheffield,South Yorkshire,S3 8SD\n",
        (
            ("Jiwoo Kim", ("264 Haeundae-daero", "Haeundae-gu", "Busan", "48095", "SOUTH KOREA")),
            ("Oliver Hughes", ("14 Church Lane", "Sheffield", "South Yorkshire", "S3 8SD")),
        ),
        country="GB",
    ),
    Case(
        "west-africa-sheet-house-no-and-street-apart",
        "First Name,Last Name,House No,Street,Area,City,State,Country\n"
        "Chinedu,Okafor,12,Allen Avenue,Ikeja,Lagos,Lagos,Nigeria\n"
        "Wanjiru,Kamau,45,Moi Avenue,,Nairobi,,Kenya\n"
        "Kofi,Boateng,7,Liberation Road,Airport Residential,Accra,Greater Accra,Ghana\n",
        (
            ("Chinedu Okafor", ("12 Allen Avenue", "Ikeja", "Lagos", "NIGERIA")),
            ("Wanjiru Kamau", ("45 Moi Avenue", "Nairobi", "KENYA")),
            (
                "Kofi Boateng",
                ("7 Liberation Road", "Airport Residential", "Accra", "Greater Accra", "GHANA"),
            ),
        ),
        country="GB",
    ),
)

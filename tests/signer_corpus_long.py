"""Signer lists whose addresses take seven or eight lines with the name (issue 20; found by the
reviewer: the default pack refused them for the return labels): a Stripe customer export from
Ireland (street, apartment, Dublin postal district, county, Eircode), a Google Form from India
(flat and building, street, landmark, district), a Japanese Excel list (CP932: postcode,
prefecture, ward, block number, building). Each gives its letters here; tests/test_long_addresses.py
fits each one to every label stock and envelope. The rows are our own sample people; sources
in tests/data/exports/SOURCES.md."""

from __future__ import annotations

from signer_corpus import Case

LONG = (
    Case(
        "stripe-customers-ireland",
        "Email,Name,Description,Phone,Address Line 1,Address Line 2,City,State,Postal Code,"
        "Country\n"
        "aoife@example.ie,Aoife Ní Bhriain,monthly donor,+353 1 555 0101,12 Ranelagh Road,"
        "Apartment 4,Dublin 6,Co. Dublin,D06 C9F2,IE\n",
        (
            (
                "Aoife Ní Bhriain",
                (
                    "12 Ranelagh Road",
                    "Apartment 4",
                    "Dublin 6",
                    "Co. Dublin",
                    "D06 C9F2",
                    "IRELAND",
                ),
            ),
        ),
    ),
    Case(
        "in-google-form-landmark",
        "Timestamp,Full Name,Flat / House No. / Building,Street / Locality,Landmark,City,State,"
        "PIN Code,Country,Mobile Number\n"
        "2026/12/01 9:10:11 PM GMT+5:30,Ananya Krishnan,Flat 12B Palm Residency,"
        "14 Nungambakkam High Road,Near Valluvar Kottam,Chennai,Tamil Nadu,600034,India,"
        "+91 98400 55501\n",
        (
            (
                "Ananya Krishnan",
                (
                    "Flat 12B Palm Residency",
                    "14 Nungambakkam High Road",
                    "Near Valluvar Kottam",
                    "Chennai 600034",
                    "Tamil Nadu",
                    "INDIA",
                ),
            ),
        ),
    ),
    Case(
        "in-sheet-district",
        "Name,Address line 1,Address line 2,Address line 3,District,City,State,Postal code,"
        "Country\n"
        "Mei Lin,Flat 12B Palm Residency,14 Nungambakkam High Road,Near Valluvar Kottam,"
        "Nungambakkam,Chennai,Tamil Nadu,600034,India\n",
        (
            (
                "Mei Lin",
                (
                    "Flat 12B Palm Residency",
                    "14 Nungambakkam High Road",
                    "Near Valluvar Kottam",
                    "Nungambakkam",
                    "Chennai 600034",
                    "Tamil Nadu",
                    "INDIA",
                ),
            ),
        ),
    ),
    Case(
        "jp-excel-cp932-with-country",
        "氏名,郵便番号,都道府県,市区町村,番地,建物名・部屋番号,国\r\n"
        "山本 健一,150-0002,東京都,渋谷区渋谷,2-21-1,渋谷ヒカリエ 11F,日本\r\n",
        (
            (
                "山本 健一",
                ("150-0002", "東京都", "渋谷区渋谷", "2-21-1", "渋谷ヒカリエ 11F", "JAPAN"),
            ),
        ),
        encoding="cp932",
    ),
    Case(
        "jp-excel-cp932-building-and-room",
        "氏名,郵便番号,都道府県,市区町村,番地,建物名,部屋番号,国\r\n"
        "佐藤 健二,150-0002,東京都,渋谷区渋谷,2-21-1,渋谷ヒカリエ,1101,日本\r\n",
        (
            (
                "佐藤 健二",
                ("150-0002", "東京都", "渋谷区渋谷", "2-21-1", "渋谷ヒカリエ", "1101号室", "JAPAN"),
            ),
        ),
        encoding="cp932",
    ),
)

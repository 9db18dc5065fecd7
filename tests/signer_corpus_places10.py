"""Places and countries review 10 found read wrong (issue 20, slice H): a Bahraini block that is
also the postcode ("Block 317" and postcode 317) prints on both lines, as Bahrain's format
writes it. The rows are our own sample people; sources in tests/data/exports/SOURCES.md."""

from __future__ import annotations

from signer_corpus import Case

BLOCKS = (
    Case(
        "salesforce-npsp-contacts-bahrain-block-is-postcode",
        "First Name,Last Name,Mailing Street,Mailing City,Mailing State/Province,"
        "Mailing Zip/Postal Code,Mailing Country\n"
        'Fatima,Al Khalifa,"Villa 1120, Road 4156, Block 341",Manama,,341,Bahrain\n'
        "Ann,Lee,12 Oak St,Springfield,IL,62704,United States\n",
        (
            (
                "Fatima Al Khalifa",
                ("Villa 1120, Road 4156, Block 341", "Manama 341", "BAHRAIN"),
            ),
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
        ),
    ),
    Case(
        "shopify-customers-bahrain-block-in-address2",
        "First Name,Last Name,Company,Address1,Address2,City,Province,Province Code,Country,"
        "Country Code,Zip\n"
        'Yusuf,Darwish,,"Building 2504, Road 2832",Block 428,Seef,,,Bahrain,BH,428\n',
        (("Yusuf Darwish", ("Building 2504, Road 2832", "Block 428", "Seef 428", "BAHRAIN")),),
        country="GB",
    ),
)

NUMBER_FIRST = (
    Case(
        "google-form-house-number-apart-arabic-tamil-hebrew",
        "Timestamp,Full Name,House Number,Street Name,City,Postcode,Country\n"
        "2026-11-02 10:14:00,Omar Farouk,10,Tahrir Street,Cairo,11511,Egypt\n"
        "2026-11-02 10:20:00,Tharshini Sivakumar,48,Hospital Road,Jaffna,40000,Sri Lanka\n"
        "2026-11-02 10:31:00,Noa Levi,12,Herzl Street,Haifa,3303012,Israel\n"
        "2026-11-02 10:40:00,Layla Haddad,7,Al Rainbow Street,Amman,11183,Jordan\n",
        (
            ("Omar Farouk", ("10 Tahrir Street", "Cairo", "11511", "EGYPT")),
            ("Tharshini Sivakumar", ("48 Hospital Road", "Jaffna", "40000", "SRI LANKA")),
            ("Noa Levi", ("Herzl Street 12", "Haifa 3303012", "ISRAEL")),
            ("Layla Haddad", ("7 Al Rainbow Street", "Amman 11183", "JORDAN")),
        ),
        country="GB",
    ),
)

NATIONAL_ADDRESS = (
    Case(
        "salla-orders-saudi-national-address-from-abroad",
        "Order Number,Customer,Country,City,District,Street Name,Building Number,Postal Code,"
        "Additional No.\n"
        "S-1001,Nora Al-Dosari,Saudi Arabia,Dammam,Al Faisaliyah,Prince Mohammed Bin Fahd Rd,"
        "4321,32272,6789\n"
        "S-1002,Oliver Hughes,United Kingdom,Sheffield,,Church Lane,14,S3 8SD,\n",
        (
            (
                "Nora Al-Dosari",
                (
                    "4321 Prince Mohammed Bin Fahd Rd",
                    "Al Faisaliyah",
                    "Dammam 32272-6789",
                    "SAUDI ARABIA",
                ),
            ),
            ("Oliver Hughes", ("14 Church Lane", "Sheffield", "S3 8SD")),
        ),
        country="GB",
    ),
)

STATE_IN_TOWN = (
    Case(
        "raisely-donations-state-typed-in-suburb",
        "First Name,Last Name,Email,Address 1,Suburb,Postcode,Country\n"
        "Mia,Nguyen,mia@example.org,4 Todd St,Alice Springs NT,870,Australia\n"
        "Dana,Whitfield,dana@example.org,400 Main St,Hartford CT,6103,United States\n"
        "Jack,Brown,jack@example.org,15 King St,Newtown NSW,2042,Australia\n",
        (
            ("Mia Nguyen", ("4 Todd St", "Alice Springs NT 0870")),
            ("Dana Whitfield", ("400 Main St", "Hartford, CT 06103", "UNITED STATES")),
            ("Jack Brown", ("15 King St", "Newtown NSW 2042")),
        ),
        country="AU",
    ),
)

COUNTRIES_ELSEWHERE = (
    Case(
        "apoiase-supporters-portuguese-eua",
        "Nome,E-mail,Endereço,Cidade,Estado,CEP,País\n"
        'Mariana Costa,mariana@example.org,"Rua Augusta, 1500",São Paulo,SP,01304-001,Brasil\n'
        "Dana Whitfield,dana@example.org,400 Main St,Hartford,CT,06103,EUA\n"
        "Rashid Al Mansoori,rashid@example.org,Al Wasl Road 12,Dubai,,,EAU\n",
        (
            ("Mariana Costa", ("Rua Augusta, 1500", "São Paulo-SP", "01304-001", "BRAZIL")),
            ("Dana Whitfield", ("400 Main St", "Hartford, CT 06103")),
            ("Rashid Al Mansoori", ("Al Wasl Road 12", "Dubai", "UNITED ARAB EMIRATES")),
        ),
    ),
    Case(
        "canadian-roll-caribbean-parish-no-country",
        "First Name,Last Name,Address,City,Province,Postal Code\n"
        "Leah,Martin,55 Queen St W,Toronto,ON,M5H 2M9\n"
        "Kerry,Joseph,Grand Anse Main Road,St. George's,St. George,\n",
        refused=("3:5", "'St. George' is none of the regions of Canada"),
        country="CA",
    ),
)

TOWN_AGAIN = (
    Case(
        "jotform-street-cell-repeats-town",
        "Name,Street Address,City,State / Province,Postal / Zip Code,Country\n"
        'Ann Lee,"12 Oak St, Springfield IL",Springfield,IL,62704,United States\n'
        'Leah Martin,"88 King St E, Hamilton",Hamilton,ON,L8N 1A8,Canada\n'
        'Tom Baker,"Flat 2, Oxford House",Oxford,,OX1 2JD,United Kingdom\n',
        (
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Leah Martin", ("88 King St E", "Hamilton ON L8N 1A8", "CANADA")),
            ("Tom Baker", ("Flat 2, Oxford House", "Oxford", "OX1 2JD", "UNITED KINGDOM")),
        ),
    ),
)

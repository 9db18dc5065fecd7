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
    Case(
        "petition-one-line-address-beside-country-column",
        "Full name,Email,Address,Country\n"
        'Lucía Gómez,l@example.org,"Calle Mayor 5, 28013 Madrid",Spain\n'
        'Sanne de Vries,s@example.org,"Kerkstraat 12, 1017 GL Amsterdam",Netherlands\n'
        'Aino Virtanen,a@example.org,"Mannerheimintie 5, 00100 Helsinki",Finland\n'
        'Ann Lee,ann@example.org,"12 Oak St, Springfield, IL 62704",United States\n',
        (
            ("Lucía Gómez", ("Calle Mayor 5", "28013 Madrid", "SPAIN")),
            ("Sanne de Vries", ("Kerkstraat 12", "1017 GL Amsterdam", "NETHERLANDS")),
            ("Aino Virtanen", ("Mannerheimintie 5", "FI-00100 Helsinki", "FINLAND")),
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
        ),
    ),
    Case(
        "one-line-address-ending-in-a-country-without-postcodes",
        "Supporter,Postal address\n"
        'Kofi Boateng,"14 Oxford Street, Osu, Accra, Ghana"\n'
        'Sione Tuilagi,"Beach Road, Apia, Samoa"\n'
        'Oliver Hughes,"14 Church Lane, Sheffield, S3 8SD"\n',
        (
            ("Kofi Boateng", ("14 Oxford Street", "Osu", "Accra", "GHANA")),
            ("Sione Tuilagi", ("Beach Road", "Apia", "SAMOA")),
            ("Oliver Hughes", ("14 Church Lane", "Sheffield", "S3 8SD")),
        ),
        country="GB",
    ),
    Case(
        "in-shop-orders-state-dash-pin",
        "Customer Name,Shipping Address,Phone\n"
        'Priya Nair,"221 MG Road, Camp, Pune, Maharashtra - 411001",\n'
        'Rahul Verma,"45 Park Street, Kolkata, West Bengal – 700016",\n',
        (
            ("Priya Nair", ("221 MG Road", "Camp", "Pune 411001", "Maharashtra")),
            ("Rahul Verma", ("45 Park Street", "Kolkata 700016", "West Bengal")),
        ),
        country="IN",
    ),
    Case(
        "be-association-sheet-one-line-address-old-postcode-signs",
        "Nom;Prénom;Adresse;Pays\n"
        "Weber;Jonas;Pontstraße 5, D-52062 Aachen;Allemagne\n"
        "Rossi;Giulia;Via Roma 1, I-00184 Roma;Italie\n"
        "Dupont;Marie;Rue de la Loi 16, 1000 Bruxelles;Belgique\n",
        (
            ("Jonas Weber", ("Pontstraße 5", "52062 Aachen", "ALLEMAGNE")),
            ("Giulia Rossi", ("Via Roma 1", "00184 Roma", "ITALIE")),
            ("Marie Dupont", ("Rue de la Loi 16", "1000 Bruxelles")),
        ),
        country="BE",
        language="fr",
        said=("postal code: 'D-52062' printed as 52062 (line 2)",),
    ),
    Case(
        "shop-orders-country-code-before-the-postcode",
        "Invoice,Recipient,Recipient Address,Phone\n"
        'INV/1,Budi Santoso,"Jl. Sudirman No. 5, Setiabudi, KOTA JAKARTA SELATAN, DKI JAKARTA, '
        'ID, 12190",0812\n'
        'INV/2,Maria Santos,"12 Ayala Avenue, Makati City, Metro Manila, PH, 1226",0917\n',
        (
            (
                "Budi Santoso",
                ("Jl. Sudirman No. 5", "Setiabudi", "KOTA JAKARTA SELATAN", "DKI JAKARTA 12190"),
            ),
            (
                "Maria Santos",
                ("12 Ayala Avenue", "Makati City", "1226 Metro Manila", "PHILIPPINES"),
            ),
        ),
        country="ID",
    ),
    Case(
        "form-zone-column-guatemala-and-qatar",
        "First Name,Last Name,Street Address,Zone,City,Postal Code,Country\n"
        "Ana,Morales,12 Calle 5-20,1,Guatemala,01001,Guatemala\n"
        "Hamad,Al-Kuwari,Street 920 Building 12,69,Doha,,Qatar\n",
        (
            ("Ana Morales", ("12 Calle 5-20", "Zona 1", "01001- Guatemala", "GUATEMALA")),
            ("Hamad Al-Kuwari", ("Street 920 Building 12", "Zone 69", "Doha", "QATAR")),
        ),
    ),
    Case(
        "sg-sheet-unit-column-bare-and-with-hash",
        "Name,House No,Street,Unit,Postal Code,Country\n"
        "Tan Wei Ming,123,Ang Mo Kio Ave 3,12-34,560123,Singapore\n"
        "Lim Mei Ling,1,Raffles Place,#20-01,048616,Singapore\n",
        (
            ("Tan Wei Ming", ("123 Ang Mo Kio Ave 3 #12-34", "SINGAPORE 560123")),
            ("Lim Mei Ling", ("1 Raffles Place #20-01", "SINGAPORE 048616")),
        ),
        country="SG",
    ),
    Case(
        "surveycto-ug-village-parish-subcounty-district",
        "SubmissionDate,KEY,resp_name,village,parish,subcounty,district\n"
        "2026-12-01,uuid:1,Sarah Namusoke,Kigoowa,Kiwatule,Nakawa Division,Kampala\n"
        "2026-12-01,uuid:2,Joseph Opio,Layibi,Pece,Laroo,Gulu\n",
        (
            ("Sarah Namusoke", ("Kigoowa", "Kiwatule", "Nakawa Division", "Kampala")),
            ("Joseph Opio", ("Layibi", "Pece", "Laroo", "Gulu")),
        ),
        country="UG",
    ),
)

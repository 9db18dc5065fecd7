"""Signer lists with numbered address sets ("Address 1 - City" beside "Address 2 - City"):
each set is chosen whole for each row, the one its Label or Type column calls home first, then
one of no kind, a work or other one only when the row gives nothing else. Headers as
tests/data/exports/SOURCES.md names them; the rows are our own sample people."""

from __future__ import annotations

from signer_corpus import US1, Case

NUMBERED_SETS = (
    Case(
        # Google Contacts numbers addresses in the order they were added: the Work one first.
        "google-contacts-work-first-home-second",
        "First Name,Middle Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value,"
        "Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,"
        "Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,"
        "Address 1 - Extended Address,Address 2 - Label,Address 2 - Formatted,"
        "Address 2 - Street,Address 2 - City,Address 2 - PO Box,Address 2 - Region,"
        "Address 2 - Postal Code,Address 2 - Country,Address 2 - Extended Address\n"
        'Ann,,Lee,* myContacts,* Work,a@x.org,Work,"1 Corp Plaza\nChicago, IL 60601",'
        '1 Corp Plaza,Chicago,,IL,60601,US,,Home,"12 Oak St\nApt 3\nSpringfield, IL 62704",'
        "12 Oak St,Springfield,,IL,62704,US,Apt 3\n"
        "Bo,,Chan,* myContacts,,,Home,,400 Elm Ave,Chicago,,IL,60614,US,Unit 5,,,,,,,,,\n",
        (US1, ("Bo Chan", ("400 Elm Ave Unit 5", "Chicago, IL 60614"))),
        said=("first name", "last name", "address 1 street <- Address 1 - Street"),
    ),
    Case(
        # Wix contacts: "Address N - Type" says Home or Work; a contact with only a work
        # address prints it (with a warning); one with work first and home second prints home.
        "wix-contacts-home-and-work-types",
        "First Name,Last Name,Email 1,Email 1 Label,Phone 1,Phone 1 Label,Address 1 - Street,"
        "Address 1 - City,Address 1 - Zip,Address 1 - State,Address 1 - Country,"
        "Address 1 - Type,Address 2 - Street,Address 2 - City,Address 2 - Zip,"
        "Address 2 - State,Address 2 - Country,Address 2 - Type,Company,Position,Labels\n"
        "Ann,Lee,a@x.org,Main,,,12 Oak St Apt 3,Springfield,62704,IL,US,Home,,,,,,,,,\n"
        "Tom,Reyes,t@x.org,Main,,,,,,,,,1 Market St Ste 300,San Francisco,94105,CA,US,Work,"
        "Acme,Engineer,\n"
        "Dana,Cruz,d@x.org,Main,,,1 Corp Plaza,Chicago,60601,IL,US,Work,77 Pine Rd,Austin,"
        "78701,TX,US,Home,Acme,Buyer,\n",
        (
            US1,
            ("Tom Reyes", ("1 Market St Ste 300", "San Francisco, CA 94105")),
            ("Dana Cruz", ("77 Pine Rd", "Austin, TX 78701")),
        ),
        said=("not used: Address 1 - Street (1 value, line 4)",),
    ),
    Case(
        # BigCommerce customers: the number after the field ("Address Zip - 2"), no kind
        # column; the first address prints whole, never the second one's ZIP, and ZIPs a
        # spreadsheet shortened get their zero back with their state.
        "bigcommerce-second-address-never-spliced-in",
        "Customer ID,Email Address,First Name,Last Name,Company,Address ID - 1,"
        "Address First Name - 1,Address Last Name - 1,Address Company - 1,Address Line 1 - 1,"
        "Address Line 2 - 1,Address City - 1,Address State - 1,Address Zip - 1,"
        "Address Country - 1,Address Phone - 1,Address ID - 2,Address First Name - 2,"
        "Address Last Name - 2,Address Company - 2,Address Line 1 - 2,Address Line 2 - 2,"
        "Address City - 2,Address State - 2,Address Zip - 2,Address Country - 2,"
        "Address Phone - 2\n"
        "7,m@x.org,Mia,Stone,,70,Mia,Stone,,4417 Magnolia Ave,Unit 2B,Chattanooga,Tennessee,"
        "37409,United States,,71,Mia,Stone,City Schools,3074 Hickory Valley Rd,,Chattanooga,"
        "Tennessee,37421,United States,\n"
        "8,r@x.org,Rafael,Ortiz,,80,Rafael,Ortiz,,Calle Loiza 1958,Apt 3,San Juan,"
        "Puerto Rico,911,United States,,,,,,,,,,,,\n",
        (
            ("Mia Stone", ("4417 Magnolia Ave Unit 2B", "Chattanooga, TN 37409")),
            ("Rafael Ortiz", ("Calle Loiza 1958 Apt 3", "San Juan, PR 00911")),
        ),
    ),
    Case(
        # Microsoft Dynamics 365 contacts exported with their display names: "Address 1:
        # Address Type" is Bill To, Ship To, Primary or Other; the Primary one prints.
        "dynamics-365-contacts-address-types",
        "Full Name,Email,Address 1: Address Type,Address 1: Street 1,Address 1: Street 2,"
        "Address 1: City,Address 1: State/Province,Address 1: ZIP/Postal Code,"
        "Address 1: Country/Region,Address 2: Address Type,Address 2: Street 1,"
        "Address 2: City,Address 2: State/Province,Address 2: ZIP/Postal Code,"
        "Address 2: Country/Region\n"
        "Ann Lee,a@x.org,Bill To,500 Main St,Floor 2,Peoria,IL,61602,United States,Primary,"
        "12 Oak St Apt 3,Springfield,IL,62704,United States\n"
        "Bo Chan,b@x.org,Other,1 Lake Rd,,Chicago,IL,60601,United States,,,,,,\n",
        (US1, ("Bo Chan", ("1 Lake Rd", "Chicago, IL 60601"))),
    ),
)

#: Sets named by a prefix glued to the field (Xero's PO... and SA...), a workplace's address
#: beside the member's own, geo-IP columns, and addresses given as up to six lines.
PREFIXED_SETS_AND_LINES = (
    Case(
        # Xero contacts: PO = postal address, SA = street address; an attention line prints
        # above the street. The postal address is where the post goes.
        "xero-contacts-postal-and-street-address",
        "*ContactName,AccountNumber,EmailAddress,FirstName,LastName,POAttentionTo,"
        "POAddressLine1,POAddressLine2,POAddressLine3,POAddressLine4,POCity,PORegion,"
        "POPostalCode,POCountry,SAAttentionTo,SAAddressLine1,SAAddressLine2,SAAddressLine3,"
        "SAAddressLine4,SACity,SARegion,SAPostalCode,SACountry,PhoneNumber\n"
        "Kiri Tane,K01,k@x.nz,Kiri,Tane,c/o Otara Marae,12 Ferguson Road,Otara,,,Auckland,,2023,"
        "New Zealand,,,,,,,,,,\n"
        "Ana Silva,K02,a@x.nz,Ana,Silva,,PO Box 77,,,,Dunedin,,9054,NZ,,8 Queen Street,,,,"
        "Dunedin,,9016,NZ,03 555 0100\n",
        (
            ("Kiri Tane", ("c/o Otara Marae", "12 Ferguson Road", "Otara", "Auckland 2023")),
            ("Ana Silva", ("PO Box 77", "Dunedin 9054")),
        ),
        country="NZ",
        said=("mailing street <- POAddressLine1",),
    ),
    Case(
        # A union branch list: five address lines, then the member's employer and workplace.
        # The workplace prints only for a member with no address of their own, said.
        "union-branch-lines-and-workplace",
        "Membership Number,Title,Forename,Surname,Address Line 1,Address Line 2,Address Line 3,"
        "Address Line 4,Address Line 5,Post Code,Employer,Workplace Name,Workplace Address 1,"
        "Workplace Address 2,Workplace Town,Workplace Postcode,Job Title\n"
        "U1,Ms,Jo,Bell,Flat 2,Mill House,9 Canal Side,Hebden Bridge,West Yorkshire,HX7 8AD,"
        "Calderdale Council,Town Hall,Crossley Street,,Halifax,HX1 1UJ,Librarian\n"
        "U2,Mr,Owen,Price,,,,,,,Cardiff Council,County Hall,Atlantic Wharf,,Cardiff,CF10 4UW,"
        "Porter\n",
        (
            (
                "Ms Jo Bell",
                (
                    "Flat 2",
                    "Mill House",
                    "9 Canal Side",
                    "Hebden Bridge",
                    "West Yorkshire",
                    "HX7 8AD",
                ),
            ),
            ("Mr Owen Price", ("Atlantic Wharf", "Cardiff", "CF10 4UW")),
        ),
        country="GB",
    ),
    Case(
        # A download of recipients with six address lines and no town column: the lines as
        # written; a last line naming the campaign's own country is not printed at home.
        "recipients-six-address-lines",
        "Licence,Message type,Email,Recipient name,Address line 1,Address line 2,"
        "Address line 3,Address line 4,Address line 5,Address line 6,Postcode\n"
        '"1/343/3",letter,,Mr J Smith,4,Privet Drive,,,Little Whinging,United Kingdom,WD25 7LR\n'
        '"2/120/1",letter,,Ms A Khan,Flat 2,Rose Court,10 Broad Lane,,Sheffield,,S10 1UA\n',
        (
            ("Mr J Smith", ("4", "Privet Drive", "Little Whinging", "WD25 7LR")),
            ("Ms A Khan", ("Flat 2", "Rose Court", "10 Broad Lane", "Sheffield", "S10 1UA")),
        ),
        country="GB",
    ),
    Case(
        # HubSpot contacts: the IP columns are HubSpot's guess from the IP address, never
        # printed; a contact with no postal address gets a letter without one.
        "hubspot-contacts-geo-ip-columns",
        "Record ID,First Name,Last Name,Email,Street Address,City,State/Region,Postal Code,"
        "Country/Region,IP City,IP State/Region,IP Country,IP State code/Region code\n"
        "1,Ann,Lee,a@x.org,12 Oak St Apt 3,Springfield,IL,62704,United States,Chicago,"
        "Illinois,United States,IL\n"
        "2,Ben,Adler,b@x.org,,,,,,Boston,Massachusetts,United States,MA\n",
        (US1, ("Ben Adler", ())),
        said=("not used: IP City (2 values), IP State/Region (2 values)",),
    ),
)

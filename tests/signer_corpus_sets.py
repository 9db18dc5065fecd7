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

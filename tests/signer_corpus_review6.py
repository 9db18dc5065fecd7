"""Signer lists from review 6's exports whose header words were misread (header words and
value looks): Keap's numbered second and third address sets ("Address2Street1", "City2"
beside "StreetAddress1", "City"). Headers as tests/data/exports/SOURCES.md names them; the
rows are our own sample people."""

from __future__ import annotations

from signer_corpus import Case

#: A number after the word for an address and before a part numbers the set ("Address 2
#: Street 1": the second set's street, its line 1); "City2" beside "City" is that set's town.
NUMBER_AFTER_ADDRESS = (
    Case(
        # Keap (Infusionsoft) XML-RPC contact fields: the first set unnumbered but for its
        # street lines and ZIP+4, the second (shipping) and third (other) sets numbered.
        "keap-api-three-address-sets",
        "Id,FirstName,LastName,Email,StreetAddress1,StreetAddress2,City,State,PostalCode,"
        "ZipFour1,Country,Address2Street1,Address2Street2,City2,State2,PostalCode2,ZipFour2,"
        "Country2,Address3Street1,Address3Street2,City3,State3,PostalCode3,ZipFour3,Country3\n"
        "1,Dana,Whitfield,d@x.org,400 Main St,Suite 210,Hartford,CT,06103,2301,United States,"
        "PO Box 55,,Hartford,CT,06141,,United States,,,,,,,\n"
        "2,Lena,Ortiz,l@x.org,,,,,,,,77 River Rd,,Albany,NY,12207,,United States,,,,,,,\n"
        "3,Ann,Lee,a@x.org,,,,,,,,,,,,,,,12 Oak St,Apt 3,Springfield,IL,62704,1234,"
        "United States\n",
        (
            ("Dana Whitfield", ("400 Main St Suite 210", "Hartford, CT 06103-2301")),
            ("Lena Ortiz", ("77 River Rd", "Albany, NY 12207")),
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704-1234")),
        ),
        said=("street <- StreetAddress1", "address 2 street <- Address2Street1"),
    ),
    Case(
        # The same export with Keap's labels, spaced: "Address 2 Street 1", "City 2".
        "keap-ui-labels-second-set-spaced",
        "First Name,Last Name,Street Address 1,Street Address 2,City,State,Postal Code,"
        "Zip Four,Country,Address 2 Street 1,Address 2 Street 2,City 2,State 2,"
        "Postal Code 2,Country 2\n"
        "Dana,Whitfield,400 Main St,Suite 210,Hartford,CT,06103,2301,United States,"
        "PO Box 55,,Hartford,CT,06141,United States\n"
        "Lena,Ortiz,,,,,,,,77 River Rd,,Albany,NY,12207,United States\n",
        (
            ("Dana Whitfield", ("400 Main St Suite 210", "Hartford, CT 06103-2301")),
            ("Lena Ortiz", ("77 River Rd", "Albany, NY 12207")),
        ),
        said=("address 2 town/city <- City 2",),
    ),
    Case(
        # Review 6's probe: "Address 2 Line 1 ... Address 2 Postal Code" beside a first set
        # without its number.
        "sheet-address-2-line-1-beside-first-set",
        "First Name,Last Name,Street Address 1,Street Address 2,City,State,Postal Code,"
        "Address 2 Line 1,Address 2 Line 2,Address 2 City,Address 2 State,"
        "Address 2 Postal Code\n"
        "Dana,Whitfield,400 Main St,Suite 210,Hartford,CT,06103,PO Box 55,,Hartford,CT,06141\n"
        "Bo,Chan,,,,,,9 Elm Rd,,Peoria,IL,61602\n",
        (
            ("Dana Whitfield", ("400 Main St Suite 210", "Hartford, CT 06103")),
            ("Bo Chan", ("9 Elm Rd", "Peoria, IL 61602")),
        ),
    ),
    Case(
        # Dynamics-style display names for the second set: "Address 2: Street 1".
        "crm-address-2-colon-street-1-beside-plain-set",
        "Full Name,Street 1,Street 2,City,State,Zip,Address 2: Street 1,Address 2: Street 2,"
        "Address 2: City,Address 2: State,Address 2: Zip\n"
        "Ann Lee,,,,,,12 Oak St,Apt 3,Springfield,IL,62704\n"
        "Bo Chan,5 Elm Rd,,Peoria,IL,61602,9 Work Way,,Chicago,IL,60601\n",
        (
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            ("Bo Chan", ("5 Elm Rd", "Peoria, IL 61602")),
        ),
    ),
)

#: "Postal", "Post", "Home Postal": the postal code with its last word left off, where the
#: values are postal codes, in the set the other words name (never a mailing set of one part).
POSTAL_ALONE = (
    Case(
        # Kindful contacts: Addr1, Addr2, City, State, Postal, Country; a ZIP Excel shortened
        # gets its zero back with its state.
        "kindful-contacts-postal-column",
        "Kindful ID,First Name,Last Name,Spouse First Name,Spouse Last Name,Primary Email,"
        "Primary Phone,Addr1,Addr2,City,State,Postal,Country,Company Name\n"
        "77,Grace,Kim,David,Kim,g@x.org,,910 Oak Ln,,Fort Lee,NJ,7024,United States,\n"
        "78,Omar,Haddad,,,o@x.org,,45 Main St,Unit 2,Dearborn,MI,48126,United States,\n",
        (
            ("Grace Kim", ("910 Oak Ln", "Fort Lee, NJ 07024")),
            ("Omar Haddad", ("45 Main St Unit 2", "Dearborn, MI 48126")),
        ),
        said=("postal code <- Postal (by its words and values:",),
    ),
    Case(
        # A union roster: Address 1, Address 2, City, Prov, Postal, beside the employer's.
        "union-roster-prov-postal-ca",
        "Member ID,Last Name,First Name,Address 1,Address 2,City,Prov,Postal,Country,Local,"
        "Employer,Employer Address\n"
        "5001,Chen,Wei,55 Queen St E,Apt 1201,Toronto,ON,M5C 1R6,Canada,Local 1000,Acme Ltd,"
        '"1 Factory Rd, Hamilton ON L8L 1A1"\n',
        (("Wei Chen", ("55 Queen St E", "Apt 1201", "Toronto ON M5C 1R6")),),
        country="CA",
    ),
    Case(
        # An Australian form: Home Address, Suburb, State, Home Postal (Darwin's 0800).
        "au-form-home-postal",
        "Name,Home Address,Suburb,State,Home Postal,Mobile\n"
        "Kylie Tran,4 George St,Sydney,NSW,2000,0412 345 678\n"
        "Ben Walsh,9 Smith St,Darwin,NT,0800,0413 222 333\n",
        (
            ("Kylie Tran", ("4 George St", "Sydney NSW 2000")),
            ("Ben Walsh", ("9 Smith St", "Darwin NT 0800")),
        ),
        country="AU",
    ),
    Case(
        # A British sheet's "Post" of postcodes; a consent column "Postal" of 1 and 0 beside
        # the address is no postcode.
        "gb-sheet-post-and-postal-consent",
        "Forename,Surname,Address,Town,Post,Email,Postal,SMS\n"
        "Ann,Lee,10 Downing St,London,SW1A 2AA,a@x.org,1,0\n"
        "Tom,Hill,1 High St,Leeds,LS1 4DY,t@x.org,0,1\n",
        (
            ("Ann Lee", ("10 Downing St", "London", "SW1A 2AA")),
            ("Tom Hill", ("1 High St", "Leeds", "LS1 4DY")),
        ),
        country="GB",
        said=("postal code <- Post (by its words and values:",),
    ),
)

REVIEW6 = (*NUMBER_AFTER_ADDRESS, *POSTAL_ALONE)

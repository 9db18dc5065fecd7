"""Signer lists whose postal (mailing) address is one column beside place columns that name no
set ("Postal Address" then "Postal Code", "Town", then "Physical Address"): the plain town,
region and postcode go with the postal address when it has none of its own, and the physical
address is another set, listed as not used. Headers as tests/data/exports/SOURCES.md names
them; the rows are our own sample people."""

from __future__ import annotations

from signer_corpus import Case

SHARED_PLACES = (
    Case(
        # A Kenyan form: the postal address (a P.O. box), its postal code and town, then the
        # physical address. The box prints with the town; a row with no box prints the
        # physical address with the same town.
        "ke-form-postal-address-code-town-then-physical",
        "Full Name,Postal Address,Postal Code,Town,Physical Address,Phone\n"
        "Jane Wanjiru,P.O. Box 1234,00100,Nairobi,Plot 5 Ngong Rd,0722000000\n"
        "Otieno Kamau,,,Kisumu,House 12 Oginga Odinga St,0733000000\n",
        (
            ("Jane Wanjiru", ("P.O. Box 1234", "Nairobi", "00100")),
            ("Otieno Kamau", ("House 12 Oginga Odinga St", "Kisumu")),
        ),
        country="KE",
        said=(
            "town/city, postal code: 'Town', 'Postal Code' name no address set, so they print "
            "with the mailing address",
            "not used: Physical Address (1 value, line 2): the row's mailing address is used",
        ),
    ),
    Case(
        # A US membership sheet: a mailing address in one column, then City, State, Zip, then
        # the home street. The town, state and ZIP print with the mailing address, never a
        # PO box alone; the home street is listed as not used.
        "us-sheet-mailing-address-city-state-zip-home-address",
        "Name,Mailing Address,City,State,Zip,Home Address,Email\n"
        "Ann Lee,PO Box 9,Springfield,IL,62704,12 Oak St Apt 3,ann@example.org\n"
        "Bo Chan,,Chicago,IL,60614,400 Elm Ave,bo@example.org\n",
        (
            ("Ann Lee", ("PO Box 9", "Springfield, IL 62704")),
            ("Bo Chan", ("400 Elm Ave", "Chicago, IL 60614")),
        ),
        said=(
            "town/city, state/region, postal code: 'City', 'State', 'Zip' name no address set",
            "not used: Home Address (1 value, line 2): the row's mailing address is used",
        ),
    ),
    Case(
        # Written after the rule: a plain Address first, then the postal address with the
        # town and postcode after it (a British club's sheet): the postal address prints
        # with them, the plain one is listed as not used.
        "gb-sheet-address-then-postal-address-town-postcode",
        "Name,Address,Postal Address,Town,Postcode\n"
        "Tom Hardy,2 Mill Rd,PO Box 5,Sheffield,S10 1UA\n",
        (("Tom Hardy", ("PO Box 5", "Sheffield", "S10 1UA")),),
        country="GB",
        said=("not used: Address (1 value, line 2): the row's mailing address is used",),
    ),
    Case(
        # The plain town after the physical address is the physical one's (a South African
        # form's order): the postal address prints with its own postcode and no borrowed town.
        "za-form-town-after-the-physical-address-stays-with-it",
        "Name,Surname,Postal Address,Postal Code,Physical Address,Suburb,City,Physical Code\n"
        "Thandi,Nkosi,,,22 Jan Smuts Ave,Parktown,Johannesburg,2193\n",
        (("Thandi Nkosi", ("22 Jan Smuts Ave", "Parktown", "Johannesburg", "2193")),),
        country="ZA",
    ),
    Case(
        # A Botswanan form: the postal address (a box or a private bag), the plot number of
        # where the signer lives, the town or village. The plot prints on a line of its own
        # above the box (never "P O Box 402 1234"), with its header's word where the cell is
        # a bare number.
        "bw-form-postal-address-plot-number-town-village",
        "Name,Surname,Postal Address,Plot Number,Town/Village,Cell\n"
        "Kabo,Molefe,P O Box 402,1234,Gaborone,71234567\n"
        "Mpho,Kgosi,,Plot 55,Maun,72000000\n"
        "Naledi,Seretse,Private Bag 12,,Francistown,73000000\n",
        (
            ("Kabo Molefe", ("Plot 1234", "P O Box 402", "Gaborone")),
            ("Mpho Kgosi", ("Plot 55", "Maun")),
            ("Naledi Seretse", ("Private Bag 12", "Francistown")),
        ),
        country="BW",
    ),
)

_SHOPIFY = (
    "Name,Email,Financial Status,Billing Name,Billing Street,Billing Address1,Billing Address2,"
    "Billing Company,Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,"
    "Shipping Name,Shipping Street,Shipping Address1,Shipping Address2,Shipping Company,"
    "Shipping City,Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,Total\n"
)
_WIX = (
    "Order #,Date created,Billing Customer,Billing Company Name,Billing Country,Billing State,"
    "Billing City,Billing Street Name&Number,Billing Zip Code,Delivery Customer,"
    "Delivery Country,Delivery State,Delivery City,Delivery Street Name&Number,"
    "Delivery Zip Code,Buyer's Email,Payment Status\r\n"
)

#: Gift orders: the billing set names the buyer, the shipping or delivery set the recipient.
#: The buyer signs, with their own (billing) address, whatever the other set gives; a row
#: whose recipient is somebody else says so, and never puts the buyer's name over the
#: recipient's address.
GIFTS = (
    Case(
        "shopify-orders-gift-the-buyer-signs-with-the-billing-address",
        _SHOPIFY + "#1001,a@x.org,paid,Ann Lee,12 Oak St,12 Oak St,Apt 3,,Springfield,62704,IL,"
        "US,,Ann Lee,12 Oak St,12 Oak St,Apt 3,,Springfield,62704,IL,US,,20.00\n"
        "#1002,b@x.org,paid,Bo Chan,400 Elm Ave,400 Elm Ave,,,Chicago,60614,IL,US,,Mei Chan,"
        "9 Lake Rd,9 Lake Rd,,,Evanston,60201,IL,US,,5.00\n"
        "#1003,c@x.org,paid,Cy Diaz,,,,,,78701,,US,,Dee Diaz,77 Lake Dr,77 Lake Dr,,,Dallas,"
        "75201,TX,US,,5.00\n",
        (
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            ("Bo Chan", ("400 Elm Ave", "Chicago, IL 60614")),
            ("Cy Diaz", ("78701",)),
        ),
    ),
    Case(
        # Written after the rule: the shipping set first in the header; the buyer's name
        # still signs with the buyer's address, never the recipient's name over it.
        "orders-shipping-set-first-the-buyer-still-signs",
        "Order,Shipping Name,Shipping Street,Shipping City,Shipping Zip,Shipping Province,"
        "Billing Name,Billing Street,Billing City,Billing Zip,Billing Province\n"
        "1,Mei Chan,9 Lake Rd,Evanston,60201,IL,Bo Chan,400 Elm Ave,Chicago,60614,IL\n"
        "3,Dee Diaz,77 Lake Dr,Dallas,75201,TX,,,,,\n",
        (
            ("Bo Chan", ("400 Elm Ave", "Chicago, IL 60614")),
            ("Dee Diaz", ("77 Lake Dr", "Dallas, TX 75201")),
        ),
    ),
    Case(
        # Wix Stores: "Billing Customer" and "Delivery Customer" naming different people (a
        # gift) no longer ask which signs: the billing customer does.
        "wix-stores-orders-gift-billing-customer-signs",
        _WIX + '10002,"Dec 2, 2026",Kim Ng,,United States,CA,Oakland,5 Bay St,94607,Joe Ng,'
        "United States,NY,New York,1 Main St,10001,k@example.com,Paid\r\n"
        '10003,"Dec 3, 2026",Hana Sato,,United States,WA,Seattle,1201 3rd Ave Apt 1500,98101,'
        "Hana Sato,United States,WA,Seattle,1201 3rd Ave Apt 1500,98101,h@example.com,Paid\r\n",
        (
            ("Kim Ng", ("5 Bay St", "Oakland, CA 94607")),
            ("Hana Sato", ("1201 3rd Ave Apt 1500", "Seattle, WA 98101")),
        ),
        said=("full name <- Billing Customer",),
    ),
)

#: A postal code in two columns outside the US: the report names the second column the
#: postal code's second part, not a ZIP+4.
SECOND_PARTS = (
    Case(
        # CTT's own two fields, CP4 and CP3, as a Portuguese sheet keeps them.
        "pt-sheet-cp4-and-cp3-not-a-zip4",
        "Nome,Morada,CP4,CP3,Localidade\nJoão Silva,Rua Augusta 100,1100,053,Lisboa\n",
        (("João Silva", ("Rua Augusta 100", "1100-053 Lisboa")),),
        country="PT",
        language="pt",
        said=("postal code's second part <- CP3 (by its values",),
    ),
)

#: A form's address field exported one column per sub-field, each under the field's title with
#: the sub-field in brackets: the bracket names the part, as it would alone.
BRACKETED_PARTS = (
    Case(
        "zoho-forms-address-sub-fields-in-brackets",
        "Added Time,Referrer Name,Task Owner,Name (First Name),Name (Last Name),Email,"
        "Address (Street Address),Address (Address Line 2),Address (City/District),"
        "Address (State/Province),Address (Postal/Zip Code),Address (Country)\n"
        "07-Dec-2026 10:00:00,,,Ann,Lee,ann@example.org,12 Oak St,Apt 3,Springfield,IL,62704,"
        "United States\n"
        "07-Dec-2026 11:00:00,,,Priya,Sharma,p@example.org,14 MG Road,Indiranagar,Bengaluru,"
        "Karnataka,560038,India\n",
        (
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            (
                "Priya Sharma",
                ("14 MG Road", "Indiranagar", "Bengaluru 560038", "Karnataka", "INDIA"),
            ),
        ),
        said=("town/city <- Address (City/District)",),
    ),
)

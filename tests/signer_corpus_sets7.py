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
            "town/city: 'Town' names no address set, so it prints with the mailing address",
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

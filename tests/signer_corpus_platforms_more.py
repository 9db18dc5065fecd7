"""More platforms' exports for the signer corpus (tests/signer_corpus_platforms.py includes them
in PLATFORMS): an advocacy CRM's constituents, a gala's guest list with a couple on one row,
a ticket shop's invoice address in one cell. Headers as SOURCES.md names them."""

from __future__ import annotations

from signer_corpus import US1, Case

MORE = (
    Case(
        "luminate-constituents",
        "Cons ID,First Name,Last Name,Email,Phone,Address - Street 1,Address - Street 2,"
        "Address - City,Address - State/Province,Address - ZIP/Postal Code,Address - Country,"
        "Creation Time,Modification Time\n"
        "1001,Ann,Lee,a@x.org,217-555-0100,12 Oak St,Apt 3,Springfield,IL,62704,United States,"
        "11/01/2026 09:00 AM,11/02/2026 10:00 AM\n",
        (US1,),
    ),
    Case(
        # One row per ticket: the second guest's name stays off the first guest's letter.
        "tofino-gala-guests-couple",
        "Bidder Number,Guest First Name,Guest Last Name,Address,City,State,Zip,Email Primary,"
        "Phone Primary,Guest 2 First Name,Guest 2 Last Name,Guest 2 Email Primary,"
        "Ticket Type or Name\n"
        "101,Ann,Lee,12 Oak St Apt 3,Springfield,Illinois,62704,a@x.org,217-555-0100,Bo,Lee,"
        "b@x.org,Table of 8\n",
        (("Ann Lee", ("12 Oak St Apt 3", "Springfield, Illinois 62704")),),
    ),
    Case(
        "tofino-city-state-zip-one-column",
        "Guest Full Name,Address,City State Zip,Email Primary\n"
        'Ann Lee,12 Oak St Apt 3,"Springfield, IL 62704",a@x.org\n',
        (US1,),
    ),
    Case(
        # A Hungarian ticket shop: the invoice address in one cell, as written.
        "cooltix-hu-invoice-address",
        "Attendee ID,Order ID,Order Date,Customer Email,Customer Name,Invoice Name,"
        "Invoice Address,Invoice Number\n"
        'A1,O1,2026-11-01 09:00,k@x.hu,Kovács Anna,Kovács Anna,"1051 Budapest, Nádor utca 5.",0\n',
        (("Kovács Anna", ("1051 Budapest, Nádor utca 5.",)),),
        country="HU",
        language="hu",
    ),
)

"""Names and people, round 2 (slice N2 of issue 20): a household's label beside the person's
own name parts; a partner who is somebody else; a firm beside its contact person; name order
that follows the signer. Headers as tests/data/exports/SOURCES.md names them; the rows are our
own sample people."""

from __future__ import annotations

from signer_corpus import Case

#: A household's label or salutation column ("Household Name", "Family Name" holding
#: "Bell, Marcus & Tanya") beside the person's own name parts: left out on purpose; the person's
#: name signs, never a bare surname nor the label glued to the name.
HOUSEHOLD_LABELS = (
    Case(
        "church-directory-household-head-first-name",
        "Household Name,Head First Name,Spouse First Name,Last Name,Street,City,State,Zip\r\n"
        "The Bell Family,Marcus,Tanya,Bell,4410 Pine Ave,Tulsa,OK,74105\r\n"
        "Whitfield Household,Dana,,Whitfield,400 Main St,Hartford,CT,06103\r\n",
        (
            ("Marcus Bell", ("4410 Pine Ave", "Tulsa, OK 74105")),
            ("Dana Whitfield", ("400 Main St", "Hartford, CT 06103")),
        ),
        said=("first name   <- Head First Name",),
    ),
    Case(
        "parish-roll-family-name-and-first-name",
        "Family Name,First Name,Surname,Address,Town,State,Zip\r\n"
        "The Okafor Family,Chidi,Okafor,18 Elm St,Dayton,OH,45402\r\n"
        "Lee Household,Ann,Lee,12 Oak St,Springfield,IL,62704\r\n",
        (
            ("Chidi Okafor", ("18 Elm St", "Dayton, OH 45402")),
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
        ),
    ),
)

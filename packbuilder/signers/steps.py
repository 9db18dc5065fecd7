"""The steps by_values runs on its settling before it places the columns the header leaves
open, in order: each a module with one job, given the settling, the values' sample and the
list's countries."""

from __future__ import annotations

from packbuilder.signers import (
    blocks,
    designated,
    destinations,
    digits,
    either,
    elided,
    filled,
    first_line,
    handles,
    labels,
    postcode_halves,
    records,
    row_numbers,
)

#: A household's label beside the name's parts ("Family Name" of "Bell, Marcus & Tanya");
#: a bare "No." apart from the address: a row's or a ticket's number, not the house number;
#: account names ('nurul.a') beside a column of people's names;
#: Portugal's CP4 and CP3 in two columns; an order's own Name beside its Customer, and its
#: buyer's beside a billing set with none; "Postal" as the postal code; line 2 with no
#: street; a town column of wards; a part whose column is empty in every row beside a filled
#: column that may be it; a Block beside a Building, the area; Naver's 통합배송지, an address;
#: "City/District" beside "City", the district; "Unit/Ho" of '1203-ho', the flat.
BEFORE_OPEN_COLUMNS = (
    labels.set_aside,
    row_numbers.set_aside,
    handles.set_aside,
    postcode_halves.place,
    records.place,
    records.buyer,
    elided.place,
    first_line.place,
    designated.place,
    filled.place,
    blocks.place,
    destinations.place,
    either.place,
    digits.place,
)

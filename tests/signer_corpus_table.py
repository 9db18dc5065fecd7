"""Signer lists read by their structure and values (slice "table" of issue 20): a separator
other than comma, semicolon or tab; a form's test entry standing where a signer would; columns
beside an incomplete address that a person can tell are not its missing part. Headers as
tests/data/exports/SOURCES.md names them; the rows are our own sample people."""

from __future__ import annotations

from signer_corpus import US1, Case

#: The Federal Election Commission's individual contributions file (bulk data, "|"-separated;
#: its header file names the columns): a donor's name, town, state and ZIP, never a street.
_FEC_HEADER = (
    "CMTE_ID|AMNDT_IND|RPT_TP|TRANSACTION_PGI|IMAGE_NUM|TRANSACTION_TP|ENTITY_TP|NAME|CITY|"
    "STATE|ZIP_CODE|EMPLOYER|OCCUPATION|TRANSACTION_DT|TRANSACTION_AMT|OTHER_ID|TRAN_ID|"
    "FILE_NUM|MEMO_CD|MEMO_TEXT|SUB_ID\n"
)

TABLE = (
    Case(
        # A state voter file as county offices hand it out: "|" between the cells.
        "pipe-delimited-voter-extract",
        "VOTER_ID|LAST_NAME|FIRST_NAME|MIDDLE_NAME|RES_ADDRESS|RES_CITY|RES_STATE|RES_ZIP\n"
        "000123|LEE|ANN||12 OAK ST APT 3|SPRINGFIELD|IL|62704\n",
        (("ANN LEE", ("12 OAK ST APT 3", "SPRINGFIELD, IL 62704")),),
    ),
    Case(
        # No street in the file: the amendment flag 'N', the report type 'M12', the election
        # 'P2026' and the employer are not offered as the street the row lacks.
        "fec-individual-contributions-pipe",
        _FEC_HEADER + "C00401224|N|M12|P2026|202612019876543210|15E|IND|LEE, ANN|SPRINGFIELD|IL|"
        "62704|NOT EMPLOYED|NOT EMPLOYED|11012026|25|C00000001|SA11AI_1|1234567||EARMARKED|"
        "4120120261234567890\n",
        (("ANN LEE", ("SPRINGFIELD, IL 62704",)),),
    ),
    Case(
        # Meta's lead form test entry: no letter for it (a warning at its row).
        "meta-lead-ads-with-test-lead",
        "id,created_time,ad_id,ad_name,adset_id,adset_name,campaign_id,campaign_name,form_id,"
        "form_name,is_organic,platform,full_name,phone_number,email,street_address,city,state,"
        "zip_code,inbox_url,lead_status\n"
        "l:2046983545902460,2026-11-01T09:00:00-06:00,ag:1,Write for Rights,as:1,Springfield,"
        "c:1,Letters 2026,f:1,Sign up to write,false,fb,Ann Lee,p:+12175550100,a@x.org,"
        "12 Oak St Apt 3,Springfield,IL,62704,https://x,CREATED\n"
        "l:1359317866399979,2026-11-01T10:00:00-06:00,,,,,,,f:1,Sign up to write,true,,"
        "<test lead: dummy data for full_name>,p:<test lead: dummy data for phone_number>,"
        "test@meta.com,<test lead: dummy data for street_address>,"
        "<test lead: dummy data for city>,<test lead: dummy data for state>,"
        "<test lead: dummy data for zip_code>,,CREATED\n",
        (US1,),
    ),
    Case(
        # A sheet made from a mail-merge template, its field row left in.
        "merge-fields-row-left-in",
        "First Name,Last Name,Address,City,State,Zip\n"
        "{{first_name}},{{last_name}},{{address}},{{city}},{{state}},{{zip}}\n"
        "Ann,Lee,12 Oak St Apt 3,Springfield,IL,62704\n",
        (US1,),
    ),
    Case(
        # The person gave a town and state; the company's address is somebody else's, and the
        # "Lists" a contact is on ('Volunteers') is not the street the row lacks.
        "apollo-people-company-address-beside",
        "First Name,Last Name,Title,Company,Company Name for Emails,Email,Work Direct Phone,"
        "Mobile Phone,City,State,Country,Company Street,Company City,Company State,"
        "Company Postal Code,Company Country,Contact Owner,Lists\n"
        "Ann,Lee,Teacher,Springfield SD,Springfield SD,a@x.org,,,Springfield,Illinois,"
        "United States,1 School Rd,Springfield,Illinois,62701,United States,Sam Admin,"
        "Volunteers\n",
        (("Ann Lee", ("Springfield, IL",)),),
    ),
    Case(
        # A membership level ('Family') beside the town is neither a street nor a US state.
        "wild-apricot-contacts-city-only",
        "User ID,First name,Last name,Email,Phone,City,Membership level,Membership status,"
        "Member since,Renewal due\r\n"
        "1,Ann,Lee,a@x.org,217-555-0100,Springfield,Family,Active,2019-03-01,2027-01-01\r\n",
        (("Ann Lee", ("Springfield",)),),
    ),
)

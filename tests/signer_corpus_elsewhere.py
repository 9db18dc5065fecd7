"""Exports from platforms the corpus had not met (issue 20's independent check, tried ahead of
it): a donation plugin, a CRM in Russian and another under its field labels, the Windows contact
book, a form builder's address sub-fields, a box office, a class-registration tool and a UK Gift
Aid schedule. Each with the traps its real export has (a company and an IP address beside the
donor, a header with commas in it, a street typed on two lines in one cell, the postal code
before the state, an employer's address, only a house number and a postcode). Headers as each
platform writes them (sources and dates in tests/data/exports/SOURCES.md); the rows are our own
sample people."""

from __future__ import annotations

from signer_corpus import US1, Case

ELSEWHERE = (
    # GiveWP "Export Donation History": every cell quoted, CRLF, the country as a code, the
    # company and the donor's IP beside the address (impress-org/givewp
    # includes/admin/tools/export/give-export-donations-exporter.php, get_cols).
    Case(
        "givewp-donation-history",
        '"Donation ID","Donation Number","First Name","Last Name","Email Address","Company Name",'
        '"Address 1","Address 2","City","State","Zip","Country","Donation Total","Currency Code",'
        '"Donation Status","Payment Gateway","Form ID","Form Title","Donation Date","Donor ID",'
        '"Donor IP Address"\r\n'
        '"118","GIVE-118","Ann","Lee","a@x.org","Acme Corp","12 Oak St","Apt 3","Springfield",'
        '"IL","62704","US","25.00","USD","Complete","stripe","7","Letters Fund","11/02/2026","3",'
        '"203.0.113.7"\r\n'
        '"119","GIVE-119","Élise","Gagnon","e@x.org","","1234 rue Saint-Denis","app. 5",'
        '"Montréal","QC","H2X 3J6","CA","10.00","CAD","Complete","paypal","7","Letters Fund",'
        '"11/03/2026","4","198.51.100.4"\r\n',
        (
            US1,
            ("Élise Gagnon", ("1234 rue Saint-Denis", "app. 5", "Montréal QC H2X 3J6", "CANADA")),
        ),
    ),
    # Bitrix24 CRM contacts, Russian interface: "Улица, дом, корпус, строение" (one header with
    # commas in it), "Квартира / офис", Район, Область (Bitrix24 address field titles).
    Case(
        "bitrix24-contacts-ru",
        '\ufeffID,Обращение,Имя,Отчество,Фамилия,Должность,"Улица, дом, корпус, строение",'
        "Квартира / офис,Город,Район,Область,Почтовый индекс,Страна,Рабочий телефон,"
        "Рабочий e-mail,Ответственный,Источник\n"
        '17,г-н,Иван,Сергеевич,Петров,Инженер,"ул. Ленина, д. 5, корп. 2",кв. 17,Казань,,'
        "Республика Татарстан,420111,Россия,+7 843 000-00-00,ivan@x.ru,Анна Смирнова,Сайт\n"
        '18,,Мария,,Соколова,,"пр. Мира, д. 15",кв. 42,Екатеринбург,,Свердловская область,'
        "620014,Россия,,m@x.ru,Анна Смирнова,Звонок\n",
        (
            (
                "г-н Иван Сергеевич Петров",
                ("ул. Ленина, д. 5, корп. 2, кв. 17", "Казань", "Республика Татарстан", "420111"),
            ),
            (
                "Мария Соколова",
                ("пр. Мира, д. 15, кв. 42", "Екатеринбург", "Свердловская область", "620014"),
            ),
        ),
        country="RU",
        language="ru",
    ),
    # SuiteCRM / SugarCRM contacts export under the field labels: the primary street is a
    # text area (two lines in one cell), an alternate address beside it.
    Case(
        "suitecrm-contacts-primary-street-textarea",
        '"Salutation","First Name","Last Name","Title","Department","Account Name",'
        '"Email Address","Office Phone","Mobile","Primary Address Street",'
        '"Primary Address City","Primary Address State","Primary Address Postal Code",'
        '"Primary Address Country","Alternate Address Street","Alternate Address City",'
        '"Alternate Address State","Alternate Address Postal Code","Alternate Address Country",'
        '"Assigned to","Lead Source"\n'
        '"Ms.","Ann","Lee","Volunteer","","","a@x.org","","","12 Oak St\nApt 3","Springfield",'
        '"IL","62704","USA","","","","","","admin","Web Site"\n'
        '"Mr.","Ryan","Park","Organizer","Outreach","Acme","r@x.org","","",'
        '"1016 Bluestem Lane","Ann Arbor","MI","48103","USA","500 Office Pkwy","Detroit","MI",'
        '"48226","USA","admin","Campaign"\n',
        (
            ("Ms. Ann Lee", US1[1]),
            ("Mr. Ryan Park", ("1016 Bluestem Lane", "Ann Arbor, MI 48103")),
        ),
    ),
    # Windows Contacts / Windows Live Mail CSV: Home then Business sets, the postal code before
    # the state, "Home Country/Region"; one signer gave only a business address.
    Case(
        "windows-contacts-csv",
        "Name,E-mail Address,Home Street,Home City,Home Postal Code,Home State,"
        "Home Country/Region,Home Phone,Business Street,Business City,Business Postal Code,"
        "Business State,Business Country/Region,Business Phone,Company,Job Title\r\n"
        "Ann Lee,a@x.org,12 Oak St Apt 3,Springfield,62704,IL,United States,,,,,,,,,\r\n"
        "Rosa Diaz,r@x.org,,,,,,,400 Elm Ave,Chicago,60614,IL,United States,312 555 0100,"
        "Diaz Bakery,Owner\r\n",
        (US1, ("Rosa Diaz", ("400 Elm Ave", "Chicago, IL 60614"))),
    ),
    # Wufoo entries export: the Address field's sub-fields (Street Address, Address Line 2,
    # City, State / Province / Region, Postal / Zip Code, Country) and Wufoo's own columns.
    Case(
        "wufoo-entries-address-subfields",
        "Entry Id,Your name,Email,Street Address,Address Line 2,City,State / Province / Region,"
        "Postal / Zip Code,Country,Why are you writing?,Date Created,Created By,Last Updated,"
        "Updated By,IP Address,Last Page Accessed,Completion Status\n"
        "1,Ann Lee,a@x.org,12 Oak St,Apt 3,Springfield,IL,62704,United States,My town,"
        "2026-11-02 09:14:00,public,,,203.0.113.7,1,1\n"
        "2,Tom Hardy,t@x.org,10 Broad Lane,Crookes,Sheffield,South Yorkshire,S10 1UA,"
        "United Kingdom,,2026-11-02 10:00:00,public,,,198.51.100.4,1,1\n",
        (
            US1,
            (
                "Tom Hardy",
                (
                    "10 Broad Lane",
                    "Crookes",
                    "Sheffield",
                    "South Yorkshire",
                    "S10 1UA",
                    "UNITED KINGDOM",
                ),
            ),
        ),
    ),
    # A box office's patron list: "Primary Address 1/2/City/State / Region/Postal Code/Country",
    # a household name, and a shipping address set.
    Case(
        "box-office-patrons-primary-and-shipping",
        "Patron Id,Last Name,First Name,E-Mail,Phone,Primary Address 1,Primary Address 2,"
        "Primary Address City,Primary Address State / Region,Primary Address Postal Code,"
        "Primary Address Country,Household Name,Shipping Address 1,Shipping Address 2,"
        "Shipping Address City,Shipping Address State / Region,Shipping Address Postal Code,"
        "Shipping Address Country,Employer\n"
        "5001,Lee,Ann,a@x.org,,12 Oak St,Apt 3,Springfield,IL,62704,United States,"
        "Lee Household,,,,,,,\n"
        "5002,Diaz,Rosa,r@x.org,,,,,,,,Diaz Family,400 Elm Ave,,Chicago,IL,60614,"
        "United States,City Schools\n",
        (US1, ("Rosa Diaz", ("400 Elm Ave", "Chicago, IL 60614"))),
    ),
    # Enrollware class registrations (CPR courses): last name first, a mailing and a billing
    # address set, the course after them.
    Case(
        "enrollware-registrations-mailing-billing",
        "Reg. Date,Last Name,First Name,Email,License #,Mailing Address1,Mailing Address2,"
        "Mailing City,Mailing State,Mailing Zip,Phone,Alt Phone,Billing Address1,"
        "Billing Address2,Billing City,Billing State,Billing Zip,Course,Class ID,Course Date\n"
        "12/13/26 11:32,Lee,Ann,a@x.org,,12 Oak St,Apt 3,Springfield,IL,62704,,,"
        "PO Box 88,,Springfield,IL,62705,BLS Provider,4411,12/20/26\n"
        "12/14/26 09:05,Diaz,Rosa,r@x.org,RN-22,,,,,,,,400 Elm Ave,,Chicago,IL,60614,"
        "BLS Provider,4411,12/20/26\n",
        (US1, ("Rosa Diaz", ("400 Elm Ave", "Chicago, IL 60614"))),
    ),
    # Charitable (WP Charitable) Gift Aid export for HMRC: only a house name or number and a
    # postcode, as the Gift Aid schedule asks.
    Case(
        "charitable-gift-aid-house-and-postcode",
        "Donation ID,Title,First name,Last name,House name or number,Postcode,"
        "Aggregated donations,Sponsored event,Date,Amount,Status\n"
        "901,Mr,Tom,Hardy,10,S10 1UA,,,02/11/2026,20.00,Paid\n"
        "902,Mrs,Jane,Ward,Rose Cottage,YO62 5DH,,,03/11/2026,15.00,Paid\n",
        (
            ("Mr Tom Hardy", ("10", "S10 1UA")),
            ("Mrs Jane Ward", ("Rose Cottage", "YO62 5DH")),
        ),
        country="GB",
    ),
)

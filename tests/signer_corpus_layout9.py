"""Signer lists whose address pieces all print but in the wrong form (issue 20, slice E of
the 2026-12-08 session): a flat's number beside the house number in Belgium and the
Netherlands, India's flat, wing and building on one line and its locality above the landmark,
Pakistan's tehsil named as its town, Singapore's and Indonesia's block on the street line,
Spain's and Portugal's floor as an ordinal on the street line. Each shape is tried with sheets
in other languages or from other platforms than the file that showed it. The rows are our own
sample people; sources in tests/data/exports/SOURCES.md."""

from __future__ import annotations

from signer_corpus import Case

LAYOUT9 = (
    # bpost: the box number after the house number, with its word ("Rue de la Loi 16 bte 3");
    # PostNL: a Dutch flat's letter is the house number's addition ("Damrak 1 B"), never a
    # line of its own nor Belgium's word.
    Case(
        "be-fr-rue-numero-boite-nl-row",
        "Prénom;Nom;Rue;Numéro;Boîte;Code postal;Localité;Pays\n"
        "Marie;Dubois;Rue de la Loi;16;3;1000;Bruxelles;Belgique\n"
        "Jan;Visser;Damrak;1;B;1012 LG;Amsterdam;Pays-Bas\n",
        (
            ("Marie Dubois", ("Rue de la Loi 16 bte 3", "1000 Bruxelles")),
            ("Jan Visser", ("Damrak 1 B", "1012 LG Amsterdam", "PAYS-BAS")),
        ),
        country="BE",
        language="fr",
    ),
    Case(
        # An English webshop export: 'Apartment' is bpost's box ("box", its English word) for
        # a Belgian row, the addition for a Dutch one.
        "webshop-en-apartment-nl-and-be-rows",
        "First Name,Last Name,Street,House Number,Apartment,Postcode,City,Country\n"
        "Sanne,de Vries,Kerkstraat,12,2,1017 GC,Amsterdam,Netherlands\n"
        "Tom,Peeters,Kerkstraat,12,2,2000,Antwerpen,Belgium\n",
        (
            ("Sanne de Vries", ("Kerkstraat 12 2", "1017 GC Amsterdam")),
            ("Tom Peeters", ("Kerkstraat 12 box 2", "2000 Antwerpen", "BELGIUM")),
        ),
        country="NL",
    ),
    Case(
        "de-sheet-wohnung-nl-address",
        "Vorname;Nachname;Straße;Hausnummer;Wohnung;PLZ;Ort;Land\n"
        "Lena;Vogel;Kerkstraat;12;3;1017 GC;Amsterdam;Niederlande\n",
        (("Lena Vogel", ("Kerkstraat 12 3", "1017 GC Amsterdam")),),
        country="NL",
        language="de",
    ),
    # India Post: the flat, the floor or wing and the building on one line above the road;
    # the locality above the landmark.
    Case(
        "in-gurugram-flat-floor-society-no-road",
        "Name,Flat No,Floor,Society,Sector,City,State,PIN\n"
        "Ananya Rao,1203,12,DLF Park Place,Sector 54,Gurugram,Haryana,122002\n",
        (
            (
                "Ananya Rao",
                (
                    "Flat 1203, Floor 12, DLF Park Place",
                    "Sector 54",
                    "Gurugram 122002",
                    "Haryana",
                ),
            ),
        ),
        country="IN",
    ),
    Case(
        "in-kochi-flat-wing-society-locality-landmark",
        "Name,Flat,Wing,Society Name,Street,Locality,Landmark,City,State,Pincode\n"
        "Meera Nair,B-204,B,Green Meadows,Kakkanad Road,Kakkanad,Opp. Infopark Gate,Kochi,"
        "Kerala,682030\n",
        (
            (
                "Meera Nair",
                (
                    "B-204, B Wing, Green Meadows",
                    "Kakkanad Road",
                    "Kakkanad",
                    "Opp. Infopark Gate",
                    "Kochi 682030",
                    "Kerala",
                ),
            ),
        ),
        country="IN",
    ),
    Case(
        "in-pune-naam-building-area-landmark",
        "Naam,Flat No,Building,Road,Area,Landmark,City,State,PIN\n"
        "Ravi Patil,12,Shree Sai Apartments,Karve Road,Kothrud,Near Dashabhuja Temple,Pune,"
        "Maharashtra,411038\n",
        (
            (
                "Ravi Patil",
                (
                    "Flat 12, Shree Sai Apartments",
                    "Karve Road",
                    "Kothrud",
                    "Near Dashabhuja Temple",
                    "Pune 411038",
                    "Maharashtra",
                ),
            ),
        ),
        country="IN",
    ),
    Case(
        # A tehsil named as its district's town prints once, on the town's line.
        "pk-sheet-address-tehsil-district",
        "Name,Address,Tehsil,District,Postal Code\n"
        "Hamza Iqbal,House 9 Street 14,Rawalpindi,Rawalpindi,46000\n"
        "Sana Malik,Street 5 Model Town,Lahore City,Lahore,54700\n",
        (
            ("Hamza Iqbal", ("House 9 Street 14", "Rawalpindi-46000")),
            ("Sana Malik", ("Street 5 Model Town", "Lahore City", "Lahore-54700")),
        ),
        country="PK",
    ),
    Case(
        # An HDB block under 'Block No' is the house number, before the street.
        "sg-sheet-block-no-floor-unit",
        "Name,Block No,Street Name,Floor-Unit,Postal Code\n"
        "Lim Mei Ling,456A,Tampines St 42,#05-112,521456\n",
        (("Lim Mei Ling", ("Block 456A Tampines St 42 #05-112", "SINGAPORE 521456")),),
        country="SG",
    ),
    Case(
        # A housing estate's block before the house number (Pos Indonesia).
        "id-form-alamat-blok-nomor-rumah",
        "Nama,Alamat,Blok,Nomor Rumah,RT,RW,Desa/Kelurahan,Kecamatan,Kabupaten,Provinsi,"
        "Kode Pos\n"
        "Agus Salim,Perum Bumi Indah,D4,7,005,002,Karangasem,Sumbersari,Jember,Jawa Timur,"
        "68121\n",
        (
            (
                "Agus Salim",
                (
                    "Perum Bumi Indah Blok D4 No. 7",
                    "RT 005/RW 002",
                    "Karangasem, Sumbersari",
                    "Jember",
                    "Jawa Timur 68121",
                ),
            ),
        ),
        country="ID",
        language="id",
    ),
    # Correos and CTT: the floor an ordinal, with the door or side, on the street line.
    Case(
        "es-catalan-street-planta-puerta",
        "Nombre,Dirección,Planta,Puerta,CP,Ciudad\n"
        "Sergio Vidal,Carrer de Balmes 150,5,2a,08008,Barcelona\n",
        (("Sergio Vidal", ("Carrer de Balmes 150, 5º 2a", "08008 Barcelona")),),
        country="ES",
        language="es",
    ),
    Case(
        "pt-sheet-morada-andar-bare-lado",
        "Nome;Morada;Andar;Lado;Código Postal;Localidade\n"
        "Tiago Sousa;Rua do Almada 45;4;Frente;4050-036;Porto\n",
        (("Tiago Sousa", ("Rua do Almada 45, 4º Frente", "4050-036 Porto")),),
        country="PT",
        language="pt",
    ),
    # Directions that find the door come after the building's lines (Poland's klatka was
    # printed below 'Wejście od podwórka').
    Case(
        "nl-sheet-gebouw-aanwijzing",
        "Naam;Straat;Huisnummer;Gebouw;Postcode;Plaats;Aanwijzing\n"
        "Eva Smit;Stationsplein;10;Gebouw C;3511 ED;Utrecht;Ingang aan de achterkant\n",
        (
            (
                "Eva Smit",
                ("Stationsplein 10", "Gebouw C", "Ingang aan de achterkant", "3511 ED Utrecht"),
            ),
        ),
        country="NL",
        language="nl",
    ),
    # Turkey: a village lies within its ilçe, which PTT writes on the town line.
    Case(
        "tr-sheet-koy-mahalle-sokak-kapi-no",
        "Adı Soyadı;Köy;Mahalle;Sokak;Kapı No;İlçe;İl;Posta Kodu\n"
        "Zeynep Arslan;Karaköy;;Çeşme Sokak;3;Gerze;Sinop;57600\n",
        (("Zeynep Arslan", ("Karaköy Çeşme Sokak No:3", "57600 Gerze/Sinop")),),
        country="TR",
        language="tr",
    ),
    Case(
        "tr-english-form-village-district-province",
        "First Name,Last Name,Village,Street,District,Province,Postal Code\n"
        "Elif,Aydın,Yeşilyurt Köyü,Cami Sokak 4,Akçaabat,Trabzon,61300\n",
        (("Elif Aydın", ("Cami Sokak 4", "Yeşilyurt Köyü", "61300 Akçaabat/Trabzon")),),
        country="TR",
    ),
    # Saudi Post's national address: the building number is the house number, before the
    # street, under any of its headers.
    Case(
        "sa-store-building-additional-number",
        "Full Name,Country,City,District,Street,Building,Additional Number,Postal Code\n"
        "Khalid Al Harbi,Saudi Arabia,Riyadh,Al Olaya,King Fahd Rd,8228,2121,12214\n",
        (("Khalid Al Harbi", ("8228 King Fahd Rd", "Al Olaya", "Riyadh 12214-2121")),),
        country="SA",
    ),
    # Indonesia's RT and RW on one line, RT first, whichever column comes first.
    Case(
        "id-desa-sheet-rw-before-rt",
        "Nama,Jalan,No,RW,RT,Desa,Kecamatan,Kabupaten,Kode Pos\n"
        "Joko Susilo,Jl. Pahlawan,12,04,01,Sidomulyo,Godean,Sleman,55564\n",
        (
            (
                "Joko Susilo",
                ("Jl. Pahlawan No. 12", "RT 01/RW 04", "Sidomulyo, Godean", "Sleman", "55564"),
            ),
        ),
        country="ID",
        language="id",
    ),
    # Romania and Moldova: the flat's number with its word, 'ap.', after the block and floor.
    Case(
        "ro-english-form-block-floor-apartment",
        "First name,Last name,Street,No,Block,Floor,Apartment,City,County,Postal code\n"
        "Andrei,Stan,Str. Mihai Viteazu,7,C3,4,21,Brașov,Brașov,500183\n",
        (("Andrei Stan", ("Str. Mihai Viteazu 7, bl. C3, et. 4, ap. 21", "500183 Brașov")),),
        country="RO",
    ),
    Case(
        "md-sheet-adresa-apartament",
        "Nume;Prenume;Adresa;Apartament;Localitatea;Cod poștal\n"
        "Cebotari;Elena;str. Ștefan cel Mare 64;12;Chișinău;MD-2001\n",
        (("Elena Cebotari", ("str. Ștefan cel Mare 64, ap. 12", "MD-2001 Chișinău")),),
        country="MD",
        language="ro",
    ),
    # A building's line beside RT and RW: RW is no landmark, so RT/RW stay one line.
    Case(
        "id-sheet-gedung-rt-rw",
        "Nama,Alamat,Gedung,RT,RW,Kelurahan,Kota,Kode Pos\n"
        "Budi Hartono,Jl. Sudirman No. 8,Menara Satu,001,002,Karet,Jakarta Selatan,12920\n",
        (
            (
                "Budi Hartono",
                (
                    "Jl. Sudirman No. 8",
                    "RT 001/RW 002",
                    "Menara Satu",
                    "Karet",
                    "Jakarta Selatan",
                    "12920",
                ),
            ),
        ),
        country="ID",
        language="id",
    ),
)

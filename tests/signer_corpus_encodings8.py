"""Signer lists in the code pages of the Baltic countries (Windows-1257, ISO-8859-4) holding
names in their own and their neighbours' languages, with no country column: where each
language writes its letters in a word decides between readings (codepages.yaml
never_in_words), and where two readings stay, the organiser is asked. The rows are our own
sample people."""

from __future__ import annotations

from signer_corpus import Case

#: Readings that put a letter where its language never writes it are no text.
LETTERS_IN_PLACE = (
    Case(
        # Polish signers in a Lithuanian Excel's plain CSV (Windows-1257): read as
        # Windows-1252, "Wąsowska" and "Gdańsk" were "Wàsowska" (no French or Italian word has
        # à inside it) and "Gdañsk" (no Spanish ñ stands before a consonant), exit 0. Two rows
        # of Polish words: one language, read.
        "pl-names-lt-excel-cp1257-two-rows",
        "Name,Street,City\r\n"
        "Anna Wąsowska,ul. Polna 1,Gdańsk\r\n"
        "Piotr Zieliński,ul. Długa 3,Łódź\r\n",
        (
            ("Anna Wąsowska", ("ul. Polna 1", "Gdańsk")),
            ("Piotr Zieliński", ("ul. Długa 3", "Łódź")),
        ),
        encoding="cp1257",
    ),
    Case(
        # One Polish row: Windows-1250 ("Maůgorzata", Czech ů), Windows-1257 and ISO-8859-4
        # each read it as letters of their languages; the organiser is asked, at the word.
        "pl-name-lt-excel-cp1257-one-row-asked",
        "Name,Street,City\r\nMałgorzata Dąbrowska,ul. Słoneczna 5,Poznań\r\n",
        refused=("2:1", "cannot tell the file's text encoding: this word reads 'Maůgorzata'"),
        encoding="cp1257",
    ),
    Case(
        # Danish signers in a Baltic Excel's CSV with no country column: ISO-8859-15's
        # "Sžren šdegård" (Finnish š and ž come only before a vowel) is no text.
        "da-names-baltic-excel-cp1257-no-country",
        "Name,Street,City\r\nSøren Ødegård,Nørregade 1,Tromsø\r\n",
        (("Søren Ødegård", ("Nørregade 1", "Tromsø")),),
        encoding="cp1257",
    ),
    Case(
        # Lithuanian from a Unix tool's ISO-8859-4 (a code page no spreadsheet writes, not
        # tried): read as ISO-8859-2 it was "Gintarě Šimkutě", exit 0, but Czech writes ě only
        # after b, d, f, m, n, p, t or v; Windows-1257 reads a symbol. Refused, with
        # --signers-encoding.
        "lt-names-iso8859-4-refused",
        "Name,Street,City\r\nGintarė Šimkutė,Laisvės al. 10,Kaunas\r\n",
        # At the first word ISO-8859-4 reads, naming it (slice F of session 9).
        refused=("2:1", "cannot tell the file's text encoding for sure: as Baltic ISO-8859-4"),
        encoding="iso8859_4",
    ),
    Case(
        # The same with a Romanian-looking letter: "Rūta Žukauskienė" read as ISO-8859-2 was
        # "Rţta Žukauskieně" (no Romanian ţ stands before a consonant), exit 0.
        "lt-names-iso8859-4-t-cedilla-refused",
        "Vardas,Pavardė,Adresas,Miestas\r\nRūta,Žukauskienė,Gedimino pr. 9,Vilnius\r\n",
        refused=("1:8", "cannot tell the file's text encoding for sure: as Baltic ISO-8859-4"),
        encoding="iso8859_4",
    ),
    Case(
        # Finnish š before a vowel is still Finnish ISO-8859-15.
        "fi-iso8859-15-sh-before-a-vowel",
        "Nimi,Osoite,Kaupunki\r\nJyrki Mäkelä,Šakkikuja 3,Hämeenlinna\r\n",
        (("Jyrki Mäkelä", ("Šakkikuja 3", "Hämeenlinna")),),
        country="FI",
        encoding="iso8859_15",
    ),
    Case(
        # Romanian ţ before a vowel is still Romanian Windows-1250.
        "ro-cp1250-t-cedilla-before-a-vowel",
        "Nume,Adresa,Oras\r\nIon Ţurcanu,Str. Ţării 4,Piteşti\r\n",
        (("Ion Ţurcanu", ("Str. Ţării 4", "Piteşti")),),
        country="RO",
        encoding="cp1250",
    ),
)

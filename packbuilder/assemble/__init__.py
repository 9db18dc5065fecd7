"""Content and print settings in, a Document (model/) out: `document.assemble()` puts the parts
in print order (parts.py), numbers citations (sources.py, text.py), addresses the letters
(letters.py), lays the table of addressees (addressees.py) and picks the drive kit (kit.py).
"""

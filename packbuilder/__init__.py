"""packbuilder: build a print-ready PDF action pack for letter-writing drives."""

__version__ = "0.1.0"

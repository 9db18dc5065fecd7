"""The command line: click commands and options; report formatting."""

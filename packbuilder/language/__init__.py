"""Languages: scripts, the tool's words, dates and names in the reader's language."""

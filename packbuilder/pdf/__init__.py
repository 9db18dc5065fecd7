"""The PDF file: the streaming writer, structure tags, outline, finishing, attached PDFs (pypdf)."""

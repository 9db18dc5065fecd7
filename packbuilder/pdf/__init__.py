"""The PDF file, in and out: a `file.PdfFile` (streaming writer, structure tree, outline) is made
before layout, which draws the pages into it; `file.write_pdf(pdf, body, meta, setup, when)`
finishes it (`finish.py`: catalog, labels, metadata; attached PDFs' pages, the only pypdf use)
and returns a `WrittenPdf` (pages, size, bytes). `writer.py`, `tagging.py`, `structure.py` and
`objects.py` are what the file is made of.
"""

"""Document to pages with ReportLab: templates, one renderer per part, fit checks, fonts, styles,
envelopes.
"""

"""Content files in, typed Content out: `loader.load(folder)` reads the YAML with located values,
`schema.validate(tree)` checks it against one module per file (campaign.py, contacts.py ...) and
the value rules (rules.py), collecting every problem; `reference` generates the editor schemas
and docs/reference.md from the same definitions, `data.read_data` reads any other data file the
same way, and `starter` makes new campaigns.
"""

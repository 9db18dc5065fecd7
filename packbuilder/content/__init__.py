"""Content files: YAML reading with located values, value rules, the typed content, generated
reference and schemas, new campaigns.
"""

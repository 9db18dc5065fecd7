"""The command line: arguments in, exit status and messages out. `commands.py` holds the click
commands and help texts, `options.py` every option (each command gets one options object),
`running.py` runs a command's action and turns errors into exit codes, `report.py` makes every
message as plain lines (no click).
"""

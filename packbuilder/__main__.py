"""Run packbuilder as `python -m packbuilder`."""

from packbuilder.cli.commands import main

main()

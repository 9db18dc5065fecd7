"""Files made beside the pack from the same build: the build's options and a
`output.BuildContext` in, (file name, bytes) out, for each output `registry.asked_for(options)`
names (`--split`'s letters: split.py); `staged.Staged` writes them whole, after the pack.
"""

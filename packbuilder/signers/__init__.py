"""Signer lists: decoding, columns by meaning, rows, addresses."""

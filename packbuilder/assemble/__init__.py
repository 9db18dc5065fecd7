"""Content to document: order, numbering, letters merged with posts and signers."""

"""Files made beside the pack from the same build (split letters, ...)."""

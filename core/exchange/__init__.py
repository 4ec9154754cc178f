"""Import and export: scenario files, and later CSV and OCDS."""

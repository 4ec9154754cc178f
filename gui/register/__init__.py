"""The register of tenders: the paged, searchable list and the tender editor with its
form, its tenderers and the estimate it adds up."""

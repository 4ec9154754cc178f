"""The buyers and companies: the paged, searchable list and the organisation editor with
its live SME size class."""

"""Reports over a whole year of the register: the figures, and their PDF, CSV and XLSX."""

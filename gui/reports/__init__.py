"""Reports over the register: the year in figures."""

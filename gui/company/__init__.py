"""The company's pages: my company, my offers, what a tender means for us, quick checks."""

"""Benchmarks with their budgets (run by ``make bench``, not by the test suite)."""

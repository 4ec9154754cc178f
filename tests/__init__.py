"""The test suites (a package, so tests/core and tests/gui do not shadow core and gui)."""

"""The domain of the tender desk: pure Python, no Qt import anywhere below this package."""

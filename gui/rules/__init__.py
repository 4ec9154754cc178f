"""The rules page: the rule pack in force on a chosen date, each value with its source."""

"""The register on SQLite through sqlite-utils: schema, migrations, backups, search."""

"""The main window around the pages: tabs, menus, status bar, the workspace check and
backups, the saved geometry, and opening a workspace with its problems explained."""

"""The settings dialog: language, default workspace, rule pack and the rules' date."""

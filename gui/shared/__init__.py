"""What several features use: the paged SQL model and list page, the unsaved-changes
question, widget helpers, undo commands, background jobs, PDF export, write errors and
the translations."""

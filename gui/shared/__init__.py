"""What several features use: the paged SQL model and the list page of the register and
organisations tables, the editor dialog (unsaved changes, refused writes), small widgets,
undo commands, background jobs, PDF export, write errors and the translations."""

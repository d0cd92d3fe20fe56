"""Short dialogs with verbs on their buttons; opened with `open()`, never blocking in `exec()`."""

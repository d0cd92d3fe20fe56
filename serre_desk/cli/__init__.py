"""The `serre-desk` command: the desk's scripting interface. Never imports Qt unless it opens the window."""

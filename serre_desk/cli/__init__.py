"""The `serre-desk` command, the desk's scripting interface; imports Qt only to open the window."""

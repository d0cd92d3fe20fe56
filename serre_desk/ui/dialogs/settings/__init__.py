"""Impostazioni: the settings window for managers, one module per page (see `pages.py`)."""

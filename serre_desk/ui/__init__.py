"""The desk window (PySide6). Talks to services only; never to a database session."""

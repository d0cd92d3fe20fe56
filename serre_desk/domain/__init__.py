"""Venue rules: pure Python, no Qt, no SQLAlchemy."""

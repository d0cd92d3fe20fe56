"""Serre Desk: the front desk of Le Serre dei Giardini (Bologna)."""

__version__ = "0.1.0"
VENUE_NAME = "Le Serre dei Giardini"

"""Widgets of the desk window: layout and display only; behaviour lives in the controllers."""

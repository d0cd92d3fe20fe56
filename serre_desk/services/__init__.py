"""Use cases: each opens its own session, applies the rules and returns plain data."""

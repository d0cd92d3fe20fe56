"""Behaviour of the desk window: each controller runs one kind of work through the task runner and
announces the outcome on the hub. Views never call services themselves."""

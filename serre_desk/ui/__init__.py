"""The desk window: `views/` (on screen), `dialogs/` (windows that ask), `controllers/` (behaviour).

Shared infrastructure stays at the top (start-up, context, hub, tasks, errors, style, printing,
the scanner's key filter): no one screen owns it, and all three import it without a cycle."""

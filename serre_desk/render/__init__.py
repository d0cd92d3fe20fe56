"""Print-ready output (reportlab): badges, labels, sheets and reports. No Qt."""

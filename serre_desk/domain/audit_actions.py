"""The audit log's actions in words: each event's code (`check_in`, `badge_revoke`, …) has an
English label, translated under the "AuditAction" context, for the audit browser."""

from __future__ import annotations

from serre_desk.i18n import QT_TRANSLATE_NOOP

ACTION_LABELS = {
    "area_set": QT_TRANSLATE_NOOP("AuditAction", "Area changed"),
    "audit_pruned": QT_TRANSLATE_NOOP("AuditAction", "Old events removed"),
    "audit_redacted": QT_TRANSLATE_NOOP("AuditAction", "Erased names removed from events"),
    "auto_close": QT_TRANSLATE_NOOP("AuditAction", "Checked out at closing"),
    "badge_issue": QT_TRANSLATE_NOOP("AuditAction", "Badge issued"),
    "badge_revoke": QT_TRANSLATE_NOOP("AuditAction", "Badge revoked"),
    "check_in": QT_TRANSLATE_NOOP("AuditAction", "Check-in"),
    "check_out": QT_TRANSLATE_NOOP("AuditAction", "Check-out"),
    "child_data_removed": QT_TRANSLATE_NOOP("AuditAction", "Child's data removed"),
    "close_day": QT_TRANSLATE_NOOP("AuditAction", "Day closed"),
    "closed_day": QT_TRANSLATE_NOOP("AuditAction", "Closed day changed"),
    "demo_data": QT_TRANSLATE_NOOP("AuditAction", "Demo data added"),
    "guardian_add": QT_TRANSLATE_NOOP("AuditAction", "Guardian added"),
    "guardian_remove": QT_TRANSLATE_NOOP("AuditAction", "Guardian removed"),
    "hours_set": QT_TRANSLATE_NOOP("AuditAction", "Opening hours changed"),
    "import_people": QT_TRANSLATE_NOOP("AuditAction", "People imported"),
    "kids_alarm_handled": QT_TRANSLATE_NOOP("AuditAction", "Child alarm handled"),
    "pickup_slip_reprinted": QT_TRANSLATE_NOOP("AuditAction", "Pickup slip printed again"),
    "legal_hold": QT_TRANSLATE_NOOP("AuditAction", "Legal hold"),
    "person_add": QT_TRANSLATE_NOOP("AuditAction", "Person registered"),
    "person_anonymised": QT_TRANSLATE_NOOP("AuditAction", "Person anonymised (retention)"),
    "person_edit": QT_TRANSLATE_NOOP("AuditAction", "Person edited"),
    "pickup_refused": QT_TRANSLATE_NOOP("AuditAction", "Pickup refused"),
    "plan": QT_TRANSLATE_NOOP("AuditAction", "Plan changed"),
    "privacy_erase": QT_TRANSLATE_NOOP("AuditAction", "Data erased on request"),
    "privacy_export": QT_TRANSLATE_NOOP("AuditAction", "Data exported on request"),
    "ratios_set": QT_TRANSLATE_NOOP("AuditAction", "Educator ratios changed"),
    "restore": QT_TRANSLATE_NOOP("AuditAction", "Backup restored"),
    "scan_refused": QT_TRANSLATE_NOOP("AuditAction", "Badge scan refused"),
    "self_service": QT_TRANSLATE_NOOP("AuditAction", "Self-service at the locked desk"),
    "setting": QT_TRANSLATE_NOOP("AuditAction", "Setting changed"),
    "sheet_anonymised": QT_TRANSLATE_NOOP("AuditAction", "Attendance sheet anonymised"),
    "sheet_archived": QT_TRANSLATE_NOOP("AuditAction", "Attendance sheet archived"),
    "sign_in_failed": QT_TRANSLATE_NOOP("AuditAction", "Sign-in failed"),
    "undo": QT_TRANSLATE_NOOP("AuditAction", "Undo"),
    "user_add": QT_TRANSLATE_NOOP("AuditAction", "Desk user added"),
    "user_locked": QT_TRANSLATE_NOOP("AuditAction", "Desk user locked out"),
    "user_deactivated": QT_TRANSLATE_NOOP("AuditAction", "Desk user deactivated"),
    "user_passwd": QT_TRANSLATE_NOOP("AuditAction", "Password changed"),
    "user_unlock": QT_TRANSLATE_NOOP("AuditAction", "Desk user unlocked"),
    "user_reactivated": QT_TRANSLATE_NOOP(
        "AuditAction", "Desk user reactivated with a new PIN or password"
    ),
    "user_recovery_code": QT_TRANSLATE_NOOP("AuditAction", "New recovery code for a manager"),
    "user_recovered": QT_TRANSLATE_NOOP("AuditAction", "Manager recovered with the recovery code"),
    "user_recovery_failed": QT_TRANSLATE_NOOP("AuditAction", "Wrong recovery code"),
}


def action_label(action: str) -> str:
    """The English label of `action`; an unknown code (a newer desk's) is shown as it is."""
    return ACTION_LABELS.get(action, action)

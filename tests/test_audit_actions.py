"""Every action the desk writes to the audit log has words for the audit browser."""

from __future__ import annotations

import ast
import importlib

from serre_desk.domain.audit_actions import ACTION_LABELS, action_label
from serre_desk.i18n import translate
from tests.conftest import REPO

# Functions whose argument at this position is an audit action.
ACTION_ARGUMENTS = {"record": 3, "anonymise": 4}


def _recorded_actions() -> set[str]:
    """The action codes in every `record(...)` (and `anonymise(...)`) call of the package."""
    actions: set[str] = set()
    for path in (REPO / "serre_desk").rglob("*.py"):
        module = ".".join(path.relative_to(REPO).with_suffix("").parts)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            position = ACTION_ARGUMENTS.get(str(name))
            if position is None or len(node.args) <= position:
                continue
            argument = node.args[position]
            if isinstance(argument, ast.Constant):
                actions.add(argument.value)
            elif isinstance(argument, ast.Name) and argument.id.isupper():
                actions.add(getattr(importlib.import_module(module), argument.id))
    return actions


def test_every_recorded_action_has_a_label() -> None:
    recorded = _recorded_actions()
    assert {"check_in", "check_out", "undo", "pickup_refused", "privacy_erase"} <= recorded
    assert recorded - ACTION_LABELS.keys() == set()


def test_labels_are_translated_and_unknown_codes_shown_as_they_are() -> None:
    assert translate("AuditAction", action_label("check_in"), "it") == "Entrata"
    assert translate("AuditAction", action_label("badge_revoke"), "en") == "Badge revoked"
    assert action_label("made_by_a_newer_desk") == "made_by_a_newer_desk"
    for label in ACTION_LABELS.values():
        assert translate("AuditAction", label, "it") != label, label

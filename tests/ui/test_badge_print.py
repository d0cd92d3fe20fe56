"""The badge printing dialog: a preview, a printed badge that scans, reprints with the same code,
the format remembered per badge kind, and a reissue that makes the old badge useless."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from serre_desk.domain.errors import Refusal
from serre_desk.domain.people import PersonKind
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.scanning import scan
from serre_desk.services.startup import Database
from serre_desk.storage.models import AuditEvent
from serre_desk.ui.dialogs.badge_print import BadgePrintDialog
from tests.conftest import MORNING
from tests.helpers import person, settled
from tests.ui.print_helpers import Rig, qr_codes


@pytest.fixture
def rig(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> Iterator[Rig]:
    made = Rig(qtbot, data_dir, tmp_path)
    yield made
    made.close()


def open_dialog(rig: Rig, db: Database, person_id: int) -> BadgePrintDialog:
    dialog = BadgePrintDialog(person_id, rig.context(db, MORNING), actor=LOCAL_ADMIN)
    rig.qtbot.addWidget(dialog)
    dialog.open()
    rig.settle()
    return dialog


def test_a_printed_badge_carries_the_code_that_checks_its_holder_in(rig: Rig, db: Database) -> None:
    giulia = person(db, "Giulia Bianchi")
    dialog = open_dialog(rig, db, giulia)
    assert dialog.preview_ready
    assert dialog.name.text() == "Giulia Bianchi"
    assert "valid until revoked" in dialog.validity.text()
    assert dialog.badge is not None
    code = dialog.badge.code

    dialog.print_button.click()
    rig.settle()
    assert qr_codes(rig.printers.printed[-1]) == [code]
    assert "Sent to the printer Office laser" in dialog.status.text()
    movement = settled(scan(db, LOCAL_ADMIN, code, now=MORNING))
    assert movement.person.id == giulia

    dialog.print_button.click()  # a reprint keeps the code
    rig.settle()
    assert qr_codes(rig.printers.printed[-1]) == [code]


def test_the_format_is_remembered_per_badge_kind(rig: Rig, db: Database) -> None:
    first = open_dialog(rig, db, person(db, "Anna Neri"))
    first.format.setCurrentIndex(first.format.findData("label-62x29"))
    rig.settle()
    assert first.preview_ready
    first.close()

    member = open_dialog(rig, db, person(db, "Marco Gallo"))
    assert member.format_name == "label-62x29"
    member.print_button.click()
    rig.settle()
    assert qr_codes(rig.printers.printed[-1]) == [member.badge.code]  # type: ignore[union-attr]
    guest = open_dialog(rig, db, person(db, "Zoë Ferri", PersonKind.GUEST))
    assert guest.format_name == "card"
    assert "day pass valid on 25/11/2026 only" in guest.validity.text()


def test_save_pdf_writes_the_badge_where_asked(rig: Rig, db: Database, tmp_path: Path) -> None:
    dialog = open_dialog(rig, db, person(db, "Đorđe Petrović", PersonKind.STAFF))
    dialog.format.setCurrentIndex(dialog.format.findData("sheet"))
    rig.files.save_to = tmp_path / "badge.pdf"
    dialog.save_button.click()
    rig.settle()
    assert qr_codes(tmp_path / "badge.pdf") == [dialog.badge.code]  # type: ignore[union-attr]
    assert "Saved as" in dialog.status.text()


def test_reissue_asks_first_then_the_old_badge_is_refused(
    rig: Rig, db: Database, qtbot: QtBot
) -> None:
    luca = person(db, "Luca Fontana")
    dialog = open_dialog(rig, db, luca)
    old = dialog.badge
    assert old is not None

    dialog.reissue_button.click()
    assert dialog.reissue_box.isVisible()
    assert dialog.keep_badge.isDefault()  # the safe choice
    dialog.keep_badge.click()
    assert not dialog.reissue_box.isVisible()

    dialog.reissue_button.click()
    dialog.reason.setText("lost on the bus")
    with qtbot.waitSignal(dialog.badge_changed, timeout=10_000) as changed:
        dialog.confirm_reissue.click()
    rig.settle()
    new = changed.args[0]
    assert new.code != old.code and dialog.badge == new
    assert "old badge no longer works" in dialog.status.text()
    with pytest.raises(Refusal) as refused:
        settled(scan(db, LOCAL_ADMIN, old.code, now=MORNING))
    assert refused.value.code == "badge_revoked"
    assert settled(scan(db, LOCAL_ADMIN, new.code, now=MORNING)).person.id == luca
    with db.read() as session:
        revoke = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "badge_revoke")
        ).one()
        assert revoke.reason == "lost on the bus"
        assert json.loads(revoke.detail)["badge"] == old.id


def test_children_get_no_badge_and_the_dialog_says_why(rig: Rig, db: Database) -> None:
    dialog = open_dialog(rig, db, person(db, "Sofia Bruni", PersonKind.CHILD))
    assert "Children get no badge" in dialog.status.text()
    assert not dialog.print_button.isEnabled()
    assert not dialog.preview_ready

"""Screenshots of the kids' space widgets: the educators' view, the pickup dialog (match and
mismatch), the drop-off with a failed printer, and the after-closing alarm.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/kids_screenshots.py [--out docs/screenshots]
    [--lang en|it]

A made-up afternoon (25 November 2026) is built in a temporary folder: families, educators,
children brought in the morning, one with an allergy, one with an expected pickup already past.
Each widget is rendered with `QWidget.grab()`.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtPrintSupport import QPrinter  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from serre_desk.clock import VENUE_TZ  # noqa: E402
from serre_desk.domain.people import PersonKind  # noqa: E402
from serre_desk.services.actor import LOCAL_ADMIN, Actor, Role  # noqa: E402
from serre_desk.services.kids import ChildFields, GuardianLink, add_guardian, register_child  # noqa: E402
from serre_desk.services.people import PersonFields, add_person  # noqa: E402
from serre_desk.services.startup import Database, Location, open_database  # noqa: E402
from serre_desk.services.visits import check_in  # noqa: E402
from serre_desk.ui.deskclock import DeskClock  # noqa: E402
from serre_desk.ui.dialogs.dropoff_dialog import DropOffDialog  # noqa: E402
from serre_desk.ui.dialogs.pickup_dialog import PickupDialog  # noqa: E402
from serre_desk.ui.errors import ErrorReporter  # noqa: E402
from serre_desk.ui.hub import DeskSignals  # noqa: E402
from serre_desk.ui.kids_desk import KidsDesk, PickupLabelPrinter  # noqa: E402
from serre_desk.ui.kids_view import KidsView  # noqa: E402
from serre_desk.ui.messages import Messages  # noqa: E402
from serre_desk.ui.printing import FileActions, PrintService  # noqa: E402
from serre_desk.ui.style import style_sheet  # noqa: E402
from serre_desk.ui.tasks import TaskRunner  # noqa: E402
from serre_desk.ui.translations import install_translations  # noqa: E402

MORNING = datetime(2026, 11, 25, 8, 45, tzinfo=VENUE_TZ)
AFTERNOON = datetime(2026, 11, 25, 16, 50, tzinfo=VENUE_TZ)
EVENING = datetime(2026, 11, 25, 19, 40, tzinfo=VENUE_TZ)
DESK = Actor("giulia", Role.STAFF, "reception")
FAMILIES = [  # child, birth, notes, guardian, phone, expected pickup (hour, minute)
    ("Emma Rossi", date(2024, 6, 1), "Allergia: arachidi", "Anna Rossi", "+39 333 123 4567", None),
    ("Leo Rossi", date(2022, 1, 10), None, "Anna Rossi", "+39 333 123 4567", None),
    ("Sofia Greco", date(2026, 3, 2), None, "Marco Greco", "+39 347 765 4321", (16, 30)),
    ("Tommaso Ferri", date(2023, 9, 15), "Celiachia", "Zoë Ferri", "+39 340 222 3344", (18, 0)),
    ("Aisha Benali", date(2022, 11, 30), None, "Karim Benali", "+39 328 998 1122", None),
    ("Niccolò Bianchi", date(2024, 12, 20), None, "Giulia Bianchi", "+39 339 555 0101", None),
]


class NoPrinters:
    """A computer whose label printer is off: every direct print fails."""

    def names(self) -> list[str]:
        return []

    def default(self) -> str | None:
        return None

    def select(self, printer: QPrinter, name: str) -> None:
        printer.setPrinterName(name)

    def name_of(self, printer: QPrinter) -> str:
        return printer.printerName()

    def ask(self, printer: QPrinter, parent: QWidget | None, answer: object) -> None:
        raise AssertionError("no print dialog in screenshots")


def build(db: Database) -> dict[str, int]:
    ids: dict[str, int] = {}

    def adult(name: str, phone: str | None = None, kind: PersonKind = PersonKind.MEMBER) -> int:
        if name not in ids:
            ids[name] = add_person(db, LOCAL_ADMIN, PersonFields(name=name, kind=kind,
                                                                 phone=phone), now=MORNING).id
        return ids[name]

    for name in ("Sara Educatrice", "Paolo Conti"):
        check_in(db, DESK, adult(name, kind=PersonKind.STAFF), "kids", now=MORNING)
    for number, (name, birth, notes, guardian, phone, pickup) in enumerate(FAMILIES):
        parent = adult(guardian, phone)
        fields = ChildFields(name, birth, [GuardianLink(parent)], health_notes=notes)
        child = ids[name] = register_child(db, LOCAL_ADMIN, fields, now=MORNING).id
        expected = AFTERNOON.replace(hour=pickup[0], minute=pickup[1]) if pickup else None
        check_in(db, DESK, child, now=MORNING + timedelta(minutes=7 * number),
                 brought_by=parent, expected_pickup_at=expected)
    dad = adult("Luca Rossi")
    add_guardian(db, LOCAL_ADMIN, ids["Emma Rossi"], dad, now=MORNING, authorised=False)
    return ids


def settle(runner: TaskRunner) -> None:
    runner.wait_idle()
    QApplication.processEvents()


def save(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--lang", default="en", choices=("en", "it"))
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    install_translations(app, args.lang)
    app.setStyleSheet(style_sheet())
    folder = Path(tempfile.mkdtemp(prefix="kids-shots-"))
    db = open_database(Location(folder / "data"))
    ids = build(db)
    clock = DeskClock(AFTERNOON)
    hub = DeskSignals()
    messages = Messages()
    errors = ErrorReporter(hub, messages, None)
    runner = TaskRunner(errors.bug)
    service = PrintService(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat), runner,
                           messages, printers=NoPrinters(),
                           files=FileActions(lambda *a: None, lambda _p: False))
    kids = KidsDesk(db, lambda: DESK, clock, runner, hub, errors,
                    PickupLabelPrinter(db, runner, service))
    suffix = f"-{args.lang}"
    out: Path = args.out

    view = KidsView(kids)
    view.resize(1280, 640)
    view.show()
    view.refresh()
    settle(runner)
    view.table.selectRow(0)
    save(view, out / f"kids-view{suffix}.png")

    emma = ids["Emma Rossi"]
    with db.read() as session:
        from sqlalchemy import select

        from serre_desk.storage.models import Visit

        code = session.scalar(select(Visit.pickup_code).where(Visit.person_id == emma,
                                                               Visit.checked_out_at.is_(None)))
    mismatch = PickupDialog.open_for(kids, None, child_id=emma)
    settle(runner)
    wrong = "".join(reversed(code or "XXXX"))
    mismatch.code.setText(wrong if wrong != code else "XXXX")
    mismatch.release()
    settle(runner)
    mismatch.resize(620, mismatch.sizeHint().height())
    save(mismatch, out / f"kids-pickup-mismatch{suffix}.png")
    mismatch.done(0)

    match = PickupDialog.open_for(kids, None, child_id=emma)
    settle(runner)
    match.code.setText(code or "")
    match.release()
    settle(runner)
    match.resize(620, match.sizeHint().height())
    save(match, out / f"kids-pickup-match{suffix}.png")
    match.done(0)

    newcomer = register_child(db, LOCAL_ADMIN, ChildFields(
        "Matilde Conti", date(2023, 4, 2), [GuardianLink(ids["Zoë Ferri"])]), now=AFTERNOON).id
    drop = DropOffDialog.open_for(kids, None, guardian_id=ids["Zoë Ferri"])
    settle(runner)
    drop.set_chosen([newcomer])
    drop.check_in()
    settle(runner)
    settle(runner)
    drop.resize(620, drop.sizeHint().height())
    save(drop, out / f"kids-dropoff-printer-failed{suffix}.png")
    drop.done(0)

    clock.set(EVENING)
    view.refresh()
    settle(runner)
    alarm = view.alarm_dialog
    assert alarm is not None
    alarm.resize(620, alarm.sizeHint().height())
    save(alarm, out / f"kids-alarm{suffix}.png")
    alarm.done(0)
    save(view, out / f"kids-view-after-closing{suffix}.png")
    for viewer in list(service.viewers):
        viewer.close()
    runner.wait_idle()
    db.dispose()


if __name__ == "__main__":
    main()

"""Screenshots of the whole desk window for the README, in Italian and in English.

    Xvfb :99 -screen 0 1920x1080x24 &
    DISPLAY=:99 .venv/bin/python tools/desk_screenshots.py [--out docs/screenshots] [--lang it en]

The demo database of a busy morning (`serre-desk demo --now 2026-11-25T10:30:00+01:00`) is built
once in a temporary folder, with two desk users (Giulia, staff; Marta, manager); every language
starts from a copy of it. The window's clock stays at 10:30 (19:40 for the closing, 08:40 the day
after). Staff work
as they would: a name typed and Enter, a registration, a child dropped off and collected, a
badge, the reports, the emergency list on a desk without a printer, a full area overridden by a
manager, the audit log, the idle lock (and a member's badge scanned at it) and the closing with
a child still inside (and the next morning, the desk started again: the child from yesterday and
the alarm again), a child registered with guardians and a child's card, a carnet at check-in
(entries left, and used up) and the month's plan usage. Each shot is taken
from the screen as it is (`grabWindow`), at 1366×768 unless named -1920. `--only children kids …`
remakes some groups only.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from serre_desk import paths  # noqa: E402
from serre_desk.clock import parse_instant  # noqa: E402
from serre_desk.domain.errors import Refusal  # noqa: E402
from serre_desk.domain.guardians import PickupRefused  # noqa: E402
from serre_desk.domain.people import PersonKind  # noqa: E402
from serre_desk.render.sheet_archive import archive_due_sheets, archive_folder  # noqa: E402
from serre_desk.services.actor import LOCAL_ADMIN, Actor  # noqa: E402
from serre_desk.services.areas_admin import set_area  # noqa: E402
from serre_desk.services.backups import take_backup  # noqa: E402
from serre_desk.services.badges import issue_badge  # noqa: E402
from serre_desk.services.db_health import check_database  # noqa: E402
from serre_desk.services.kids import (  # noqa: E402
    ChildChanges,
    add_guardian,
    child_details,
    edit_child,
    guardians_of,
)
from serre_desk.services.kids_state import kids_state  # noqa: E402
from serre_desk.services.people import PersonFields, add_person, search_people  # noqa: E402
from serre_desk.services.plans import entitlement  # noqa: E402
from serre_desk.services.scanning import scan  # noqa: E402
from serre_desk.services.startup import Database, Location, open_database  # noqa: E402
from serre_desk.services.station import KIND_ENV as STATION_KIND_ENV  # noqa: E402
from serre_desk.services.station import NAME_ENV as STATION_ENV  # noqa: E402
from serre_desk.services.users import add_user, authenticate  # noqa: E402
from serre_desk.services.visits import check_in, check_out  # noqa: E402
from serre_desk.ui.desk import Desk  # noqa: E402
from serre_desk.ui.deskclock import DeskClock  # noqa: E402
from serre_desk.ui.dialogs.dropoff_dialog import DropOffDialog  # noqa: E402
from serre_desk.ui.dialogs.manager_prompt import ManagerPrompt  # noqa: E402
from serre_desk.ui.dialogs.pickup_dialog import PickupDialog  # noqa: E402
from serre_desk.ui.dialogs.recovery import DatabaseRecovery  # noqa: E402
from serre_desk.ui.dialogs.settings.connection_page import ConnectionPage  # noqa: E402
from serre_desk.ui.kids_words import How  # noqa: E402
from serre_desk.ui.settings import desk_settings  # noqa: E402
from serre_desk.ui.translations import install_translations  # noqa: E402

NOW = "2026-11-25T10:30:00+01:00"
EVENING = "2026-11-25T19:40:00+01:00"
NEXT_MORNING = "2026-11-26T08:40:00+01:00"
STAFF_PIN = "482913"
MANAGER_PASSWORD = "serre dei giardini 2026"
GROUPS = (
    "desk",
    "kids",
    "children",
    "office",
    "roles",
    "closing",
    "recovery",
    "settings",
    "plans",
    "stations",
)
ARRIVING = "niccolo"  # typed at the desk, without the accent: a name not yet inside
NEW_VISITOR = "Ingrid Øberg"


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def until(done: Callable[[], bool], timeout_ms: int = 30_000) -> None:
    waited = 0
    while not done():
        if waited > timeout_ms:
            raise RuntimeError("the window did not get there in time")
        wait(50)
        waited += 50


class Shooter:
    def __init__(self, out: Path, lang: str) -> None:
        self.out = out
        self.lang = lang

    def named(self, stem: str) -> str:
        """`stem-it.png`, `stem-en.png`."""
        return f"{stem}-{self.lang}.png"

    def italian_first(self, stem: str) -> str:
        """The older names without a language are the Italian shots; English adds -en."""
        return f"{stem}.png" if self.lang == "it" else f"{stem}-en.png"

    def capture(self, widget: QWidget, filename: str) -> None:
        """The widget's window as it is on the screen."""
        wait(500)
        frame = widget.window().frameGeometry()
        path = self.out / filename
        QApplication.primaryScreen().grabWindow(
            0, frame.x(), frame.y(), frame.width(), frame.height()
        ).save(str(path))
        print(path)


def visible(kind: type) -> list:  # type: ignore[type-arg]
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def open_desk(
    data_dir: Path,
    lang: str,
    actor: Actor | None,
    size: tuple[int, int],
    now: str = NOW,
    db_url: str | None = None,
) -> Desk:
    db = open_database(Location(data_dir, db_url))
    desk = Desk(
        db,
        location=Location(data_dir, db_url),
        actor=actor,
        clock=DeskClock(parse_instant(now)),
        lang=lang,
        settings=desk_settings(Path(tempfile.mkdtemp())),
        offers=False,
    )
    desk.start()
    desk.window.setGeometry(0, 0, *size)
    until(lambda: desk.refresher.latest is not None)
    until(lambda: desk.runner.idle)
    return desk


def close(desk: Desk) -> None:
    for widget in QApplication.topLevelWidgets():
        if widget is not desk.window and widget.isVisible():
            if isinstance(widget, QDialog):
                widget.done(QDialog.DialogCode.Rejected)
            else:
                widget.close()
    desk.window.close()
    desk.db.dispose()


def settle(desk: Desk) -> None:
    wait(100)
    until(lambda: desk.runner.idle)
    wait(200)


def a_family(db: Database, now: str) -> tuple[int, int]:
    """A child who is not inside yet and their authorised guardian (from the demo data)."""
    moment = parse_instant(now)
    for row in search_people(db, ""):
        if row.kind is PersonKind.CHILD and row.inside_area is None:
            adults = [g for g in guardians_of(db, row.id, now=moment) if g.valid]
            if adults:
                return row.id, adults[0].adult_id
    raise RuntimeError("the demo data has no child with a guardian")


def desk_shots(
    data_dir: Path, shoot: Shooter, giulia: Actor, size: tuple[int, int], extras: bool
) -> None:
    """The desk with a member just checked in by name (and the search, the registration)."""
    desk = open_desk(data_dir, shoot.lang, giulia, size)
    field = desk.window.top_bar.scan_field
    QTest.keyClicks(field, ARRIVING, Qt.KeyboardModifier.NoModifier, 40)
    until(lambda: desk.window.search_panel.model.rowCount() > 0)
    if extras:
        shoot.capture(desk.window, shoot.named("desk-search"))
    QTest.keyClick(field, Qt.Key.Key_Return)
    settle(desk)
    shoot.capture(desk.window, f"desk-{shoot.lang}-{size[0]}.png")
    if extras:
        dialog = desk.registration.open(desk.window, NEW_VISITOR)
        dialog.form.organisation.setText("Studio Verde")
        shoot.capture(dialog, shoot.named("desk-register"))
        dialog.reject()
    close(desk)


def kids_shots(data_dir: Path, shoot: Shooter, giulia: Actor) -> None:
    """The educators' tab, a drop-off when the label printer fails, a pickup that matches and
    one that does not."""
    desk = open_desk(data_dir, shoot.lang, giulia, (1366, 768))
    child, guardian = a_family(desk.db, NOW)
    drop = DropOffDialog.open_for(desk.kids, desk.window, guardian_id=guardian)
    settle(desk)
    drop.set_chosen([child])
    drop.check_in()
    settle(desk)
    until(lambda: drop.print_again.isVisible())  # no printer here: the codes show large
    until(lambda: bool(desk.printing.viewers))
    for viewer in list(desk.printing.viewers):  # the labels' PDF, offered on screen too
        viewer.close()
    shoot.capture(drop, shoot.named("kids-dropoff-printer-failed"))
    code = drop.movements[0].pickup_code or ""
    drop.done(QDialog.DialogCode.Accepted)
    settle(desk)

    desk.window.show_tab(desk.kids_view)
    settle(desk)
    allergic = [c.id for c in desk.kids_view.model.rows if c.allergy]
    desk.kids_view.table.select_person(allergic[0] if allergic else child)
    shoot.capture(desk.window, shoot.named("kids-view"))

    mismatch = PickupDialog.open_for(desk.kids, desk.window, child_id=child)
    settle(desk)
    mismatch.code.setText("XXXX" if code != "XXXX" else "WWWW")
    mismatch.release()
    settle(desk)
    shoot.capture(mismatch, shoot.named("kids-pickup-mismatch"))
    mismatch.done(QDialog.DialogCode.Rejected)

    match = PickupDialog.open_for(desk.kids, desk.window, child_id=child)
    settle(desk)
    match.code.setText(code)
    match.release()
    settle(desk)
    shoot.capture(match, shoot.named("kids-pickup-match"))
    match.done(QDialog.DialogCode.Accepted)
    close(desk)


def a_child_with_notes(db: Database, now: str) -> tuple[int, int]:
    """A child with allergy notes and an authorised guardian, from the demo data."""
    moment = parse_instant(now)
    for row in search_people(db, ""):
        if row.kind is PersonKind.CHILD:
            adults = [g for g in guardians_of(db, row.id, now=moment) if g.valid]
            if adults and child_details(db, row.id, now=moment).has_health_notes:
                return row.id, adults[0].adult_id
    raise RuntimeError("the demo data has no child with notes")


def child_shots(data_dir: Path, shoot: Shooter, giulia: Actor, marta: Actor) -> None:
    """A child registered at the desk: a parent authorised for pickup, an uncle who may not
    collect, the grandmother registered this morning without a phone, asked for it on the spot;
    and the card of a child with notes, a one-day authorisation and an adult not authorised."""
    moment = parse_instant(NOW)
    setup = open_database(Location(data_dir))
    child, parent = a_child_with_notes(setup, NOW)
    members = [
        r for r in search_people(setup, "") if r.kind is PersonKind.MEMBER and r.id != parent
    ]
    uncle = members[len(members) // 3]
    friend = members[2 * len(members) // 3]  # a friend's parent may collect, today only
    add_person(
        setup,
        giulia,
        PersonFields(name="Lucia Ferri", kind=PersonKind.GUEST, privacy_acknowledged=True),
        now=moment,
    )
    add_guardian(setup, giulia, child, uncle.id, now=moment, authorised=False)
    add_guardian(setup, marta, child, friend.id, now=moment, today_only=True)
    edit_child(setup, giulia, child, ChildChanges(photo_consent=True), now=moment)
    parent_name = next(
        g.name for g in guardians_of(setup, child, now=moment) if g.adult_id == parent
    )
    setup.dispose()

    desk = open_desk(data_dir, shoot.lang, giulia, (1366, 768))
    dialog = desk.kids_view.open_child_registration(f"Bianca {parent_name.split()[-1]}")
    dialog.form.birth.setText("14/09/2025")
    dialog.form.notes.setPlainText("Intolleranza al lattosio")
    dialog.form.photo_consent.setChecked(True)
    finder = dialog.finder
    for name, how in (
        (parent_name, How.AUTHORISED),
        (uncle.name, How.NOT_AUTHORISED),
        ("Lucia Ferri", How.AUTHORISED),
    ):
        finder.field.setText(name)
        finder.search()
        settle(desk)
        finder.pick(how)
        settle(desk)
    until(lambda: finder.phone_box.isVisible())
    dialog.privacy.acknowledged.setChecked(True)
    shoot.capture(dialog, shoot.named("child-registration"))
    dialog.done(QDialog.DialogCode.Rejected)
    settle(desk)

    desk.window.show_tab(desk.kids_view)
    desk.hub.person_selected.emit(child)
    settle(desk)
    until(lambda: desk.window.card.person_id == child)
    shoot.capture(desk.window, shoot.named("child-card"))
    close(desk)


def office_shots(data_dir: Path, shoot: Shooter, giulia: Actor) -> None:
    """Reports previewed, a badge, the emergency list without a printer, a full area."""
    desk = open_desk(data_dir, shoot.lang, giulia, (1366, 768))
    reports = desk.reports
    desk.window.show_tab(desk.reports_tab)
    reports.day.setDate(reports.day.date().addDays(-1))
    reports.generate()
    until(lambda: reports.pane.page_count > 0)
    settle(desk)
    shoot.capture(desk.window, shoot.named("reports-daily-sheet"))
    reports.period.setChecked(True)
    reports.choose_range(lambda today: (today.replace(day=1), today))
    reports.generate()
    until(lambda: not reports.running and reports.pane.page_count > 0)
    settle(desk)
    shoot.capture(desk.window, shoot.named("reports-period"))

    desk.window.area_tabs.setCurrentIndex(0)
    QTest.keyClicks(desk.window.top_bar.scan_field, ARRIVING, Qt.KeyboardModifier.NoModifier, 40)
    until(lambda: desk.window.search_panel.model.rowCount() > 0)
    QTest.keyClick(desk.window.top_bar.scan_field, Qt.Key.Key_Return)
    settle(desk)
    badge = desk.commands.print_badge()
    assert badge is not None
    until(lambda: badge.preview_ready)
    settle(desk)
    shoot.capture(badge, shoot.named("badge-print"))
    badge.ask_reissue()
    badge.reason.setText("perso sull’autobus" if shoot.lang == "it" else "lost on the bus")
    shoot.capture(badge, shoot.named("badge-reissue"))
    badge.done(QDialog.DialogCode.Rejected)

    desk.act_emergency.trigger()
    settle(desk)
    until(lambda: bool(desk.printing.viewers))
    viewer = desk.printing.viewers[-1]
    viewer.setGeometry(200, 40, 900, 1000)
    settle(desk)
    shoot.capture(viewer, shoot.named("emergency-list-on-screen"))
    viewer.close()

    snapshot = desk.refresher.latest
    assert snapshot is not None
    full = next(area.inside for area in snapshot.areas if area.key == "coworking")
    set_area(desk.db, LOCAL_ADMIN, "coworking", capacity=full, now=parse_instant(NOW))
    desk.refresher.request()
    settle(desk)
    stranger = next(
        r.id
        for r in search_people(desk.db, "")
        if r.inside_area is None and r.kind is PersonKind.MEMBER
    )
    desk.routing.toggle(stranger)
    settle(desk)
    shoot.capture(desk.window, shoot.named("desk-full-area"))
    desk.window.act_override.trigger()
    [prompt] = visible(ManagerPrompt)
    prompt.reason.setText("relatrice dell’evento" if shoot.lang == "it" else "event speaker")
    prompt.form.user.setCurrentText("Marta")
    shoot.capture(prompt, shoot.italian_first("manager_prompt"))
    prompt.reject()
    close(desk)


def a_carnet_holder(db: Database, used_up: bool) -> int:
    """A member outside on a carnet (from the demo data): with entries left, or none."""
    now = parse_instant(NOW)
    for row in search_people(db, ""):
        if row.kind is not PersonKind.MEMBER or row.inside_area is not None:
            continue
        found = entitlement(db, row.id, now)
        plan = found.standing.plan
        carnet = plan is not None and plan.kind.value == "carnet"
        if (
            carnet
            and found.standing.over == used_up
            and (used_up or (found.standing.left or 0) > 1)
        ):
            return row.id
    raise RuntimeError("the demo data has no such carnet")


def plans_shots(data_dir: Path, shoot: Shooter, giulia: Actor) -> None:
    """Plans: the banner with what a carnet leaves, an exhausted carnet (amber), the month's
    plan usage in the reports tab."""
    desk = open_desk(data_dir, shoot.lang, giulia, (1366, 768))
    desk.routing.toggle(a_carnet_holder(desk.db, used_up=False))
    settle(desk)
    shoot.capture(desk.window, shoot.named("plans-banner-carnet"))
    desk.routing.toggle(a_carnet_holder(desk.db, used_up=True))
    settle(desk)
    shoot.capture(desk.window, shoot.named("plans-banner-exhausted"))
    reports = desk.reports
    desk.window.show_tab(desk.reports_tab)
    reports.usage.setChecked(True)
    reports.generate()
    until(lambda: not reports.running and reports.pane.page_count > 0)
    settle(desk)
    shoot.capture(desk.window, shoot.named("reports-plan-usage"))
    close(desk)


def roles_shots(data_dir: Path, shoot: Shooter, marta: Actor) -> None:
    """The sign-in at start, the lock screen, the audit log."""
    desk = open_desk(data_dir, shoot.lang, None, (1366, 768))
    shoot.capture(desk.window, shoot.italian_first("signin"))
    close(desk)
    desk = open_desk(data_dir, shoot.lang, marta, (1366, 768))
    audited_morning(desk.db, marta, "relatrice dell’evento" if shoot.lang == "it" else "speaker")
    desk.window.act_audit.trigger()
    settle(desk)
    shoot.capture(desk.window, shoot.italian_first("audit_view"))
    desk.lock.watcher.idle.emit()
    settle(desk)
    shoot.capture(desk.window, shoot.italian_first("lock_screen"))
    badge = a_members_badge(desk.db)
    desk.window.activateWindow()
    until(lambda: QApplication.focusWidget() is desk.lock.screen)
    QTest.keyClicks(desk.lock.screen, badge)  # a scanner's burst, then Enter
    QTest.keyClick(desk.lock.screen, Qt.Key.Key_Return)
    settle(desk)
    shoot.capture(desk.window, shoot.italian_first("lock_screen_scan"))
    close(desk)


def settings_shots(data_dir: Path, shoot: Shooter, marta: Actor) -> None:
    """Each page of the settings window (Ctrl+,), at 1366 × 768: `settings-PAGE-LANG.png`; the
    desk database page also after a test that reached a real, empty PostgreSQL database
    (`settings-connection-tested`) and one that found no server (`-unreachable`)."""
    libpq = Path(tempfile.mkdtemp(prefix="serre-desk-shot-libpq."))  # never the user's own
    os.environ["PGSERVICEFILE"] = str(libpq / "pg_service.conf")
    os.environ["PGPASSFILE"] = str(libpq / "pgpass")
    desk = open_desk(data_dir, shoot.lang, marta, (1366, 768))
    window = desk.settings_entry.open()
    assert window is not None
    window.setGeometry(0, 0, 1366, 768)
    for number, page in enumerate(window.pages):
        window.list.setCurrentRow(number)
        settle(desk)
        name = type(page).__name__.removesuffix("Page").lower()
        shoot.capture(window, shoot.named(f"settings-{name}"))
    page = window.show_page(ConnectionPage)
    assert isinstance(page, ConnectionPage)
    script = REPO / "scripts" / "postgres-for-tests.sh"
    folder = Path(tempfile.mkdtemp(prefix="serre-desk-shot-pg."))
    started = subprocess.run(
        [str(script), "start", str(folder)], capture_output=True, text=True, check=True
    )
    port = int(started.stdout.strip().rsplit(":", 1)[1])
    try:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=port, user="postgres", autocommit=True) as c:
            c.execute('CREATE DATABASE "serre"')
        for tried, shot in ((port, "tested"), (1, "unreachable")):
            page.host.setText("127.0.0.1")
            page.port.setValue(tried)
            page.dbname.setText("serre")
            page.user.setText("postgres")
            page.test_button.click()
            until(lambda: not page._testing)
            settle(desk)
            shoot.capture(window, shoot.named(f"settings-connection-{shot}"))
    finally:
        close(desk)
        subprocess.run([str(script), "stop", str(folder)], capture_output=True)
        shutil.rmtree(libpq, ignore_errors=True)


def audited_morning(db: Database, marta: Actor, reason: str) -> None:
    """What the audit log shows after the retention run: a full coworking overridden, a wrong
    pickup code, a revoked badge scanned (at the desk's 10:30, so they come first)."""
    now = parse_instant(NOW)
    out = [r for r in search_people(db, "") if r.kind is PersonKind.MEMBER and not r.inside_area]
    full = sum(1 for r in search_people(db, "") if r.inside_area == "coworking")
    set_area(db, marta, "coworking", capacity=full, now=now)
    check_in(db, marta, out[0].id, now=now, override=True, reason=reason)
    set_area(db, marta, "coworking", capacity=40, now=now)
    child = kids_state(db, now=now).children[0]
    with contextlib.suppress(PickupRefused):
        check_out(db, marta, child.id, now=now, collected_by=child.authorised[0].adult_id, code="1")
    old = issue_badge(db, marta, out[1].id, now=now).code
    issue_badge(db, marta, out[1].id, now=now)  # a lost badge replaced
    with contextlib.suppress(Refusal):
        scan(db, marta, old, now=now)


def a_members_badge(db: Database) -> str:
    """A badge of a member not inside yet, for a scan at the locked desk."""
    member = next(
        row
        for row in search_people(db, "")
        if row.kind is PersonKind.MEMBER and row.inside_area is None
    )
    return issue_badge(db, LOCAL_ADMIN, member.id, now=parse_instant(NOW)).code


def closing_shots(data_dir: Path, shoot: Shooter, giulia: Actor) -> None:
    """The evening: the day closed with a child still inside; the alarm stays, and is back when
    the desk starts the next morning."""
    desk = open_desk(data_dir, shoot.lang, giulia, (1366, 768), now=EVENING)
    desk.actions.close_day()
    settle(desk)
    until(lambda: desk.kids_view.alarm_dialog is not None)
    if desk.closing_report is not None:
        desk.closing_report.close()
    alarm = desk.kids_view.alarm_dialog
    assert alarm is not None
    settle(desk)
    shoot.capture(alarm, shoot.named("kids-alarm"))
    alarm.hide()
    desk.window.show_tab(desk.kids_view)
    settle(desk)
    shoot.capture(desk.window, shoot.named("kids-view-after-closing"))
    close(desk)

    # the next morning, a new start of the desk: the child from yesterday and the alarm again
    desk = open_desk(data_dir, shoot.lang, giulia, (1366, 768), now=NEXT_MORNING)
    until(lambda: desk.kids_view.alarm_dialog is not None)
    desk.window.show_tab(desk.kids_view)
    settle(desk)
    shoot.capture(desk.window, shoot.named("kids-from-yesterday"))
    close(desk)


def recovery_shot(data_dir: Path, shoot: Shooter) -> None:
    """A damaged database at start: what happened and what can be done."""
    location = Location(data_dir)
    db = open_database(location)
    take_backup(db, location, now=parse_instant(NOW) - timedelta(hours=3))
    db.dispose()
    live = paths.database_file(data_dir)
    live.write_bytes(os.urandom(live.stat().st_size))
    problem = check_database(location, thorough=True)
    assert problem is not None
    recovery = DatabaseRecovery(
        location, problem, actor=LOCAL_ADMIN, clock=DeskClock(parse_instant(NOW)), lang=shoot.lang
    )
    recovery.show()
    recovery.panel.restore.click()
    shoot.capture(recovery.window, shoot.italian_first("database_problem"))
    recovery.window.close()


def kids_station_shot(data_dir: Path, shoot: Shooter, giulia: Actor) -> None:
    """A kids' room station: it opens on the kids' view, F6/F7 first, the ratio in sight."""
    os.environ[STATION_ENV] = "Spazio bimbi"
    os.environ[STATION_KIND_ENV] = "kids"
    try:
        desk = open_desk(data_dir, shoot.lang, giulia, (1366, 768))
        settle(desk)
        shoot.capture(desk.window, shoot.named("station-kids"))
        close(desk)
    finally:
        del os.environ[STATION_ENV], os.environ[STATION_KIND_ENV]


def server_away_shot(data_dir: Path, shoot: Shooter, giulia: Actor) -> None:
    """A desk on a PostgreSQL server that went away (stopped for real): the status bar says
    since when, and a check-in is refused in words."""
    script = REPO / "scripts" / "postgres-for-tests.sh"
    folder = Path(tempfile.mkdtemp(prefix="serre-desk-shot-pg."))
    started = subprocess.run(
        [str(script), "start", str(folder)], capture_output=True, text=True, check=True
    )
    server = started.stdout.strip().split("=", 1)[1]
    try:
        import psycopg

        with psycopg.connect(server.replace("+psycopg", "") + "/postgres", autocommit=True) as c:
            c.execute('CREATE DATABASE "desk"')
        url = f"{server}/desk"
        copied = subprocess.run(
            [
                sys.executable,
                "-m",
                "serre_desk",
                "--data-dir",
                str(data_dir),
                "db",
                "copy",
                "--to",
                url,
                "--as",
                "Marta",
                "--secret-stdin",
            ],
            input=MANAGER_PASSWORD + "\n",
            text=True,
            cwd=REPO,
            capture_output=True,
        )
        if copied.returncode != 0:
            raise RuntimeError(copied.stderr)
        os.environ[STATION_ENV] = "Ingresso"
        desk = open_desk(data_dir, shoot.lang, giulia, (1366, 768), db_url=url)
        until(lambda: desk.emergency.last is not None)
        person = next(row.id for row in search_people(desk.db, "") if row.inside_area is None)
        bin_dir = sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1]
        stop = [str(bin_dir / "pg_ctl"), "-D", str(folder / "data"), "-m", "fast", "-w", "stop"]
        if os.getuid() == 0:
            stop = ["runuser", "-u", "postgres", "--", *stop]
        subprocess.run(stop, check=True, capture_output=True)
        until(desk.server.label.isVisible)
        desk.actions.toggle(person)
        settle(desk)
        shoot.capture(desk.window, shoot.named("server-away"))
        desk.window.close()
        desk.db.dispose()
    finally:
        os.environ.pop(STATION_ENV, None)
        subprocess.run([str(script), "stop", str(folder)], capture_output=True)


def with_users(data_dir: Path) -> tuple[Actor, Actor]:
    db = open_database(Location(data_dir))
    now = parse_instant(NOW)
    try:
        add_user(db, LOCAL_ADMIN, "Marta", "manager", MANAGER_PASSWORD, now=now)
        marta = authenticate(db, "Marta", MANAGER_PASSWORD)
        add_user(db, marta, "Giulia", "staff", STAFF_PIN, now=now)
        giulia = authenticate(db, "Giulia", STAFF_PIN)
        archive_due_sheets(
            db, archive_folder(db, data_dir), now=now, actor=marta, lang="it", include_today=False
        )  # as a desk running every day would have
    finally:
        db.dispose()
    return giulia, marta


def copy_of(data_dir: Path) -> Path:
    target = Path(tempfile.mkdtemp()) / "data"
    shutil.copytree(data_dir, target)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--lang", nargs="+", default=["it", "en"])
    parser.add_argument(
        "--only",
        nargs="+",
        choices=GROUPS,
        default=list(GROUPS),
        help="remake these groups of shots only",
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    data_dir = Path(tempfile.mkdtemp()) / "data"
    subprocess.run(
        [sys.executable, "-m", "serre_desk", "--data-dir", str(data_dir), "--now", NOW, "demo"],
        check=True,
        cwd=REPO,
    )
    giulia, marta = with_users(data_dir)
    app = QApplication(sys.argv[:1])
    groups: dict[str, Callable[[Shooter], None]] = {
        "desk": lambda shoot: (
            desk_shots(copy_of(data_dir), shoot, giulia, (1366, 768), extras=True),
            desk_shots(copy_of(data_dir), shoot, giulia, (1920, 1080), extras=False),
        ),
        "kids": lambda shoot: kids_shots(copy_of(data_dir), shoot, giulia),
        "children": lambda shoot: child_shots(copy_of(data_dir), shoot, giulia, marta),
        "office": lambda shoot: office_shots(copy_of(data_dir), shoot, giulia),
        "roles": lambda shoot: roles_shots(copy_of(data_dir), shoot, marta),
        "closing": lambda shoot: closing_shots(copy_of(data_dir), shoot, giulia),
        "recovery": lambda shoot: recovery_shot(copy_of(data_dir), shoot),
        "settings": lambda shoot: settings_shots(copy_of(data_dir), shoot, marta),
        "plans": lambda shoot: plans_shots(copy_of(data_dir), shoot, giulia),
        "stations": lambda shoot: (
            kids_station_shot(copy_of(data_dir), shoot, giulia),
            server_away_shot(copy_of(data_dir), shoot, giulia),
        ),
    }
    for lang in args.lang:
        install_translations(app, lang)
        shoot = Shooter(args.out, lang)
        for group in GROUPS:
            if group in args.only:
                groups[group](shoot)
    return 0


if __name__ == "__main__":
    sys.exit(main())

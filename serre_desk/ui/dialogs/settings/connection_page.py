"""The desk's database (Database del banco): which one this desk uses now, and a guided way to
put it on a PostgreSQL server of the venue, shared by several desks — server, port, database,
user, password and TLS mode, "Test the connection", then "Save and use this server".

The set-up is kept as PostgreSQL's own tools keep it (an entry of pg_service.conf, the password
in an owner-only .pgpass file), so psql and pg_dump work with it too; the desk's settings only
name the entry, and the password is never in them, in the log or in a message. Tests run on a
background thread and say their result in words next to the button; the desk switches at its
next start. An empty database can receive this desk's own data (`db copy`). "Use this PC's own
database" goes back to the file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from serre_desk.domain.errors import Refusal
from serre_desk.services.connection_profile import (
    DEFAULT_SERVICE,
    SSL_MODES,
    ConnectionProfile,
    DatabaseState,
    Reached,
    chosen_service,
    copy_here,
    described,
    has_password,
    load_profile,
    password_file,
    reach,
    service_file,
    service_url,
    use_own_file,
    use_server,
)
from serre_desk.services.db_copy import CopyReport, left_behind_words
from serre_desk.ui.dialogs.settings.base import SettingsContext, SettingsPage
from serre_desk.ui.form_feedback import show_error
from serre_desk.ui.style import Tone, colours

DEFAULT_PORT = 5432
DEFAULT_DATABASE = "serre"
DEFAULT_USER = "serre_desk"
# A refusal of the connection → the field it is about (its words go under that field).
FIELD_OF = {
    "bad_port": "port",
    "bad_sslmode": "sslmode",
    "bad_password_text": "password",
    "pg_wrong_password": "password",
    "pg_no_password": "password",
    "pg_no_database": "dbname",
    "pg_no_role": "user",
    "pg_unreachable": "host",
}
TOP_LEFT = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft  # a button beside its words
Then = Callable[[ConnectionProfile, str | None, Reached], None]


@dataclass(frozen=True)
class Current:
    """What the page shows first: the entry kept for this desk, whether its password is saved,
    and the entry chosen for the next start."""

    profile: ConnectionProfile | None
    password_saved: bool
    chosen: str | None
    own_file: str
    service_file: str
    password_file: str
    chosen_described: str | None


def _current(data_dir: Path) -> Current:
    chosen = chosen_service(data_dir)
    profile = load_profile(chosen or DEFAULT_SERVICE)
    return Current(
        profile,
        profile is not None and has_password(profile),
        chosen,
        described(None, data_dir),
        str(service_file()),
        str(password_file()),
        described(service_url(chosen), data_dir) if chosen else None,
    )


def say(label: QLabel, text: str, *, refused: bool = False) -> None:
    """A result in words beside its button: red for a refusal, the calm colour otherwise."""
    label.setStyleSheet(f"color: {colours(Tone.REFUSED if refused else Tone.CALM).text};")
    label.setText(text)
    label.setVisible(bool(text))  # an empty line takes no room


class _Progress(QObject):
    """Carries the copy's progress from its worker thread to the GUI thread (queued)."""

    table = Signal(str, int)


class ConnectionPage(SettingsPage):
    topic = "database"

    def __init__(self, ctx: SettingsContext) -> None:
        super().__init__(
            ctx,
            self.tr("Desk database"),
            self.tr(
                "Several desks (the entrance, the kids' room, the office) can share one "
                "PostgreSQL database on a computer of the venue. The connection is kept the "
                "way PostgreSQL's own tools keep it; the password goes into a file only this "
                "computer's user can read, never into the desk's settings or its log."
            ),
        )
        self.current: Current | None = None
        self.reached: Reached | None = None
        self._testing = False
        now_group = QGroupBox(self.tr("This desk now"))
        now_layout = QVBoxLayout(now_group)
        self.in_use = QLabel()
        self.in_use.setWordWrap(True)
        self.in_use.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        now_layout.addWidget(self.in_use)
        self.next_start = QLabel()
        self.next_start.setWordWrap(True)
        self.next_start.setProperty("muted", True)
        now_layout.addWidget(self.next_start)
        self.own_button = QPushButton(self.tr("Use this PC's own database"))
        self.own_button.setToolTip(
            self.tr("From the next start, this desk opens its own database file again")
        )
        self.own_button.setAutoDefault(False)
        self.own_button.clicked.connect(self.use_own)
        own_row = QHBoxLayout()
        own_row.addWidget(self.own_button)
        own_row.addStretch(1)
        now_layout.addLayout(own_row)
        self.body.addWidget(now_group)

        server_group = QGroupBox(self.tr("Server"))
        form = QFormLayout(server_group)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. office-pc or 192.168.1.20"))
        self.add_row(form, self.tr("&Server"), self.host, "host")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.add_row(form, self.tr("&Port"), self.port, "port")
        self.dbname = QLineEdit(DEFAULT_DATABASE)
        self.add_row(form, self.tr("&Database"), self.dbname, "dbname")
        self.user = QLineEdit(DEFAULT_USER)
        self.add_row(form, self.tr("&User"), self.user, "user")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_row(form, self.tr("Pass&word"), self.password, "password")
        self.sslmode = QComboBox()
        for mode, words in self._tls_words().items():
            self.sslmode.addItem(f"{words} ({mode})", mode)
        self.sslmode.setCurrentIndex(SSL_MODES.index("prefer"))
        self.add_row(form, self.tr("&Encryption (TLS)"), self.sslmode, "sslmode")
        self.test_button = QPushButton(self.tr("&Test the connection"))
        self.test_button.setToolTip(self.tr("Connect once with these values; nothing is saved"))
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Result of the test"))
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button, 0, TOP_LEFT)
        test_row.addWidget(self.result, 1)
        form.addRow(test_row)
        self.copy_button = QPushButton(self.tr("&Copy this desk's data there"))
        self.copy_button.setToolTip(
            self.tr(
                "Prepare the empty database and copy people, visits, badges, users, settings "
                "and the audit into it; this PC's file stays as it is"
            )
        )
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.ask_copy)
        self.copy_button.hide()
        self.copy_status = QLabel()
        self.copy_status.setWordWrap(True)
        self.copy_status.hide()
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button, 0, TOP_LEFT)
        copy_row.addWidget(self.copy_status, 1)
        form.addRow(copy_row)
        self.files = QLabel()
        self.files.setWordWrap(True)
        self.files.setProperty("muted", True)
        self.files.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.files)
        self.body.addWidget(server_group)
        self.save_button.setText(self.tr("Save and use this server"))
        self.save_button.setToolTip(
            self.tr("Test, keep the connection and use it from the desk's next start (Enter)")
        )
        self.code_fields = FIELD_OF
        self._progress = _Progress(self)
        self._progress.table.connect(self._copying)
        for field in (self.host, self.dbname, self.user, self.password):
            field.textEdited.connect(self._forget_test)
        self.port.valueChanged.connect(self._forget_test)
        self.sslmode.currentIndexChanged.connect(self._forget_test)

    def _tls_words(self) -> dict[str, str]:
        return {
            "disable": self.tr("Never encrypted"),
            "allow": self.tr("Encrypted only if the server insists"),
            "prefer": self.tr("Encrypted when the server offers it"),
            "require": self.tr("Always encrypted"),
            "verify-ca": self.tr("Always encrypted, the server's certificate checked"),
            "verify-full": self.tr("Always encrypted, certificate and server name checked"),
        }

    # --- reading ------------------------------------------------------------------------------

    def load(self) -> None:
        data_dir = self.ctx.location.data_dir
        self.read(lambda: _current(data_dir), self._show)

    def _show(self, current: Current) -> None:
        self.current = current
        location = self.ctx.location
        url = location.db_url
        if url is None:
            self.in_use.setText(
                self.tr("This desk uses this PC's own database: {file}.").format(
                    file=current.own_file
                )
            )
        else:
            self.in_use.setText(
                self.tr("This desk uses the database on the server: {database}.").format(
                    database=described(url, location.data_dir)
                )
            )
        self._show_next_start(current)
        self.files.setText(
            self.tr(
                "Kept for PostgreSQL's tools too (psql service={service}): the entry in "
                "{services}, the password in {passwords}, readable by this computer's user only."
            ).format(
                service=current.chosen or DEFAULT_SERVICE,
                services=current.service_file,
                passwords=current.password_file,
            )
        )
        profile = current.profile
        if profile is not None:
            self.host.setText(profile.host)
            self.port.setValue(profile.port)
            self.dbname.setText(profile.dbname)
            self.user.setText(profile.user)
            index = self.sslmode.findData(profile.sslmode)
            self.sslmode.setCurrentIndex(max(0, index))
        self.password.clear()
        self.password.setPlaceholderText(
            self.tr("Saved: leave empty to keep it") if current.password_saved else ""
        )

    def _show_next_start(self, current: Current) -> None:
        url = self.ctx.location.db_url
        chosen_url = service_url(current.chosen) if current.chosen else None
        self.own_button.setEnabled(current.chosen is not None)
        if url is not None and url != chosen_url:
            self.next_start.setText(
                self.tr(
                    "This desk was started with a database address (--db or "
                    "SERRE_DESK_DB_URL): it wins over the choice saved here."
                )
            )
        elif chosen_url != url:
            self.next_start.setText(
                self.tr("From its next start: {database}.").format(
                    database=current.chosen_described or current.own_file
                )
            )
        else:
            self.next_start.clear()
        self.next_start.setVisible(bool(self.next_start.text()))

    # --- the entry on screen ------------------------------------------------------------------

    def _profile(self) -> ConnectionProfile | None:
        """The values on screen, or None after saying under each empty field what it needs."""
        self.clear_messages()
        needed = {
            "host": (self.host, self.tr("Write the server's name or address.")),
            "dbname": (self.dbname, self.tr("Write the database's name.")),
            "user": (self.user, self.tr("Write the database user (its role).")),
        }
        empty = [name for name, (field, _text) in needed.items() if not field.text().strip()]
        for name in empty:
            show_error(self.error_for(name), needed[name][1])
        if empty:
            needed[empty[0]][0].setFocus()
            return None
        service = self.current.chosen if self.current and self.current.chosen else None
        return ConnectionProfile(
            service or DEFAULT_SERVICE,
            self.host.text().strip(),
            self.port.value(),
            self.dbname.text().strip(),
            self.user.text().strip(),
            str(self.sslmode.currentData()),
        )

    def _forget_test(self) -> None:
        """A value changed: the last test's verdict and its offer no longer hold."""
        self.reached = None
        if self.copy_button.isEnabled():  # not while a copy runs
            self.copy_button.hide()
            say(self.copy_status, "")

    def _typed_password(self) -> str | None:
        return self.password.text() or None  # none: libpq looks in the password file

    # --- testing ------------------------------------------------------------------------------

    def test(self) -> None:
        profile = self._profile()
        if profile is None or self._testing:
            return
        self._reach(profile, self._typed_password(), self._tested)

    def _reach(self, profile: ConnectionProfile, password: str | None, then: Then) -> None:
        """Connect once on a background thread (a server that does not answer never holds the
        window, nor the desk's writes); `then(profile, reached)` on success."""
        self._testing = True
        self.test_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self._forget_test()
        say(self.result, self.tr("Connecting to {server}…").format(server=profile.host))

        def done(reached: Reached) -> None:
            self._idle_test()
            self.reached = reached
            say(self.result, self._reached_words(reached))
            then(profile, password, reached)

        self.ctx.desk.runner.read(
            lambda: reach(profile, password), done, self._not_reached, owner=self
        )

    def _idle_test(self) -> None:
        self._testing = False
        self.test_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def _not_reached(self, error: BaseException) -> None:
        self._idle_test()
        self.reached = None
        if not isinstance(error, Refusal):
            say(self.result, "")
            self._failed(error)
            return
        say(self.result, error.text(), refused=True)
        field = FIELD_OF.get(error.code)
        if field is not None:  # where to correct it
            self._fields[(field, None)].setFocus()

    def _reached_words(self, reached: Reached) -> str:
        tls = self.tr("encrypted (TLS)") if reached.tls else self.tr("not encrypted")
        first = self.tr("Connected: PostgreSQL {version}, {tls}.").format(
            version=reached.version, tls=tls
        )
        state = {
            DatabaseState.EMPTY: self.tr("The database is empty: it needs preparing."),
            DatabaseState.READY: self.tr("The database is a desk's, ready to use."),
            DatabaseState.OLDER: self.tr(
                "The database is an older desk's: the first desk that opens it brings it up to "
                "date."
            ),
            DatabaseState.NEWER: self.tr(
                "The database was made by a newer Serre Desk: update this desk before using it."
            ),
        }[reached.state]
        return f"{first} {state}"

    def _tested(self, profile: ConnectionProfile, password: str | None, reached: Reached) -> None:
        self._offer_copy(reached)

    def _offer_copy(self, reached: Reached) -> None:
        if reached.state is not DatabaseState.EMPTY:
            return
        if self.ctx.location.db_url is None:
            self.copy_button.show()
            say(
                self.copy_status,
                self.tr(
                    "Copy this desk's data there, or prepare it with serre-desk db init, before "
                    "the desks use it."
                ),
            )
        else:
            say(
                self.copy_status,
                self.tr("Prepare it with serre-desk db init before the desks use it."),
            )

    # --- saving -------------------------------------------------------------------------------

    def save(self) -> None:
        profile = self._profile()
        if profile is None or self._testing or self._busy:
            return
        self._reach(profile, self._typed_password(), self._keep)

    def _keep(self, profile: ConnectionProfile, password: str | None, reached: Reached) -> None:
        db, actor, location, now = self.ctx.desk.db, self.ctx.actor(), self.ctx.location, self.now
        self.write(
            lambda: use_server(db, actor, location, profile, password, reached, now=now),
            lambda kept: self._kept(kept, reached),
        )

    def _kept(self, profile: ConnectionProfile, reached: Reached) -> None:
        self.password.clear()
        say(self.result, self._reached_words(reached))
        self._offer_copy(reached)
        self.saved(
            self.tr(
                "Saved as the entry [{service}] of {file}. The desk uses this server from its "
                "next start: close Serre Desk and open it again."
            ).format(service=profile.service, file=service_file())
        )
        self.load()

    def use_own(self) -> None:
        db, actor, location, now = self.ctx.desk.db, self.ctx.actor(), self.ctx.location, self.now

        def done(_none: object) -> None:
            file = self.current.own_file if self.current else ""
            self.saved(
                self.tr(
                    "From its next start this desk uses this PC's own database again ({file}). "
                    "The server's entry stays, for PostgreSQL's tools."
                ).format(file=file)
            )
            self.load()

        self.write(lambda: use_own_file(db, actor, location, now=now), done)

    # --- copying this desk's data -------------------------------------------------------------

    def ask_copy(self) -> None:
        profile = self._profile()
        if profile is None:
            return
        password = self._typed_password()
        self.ctx.messages.ask(
            self.tr("Copy this desk's data"),
            self.tr(
                "Copy everything of this desk (people, visits, badges, guardians, users, "
                "settings and the audit) into the database {database} on {server}?\n\nIt is "
                "checked table by table; this PC's file is not changed."
            ).format(database=profile.dbname, server=profile.host),
            self.tr("Copy the data"),
            self.tr("Not now"),
            lambda yes: self.copy(profile, password) if yes else None,
        )

    def copy(self, profile: ConnectionProfile, password: str | None) -> None:
        source, data_dir, progress = self.ctx.desk.db, self.ctx.location.data_dir, self._progress
        self.copy_button.setEnabled(False)
        say(self.copy_status, self.tr("Copying…"))

        def failed(error: BaseException) -> None:
            self.copy_button.setEnabled(True)
            if isinstance(error, Refusal):
                say(self.copy_status, error.text(), refused=True)
            else:
                say(self.copy_status, "")
                self._failed(error)

        self.ctx.desk.runner.read(
            lambda: copy_here(source, profile, password, data_dir, progress.table.emit),
            self._copied,
            failed,
            owner=self,
        )

    def _copying(self, table: str, rows: int) -> None:
        say(
            self.copy_status,
            self.tr("Copying… {table}: {rows} rows").format(table=table, rows=rows),
        )

    def _copied(self, report: CopyReport) -> None:
        self.copy_button.hide()
        self.copy_button.setEnabled(True)
        self.reached = None
        say(self.result, self.tr("The database is a desk's, ready to use."))
        say(
            self.copy_status,
            self.tr(
                "Copied: {people} people, {visits} visits, {events} audit events, in "
                "{seconds:.1f} s; counts and checksums match. Other desks on this database "
                "need the audit key {key} in their data folder."
            ).format(
                people=report.rows("people"),
                visits=report.rows("visits"),
                events=report.audit.checked,
                seconds=report.seconds,
                key=report.audit_key,
            )
            + " "
            + left_behind_words(report),
        )

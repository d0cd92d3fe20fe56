"""Privacy and retention: how long identities are kept per kind of person and how long the audit
log is kept; who is under a legal hold (kept from retention and erasure), to add or lift with a
reason; and the privacy notice in Italian and English with its version. Publishing a changed
notice makes a new version: everyone is asked to acknowledge it again at their next visit."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
)

from serre_desk.services.actor import Actor
from serre_desk.services.people import PersonRow, search_people
from serre_desk.services.privacy import (
    RetentionPolicy,
    people_on_hold,
    retention_policy,
    set_legal_hold,
    set_retention_policy,
    validate_retention,
)
from serre_desk.services.privacy_notice import PrivacyNotice, current_notice, publish_notice
from serre_desk.services.startup import Database
from serre_desk.ui.dialogs.settings.base import SettingsContext, SettingsPage
from serre_desk.ui.formatting import day_text

Values = tuple[RetentionPolicy, list[tuple[int, str]], PrivacyNotice]


def _read(db: Database) -> Values:
    return retention_policy(db), people_on_hold(db), current_notice(db)


def _save_retention(
    db: Database, actor: Actor, changes: dict[str, int], now: datetime
) -> RetentionPolicy:
    validate_retention(changes)
    return set_retention_policy(db, actor, changes, now=now)


class PrivacyPage(SettingsPage):
    topic = "privacy"

    def __init__(self, ctx: SettingsContext) -> None:
        super().__init__(
            ctx,
            self.tr("Privacy and retention"),
            self.tr(
                "After these periods without a visit, identities are anonymised: counts are "
                "kept, names are not. Members are kept while their membership lasts."
            ),
        )
        self.notice: PrivacyNotice | None = None
        self.save_button.setText(self.tr("Save the periods"))
        row = QHBoxLayout()
        row.addWidget(self._retention_group(), 1)
        row.addWidget(self._hold_group(), 1)
        self.body.addLayout(row)
        self.body.addWidget(self._notice_group(), 1)

    def _retention_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Retention"))
        form = QFormLayout(group)
        self.periods: dict[str, QSpinBox] = {}
        for name, label, unit in (
            ("guest_days", self.tr("Guests"), self.tr(" days")),
            ("member_days", self.tr("Members, after their membership"), self.tr(" days")),
            ("child_days", self.tr("Children and their notes"), self.tr(" days")),
            ("audit_months", self.tr("Audit log"), self.tr(" months")),
        ):
            box = QSpinBox()
            box.setRange(0, 99_999)
            box.setSuffix(unit)
            self.add_row(form, label, box, name)
            self.periods[name] = box
        form.addRow(self.save_here())  # this page's Save is about the periods only
        return group

    def _hold_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Legal hold"))
        layout = QVBoxLayout(group)
        note = QLabel(self.tr("People on hold are never anonymised or erased until it is lifted."))
        note.setWordWrap(True)
        note.setProperty("muted", True)
        layout.addWidget(note)
        self.on_hold = QListWidget()
        self.on_hold.setAccessibleName(self.tr("People on legal hold"))
        self.on_hold.setMaximumHeight(64)
        layout.addWidget(self.on_hold)
        find = QHBoxLayout()
        self.find_field = QLineEdit()
        self.find_field.setPlaceholderText(self.tr("Find a person to put on hold…"))
        self.find_field.setAccessibleName(self.tr("Find a person"))
        self.find_field.returnPressed.connect(self.search)
        find.addWidget(self.find_field)
        layout.addLayout(find)
        self.matches = QListWidget()
        self.matches.setAccessibleName(self.tr("People found"))
        self.matches.setMaximumHeight(64)
        layout.addWidget(self.matches)
        self.hold_reason = QLineEdit()
        self.hold_reason.setPlaceholderText(self.tr("Reason (kept in the audit log)"))
        self.hold_reason.setAccessibleName(self.tr("Reason"))
        layout.addWidget(self.hold_reason)
        layout.addWidget(self.error_for("hold_reason", None, self.hold_reason))
        buttons = QHBoxLayout()
        self.hold_button = QPushButton(self.tr("Put on hold"))
        self.lift_button = QPushButton(self.tr("Lift the hold"))
        for button in (self.hold_button, self.lift_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self.hold_button.clicked.connect(lambda: self.set_hold(True))
        self.lift_button.clicked.connect(lambda: self.set_hold(False))
        layout.addLayout(buttons)
        return group

    def _notice_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Privacy notice"))
        layout = QVBoxLayout(group)
        self.version = QLabel()
        layout.addWidget(self.version)
        self.texts: dict[str, QPlainTextEdit] = {}
        tabs = QTabWidget()
        for lang, label in (("it", self.tr("Italian")), ("en", self.tr("English"))):
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(self.tr("Privacy notice: {language}").format(language=label))
            edit.setMinimumHeight(120)
            edit.setMaximumHeight(170)
            holder = QVBoxLayout()
            holder.addWidget(edit)
            holder.addWidget(self.error_for(f"notice_{lang}", None, edit))
            page = QGroupBox()
            page.setFlat(True)
            page.setLayout(holder)
            tabs.addTab(page, label)
            self.texts[lang] = edit
        layout.addWidget(tabs, 1)
        row = QHBoxLayout()
        hint = QLabel(
            self.tr("A new version asks everyone to acknowledge it again at their next visit.")
        )
        hint.setWordWrap(True)
        hint.setProperty("muted", True)
        self.publish_button = QPushButton(self.tr("Publish as a new version…"))
        self.publish_button.setAutoDefault(False)
        self.publish_button.clicked.connect(self.ask_publish)
        row.addWidget(hint, 1)
        row.addWidget(self.publish_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        return group

    # --- reading ------------------------------------------------------------------------------

    def load(self) -> None:
        db = self.ctx.desk.db
        self.read(lambda: _read(db), self._show)

    def _show(self, values: Values) -> None:
        policy, held, notice = values
        for name, value in asdict(policy).items():
            self.periods[name].setValue(value)
        self.on_hold.clear()
        for pid, name in held:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            self.on_hold.addItem(item)
        if not held:
            nobody = QListWidgetItem(self.tr("Nobody is on legal hold."))
            nobody.setFlags(Qt.ItemFlag.NoItemFlags)
            self.on_hold.addItem(nobody)
        self._show_notice(notice)

    def _show_notice(self, notice: PrivacyNotice) -> None:
        self.notice = notice
        for lang, edit in self.texts.items():
            edit.setPlainText(notice.text(lang))
        if notice.published_at is None:
            self.version.setText(
                self.tr("Version {version}: the notice shipped with Serre Desk.").format(
                    version=notice.version
                )
            )
        else:
            self.version.setText(
                self.tr("Version {version}, published on {day}.").format(
                    version=notice.version, day=day_text(notice.published_at, self.ctx.desk.lang)
                )
            )

    # --- retention ----------------------------------------------------------------------------

    def save(self) -> None:
        db, actor, now = self.ctx.desk.db, self.ctx.actor(), self.now
        changes = {name: box.value() for name, box in self.periods.items()}
        self.write(lambda: _save_retention(db, actor, changes, now), lambda _p: self.saved())

    # --- legal hold ---------------------------------------------------------------------------

    def search(self) -> None:
        db, text = self.ctx.desk.db, self.find_field.text()
        self.read(lambda: search_people(db, text, limit=20), self._found)

    def _found(self, rows: list[PersonRow]) -> None:
        self.matches.clear()
        for row in rows:
            item = QListWidgetItem(row.name)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.matches.addItem(item)
        if rows:
            self.matches.setCurrentRow(0)
            self.matches.setFocus()

    def set_hold(self, hold: bool) -> None:
        source = self.matches if hold else self.on_hold
        item = source.currentItem()
        if item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            self.clear_messages()
            self.general_error.setText(
                self.tr("Choose the person first.")
                if hold
                else self.tr("Choose someone in the list of people on hold first.")
            )
            self.general_error.show()
            return
        pid, name = int(item.data(Qt.ItemDataRole.UserRole)), item.text()
        db, actor, now, reason = (
            self.ctx.desk.db,
            self.ctx.actor(),
            self.now,
            self.hold_reason.text(),
        )
        self.code_fields = {"reason_required": "hold_reason"}

        def done(_none: object) -> None:
            self.hold_reason.clear()
            self.matches.clear()
            self.saved(
                self.tr("{name} is on legal hold.").format(name=name)
                if hold
                else self.tr("The legal hold of {name} is lifted.").format(name=name)
            )
            self.load()

        self.write(lambda: set_legal_hold(db, actor, pid, hold, now=now, reason=reason), done)

    # --- the notice ---------------------------------------------------------------------------

    def ask_publish(self) -> None:
        version = (self.notice.version if self.notice else 1) + 1
        self.ctx.messages.ask(
            self.tr("Publish the privacy notice"),
            self.tr(
                "Publish this text as version {version}? Everyone is asked to acknowledge it "
                "again at their next visit."
            ).format(version=version),
            self.tr("Publish version {version}").format(version=version),
            self.tr("Keep editing"),
            lambda yes: self.publish() if yes else None,
        )

    def publish(self) -> None:
        db, actor, now = self.ctx.desk.db, self.ctx.actor(), self.now
        texts = {lang: edit.toPlainText() for lang, edit in self.texts.items()}

        def done(notice: PrivacyNotice) -> None:
            self._show_notice(notice)
            self.saved(
                self.tr("Version {version} of the privacy notice is in force.").format(
                    version=notice.version
                )
            )

        self.write(lambda: publish_notice(db, actor, texts, now=now), done)

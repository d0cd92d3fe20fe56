"""Backups: where the daily backups go (another disk or folder), how many daily ones are kept
(weekly ones come on top), "Back up now", and "Restore…" — after a confirmation that names the
backup's date and what it holds. Serre Desk closes after a restore: start it again.
On PostgreSQL the server's own tools do this job, and the page says so."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from serre_desk.services.actor import Actor
from serre_desk.services.backups import (
    BackupFile,
    BackupSummary,
    RestoreResult,
    backup_folder,
    backups_kept,
    list_backups,
    restore_from_window,
    set_backup_folder,
    set_backups_kept,
    summarise_backup,
    take_backup,
    validate_kept,
)
from serre_desk.services.settings_admin import about
from serre_desk.services.startup import Database, Location
from serre_desk.ui.dialogs.settings.base import SettingsContext, SettingsPage
from serre_desk.ui.formatting import clock_time, long_date

Values = tuple[Path, int, list[BackupFile]]


def _read(location: Location) -> Values:
    folder = backup_folder(location)
    return folder, backups_kept(location), list_backups(folder)


def _save(
    db: Database, location: Location, actor: Actor, folder: Path, kept: int, now: datetime
) -> None:
    """The folder (when it changed) and how many are kept; both checked before either is
    stored."""
    with about("kept"):
        validate_kept(kept)
    with about("folder"):
        if folder.expanduser().resolve() != backup_folder(location).resolve():
            set_backup_folder(location, db, actor, folder, now=now)
    set_backups_kept(location, db, actor, kept, now=now)


class BackupsPage(SettingsPage):
    topic = "backups"

    def __init__(self, ctx: SettingsContext) -> None:
        super().__init__(
            ctx,
            self.tr("Backups"),
            self.tr(
                "The desk backs up its database once a day. Keep the backups on another disk "
                "or folder, so a broken disk does not take them too."
            ),
        )
        self.backups: list[BackupFile] = []
        where = QGroupBox(self.tr("Where and how many"))
        form = QFormLayout(where)
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Backup folder"))
        choose = QPushButton(self.tr("Choose…"))
        choose.setAutoDefault(False)
        choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        holder = QWidget()
        holder.setLayout(folder_row)
        self.add_row(form, self.tr("Folder"), holder, "folder")
        self._fields[("folder", None)] = self.folder
        self.kept = QSpinBox()
        self.kept.setRange(0, 999)
        self.kept.setSuffix(self.tr(" daily backups"))
        self.add_row(form, self.tr("Keep"), self.kept, "kept")
        form.addRow(self.save_here())  # about the folder and the count, not the list below
        self.body.addWidget(where)
        taken = QGroupBox(self.tr("Backups in the folder"))
        layout = QVBoxLayout(taken)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setToolTip(
            self.tr("Replace the database with the chosen backup (the current one is kept)")
        )
        for button in (self.backup_button, self.restore_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.error_for("restore", None, self.list))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.ask_restore)
        self.list.setMinimumHeight(160)
        self.body.addWidget(taken, 1)
        if ctx.location.db_url is not None:  # PostgreSQL: the server's own tools
            self.status.setText(
                self.tr(
                    "This desk uses PostgreSQL: back it up with pg_dump and restore with "
                    "pg_restore on the server (see docs/backups.md)."
                )
            )
            for widget in (where, taken):
                widget.setEnabled(False)

    def load(self) -> None:
        location = self.ctx.location
        self.read(lambda: _read(location), self._show)

    def _show(self, values: Values) -> None:
        folder, kept, backups = values
        self.folder.setText(str(folder))
        self.kept.setValue(kept)
        self.backups = backups
        self.list.clear()
        lang = self.ctx.desk.lang
        for backup in backups:
            text = f"{long_date(backup.taken_at, lang)} · {clock_time(backup.taken_at)}"
            item = QListWidgetItem(text)
            item.setToolTip(str(backup.path))
            self.list.addItem(item)
        if backups:
            self.list.setCurrentRow(0)

    def choose_folder(self) -> None:
        dialog = QFileDialog(self, self.tr("Backup folder"), self.folder.text())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.folder.setText)
        dialog.open()

    def save(self) -> None:
        db, location, actor, now = self.ctx.desk.db, self.ctx.location, self.ctx.actor(), self.now
        if not self.folder.text().strip():
            self.clear_messages()
            self.show_refusal_text("folder", self.tr("Choose the folder for the backups."))
            return
        folder, kept = Path(self.folder.text().strip()), self.kept.value()
        self.code_fields = {"backup_unwritable": "folder"}

        def done(_none: object) -> None:
            self.saved()
            self.load()

        self.write(lambda: _save(db, location, actor, folder, kept, now), done)

    def back_up_now(self) -> None:
        db, location, now = self.ctx.desk.db, self.ctx.location, self.now

        def done(path: Path) -> None:
            self.saved(self.tr("Backed up to {path}.").format(path=path))
            self.load()

        self.write(lambda: take_backup(db, location, now=now), done)

    # --- restoring ----------------------------------------------------------------------------

    def ask_restore(self) -> None:
        row = self.list.currentRow()
        if row < 0 or row >= len(self.backups):
            self.clear_messages()
            self.show_refusal_text("restore", self.tr("Choose a backup in the list first."))
            return
        path = self.backups[row].path
        self.code_fields = {"not_a_backup": "restore"}
        self.read(lambda: summarise_backup(path), self._confirm)

    def show_refusal_text(self, field: str, text: str) -> None:
        label = self.error_for(field)
        label.setText(text)
        label.show()

    def _confirm(self, summary: BackupSummary) -> None:
        lang = self.ctx.desk.lang
        when = f"{long_date(summary.taken_at, lang)}, {clock_time(summary.taken_at)}"
        self.ctx.messages.ask(
            self.tr("Restore a backup"),
            self.tr(
                "Replace the database with the backup of {when}?\n\n"
                "It holds {people} people, {visits} visits and {events} audit events. "
                "Everything recorded after it is replaced; the current database is kept "
                "beside the backups. Serre Desk closes after the restore: start it again."
            ).format(
                when=when, people=summary.people, visits=summary.visits, events=summary.events
            ),
            self.tr("Restore the backup of {when}").format(when=when),
            self.tr("Keep the current database"),
            lambda yes: self.restore(summary.path) if yes else None,
        )

    def restore(self, path: Path) -> None:
        db, location, actor, now = self.ctx.desk.db, self.ctx.location, self.ctx.actor(), self.now
        self.ctx.desk.runner.wait_idle()  # no read holds the file while it is replaced
        self.code_fields = {"not_a_backup": "restore", "backup_postgres": "restore"}
        self.write(lambda: restore_from_window(db, location, actor, path, now=now), self._restored)

    def _restored(self, result: RestoreResult) -> None:
        kept = result.previous_saved_as
        self.ctx.messages.inform(
            self.tr("Backup restored"),
            self.tr(
                "The database is now the backup {name}. The one it replaced is kept as {kept}. "
                "Serre Desk closes now: start it again."
            ).format(name=result.restored_from.name, kept=kept or "—"),
            on_closed=self.ctx.close_desk,
        )

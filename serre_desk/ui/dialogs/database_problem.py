"""What the desk shows when its database is damaged, unreadable, locked or on a full disk.

`DatabaseProblemPanel` says what happened (`services.db_health.explain`), that nothing recorded
was overwritten, and offers the remedies that fit: Retry, Open the backup folder, Restore the
latest good backup (asked twice: the damaged file is kept aside, never deleted). It emits
`retry_requested` and `restore_requested(Path)`; the window runs the work
(`db_health.check_database`, `backups.restore_backup`) and then `show_problem` again or closes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from serre_desk.clock import to_local
from serre_desk.services.backups import backup_taken_at
from serre_desk.services.db_health import DatabaseProblem, Remedy
from serre_desk.ui.style import Tone, colours


def open_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class DatabaseProblemPanel(QWidget):
    retry_requested = Signal()
    restore_requested = Signal(object)  # Path of the backup to restore

    def __init__(
        self,
        problem: DatabaseProblem,
        *,
        opener: Callable[[Path], None] = open_folder,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._opener = opener
        self.setObjectName("DatabaseProblem")
        self.heading = QLabel(self.tr("The desk cannot use its database"))
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.reason = QLabel()
        self.advice = QLabel()
        for label in (self.reason, self.advice):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry = QPushButton(self.tr("Retry"))
        self.open_backups = QPushButton(self.tr("Open the backup folder"))
        self.restore = QPushButton(self.tr("Restore the latest good backup"))
        self.confirm_text = QLabel()
        self.confirm_text.setWordWrap(True)
        self.confirm = QPushButton(self.tr("Replace the database"))
        self.cancel = QPushButton(self.tr("Keep it as it is"))
        buttons = QHBoxLayout()
        for button in (self.retry, self.open_backups, self.restore):
            buttons.addWidget(button)
        buttons.addStretch(1)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.confirm)
        confirm_row.addWidget(self.cancel)
        confirm_row.addStretch(1)
        warning = colours(Tone.WARNING)
        self.confirm_text.setObjectName("RestoreQuestion")
        self.confirm_text.setStyleSheet(
            f"QLabel#RestoreQuestion {{ background: {warning.background}; color: "
            f"{warning.text}; border: 1px solid {warning.border}; border-radius: 6px; "
            "padding: 8px; }"
        )
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.reason)
        layout.addWidget(self.advice)
        layout.addLayout(buttons)
        layout.addWidget(self.confirm_text)
        layout.addLayout(confirm_row)
        layout.addStretch(1)
        self.retry.clicked.connect(self.retry_requested)
        self.open_backups.clicked.connect(self._open_backups)
        self.restore.clicked.connect(self._ask_to_restore)
        self.confirm.clicked.connect(self._restore_confirmed)
        self.cancel.clicked.connect(lambda: self._confirming(False))
        self.show_problem(problem)

    def show_problem(self, problem: DatabaseProblem) -> None:
        self.problem = problem
        self.reason.setText(problem.reason)
        self.reason.setStyleSheet(f"color: {colours(Tone.REFUSED).text};")
        self.advice.setText(self._advice(problem))
        self.retry.setVisible(Remedy.RETRY in problem.remedies)
        self.open_backups.setVisible(
            Remedy.OPEN_BACKUPS in problem.remedies and problem.backup_folder is not None
        )
        self.restore.setVisible(
            Remedy.RESTORE_LATEST in problem.remedies and problem.latest_backup is not None
        )
        self._confirming(False)

    def _advice(self, problem: DatabaseProblem) -> str:
        lines = [
            self.tr("Nothing was overwritten: the damaged file stays as it is.")
            if problem.code == "db_corrupt"
            else self.tr("Nothing recorded was lost.")
        ]
        if problem.latest_backup is not None:
            lines.append(
                self.tr("The latest good backup is from {when}.").format(
                    when=self._when(problem.latest_backup)
                )
            )
        if problem.backup_folder is not None:
            lines.append(self.tr("Backups are in {folder}.").format(folder=problem.backup_folder))
        return " ".join(lines)

    @staticmethod
    def _when(backup: Path) -> str:
        return to_local(backup_taken_at(backup)).strftime("%Y-%m-%d %H:%M")

    def _open_backups(self) -> None:
        if self.problem.backup_folder is not None:
            self._opener(self.problem.backup_folder)

    def _ask_to_restore(self) -> None:
        backup = self.problem.latest_backup
        if backup is None:
            return
        self.confirm_text.setText(
            self.tr(
                "Replace the database with the backup of {when} ({name})? What was recorded after "
                "it is not in it. The damaged file is kept in the backup folder."
            ).format(when=self._when(backup), name=backup.name)
        )
        self._confirming(True)

    def _confirming(self, on: bool) -> None:
        for widget in (self.confirm_text, self.confirm, self.cancel):
            widget.setVisible(on)
        if on:
            self.cancel.setFocus()

    def _restore_confirmed(self) -> None:
        self._confirming(False)
        if self.problem.latest_backup is not None:
            self.restore_requested.emit(self.problem.latest_backup)

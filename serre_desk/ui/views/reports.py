"""The reports tab: the attendance sheet of a day or the report of a period, made in the
background with a progress bar, previewed here (QtPdf), then opened in the system's PDF viewer,
printed or saved; the visits of the same days exported as CSV for Excel.

The PDFs go to the print service's session folder (removed at exit): the official copies of the
daily sheets are the archive's, written at closing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from serre_desk.clock import local_date
from serre_desk.domain.errors import Refusal
from serre_desk.i18n import LANGUAGES
from serre_desk.ui.context import DeskContext
from serre_desk.ui.formatting import day_text, locale_for
from serre_desk.ui.pdf_viewer import PdfPane
from serre_desk.ui.printing import DAILY_SHEET, PERIOD_REPORT, PrintJob
from serre_desk.ui.style import Tone, colours

LANGUAGE_NAMES = {"it": "Italiano", "en": "English"}
FILE_NAMES = {  # the reports' own language, as the command line names them
    "it": (
        "foglio-presenze-{day}.pdf",
        "rapporto-{first}-{last}.pdf",
        "presenze-{first}-{last}.csv",
    ),
    "en": ("attendance-sheet-{day}.pdf", "report-{first}-{last}.pdf", "visits-{first}-{last}.csv"),
}
USAGE_FILE_NAMES = {  # the month's plan usage: PDF, CSV
    "it": ("utilizzo-piani-{month}.pdf", "utilizzo-piani-{month}.csv"),
    "en": ("plan-usage-{month}.pdf", "plan-usage-{month}.csv"),
}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def this_week(today: date) -> tuple[date, date]:
    """Monday of this week to today."""
    return today - timedelta(days=today.weekday()), today


def this_month(today: date) -> tuple[date, date]:
    return today.replace(day=1), today


def last_month(today: date) -> tuple[date, date]:
    last = today.replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last


class _Progress(QObject):
    """Lives on the GUI thread: the worker calls `report`, Qt queues the value over (whole
    percents only, so a long report does not flood the event queue)."""

    changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last = -1

    def restart(self) -> None:
        self._last = -1

    def report(self, fraction: float) -> None:
        """Called on the worker thread by the renderer."""
        percent = round(max(0.0, min(1.0, fraction)) * 100)
        if percent != self._last:
            self._last = percent
            self.changed.emit(percent)


class ReportsView(QWidget):
    """Meant as a tab of the desk window. `generated` carries the path of each PDF shown."""

    generated = Signal(object)  # Path

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._running = False
        self.job: PrintJob | None = None  # the PDF on show
        self._progress = _Progress(self)
        self._progress.changed.connect(self._progressed)
        context.printing.printed.connect(self._printed)
        context.printing.not_printed.connect(self._not_printed)

        today = local_date(context.clock.now())
        self.daily = QRadioButton(self.tr("&Daily attendance sheet"))
        self.period = QRadioButton(self.tr("&Period report"))
        self.usage = QRadioButton(self.tr("Plan &usage of a month"))
        self.usage.setToolTip(
            self.tr("The month of the “From” day: who went over their plan, who left days unused")
        )
        self.daily.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.daily)
        kinds.addButton(self.period)
        kinds.addButton(self.usage)
        self.day = self._date_edit(today)
        first, last = this_month(today)
        self.first = self._date_edit(first)
        self.last = self._date_edit(last)
        self.quick = {
            "week": QPushButton(self.tr("This week")),
            "month": QPushButton(self.tr("This month")),
            "last-month": QPushButton(self.tr("Last month")),
        }
        picks: dict[str, Callable[[date], tuple[date, date]]] = {
            "week": this_week,
            "month": this_month,
            "last-month": last_month,
        }
        for key, button in self.quick.items():
            button.clicked.connect(lambda _checked=False, pick=picks[key]: self.choose_range(pick))
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(self.language.findData(context.lang), 0))
        self.language.setToolTip(self.tr("The language of the PDF and of the CSV headers"))
        self.generate_button = QPushButton(self.tr("&Make the PDF"))
        self.generate_button.setToolTip(
            self.tr("Make the report in the background: the desk keeps working meanwhile")
        )
        self.generate_button.clicked.connect(self.generate)
        self.generate_button.setMinimumHeight(34)
        bold = QFont(self.generate_button.font())
        bold.setBold(True)
        self.generate_button.setFont(bold)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(self.tr("&Open in the PDF viewer"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.save_button = QPushButton(self.tr("&Save a copy…"))
        self.csv_button = QPushButton(self.tr("E&xport visits (CSV)…"))
        self.csv_button.setToolTip(
            self.tr("Every visit of the chosen day or period, for Excel (semicolons, UTF-8)")
        )
        self.open_button.clicked.connect(self.open_externally)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_copy)
        self.csv_button.clicked.connect(self.export_csv)
        self.pane = PdfPane(
            self.tr("Choose a day or a period and press “Make the PDF”: the report shows here.")
        )

        self._lay_out()
        self.daily.toggled.connect(self._kind_changed)
        self.usage.toggled.connect(self._kind_changed)
        self._kind_changed()
        self._set_pdf_actions(False)

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setLocale(locale_for(self._context.lang))
        return edit

    def _lay_out(self) -> None:
        which = QGroupBox(self.tr("Report"))
        which_layout = QVBoxLayout(which)
        which_layout.addWidget(self.daily)
        day_form = QFormLayout()
        day_form.addRow(self.tr("Day"), self.day)
        which_layout.addLayout(day_form)
        which_layout.addWidget(self.period)
        range_form = QFormLayout()
        range_form.addRow(self.tr("From"), self.first)
        range_form.addRow(self.tr("To"), self.last)
        which_layout.addLayout(range_form)
        picks = QHBoxLayout()
        for button in self.quick.values():
            picks.addWidget(button)
        which_layout.addLayout(picks)
        which_layout.addWidget(self.usage)
        options = QFormLayout()
        options.addRow(self.tr("&Language"), self.language)

        controls = QWidget()
        column = QVBoxLayout(controls)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(which)
        column.addLayout(options)
        column.addWidget(self.generate_button)
        column.addWidget(self.progress)
        column.addWidget(self.status)
        column.addSpacing(8)
        for button in (self.open_button, self.print_button, self.save_button):
            column.addWidget(button)
        column.addSpacing(8)
        column.addWidget(self.csv_button)
        column.addStretch(1)
        scroller = QScrollArea()  # on a short screen the choices scroll, the preview stays
        scroller.setWidget(controls)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setMinimumWidth(300)
        scroller.setMaximumWidth(380)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("ReportsSplitter")
        self.splitter.addWidget(scroller)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(self.splitter)

    # --- choices --------------------------------------------------------------------------

    @property
    def report_language(self) -> str:
        return str(self.language.currentData())

    def range(self) -> tuple[date, date]:
        """The chosen days: one day, or the period (in order whichever way it was typed)."""
        if self.daily.isChecked():
            day = _pydate(self.day.date())
            return day, day
        first, last = _pydate(self.first.date()), _pydate(self.last.date())
        return min(first, last), max(first, last)

    def choose_range(self, pick: Callable[[date], tuple[date, date]]) -> None:
        first, last = pick(local_date(self._context.clock.now()))
        self.period.setChecked(True)
        self.first.setDate(_qdate(first))
        self.last.setDate(_qdate(last))

    def _kind_changed(self) -> None:
        daily = self.daily.isChecked()
        self.day.setEnabled(daily)
        self.first.setEnabled(not daily)  # a quick pick switches to the period itself
        self.last.setEnabled(self.period.isChecked())
        self.csv_button.setText(
            self.tr("E&xport the usage (CSV)…")
            if self.usage.isChecked()
            else self.tr("E&xport visits (CSV)…")
        )

    # --- making the PDF -------------------------------------------------------------------

    def generate(self) -> None:
        """Render the chosen report on a background thread; progress comes back by signal."""
        if self._running:
            return
        context, progress = self._context, self._progress
        db, now, lang = context.db, context.clock.now(), self.report_language
        first, last = self.range()
        sheet_name, report_name, _csv = FILE_NAMES.get(lang, FILE_NAMES["en"])
        if self.usage.isChecked():
            month = first.replace(day=1)
            usage_name = USAGE_FILE_NAMES.get(lang, USAGE_FILE_NAMES["en"])[0]
            path = context.printing.scratch_file(usage_name.format(month=month.strftime("%Y-%m")))
            title = self.tr("Plan usage of {month}").format(month=month.strftime("%m/%Y"))
            key = PERIOD_REPORT

            def work() -> Path:
                from serre_desk.render.usage_report import render_usage_report

                return render_usage_report(
                    db, month, path, now=now, lang=lang, progress=progress.report
                )
        elif self.daily.isChecked():
            path = context.printing.scratch_file(sheet_name.format(day=first.isoformat()))
            title = self.tr("Attendance sheet of {day}").format(day=day_text(first, context.lang))
            key = DAILY_SHEET

            def work() -> Path:
                from serre_desk.render.daily_sheet import render_daily_sheet

                return render_daily_sheet(
                    db, first, path, now=now, lang=lang, progress=progress.report
                )
        else:
            path = context.printing.scratch_file(
                report_name.format(first=first.isoformat(), last=last.isoformat())
            )
            title = self.tr("Attendance report {first} – {last}").format(
                first=day_text(first, context.lang), last=day_text(last, context.lang)
            )
            key = PERIOD_REPORT

            def work() -> Path:
                from serre_desk.render.period_report import render_period_report

                return render_period_report(
                    db, first, last, path, now=now, lang=lang, progress=progress.report
                )

        self._progress.restart()
        self._set_running(True)
        self._say(Tone.IDLE, self.tr("Making “{title}”…").format(title=title))
        context.runner.read(
            work, lambda made: self._generated(PrintJob(made, key, title)), self._failed
        )

    def _progressed(self, percent: int) -> None:
        if self._running:
            self.progress.setRange(0, 100)
            self.progress.setValue(percent)

    def _generated(self, job: PrintJob) -> None:
        self._set_running(False)
        if not self.pane.show_pdf(job.pdf):
            self._say(
                Tone.REFUSED,
                self.tr("The PDF was made but cannot be shown: {path}").format(path=job.pdf),
            )
            return
        self.job = job
        self._set_pdf_actions(True)
        self._say(
            Tone.IN,
            self.tr("Ready: {title}. Pages: {pages}.").format(
                title=job.title, pages=self.pane.page_count
            ),
        )
        self.generated.emit(job.pdf)

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.generate_button.setEnabled(not running)
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)  # busy until the first progress report
        self.progress.setValue(0)

    @property
    def running(self) -> bool:
        return self._running

    # --- what to do with it ---------------------------------------------------------------

    def open_externally(self) -> None:
        if self.job is not None:
            self._context.printing.open_externally(self.job.pdf)

    def print_report(self) -> None:
        if self.job is not None:
            self._context.printing.print_with_dialog(self.job, self)

    def save_copy(self) -> None:
        if self.job is not None:
            self._context.printing.save_copy(
                self.job.pdf,
                self,
                lambda path: self._say(Tone.IN, self.tr("Saved as {path}").format(path=path)),
            )

    def export_csv(self) -> None:
        """Ask where, then write the visits of the chosen days in the background."""
        first, last = self.range()
        lang = self.report_language
        csv_name = FILE_NAMES.get(lang, FILE_NAMES["en"])[2]
        suggested = Path.home() / csv_name.format(first=first.isoformat(), last=last.isoformat())
        if self.usage.isChecked():
            usage_name = USAGE_FILE_NAMES.get(lang, USAGE_FILE_NAMES["en"])[1]
            suggested = Path.home() / usage_name.format(month=first.strftime("%Y-%m"))
        self._context.printing.files.save_path(
            self,
            self.tr("Export as CSV"),
            suggested,
            self.tr("CSV files for Excel (*.csv)"),
            lambda path: self._export(path, first, last),
        )

    def _export(self, path: Path, first: date, last: date) -> None:
        db, lang = self._context.db, self.report_language
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        usage, now = self.usage.isChecked(), self._context.clock.now()

        def work() -> tuple[Path, int]:
            if usage:
                from serre_desk.render.usage_report import export_usage_csv

                return export_usage_csv(db, first, path, now=now, lang=lang)
            from serre_desk.render.visits_csv import export_visits_csv

            return export_visits_csv(db, first, last, path, lang=lang)

        self.csv_button.setEnabled(False)
        done = self._usage_exported if usage else self._exported
        self._context.runner.read(work, done, self._export_failed)

    def _exported(self, result: tuple[Path, int]) -> None:
        path, count = result
        self.csv_button.setEnabled(True)
        self._say(
            Tone.IN,
            self.tr("Visits exported: {count}. File: {path}").format(count=count, path=path),
        )

    def _usage_exported(self, result: tuple[Path, int]) -> None:
        path, count = result
        self.csv_button.setEnabled(True)
        self._say(
            Tone.IN,
            self.tr("Plan usage exported: {count} people. File: {path}").format(
                count=count, path=path
            ),
        )

    def _export_failed(self, error: BaseException) -> None:
        self.csv_button.setEnabled(True)
        if isinstance(error, OSError):
            self._say(
                Tone.REFUSED,
                self.tr(
                    "The CSV file could not be written: {reason}. Choose another folder."
                ).format(reason=error.strerror or error),
            )
            return
        self._failed(error)

    def _printed(self, job: PrintJob, printer: str) -> None:
        if job is self.job:
            self._say(Tone.IN, self.tr("Sent to the printer {printer}.").format(printer=printer))

    def _not_printed(self, job: PrintJob, why: str) -> None:
        if job is self.job:
            self._say(Tone.WARNING, why)

    # --- state ----------------------------------------------------------------------------

    def _set_pdf_actions(self, enabled: bool) -> None:
        for button in (self.open_button, self.print_button, self.save_button):
            button.setEnabled(enabled)

    def _say(self, tone: Tone, text: str) -> None:
        self.status.setText(text)
        style = "" if tone is Tone.IDLE else f"color: {colours(tone).text}; font-weight: bold;"
        self.status.setStyleSheet(style)

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        if isinstance(error, Refusal):
            self._say(Tone.REFUSED, error.text())
            return
        self._say(Tone.REFUSED, self.tr("The report could not be made."))
        self._context.errors.bug(error)

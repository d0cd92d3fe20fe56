"""Printers: which printer takes the badges (and on what format), which takes the pickup labels
(and their size), which takes the sheets (attendance sheets, reports, the emergency list).
"Print a test page" for each, on that printer and paper. Remembered per desk: each reception PC
has its own printers (the window's settings file, like the choices made in the print dialog)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QPushButton

from serre_desk.domain.people import PersonKind
from serre_desk.render.badge_formats import A4_MM, DEFAULT_FORMAT, FORMATS
from serre_desk.render.pickup_labels import DEFAULT_SIZE as DEFAULT_LABEL_SIZE
from serre_desk.render.pickup_labels import SIZES_MM as LABEL_SIZES
from serre_desk.ui.dialogs.settings.base import SettingsContext, SettingsPage
from serre_desk.ui.dialogs.settings.paper import page_size, write_note
from serre_desk.ui.kids_desk import PICKUP_LABELS
from serre_desk.ui.print_job import PrintJob
from serre_desk.ui.printing import DAILY_SHEET, EMERGENCY_LIST, PERIOD_REPORT, badge_key

BADGE_KINDS = (PersonKind.MEMBER, PersonKind.GUEST, PersonKind.STAFF)
BADGE_KEYS = tuple(badge_key(kind) for kind in BADGE_KINDS)
SHEET_KEYS = (DAILY_SHEET, PERIOD_REPORT, EMERGENCY_LIST)


@dataclass
class PrinterRow:
    keys: tuple[str, ...]  # the print memory's keys this choice sets
    printer: QComboBox
    paper: QComboBox | None
    test: QPushButton


class PrintersPage(SettingsPage):
    topic = "printers"

    def __init__(self, ctx: SettingsContext) -> None:
        super().__init__(
            ctx,
            self.tr("Printers"),
            self.tr(
                "Chosen for this computer only: each reception desk has its own printers. "
                "Anything printed can still go to another printer from the print dialog."
            ),
        )
        group = QGroupBox(self.tr("What prints where"))
        self.grid = QGridLayout(group)
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(2, 1)
        for column, text in enumerate(
            (self.tr("Documents"), self.tr("Printer"), self.tr("Paper"), "")
        ):
            self.grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        self.rows: dict[str, PrinterRow] = {}
        badge_formats = {name: self._format_label(name) for name in FORMATS}
        self._add("badges", self.tr("Badges"), BADGE_KEYS, badge_formats)
        self._add(
            "labels",
            self.tr("Pickup labels"),
            (PICKUP_LABELS,),
            {
                size: self.tr("label {width} × {height} mm").format(width=w, height=h)
                for size, (w, h) in ((k, (int(v[0]), int(v[1]))) for k, v in LABEL_SIZES.items())
            },
        )
        self._add("sheets", self.tr("Sheets and reports"), SHEET_KEYS, None)
        self.body.addWidget(group)

    def _format_label(self, name: str) -> str:
        spec = FORMATS[name]
        if name == "sheet":
            return self.tr("A4 sheet of {count} cards").format(count=len(spec.slots))
        if name == "card":
            return self.tr("card 85.6 × 54 mm")
        width, height = (int(side) for side in spec.page)
        return self.tr("label {width} × {height} mm").format(width=width, height=height)

    def _add(
        self, name: str, label: str, keys: tuple[str, ...], papers: dict[str, str] | None
    ) -> None:
        line = len(self.rows) + 1
        printer = QComboBox()
        printer.setAccessibleName(self.tr("Printer for: {what}").format(what=label))
        caption = QLabel(label)
        caption.setBuddy(printer)
        paper = None
        if papers is not None:
            paper = QComboBox()
            paper.setAccessibleName(self.tr("Paper for: {what}").format(what=label))
            for key, text in papers.items():
                paper.addItem(text, key)
        test = QPushButton(self.tr("Print a test page"))
        test.setAutoDefault(False)
        test.clicked.connect(lambda: self.print_test(name))
        self.grid.addWidget(caption, line, 0)
        self.grid.addWidget(printer, line, 1)
        if paper is not None:
            self.grid.addWidget(paper, line, 2)
        self.grid.addWidget(test, line, 3)
        self.rows[name] = PrinterRow(keys, printer, paper, test)

    # --- reading ------------------------------------------------------------------------------

    def load(self) -> None:
        printing = self.ctx.desk.printing
        names = printing.printers.names()
        default = printing.printers.default()
        memory = printing.memory
        for row in self.rows.values():
            row.printer.clear()
            row.printer.addItem(
                self.tr("This computer's default ({name})").format(name=default)
                if default
                else self.tr("This computer's default"),
                "",
            )
            for printer in names:
                row.printer.addItem(printer, printer)
            chosen = memory.printer(row.keys[0]) or ""
            index = row.printer.findData(chosen)
            row.printer.setCurrentIndex(max(0, index))
            row.test.setEnabled(bool(names))
        badges = self.rows["badges"].paper
        labels = self.rows["labels"].paper
        assert badges is not None and labels is not None
        chosen_format = memory.badge_format(PersonKind.MEMBER) or DEFAULT_FORMAT
        badges.setCurrentIndex(max(0, badges.findData(chosen_format)))
        size = memory.label_size() or DEFAULT_LABEL_SIZE
        labels.setCurrentIndex(max(0, labels.findData(size)))
        if not names:
            self.status.setText(
                self.tr("No printer is set up on this computer: documents open as PDF instead.")
            )

    # --- saving and testing -------------------------------------------------------------------

    def save(self) -> None:
        memory = self.ctx.desk.printing.memory
        labels = self.rows["labels"].paper
        badges = self.rows["badges"].paper
        assert labels is not None and badges is not None
        label_size = str(labels.currentData())
        new_size = label_size != (memory.label_size() or DEFAULT_LABEL_SIZE)
        for name, row in self.rows.items():
            for key in row.keys:
                chosen = str(row.printer.currentData() or "") or None
                memory.choose_printer(key, chosen, paper_changed=name == "labels" and new_size)
        memory.remember_label_size(label_size)
        for kind in BADGE_KINDS:
            memory.remember_badge_format(kind, str(badges.currentData()))
        self.clear_messages()
        self.saved(self.tr("Saved for this computer."))

    def print_test(self, name: str) -> None:
        """A test page on the row's printer and paper (the choice on screen, saved or not)."""
        row = self.rows[name]
        printing = self.ctx.desk.printing
        key = f"test-{name}"
        printing.memory.choose_printer(
            key, str(row.printer.currentData() or "") or None, paper_changed=True
        )
        if name == "labels" and row.paper is not None:
            width, height = LABEL_SIZES[str(row.paper.currentData())]
        elif name == "badges" and row.paper is not None:
            width, height = FORMATS[str(row.paper.currentData())].page
        else:
            width, height = A4_MM
        printer = row.printer.currentText()
        title = self.tr("Serre Desk test page")
        lines = [
            self.tr("Printer: {printer}").format(printer=printer),
            self.tr("Paper: {width} × {height} mm").format(width=width, height=height),
            self.tr("The frame shows the edge of the page: it should be whole."),
        ]
        pdf = write_note(
            printing.scratch_file(f"test-{name}.pdf"),
            title,
            lines,
            page_size(width, height),
            frame=True,
        )
        printing.print_direct(PrintJob(pdf, key, title))
        self.status.setText(
            self.tr("A test page is on its way to {printer}.").format(printer=printer)
        )

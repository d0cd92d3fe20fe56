"""The kids' space: children per educator for each age band, after how many wrong pickup codes
the pickup locks (until a manager overrides), and whether a one-day pickup authorisation (someone
allowed to collect a child today only) needs a manager."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QSpinBox

from serre_desk.domain.ratios import bands
from serre_desk.services.kids import read_ratios
from serre_desk.services.settings_admin import kids_options, save_kids_settings
from serre_desk.services.startup import Database
from serre_desk.ui.dialogs.settings.base import SettingsContext, SettingsPage


def _read(db: Database) -> tuple[dict[str, int], tuple[int, bool]]:
    return read_ratios(db), kids_options(db)


class KidsPage(SettingsPage):
    topic = "kids"

    def __init__(self, ctx: SettingsContext) -> None:
        super().__init__(
            ctx,
            self.tr("Kids' space"),
            self.tr(
                "The kids' space refuses a child when the educators inside cannot cover one "
                "more at these ratios. Any staff member checked in there counts as an educator."
            ),
        )
        ratios = QGroupBox(self.tr("Children per educator"))
        form = QFormLayout(ratios)
        self.ratios: dict[str, QSpinBox] = {}
        for band in bands():
            box = QSpinBox()
            box.setRange(0, 999)
            box.setSuffix(self.tr(" children"))
            label = QCoreApplication.translate("AgeBand", band.label)
            box.setAccessibleName(label)
            self.add_row(form, label, box, "ratio", band.key)
            self.ratios[band.key] = box
        self.body.addWidget(ratios)
        pickup = QGroupBox(self.tr("Pickup"))
        form = QFormLayout(pickup)
        self.wrong_codes = QSpinBox()
        self.wrong_codes.setRange(0, 999)
        self.wrong_codes.setSuffix(self.tr(" wrong codes"))
        self.add_row(form, self.tr("Lock the pickup after"), self.wrong_codes, "wrong_codes")
        self.one_day_manager = QCheckBox(self.tr("A one-day pickup authorisation needs a manager"))
        self.one_day_manager.setToolTip(
            self.tr("When on, staff ask a manager to approve an adult allowed for today only")
        )
        form.addRow(self.one_day_manager)
        self.body.addWidget(pickup)

    def load(self) -> None:
        db = self.ctx.desk.db
        self.read(lambda: _read(db), self._show)

    def _show(self, values: tuple[dict[str, int], tuple[int, bool]]) -> None:
        ratios, (wrong_codes, one_day_manager) = values
        for key, box in self.ratios.items():
            box.setValue(ratios[key])
        self.wrong_codes.setValue(wrong_codes)
        self.one_day_manager.setChecked(one_day_manager)

    def save(self) -> None:
        db, actor, now = self.ctx.desk.db, self.ctx.actor(), self.now
        ratios = {key: box.value() for key, box in self.ratios.items()}
        wrong, one_day = self.wrong_codes.value(), self.one_day_manager.isChecked()
        self.write(
            lambda: save_kids_settings(
                db, actor, ratios, wrong_codes=wrong, one_day_manager=one_day, now=now
            ),
            lambda _none: self.saved(),
        )

"""How the window writes times, dates, durations and kinds, in Italian or English."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from serre_desk.clock import to_local
from serre_desk.domain.audit_actions import action_label
from serre_desk.domain.errors import Refusal
from serre_desk.domain.people import PersonKind

_LOCALES = {
    "it": QLocale(QLocale.Language.Italian, QLocale.Country.Italy),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def locale_for(lang: str) -> QLocale:
    return _LOCALES.get(lang, _LOCALES["it"])


def clock_time(moment: datetime) -> str:
    """ "09:05", in venue time."""
    return to_local(moment).strftime("%H:%M")


def earlier_day(moment: datetime, now: datetime) -> bool:
    """True when `moment` fell on a venue day before `now`'s (someone inside since then)."""
    return to_local(moment).date() < to_local(now).date()


def since_text(moment: datetime, now: datetime) -> str:
    """When someone still inside came in: "08:25" today, "da ieri, 08:25" / "since yesterday,
    08:25" from yesterday, "dal 23/11/2026, 08:25" from an older day."""
    time = clock_time(moment)
    day = to_local(moment).date()
    if not earlier_day(moment, now):
        return time
    if day == to_local(now).date() - timedelta(days=1):
        return QCoreApplication.translate("Since", "since yesterday, {time}").format(time=time)
    return QCoreApplication.translate("Since", "since {date}, {time}").format(
        date=day.strftime("%d/%m/%Y"), time=time
    )


def long_date(moment: datetime, lang: str) -> str:
    """ "mercoledì 25 novembre 2026" / "Wednesday 25 November 2026"."""
    local = to_local(moment)
    return locale_for(lang).toString(QDate(local.year, local.month, local.day), "dddd d MMMM yyyy")


def short_date(moment: datetime, lang: str) -> str:
    """ "mer 25/11" / "Wed 25/11"."""
    local = to_local(moment)
    return locale_for(lang).toString(QDate(local.year, local.month, local.day), "ddd dd/MM")


def day_text(day: date | datetime, lang: str) -> str:
    """ "25/11/2026" (a date, or an instant's venue date)."""
    if isinstance(day, datetime):
        day = to_local(day).date()
    return locale_for(lang).toString(QDate(day.year, day.month, day.day), "dd/MM/yyyy")


def qt_say(context: str, text: str, n: int | None = None) -> str:
    """The window's catalogue as a `render.words.Say`: Qt's own translation, plural forms too."""
    if n is None:
        return QCoreApplication.translate(context, text)
    return QCoreApplication.translate(context, text, "", n)


def area_name(name: str) -> str:
    """An area's name in the window's language when it is a default name ("Spazio bimbi" is
    "Kids' space" in English), else as configured."""
    return QCoreApplication.translate("Area", name)


def kind_label(kind: PersonKind) -> str:
    return QCoreApplication.translate("PersonKind", kind.label)


def action_text(action: str) -> str:
    """An audit event's action in words ("check_in": "Entrata" / "Check-in")."""
    return QCoreApplication.translate("AuditAction", action_label(action))


def refused_text(refusal: Refusal) -> str:
    """Who was refused and why, for a manager asked to override: "Ágnes Nguyễn: …"."""
    if refusal.subject is None:
        return refusal.text()
    return f"{refusal.subject[1]}: {refusal.text()}"


def duration_between(start: datetime, end: datetime) -> str:
    """The time from `start` to `end` as the printed sheet counts it ("1 h 01 min"). The words
    come from `render/`, imported when the first duration is shown: not on the first screen."""
    from serre_desk.render.words import duration_between as words

    return words(start, end)

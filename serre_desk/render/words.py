"""The words of the printed reports (sheet, period report, emergency list, CSV headers).

Reports are made without Qt — by the command line, by a background task of the window, at
closing — so they look their words up in the window's own catalogue with the Qt-free reader of
the `.ts` files: `serre_desk.i18n.translate("Report", text, lang)`. Every string is marked here
with `QT_TRANSLATE_NOOP("Report", ...)` (month and weekday names too), so the catalogue tool
finds them and the Italian lives with every other word of the desk.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from serre_desk.clock import to_local
from serre_desk.domain.people import PersonKind
from serre_desk.domain.ratios import age_in_months
from serre_desk.i18n import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, translate, translate_n
from serre_desk.services.reports import Flag, elapsed_minutes

CONTEXT = "Report"
WEEKDAYS = (
    QT_TRANSLATE_NOOP("Report", "Monday"),
    QT_TRANSLATE_NOOP("Report", "Tuesday"),
    QT_TRANSLATE_NOOP("Report", "Wednesday"),
    QT_TRANSLATE_NOOP("Report", "Thursday"),
    QT_TRANSLATE_NOOP("Report", "Friday"),
    QT_TRANSLATE_NOOP("Report", "Saturday"),
    QT_TRANSLATE_NOOP("Report", "Sunday"),
)
WEEKDAYS_SHORT = (
    QT_TRANSLATE_NOOP("Report", "Mon"),
    QT_TRANSLATE_NOOP("Report", "Tue"),
    QT_TRANSLATE_NOOP("Report", "Wed"),
    QT_TRANSLATE_NOOP("Report", "Thu"),
    QT_TRANSLATE_NOOP("Report", "Fri"),
    QT_TRANSLATE_NOOP("Report", "Sat"),
    QT_TRANSLATE_NOOP("Report", "Sun"),
)
MONTHS = (
    QT_TRANSLATE_NOOP("Report", "January"),
    QT_TRANSLATE_NOOP("Report", "February"),
    QT_TRANSLATE_NOOP("Report", "March"),
    QT_TRANSLATE_NOOP("Report", "April"),
    QT_TRANSLATE_NOOP("Report", "May"),
    QT_TRANSLATE_NOOP("Report", "June"),
    QT_TRANSLATE_NOOP("Report", "July"),
    QT_TRANSLATE_NOOP("Report", "August"),
    QT_TRANSLATE_NOOP("Report", "September"),
    QT_TRANSLATE_NOOP("Report", "October"),
    QT_TRANSLATE_NOOP("Report", "November"),
    QT_TRANSLATE_NOOP("Report", "December"),
)

WORDS = (  # every other string the reports print, for the catalogue
    # titles and headings
    QT_TRANSLATE_NOOP("Report", "Attendance sheet"),
    QT_TRANSLATE_NOOP("Report", "Attendance report"),
    QT_TRANSLATE_NOOP("Report", "Emergency list"),
    QT_TRANSLATE_NOOP("Report", "Summary"),
    QT_TRANSLATE_NOOP("Report", "Total"),
    QT_TRANSLATE_NOOP("Report", "Occupancy by hour"),
    QT_TRANSLATE_NOOP("Report", "Occupancy by hour (highest in each hour)"),
    QT_TRANSLATE_NOOP("Report", "Visits per day"),
    QT_TRANSLATE_NOOP("Report", "Average occupancy by weekday and hour"),
    QT_TRANSLATE_NOOP("Report", "Busiest days"),
    QT_TRANSLATE_NOOP("Report", "Members and guests"),
    QT_TRANSLATE_NOOP("Report", "Members, guests and staff"),
    QT_TRANSLATE_NOOP("Report", "Kids' space"),
    QT_TRANSLATE_NOOP("Report", "Educators"),
    QT_TRANSLATE_NOOP("Report", "Signatures"),
    QT_TRANSLATE_NOOP("Report", "Staff on duty"),
    QT_TRANSLATE_NOOP("Report", "Manager"),
    QT_TRANSLATE_NOOP("Report", "Name"),
    QT_TRANSLATE_NOOP("Report", "Signature"),
    QT_TRANSLATE_NOOP("Report", "Desk users: {users}"),
    # header and footer
    QT_TRANSLATE_NOOP("Report", "Page {page} of {pages}"),
    QT_TRANSLATE_NOOP("Report", "Generated on {date} at {time}"),
    QT_TRANSLATE_NOOP("Report", "opening hours {opens}–{closes}"),
    QT_TRANSLATE_NOOP("Report", "closed"),
    QT_TRANSLATE_NOOP("Report", "a {hours}-hour day (clocks changed)"),
    QT_TRANSLATE_NOOP("Report", "{first} – {last}"),
    QT_TRANSLATE_NOOP("Report", "Guests anonymised under the retention rules."),
    QT_TRANSLATE_NOOP(
        "Report",
        "Confidential: personal data processed under the GDPR (EU Reg. 2016/679) to record "
        "attendance, as described in the venue's privacy notice. No health data is printed. Keep "
        "under lock and destroy according to the retention rules.",
    ),
    QT_TRANSLATE_NOOP(
        "Report",
        "Confidential, for the roll call at the assembly point only: destroy after use.",
    ),
    # table columns
    QT_TRANSLATE_NOOP("Report", "Kind"),
    QT_TRANSLATE_NOOP("Report", "Organisation"),
    QT_TRANSLATE_NOOP("Report", "In"),
    QT_TRANSLATE_NOOP("Report", "Out"),
    QT_TRANSLATE_NOOP("Report", "Duration"),
    QT_TRANSLATE_NOOP("Report", "Notes"),
    QT_TRANSLATE_NOOP("Report", "Child"),
    QT_TRANSLATE_NOOP("Report", "Age"),
    QT_TRANSLATE_NOOP("Report", "Brought by"),
    QT_TRANSLATE_NOOP("Report", "Collected by"),
    QT_TRANSLATE_NOOP("Report", "Pickup"),
    QT_TRANSLATE_NOOP("Report", "Since"),
    QT_TRANSLATE_NOOP("Report", "Phone"),
    QT_TRANSLATE_NOOP("Report", "Allergy"),
    QT_TRANSLATE_NOOP("Report", "Guardians (phone)"),
    QT_TRANSLATE_NOOP("Report", "Date"),
    QT_TRANSLATE_NOOP("Report", "Day"),
    QT_TRANSLATE_NOOP("Report", "Visits"),
    QT_TRANSLATE_NOOP("Report", "People"),
    QT_TRANSLATE_NOOP("Report", "Peak"),
    # kinds
    QT_TRANSLATE_NOOP("Report", "Member"),
    QT_TRANSLATE_NOOP("Report", "Guest"),
    QT_TRANSLATE_NOOP("Report", "Staff"),
    QT_TRANSLATE_NOOP("Report", "Educator"),
    QT_TRANSLATE_NOOP("Report", "Members"),
    QT_TRANSLATE_NOOP("Report", "Guests"),
    QT_TRANSLATE_NOOP("Report", "Anonymous guest {n}"),
    QT_TRANSLATE_NOOP("Report", "Anonymous {n}"),
    # summary lines
    QT_TRANSLATE_NOOP("Report", "peak {peak}/{capacity} at {time}"),
    QT_TRANSLATE_NOOP("Report", "no one inside"),
    QT_TRANSLATE_NOOP("Report", "average stay {duration}"),
    QT_TRANSLATE_NOOP("Report", "average stay {duration}, auto check-outs left out"),
    QT_TRANSLATE_NOOP("Report", "{duration} (auto check-outs left out)"),
    QT_TRANSLATE_NOOP("Report", "nothing to report"),
    QT_TRANSLATE_NOOP("Report", "No visits."),
    QT_TRANSLATE_NOOP("Report", "capacity {capacity}"),
    QT_TRANSLATE_NOOP("Report", "Nobody is inside."),
    QT_TRANSLATE_NOOP(
        "Report",
        "Everyone inside at {time}, per area. Tick each person present at the assembly point.",
    ),
    # flags
    QT_TRANSLATE_NOOP("Report", "auto check-out"),
    QT_TRANSLATE_NOOP("Report", "time corrected"),
    QT_TRANSLATE_NOOP("Report", "capacity override"),
    QT_TRANSLATE_NOOP("Report", "released with an override"),
    QT_TRANSLATE_NOOP("Report", "late pickup"),
    QT_TRANSLATE_NOOP("Report", "still inside"),
    QT_TRANSLATE_NOOP("Report", "not checked out"),
    QT_TRANSLATE_NOOP("Report", "since {date} {time}"),
    QT_TRANSLATE_NOOP("Report", "continues until {date} {time}"),
    QT_TRANSLATE_NOOP("Report", "code matched"),
    QT_TRANSLATE_NOOP("Report", "no code check"),
    QT_TRANSLATE_NOOP("Report", "allergy"),
    # period report
    QT_TRANSLATE_NOOP("Report", "Open days"),
    QT_TRANSLATE_NOOP("Report", "Average visits per open day"),
    QT_TRANSLATE_NOOP("Report", "Highest peak"),
    QT_TRANSLATE_NOOP("Report", "Visits by members"),
    QT_TRANSLATE_NOOP("Report", "Visits by guests"),
    QT_TRANSLATE_NOOP("Report", "Visits by staff"),
    QT_TRANSLATE_NOOP("Report", "Distinct members"),
    QT_TRANSLATE_NOOP("Report", "Distinct guests"),
    QT_TRANSLATE_NOOP("Report", "Distinct staff"),
    QT_TRANSLATE_NOOP("Report", "Average stay"),
    QT_TRANSLATE_NOOP("Report", "Child visits"),
    QT_TRANSLATE_NOOP("Report", "Distinct children"),
    QT_TRANSLATE_NOOP("Report", "Average stay of children"),
    QT_TRANSLATE_NOOP("Report", "Pickup overrides"),
    QT_TRANSLATE_NOOP("Report", "Late pickups"),
    QT_TRANSLATE_NOOP("Report", "Auto check-outs"),
    QT_TRANSLATE_NOOP("Report", "average"),
    QT_TRANSLATE_NOOP("Report", "peak"),
    QT_TRANSLATE_NOOP("Report", "No visits in this period."),
    # CSV export
    QT_TRANSLATE_NOOP("Report", "Person id"),
    QT_TRANSLATE_NOOP("Report", "Area"),
    QT_TRANSLATE_NOOP("Report", "Check-in"),
    QT_TRANSLATE_NOOP("Report", "Check-out"),
    QT_TRANSLATE_NOOP("Report", "Duration (minutes)"),
    QT_TRANSLATE_NOOP("Report", "Flags"),
)

KIND_WORDS = {
    PersonKind.MEMBER: "Member",
    PersonKind.GUEST: "Guest",
    PersonKind.STAFF: "Staff",
    PersonKind.CHILD: "Child",
}
FLAG_WORDS = {
    Flag.AUTO_CLOSED: "auto check-out",
    Flag.CORRECTED: "time corrected",
    Flag.OVERRIDE: "capacity override",
    Flag.PICKUP_OVERRIDE: "released with an override",
    Flag.LATE_PICKUP: "late pickup",
    Flag.STILL_INSIDE: "still inside",
}


# The default areas' names (domain/venue.py) are the venue's own Italian words; the English
# catalogue gives their English ("Kids' space"). A name a manager typed is shown as typed.
AREA_NAMES = (QT_TRANSLATE_NOOP("Area", "Coworking"), QT_TRANSLATE_NOOP("Area", "Spazio bimbi"))


def area_name(name: str, lang: str | None = None) -> str:
    """An area's name in `lang` when it is a default name, else as configured."""
    return translate("Area", name, lang)


def tr(text: str, lang: str) -> str:
    """`text` (English source) in `lang`; the source itself when the catalogue lacks it."""
    return translate(CONTEXT, text, lang)


def long_date(day: date, lang: str) -> str:
    """ "mercoledì 25 novembre 2026" / "Wednesday 25 November 2026"."""
    weekday, month = tr(WEEKDAYS[day.weekday()], lang), tr(MONTHS[day.month - 1], lang)
    return f"{weekday} {day.day} {month} {day.year}"


def short_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def weekday_short(weekday: int, lang: str) -> str:
    return tr(WEEKDAYS_SHORT[weekday], lang)


def clock(moment: datetime) -> str:
    """Venue wall-clock time, "09:05"."""
    return to_local(moment).strftime("%H:%M")


def duration(minutes: int) -> str:
    """ "2 h 05 min", "2 h 00 min", "45 min": the same in both languages, on paper and in the
    window (the one place a length of time is written)."""
    hours, rest = divmod(max(0, minutes), 60)
    return f"{hours} h {rest:02d} min" if hours else f"{rest} min"


def duration_between(start: datetime, end: datetime) -> str:
    """The time from `start` to `end` as the sheet counts it: the minutes of the clock, so
    09:00:50–10:01:10 is "1 h 01 min" in the window as on the sheet's 09:00–10:01."""
    return duration(elapsed_minutes(start, end))


def average_stay(minutes: int, counts_auto_closed: int, lang: str) -> str:
    """ "average stay 2 h 05 min", saying so when auto-closed visits were left out of it."""
    if counts_auto_closed:
        template = "average stay {duration}, auto check-outs left out"
    else:
        template = "average stay {duration}"
    return tr(template, lang).format(duration=duration(minutes))


def number(value: float, lang: str, places: int = 0) -> str:
    """ "39,0" and "1.250" in Italian, "39.0" and "1,250" in English (halves round up)."""
    rounded = Decimal(str(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{places}f}"
    return text.translate(str.maketrans(",.", ".,")) if lang == "it" else text


PLURALS = {  # "%n" messages with Qt's numerus forms: "1 visita", "3 visite"
    "member": QT_TRANSLATE_N_NOOP("Report", "%n member(s)"),
    "guest": QT_TRANSLATE_N_NOOP("Report", "%n guest(s)"),
    "child": QT_TRANSLATE_N_NOOP("Report", "%n child(ren)"),
    "staff": QT_TRANSLATE_N_NOOP("Report", "%n staff"),
    "educator": QT_TRANSLATE_N_NOOP("Report", "%n educator(s)"),
    "visit": QT_TRANSLATE_N_NOOP("Report", "%n visit(s)"),
    "person": QT_TRANSLATE_N_NOOP("Report", "%n person(s)"),
    "inside": QT_TRANSLATE_N_NOOP("Report", "%n inside"),
    "auto_closed": QT_TRANSLATE_N_NOOP("Report", "%n auto check-out(s)"),
    "corrected": QT_TRANSLATE_N_NOOP("Report", "%n corrected time(s)"),
    "override": QT_TRANSLATE_N_NOOP("Report", "%n override(s)"),
    "late_pickup": QT_TRANSLATE_N_NOOP("Report", "%n late pickup(s)"),
}


def how_many(count: int, noun: str, lang: str) -> str:
    """ "1 visita" / "3 visite" for the nouns of PLURALS."""
    return translate_n(CONTEXT, PLURALS[noun], count, lang)


Say = Callable[[str, str, int | None], str]
"""A translator: (context, English source, n for a "%n" message with plural forms) → the text."""


def catalogue(lang: str | None = None) -> Say:
    """The catalogue's words in `lang` (default: the current language), without Qt."""

    def say(context: str, text: str, n: int | None = None) -> str:
        return translate(context, text, lang) if n is None else translate_n(context, text, n, lang)

    return say


AGE_WORDS = (
    QT_TRANSLATE_N_NOOP("Age", "%n year(s)"),
    QT_TRANSLATE_N_NOOP("Age", "%n month(s)"),
    QT_TRANSLATE_NOOP("Age", "{years} {months}"),  # "4 anni e 2 mesi" / "4 years 2 months"
)


def age_words(months: int, say: Say) -> str:
    """An age in words: "4 anni e 2 mesi" / "4 years 2 months", "1 anno e 1 mese", "6 mesi"
    under a year, "3 anni" in a birthday month. The window (`say` through Qt) and the printed
    lists (`catalogue(lang)`) say it alike."""
    years_words, months_words, both = AGE_WORDS
    years, rest = divmod(max(0, months), 12)
    month_text = say("Age", months_words, rest)
    if not years:
        return month_text
    year_text = say("Age", years_words, years)
    if not rest:
        return year_text
    return say("Age", both, None).format(years=year_text, months=month_text)


def age(birth: date, on: date, lang: str) -> str:
    """A child's age on the day `on`, in words, in `lang` (see `age_words`)."""
    return age_words(age_in_months(birth, on), catalogue(lang))

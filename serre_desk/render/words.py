"""The words of the printed reports (sheet, period report, emergency list, CSV headers).

Reports are made without Qt — by the command line, by a background task of the window, at
closing — and must read right in Italian on their own, so their wording lives in this one Qt-free
table (English source → Italian), month and weekday names included. It is the only mechanism the
reports use; adding a language means adding a table.
"""

from __future__ import annotations

from datetime import date, datetime

from serre_desk.clock import to_local
from serre_desk.domain.people import PersonKind
from serre_desk.services.reports import Flag

WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}
WEEKDAYS_SHORT = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "it": ("lun", "mar", "mer", "gio", "ven", "sab", "dom"),
}
MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "it": (
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
        "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre",
    ),
}

ITALIAN = {
    # titles and headings
    "Attendance sheet": "Foglio presenze",
    "Attendance report": "Rapporto presenze",
    "Emergency list": "Lista di emergenza",
    "Summary": "Riepilogo",
    "Total": "Totale",
    "Occupancy by hour": "Presenze per ora",
    "Occupancy by hour (highest in each hour)": "Presenze per ora (massimo in ogni ora)",
    "Visits per day": "Visite al giorno",
    "Average occupancy by weekday and hour": "Presenze medie per giorno della settimana e ora",
    "Busiest days": "Giorni più affollati",
    "Members and guests": "Membri e ospiti",
    "Kids' space": "Spazio bimbi",
    "Educators": "Educatori",
    "Signatures": "Firme",
    "Staff on duty": "Personale in servizio",
    "Manager": "Responsabile",
    "Name": "Nome",
    "Signature": "Firma",
    "Desk users: {users}": "Utenti del banco: {users}",
    # header and footer
    "Page {page} of {pages}": "Pagina {page} di {pages}",
    "Generated on {date} at {time}": "Generato il {date} alle {time}",
    "opening hours {opens}–{closes}": "orario {opens}–{closes}",
    "closed": "chiuso",
    "a {hours}-hour day (clocks changed)": "giornata di {hours} ore (cambio dell'ora)",
    "{first} – {last}": "{first} – {last}",
    "Guests anonymised under the retention rules.":
        "Ospiti resi anonimi secondo i tempi di conservazione.",
    "Confidential: personal data processed under the GDPR (EU Reg. 2016/679) to record "
    "attendance, as described in the venue's privacy notice. No health data is printed. Keep "
    "under lock and destroy according to the retention rules.":
        "Documento riservato: dati personali trattati ai sensi del GDPR (Reg. UE 2016/679) per la "
        "registrazione delle presenze, come descritto nell'informativa privacy della sede. Nessun "
        "dato sanitario è stampato. Conservare sotto chiave e distruggere secondo i tempi di "
        "conservazione.",
    "Confidential, for the roll call at the assembly point only: destroy after use.":
        "Riservato, solo per l'appello al punto di raccolta: distruggere dopo l'uso.",
    # table columns
    "Kind": "Tipo",
    "Organisation": "Organizzazione",
    "In": "Entrata",
    "Out": "Uscita",
    "Duration": "Durata",
    "Notes": "Note",
    "Child": "Bambino",
    "Age": "Età",
    "Brought by": "Accompagnato da",
    "Collected by": "Ritirato da",
    "Pickup": "Ritiro",
    "Since": "Dalle",
    "Allergy": "Allergia",
    "Guardians (phone)": "Genitori / delegati (telefono)",
    "Date": "Data",
    "Day": "Giorno",
    "Visits": "Visite",
    "People": "Persone",
    "Peak": "Picco",
    # kinds
    "Member": "Membro",
    "Guest": "Ospite",
    "Staff": "Staff",
    "Educator": "Educatore",
    "Members": "Membri",
    "Guests": "Ospiti",
    "1 member": "1 membro",
    "{count} members": "{count} membri",
    "1 guest": "1 ospite",
    "{count} guests": "{count} ospiti",
    "1 child": "1 bambino",
    "{count} children": "{count} bambini",
    "1 staff": "1 staff",
    "{count} staff": "{count} staff",
    "1 educator": "1 educatore",
    "{count} educators": "{count} educatori",
    "1 visit": "1 visita",
    "{count} visits": "{count} visite",
    "1 person": "1 persona",
    "{count} people": "{count} persone",
    "1 inside": "1 presente",
    "{count} inside": "{count} presenti",
    "Anonymous guest {n}": "Ospite anonimo {n}",
    "Anonymous {n}": "Anonimo {n}",
    # summary lines
    "peak {peak}/{capacity} at {time}": "picco {peak}/{capacity} alle {time}",
    "no one inside": "nessuna presenza",
    "average stay {duration}": "permanenza media {duration}",
    "{count} auto check-outs": "{count} uscite automatiche",
    "1 auto check-out": "1 uscita automatica",
    "{count} corrected times": "{count} orari corretti",
    "1 corrected time": "1 orario corretto",
    "{count} overrides": "{count} deroghe",
    "1 override": "1 deroga",
    "{count} late pickups": "{count} ritiri in ritardo",
    "1 late pickup": "1 ritiro in ritardo",
    "nothing to report": "nulla da segnalare",
    "No visits.": "Nessuna visita.",
    "capacity {capacity}": "capienza {capacity}",
    "Nobody is inside.": "Nessuno è presente.",
    "Everyone inside at {time}, per area. Tick each person present at the assembly point.":
        "Tutti i presenti alle {time}, per area. Spuntare ogni persona presente al punto di "
        "raccolta.",
    # flags
    "auto check-out": "uscita automatica",
    "time corrected": "orario corretto",
    "capacity override": "deroga capienza",
    "released with an override": "ritiro con deroga",
    "late pickup": "ritiro in ritardo",
    "still inside": "ancora presente",
    "not checked out": "uscita non registrata",
    "since {date} {time}": "dal {date} alle {time}",
    "continues until {date} {time}": "prosegue fino al {date} alle {time}",
    "code matched": "codice corrispondente",
    "no code check": "codice non verificato",
    "allergy": "allergia",
    # ages and units
    "{n} y": "{n} a",
    "{n} mo": "{n} m",
    # period report
    "Open days": "Giorni di apertura",
    "Average visits per open day": "Visite medie per giorno di apertura",
    "Highest peak": "Picco massimo",
    "Visits by members": "Visite di membri",
    "Visits by guests": "Visite di ospiti",
    "Distinct members": "Membri diversi",
    "Distinct guests": "Ospiti diversi",
    "Average stay": "Permanenza media",
    "Child visits": "Visite di bambini",
    "Distinct children": "Bambini diversi",
    "Average stay of children": "Permanenza media dei bambini",
    "Pickup overrides": "Ritiri con deroga",
    "Late pickups": "Ritiri in ritardo",
    "Auto check-outs": "Uscite automatiche",
    "average": "media",
    "peak": "picco",
    "No visits in this period.": "Nessuna visita in questo periodo.",
    # CSV export
    "Person id": "ID persona",
    "Area": "Area",
    "Check-in": "Ingresso",
    "Check-out": "Uscita",
    "Duration (minutes)": "Durata (minuti)",
    "Flags": "Segnalazioni",
}

_TABLES = {"it": ITALIAN}

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


def tr(text: str, lang: str) -> str:
    """`text` (English source) in `lang`; English when the language has no table."""
    table = _TABLES.get(lang)
    return table.get(text, text) if table else text


def long_date(day: date, lang: str) -> str:
    """"mercoledì 25 novembre 2026" / "Wednesday 25 November 2026"."""
    names = WEEKDAYS.get(lang, WEEKDAYS["en"])
    months = MONTHS.get(lang, MONTHS["en"])
    return f"{names[day.weekday()]} {day.day} {months[day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def weekday_short(weekday: int, lang: str) -> str:
    return WEEKDAYS_SHORT.get(lang, WEEKDAYS_SHORT["en"])[weekday]


def clock(moment: datetime) -> str:
    """Venue wall-clock time, "09:05"."""
    return to_local(moment).strftime("%H:%M")


def duration(minutes: int) -> str:
    """"2 h 35 min", "2 h", "45 min" (the same in both languages)."""
    hours, rest = divmod(max(0, minutes), 60)
    if hours and rest:
        return f"{hours} h {rest} min"
    if hours:
        return f"{hours} h"
    return f"{rest} min"


def counted(count: int, one: str, many: str, lang: str) -> str:
    """"1 override" / "3 overrides", with the count put in."""
    return tr(one, lang) if count == 1 else tr(many, lang).format(count=count)


PLURALS = {
    "member": ("1 member", "{count} members"),
    "guest": ("1 guest", "{count} guests"),
    "child": ("1 child", "{count} children"),
    "staff": ("1 staff", "{count} staff"),
    "educator": ("1 educator", "{count} educators"),
    "visit": ("1 visit", "{count} visits"),
    "person": ("1 person", "{count} people"),
    "inside": ("1 inside", "{count} inside"),
}


def how_many(count: int, noun: str, lang: str) -> str:
    """"1 visita" / "3 visite" for the nouns of PLURALS."""
    one, many = PLURALS[noun]
    return counted(count, one, many, lang)


def age(birth: date, on: date, lang: str) -> str:
    """Whole years from 2 years on, months before: "4 a" / "18 m"."""
    months = (on.year - birth.year) * 12 + on.month - birth.month - (on.day < birth.day)
    if months < 24:
        return tr("{n} mo", lang).format(n=max(0, months))
    return tr("{n} y", lang).format(n=months // 12)

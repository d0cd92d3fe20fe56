"""An audit event's detail in words, for the manager reading the audit browser.

The desk writes each event's detail as data (`{"area": "coworking", "override": true, ...}`);
`describe` turns it into a line in the window's language ("Capienza superata: Coworking,
20 posti"), naming people instead of their ids and giving times in venue time. People and areas
come through `Names` (read by the caller); an erased or anonymised person reads as such, never as
the name they had. Ids only the machinery needs (visits, badges, events) are left out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from serre_desk.clock import local_date, parse_instant, to_local
from serre_desk.domain.people import PersonKind
from serre_desk.domain.venue import WEEKDAYS
from serre_desk.i18n import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, translate, translate_n

CONTEXT = "AuditDetail"
SEPARATOR = " · "
# Detail keys that hold a person's id, or a list of them.
PERSON_KEYS = ("adult", "brought_by", "collected_by")
PEOPLE_KEYS = ("guardians", "not_authorised", "children_inside")

ERASED = QT_TRANSLATE_NOOP("AuditDetail", "erased person")


def people_in(subject_id: int | None, detail: Mapping[str, Any]) -> set[int]:
    """The ids of every person an event names: its subject and those in its detail."""
    ids = {subject_id} if subject_id is not None else set()
    ids |= {int(detail[k]) for k in PERSON_KEYS if isinstance(detail.get(k), int)}
    for key in PEOPLE_KEYS:
        ids |= {int(i) for i in detail.get(key) or () if isinstance(i, int)}
    return ids


@dataclass(frozen=True)
class Names:
    """Who and where the ids and keys of events are. `people` maps an id to the person's name,
    or to None for someone erased or anonymised."""

    people: Mapping[int, str | None] = field(default_factory=dict)
    areas: Mapping[str, str] = field(default_factory=dict)
    lang: str | None = None

    def t(self, text: str, **params: Any) -> str:
        return translate(CONTEXT, text, self.lang).format(**params)

    def n(self, text: str, count: int, **params: Any) -> str:
        return translate_n(CONTEXT, text, count, self.lang).format(**params)

    def person(self, person_id: int | None) -> str:
        if person_id is None:
            return ""
        if person_id not in self.people:
            return f"#{person_id}"  # not in the database any more
        name = self.people[person_id]
        return name if name is not None else self.t(ERASED)

    def persons(self, ids: Iterable[int]) -> str:
        return ", ".join(self.person(i) for i in ids)

    def area(self, key: Any) -> str:
        name = self.areas.get(str(key), str(key))
        return translate("Area", name, self.lang)

    def kind(self, value: Any) -> str:
        try:
            return translate("PersonKind", PersonKind(value).label, self.lang)
        except ValueError:
            return str(value)


def day_text(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def time_text(iso: Any, on: date | None = None) -> str:
    """A stored instant in venue time: "09:05", with its date when it is not on the day `on`."""
    moment = to_local(parse_instant(str(iso)))
    if on is not None and moment.date() == on:
        return moment.strftime("%H:%M")
    return moment.strftime("%d/%m/%Y %H:%M")


def _day(iso: Any) -> str:
    return day_text(date.fromisoformat(str(iso)[:10]))


Describe = Callable[[Mapping[str, Any], Names, date], list[str]]


def _movement(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    """Check-ins and check-outs: the area, and what was special about it."""
    parts = [names.area(detail.get("area"))]
    if detail.get("moved_from"):
        parts.append(
            names.t(
                QT_TRANSLATE_NOOP("AuditDetail", "moved from {area}"),
                area=names.area(detail["moved_from"]),
            )
        )
    if detail.get("corrected") and detail.get("time"):
        parts.append(
            names.t(
                QT_TRANSLATE_NOOP("AuditDetail", "Corrected time: {time}"),
                time=time_text(detail["time"], on),
            )
        )
    if detail.get("override") or detail.get("over_capacity"):
        area = names.area(detail.get("area"))
        if isinstance(detail.get("capacity"), int):
            places = names.n(QT_TRANSLATE_N_NOOP("AuditDetail", "%n place(s)"), detail["capacity"])
            parts.append(
                names.t(
                    QT_TRANSLATE_NOOP("AuditDetail", "Capacity exceeded: {area}, {places}"),
                    area=area,
                    places=places,
                )
            )
        elif detail.get("over_capacity") or not detail.get("over_ratio"):
            parts.append(
                names.t(QT_TRANSLATE_NOOP("AuditDetail", "Capacity exceeded: {area}"), area=area)
            )
    if detail.get("over_ratio"):
        parts.append(names.t(QT_TRANSLATE_NOOP("AuditDetail", "Too few educators for the ratio")))
    if detail.get("brought_by") is not None:
        parts.append(
            names.t(
                QT_TRANSLATE_NOOP("AuditDetail", "Brought by {name}"),
                name=names.person(detail["brought_by"]),
            )
        )
    if detail.get("expected_pickup"):
        time = time_text(detail["expected_pickup"], on)
        parts.append(
            names.t(QT_TRANSLATE_NOOP("AuditDetail", "Pickup expected at {time}"), time=time)
        )
    if detail.get("collected_by") is not None:
        adult = names.person(detail["collected_by"])
        if detail.get("pickup") == "override":
            parts.append(
                names.t(
                    QT_TRANSLATE_NOOP("AuditDetail", "Released to {name} by a manager's decision"),
                    name=adult,
                )
            )
        else:
            parts.append(
                names.t(
                    QT_TRANSLATE_NOOP("AuditDetail", "Collected by {name} with the pickup code"),
                    name=adult,
                )
            )
    if detail.get("warnings"):
        parts.append(_warned(detail["warnings"], names))
    return parts


# What a check-in warned about (the codes its audit keeps), in words.
_WARNED = {
    "plan": QT_TRANSLATE_NOOP("AuditDetail", "plan used up, expired or no seat left"),
    "notice": QT_TRANSLATE_NOOP("AuditDetail", "privacy notice not yet acknowledged"),
    "ratio": QT_TRANSLATE_NOOP("AuditDetail", "too few educators left in the area moved from"),
}


def _warned(codes: Iterable[Any], names: Names) -> str:
    said = ", ".join(names.t(_WARNED[c]) if c in _WARNED else str(c) for c in codes)
    return names.t(QT_TRANSLATE_NOOP("AuditDetail", "Warned: {what}"), what=said)


def _auto_close(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    time = time_text(detail.get("time"), on) if detail.get("time") else ""
    return [
        names.t(
            QT_TRANSLATE_NOOP("AuditDetail", "{area}: checked out at {time}"),
            area=names.area(detail.get("area")),
            time=time,
        )
    ]


PICKUP_PROBLEMS = {
    "no_code": QT_TRANSLATE_NOOP("AuditDetail", "No pickup code given"),
    "locked": QT_TRANSLATE_NOOP("AuditDetail", "Too many wrong codes: only a manager can release"),
    "wrong_code": QT_TRANSLATE_NOOP("AuditDetail", "Wrong pickup code"),
    "not_authorised": QT_TRANSLATE_NOOP("AuditDetail", "Not authorised to collect"),
    "marked_not_authorised": QT_TRANSLATE_NOOP(
        "AuditDetail", "Marked as NOT authorised to collect"
    ),
    "authorisation_expired": QT_TRANSLATE_NOOP("AuditDetail", "One-day authorisation expired"),
}


def _pickup_refused(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    problem = str(detail.get("problem", ""))
    text = names.t(PICKUP_PROBLEMS.get(problem, QT_TRANSLATE_NOOP("AuditDetail", "Refused")))
    if problem == "wrong_code" and isinstance(detail.get("attempt"), int):
        limit = detail.get("limit")
        if isinstance(limit, int):
            text += " " + names.t(
                QT_TRANSLATE_NOOP("AuditDetail", "({count} of {limit})"),
                count=detail["attempt"],
                limit=limit,
            )
    parts = [text]
    if detail.get("adult") is not None:
        parts.append(
            names.t(
                QT_TRANSLATE_NOOP("AuditDetail", "Adult: {name}"),
                name=names.person(detail["adult"]),
            )
        )
    return parts


SCAN_REFUSALS = {
    "badge_revoked": QT_TRANSLATE_NOOP("AuditDetail", "Revoked badge"),
    "badge_tampered": QT_TRANSLATE_NOOP("AuditDetail", "Tampered or mistyped badge code"),
    "badge_foreign": QT_TRANSLATE_NOOP("AuditDetail", "Badge of another venue"),
    "badge_unreadable": QT_TRANSLATE_NOOP("AuditDetail", "Not a Serre badge"),
}


def _scan_refused(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    code = str(detail.get("refusal", ""))
    if code in SCAN_REFUSALS:
        parts = [names.t(SCAN_REFUSALS[code])]
    elif detail.get("message"):  # expired and the like: the reason the desk gave, in words
        params = detail.get("params") or {}
        parts = [translate("Refusal", str(detail["message"]), names.lang).format(**params)]
    else:
        parts = [names.t(QT_TRANSLATE_NOOP("AuditDetail", "Refused"))]
    if detail.get("locked"):
        parts.append(names.t(QT_TRANSLATE_NOOP("AuditDetail", "at the locked desk")))
    return parts


def _self_service(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    area = names.area(detail.get("area"))
    if detail.get("movement") == "check_out":
        return [
            names.t(
                QT_TRANSLATE_NOOP("AuditDetail", "Checked out of {area} at the locked desk"),
                area=area,
            )
        ]
    return [
        names.t(
            QT_TRANSLATE_NOOP("AuditDetail", "Checked in to {area} at the locked desk"), area=area
        )
    ]


def _undo(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    area = names.area(detail.get("area"))
    if detail.get("undone") == "check_out":
        return [
            names.t(QT_TRANSLATE_NOOP("AuditDetail", "Check-out from {area} undone"), area=area)
        ]
    return [names.t(QT_TRANSLATE_NOOP("AuditDetail", "Check-in to {area} undone"), area=area)]


def _badge_issue(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    kind = detail.get("kind")
    if detail.get("valid_until"):
        last_day = local_date(parse_instant(str(detail["valid_until"]))) - timedelta(days=1)
        return [
            names.t(QT_TRANSLATE_NOOP("AuditDetail", "Day pass for {day}"), day=day_text(last_day))
        ]
    if kind == PersonKind.STAFF.value:
        return [names.t(QT_TRANSLATE_NOOP("AuditDetail", "Staff badge"))]
    return [names.t(QT_TRANSLATE_NOOP("AuditDetail", "Member badge"))]


def _badge_revoke(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    if detail.get("replaced_by") is not None:
        return [names.t(QT_TRANSLATE_NOOP("AuditDetail", "Replaced by a new badge"))]
    return [names.t(QT_TRANSLATE_NOOP("AuditDetail", "Withdrawn"))]


FIELDS = {
    "name": QT_TRANSLATE_NOOP("AuditDetail", "name"),
    "organisation": QT_TRANSLATE_NOOP("AuditDetail", "organisation"),
    "email": QT_TRANSLATE_NOOP("AuditDetail", "email"),
    "phone": QT_TRANSLATE_NOOP("AuditDetail", "phone"),
    "default_area": QT_TRANSLATE_NOOP("AuditDetail", "usual area"),
    "membership_ends": QT_TRANSLATE_NOOP("AuditDetail", "membership end"),
    "kind": QT_TRANSLATE_NOOP("AuditDetail", "kind of person"),
    "privacy_ack_at": QT_TRANSLATE_NOOP("AuditDetail", "privacy notice acknowledged"),
    "photo_consent": QT_TRANSLATE_NOOP("AuditDetail", "photo consent"),
    "health_notes": QT_TRANSLATE_NOOP("AuditDetail", "health notes"),
    "birth_date": QT_TRANSLATE_NOOP("AuditDetail", "birth date"),
}


def _from_import(detail: Mapping[str, Any], names: Names) -> list[str]:
    return (
        [names.t(QT_TRANSLATE_NOOP("AuditDetail", "from an imported file"))]
        if detail.get("source") == "import"
        else []
    )


def _person_add(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    parts = [names.kind(detail.get("kind"))] if detail.get("kind") else []
    if detail.get("guardians"):
        parts.append(
            names.t(
                QT_TRANSLATE_NOOP("AuditDetail", "May collect: {names}"),
                names=names.persons(detail["guardians"]),
            )
        )
    if detail.get("not_authorised"):
        who = names.persons(detail["not_authorised"])
        parts.append(
            names.t(
                QT_TRANSLATE_NOOP("AuditDetail", "NOT authorised to collect: {names}"), names=who
            )
        )
    if detail.get("health_notes"):
        parts.append(names.t(QT_TRANSLATE_NOOP("AuditDetail", "health notes recorded")))
    if detail.get("photo_consent"):
        parts.append(names.t(QT_TRANSLATE_NOOP("AuditDetail", "photo consent given")))
    if detail.get("privacy_notice_shown"):
        parts.append(names.t(QT_TRANSLATE_NOOP("AuditDetail", "privacy notice shown")))
    return parts + _from_import(detail, names)


def _person_edit(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    changed = [
        names.t(FIELDS[f]) if f in FIELDS else f.replace("_", " ")
        for f in detail.get("fields") or ()
    ]
    parts = (
        [names.t(QT_TRANSLATE_NOOP("AuditDetail", "Changed: {fields}"), fields=", ".join(changed))]
        if changed
        else []
    )
    return parts + _from_import(detail, names)


def _anonymised(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    parts = [names.kind(detail.get("kind"))] if detail.get("kind") else []
    links = int(detail.get("guardian_links") or 0)
    if links:
        parts.append(
            names.n(QT_TRANSLATE_N_NOOP("AuditDetail", "%n guardian link(s) removed"), links)
        )
    return parts


def _child_data_removed(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    links = int(detail.get("guardian_links") or 0)
    return [
        names.n(
            QT_TRANSLATE_N_NOOP("AuditDetail", "Health notes and %n guardian link(s) removed"),
            links,
        )
    ]


def _guardian_add(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    adult = names.person(detail.get("adult"))
    if not detail.get("authorised"):
        return [
            names.t(
                QT_TRANSLATE_NOOP("AuditDetail", "{name}: NOT authorised to collect"), name=adult
            )
        ]
    if detail.get("only_on"):
        day = _day(detail["only_on"])
        return [
            names.t(
                QT_TRANSLATE_NOOP("AuditDetail", "{name}: may collect on {day} only"),
                name=adult,
                day=day,
            )
        ]
    return [names.t(QT_TRANSLATE_NOOP("AuditDetail", "{name}: may collect"), name=adult)]


def _guardian_remove(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    return [
        names.t(
            QT_TRANSLATE_NOOP("AuditDetail", "No longer linked: {name}"),
            name=names.person(detail.get("adult")),
        )
    ]


def _close_day(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    parts = (
        [names.t(QT_TRANSLATE_NOOP("AuditDetail", "Day {day}"), day=_day(detail["day"]))]
        if detail.get("day")
        else []
    )
    parts.append(
        names.n(
            QT_TRANSLATE_N_NOOP("AuditDetail", "%n checked out automatically"),
            int(detail.get("auto_closed") or 0),
        )
    )
    if detail.get("children_inside"):
        who = names.persons(detail["children_inside"])
        parts.append(
            names.t(QT_TRANSLATE_NOOP("AuditDetail", "Children still inside: {names}"), names=who)
        )
    return parts


def _closed_day(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    day = _day(detail.get("day"))
    if detail.get("closed"):
        return [names.t(QT_TRANSLATE_NOOP("AuditDetail", "{day}: closed"), day=day)]
    return [names.t(QT_TRANSLATE_NOOP("AuditDetail", "{day}: open again"), day=day)]


WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("AuditDetail", "Monday"),
    QT_TRANSLATE_NOOP("AuditDetail", "Tuesday"),
    QT_TRANSLATE_NOOP("AuditDetail", "Wednesday"),
    QT_TRANSLATE_NOOP("AuditDetail", "Thursday"),
    QT_TRANSLATE_NOOP("AuditDetail", "Friday"),
    QT_TRANSLATE_NOOP("AuditDetail", "Saturday"),
    QT_TRANSLATE_NOOP("AuditDetail", "Sunday"),
)


def _hours_set(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    code = str(detail.get("weekday", ""))
    weekday = names.t(WEEKDAY_NAMES[WEEKDAYS.index(code)]) if code in WEEKDAYS else code
    if detail.get("opens") and detail.get("closes"):
        hours = f"{detail['opens']}–{detail['closes']}"
        return [
            names.t(
                QT_TRANSLATE_NOOP("AuditDetail", "{weekday}: {hours}"), weekday=weekday, hours=hours
            )
        ]
    return [names.t(QT_TRANSLATE_NOOP("AuditDetail", "{weekday}: closed"), weekday=weekday)]


def _area_set(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    name = translate("Area", str(detail.get("name") or detail.get("area")), names.lang)
    places = names.n(
        QT_TRANSLATE_N_NOOP("AuditDetail", "%n place(s)"), int(detail.get("capacity") or 0)
    )
    return [
        names.t(
            QT_TRANSLATE_NOOP("AuditDetail", "{area}: capacity {places}"), area=name, places=places
        )
    ]


BANDS = {
    "under_12_months": QT_TRANSLATE_NOOP("AuditDetail", "under 12 months"),
    "12_to_36_months": QT_TRANSLATE_NOOP("AuditDetail", "12 to 36 months"),
    "over_36_months": QT_TRANSLATE_NOOP("AuditDetail", "over 36 months"),
}


def _ratios_set(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    return [
        names.t(
            QT_TRANSLATE_NOOP("AuditDetail", "{band}: 1 educator per {count}"),
            band=names.t(label),
            count=detail[key],
        )
        for key, label in BANDS.items()
        if key in detail
    ]


def _setting(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    key, value = detail.get("key"), detail.get("value")
    if key == "desk.idle_lock_minutes":
        return [
            names.n(
                QT_TRANSLATE_N_NOOP("AuditDetail", "The desk locks after %n idle minute(s)"),
                int(value or 0),
            )
        ]
    if key == "desk.self_service_when_locked":
        if value:
            return [names.t(QT_TRANSLATE_NOOP("AuditDetail", "Badges work at the locked desk"))]
        return [names.t(QT_TRANSLATE_NOOP("AuditDetail", "Badges do not work at the locked desk"))]
    if key == "plans.refuse_over_plan":
        if value:
            return [names.t(QT_TRANSLATE_NOOP("AuditDetail", "Check-ins over the plan refused"))]
        return [names.t(QT_TRANSLATE_NOOP("AuditDetail", "Check-ins over the plan warned"))]
    if key == "backup.folder":
        return [names.t(QT_TRANSLATE_NOOP("AuditDetail", "Backup folder: {folder}"), folder=value)]
    if key == "privacy.retention":
        return [
            names.n(
                QT_TRANSLATE_N_NOOP("AuditDetail", "Guests kept %n day(s)"),
                int(detail.get("guest_days") or 0),
            ),
            names.n(
                QT_TRANSLATE_N_NOOP("AuditDetail", "members %n day(s)"),
                int(detail.get("member_days") or 0),
            ),
            names.n(
                QT_TRANSLATE_N_NOOP("AuditDetail", "children %n day(s)"),
                int(detail.get("child_days") or 0),
            ),
            names.n(
                QT_TRANSLATE_N_NOOP("AuditDetail", "audit %n month(s)"),
                int(detail.get("audit_months") or 0),
            ),
        ]
    if "before" in detail:  # a setting changed in the settings window: from → to
        what = names.t(SETTING_WORDS[key]) if key in SETTING_WORDS else str(key)
        before, after = _plain(detail["before"], names), _plain(value, names)
        return [f"{what}: {before} → {after}"]
    return []  # a setting of a newer desk: the action's name says enough


SETTING_WORDS = {
    "kids.wrong_codes_limit": QT_TRANSLATE_NOOP("AuditDetail", "Pickup locked after wrong codes"),
    "kids.one_day_needs_manager": QT_TRANSLATE_NOOP(
        "AuditDetail", "One-day pickup authorisation needs a manager"
    ),
    "areas.amber_percent": QT_TRANSLATE_NOOP("AuditDetail", "Amber from (% of capacity)"),
    "privacy.notice": QT_TRANSLATE_NOOP("AuditDetail", "Privacy notice version"),
    "backup.keep": QT_TRANSLATE_NOOP("AuditDetail", "Daily backups kept"),
    "desk.database": QT_TRANSLATE_NOOP("AuditDetail", "This desk's database"),
}


YES = QT_TRANSLATE_NOOP("AuditDetail", "yes")
NO = QT_TRANSLATE_NOOP("AuditDetail", "no")


def _plain(value: Any, names: Names) -> str:
    if isinstance(value, bool):
        return names.t(YES if value else NO)
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items()) or "—"
    return "—" if value is None else str(value)


def _legal_hold(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    return [
        names.t(QT_TRANSLATE_NOOP("AuditDetail", "Hold set"))
        if detail.get("hold")
        else names.t(QT_TRANSLATE_NOOP("AuditDetail", "Hold lifted"))
    ]


def _privacy_export(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    return [
        names.t(
            QT_TRANSLATE_NOOP("AuditDetail", "As a {format} file"),
            format=str(detail.get("format", "")).upper(),
        )
    ]


def _import_people(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    parts = [
        names.n(
            QT_TRANSLATE_N_NOOP("AuditDetail", "%n person(s) added"), int(detail.get("added") or 0)
        ),
        names.n(QT_TRANSLATE_N_NOOP("AuditDetail", "%n updated"), int(detail.get("updated") or 0)),
        names.n(QT_TRANSLATE_N_NOOP("AuditDetail", "%n refused"), int(detail.get("refused") or 0)),
    ]
    if detail.get("dry_run"):
        parts.append(names.t(QT_TRANSLATE_NOOP("AuditDetail", "trial run, nothing saved")))
    return parts


def _demo_data(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    return [
        names.n(QT_TRANSLATE_N_NOOP("AuditDetail", "%n people"), int(detail.get("people") or 0)),
        names.n(
            QT_TRANSLATE_N_NOOP("AuditDetail", "%n day(s) of visits"), int(detail.get("days") or 0)
        ),
    ]


def _sheet_archived(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    parts = [
        names.t(QT_TRANSLATE_NOOP("AuditDetail", "Sheet of {day}"), day=_day(detail.get("day")))
    ]
    if detail.get("revision"):
        parts.append(
            names.t(QT_TRANSLATE_NOOP("AuditDetail", "version {number}"), number=detail["revision"])
        )
    if detail.get("anonymised"):
        parts.append(names.t(QT_TRANSLATE_NOOP("AuditDetail", "guests anonymised")))
    return parts


def _sheet_anonymised(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    parts = [
        names.t(
            QT_TRANSLATE_NOOP("AuditDetail", "Sheet of {day} written again without names"),
            day=_day(detail.get("day")),
        )
    ]
    removed = int(detail.get("removed_revisions") or 0)
    if removed:
        parts.append(
            names.n(QT_TRANSLATE_N_NOOP("AuditDetail", "%n earlier version(s) deleted"), removed)
        )
    return parts


def _audit_pruned(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    count = int(detail.get("count") or 0)
    if detail.get("cutoff"):
        before = day_text(local_date(parse_instant(str(detail["cutoff"]))))
        return [
            names.n(
                QT_TRANSLATE_N_NOOP("AuditDetail", "%n event(s) before {day} removed"),
                count,
                day=before,
            )
        ]
    return [names.n(QT_TRANSLATE_N_NOOP("AuditDetail", "%n event(s) removed"), count)]


def _audit_redacted(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    return [
        names.n(
            QT_TRANSLATE_N_NOOP("AuditDetail", "%n event(s) rewritten without the name"),
            len(detail.get("events") or ()),
        )
    ]


def _restore(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    parts = [names.t(QT_TRANSLATE_NOOP("AuditDetail", "From {file}"), file=detail.get("file", ""))]
    if detail.get("previous"):
        parts.append(
            names.t(
                QT_TRANSLATE_NOOP("AuditDetail", "the database before it kept as {file}"),
                file=detail["previous"],
            )
        )
    return parts


def _sign_in_failed(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    user, attempts = detail.get("user", ""), int(detail.get("attempts") or 0)
    return [
        names.n(
            QT_TRANSLATE_N_NOOP("AuditDetail", "{user}: %n failed attempt(s) in a row"),
            attempts,
            user=user,
        )
    ]


def _user(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    return [str(detail["user"])] if detail.get("user") else []


ROLES = {
    "manager": QT_TRANSLATE_NOOP("AuditDetail", "manager"),
    "staff": QT_TRANSLATE_NOOP("AuditDetail", "staff"),
}


def _user_add(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    role = str(detail.get("role", ""))
    return [f"{detail.get('user', '')}, {names.t(ROLES.get(role, role))}"]


def _plan(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    """Plans (issue 17): a plan configured, given to a person, extended, entries added, seats."""
    what, plan = detail.get("what"), detail.get("plan") or ""
    if what == "person_plan":
        text = QT_TRANSLATE_NOOP("AuditDetail", "Plan {plan} from {start}")
        return [names.t(text, plan=plan, start=_day(detail.get("starts_on")))]
    if what == "plan_extended":
        end = detail.get("ends_on")
        if end:
            text = QT_TRANSLATE_NOOP("AuditDetail", "Plan {plan} now ends on {end}")
            return [names.t(text, plan=plan, end=_day(end))]
        return [names.t(QT_TRANSLATE_NOOP("AuditDetail", "Plan {plan} with no end"), plan=plan)]
    if what == "entries_added":
        count = int(detail.get("entries") or 0)
        text = QT_TRANSLATE_N_NOOP("AuditDetail", "Plan {plan}: %n entry(ies) added")
        return [names.n(text, count, plan=plan)]
    if what == "org_seats":
        text = QT_TRANSLATE_N_NOOP("AuditDetail", "{organisation}: %n seat(s)")
        return [
            names.n(
                text, int(detail.get("seats") or 0), organisation=detail.get("organisation", "")
            )
        ]
    if what in ("plan_added", "plan_edited"):
        return [names.t(QT_TRANSLATE_NOOP("AuditDetail", "Plan {plan}"), plan=plan)]
    return []


def _alarm_handled(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    return []  # what happened is the reason, written by the educator


def _nothing_more(detail: Mapping[str, Any], names: Names, on: date) -> list[str]:
    return []  # the action and its subject (the child) say it all


DESCRIBERS: dict[str, Describe] = {
    "area_set": _area_set,
    "audit_pruned": _audit_pruned,
    "audit_redacted": _audit_redacted,
    "auto_close": _auto_close,
    "badge_issue": _badge_issue,
    "badge_revoke": _badge_revoke,
    "check_in": _movement,
    "check_out": _movement,
    "child_data_removed": _child_data_removed,
    "close_day": _close_day,
    "closed_day": _closed_day,
    "demo_data": _demo_data,
    "guardian_add": _guardian_add,
    "guardian_remove": _guardian_remove,
    "hours_set": _hours_set,
    "import_people": _import_people,
    "kids_alarm_handled": _alarm_handled,
    "legal_hold": _legal_hold,
    "person_add": _person_add,
    "person_anonymised": _anonymised,
    "person_edit": _person_edit,
    "pickup_refused": _pickup_refused,
    "pickup_slip_reprinted": _nothing_more,
    "plan": _plan,
    "privacy_erase": _anonymised,
    "privacy_export": _privacy_export,
    "ratios_set": _ratios_set,
    "restore": _restore,
    "scan_refused": _scan_refused,
    "self_service": _self_service,
    "setting": _setting,
    "sheet_anonymised": _sheet_anonymised,
    "sheet_archived": _sheet_archived,
    "sign_in_failed": _sign_in_failed,
    "undo": _undo,
    "user_add": _user_add,
    "user_locked": _user,
    "user_deactivated": _user,
    "user_passwd": _user,
    "user_unlock": _user,
    "user_reactivated": _user,
    "user_recovery_code": _user,
    "user_recovered": _user,
    "user_recovery_failed": _user,
}


def describe(action: str, detail: Mapping[str, Any], at: datetime, names: Names) -> str:
    """The event's detail in words; an action this desk does not know shows no detail."""
    on = local_date(at)
    describer = DESCRIBERS.get(action)
    parts = describer(detail, names, on) if describer is not None else []
    if detail.get("correction") and detail.get("real_at"):  # entered with the clock set back
        real = time_text(detail["real_at"], on)
        parts.append(
            names.t(QT_TRANSLATE_NOOP("AuditDetail", "Correction: real time {time}"), time=real)
        )
    return SEPARATOR.join(p for p in parts if p)

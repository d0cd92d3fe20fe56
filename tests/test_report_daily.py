"""The daily attendance sheet, read back from the PDF's text and checked against the database."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from serre_desk.clock import day_bounds, to_local
from serre_desk.domain.people import PersonKind
from serre_desk.render.daily_sheet import render_daily_sheet
from serre_desk.render.fonts import FALLBACK_FONT, is_right_to_left
from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.closing import close_day
from serre_desk.services.visits import check_in, check_out
from serre_desk.storage.database import Database
from serre_desk.storage.models import Area, Person, Visit
from tests.report_helpers import (
    at,
    embedded_fonts,
    layout_text,
    pages,
    printed,
    someone,
    squeeze,
    text,
    visit,
)

FRIDAY = date(2026, 11, 20)
NEXT_MORNING = at(date(2026, 11, 21), 9)


def row_in(content: str, *cells: str) -> bool:
    """The cells appear one after the other, as the table's row prints them."""
    return "\n".join(cells) in content


def flat(content: str) -> str:
    """The text with line wrapping undone, for phrases that may wrap in a cell."""
    return " ".join(content.split())


def test_every_visit_with_its_times_duration_and_the_totals_match_the_database(
    db: Database, tmp_path: Path
) -> None:
    anna = someone(db, "Anna Ricci", organisation="Studio Verde")
    marco = someone(db, "Marco Bellini", PersonKind.GUEST)
    zoe = someone(db, "Zoë Łukasiewicz", organisation="Freelance")
    visit(db, anna, at(FRIDAY, 9, 5), at(FRIDAY, 13, 35))
    visit(db, anna, at(FRIDAY, 14, 0), at(FRIDAY, 18, 2))
    visit(db, marco, at(FRIDAY, 11, 2), at(FRIDAY, 12, 10))
    visit(db, zoe, at(FRIDAY, 10, 30), at(FRIDAY, 17, 45))
    visit(db, zoe, at(FRIDAY - timedelta(days=1), 10), at(FRIDAY - timedelta(days=1), 12))

    content = text(render_daily_sheet(db, FRIDAY, tmp_path / "sheet.pdf", now=NEXT_MORNING))

    start, end = day_bounds(FRIDAY)
    with db.read() as session:
        rows = session.execute(
            select(Visit, Person)
            .join(Person, Person.id == Visit.person_id)
            .where(Visit.checked_in_at >= start, Visit.checked_in_at < end)
        ).all()
    assert len(rows) == 4
    for stored, who in rows:
        assert stored.checked_out_at is not None
        minutes = int((stored.checked_out_at - stored.checked_in_at).total_seconds() // 60)
        hours, rest = divmod(minutes, 60)
        shown = f"{hours} h {rest:02d} min"
        assert row_in(
            content,
            to_local(stored.checked_in_at).strftime("%H:%M"),
            to_local(stored.checked_out_at).strftime("%H:%M"),
            shown,
        ), (who.name, shown)
        assert who.name in content
    assert "venerdì 20 novembre 2026" in content
    assert row_in(content, "Anna Ricci", "Membro", "Studio Verde", "09:05", "13:35", "4 h 30 min")
    assert row_in(content, "Marco Bellini", "Ospite", "—", "11:02", "12:10", "1 h 08 min")
    assert content.count("4 visite · 3 persone") == 2  # the coworking box and the total
    assert "picco 3/40 alle 11:02" in content
    assert "2 membri · 1 ospite" in content
    assert "✓ nulla da segnalare" in content
    assert "10:00" not in content  # Zoë's visit of the day before is not on this sheet


def test_english_on_request(db: Database, tmp_path: Path) -> None:
    visit(db, someone(db, "Anna Ricci"), at(FRIDAY, 9, 5), at(FRIDAY, 11, 40))
    content = text(render_daily_sheet(db, FRIDAY, tmp_path / "en.pdf", now=NEXT_MORNING, lang="en"))
    assert "Friday 20 November 2026" in content
    assert "Attendance sheet" in content and "Page 1 of 1" in content
    assert row_in(content, "Anna Ricci", "Member", "—", "09:05", "11:40", "2 h 35 min")
    assert "Staff on duty" in content and "Manager" in content


@pytest.mark.parametrize(
    ("day", "hours", "start", "end", "minutes"),
    [
        # spring: 02:00 does not exist, 01:30 → 03:30 is one real hour
        (date(2026, 3, 29), 23, (1, 30, 0), (3, 30, 0), "1 h 00 min"),
        # autumn: 01:30 → the second 02:30 is two real hours
        (date(2026, 10, 25), 25, (1, 30, 0), (2, 30, 1), "2 h 00 min"),
    ],
)
def test_dst_days_have_their_real_length_and_durations(
    db: Database,
    tmp_path: Path,
    day: date,
    hours: int,
    start: tuple[int, int, int],
    end: tuple[int, int, int],
    minutes: str,
) -> None:
    owl = someone(db, "Nottambulo Rossi")
    visit(db, owl, at(day, start[0], start[1], fold=start[2]), at(day, end[0], end[1], fold=end[2]))
    visit(db, someone(db, "Diurna Bianchi"), at(day, 10), at(day, 12, 15))
    content = text(render_daily_sheet(db, day, tmp_path / "dst.pdf", now=at(day, 23)))
    assert f"giornata di {hours} ore" in content
    assert row_in(
        content,
        "Nottambulo Rossi",
        "Membro",
        "—",
        f"{start[0]:02d}:{start[1]:02d}",
        f"{end[0]:02d}:{end[1]:02d}",
        minutes,
    )
    assert row_in(content, "Diurna Bianchi", "Membro", "—", "10:00", "12:15", "2 h 15 min")


def test_a_visit_across_midnight_is_on_both_days_with_each_days_part(
    db: Database, tmp_path: Path
) -> None:
    late = someone(db, "Serata Evento")
    visit(db, late, at(FRIDAY, 22), at(FRIDAY + timedelta(days=1), 1))
    first = text(render_daily_sheet(db, FRIDAY, tmp_path / "1.pdf", now=NEXT_MORNING))
    second = text(
        render_daily_sheet(db, FRIDAY + timedelta(days=1), tmp_path / "2.pdf", now=NEXT_MORNING)
    )
    assert row_in(first, "Serata Evento", "Membro", "—", "22:00", "24:00", "2 h 00 min")
    assert "prosegue fino al 21/11/2026 alle 01:00" in flat(first)
    assert row_in(second, "Serata Evento", "Membro", "—", "00:00", "01:00", "1 h 00 min")
    assert "dal 20/11/2026 alle 22:00" in flat(second)


def test_auto_closed_corrected_and_overridden_visits_are_flagged(
    db: Database, tmp_path: Path
) -> None:
    forgetful = someone(db, "Dimentica Badge")
    late_scan = someone(db, "Arrivato Prima")
    check_in(db, LOCAL_ADMIN, forgetful, now=at(FRIDAY, 9, 15))
    check_in(
        db,
        LOCAL_ADMIN,
        late_scan,
        now=at(FRIDAY, 10),
        at=at(FRIDAY, 9),
        reason="badge dimenticato a casa",
    )
    check_out(db, LOCAL_ADMIN, late_scan, now=at(FRIDAY, 12))
    close_day(db, LOCAL_ADMIN, now=at(FRIDAY, 19, 45))

    content = text(render_daily_sheet(db, FRIDAY, tmp_path / "flags.pdf", now=NEXT_MORNING))
    assert row_in(
        content,
        "Dimentica Badge",
        "Membro",
        "—",
        "09:15",
        "19:30",
        "10 h 15 min",
        "uscita automatica",
    )
    assert "1 uscita automatica" in content
    assert row_in(
        content, "Arrivato Prima", "Membro", "—", "09:00", "12:00", "3 h 00 min", "orario corretto"
    )
    assert "«badge dimenticato a casa»" in flat(content)
    assert "1 orario corretto" in content
    assert "nulla da segnalare" not in content
    # the 10 h 15 min of the forgotten check-out is not a stay: the average is the 3 h alone
    assert "permanenza media 3 h 00 min, uscite automatiche escluse" in flat(content)


def test_a_childs_drop_off_and_pickup_show_who_brought_and_collected(
    db: Database, tmp_path: Path
) -> None:
    mum = someone(db, "Chiara Fontana")
    granny = someone(db, "Nonna Greco")
    educator = someone(db, "Elena Educatrice", PersonKind.STAFF)
    pietro = someone(
        db,
        "Pietro Fontana",
        PersonKind.CHILD,
        birth=date(2022, 6, 1),
        health="Allergia grave: arachidi",
    )
    leo = someone(db, "Leo Greco", PersonKind.CHILD, birth=date(2025, 5, 10))
    visit(db, educator, at(FRIDAY, 8, 30), at(FRIDAY, 17), "kids")
    visit(
        db,
        pietro,
        at(FRIDAY, 9),
        at(FRIDAY, 16, 30),
        "kids",
        brought_by_id=mum,
        collected_by_id=granny,
        pickup_code="BX4K",
    )
    visit(
        db,
        leo,
        at(FRIDAY, 9, 20),
        at(FRIDAY, 17, 5),
        "kids",
        brought_by_id=granny,
        collected_by_id=mum,
        pickup_code="ZQ7M",
        pickup_override=True,
        expected_pickup_at=at(FRIDAY, 16),
    )

    content = text(render_daily_sheet(db, FRIDAY, tmp_path / "kids.pdf", now=NEXT_MORNING))
    assert row_in(
        content,
        "Pietro Fontana",
        "4 anni e 5 mesi",
        "Chiara Fontana",
        "09:00",
        "Nonna Greco",
        "16:30",
        "7 h 30 min",
        "✓ codice corrispondente",
    )
    assert row_in(
        content,
        "Leo Greco",
        "1 anno e 6 mesi",
        "Nonna Greco",
        "09:20",
        "Chiara Fontana",
        "17:05",
        "7 h 45 min",
    )
    assert "ritiro con deroga" in flat(content) and "ritiro in ritardo" in flat(content)
    assert "1 deroga" in content and "1 ritiro in ritardo" in content
    assert "2 bambini · 1 educatore" in content
    assert row_in(content, "Elena Educatrice", "Educatore", "—", "08:30", "17:00", "8 h 30 min")
    assert "arachidi" not in content.lower() and "allergia" not in content.lower()
    assert "BX4K" not in content  # pickup codes are not printed on the sheet


TRICKY_NAMES = [
    "Anna <b>Bold</b> & Figli",
    "Emoji Fan 😀🎉",
    "محمد الأحمد",
    "שרה כהן",
    "李小龙",
    "김민준",
    "さくら 山田",
    "Bartholomew" + "x" * 109,  # 120 characters without a space
]


def test_names_in_any_script_render_escaped_and_wrapped(db: Database, tmp_path: Path) -> None:
    for hour, name in enumerate(TRICKY_NAMES, start=8):
        pid = someone(db, name, organisation="Pixel & <Co>")
        visit(db, pid, at(FRIDAY, hour), at(FRIDAY, hour, 45))

    pdf = render_daily_sheet(db, FRIDAY, tmp_path / "names.pdf", now=NEXT_MORNING)
    content = squeeze(text(pdf))
    on_page = squeeze(layout_text(pdf))
    for name in TRICKY_NAMES:
        # Emoji print (DejaVu has 😀; a box for 🎉, which no bundled font has), but reportlab
        # writes their text mapping wrongly, so they do not come back out of the PDF.
        basic = "".join(ch for ch in name if ord(ch) < 0x10000)
        if is_right_to_left(name):
            assert printed(basic) in on_page, name
        else:
            assert squeeze(basic) in content, name
    assert squeeze("Pixel & <Co>") in content
    assert any(FALLBACK_FONT in font for font in embedded_fonts(pdf))
    assert any("DejaVuSans" in font for font in embedded_fonts(pdf))


def test_right_to_left_names_are_shaped_and_in_visual_order(db: Database, tmp_path: Path) -> None:
    name = "محمد الأحمد"
    visit(db, someone(db, name), at(FRIDAY, 9), at(FRIDAY, 10))
    pdf = render_daily_sheet(db, FRIDAY, tmp_path / "rtl.pdf", now=NEXT_MORNING)
    on_page = layout_text(pdf)
    # Left to right on the page: the second word first, each letter in its joined form
    # (final dal, medial mim, ... initial mim), so a reader sees "محمد الأحمد".
    assert "ﺪﻤﺣﻷﺍ ﺪﻤﺤﻣ" in on_page
    assert name not in on_page and name[::-1] not in on_page


def test_a_300_visit_day_spans_pages_with_header_and_page_numbers_on_each(
    db: Database, tmp_path: Path
) -> None:
    with db.write() as session:
        coworking = session.scalar(select(Area.id).where(Area.key == "coworking"))
        for i in range(300):
            guest = Person(
                name=f"Persona Numero {i:03d}",
                search_key=f"persona numero {i:03d}",
                kind="guest",
                created_at=at(FRIDAY, 8),
            )
            session.add(guest)
            session.flush()
            start = at(FRIDAY, 8) + timedelta(minutes=2 * i)
            session.add(
                Visit(
                    person_id=guest.id,
                    area_id=coworking,
                    checked_in_at=start,
                    checked_out_at=start + timedelta(minutes=30),
                    in_by="anna",
                )
            )

    pdf = render_daily_sheet(db, FRIDAY, tmp_path / "big.pdf", now=NEXT_MORNING)
    texts = pages(pdf)
    assert len(texts) >= 6
    for number, page in enumerate(texts, start=1):
        assert "Le Serre dei Giardini — Foglio presenze" in page
        assert "venerdì 20 novembre 2026" in page
        assert f"Pagina {number} di {len(texts)}" in page
        assert "Documento riservato" in page
    content = "\n".join(texts)
    assert all(f"Persona Numero {i:03d}" in content for i in range(300))
    assert "300 visite · 300 persone" in content
    assert "Firma" in texts[-1]


def test_guests_are_anonymised_on_request(db: Database, tmp_path: Path) -> None:
    visit(
        db,
        someone(db, "Ospite Segreto", PersonKind.GUEST, organisation="Segreta srl"),
        at(FRIDAY, 9),
        at(FRIDAY, 10),
    )
    visit(db, someone(db, "Socia Visibile"), at(FRIDAY, 9), at(FRIDAY, 11))
    content = text(
        render_daily_sheet(
            db, FRIDAY, tmp_path / "anon.pdf", now=NEXT_MORNING, anonymise_guests=True
        )
    )
    assert "Ospite Segreto" not in content and "Segreta" not in content
    assert row_in(content, "Ospite anonimo 1", "Ospite", "—", "09:00", "10:00", "1 h 00 min")
    assert "Socia Visibile" in content

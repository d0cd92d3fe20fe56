"""A new version of the privacy notice asks everyone to acknowledge it again at their next visit:
the check-in says so, the card knows, and acknowledging it (Modifica) records the new date."""

from __future__ import annotations

from datetime import timedelta

from serre_desk.services.actor import LOCAL_ADMIN
from serre_desk.services.people import PersonFields, edit_person, person_details
from serre_desk.services.privacy_notice import current_notice, publish_notice
from serre_desk.services.visits import check_in, check_out
from serre_desk.storage.database import Database
from tests.conftest import MORNING
from tests.helpers import person

NEXT_WEEK = MORNING + timedelta(days=7)


def _publish(db: Database) -> None:
    texts = {**current_notice(db).texts, "it": "Informativa aggiornata.", "en": "Updated notice."}
    publish_notice(db, LOCAL_ADMIN, texts, now=MORNING + timedelta(days=1))


def test_the_shipped_notice_once_acknowledged_asks_nothing(any_db: Database) -> None:
    mario = person(any_db, privacy_acknowledged=True)
    assert check_in(any_db, LOCAL_ADMIN, mario, now=MORNING).warnings == ()
    assert not person_details(any_db, mario).notice_due


def test_a_new_version_is_asked_for_at_the_next_check_in_until_acknowledged(
    any_db: Database,
) -> None:
    mario = person(any_db, privacy_acknowledged=True)
    _publish(any_db)
    came = check_in(any_db, LOCAL_ADMIN, mario, now=NEXT_WEEK)
    assert came.warnings == (
        "È in vigore una nuova informativa privacy: mostrala a Mario Rossi e registrala sulla "
        "sua scheda (Modifica).",
    )
    assert person_details(any_db, mario).notice_due
    edit_person(any_db, LOCAL_ADMIN, mario, PersonFields(privacy_acknowledged=True), now=NEXT_WEEK)
    details = person_details(any_db, mario)
    assert not details.notice_due and details.privacy_ack_at == NEXT_WEEK
    check_out(any_db, LOCAL_ADMIN, mario, now=NEXT_WEEK + timedelta(hours=1))
    again = check_in(any_db, LOCAL_ADMIN, mario, now=NEXT_WEEK + timedelta(days=1))
    assert again.warnings == ()

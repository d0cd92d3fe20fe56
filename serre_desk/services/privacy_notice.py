"""The privacy notice (informativa) as the venue edits it: Italian and English text with a
version. Until a manager publishes one, the notice is the one shipped in `resources/privacy/`
(version 1). Publishing a changed text makes a new version; everyone who acknowledged an older
one is asked again at their next visit (`notice_version.needs_acknowledgement`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from serre_desk.clock import parse_instant
from serre_desk.domain.errors import Refusal
from serre_desk.i18n import QT_TRANSLATE_NOOP
from serre_desk.services.actor import Actor
from serre_desk.services.audit import record
from serre_desk.services.notice_version import NOTICE_KEY
from serre_desk.services.permissions import require_manager
from serre_desk.services.privacy import privacy_notice
from serre_desk.services.settings_admin import about
from serre_desk.services.settings_store import get_setting, locked_setting, put_setting
from serre_desk.storage.database import Database

LANGUAGES = ("it", "en")
NOTICE_LIMIT = 20_000


@dataclass(frozen=True)
class PrivacyNotice:
    version: int
    published_at: datetime | None  # None: the notice shipped with the desk
    texts: dict[str, str]

    def text(self, lang: str) -> str:
        return self.texts.get(lang) or self.texts["it"]


def _notice(stored: Any) -> PrivacyNotice:
    if isinstance(stored, dict) and all(isinstance(stored.get(k), str) for k in LANGUAGES):
        return PrivacyNotice(
            int(stored.get("version") or 1),
            parse_instant(stored["published_at"]) if stored.get("published_at") else None,
            {lang: stored[lang] for lang in LANGUAGES},
        )
    return PrivacyNotice(1, None, {lang: privacy_notice(lang) for lang in LANGUAGES})


def notice_in(session: Session) -> PrivacyNotice:
    return _notice(get_setting(session, NOTICE_KEY))


def current_notice(db: Database) -> PrivacyNotice:
    """The notice in force: the venue's published one, else the one shipped with the desk."""
    with db.read() as session:
        return notice_in(session)


def publish_notice(
    db: Database, actor: Actor, texts: dict[str, str], *, now: datetime
) -> PrivacyNotice:
    """A new version of the notice (Italian and English both needed); the same text again
    changes nothing."""
    require_manager(actor)
    cleaned = {}
    for lang in LANGUAGES:
        text = (texts.get(lang) or "").strip()
        with about(f"notice_{lang}"):
            if not text:
                raise Refusal(
                    "notice_empty",
                    QT_TRANSLATE_NOOP("Refusal", "The privacy notice cannot be empty."),
                )
            if len(text) > NOTICE_LIMIT:
                raise Refusal(
                    "notice_too_long",
                    QT_TRANSLATE_NOOP(
                        "Refusal", "The privacy notice is longer than {limit} characters."
                    ),
                    limit=NOTICE_LIMIT,
                )
        cleaned[lang] = text
    with db.write() as session:
        before = _notice(locked_setting(session, NOTICE_KEY))
        if {lang: before.texts[lang].strip() for lang in LANGUAGES} == cleaned:
            return before
        version = before.version + 1
        put_setting(
            session,
            NOTICE_KEY,
            {"version": version, "published_at": now.isoformat(), **cleaned},
        )
        record(
            session,
            actor,
            now,
            "setting",
            None,
            key=NOTICE_KEY,
            before=before.version,
            value=version,
        )
        return PrivacyNotice(version, now, cleaned)

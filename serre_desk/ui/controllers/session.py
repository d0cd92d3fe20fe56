"""Who acts at the desk: the signed-in desk user (or the local administrator while no desk user
exists), signing in, creating the first manager, and a manager's approval asked on the spot.

Secrets are checked on the desk's writer thread (Argon2 takes 50–100 ms, and a wrong one is
counted in the database); the answer comes back on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from serre_desk.services.actor import LOCAL_ADMIN, Actor, Role, this_desk
from serre_desk.services.permissions import require_replay_manager
from serre_desk.services.users import (
    DeskUserInfo,
    add_user,
    authenticate,
    idle_lock_minutes,
    list_users,
    recover,
)
from serre_desk.ui.context import DeskContext
from serre_desk.ui.dialogs.manager_prompt import ManagerPrompt
from serre_desk.ui.dialogs.signin import Run

if TYPE_CHECKING:
    from serre_desk.services.desk_state import DeskSnapshot
    from serre_desk.ui.context import FirstRead

Approved = Callable[[Actor], None]
ApprovedWithReason = Callable[[Actor, str], None]


class DeskSession(QObject):
    actor_changed = Signal(object)  # Actor: someone signed in (or the first manager was made)
    users_changed = Signal()  # the list of desk users was read again

    def __init__(
        self,
        context: DeskContext,
        *,
        actor: Actor | None,
        first: FirstRead | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`actor`: who opened the desk (`gui --as`); None: nobody yet — the local
        administrator when no desk user exists, else the desk starts at the sign-in screen.
        `first`: the users and idle minutes as read with the opening; None: read here."""
        super().__init__(parent)
        self._db = context.db
        self._clock = context.clock
        self._runner = context.runner
        self._errors = context.errors
        # a few rows, read once at start (on the opening thread when it read them)
        self.users: list[DeskUserInfo] = first.users if first else list_users(self._db)
        self.idle_minutes = first.idle_minutes if first else idle_lock_minutes(self._db)
        self.actor = actor or LOCAL_ADMIN
        self.needs_sign_in = actor is None and bool(self.users)
        context.hub.snapshot.connect(self._snapshot)

    # --- who ----------------------------------------------------------------------------------

    @property
    def has_users(self) -> bool:
        return bool(self.users)

    @property
    def names(self) -> list[str]:
        return [user.name for user in self.users if not user.locked]

    @property
    def manager_names(self) -> list[str]:
        return [user.name for user in self.users if user.role is Role.MANAGER and not user.locked]

    @property
    def run(self) -> Run:
        """How the sign-in forms check a secret: on the writer thread."""
        return self._runner.write

    def authenticate(self, name: str, secret: str) -> Actor:
        """Runs on the writer thread (see `run`). At a replay clock (`--now`) only a manager
        signs in or approves, and what they change is audited as a correction."""
        actor = authenticate(self._db, name, secret, desk=this_desk())
        if not self._clock.is_fixed:
            return actor
        require_replay_manager(actor)
        return replace(actor, replaying=True)

    def recover(self, name: str, code: str, password: str) -> DeskUserInfo:
        """Runs on the writer thread: a locked-out manager's recovery code and new password."""
        return recover(self._db, name, code, password, desk=this_desk())

    def create_first_manager(self, name: str, password: str) -> DeskUserInfo:
        """Runs on the writer thread: the first desk user, a manager."""
        return add_user(self._db, LOCAL_ADMIN, name, Role.MANAGER, password, now=self._clock.now())

    def sign_in(self, actor: Actor) -> None:
        self.needs_sign_in = False
        self.actor = actor
        self.actor_changed.emit(actor)

    def first_manager_created(self, name: str) -> None:
        """The first manager exists: the desk is theirs from now on, and locks when idle."""
        self.reload_users()
        self.sign_in(Actor(user=name, role=Role.MANAGER, desk=this_desk()))

    def reload_users(self) -> None:
        db = self._db
        self._runner.read(lambda: list_users(db), self._users_read, self._errors.background_failed)

    def _users_read(self, users: list[DeskUserInfo]) -> None:
        self.users = users
        if users and self.actor is LOCAL_ADMIN:  # made elsewhere: the local admin's powers end
            self.needs_sign_in = True
        self.users_changed.emit()

    def _snapshot(self, snapshot: DeskSnapshot) -> None:
        """A desk user made at another desk (or by a command beside this one) while this desk
        acts as the local administrator: read them, and the desk asks for a sign-in."""
        if snapshot.desk_users_exist and not self.users:
            self.reload_users()

    # --- a manager's approval ------------------------------------------------------------------

    def as_manager(self, parent: QWidget, what: str, then: Approved) -> None:
        """Run `then` as a manager: the signed-in one, or one who approves on the spot."""
        if self.actor.is_manager:
            then(self.actor)
            return
        ManagerPrompt.ask(parent, what, self.manager_names, self.authenticate, then, run=self.run)

    def override(self, parent: QWidget, what: str, then: ApprovedWithReason) -> None:
        """An override: the reason is written and a manager approves, in one dialog (only the
        reason when a manager is signed in)."""
        manager = self.actor if self.actor.is_manager else None
        ManagerPrompt.ask_with_reason(
            parent, what, self.manager_names, self.authenticate, then, run=self.run, manager=manager
        )

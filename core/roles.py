"""Who uses the app: buying for a public body, making offers as a company, or training.

One setting (``Settings.role``) changes the words, the page shown first and the menus; the
data model and the engine stay one. This table is the whole difference: the window reads it
and decides nothing about roles itself.
"""

from __future__ import annotations

from core.record import record

#: the roles, in the order they are offered
ROLES = ("buyer", "company", "training")

#: every page the window can show, in the order of its tabs
PAGES = ("register", "offers", "company", "checks", "organisations", "rules")
#: the page of an open workshop: shown first, whatever the role, while a workshop is open
WORKSHOP_PAGE = "exercises"


@record(frozen=True)
class RoleView:
    """What a role sees: its pages (in tab order), the one shown first, what the welcome page
    of an empty workspace starts with (``tender`` or ``offer``) and the menus it gets beside
    File, Edit, View and Help."""

    pages: tuple[str, ...]
    first_page: str
    starts_with: str
    menus: tuple[str, ...]

    def shows(self, page: str) -> bool:
        """The page is one of this role's."""
        return page in self.pages


VIEWS: dict[str, RoleView] = {
    # a buyer keeps the register of its tenders and decides them
    "buyer": RoleView(
        pages=("register", "organisations", "rules"),
        first_page="register",
        starts_with="tender",
        menus=(),
    ),
    # a company sees its offers and its own profile first; the register is not its business
    "company": RoleView(
        pages=("offers", "company", "checks", "organisations", "rules"),
        first_page="offers",
        starts_with="offer",
        menus=("offers",),
    ),
    # a trainer shows both sides of a tender to a room
    "training": RoleView(
        pages=("register", "offers", "company", "checks", "organisations", "rules"),
        first_page="register",
        starts_with="tender",
        menus=("offers",),
    ),
}


def view_of(role: str | None) -> RoleView:
    """What ``role`` sees; a role not chosen yet sees what a buyer sees (the app's first use)."""
    return VIEWS[role or "buyer"]

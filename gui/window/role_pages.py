"""The pages the role shows (``core.roles``): the company's pages added to the tabs, the
others hidden, and the page shown first. The main window calls these; the role table decides."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMenuBar, QWidget

from core.roles import WORKSHOP_PAGE, view_of

if TYPE_CHECKING:
    from core.store.register import Register

#: the main window (``gui.window.main_window.MainWindow``, not imported: it imports this); it
#: has ``pages``, ``register_page``, ``settings``, ``pack`` and ``apply_settings``
MainWindow = QMainWindow


def add_pages(window: MainWindow, register: Register, lang: str, today: date) -> None:
    """The company's pages the role shows, after the register (each built when first shown);
    a role that does not show them does not get them, hidden or not."""
    view = view_of(window.settings.role)
    if view.shows("offers"):
        window._later.add(
            "offers",
            QCoreApplication.translate("MainWindow", "My offers"),
            lambda: _offers_page(window, register, lang, today),
        )
    if view.shows("company"):
        window._later.add(
            "company",
            QCoreApplication.translate("MainWindow", "My company"),
            lambda: _company_page(window, register, lang, today),
        )
    if view.shows("checks"):
        window._later.add(
            "checks",
            QCoreApplication.translate("MainWindow", "Quick checks"),
            lambda: _checks_page(register, lang, today),
        )


def _offers_page(window: MainWindow, register: Register, lang: str, today: date) -> QWidget:
    from gui.company.offers_page import OffersPage

    page = OffersPage(register, today, lang)
    page.changed.connect(window.register_page.refresh)
    page.meaning_asked.connect(lambda tenderer: open_meaning(window, register, tenderer, lang))
    page.tender_asked.connect(lambda tender: _edit_tender(window, page, tender))
    page.company_asked.connect(lambda: show_page(window, "company"))
    return page


def _edit_tender(window: MainWindow, page: QWidget, tender_id: int) -> None:
    """The register's tender editor on an offer's tender; the offers follow its save."""
    editor = window.register_page.open_editor(tender_id)
    if editor is not None:
        editor.saved.connect(lambda *_saved: page.reload())


def open_meaning(window: MainWindow, register: Register, tenderer_id: int, lang: str):
    """The window of what an offer's tender means for us (None without a company profile)."""
    from PySide6.QtCore import Qt

    from core.company.profile import read_profile
    from gui.company.meaning_dialog import MeaningDialog

    profile = read_profile(register)
    if profile is None:
        return None
    dialog = MeaningDialog(register, tenderer_id, profile, lang, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.company_asked.connect(lambda: show_page(window, "company"))
    dialog.open()
    return dialog


def _company_page(window: MainWindow, register: Register, lang: str, today: date) -> QWidget:
    from gui.company.profile_page import CompanyPage

    page = CompanyPage(register, today, lang)
    page.changed.connect(window.register_page.refresh)
    page.changed.connect(lambda: _reload(window, "offers"))
    page.changed.connect(lambda: _reload(window, "checks"))
    return page


def _checks_page(register: Register, lang: str, today: date) -> QWidget:
    from gui.company.checks_page import QuickChecksPage

    return QuickChecksPage(register, today, lang)


def _reload(window: MainWindow, name: str) -> None:
    """Read a page again when it was built (one not built yet reads when first shown)."""
    page = window._later.built(name)
    if page is not None:
        page.reload()


def names(window: MainWindow) -> list[str]:
    """The page name of each tab, by index (built or not)."""
    tabs, later = window.pages, window._later
    exercises = window.exercises_page  # None unless a workshop is open
    return [
        "register"
        if widget is window.register_page
        else WORKSHOP_PAGE
        if exercises is not None and widget is exercises
        else later.name_of(widget) or ""
        for widget in map(tabs.widget, range(tabs.count()))
    ]


def apply(window: MainWindow, tab: int, before: str | None, first_build: bool) -> None:
    """Hide the tabs the role does not show; show the page the user had, or the role's first
    page (at the first build, after a change from role ``before``, or when the page is not
    the role's)."""
    view = view_of(window.settings.role)
    role_changed = first_build or view_changed(before, window.settings.role)
    tabs = window.pages
    by_index = names(window)  # a page built while tabs are hidden keeps its index

    def shown(name: str) -> bool:
        return name == WORKSHOP_PAGE or view.shows(name)

    if role_changed or not shown(by_index[tab] if tab < len(by_index) else ""):
        first = WORKSHOP_PAGE if WORKSHOP_PAGE in by_index else view.first_page
        tab = by_index.index(first) if first in by_index else 0
    tabs.setCurrentIndex(tab)
    for index, name in enumerate(by_index):
        tabs.setTabVisible(index, shown(name))


def first_painted(window: MainWindow) -> QWidget:
    """The widget whose first paint ends the start: the page the role shows first (a hidden
    register is never painted). Qt paints a page and all it holds, the register's rows too,
    in one pass, and the start's end waits until that pass is over (``AfterFirstPaint``)."""
    return window.pages.currentWidget()


def view_changed(before: str | None, now: str | None) -> bool:
    """The two roles show different pages (a role not chosen yet shows a buyer's)."""
    return view_of(before) is not view_of(now)


def start(window: MainWindow) -> None:
    """The welcome page's first button: a first tender, or for a company a first offer (its
    profile first when it has none)."""
    if view_of(window.settings.role).starts_with != "offer":
        window._on_start()
        return
    window.show_pages()
    offers = show_page(window, "offers")
    if offers.company is None:
        show_page(window, "company")
    else:
        offers.open_new()


def show_page(window: MainWindow, name: str) -> QWidget:
    """Show the page ``name`` (built now if it was not yet)."""
    page = window._later.page(name)
    window.pages.setCurrentWidget(page)
    return page


def add_menus(window: MainWindow, bar: QMenuBar) -> None:
    """The menus of the role (``RoleView.menus``): Offers for a company and a trainer."""
    view = view_of(window.settings.role)
    if "offers" not in view.menus or window.register_page is None:
        return
    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "Offe&rs"))
    new = menu.addAction(QCoreApplication.translate("MainWindow", "&New offer from a notice…"))
    new.triggered.connect(lambda: _new_offer(window))
    meaning = menu.addAction(QCoreApplication.translate("MainWindow", "&What it means for us…"))
    meaning.triggered.connect(lambda: show_page(window, "offers")._on_meaning())
    company = menu.addAction(QCoreApplication.translate("MainWindow", "My &company"))
    company.triggered.connect(lambda: show_page(window, "company"))


def _new_offer(window: MainWindow) -> None:
    offers = show_page(window, "offers")
    if offers.company is None:
        show_page(window, "company")
        return
    offers.open_new()


def choose_role(window: MainWindow, role: str) -> None:
    """The answer of the welcome page's question: kept in the settings, the window follows."""
    window.apply_settings(window.settings.with_value("role", role), window.pack)

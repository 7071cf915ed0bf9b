"""The portal widget in a real browser (Debian's chromium through chromium-driver, headless),
served by the portal service on loopback, on the store a running app works on.

- Accessibility and layout: Arabic lays out right to left, every control has a label, the live
  region announces availability; "call me now" shows while an agent who speaks the language is
  signed in and not paused, and is withdrawn (the next windows offered instead) when they pause.
- End to end: "call me now" in Arabic and "call me back" in German, booked by clicking and
  typing in the widget, reach the app (offscreen) signed in as an agent who speaks both, and
  the app's real pjsua2 engine dials the caller (a SIP peer on loopback).

`make screenshots` (SOFTPHONE_SCREENSHOTS=docs) keeps the widget's screenshots in docs/.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select, update

from crm import portal_keys, schema
from crm.db import make_engine
from crm.portal_store import PortalStore
from softphone.app import AppController, AppOptions
from softphone.bench.callbacks import add_always_open_queue, clear_callback_requests
from softphone.paths import app_paths
from softphone.portal.server import running
from softphone.settings import Settings
from tests.support import app_driver
from tests.support.app_driver import peer_event
from tests.support.demo_store import seeded_demo_store
from tests.support.portal_service import central_behind_a_proxy, create_key
from tests.support.postgres import PostgresServer
from tests.support.qt_async import until, wait_signal
from ui.viewmodels import CallPhase

CHROMIUM = "/usr/bin/chromium"
DRIVER = "/usr/bin/chromedriver"
AGENT = "fatima.benali"  # speaks Arabic; the store makes her speak German too
CALLER = "+390612345678"

pytestmark = pytest.mark.skipif(
    not (shutil.which(CHROMIUM) and shutil.which(DRIVER)),
    reason="needs Debian's chromium and chromium-driver (scripts/install-system-deps.sh)",
)


def prepare_store(path: Path) -> str:
    """The demo store, its requests cleared, a queue open round the clock for Arabic and
    German, and the agent speaking German too; returns a portal key for the page's origin."""
    with seeded_demo_store(path) as engine, engine.begin() as conn:
        clear_callback_requests(conn)
        add_always_open_queue(conn, "always", ["ar", "de"])
        agent = conn.scalar(select(schema.agents.c.id).where(schema.agents.c.login == AGENT))
        conn.execute(insert(schema.agent_languages).values(agent_id=agent, language="de", rank=3))
        conn.execute(update(schema.agent_presence).values(state="offline"))
        return portal_keys.create_key(conn, "widget-test")


def set_presence(path: Path, state: str) -> None:
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            agent = conn.scalar(select(schema.agents.c.id).where(schema.agents.c.login == AGENT))
            p = schema.agent_presence
            conn.execute(update(p).where(p.c.agent_id == agent).values(state=state))
    finally:
        engine.dispose()


@contextlib.contextmanager
def browser(size: tuple[int, int] = (520, 900), network_log: bool = False) -> Iterator[Any]:
    """Headless chromium; `network_log`: its network events kept (`sent_headers`)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--lang=en-GB",
                     f"--window-size={size[0]},{size[1]}", "--disable-dev-shm-usage"):  # fmt: skip
        options.add_argument(argument)
    if network_log:
        options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def sent_headers(driver: Any, method: str, path: str) -> list[dict[str, str]]:
    """The headers of each request `method` `path` the page sent since the last call (from
    chromium's network log), in order."""
    found = []
    for entry in driver.get_log("performance"):
        event = json.loads(entry["message"])["message"]
        if event["method"] != "Network.requestWillBeSent":
            continue
        request = event["params"]["request"]
        if request["method"] == method and request["url"].split("?")[0].endswith(path):
            found.append({k.lower(): v for k, v in request["headers"].items()})
    return found


def wait(driver: Any, condition: Callable[[Any], Any], timeout: float = 30) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.1).until(condition)


def visible(driver: Any, css: str) -> Any:
    from selenium.webdriver.common.by import By

    found = driver.find_elements(By.CSS_SELECTOR, css)
    return found[0] if found and found[0].is_displayed() else None


def status_text(driver: Any) -> str:
    from selenium.webdriver.common.by import By

    return str(driver.find_element(By.CSS_SELECTOR, "[role=status]").text)


def open_widget(driver: Any, base: str, key: str, lang: str) -> None:
    driver.get("about:blank")  # a new fragment alone would not load the page again
    driver.get(f"{base}/widget/demo.html#key={key}&lang={lang}")
    wait(driver, lambda d: status_text(d) and "…" not in status_text(d))


def book(driver: Any, phone: str, button: str) -> None:
    from selenium.webdriver.common.by import By

    field = driver.find_element(By.CSS_SELECTOR, "input[type=tel]")
    field.clear()
    field.send_keys(phone)
    driver.find_element(By.CSS_SELECTOR, "input[type=checkbox]").click()
    driver.find_element(By.CSS_SELECTOR, button).click()


def test_the_widget_offers_call_me_now_only_while_an_agent_is_there(tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    folder = Path(os.environ.get("SOFTPHONE_SCREENSHOTS") or tmp_path)
    store_path = tmp_path / "store.sqlite3"
    key = prepare_store(store_path)
    engine = make_engine(f"sqlite:///{store_path}")
    store = PortalStore(engine)
    try:
        with running(store) as service, browser() as driver:
            set_presence(store_path, "available")
            open_widget(driver, service.url, key, "ar")
            root = driver.find_element(By.ID, "widget")
            assert root.get_attribute("dir") == "rtl" and root.get_attribute("lang") == "ar"
            assert visible(driver, ".spcb-now").text == "اتصلوا بي الآن"
            assert "يتوفر موظف" in status_text(driver)  # announced in the live region
            live = driver.find_element(By.CSS_SELECTOR, "[role=status]")
            assert live.get_attribute("aria-live") == "polite"
            # Every control has a label that names it (what a screen reader reads).
            for control in driver.find_elements(By.CSS_SELECTOR, "select, input"):
                if control.get_attribute("type") == "radio":
                    continue
                label = driver.find_element(
                    By.CSS_SELECTOR, f"label[for='{control.get_attribute('id')}']"
                )
                assert label.text.strip(), control.get_attribute("id")
            # Keyboard: Tab reaches the fields in order, starting with the language.
            driver.find_element(By.TAG_NAME, "body").click()
            from selenium.webdriver.common.action_chains import ActionChains
            from selenium.webdriver.common.keys import Keys

            ActionChains(driver).send_keys(Keys.TAB).perform()
            assert driver.switch_to.active_element.get_attribute("name") == "language"
            assert driver.save_screenshot(str(folder / "portal-widget-ar.png"))

            # The last agent who speaks it pauses: "call me now" is withdrawn, windows offered.
            set_presence(store_path, "paused")
            store.forget_cache()
            open_widget(driver, service.url, key, "de")
            wait(driver, lambda d: visible(d, ".spcb-now") is None)
            wait(driver, lambda d: visible(d, ".spcb-window input"))
            assert "Bitte wählen Sie eine Zeit" in status_text(driver)
            topics = [o.text for o in driver.find_elements(By.CSS_SELECTOR, "[name=topic] option")]
            assert len(topics) > 5 and "Renten" in " ".join(topics)  # named in German
            windows = driver.find_elements(By.CSS_SELECTOR, ".spcb-window label")
            assert windows and all(w.text for w in windows)
            assert driver.save_screenshot(str(folder / "portal-widget-de.png"))
    finally:
        engine.dispose()


async def test_bookings_from_the_widget_are_dialled_by_the_app(qapp, async_loop, caller) -> None:
    paths = app_paths().ensure()
    store_path = Path(paths.embedded_store)
    key = prepare_store(store_path)
    settings = Settings(
        agent_login=AGENT,
        wrap_up_seconds=1,
        take_callbacks=True,
        callback_preview_seconds=1,
        callback_dial_format=f"sip:{{number}}@{caller.address}",
    )
    app = AppController(qapp, AppOptions(demo=True, demo_caller=False), paths, settings)
    engine = make_engine(f"sqlite:///{store_path}")
    store = PortalStore(engine)
    dialled: list[str] = []
    calls_seen: set[int] = set()

    def request_of(language: str) -> dict[str, Any] | None:
        r = schema.callback_requests.c
        with engine.connect() as conn:
            row = (
                conn.execute(select(schema.callback_requests).where(r.language == language))
                .mappings()
                .first()
            )
            return None if row is None else dict(row)

    async def dialled_then_reached(language: str) -> None:
        """The app dials the caller for the request booked in `language`; the caller answers,
        hangs up, and the agent records that they were reached."""
        incoming = await peer_event(
            caller, "IncomingCall", lambda e: e.call_id not in calls_seen, timeout=30
        )  # the peer's events are kept: the first call's would match again
        calls_seen.add(incoming.call_id)
        booked = request_of(language)
        assert booked is not None and app.session.callbacks is not None
        assert app.session.callbacks.request is not None, (
            incoming,
            booked,
            app.phone.calls.calls(),
        )
        assert app.session.callbacks.request.uid == booked["uid"]
        dialled.append(language)
        caller.command("answer", call_id=incoming.call_id)
        await until(lambda: [c.phase for c in app.phone.calls.calls()] == [CallPhase.ACTIVE])
        caller.command("hangup", call_id=incoming.call_id)
        queue = app.window.callback_queue
        await until(lambda: queue.request.pages.currentWidget() is queue.request.outcome_page)
        closed = asyncio.ensure_future(wait_signal(app.session.callbacks.closed, timeout=15))
        await asyncio.sleep(0)
        queue.request.outcome_buttons["reached"].click()
        await closed
        await until(lambda: (request_of(language) or {}).get("status") == "done", timeout=15)

    def open_widget_until_now(driver: Any, base: str) -> None:
        # The agent's presence arrives through the app's outbox: reload until it is offered.
        def offered(d: Any) -> bool:
            open_widget(d, base, key, "ar")
            return visible(d, ".spcb-now") is not None

        wait(driver, offered, timeout=60)

    try:
        with running(store, _fast_keys()) as service, browser() as driver:
            async with app_driver.running(app, timeout=180, phone=False):
                await asyncio.to_thread(open_widget_until_now, driver, service.url)
                await asyncio.to_thread(book, driver, "06 1234 5678", ".spcb-now")
                await asyncio.to_thread(wait, driver, lambda d: "المرجع" in status_text(d))
                await dialled_then_reached("ar")
                arabic = request_of("ar")
                assert arabic is not None and arabic["source"] == "web_form"
                assert arabic["phone_e164"] == CALLER
                assert arabic["status"] == "done" and arabic["last_outcome"] == "reached"

                # German, "call me back" in the first window offered.
                await asyncio.to_thread(open_widget, driver, service.url, key, "de")
                await asyncio.to_thread(wait, driver, lambda d: visible(d, ".spcb-window input"))
                await asyncio.to_thread(book, driver, "+39 06 1234 5679", ".spcb-later")
                await asyncio.to_thread(wait, driver, lambda d: "Referenz" in status_text(d))
                german = request_of("de")
                assert german is not None and german["kind"] == "scheduled"
                assert german["window_start"] > datetime.now(UTC)
                # The window's time comes (moved to now rather than waited for, up to half an hour).
                with engine.begin() as conn:
                    r = schema.callback_requests
                    conn.execute(
                        update(r)
                        .where(r.c.uid == german["uid"])
                        .values(next_attempt_at=datetime.now(UTC))
                    )
                await dialled_then_reached("de")
                await until(lambda: app.session.sync.status.pending == 0, timeout=15)
    finally:
        app.shutdown_now()
        app.window.close()
        app.window.deleteLater()
        engine.dispose()
    assert dialled == ["ar", "de"]
    german = request_of_store(store_path, "de")
    assert german["status"] == "done" and german["phone_e164"] == "+390612345679"


def request_of_store(path: Path, language: str) -> dict[str, Any]:
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            r = schema.callback_requests.c
            row = conn.execute(select(schema.callback_requests).where(r.language == language))
            return dict(row.mappings().one())
    finally:
        engine.dispose()


def _fast_keys() -> Any:
    from softphone.portal.guards import Limits

    return Limits(key_cache_s=0)


def test_the_widget_says_the_service_cannot_be_reached_while_its_store_is_away(
    pg_server: PostgresServer,
) -> None:
    """The store goes away after the widget showed the windows: the service answers the
    booking 503, and the caller reads, in their language, that the service cannot be reached
    and to try again later, not the server's English text. Pressed again once the store is
    back, the booking is made, with the first try's Idempotency-Key."""
    from selenium.webdriver.common.by import By

    with central_behind_a_proxy(pg_server) as (central, proxy, through):
        key = create_key(central.url, "widget-test")
        store = PortalStore(make_engine(through))
        try:
            with running(store) as service, browser(network_log=True) as driver:
                open_widget(driver, service.url, key, "it")
                wait(driver, lambda d: visible(d, ".spcb-window input"))
                proxy.cut()
                book(driver, "+39 06 1234 5670", ".spcb-later")
                wait(driver, lambda d: "Servizio non raggiungibile" in status_text(d))
                assert status_text(driver) == "Servizio non raggiungibile. Riprova più tardi."
                # Back: the caller presses again, and the same booking goes with the same
                # Idempotency-Key (had the first been made after all, it is not made twice).
                proxy.restore()
                driver.find_element(By.CSS_SELECTOR, ".spcb-later").click()
                wait(driver, lambda d: status_text(d).startswith("Prenotato. Riferimento"))
                tries = sent_headers(driver, "POST", "/v1/callbacks")
                assert len(tries) >= 2, tries
                assert len({h["idempotency-key"] for h in tries}) == 1, tries
        finally:
            store.engine.dispose()

"""The web chat in a real headless Chromium, as a person uses it."""

from __future__ import annotations

from playwright.sync_api import Browser, Dialog, FilePayload, Page

from core.messages import IdentityKey
from core.models.scripted import Step
from tests.browser import BrowserThread
from tests.web.helpers import Server, answer, open_page, send, solid_png

STREAMING = (
    "() => { const m = document.querySelectorAll('.msg.assistant')[{i}];"
    " return !!m && !m.dataset.done && m.innerText.includes('You said'); }"
)


UNNAMED_CONTROLS = """() => [...document.querySelectorAll('button, textarea, input, a, summary')]
  .filter(e => e.offsetParent !== null)
  .filter(e => !(e.getAttribute('aria-label') || e.innerText.trim() || e.labels?.length))
  .map(e => e.outerHTML.slice(0, 80))"""


def _no_horizontal_scroll(page: Page) -> bool:
    return bool(page.evaluate(
        "document.documentElement.scrollWidth <= window.innerWidth"))


def test_streamed_reply_then_history_after_reload(local: Server,
                                                  browser_thread: BrowserThread) -> None:
    def steps() -> None:
        opened = open_page(browser_thread.browser, local.url)
        page = opened.page
        page.wait_for_selector("body[data-ready]")
        index = send(page, "tell me about the tulips in spring")
        page.wait_for_function(STREAMING.replace("{i}", str(index)), polling=20)
        assert answer(page, index) == "You said: tell me about the tulips in spring"
        page.reload()
        page.wait_for_selector("body[data-ready]")
        log = page.get_by_role("log").inner_text()
        assert "tell me about the tulips in spring" in log
        assert "You said: tell me about the tulips in spring" in log
        assert opened.errors == []
        opened.context.close()

    browser_thread.call(steps)


def test_uploaded_image_colour_is_named(local: Server, browser_thread: BrowserThread) -> None:
    def steps() -> None:
        opened = open_page(browser_thread.browser, local.url)
        page = opened.page
        page.wait_for_selector("body[data-ready]")
        swatch: FilePayload = {"name": "swatch.png", "mimeType": "image/png",
                               "buffer": solid_png((220, 30, 30))}
        with page.expect_file_chooser() as chooser:  # reached with the keyboard
            page.get_by_role("button", name="Add an image").press("Enter")
        chooser.value.set_files(files=[swatch])
        page.locator(".pending img").wait_for()
        index = send(page, "what colour is this?")
        assert "red" in answer(page, index).lower()
        assert page.locator(".msg.user .thumbs img").count() >= 1
        page.reload()
        page.wait_for_selector("body[data-ready]")
        assert "1 image" in page.get_by_role("log").inner_text()
        assert opened.errors == []
        opened.context.close()

    browser_thread.call(steps)


def test_markdown_is_rendered_and_html_stays_text(local: Server,
                                                   browser_thread: BrowserThread) -> None:
    def steps() -> None:
        opened = open_page(browser_thread.browser, local.url)
        page = opened.page
        dialogs: list[str] = []
        def dismiss(dialog: Dialog) -> None:
            dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", dismiss)
        page.wait_for_selector("body[data-ready]")
        index = send(page, "**bold** and `code` <img src=x onerror=alert(1)>")
        text = answer(page, index)
        bubble = page.locator(".msg.assistant").nth(index)
        assert bubble.locator("strong").inner_text() == "bold"
        assert bubble.locator("code").inner_text() == "code"
        assert bubble.locator(".content img").count() == 0
        assert "<img src=x onerror=alert(1)>" in text
        assert dialogs == []
        opened.context.close()

    browser_thread.call(steps)


def test_stop_button_ends_the_answer(local: Server, browser_thread: BrowserThread) -> None:
    local.app.backend.push(Step(hang=True))  # type: ignore[attr-defined]

    def steps() -> None:
        opened = open_page(browser_thread.browser, local.url)
        page = opened.page
        page.wait_for_selector("body[data-ready]")
        index = send(page, "take all the time you need")
        page.get_by_role("button", name="Stop the answer").click()
        assert answer(page, index) == "Stopped."
        send_button = page.get_by_role("button", name="Send")
        send_button.wait_for(state="visible", timeout=5000)  # swapped back after the stop event
        assert send_button.is_visible()
        opened.context.close()

    browser_thread.call(steps)


def test_commands_menu_offers_the_registry(local: Server, browser_thread: BrowserThread) -> None:
    def steps() -> None:
        opened = open_page(browser_thread.browser, local.url)
        page = opened.page
        page.wait_for_selector("body[data-ready]")
        page.get_by_label("Message Muse").type("/he")
        menu = page.get_by_role("listbox", name="Commands")
        assert "/help" in menu.inner_text()
        page.get_by_label("Message Muse").press("Tab")
        assert page.get_by_label("Message Muse").input_value() == "/help"
        index = page.locator(".msg.assistant").count()
        page.get_by_label("Message Muse").press("Enter")
        assert "/web" in answer(page, index)
        opened.context.close()

    browser_thread.call(steps)


def test_beyond_loopback_without_login_serves_nobody(remote: Server,
                                                     browser_thread: BrowserThread) -> None:
    def steps() -> None:
        opened = open_page(browser_thread.browser, remote.url)
        page = opened.page
        assert page.get_by_role("heading", name="Sign in to Muse").is_visible()
        assert "/web" in page.inner_text("body")
        assert page.get_by_label("Message Muse").count() == 0
        status = page.evaluate("fetch('/api/state').then(r => r.status)")
        assert status == 401
        sent = page.evaluate("fetch('/api/messages', {method: 'POST', body: new FormData()})"
                             ".then(r => r.status)")
        assert sent == 401
        opened.context.close()

    browser_thread.call(steps)


def _sign_in(browser: Browser, link: str) -> tuple[Page, list[str]]:
    opened = open_page(browser, link)
    opened.page.get_by_role("button", name="Continue").click()
    opened.page.wait_for_selector("body[data-ready]")
    return opened.page, opened.errors


def test_login_link_works_once_as_the_same_person(remote: Server,
                                                  browser_thread: BrowserThread) -> None:
    link = remote.login_link("alice")

    def first_use() -> list[dict[str, object]]:
        page, errors = _sign_in(browser_thread.browser, link)
        index = send(page, "hello from my phone")
        assert answer(page, index) == "You said: hello from my phone"
        page.reload()
        page.wait_for_selector("body[data-ready]")
        assert "hello from my phone" in page.get_by_role("log").inner_text()
        assert errors == []
        cookies = [dict(c) for c in page.context.cookies()]
        page.context.close()
        return cookies

    cookies = browser_thread.call(first_use)
    assert [(c["httpOnly"], c["sameSite"]) for c in cookies] == [(True, "Strict")]

    def second_use() -> None:
        opened = open_page(browser_thread.browser, link)
        page = opened.page
        assert page.get_by_role("heading", name="This link can't be used").is_visible()
        assert page.get_by_role("button", name="Continue").count() == 0
        page.goto(remote.url)
        assert page.get_by_role("heading", name="Sign in to Muse").is_visible()
        opened.context.close()

    browser_thread.call(second_use)
    store = remote.app.store
    alice = remote.call(store.person_of(IdentityKey("test", "", "alice")))
    web_ids = remote.call(remote.app.db.run(lambda c: c.execute(
        "SELECT user_id FROM identities WHERE platform='web'").fetchall()))
    assert [r[0] for r in web_ids] == [f"person-{alice.person_id}" if alice else "?"]


def test_layout_phone_and_desktop_dark_and_light(local: Server,
                                                 browser_thread: BrowserThread) -> None:
    def steps() -> None:
        for width in (375, 1280):
            for scheme in ("light", "dark"):
                opened = open_page(browser_thread.browser, local.url, width, scheme)
                page = opened.page
                page.wait_for_selector("body[data-ready]")
                assert _no_horizontal_scroll(page)
                box = page.get_by_label("Message Muse").bounding_box()
                assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
                assert page.evaluate(UNNAMED_CONTROLS) == []
                background = page.evaluate("getComputedStyle(document.body).backgroundColor")
                dark = background == "rgb(17, 19, 24)"
                assert dark == (scheme == "dark"), background
                opened.context.close()

    browser_thread.call(steps)

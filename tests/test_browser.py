"""The review page in a real browser: headless Chromium driven over the DevTools protocol.

No Node toolchain and no extra package: Chromium is started with
``--remote-debugging-pipe`` and spoken to over its pipe (fds 3 and 4, JSON
messages ending in NUL).  The tests check the DOM after real key presses and
mouse clicks, and save screenshots under ``test-output/``.

Skipped when Chromium is absent, except with CI=true, where that is a failure.
"""

from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "test-output"
CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars")


def find_chromium() -> str | None:
    for name in CANDIDATES:
        path = shutil.which(name)
        if path:
            return path
    return "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None


class Chrome:
    """A minimal DevTools-protocol client over ``--remote-debugging-pipe``."""

    def __init__(self, binary: str, width: int = 1440, height: int = 900, timeout: float = 60):
        self.tmp = tempfile.mkdtemp(prefix="nt-chromium-")
        r1, w1 = os.pipe()  # we write w1, chromium reads fd 3
        r2, w2 = os.pipe()  # chromium writes fd 4, we read r2

        def child_fds() -> None:
            os.dup2(r1, 3)
            os.dup2(w2, 4)
            os.set_inheritable(3, True)
            os.set_inheritable(4, True)

        self.log = open(os.path.join(self.tmp, "chromium.log"), "wb")
        self.proc = subprocess.Popen(
            [binary, *FLAGS, f"--user-data-dir={self.tmp}/profile", "--remote-debugging-pipe",
             f"--window-size={width},{height}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self.log,
            preexec_fn=child_fds, close_fds=False,
        )
        os.close(r1)
        os.close(w2)
        self.wfd, self.rfd = w1, r2
        self.buf = b""
        self.n = 0
        self.events: list[dict] = []
        self.timeout = timeout
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.call("Page.enable", session=True)
        self.call("Runtime.enable", session=True)
        self.call("Emulation.setDeviceMetricsOverride", session=True, width=width, height=height,
                  deviceScaleFactor=1, mobile=False)

    # ------------------------------------------------------------ protocol
    def _send(self, msg: dict) -> None:
        data = json.dumps(msg).encode() + b"\0"
        while data:
            data = data[os.write(self.wfd, data):]

    def _recv(self, deadline: float) -> dict:
        while b"\0" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no answer from chromium")
            ready, _, _ = select.select([self.rfd], [], [], left)
            if ready:
                chunk = os.read(self.rfd, 1 << 20)
                if not chunk:
                    raise RuntimeError("chromium closed the pipe: " + self._log_tail())
                self.buf += chunk
        msg, self.buf = self.buf.split(b"\0", 1)
        return json.loads(msg)

    def _log_tail(self) -> str:
        try:
            return Path(self.tmp, "chromium.log").read_text(errors="replace")[-500:]
        except OSError:
            return ""

    def call(self, method: str, session: bool = False, **params) -> dict:
        self.n += 1
        msg: dict = {"id": self.n, "method": method, "params": params}
        if session:
            msg["sessionId"] = self.session
        self._send(msg)
        deadline = time.monotonic() + self.timeout
        while True:
            m = self._recv(deadline)
            if m.get("id") == self.n:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                return m.get("result", {})
            self.events.append(m)

    def wait_event(self, name: str) -> dict:
        for i, m in enumerate(self.events):
            if m.get("method") == name:
                return self.events.pop(i)
        deadline = time.monotonic() + self.timeout
        while True:
            m = self._recv(deadline)
            if m.get("method") == name:
                return m
            self.events.append(m)

    # ------------------------------------------------------------ actions
    def open(self, url: str) -> float:
        """Navigate and wait for the load event; return the seconds it took."""
        self.events.clear()
        start = time.monotonic()
        self.call("Page.navigate", session=True, url=url)
        self.wait_event("Page.loadEventFired")
        return time.monotonic() - start

    def js(self, expression: str):
        r = self.call("Runtime.evaluate", session=True, expression=expression, returnByValue=True,
                      awaitPromise=True)
        if "exceptionDetails" in r:
            raise AssertionError(f"JS error in {expression!r}: {r['exceptionDetails']}")
        return r["result"].get("value")

    def key(self, key: str) -> None:
        args = {"key": key, "code": f"Key{key.upper()}", "windowsVirtualKeyCode": ord(key.upper())}
        self.call("Input.dispatchKeyEvent", session=True, type="keyDown", text=key, **args)
        self.call("Input.dispatchKeyEvent", session=True, type="keyUp", **args)

    def click(self, x: float, y: float) -> None:
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", session=True, type=kind, x=x, y=y, button="left",
                      clickCount=1)

    def hover(self, x: float, y: float) -> None:
        self.call("Input.dispatchMouseEvent", session=True, type="mouseMoved", x=x, y=y)

    def click_selector(self, selector: str) -> None:
        box = self.js(f"""(() => {{ const el = document.querySelector({json.dumps(selector)});
            el.scrollIntoView({{block: 'center'}}); const r = el.getBoundingClientRect();
            return [r.left + Math.min(8, r.width / 2), r.top + r.height / 2]; }})()""")
        self.click(*box)

    def screenshot(self, path: Path, full: bool = False) -> None:
        r = self.call("Page.captureScreenshot", session=True, format="png", captureBeyondViewport=full)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(r["data"]))

    def close(self) -> None:
        try:
            self.call("Browser.close")
        except Exception:  # noqa: BLE001 - the browser may be gone already
            pass
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for fd in (self.wfd, self.rfd):
            try:
                os.close(fd)
            except OSError:
                pass
        self.log.close()
        shutil.rmtree(self.tmp, ignore_errors=True)


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def chrome():
    binary = find_chromium()
    if binary is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is not installed, and CI=true: the browser tests must run in CI "
                        "(.ci/run installs Debian's chromium)")
        pytest.skip("chromium not found (apt-get install chromium); browser tests skipped")
    browser = Chrome(binary)
    yield browser
    browser.close()


@pytest.fixture(scope="module")
def page_url(tmp_path_factory):
    from northeast_text.writers.html import html_page

    from test_html import northeast_pair

    pair = northeast_pair()
    start = time.perf_counter()
    page = html_page(pair)
    render = time.perf_counter() - start
    path = tmp_path_factory.mktemp("review") / "northeast.html"
    path.write_text(page, encoding="utf-8")
    return path.as_uri(), pair, render, len(page.encode("utf-8"))


@pytest.fixture()
def opened(chrome, page_url):
    url, pair, _, _ = page_url
    chrome.open(url)
    chrome.js("localStorage.clear(); true")
    chrome.open(url)  # fresh state: no stored decisions
    return pair


# --------------------------------------------------------------------------- tests


def test_opens_fast_and_shows_every_finding(chrome, page_url):
    url, pair, render, size = page_url
    seconds = chrome.open(url)
    timing = chrome.js("""(() => { const t = performance.getEntriesByType('navigation')[0];
        return {dcl: t.domContentLoadedEventEnd, load: t.loadEventEnd || performance.now(),
                ready: document.body.dataset.ready}; })()""")
    assert timing["ready"] == "1", "the page script did not finish"
    assert chrome.js("document.querySelectorAll('#findings .finding').length") == len(pair.findings)
    # nothing outside the file was requested
    assert chrome.js("performance.getEntriesByType('resource').length") == 0
    OUT.mkdir(exist_ok=True)
    (OUT / "review-timing.json").write_text(json.dumps({
        "pair": pair.id, "findings": len(pair.findings), "html_bytes": size,
        "render_seconds": round(render, 3), "open_seconds": round(seconds, 3),
        "dom_content_loaded_ms": round(timing["dcl"]), "load_ms": round(timing["load"]),
    }, indent=2) + "\n")
    assert seconds < 10
    chrome.screenshot(OUT / "review-northeast.png")


def test_filters_hide_and_show(chrome, opened):
    pair = opened
    n = len(pair.findings)
    count = "[...document.querySelectorAll('#findings .finding')].filter(e => !e.hidden).length"
    info = sum(f.severity == "info" for f in pair.findings)
    others = n - info
    # info starts hidden when there are errors or warnings
    assert chrome.js(count) == (others if others else n)
    chrome.click_selector('input[data-filter="sev"][value="info"]')
    assert chrome.js(count) == n
    assert chrome.js("document.getElementById('shown').textContent") == f"showing {n} of {n}"
    kind = pair.findings[0].kind
    chrome.click_selector(f'input[data-filter="kind"][value="{kind}"]')
    assert chrome.js(count) == n - sum(f.kind == kind for f in pair.findings)
    assert chrome.js(f"""[...document.querySelectorAll('#findings .finding[data-kind="{kind}"]')]
        .every(e => e.hidden && getComputedStyle(e).display === 'none')""")
    chrome.click_selector(f'input[data-filter="kind"][value="{kind}"]')
    chrome.click_selector('input[data-filter="sev"][value="error"]')
    assert chrome.js(count) == n - sum(f.severity == "error" for f in pair.findings)
    chrome.click_selector('input[data-filter="sev"][value="error"]')
    assert chrome.js(count) == n


def test_click_scrolls_to_and_highlights_both_spans(chrome, opened):
    pair = opened
    f = next(f for f in pair.findings if f.kind == "scale")
    chrome.js("window.scrollTo(0, 0); true")
    chrome.click_selector(f'#findings .finding[data-fid="{f.id}"] .msg')
    state = chrome.js(f"""(() => {{
        const e = document.querySelector('.finding[data-fid="{f.id}"]');
        const ids = e.dataset.targets.split(' ');
        const els = ids.map(i => document.getElementById(i));
        return {{current: e.classList.contains('current'), scrollY: window.scrollY,
                 hit: els.map(x => x.classList.contains('hit')),
                 texts: els.map(x => x.textContent),
                 inView: els.map(x => {{ const r = x.getBoundingClientRect();
                                        return r.top >= 0 && r.bottom <= innerHeight; }})}};
    }})()""")
    assert state["current"]
    assert state["texts"] == [f.source_text, f.target_text]
    assert state["hit"] == [True, True]
    assert state["inView"] == [True, True]
    assert state["scrollY"] > 0
    chrome.screenshot(OUT / "review-northeast-scale.png")


def test_keyboard_next_and_previous(chrome, opened):
    visible = chrome.js("""[...document.querySelectorAll('#findings .finding')]
        .filter(e => !e.hidden).map(e => e.dataset.fid)""")
    assert len(visible) >= 3
    cur = "(window.NT.current() || {dataset: {}}).dataset.fid || null"
    chrome.js("document.activeElement.blur(); true")
    chrome.key("j")
    assert chrome.js(cur) == visible[0]
    chrome.key("j")
    chrome.key("n")
    assert chrome.js(cur) == visible[2]
    chrome.key("k")
    assert chrome.js(cur) == visible[1]
    chrome.key("p")
    assert chrome.js(cur) == visible[0]
    # the selected finding's spans are lit
    assert chrome.js("document.querySelectorAll('.hit').length") >= 1


def test_hover_highlights_counterparts(chrome, opened):
    pair = opened
    f = next(f for f in pair.findings if f.kind == "scale")
    box = chrome.js(f"""(() => {{
        const id = document.querySelector('.finding[data-fid="{f.id}"]').dataset.targets.split(' ')[1];
        const el = document.getElementById(id); el.scrollIntoView({{block: 'center'}});
        const r = el.getBoundingClientRect(); return [r.left + 5, r.top + r.height / 2]; }})()""")
    chrome.hover(*box)
    lit = chrome.js("[...document.querySelectorAll('.pair-hl')].map(e => e.textContent)")
    assert f.source_text in lit and f.target_text in lit
    chrome.hover(5, 5)


def test_decisions_export_and_persist(chrome, opened, page_url):
    pair = opened
    errors = [f for f in pair.findings if f.severity == "error"]
    chrome.click_selector(f'.finding[data-fid="{errors[0].id}"] .msg')
    chrome.click_selector(f'.finding[data-fid="{errors[0].id}"] button[data-act="dismissed"]')
    chrome.js(f"""(() => {{ const t = document.querySelector('.finding[data-fid="{errors[0].id}"] textarea');
        t.value = 'rounded in the original'; t.dispatchEvent(new Event('input')); return true; }})()""")
    chrome.js("document.activeElement.blur(); true")
    chrome.click_selector(f'.finding[data-fid="{errors[1].id}"] .msg')
    chrome.key("c")
    exported = json.loads(chrome.js("window.NT.exportJSON()"))
    assert exported["schema"] == 1 and exported["pair"] == pair.id
    assert exported["decisions"] == [
        {"finding": errors[0].id, "decision": "dismissed", "comment": "rounded in the original"},
        {"finding": errors[1].id, "decision": "confirmed", "comment": ""},
    ]
    # the header count follows, and the export parses as a decisions file
    assert chrome.js("document.querySelector('#counts .c-error b').textContent") == str(len(errors) - 1)
    from northeast_text.review import parse_decisions

    assert len(parse_decisions(json.dumps(exported)).decisions) == 2
    # the download link is a Blob URL with the right name
    assert chrome.js("window.NT.download()") == f"{pair.id}.decisions.json"
    # decisions survive a reload (localStorage)
    chrome.open(page_url[0])
    assert chrome.js(f"""document.querySelector('.finding[data-fid="{errors[0].id}"]').dataset.decision""") \
        == "dismissed"
    chrome.screenshot(OUT / "review-northeast-decisions.png")
    chrome.js("localStorage.clear(); true")


def test_print_layout_keeps_text_and_findings(chrome, opened):
    chrome.call("Emulation.setEmulatedMedia", session=True, media="print")
    try:
        shown = chrome.js("""({panel: getComputedStyle(document.getElementById('panel')).position,
            filters: getComputedStyle(document.querySelector('.filters')).display,
            hidden: [...document.querySelectorAll('#findings .finding')]
                     .filter(e => getComputedStyle(e).display === 'none').length})""")
    finally:
        chrome.call("Emulation.setEmulatedMedia", session=True, media="")
    assert shown == {"panel": "static", "filters": "none", "hidden": 0}

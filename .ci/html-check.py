#!/usr/bin/env python3
"""Step through a page (backprop-trace trace FIXTURE --format html) in headless Chromium.

usage: html-check.py PAGE.html STEP [--screenshots DIR]

Drives the page over the DevTools protocol (a pipe; Python's standard library only), as a
student would: waits for the script to set up, presses "Step through" and then the right arrow
STEP times, checks that steps 1..STEP show their values, that step STEP+1 is pending (its value
hidden) and the later ones hidden, that the page announced step STEP's value as the static page
prints it, that the left arrow hides it again; then presses "Try it", types a wrong answer for
the first value (judged wrong, nothing revealed) and the value itself (judged correct, revealed).
Any console message or script error fails the check. With --screenshots it writes the page at
1200 px and 375 px wide (from the top, everything shown; and at step STEP in "try it") to DIR.

Exit: 0 ok; 1 a check failed; 2 usage, or no headless Chromium here (the message says so).
"""
import base64
import html.parser
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time


def find_chromium():
    """The browser md-check.sh uses: $CHROMIUM, else the first of the usual names on PATH."""
    for name in (os.environ.get("CHROMIUM") or "", "chromium-headless-shell", "chromium",
                 "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


class Browser:
    """One headless Chromium page, driven over --remote-debugging-pipe (NUL-separated JSON)."""

    def __init__(self, exe, profile):
        to_browser, self._write = os.pipe()
        self._read, from_browser = os.pipe()

        def wire():
            os.dup2(to_browser, 3)
            os.dup2(from_browser, 4)

        args = [exe] + ([] if exe.endswith("headless-shell") else ["--headless"])
        args += ["--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                 "--force-device-scale-factor=1", "--user-data-dir=" + profile, "--remote-debugging-pipe",
                 "about:blank"]
        self.process = subprocess.Popen(args, preexec_fn=wire, pass_fds=(3, 4),
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser)
        os.close(from_browser)
        self._buffer = b""
        self._next = 0
        self.events = []
        self.session = None
        target = next(t for t in self.call("Target.getTargets")["targetInfos"] if t["type"] == "page")
        self.session = self.call("Target.attachToTarget", targetId=target["targetId"], flatten=True)["sessionId"]
        for domain in ("Runtime", "Page", "Log"):
            self.call(domain + ".enable")

    def _message(self, timeout):
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._read], [], [], timeout)
            if not ready:
                raise TimeoutError("no answer from Chromium")
            chunk = os.read(self._read, 1 << 16)
            if not chunk:
                raise EOFError("Chromium closed the pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, **params):
        self._next += 1
        request = {"id": self._next, "method": method, "params": params}
        if self.session:
            request["sessionId"] = self.session
        os.write(self._write, json.dumps(request).encode() + b"\0")
        while True:
            message = self._message(30)
            if message.get("id") == self._next:
                if "error" in message:
                    raise RuntimeError("%s: %s" % (method, message["error"]))
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for index, event in enumerate(self.events):
                if event.get("method") == method:
                    return self.events.pop(index)
            self.events.append(self._message(deadline - time.time()))
        raise TimeoutError("no " + method)

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError("%s: %s" % (expression, result["exceptionDetails"]))
        return result["result"].get("value")

    def key(self, key, code, keycode, text=None):
        for kind in ("keyDown", "keyUp"):
            params = {"type": kind, "key": key, "code": code, "windowsVirtualKeyCode": keycode}
            if text and kind == "keyDown":
                params["text"] = text
            self.call("Input.dispatchKeyEvent", **params)

    def problems(self):
        """Console messages, script errors and error log entries seen so far."""
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append("script error: %s" % params["exceptionDetails"].get("exception", {}).get("description"))
            elif method == "Runtime.consoleAPICalled":
                found.append("console.%s: %s" % (params["type"], [a.get("value") for a in params.get("args", [])]))
            elif method == "Log.entryAdded" and params["entry"]["level"] in ("error", "warning"):
                found.append("log %s: %s" % (params["entry"]["level"], params["entry"]["text"]))
        return found

    def open(self, url, width, height):
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=width < 600)
        for address in ("about:blank", url):  # a new document each time (a changed #fragment alone loads nothing)
            self.call("Page.navigate", url=address)
            self.wait_for("Page.loadEventFired")

    def screenshot(self, path, full=False):
        params = {"format": "png"}
        if full:
            size = self.call("Page.getLayoutMetrics")["cssContentSize"]
            params["clip"] = {"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], 16000), "scale": 1}
            params["captureBeyondViewport"] = True
        with open(path, "wb") as handle:
            handle.write(base64.b64decode(self.call("Page.captureScreenshot", **params)["data"]))

    def close(self):
        self.process.kill()
        self.process.wait()


class StaticSteps(html.parser.HTMLParser):
    """Each step of the page file as written: its attributes and the text of its value."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.steps = []
        self._depth = 0
        self._value_depth = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self._depth += 1
        classes = (attrs.get("class") or "").split()
        if tag == "div" and "step" in classes:
            self.steps.append({"attrs": attrs, "value": ""})
        elif "value" in classes and self.steps and self._value_depth is None:
            self._value_depth = self._depth

    def handle_endtag(self, tag):
        if self._value_depth == self._depth:
            self._value_depth = None
        self._depth -= 1

    def handle_data(self, data):
        if self._value_depth is not None:
            self.steps[-1]["value"] += data


STATES = """Array.prototype.map.call(document.querySelectorAll('.step'), function (s) {
  return s.classList.contains('pending') ? 'pending' : s.classList.contains('future') ? 'future' : 'revealed'; })"""


def check_stepping(browser, static, step, failures):
    if browser.evaluate("document.documentElement.getAttribute('data-script')") != "ready":
        failures.append("the script did not finish setting up (no data-script=\"ready\")")
        return
    browser.evaluate("document.getElementById('mode-step').click()")
    for _ in range(step):
        browser.key("ArrowRight", "ArrowRight", 39)
    states = browser.evaluate(STATES)
    expected = ["revealed"] * step + ["pending"] + ["future"] * (len(states) - step - 1)
    if states != expected:
        wrong = [i + 1 for i, (a, b) in enumerate(zip(states, expected)) if a != b]
        failures.append("after %d presses, steps %s are not in the expected state" % (step, wrong[:5]))
    shown = static.steps[step - 1]
    announced = browser.evaluate("document.getElementById('announce').textContent")
    expected_announcement = "%s = %s" % (shown["attrs"]["data-spoken"], shown["value"])
    if announced != expected_announcement:
        failures.append("announced %r, expected %r" % (announced, expected_announcement))
    else:
        print("html-check: step %d (%s) revealed: %s" % (step, shown["attrs"]["data-key"], announced))
    browser.key("ArrowLeft", "ArrowLeft", 37)
    if browser.evaluate("document.documentElement.getAttribute('data-revealed')") != str(step - 1):
        failures.append("the left arrow did not hide step %d" % step)
    browser.key("ArrowRight", "ArrowRight", 39)


def check_trying(browser, static, failures):
    browser.evaluate("document.getElementById('mode-try').click()")
    first = static.steps[0]

    def answer(text):
        browser.evaluate("document.querySelector('form.try input').value = ''; document.querySelector('form.try input').focus()")
        browser.call("Input.insertText", text=text)
        browser.key("Enter", "Enter", 13, text="\r")
        return browser.evaluate("(document.querySelector('.step output.verdict') || {}).className || ''")

    verdict = answer("12345")
    if "wrong" not in verdict or browser.evaluate("document.documentElement.getAttribute('data-revealed')") != "0":
        failures.append("try it: 12345 for %s gave %r and revealed it" % (first["attrs"]["data-key"], verdict))
    printed = first["attrs"]["data-value"]  # the value itself (as printed it may show too few digits to judge)
    answer(printed)
    if browser.evaluate("document.documentElement.getAttribute('data-revealed')") != "1" or \
            browser.evaluate("document.querySelector('.step').getAttribute('data-verdict')") != "correct":
        failures.append("try it: the value %s of %s was not judged correct and revealed" % (printed, first["attrs"]["data-key"]))
    else:
        print("html-check: try it: %s judged wrong, %s correct" % ("12345", printed))


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    path, step = os.path.abspath(argv[1]), int(argv[2])
    shots = argv[argv.index("--screenshots") + 1] if "--screenshots" in argv else None
    exe = find_chromium()
    if exe is None:
        print("html-check: no headless Chromium found (run ../shared/tools/setup.sh md, or set CHROMIUM); page not checked in a browser")
        return 2
    with open(path, encoding="utf-8") as handle:
        static = StaticSteps(handle.read())
    if len(static.steps) <= step:
        print("html-check: the page has %d steps, not more than %d" % (len(static.steps), step), file=sys.stderr)
        return 1
    failures = []
    profile = tempfile.mkdtemp(prefix="html-check.")
    browser = Browser(exe, profile)
    try:
        url = "file://" + path
        browser.open(url, 1200, 900)
        check_stepping(browser, static, step, failures)
        check_trying(browser, static, failures)
        if shots:
            os.makedirs(shots, exist_ok=True)
            for width in (1200, 375):
                browser.open(url, width, 900)
                browser.screenshot(os.path.join(shots, "all-%d.png" % width), full=True)
                browser.open(url + "#mode=try&step=%d" % step, width, 900)
                browser.screenshot(os.path.join(shots, "try-%d.png" % width))
            print("html-check: screenshots in " + shots)
        failures += browser.problems()
    except (TimeoutError, EOFError, RuntimeError) as error:
        failures.append("the browser: %s" % error)
    finally:
        browser.close()
        shutil.rmtree(profile, ignore_errors=True)
    for failure in failures:
        print("html-check: " + failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

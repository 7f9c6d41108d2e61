#!/usr/bin/env python3
"""Check a step-through page (backprop-trace trace FIXTURE --format html) in headless Chromium.

usage: html-check.py PAGE.html STEP [--screenshots DIR]

Loads PAGE.html#step=STEP (the page's script presses "reveal" STEP times) and, with --dump-dom,
checks that the script set up (data-script="ready") without a script error or a console error,
that steps 1..STEP show their values, that step STEP+1 is pending (its value hidden) and the
later ones hidden, that the page announced step STEP's value as the static page prints it,
and that "try it" (#mode=try&step=STEP) puts its form on the pending step. With --screenshots
it writes the page at 1200 px and 375 px, all values and stepped, to DIR (for a person to
look at). Uses only Python's standard library.

Exit: 0 ok; 1 a check failed; 2 usage, or no headless Chromium here (the message says so).
"""
import html.parser
import os
import shutil
import subprocess
import sys
import tempfile


def find_chromium():
    """The browser md-check.sh uses: $CHROMIUM, else the first of the usual names on PATH."""
    for name in (os.environ.get("CHROMIUM") or "", "chromium-headless-shell", "chromium",
                 "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


def run_browser(exe, profile, url, extra):
    args = [exe] + ([] if exe.endswith("headless-shell") else ["--headless"])
    args += ["--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
             "--force-device-scale-factor=1", "--user-data-dir=" + profile,
             "--virtual-time-budget=5000", "--run-all-compositor-stages-before-draw",
             "--enable-logging=stderr", "--v=0"] + extra + [url]
    return subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=120)


class Page(html.parser.HTMLParser):
    """The parts of a page the checks read: the root's attributes, each step's attributes and
    the text of its value, and the announcement."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.root = {}
        self.steps = []
        self.announce = None
        self._value_depth = None
        self._in_announce = False
        self._depth = 0
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self._depth += 1
        classes = (attrs.get("class") or "").split()
        if tag == "html":
            self.root = attrs
        elif tag == "div" and "step" in classes:
            self.steps.append({"attrs": attrs, "classes": classes, "value": "", "has_try": False})
        elif tag == "form" and "try" in classes and self.steps:
            self.steps[-1]["has_try"] = True
        elif "value" in classes and self.steps and self._value_depth is None:
            self._value_depth = self._depth
        if attrs.get("id") == "announce":
            self._in_announce = True
            self.announce = ""

    def handle_endtag(self, tag):
        if self._value_depth == self._depth:
            self._value_depth = None
        self._depth -= 1
        if tag == "p":
            self._in_announce = False

    def handle_data(self, data):
        if self._value_depth is not None and self.steps:
            self.steps[-1]["value"] += data
        if self._in_announce:
            self.announce += data


def console_errors(stderr):
    """Every console message (Chromium logs them all at INFO level): the page writes none, so
    any is an error, a warning or a leftover to look at."""
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


def check_stepped(page, static, step, failures):
    if page.root.get("data-script") != "ready":
        failures.append("the script did not finish setting up (no data-script=\"ready\")")
    if "data-errors" in page.root:
        failures.append("the script raised %s error(s)" % page.root["data-errors"])
    if page.root.get("data-revealed") != str(step):
        failures.append("data-revealed is %r, expected %d" % (page.root.get("data-revealed"), step))
    for index, entry in enumerate(page.steps, start=1):
        expected = "" if index <= step else ("pending" if index == step + 1 else "future")
        state = "pending" if "pending" in entry["classes"] else "future" if "future" in entry["classes"] else ""
        if state != expected:
            failures.append("step %d is %r, expected %r" % (index, state or "revealed", expected or "revealed"))
    shown = static.steps[step - 1]
    announced = "%s = %s" % (shown["attrs"]["data-spoken"], shown["value"])
    if page.announce != announced:
        failures.append("announced %r, expected %r" % (page.announce, announced))
    else:
        print("html-check: step %d (%s) revealed: %s" % (step, shown["attrs"]["data-key"], page.announce))


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
        static = Page(handle.read())
    if len(static.steps) <= step:
        print("html-check: the page has %d steps, not more than %d" % (len(static.steps), step), file=sys.stderr)
        return 1
    failures = []
    profile = tempfile.mkdtemp(prefix="html-check.")
    try:
        url = "file://" + path
        result = run_browser(exe, profile, url + "#step=%d" % step, ["--window-size=1200,900", "--dump-dom"])
        failures += ["console: " + line for line in console_errors(result.stderr)]
        check_stepped(Page(result.stdout), static, step, failures)
        result = run_browser(exe, profile, url + "#mode=try&step=%d" % step, ["--window-size=375,800", "--dump-dom"])
        failures += ["console: " + line for line in console_errors(result.stderr)]
        tried = Page(result.stdout)
        if not tried.steps[step]["has_try"] or sum(entry["has_try"] for entry in tried.steps) != 1:
            failures.append("try it: the pending step %d does not hold the one answer form" % (step + 1))
        if shots:
            os.makedirs(shots, exist_ok=True)
            for width, height in ((1200, 12000), (375, 16000)):
                for name, fragment in (("all", ""), ("step", "#mode=try&step=%d" % step)):
                    png = os.path.abspath(os.path.join(shots, "%s-%d.png" % (name, width)))
                    run_browser(exe, profile, url + fragment, ["--window-size=%d,%d" % (width, height), "--screenshot=" + png])
                    print("html-check: wrote " + png)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    for failure in failures:
        print("html-check: " + failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

/// The page's script: the judge (`HTMLPageJudgeScript`), then stepping. It only adds to a page
/// that is complete without it: it shows the controls, hides and reveals results, adds the
/// "try it" form and the "copy TeX" buttons, and marks the figure.
///
/// State: `mode` (`all`, `step` or `try`) and `revealed` (how many steps show their value);
/// in the stepping modes the step after the revealed ones is pending (its formula shown, its
/// value hidden) and the later ones are hidden. A location such as `#step=12` (or
/// `#mode=try&step=3`) opens the page there by pressing "reveal" that many times. The script
/// records `data-script="ready"` on the root element when it has set up, `data-revealed` as it
/// steps and `data-errors` when a script error happens, for the CI check in a headless browser.
enum HTMLPageScript {
  static var source: String { HTMLPageJudgeScript.source + stepping }

  private static let stepping = #"""
    (function () {
      "use strict";
      var root = document.documentElement;
      var errors = 0;
      window.addEventListener("error", function () { errors += 1; root.setAttribute("data-errors", String(errors)); });
      var rules = JSON.parse(document.getElementById("judge-rules").textContent);
      var steps = Array.prototype.slice.call(document.querySelectorAll(".step"));
      var marks = Array.prototype.slice.call(document.querySelectorAll(".mark"));
      // A pass or a section is hidden while the first of its steps is; one without a step (the
      // results of a run) until every step is revealed.
      var groups = Array.prototype.slice.call(document.querySelectorAll(".group")).map(function (group) {
        var first = group.querySelector(".step");
        return { element: group, first: first ? steps.indexOf(first) : steps.length };
      });
      var announce = document.getElementById("announce");
      var progress = document.getElementById("progress");
      var buttons = { all: document.getElementById("mode-all"), step: document.getElementById("mode-step"), "try": document.getElementById("mode-try") };
      var mode = "all", revealed = steps.length;

      var verdicts = {
        "correct": "Correct.",
        "correct-truncated": "Correct (the digits were cut off rather than rounded).",
        "follow-through": "Follows from your earlier values.",
        "too-coarse": "The right value, but too few digits to tell: show at least " + rules.minimumSignificantDigits + " significant digits.",
        "wrong": "Not quite. Try again, or press the \u2192 button to reveal it.",
        "not-a-number": "Type a number, such as 0.5933 or -1.2e-3."
      };

      function valueText(step) { return step.querySelector(".value").textContent; }

      function say(step) { announce.textContent = step.getAttribute("data-spoken") + " = " + valueText(step); }

      function tryForm(step) {
        var form = document.createElement("form");
        form.className = "try";
        var label = document.createElement("label");
        label.textContent = "Your value for " + step.getAttribute("data-spoken") + ": ";
        var input = document.createElement("input");
        input.type = "text";
        input.setAttribute("inputmode", "decimal");
        input.setAttribute("autocomplete", "off");
        input.spellcheck = false;
        label.appendChild(input);
        var check = document.createElement("button");
        check.type = "submit";
        check.textContent = "Check";
        var verdict = document.createElement("output");
        verdict.setAttribute("aria-live", "polite");
        form.appendChild(label);
        form.appendChild(check);
        form.appendChild(verdict);
        form.addEventListener("submit", function (event) {
          event.preventDefault();
          var judgement = BackpropJudge.judge(rules, input.value, step.getAttribute("data-key"), Number(step.getAttribute("data-value")), null);
          verdict.textContent = verdicts[judgement] || judgement;
          verdict.className = "verdict " + judgement;
          if (judgement === "correct" || judgement === "correct-truncated") {
            step.setAttribute("data-verdict", judgement);
            reveal(true);
          }
        });
        return form;
      }

      // What render last set, so that a press touches only the steps whose state changes.
      var states = [], groupStates = [], shownCurrent = null, form = null;

      function render(focus) {
        var stepping = mode !== "all";
        steps.forEach(function (step, index) {
          var state = !stepping || index < revealed ? "" : index === revealed ? "pending" : "future";
          if (states[index] === state) return;
          states[index] = state;
          step.classList.toggle("pending", state === "pending");
          step.classList.toggle("future", state === "future");
        });
        groups.forEach(function (group, index) {
          var hidden = stepping && group.first > revealed;
          if (groupStates[index] !== hidden) group.element.classList.toggle("future", hidden);
          groupStates[index] = hidden;
        });
        var current = stepping ? steps[revealed] || steps[revealed - 1] || null : null;
        if (shownCurrent) shownCurrent.classList.remove("current");
        if (current) current.classList.add("current");
        shownCurrent = current;
        var mark = current ? current.getAttribute("data-mark") : null;
        marks.forEach(function (element) { element.classList.toggle("on", mark !== null && element.getAttribute("data-mark") === mark); });
        progress.textContent = stepping ? revealed + " of " + steps.length + " values revealed" : "";
        root.setAttribute("data-revealed", String(revealed));
        var pending = mode === "try" ? steps[revealed] : null;
        if (form && form.parentNode !== pending) {
          form.parentNode.removeChild(form);
          form = null;
        }
        if (pending && !form) {
          form = tryForm(pending);
          pending.appendChild(form);
          if (focus) form.querySelector("input").focus();
        }
        if (focus && current) current.scrollIntoView({ block: "nearest" });
      }

      function reveal(focus) {
        if (mode === "all" || revealed >= steps.length) return;
        revealed += 1;
        say(steps[revealed - 1]);
        render(focus);
      }

      function hide() {
        if (mode === "all" || revealed <= 0) return;
        revealed -= 1;
        announce.textContent = "Hidden: " + steps[revealed].getAttribute("data-spoken");
        render(true);
      }

      function setMode(next) {
        mode = next;
        revealed = next === "all" ? steps.length : 0;
        Object.keys(buttons).forEach(function (name) { buttons[name].setAttribute("aria-pressed", String(name === next)); });
        root.setAttribute("data-mode", next);
        render(false);
      }

      Object.keys(buttons).forEach(function (name) {
        buttons[name].addEventListener("click", function () { setMode(name); });
      });
      document.getElementById("next").addEventListener("click", function () { reveal(true); });
      document.getElementById("previous").addEventListener("click", hide);
      document.addEventListener("keydown", function (event) {
        if (mode === "all" || event.altKey || event.ctrlKey || event.metaKey) return;
        var tag = event.target && event.target.tagName ? event.target.tagName.toLowerCase() : "";
        if (tag === "input" || tag === "textarea" || tag === "select") return;
        if (event.key === "ArrowRight" || (event.key === " " && tag !== "button" && tag !== "summary")) {
          event.preventDefault();
          reveal(true);
        } else if (event.key === "ArrowLeft") {
          event.preventDefault();
          hide();
        }
      });

      Array.prototype.forEach.call(document.querySelectorAll("details.tex"), function (details) {
        var copy = document.createElement("button");
        copy.type = "button";
        copy.className = "copy";
        copy.textContent = "Copy TeX";
        copy.addEventListener("click", function () {
          var source = details.querySelector("pre");
          var done = function () { copy.textContent = "Copied"; };
          var select = function () {
            details.open = true;
            var range = document.createRange();
            range.selectNodeContents(source);
            var selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
            copy.textContent = "Selected: press Ctrl+C";
          };
          if (navigator.clipboard && navigator.clipboard.writeText) {
            navigator.clipboard.writeText(source.textContent).then(done, select);
          } else {
            select();
          }
        });
        details.parentNode.insertBefore(copy, details);
      });

      document.getElementById("controls").hidden = false;
      root.classList.add("scripted");
      var hash = {};
      location.hash.replace(/^#/, "").split("&").forEach(function (pair) {
        var parts = pair.split("=");
        if (parts.length === 2) hash[parts[0]] = parts[1];
      });
      var start = /^[0-9]+$/.test(hash.step || "") ? parseInt(hash.step, 10) : -1;
      if (hash.mode === "try" || hash.mode === "step" || start >= 0) {
        setMode(hash.mode === "try" ? "try" : "step");
        for (var press = 0; press < Math.min(start, steps.length); press++) reveal(false);
        var opened = steps[revealed] || steps[revealed - 1];
        if (opened) opened.scrollIntoView({ block: "center" });
      } else {
        render(false);
      }
      root.setAttribute("data-script", "ready");
    })();

    """#
}

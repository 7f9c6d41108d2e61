/// The judge of `verify` and `quiz` in JavaScript, for the page's "try it" mode: the same
/// conditions on the same digits, decided by the rule table the page carries
/// (`Judge.ruleTableJSON`), not by a second copy of the rules. Tests run it on the cases the
/// Swift judge decides and compare the verdicts.
///
/// `BackpropJudge.judge(table, answer, key, truth, followThrough)` returns the judgement's
/// name (`correct`, `correct-truncated`, `follow-through`, `too-coarse`, `wrong`), or
/// `not-a-number` for text that is not a plain decimal number; `followThrough` is a number or
/// null. Digits are those of a value's shortest round-trip text (`String(x)`, as Swift's
/// `description`), rounded half away from zero as on paper.
enum HTMLPageJudgeScript {
  static let source = #"""
    var BackpropJudge = (function () {
      "use strict";
      var NONE = { isExact: false, rounds: false, truncates: false };

      // A decimal text as {negative, digits, exponent}: +-0.d1d2... x 10^exponent; null if it is not one.
      function digitsOf(text) {
        var i = 0, negative = text.charAt(0) === "-";
        if (negative || text.charAt(0) === "+") i = 1;
        var all = [], pointAt = -1, sawDigit = false, power = 0;
        for (; i < text.length; i++) {
          var c = text.charAt(i);
          if (c >= "0" && c <= "9") {
            all.push(c.charCodeAt(0) - 48);
            sawDigit = true;
          } else if (c === ".") {
            if (pointAt >= 0) return null;
            pointAt = all.length;
          } else if (c === "e" || c === "E") {
            var rest = text.slice(i + 1);
            if (!sawDigit || !/^[+-]?[0-9]+$/.test(rest)) return null;
            power = parseInt(rest, 10);
            if (!(Math.abs(power) < 100000)) return null;
            break;
          } else {
            return null;
          }
        }
        if (!sawDigit) return null;
        var point = (pointAt >= 0 ? pointAt : all.length) + power;
        var lead = 0;
        while (lead < all.length && all[lead] === 0) lead++;
        all = all.slice(lead);
        point -= lead;
        while (all.length > 0 && all[all.length - 1] === 0) all.pop();
        return { negative: all.length > 0 && negative, digits: all, exponent: all.length > 0 ? point : 0 };
      }

      function sameDigits(a, b) {
        return a.negative === b.negative && a.exponent === b.exponent && a.digits.join("") === b.digits.join("");
      }

      // The digits rounded (half away from zero) to at most `count` significant digits, trailing
      // zeros dropped: binary noise set aside (-0.3999999999999999 at 15 is -0.4).
      function roundedSignificant(d, count) {
        if (d.digits.length <= count) return d;
        var kept = d.digits.slice(0, count), exponent = d.exponent;
        if (d.digits[count] >= 5) {
          var i = count - 1;
          while (i >= 0 && kept[i] === 9) { kept[i] = 0; i--; }
          if (i >= 0) kept[i] += 1; else { kept.unshift(1); exponent += 1; }
        }
        while (kept.length > 0 && kept[kept.length - 1] === 0) kept.pop();
        return { negative: d.negative, digits: kept, exponent: exponent };
      }

      // The number rounded (half away from zero) or cut off at `decimals` places, as "sign int.fraction".
      function fixed(d, decimals, truncating) {
        var keep = d.exponent + decimals;
        var kept = keep > 0 ? d.digits.slice(0, keep) : [];
        while (keep > kept.length) kept.push(0);
        var next = keep >= 0 && keep < d.digits.length ? d.digits[keep] : 0;
        if (!truncating && next >= 5) {
          var i = kept.length - 1;
          while (i >= 0 && kept[i] === 9) { kept[i] = 0; i--; }
          if (i >= 0) kept[i] += 1; else kept.unshift(1);
        }
        while (kept.length <= decimals) kept.unshift(0);
        var text = kept.join(""), split = text.length - decimals;
        var isZero = kept.every(function (digit) { return digit === 0; });
        return (d.negative && !isZero ? "-" : "+") + text.slice(0, split) + "." + text.slice(split);
      }

      // A number as a student wrote it, its precision from the text; null if it is not one.
      function printed(text) {
        var trimmed = String(text).replace(/^[ \t]+|[ \t]+$/g, "");
        var digits = digitsOf(trimmed);
        var value = Number(trimmed);
        if (!digits || !isFinite(value)) return null;
        var mantissa = trimmed.split(/[eE]/).filter(function (part) { return part.length > 0; });
        var fraction = mantissa[0].split(".")[1];
        var power = mantissa.length > 1 && /^[+-]?[0-9]+$/.test(mantissa[1]) ? parseInt(mantissa[1], 10) : 0;
        var decimals = Math.max(0, (fraction === undefined ? 0 : fraction.length) - power);
        return {
          digits: digits, decimals: decimals, value: value,
          fixed: decimals > 345 ? null : fixed(digits, decimals, true),
          significantDigits: digits.digits.length === 0 ? 0 : Math.max(digits.exponent + decimals, 0),
          lastDecimalUnit: Number("1e-" + decimals)
        };
      }

      function compare(answer, value) {
        if (!isFinite(value)) return NONE;
        var computed = digitsOf(String(value));
        var isExact = sameDigits(computed, answer.digits) || sameDigits(roundedSignificant(computed, 15), answer.digits);
        if (answer.fixed === null) return { isExact: isExact, rounds: isExact, truncates: isExact };
        return {
          isExact: isExact,
          rounds: fixed(computed, answer.decimals, false) === answer.fixed,
          truncates: fixed(computed, answer.decimals, true) === answer.fixed
        };
      }

      function admits(tolerance, answer, value) {
        if (!isFinite(answer) || !isFinite(value)) return false;
        var bound = "absolute" in tolerance ? tolerance.absolute : tolerance.relative * Math.abs(value);
        return Math.abs(answer - value) <= bound * (1 + 1e-9);
      }

      function own(object, key) { return Object.prototype.hasOwnProperty.call(object, key); }

      function judge(table, text, key, truth, followThrough) {
        var answer = printed(text);
        if (answer === null) return "not-a-number";
        var tolerance = own(table.tolerance, key) ? table.tolerance[key] : own(table.tolerance, "*") ? table.tolerance["*"] : null;
        var ft = typeof followThrough === "number" ? followThrough : null;
        var withTruth = tolerance ? NONE : compare(answer, truth);
        var withFollowThrough = tolerance ? NONE : ft === truth ? withTruth : ft !== null ? compare(answer, ft) : NONE;
        var facts = {
          "has-tolerance": function () { return tolerance !== null; },
          "within-tolerance-of-truth": function () { return tolerance !== null && admits(tolerance, answer.value, truth); },
          "within-tolerance-of-follow-through": function () {
            return tolerance !== null && ft !== null && admits(tolerance, answer.value, ft);
          },
          "exact-truth": function () { return withTruth.isExact; },
          "rounds-to-truth": function () { return withTruth.rounds; },
          "truncates-to-truth": function () { return withTruth.truncates; },
          "fits-follow-through": function () { return withFollowThrough.rounds || withFollowThrough.truncates; },
          "near-follow-through": function () {
            if (ft === null || !isFinite(ft)) return false;
            var unit = answer.lastDecimalUnit * (1 + 1e-9);
            return Math.abs(ft - truth) > unit && Math.abs(answer.value - ft) <= unit;
          },
          "enough-digits": function () { return answer.significantDigits >= table.minimumSignificantDigits; }
        };
        for (var r = 0; r < table.rules.length; r++) {
          var rule = table.rules[r];
          var holds = rule["if"].every(function (condition) {
            if (!own(facts, condition)) throw new Error("unknown condition in the rule table: " + condition);
            return facts[condition]();
          });
          if (holds) return rule.then;
        }
        return "wrong";
      }

      return { judge: judge, printed: printed };
    })();

    """#
}

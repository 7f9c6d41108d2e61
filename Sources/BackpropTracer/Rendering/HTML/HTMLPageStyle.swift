/// The page's style sheet: readable from 375 px up, the controls kept in view while stepping,
/// and everything shown when printed. A long page (`main.long`) lays out only the steps near
/// the view, so that thousands of steps open in seconds. What the script hides is hidden only on screens (by
/// `display: none`, never by changing how MathML lays out), so print shows the whole derivation.
enum HTMLPageStyle {
  static let css = """
    body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; line-height: 1.5; color: #1a1a1a; background: #fff; margin: 0 auto; max-width: 62rem; padding: 0 1rem 3rem; }
    h1 { font-size: 1.6rem; line-height: 1.25; margin: 1rem 0 0.5rem; }
    h2 { font-size: 1.3rem; margin: 2rem 0 0.5rem; border-bottom: 1px solid #ddd; }
    h3 { font-size: 1.05rem; margin: 1.25rem 0 0.25rem; }
    math { font-size: 1.15em; }
    math.display { display: inline-block; margin: 0.25rem 0; }
    mtable { math-style: normal; }
    mtd { padding: 0.1rem 0.15rem; }
    mtd:first-child { text-align: right; }
    mtd:last-child { text-align: left; }
    .step, .given-line { border-left: 3px solid #e2e2e2; padding: 0.1rem 0 0.1rem 0.75rem; margin: 0.4rem 0; overflow-x: auto; }
    .long .step { content-visibility: auto; contain-intrinsic-size: auto 7rem; }
    .step.current { border-left-color: #c2410c; background: #fff7ed; }
    .ask { color: #c2410c; font-weight: bold; }
    details.tex { font-size: 0.85rem; }
    details.tex summary { cursor: pointer; color: #555; }
    details.tex pre { white-space: pre-wrap; word-break: break-all; background: #f6f6f6; padding: 0.5rem; margin: 0.25rem 0; }
    figure.diagram { margin: 1rem 0; overflow-x: auto; }
    figure.diagram svg { max-width: 100%; min-width: 34rem; height: auto; }
    .mark { visibility: hidden; stroke: #c2410c; stroke-width: 4; stroke-opacity: 0.8; }
    .mark.on { visibility: visible; }
    rect.mark { stroke-width: 2.5; }
    table.given { border-collapse: collapse; margin: 1rem 0; }
    table.given caption { text-align: left; font-weight: bold; }
    table.given th, table.given td { border: 1px solid #d4d4d4; padding: 0.2rem 0.5rem; text-align: left; }
    .intro .scripted { display: none; }
    .scripted .intro .scripted { display: inline; }
    .notice { border: 2px solid #b45309; padding: 0.5rem; }
    .controls { position: sticky; top: 0; z-index: 1; background: #fff; border-bottom: 1px solid #ddd; padding: 0.5rem 0; display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
    .controls[hidden] { display: none; }
    [data-mode="all"] .stepping { display: none; }
    .stepping { display: inline-flex; gap: 0.4rem; align-items: center; }
    button { font: inherit; min-height: 2.5rem; padding: 0.3rem 0.8rem; border: 1px solid #1f5fa8; border-radius: 0.4rem; background: #fff; color: #1f5fa8; cursor: pointer; }
    button[aria-pressed="true"] { background: #1f5fa8; color: #fff; }
    button.copy { min-height: 0; font-size: 0.8rem; padding: 0.1rem 0.5rem; float: right; }
    :focus-visible { outline: 3px solid #c2410c; outline-offset: 2px; }
    .progress { color: #444; }
    form.try { margin: 0.4rem 0; display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
    form.try input { font: inherit; width: 10rem; padding: 0.3rem; }
    .verdict.correct, .verdict.correct-truncated { color: #166534; }
    .verdict.wrong, .verdict.too-coarse, .verdict.not-a-number { color: #b91c1c; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    @media screen {
      .step:not(.pending) .ask { display: none; }
      .pending .value, .pending details.tex, .pending button.copy, .future { display: none; }
    }
    @media print {
      .controls, form.try, details.tex, button.copy, .ask { display: none; }
      .step { break-inside: avoid; }
    }
    @media (max-width: 30rem) {
      body { padding: 0 0.5rem 2rem; }
      math { font-size: 1em; }
      .step, .given-line { padding-left: 0.4rem; }
    }

    """
}

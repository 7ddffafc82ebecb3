/// The site's one stylesheet: system fonts, no external resources, readable from phone width up.
enum Stylesheet {
    /// The contents of `style.css`.
    static let css = #"""
:root {
  --fg: #1d2430; --muted: #5b6577; --bg: #ffffff; --panel: #f5f7fa; --line: #dde2ea;
  --accent: #1f5fbf; --pass: #17733a; --pass-bg: #e3f4e8; --miss: #b3261e; --miss-bg: #fbe7e5;
  --neutral: #5b6577; --neutral-bg: #eceff3; --nr: #8a5a00; --nr-bg: #fbf0d9;
  --mono: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; color: var(--fg); background: var(--bg);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Roboto, sans-serif;
}
a { color: var(--accent); }
a:hover { text-decoration-thickness: 2px; }
code, pre, kbd { font-family: var(--mono); font-size: 0.88em; }
h1, h2, h3 { line-height: 1.25; }
h1 { font-size: 1.75rem; margin: 0.4rem 0 0.6rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 0.8rem; padding-bottom: 0.3rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.4rem 0 0.5rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

.site-header { background: #17202e; color: #fff; }
.site-header .bar {
  max-width: 72rem; margin: 0 auto; padding: 0.6rem 1rem;
  display: flex; flex-wrap: wrap; gap: 0.5rem 1.2rem; align-items: center;
}
.brand { color: #fff; font-weight: 700; font-size: 1.1rem; text-decoration: none; letter-spacing: 0.02em; }
.site-nav { display: flex; gap: 1rem; }
.site-nav a { color: #cfd8e6; text-decoration: none; }
.site-nav a:hover { color: #fff; text-decoration: underline; }
.search { position: relative; margin-left: auto; flex: 1 1 14rem; max-width: 24rem; }
.search input {
  width: 100%; padding: 0.4rem 0.7rem; border-radius: 6px; border: 1px solid #3a475c;
  background: #243044; color: #fff; font: inherit; font-size: 0.95rem;
}
.search input::placeholder { color: #9aa7ba; }
.search-results {
  position: absolute; right: 0; left: 0; top: 2.4rem; z-index: 10; margin: 0; padding: 0.3rem 0;
  list-style: none; background: #fff; color: var(--fg); border: 1px solid var(--line);
  border-radius: 6px; box-shadow: 0 6px 24px rgba(0,0,0,0.18); max-height: 70vh; overflow-y: auto;
}
.search-results[hidden] { display: none; }
.search-results a { display: block; padding: 0.35rem 0.8rem; text-decoration: none; color: var(--fg); }
.search-results a:hover, .search-results a:focus { background: var(--panel); }
.search-results .sub { display: block; color: var(--muted); font-size: 0.85rem; }
.search-results .empty { padding: 0.35rem 0.8rem; color: var(--muted); }

main { max-width: 72rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
h2 a { color: inherit; text-decoration: none; }
h2 a:hover { color: var(--accent); text-decoration: underline; }
.breadcrumb { font-size: 0.9rem; color: var(--muted); margin-top: 0.4rem; }
.breadcrumb a { color: var(--muted); }
.lead { font-size: 1.05rem; max-width: 48rem; }
.muted { color: var(--muted); }
.site-footer { border-top: 1px solid var(--line); color: var(--muted); font-size: 0.85rem; }
.site-footer p { max-width: 72rem; margin: 0 auto; padding: 1rem; }

.summary { display: flex; flex-wrap: wrap; gap: 0.5rem; padding: 0; margin: 1rem 0; list-style: none; }
.summary li { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 0.45rem 0.8rem; }
.summary strong { font-size: 1.15rem; margin-right: 0.25rem; }
.summary .pass strong { color: var(--pass); }
.summary .miss strong { color: var(--miss); }
.summary .nr strong { color: var(--nr); }

.headline { margin: 0.8rem 0 1rem; }
.headline-main { font-size: 1.25rem; margin: 0 0 0.3rem; }
.headline-main .pass { color: var(--pass); font-weight: 700; }
.headline-main .miss { color: var(--miss); font-weight: 700; }
.headline-rest { color: var(--muted); font-size: 0.95rem; }
.headline-secondary { list-style: none; padding: 0; margin: 0; color: var(--muted); font-size: 0.9rem; }
.headline-secondary strong { font-weight: 600; }
.evidence { display: inline-block; padding: 0.05rem 0.45rem; border-radius: 4px; font-size: 0.8rem; font-weight: 600; white-space: nowrap; }
.evidence-recomputed { color: var(--pass); background: var(--pass-bg); }
.evidence-replot { color: var(--neutral); background: var(--neutral-bg); }
.evidence-bar { color: var(--muted); border: 1px dashed var(--line); }
.source { font-size: 0.88rem; }
.source-derived { font-style: italic; }
.basis { display: block; color: var(--muted); font-size: 0.78rem; white-space: normal; }

.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(15.5rem, 1fr)); gap: 1rem; padding: 0; list-style: none; }
.card {
  display: flex; flex-direction: column; border: 1px solid var(--line); border-radius: 10px;
  overflow: hidden; background: #fff; transition: box-shadow 0.15s;
}
.card:hover { box-shadow: 0 4px 16px rgba(23,32,46,0.12); }
.card .thumb {
  display: flex; align-items: center; justify-content: center; aspect-ratio: 4 / 3;
  background: var(--panel); border-bottom: 1px solid var(--line); overflow: hidden;
}
.card .thumb img { width: 100%; height: 100%; object-fit: contain; background: #fff; }
.card .thumb .placeholder { color: var(--muted); font-size: 1.3rem; font-weight: 600; }
.card .body { padding: 0.7rem 0.9rem 0.9rem; display: flex; flex-direction: column; gap: 0.35rem; flex: 1; }
.card h3 { margin: 0; font-size: 1rem; }
.card h3 a { color: var(--fg); text-decoration: none; }
.card h3 a::after { content: ""; position: absolute; inset: 0; }
.card { position: relative; }
.card .reproduces { color: var(--accent); font-weight: 600; font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.03em; }
.card .meta { color: var(--muted); font-size: 0.85rem; margin: 0; margin-top: auto; }

.badge { display: inline-block; padding: 0.1rem 0.55rem; border-radius: 999px; font-size: 0.8rem; font-weight: 600; white-space: nowrap; width: fit-content; }
.badge-pass { color: var(--pass); background: var(--pass-bg); }
.badge-miss { color: var(--miss); background: var(--miss-bg); }
.badge-neutral { color: var(--neutral); background: var(--neutral-bg); }
.badge-nr { color: var(--nr); background: var(--nr-bg); }
.badge-off { color: var(--muted); background: transparent; border: 1px dashed var(--line); }

.facts { display: flex; flex-wrap: wrap; gap: 0.4rem 1.2rem; color: var(--muted); font-size: 0.92rem; margin: 0.4rem 0 1rem; padding: 0; list-style: none; }
.callout { border-left: 4px solid var(--nr); background: var(--nr-bg); padding: 0.6rem 0.9rem; border-radius: 0 6px 6px 0; }
.callout.error { border-color: var(--miss); background: var(--miss-bg); }
.callout p { margin: 0.2rem 0; }

figure { margin: 1rem 0 1.6rem; }
.figure-box { border: 1px solid var(--line); border-radius: 8px; padding: 0.6rem; background: #fff; }
.figure-box svg, .figure-box img { display: block; width: 100%; height: auto; max-height: 80vh; }
figcaption { font-size: 0.9rem; color: var(--muted); margin-top: 0.4rem; }
figure.single .figure-box { max-width: 56rem; }
.pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; }
.pair figure { margin: 0; }
.variant { display: inline-block; font-weight: 600; color: var(--fg); margin-right: 0.4rem; }
.downloads { display: inline-flex; flex-wrap: wrap; gap: 0.5rem; }
.downloads a { font-size: 0.82rem; padding: 0.05rem 0.45rem; border: 1px solid var(--line); border-radius: 4px; text-decoration: none; }
.missing { color: var(--miss); }

.table-wrap { overflow-x: auto; margin: 0.6rem 0 1rem; border: 1px solid var(--line); border-radius: 8px; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
th, td { padding: 0.4rem 0.65rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { background: var(--panel); font-weight: 600; white-space: nowrap; }
tbody tr:last-child td, tbody tr:last-child th { border-bottom: none; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.differs td { background: #fff8e1; }
.hash { font-family: var(--mono); font-size: 0.8rem; word-break: break-all; }
.explain { display: block; margin-top: 0.25rem; font-size: 0.85rem; color: var(--miss); }
.explain.nr { color: var(--nr); }

pre { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 0.7rem 0.9rem; overflow-x: auto; line-height: 1.45; }
details { margin: 0.6rem 0; }
summary { cursor: pointer; color: var(--accent); font-weight: 600; }
dl.provenance { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1rem; margin: 0; }
dl.provenance dt { color: var(--muted); }
dl.provenance dd { margin: 0; overflow-wrap: anywhere; }
.engine-list { display: flex; flex-wrap: wrap; gap: 0.35rem; padding: 0; margin: 0; list-style: none; }
.engine-list a { display: inline-block; padding: 0.05rem 0.5rem; border-radius: 4px; background: var(--panel); border: 1px solid var(--line); text-decoration: none; font-size: 0.88rem; }

@media (max-width: 40rem) {
  body { font-size: 15px; }
  h1 { font-size: 1.4rem; }
  .search { max-width: none; flex-basis: 100%; }
  dl.provenance { grid-template-columns: 1fr; }
  dl.provenance dd { margin-bottom: 0.4rem; }
  th, td { padding: 0.35rem 0.45rem; }
  .card .thumb { aspect-ratio: 16 / 9; }
  .card .thumb.empty { aspect-ratio: auto; height: 3.5rem; }
  .card .thumb .placeholder { font-size: 1rem; }
  table.stack thead { display: none; }
  table.stack, table.stack tbody, table.stack tr, table.stack td { display: block; width: 100%; }
  table.stack tr { padding: 0.4rem 0; border-bottom: 1px solid var(--line); }
  table.stack tbody tr:last-child { border-bottom: none; }
  table.stack td { border: none; padding: 0.15rem 0.6rem; text-align: left; white-space: normal; }
  table.stack td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-size: 0.85rem; }
}
"""#
}

package org.civicbrief.core.render;

/**
 * The page's only style sheet, inlined because the page must stand alone and its security policy
 * allows no external resources.
 *
 * <p>Colours keep at least 4.5:1 contrast with their backgrounds (WCAG AA); the sheet holds no
 * {@code <} or {@code &} so that the page stays parseable as XML.
 */
final class HtmlStyle {

  static final String CSS =
      """
      :root {
        color-scheme: light;
        --ink: #1b1d21; --muted: #4a4f57; --paper: #ffffff; --soft: #f4f6f9; --rule: #d3d8e0;
        --accent: #0a559e; --chip: #e6eef8; --chip-ink: #15385e; --hedge: #fbeedd;
        --hedge-ink: #6e3700; --mark: #fff0a0; --tip: #1e2532; --tip-link: #bcd8ff;
      }
      *, *::before, *::after { box-sizing: border-box; }
      html { font-size: 106.25%; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
      body {
        margin: 0; background: var(--paper); color: var(--ink);
        font: 1rem/1.6 Georgia, "Iowan Old Style", "Times New Roman", serif;
      }
      a { color: var(--accent); text-underline-offset: 0.15em; }
      a:focus-visible, .item:focus-visible, summary:focus-visible {
        outline: 3px solid var(--accent); outline-offset: 2px;
      }
      .visually-hidden {
        position: absolute; width: 1px; height: 1px; overflow: hidden;
        clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap;
      }
      .skip {
        position: absolute; left: 0.5rem; top: -4rem; z-index: 20; padding: 0.6rem 1rem;
        background: var(--accent); color: #ffffff; font-family: system-ui, sans-serif;
      }
      .skip:focus { top: 0.5rem; }
      .site {
        border-bottom: 1px solid var(--rule); font: 600 0.85rem/1.4 system-ui, sans-serif;
        letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted);
      }
      .site p, main, .colophon { max-width: 46rem; margin: 0 auto; padding: 0.75rem 1rem; }
      main { padding-bottom: 3rem; }
      h1 { font-size: clamp(1.8rem, 6vw, 2.6rem); line-height: 1.15; margin: 1rem 0 0.5rem; }
      h2 {
        font: 700 1.2rem/1.3 system-ui, sans-serif; margin: 2.5rem 0 0.75rem;
        padding-top: 0.6rem; border-top: 3px solid var(--ink);
      }
      h3 { font: 700 1.05rem/1.3 system-ui, sans-serif; margin: 0 0 0.2rem; }
      .dek { font-size: 1.2rem; font-style: italic; color: var(--muted); margin: 0 0 0.75rem; }
      .meta { font: 0.9rem/1.5 system-ui, sans-serif; color: var(--muted); margin: 0; }
      ul.items, ul.cards, ol.timeline, ul.sources { list-style: none; margin: 0; padding: 0; }
      .item { position: relative; border-radius: 0.3rem; }
      .item:hover, .item:focus-within { background: var(--soft); }
      ul.items > li, ul.sources > li { padding: 0.55rem 0.4rem; border-bottom: 1px solid var(--rule); }
      .chip {
        display: inline-block; margin: 0 0 0 0.35rem; padding: 0.05rem 0.55rem; border-radius: 1rem;
        background: var(--chip); color: var(--chip-ink); font: 0.78rem/1.5 system-ui, sans-serif;
        vertical-align: 0.1em;
      }
      .chip.hedge { background: var(--hedge); color: var(--hedge-ink); }
      .tip {
        display: none; position: absolute; left: 0; right: 0; top: 100%; z-index: 10;
        padding: 0.6rem 0.8rem; border-radius: 0.4rem; background: var(--tip); color: #ffffff;
        font: 0.9rem/1.45 system-ui, sans-serif; font-style: normal;
        box-shadow: 0 0.4rem 1.2rem rgba(0, 0, 0, 0.25);
      }
      .item:hover > .tip, .item:focus-within > .tip { display: block; }
      .tip-entry { display: block; }
      .tip-entry + .tip-entry { margin-top: 0.4rem; }
      .tip-src { font-style: italic; }
      .tip a, .tip .tip-link { color: var(--tip-link); white-space: nowrap; }
      ul.cards { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); }
      .card {
        border: 1px solid var(--rule); border-radius: 0.5rem; padding: 0.9rem 1rem;
        background: #fbfcfd;
      }
      .card p { margin: 0.3rem 0; }
      .card .kind, .card .mentions, .label {
        font: 0.82rem/1.4 system-ui, sans-serif; color: var(--muted);
      }
      .card .role { font-weight: 700; }
      figure { margin: 0; }
      blockquote { margin: 0; }
      figure.quote {
        margin: 0 0 1rem; padding: 0.6rem 1rem; border-left: 4px solid var(--accent);
      }
      figure.quote blockquote p { font-size: 1.12rem; margin: 0; }
      figure.quote blockquote p::before { content: "\\201C"; }
      figure.quote blockquote p::after { content: "\\201D"; }
      figcaption { margin-top: 0.3rem; font: 0.9rem/1.4 system-ui, sans-serif; color: var(--muted); }
      .card-quote { margin: 0.5rem 0 0; padding: 0.2rem 0.6rem; border-left: 3px solid var(--rule); }
      .card-quote p { margin: 0; font-style: italic; }
      ol.timeline { margin-left: 0.45rem; padding-left: 1.25rem; border-left: 3px solid var(--rule); }
      ol.timeline > li { position: relative; padding: 0.2rem 0.4rem 1rem; }
      ol.timeline > li::before {
        content: ""; position: absolute; left: -1.85rem; top: 0.45rem; width: 0.9rem; height: 0.9rem;
        border: 2px solid var(--paper); border-radius: 50%; background: var(--accent);
      }
      ol.timeline time { display: block; font: 700 0.95rem/1.4 system-ui, sans-serif; }
      .approx { font: 0.8rem/1.4 system-ui, sans-serif; color: var(--muted); }
      .kind-label { font: 0.8rem/1.4 system-ui, sans-serif; color: var(--muted); }
      details { border: 1px solid var(--rule); border-radius: 0.5rem; padding: 0 1rem; }
      summary {
        cursor: pointer; padding: 0.7rem 0; min-height: 2.75rem;
        font: 600 1rem/1.4 system-ui, sans-serif;
      }
      .notice { border-left: 4px solid var(--accent); padding: 0.4rem 0.8rem; }
      details.concept { margin: 0.5rem 0; }
      ul.actions { padding-left: 1.2rem; }
      ol.quiz > li { margin: 0 0 1.2rem; }
      ol.quiz .stem { font-weight: 600; margin: 0 0 0.4rem; }
      ol.quiz ol.options { margin: 0 0 0.5rem; }
      ol.quiz details.answer { padding: 0 0.8rem; }
      mark { background: var(--mark); color: inherit; padding: 0 0.05em; }
      mark:target { outline: 3px solid var(--accent); }
      .colophon { font: 0.8rem/1.5 system-ui, sans-serif; color: var(--muted); }
      @media (min-width: 48rem) { html { font-size: 112.5%; } }
      @media print {
        .skip, .site, .tip { display: none !important; }
        html { font-size: 11pt; }
        main { max-width: none; padding: 0; }
        .item:hover, .item:focus-within { background: none; }
        a { color: inherit; }
        ul.sources a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
        .card, figure, ol.timeline > li, ul.items > li { break-inside: avoid; }
        h2 { break-after: avoid; }
        details::details-content { content-visibility: visible; display: contents; }
        summary { display: none; }
      }
      """;

  private HtmlStyle() {}
}

/// The report's stylesheet, inlined in its page: system fonts only, light and dark schemes.
enum ReportStyle {
    static let css = """
        :root { color-scheme: light dark; --ink: #1d232a; --muted: #5d6873; --line: #d5dbe1; --paper: #ffffff; --accent: #2f6fb2;
          --l0: #e7ebef; --l1: #c3dcf2; --l2: #86b7e3; --l3: #3f86c9; --l4: #1d558f; }
        @media (prefers-color-scheme: dark) {
          :root { --ink: #e6e9ec; --muted: #9aa5b0; --line: #3a434c; --paper: #161b20; --accent: #6aa7e6;
            --l0: #262d34; --l1: #1f3f5e; --l2: #2b5f8f; --l3: #4d8fd0; --l4: #8cc2f5; }
        }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--paper); color: var(--ink); font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; }
        main { max-width: 980px; margin: 0 auto; padding: 24px 20px 48px; }
        h1 { margin: 0 0 4px; font-size: 1.7em; }
        h2 { margin: 32px 0 12px; font-size: 1.25em; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
        h3 { margin: 0 0 4px; font-size: 1.05em; }
        .generated, .facts, figcaption { color: var(--muted); }
        p.facts { margin: 0 0 2px; font-size: 0.92em; }
        dl.facts { display: flex; flex-wrap: wrap; gap: 10px; margin: 16px 0 0; }
        dl.facts div { border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px; min-width: 110px; }
        dt { font-size: 0.8em; }
        dd { margin: 0; font-size: 1.15em; font-weight: 600; color: var(--ink); }
        svg { display: block; width: 100%; height: auto; }
        svg.legend { width: 140px; margin-top: 6px; }
        .label { font-size: 10px; fill: var(--muted); }
        .day { rx: 2px; }
        .level0 { fill: var(--l0); } .level1 { fill: var(--l1); } .level2 { fill: var(--l2); }
        .level3 { fill: var(--l3); } .level4 { fill: var(--l4); }
        table.records { border-collapse: collapse; width: 100%; font-size: 0.92em; }
        table.records th, table.records td { text-align: left; padding: 4px 10px 4px 0; border-bottom: 1px solid var(--line); }
        table.records thead th { color: var(--muted); font-weight: 600; }
        article.exercise { margin: 0 0 24px; }
        .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 16px; margin-top: 8px; }
        figure { margin: 0; }
        figcaption { font-size: 0.85em; margin-bottom: 2px; }
        .axis { stroke: var(--muted); stroke-width: 1; }
        .grid { stroke: var(--line); stroke-width: 1; stroke-dasharray: 3 3; }
        .bar { fill: var(--accent); }
        .trend { fill: none; stroke: var(--accent); stroke-width: 2; }
        .dot { fill: var(--paper); stroke: var(--accent); stroke-width: 2; }
        """
}

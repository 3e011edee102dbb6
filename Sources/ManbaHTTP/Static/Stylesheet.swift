/// The one stylesheet. Colours meet WCAG 2.1 AA (body text 15.3:1, links 7.6:1 on white); focus is
/// always visible; the high-contrast mode enlarges text and switches to yellow on black.
enum Stylesheet {
    static let css = """
    :root { --text: #1b1b1b; --muted: #4a4a4a; --link: #0a4b8c; --bg: #ffffff; --panel: #f3f5f8; --accent: #0b6b3a; --border: #8a8f98; }
    * { box-sizing: border-box; }
    body { margin: 0; font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; font-size: 1rem; line-height: 1.5; color: var(--text); background: var(--bg); }
    a { color: var(--link); text-decoration: underline; }
    a:focus, button:focus, input:focus, select:focus, textarea:focus, main:focus { outline: 3px solid #b35c00; outline-offset: 2px; }
    .visually-hidden { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
    .skip-link { position: absolute; left: -999px; top: 0; background: #000; color: #fff; padding: .5rem 1rem; }
    .skip-link:focus { left: 0; z-index: 10; color: #fff; }
    .site-header { background: var(--panel); border-bottom: 2px solid var(--accent); padding: .75rem 1.25rem; display: flex; flex-wrap: wrap; gap: .75rem 1.5rem; align-items: center; }
    .brand a { font-weight: 700; font-size: 1.4rem; color: var(--accent); text-decoration: none; }
    .brand span { color: var(--muted); margin-left: .5rem; }
    .main-nav, #language-switcher { display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: center; }
    #language-switcher a[aria-current] { font-weight: 700; text-decoration: none; border-bottom: 3px solid var(--accent); }
    main { max-width: 72rem; margin: 0 auto; padding: 1.25rem; }
    .site-footer { border-top: 1px solid var(--border); padding: 1rem 1.25rem; color: var(--muted); }
    .inline { display: inline; }
    button, .button { font: inherit; padding: .45rem 1rem; border: 2px solid var(--accent); background: var(--accent); color: #fff; border-radius: 4px; cursor: pointer; text-decoration: none; display: inline-block; }
    button.secondary { background: #fff; color: var(--accent); }
    label { display: block; font-weight: 600; margin-top: .75rem; }
    input[type=text], input[type=password], input[type=search], input[type=url], input[type=email], input[type=date], select, textarea { font: inherit; width: 100%; max-width: 40rem; padding: .45rem; border: 1px solid var(--border); border-radius: 4px; color: var(--text); background: #fff; }
    textarea { min-height: 6rem; }
    .hint { color: var(--muted); font-size: .9rem; margin: .2rem 0 0; }
    .error-summary, .field-error { color: #a40000; }
    .error-summary { border: 2px solid #a40000; padding: .75rem 1rem; }
    .search-form { display: flex; gap: .5rem; flex-wrap: wrap; margin: 1rem 0; }
    .search-form input { flex: 1 1 20rem; }
    .layout { display: grid; grid-template-columns: 16rem 1fr; gap: 2rem; }
    @media (max-width: 50rem) { .layout { grid-template-columns: 1fr; } }
    #facets h2 { font-size: 1rem; margin: 1rem 0 .25rem; }
    #facets ul, .plain { list-style: none; padding: 0; margin: 0; }
    #facets li { margin: .15rem 0; }
    .count { color: var(--muted); }
    #results { padding-left: 1.25rem; }
    .dataset-item { margin-bottom: 1rem; }
    .dataset-item h3 { margin: 0; font-size: 1.1rem; }
    .dataset-item p { margin: .2rem 0; }
    .badge { display: inline-block; border: 1px solid var(--border); border-radius: 3px; padding: 0 .35rem; font-size: .85rem; margin-right: .25rem; color: var(--text); }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; border-bottom: 1px solid var(--border); padding: .35rem .5rem; vertical-align: top; }
    .themes { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: .75rem; padding: 0; list-style: none; }
    .themes li { background: var(--panel); padding: .75rem; border-radius: 4px; }
    .notice { background: #fff4d6; border-left: 4px solid #8a5a00; padding: .5rem 1rem; }
    .token { font-family: monospace; font-size: 1.1rem; background: var(--panel); padding: .5rem; word-break: break-all; }
    .chart { display: block; width: 100%; max-width: 48rem; height: auto; margin: .5rem 0; }
    .chart text { font-size: 11px; fill: var(--text); }
    .chart .grid { stroke: var(--border); stroke-width: 1; }
    .chart .series { stroke: var(--accent); stroke-width: 2.5; }
    .chart .point, .chart .bar { fill: var(--accent); }
    .figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(8rem, 1fr)); gap: .5rem; }
    .figures dt { color: var(--muted); font-size: .9rem; }
    .figures dd { margin: 0; font-size: 1.6rem; font-weight: bold; }
    .status { white-space: nowrap; }
    .status-on_time { color: #1a6b3c; }
    .status-late { color: #8a5a00; }
    .status-overdue, .status-missing { color: #a40000; font-weight: bold; }
    .notice-body { white-space: pre-wrap; font-family: inherit; }
    li.notice.unread summary { font-weight: bold; }
    @media print { .site-header, .site-footer, .no-print { display: none; } a { color: inherit; text-decoration: none; } }
    body.high-contrast .status-on_time, body.high-contrast .status-late, body.high-contrast .status-overdue, body.high-contrast .status-missing { color: #fff; }
    body.high-contrast { --text: #ffffff; --muted: #f0f0f0; --link: #ffff00; --bg: #000000; --panel: #1a1a1a; --accent: #ffff00; --border: #ffffff; font-size: 1.3rem; }
    body.high-contrast button, body.high-contrast .button { background: #000; color: #ffff00; border-color: #ffff00; }
    body.high-contrast input, body.high-contrast select, body.high-contrast textarea { background: #000; color: #fff; border-color: #fff; }
    body.high-contrast .notice { background: #000; color: #fff; }
    body.high-contrast .error-summary, body.high-contrast .field-error { color: #ff8080; border-color: #ff8080; }
    """
}

/// The frame every Warta HTML page shares: a self-contained document with its style inline,
/// no scripts, fonts or other files, and a content security policy that forbids loading any.
enum HTMLPage {
    /// Everything up to and including `<body>`, with `title` escaped here.
    static func head(title: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="id">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
        <meta name="referrer" content="no-referrer">
        <meta name="generator" content="Warta">
        <title>\(HTMLText.escape(title))</title>
        <style>\(style)</style>
        </head>
        <body>

        """
    }

    /// The end of the document.
    static let tail = "</body>\n</html>\n"

    /// The column headings shown above side-by-side blocks on wide screens (hidden on a phone,
    /// where each English block carries its own "EN" tag instead).
    static let columnHeadings = """
        <div class="pair columns" aria-hidden="true"><div lang="id">Bahasa Indonesia</div><div lang="en">English</div></div>

        """

    /// One style sheet for article pages and the digest. Narrow screens (phones) get one column,
    /// Indonesian above its English; from 760 px the two languages stand side by side.
    static let style = """
        :root{color-scheme:light dark;--fg:#1f2328;--muted:#59636e;--bg:#fff;--rule:#d8dee4;--en:#f3f6fa;\
        --caution:#7a4b00;--caution-bg:#fff5e0;--failure:#a1121b;--failure-bg:#fdecec;--link:#0b5cad}
        @media (prefers-color-scheme:dark){:root{--fg:#e6e8eb;--muted:#9aa3ad;--bg:#111315;--rule:#30363d;\
        --en:#181c21;--caution:#f0b660;--caution-bg:#2c2213;--failure:#ff9198;--failure-bg:#38171a;--link:#6cb6ff}}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
        body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif}
        main{max-width:1200px;margin:0 auto;padding:20px 16px 48px}
        a{color:var(--link)}
        h1{font-size:1.55em;line-height:1.25;margin:0}
        .title-en{font-size:1.55em;line-height:1.25;margin:0;font-weight:600}
        h2{font-size:1.05em;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin:32px 0 12px;\
        padding-bottom:6px;border-bottom:1px solid var(--rule)}
        p{margin:0}
        .pair{display:grid;grid-template-columns:minmax(0,1fr);gap:6px 32px;margin:0 0 18px}
        .pair>div{min-width:0;overflow-wrap:anywhere}
        .pair>.en{background:var(--en);border-left:3px solid var(--rule);border-radius:4px;padding:6px 10px}
        .tag{display:block;font-size:11px;font-weight:700;letter-spacing:.08em;color:var(--muted);margin:0 0 2px}
        .columns{display:none}
        .source{color:var(--muted);font-size:.9em;margin:8px 0 0;overflow-wrap:anywhere}
        .source span+span::before{content:" · "}
        .banner{margin:16px 0 0;padding:8px 12px;border-radius:6px;background:var(--caution-bg);color:var(--caution);font-size:.92em}
        .bullets{list-style:none;margin:0;padding:0}
        .bullets .pair>div>p{position:relative;padding-left:1.1em}
        .bullets .pair>div>p::before{content:"•";position:absolute;left:0;color:var(--muted)}
        .notice{font-size:.92em;border-radius:4px;padding:2px 8px;margin:4px 0 0}
        .notice:first-child,.tag+.notice{margin-top:0}
        .notice.failure{background:var(--failure-bg);color:var(--failure)}
        .notice.missing{color:var(--muted);font-style:italic;padding:0}
        .notice.caution{background:var(--caution-bg);color:var(--caution)}
        .badge{display:inline-block;font-size:.72em;font-weight:600;border-radius:3px;padding:0 6px;margin-left:6px;\
        vertical-align:.1em;background:var(--caution-bg);color:var(--caution)}
        .entry{border-bottom:1px solid var(--rule);padding:4px 0 8px;margin:0 0 18px}
        .entry h3{font-size:1.15em;line-height:1.3;margin:0 0 6px}
        .entry .files{font-size:.85em;color:var(--muted)}
        .summary{color:var(--muted);margin:6px 0 0}
        .status{font-size:.72em;font-weight:600;text-transform:uppercase;letter-spacing:.05em;border-radius:3px;padding:1px 6px;margin-left:8px;vertical-align:.15em}
        .status.partial{background:var(--caution-bg);color:var(--caution)}
        .status.failed{background:var(--failure-bg);color:var(--failure)}
        .status.indonesian_only{background:var(--en);color:var(--muted)}
        footer{margin-top:32px;color:var(--muted);font-size:.85em}
        @media (min-width:760px){
        main{padding:32px 32px 64px}
        .pair{grid-template-columns:minmax(0,1fr) minmax(0,1fr)}
        .pair>.en{background:none;border-radius:0;border-left:1px solid var(--rule);padding:0 0 0 16px}
        .pair .tag{display:none}
        .columns{display:grid;position:sticky;top:0;z-index:1;background:var(--bg);margin:0;padding:8px 0;\
        font-size:.8em;font-weight:700;letter-spacing:.06em;text-transform:uppercase;color:var(--muted);border-bottom:1px solid var(--rule)}
        .columns>div+div{border-left:1px solid transparent;padding-left:16px}
        }
        """
}

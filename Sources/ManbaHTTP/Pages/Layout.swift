import Foundation
import Hummingbird
import ManbaCore

/// The frame around every page: skip link, header with navigation, language switcher and the
/// high-contrast switch, the main region, and the footer.
enum Layout {
    static func page(_ title: String, _ page: PageContext, status: HTTPResponse.Status = .ok, _ body: HTML) -> Response {
        let html: HTML = """
        <!doctype html>
        <html lang="\(page.language.bcp47)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) · Manba</title>
        <link rel="stylesheet" href="/static/manba.css">
        </head>
        <body class="\(page.highContrast ? "high-contrast" : "")">
        <a class="skip-link" href="#main">\(page.t(.skipToContent))</a>
        <header class="site-header">
          <div class="brand"><a href="/">Manba</a> <span>\(page.t(.siteTagline))</span></div>
          <nav aria-label="\(page.t(.datasets))" class="main-nav">
            <a href="/dataset">\(page.t(.datasets))</a>
            <a href="/organization">\(page.t(.organisations))</a>
            <a href="/group">\(page.t(.themes))</a>
            <a href="/monitoring">\(page.monitoring(.monitoringNav))</a>
            <a href="/requests">\(page.demand(.requestsNav))</a>
            <a href="/most-wanted">\(page.demand(.mostWantedNav))</a>
            <a href="/opac">\(page.library(.catalogue))</a>
            <a href="/api/openapi.json">\(page.t(.api))</a>
            \(account(page))
          </nav>
          <nav id="language-switcher" aria-label="\(page.t(.languageLabel))">
            \(Language.allCases.map { language -> HTML in
                let current = language == page.language
                return "<a href=\"\(page.url(replacing: ["lang": language.rawValue]))\" hreflang=\"\(language.bcp47)\" lang=\"\(language.bcp47)\"\(HTML(raw: current ? " aria-current=\"true\"" : ""))>\(language.autonym)</a>"
            })
            <a id="contrast-toggle" href="/preferences/contrast?on=\(page.highContrast ? "0" : "1")&amp;back=\(page.url(replacing: [:]).addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/")">\(page.t(page.highContrast ? .normalContrast : .highContrast))</a>
          </nav>
        </header>
        <main id="main" tabindex="-1">
        \(body)
        </main>
        <footer class="site-footer"><p>\(page.t(.footerNote)) <a href="/api/openapi.json">\(page.t(.apiDocs))</a></p></footer>
        </body>
        </html>
        """
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                        body: ResponseBody(byteBuffer: ByteBuffer(string: html.raw)))
    }

    private static func account(_ page: PageContext) -> HTML {
        guard let user = page.userName else { return "<a id=\"login-link\" href=\"/user/login\">\(page.t(.login))</a>" }
        return """
        <a id="dashboard-link" href="/dashboard">\(page.t(.dashboard)) (\(user))</a>
        <a id="cabinet-link" href="/cabinet">\(page.monitoring(.cabinet))</a>
        <form id="logout-form" class="inline" method="post" action="/user/logout">\(page.csrfField)<button id="logout" type="submit">\(page.t(.logout))</button></form>
        """
    }

    static func errorPage(_ error: ManbaError, _ page: PageContext) -> Response {
        let (status, title, text): (HTTPResponse.Status, Message, String) = {
            switch error {
            case .notFound: return (.notFound, .notFound, page.t(.notFoundText))
            case .forbidden, .unauthenticated: return (.forbidden, .forbidden, page.t(.forbiddenText))
            case .payloadTooLarge: return (.contentTooLarge, .tooLarge, error.message)
            default: return (.badRequest, .badRequest, error.message)
            }
        }()
        return Layout.page(page.t(title), page, status: status, """
            <h1>\(page.t(title))</h1><p>\(text)</p><p><a href="/">\(page.t(.backHome))</a></p>
            """)
    }

    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}

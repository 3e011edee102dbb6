import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ManbaHTTP

@Suite("Pages") struct PageTests {
    static func cookies(_ response: TestResponse) -> [String: String] {
        var jar: [String: String] = [:]
        for value in response.headers[values: .setCookie] {
            let pair = value.split(separator: ";").first!.split(separator: "=", maxSplits: 1)
            jar[String(pair[0])] = pair.count > 1 ? String(pair[1]) : ""
        }
        return jar
    }

    static func hidden(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    @Test func everyPageAnswersInEveryLanguage() async throws {
        try await APIFixture.with { (f) async throws in
            try await f.app.test(.router) { client in
                _ = try await f.call(client, "package_create", APIFixture.dataset("maktablar"), token: f.editorToken)
                for lang in ["uz-Latn", "uz-Cyrl", "ru", "en", "tg"] {
                    for path in ["/", "/dataset", "/dataset?q=maktab", "/dataset/maktablar", "/dataset/maktablar/history", "/organization", "/organization/stat", "/group", "/user/login"] {
                        try await client.execute(uri: path + (path.contains("?") ? "&" : "?") + "lang=\(lang)", method: .get) { response in
                            #expect(response.status == .ok, "\(path) in \(lang)")
                            #expect(String(buffer: response.body).contains("<html lang=\"\(lang)\">"))
                        }
                    }
                }
                try await client.execute(uri: "/dataset?q=Мактаблар&lang=uz-Cyrl", method: .get) { response in
                    let html = String(buffer: response.body)
                    #expect(html.contains("href=\"/dataset/maktablar\""))
                    #expect(html.contains("Мактаблар рўйхати"), "the Latin title is shown transliterated to Cyrillic")
                }
                try await client.execute(uri: "/dataset/no-such", method: .get) { #expect($0.status == .notFound) }
            }
        }
    }

    @Test func userDataIsEscaped() async throws {
        try await APIFixture.with { (f) async throws in
            try await f.app.test(.router) { client in
                _ = try await f.call(client, "package_create", APIFixture.dataset("xss", title: "<script>alert('x')</script>"), token: f.editorToken)
                try await client.execute(uri: "/dataset/xss", method: .get) { response in
                    let html = String(buffer: response.body)
                    #expect(!html.contains("<script>alert"))
                    #expect(html.contains("&lt;script&gt;"))
                }
            }
        }
    }

    @Test func loginCreateDatasetAndCSRF() async throws {
        try await APIFixture.with { (f) async throws in
            try await f.app.test(.router) { client in
                let (loginCookie, loginToken) = try await client.execute(uri: "/user/login", method: .get) { r in
                    (Self.cookies(r)[AccountPages.loginCSRFCookie]!, Self.hidden("_csrf", in: String(buffer: r.body))!)
                }
                let form = "_csrf=\(loginToken)&username=editor&password=long+enough+pass"
                let urlencoded: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .cookie: "\(AccountPages.loginCSRFCookie)=\(loginCookie)"]
                let wrong = try await client.execute(uri: "/user/login", method: .post, headers: urlencoded, body: ByteBuffer(string: "_csrf=\(loginToken)&username=editor&password=nope")) { $0.status }
                #expect(wrong == .unauthorized)
                let noCSRF = try await client.execute(uri: "/user/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: form)) { $0.status }
                #expect(noCSRF == .badRequest)
                let session = try await client.execute(uri: "/user/login", method: .post, headers: urlencoded, body: ByteBuffer(string: form)) { r in
                    #expect(r.status == .seeOther && r.headers[.location] == "/dashboard")
                    return Self.cookies(r)[PrincipalMiddleware.sessionCookie]!
                }
                let cookie: HTTPFields = [.cookie: "\(PrincipalMiddleware.sessionCookie)=\(session)"]
                let csrf = try await client.execute(uri: "/dataset/new", method: .get, headers: cookie) { r in
                    #expect(r.status == .ok)
                    return Self.hidden("_csrf", in: String(buffer: r.body))!
                }
                var post = cookie
                post[.contentType] = "application/x-www-form-urlencoded"
                let body = "title-uz-Latn=Toshkent+bog%CA%BBlari&owner_org=stat&tags=bog%CA%BB%2C+park&license_id=cc-by-4.0&frequency=annual"
                let forged = try await client.execute(uri: "/dataset/new", method: .post, headers: post, body: ByteBuffer(string: body + "&_csrf=forged")) { $0.status }
                #expect(forged == .badRequest)
                let location = try await client.execute(uri: "/dataset/new", method: .post, headers: post, body: ByteBuffer(string: body + "&_csrf=\(csrf)")) { r in
                    #expect(r.status == .seeOther)
                    return r.headers[.location] ?? ""
                }
                #expect(location == "/dataset/toshkent-boglari")
                let invalid = try await client.execute(uri: "/dataset/new", method: .post, headers: post, body: ByteBuffer(string: "owner_org=stat&_csrf=\(csrf)")) { r in
                    (r.status, String(buffer: r.body))
                }
                #expect(invalid.0 == .unprocessableContent && invalid.1.contains("id=\"error-summary\""))
                try await client.execute(uri: "/dataset?q=Тошкент+боғлари&lang=uz-Cyrl", method: .get) { r in
                    #expect(String(buffer: r.body).contains("/dataset/toshkent-boglari"))
                }
            }
        }
    }

    @Test func highContrastModeIsRememberedAndReturnsToThePage() async throws {
        try await APIFixture.with { (f) async throws in
            try await f.app.test(.router) { client in
                let link = try await client.execute(uri: "/dataset?q=x&lang=ru", method: .get) { r in
                    let html = String(buffer: r.body)
                    let start = try #require(html.range(of: "id=\"contrast-toggle\" href=\""))
                    return String(html[start.upperBound...].prefix { $0 != "\"" }).replacingOccurrences(of: "&amp;", with: "&")
                }
                let cookie = try await client.execute(uri: link, method: .get) { r in
                    #expect(r.status == .seeOther)
                    #expect(r.headers[.location] == "/dataset?q=x&lang=ru")
                    return Self.cookies(r)[LanguageMiddleware.contrastCookie]
                }
                #expect(cookie == "1")
                try await client.execute(uri: "/", method: .get, headers: [.cookie: "\(LanguageMiddleware.contrastCookie)=1"]) { r in
                    #expect(String(buffer: r.body).contains("<body class=\"high-contrast\">"))
                }
                try await client.execute(uri: "/preferences/contrast?on=1&back=https://evil.example/", method: .get) { r in
                    #expect(r.headers[.location] == "/", "no open redirect")
                }
            }
        }
    }

    @Test func healthAndMetrics() async throws {
        try await APIFixture.with { (f) async throws in
            try await f.app.test(.router) { client in
                try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }
                try await client.execute(uri: "/metrics", method: .get) { r in
                    #expect(r.status == .ok)
                    #expect(String(buffer: r.body).contains("hb_requests"))
                }
            }
        }
    }
}

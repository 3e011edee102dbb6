import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ManbaHTTP

/// `/api/quality/*` and the quality section of the dataset page.
@Suite("Quality API and page") struct QualityRoutesTests {
    static func json(_ response: TestResponse) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [String: Any] ?? [:]
    }

    @Test func datasetScoreWithFixHints() async throws {
        try await APIFixture.with { (f) async throws in
            try await f.app.test(.router) { client in
                _ = try await f.call(client, "package_create", APIFixture.dataset("maktablar"), token: f.editorToken)
                try await client.execute(uri: "/api/quality/datasets/maktablar", method: .get) { response in
                    #expect(response.status == .ok)
                    let body = Self.json(response)
                    // Open licence, frequency, fresh data, CSV, and an unchecked link: 15 + 10 + 15 + 15 + 10.
                    #expect(body["score"] as? Int == 65)
                    #expect(body["stars"] as? Int == 3)
                    #expect(body["dataset_name"] as? String == "maktablar")
                    let criteria = body["criteria"] as? [[String: Any]] ?? []
                    #expect(criteria.map { $0["id"] as? String } == ["open_licence", "description", "frequency", "updated_in_time", "temporal_coverage",
                                                                      "spatial_coverage", "open_formats", "working_links", "documentation", "contact_point"])
                    let description = criteria.first { $0["id"] as? String == "description" }
                    #expect(description?["passed"] as? Bool == false)
                    #expect(description?["weight"] as? Int == 10)
                    let hint = description?["fix_hint"] as? [String: String]
                    #expect(hint?.keys.sorted() == ["en", "ru", "tg", "uz-Cyrl", "uz-Latn"])
                    #expect(hint?["en"]?.hasPrefix("Describe the dataset in at least 15 words") == true)
                    let licence = criteria.first { $0["id"] as? String == "open_licence" }
                    #expect(licence?["passed"] as? Bool == true)
                    #expect(licence?["fix_hint"] is NSNull)
                    #expect((body["broken_links"] as? [Any])?.isEmpty == true)
                }
            }
        }
    }

    @Test func errorsAreProblemDetailsAndPrivateDatasetsStayHidden() async throws {
        try await APIFixture.with { (f) async throws in
            try await f.app.test(.router) { client in
                var hidden = APIFixture.dataset("yopiq")
                hidden["private"] = true
                let created = try await f.call(client, "package_create", hidden, token: f.editorToken)
                #expect(created.success)
                for (uri, detail) in [("/api/quality/datasets/no-such", "Dataset not found"), ("/api/quality/datasets/yopiq", "Dataset not found"),
                                      ("/api/quality/organizations/no-such", "Organization not found")] {
                    try await client.execute(uri: uri, method: .get) { response in
                        #expect(response.status == .notFound, "\(uri)")
                        #expect(response.headers[.contentType] == "application/problem+json")
                        let body = Self.json(response)
                        #expect(body["status"] as? Int == 404)
                        #expect(body["detail"] as? String == detail)
                    }
                }
                try await client.execute(uri: "/api/quality/datasets/yopiq", method: .get, headers: [.authorization: f.outsiderToken]) {
                    #expect($0.status == .notFound)
                }
                try await client.execute(uri: "/api/quality/datasets/yopiq", method: .get, headers: [.authorization: f.editorToken]) {
                    #expect($0.status == .ok)
                }
            }
        }
    }

    @Test func organisationAverage() async throws {
        try await APIFixture.with { (f) async throws in
            try await f.app.test(.router) { client in
                _ = try await f.call(client, "package_create", APIFixture.dataset("maktablar"), token: f.editorToken)
                var bare = APIFixture.dataset("boshqa")
                bare["license_id"] = "notspecified"
                _ = try await f.call(client, "package_create", bare, token: f.editorToken)
                try await client.execute(uri: "/api/quality/organizations/stat", method: .get) { response in
                    #expect(response.status == .ok)
                    let body = Self.json(response)
                    #expect(body["organization_name"] as? String == "stat")
                    #expect(body["dataset_count"] as? Int == 2)
                    #expect(body["average_score"] as? Double == 57.5)
                    #expect(body["average_stars"] as? Double == 1.5)
                    #expect((body["star_counts"] as? [String: Int])?["3"] == 1)
                    #expect((body["pass_rates"] as? [String: Double])?["open_licence"] == 0.5)
                    let datasets = body["datasets"] as? [[String: Any]] ?? []
                    #expect(datasets.map { $0["name"] as? String } == ["boshqa", "maktablar"])
                    #expect(datasets.map { $0["score"] as? Int } == [50, 65])
                }
            }
        }
    }

    @Test func theDatasetPageShowsTheScoreAndHowToFix() async throws {
        try await APIFixture.with { (f) async throws in
            try await f.app.test(.router) { client in
                _ = try await f.call(client, "package_create", APIFixture.dataset("maktablar"), token: f.editorToken)
                try await client.execute(uri: "/dataset/maktablar?lang=en", method: .get) { response in
                    let html = String(buffer: response.body)
                    #expect(html.contains("<h2 id=\"quality-heading\">Data quality</h2>"))
                    #expect(html.contains("Quality score: <strong>65</strong> / 100"))
                    #expect(html.contains("<strong>3</strong> / 5 — In an open, non-proprietary format."))
                    #expect(html.contains("<li data-criterion=\"description\"><strong>Description</strong> (10 points): Describe the dataset in at least 15 words"))
                    #expect(!html.contains("data-criterion=\"open_licence\""), "met criteria are not listed as things to fix")
                }
                try await client.execute(uri: "/dataset/maktablar?lang=ru", method: .get) { response in
                    let html = String(buffer: response.body)
                    #expect(html.contains("Качество данных"))
                    #expect(html.contains("Опишите набор данных не менее чем 15 словами"))
                }
                try await client.execute(uri: "/dataset/maktablar?lang=tg", method: .get) { response in
                    #expect(String(buffer: response.body).contains("Маҷмӯаи маълумотро на камтар аз 15 калима тавсиф диҳед"))
                }
                try await client.execute(uri: "/dataset/maktablar?version=1", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(!String(buffer: response.body).contains("id=\"quality\""), "an older version has no score")
                }
            }
        }
    }
}

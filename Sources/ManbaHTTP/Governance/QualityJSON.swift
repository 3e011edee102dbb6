import Foundation
import Governance
import ManbaCore

/// The JSON shapes of the quality API: snake_case keys as in the rest of the native API, texts as
/// objects keyed by language tag (as datasets carry them), so a client shows the hint in its own language.
enum QualityJSON {
    static func dataset(_ score: QualityScore) -> [String: Any] {
        [
            "dataset_id": score.datasetID,
            "dataset_name": score.datasetName,
            "organization_id": score.organisationID,
            "score": score.score,
            "stars": score.stars,
            "last_data_update": score.lastDataUpdate.map { $0 as Any } ?? NSNull(),
            "computed": score.computed,
            "criteria": score.checks.map { check -> [String: Any] in
                ["id": check.id, "weight": check.weight, "passed": check.passed, "title": texts(check.title),
                 "fix_hint": check.fixHint.map { texts($0) as Any } ?? NSNull()]
            },
            "broken_links": score.brokenLinks.map { link -> [String: Any] in
                ["resource_id": link.resourceID, "url": link.url, "checked": link.checked,
                 "status_code": link.statusCode.map { $0 as Any } ?? NSNull(), "error": link.error.map { $0 as Any } ?? NSNull()]
            },
        ]
    }

    static func organisation(_ quality: OrganisationQuality) -> [String: Any] {
        [
            "organization_id": quality.organisationID,
            "organization_name": quality.organisationName,
            "dataset_count": quality.datasets.count,
            "average_score": quality.averageScore.map { rounded($0) as Any } ?? NSNull(),
            "average_stars": quality.averageStars.map { rounded($0) as Any } ?? NSNull(),
            "star_counts": Dictionary(uniqueKeysWithValues: quality.starCounts.enumerated().map { (String($0.offset), $0.element as Any) }),
            "pass_rates": Dictionary(uniqueKeysWithValues: quality.passRates.map { ($0.key.id, rounded($0.value, places: 4) as Any) }),
            "datasets": quality.datasets.map { entry -> [String: Any] in
                ["id": entry.datasetID, "name": entry.datasetName, "score": entry.score, "stars": entry.stars]
            },
        ]
    }

    static func texts(_ text: LocalizedText) -> [String: Any] {
        Dictionary(uniqueKeysWithValues: text.values.map { ($0.key.rawValue, $0.value as Any) })
    }

    static func rounded(_ value: Double, places: Int = 2) -> Double {
        let scale = pow(10, Double(places))
        return (value * scale).rounded() / scale
    }
}

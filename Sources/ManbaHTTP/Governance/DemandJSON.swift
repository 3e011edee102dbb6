import Foundation
import Governance
import ManbaCore

/// The JSON shapes of the demand API: requests with their events, feedback, the ranking and the search
/// report. Keys are snake_case as in the rest of the API; absent values are null, never left out.
enum DemandJSON {
    static func request(_ r: DataRequest, events: [DataRequestEvent]? = nil) -> [String: Any] {
        var object: [String: Any] = [
            "id": r.id, "title": r.title, "description": r.description, "organization_id": r.organisationID ?? NSNull(),
            "status": r.status.rawValue, "dataset_id": r.datasetID ?? NSNull(), "decline_reason": r.declineReason ?? NSNull(),
            "created": r.created, "modified": r.modified, "routed": r.routed ?? NSNull(), "answer_due": r.answerDue ?? NSNull(),
            "accepted": r.accepted ?? NSNull(), "publish_due": r.publishDue ?? NSNull(), "closed": r.closed ?? NSNull(),
            "supporters": r.supporters, "next_statuses": r.status.next.map(\.rawValue),
            "overdue": r.overdue.map { ["stage": $0.stage.rawValue, "due": $0.due, "days": $0.days] as [String: Any] } ?? NSNull(),
        ]
        // Present only for those the store shows it to, so a client can tell "hidden" from "not given".
        if let requester = r.requester {
            object["requester"] = ["name": requester.name ?? NSNull(), "email": requester.email ?? NSNull()] as [String: Any]
        }
        if let events { object["events"] = events.map(event) }
        return object
    }

    static func event(_ e: DataRequestEvent) -> [String: Any] {
        ["sequence": e.sequence, "at": e.at, "actor": e.actor.isEmpty ? NSNull() : e.actor, "action": e.action.rawValue,
         "from": e.from?.rawValue ?? NSNull(), "to": e.to.rawValue, "organization_id": e.organisationID ?? NSNull(), "note": e.note ?? NSNull()]
    }

    static func feedback(_ f: DatasetFeedback) -> [String: Any] {
        ["id": f.id, "dataset_id": f.datasetID, "organization_id": f.organisationID, "rating": f.rating, "comment": f.comment,
         "author_name": f.authorName ?? NSNull(), "status": f.status.rawValue, "created": f.created, "moderated": f.moderated ?? NSNull()]
    }

    static func score(_ s: DemandScore, rank: Int) -> [String: Any] {
        ["rank": rank, "dataset_id": s.datasetID, "name": s.name,
         "title": Dictionary(uniqueKeysWithValues: s.title.values.map { ($0.key.rawValue, $0.value as Any) }),
         "organization_id": s.organisationID, "score": s.score,
         "signals": ["downloads": s.signals.downloads, "api_reads": s.signals.apiReads, "page_views": s.signals.pageViews,
                     "searches": s.signals.searches, "requests": s.signals.requests, "rating_average": s.signals.ratingAverage ?? NSNull(),
                     "ratings": s.signals.ratings] as [String: Any]]
    }

    static func zeroResult(_ q: ZeroResultQuery) -> [String: Any] {
        ["query_key": q.queryKey, "sample": q.sample, "zero_results": q.zeroResults, "searches": q.searches, "last_day": q.lastDay]
    }

    /// The formula in words, so that an API client can recompute a score from the signals.
    static let formula = "round2(3*log2(1+downloads) + 2*log2(1+api_reads) + 1*log2(1+page_views) + 2*log2(1+searches) "
        + "+ 4*log2(1+requests) + 2*(rating_average/5)*log2(1+ratings)); see docs/demand.md"
}

import Foundation
import ManbaCore
import ManbaStore
import OpenData
import SQLKit

/// Feedback on datasets: anyone who may see a dataset may rate it; the publishing organisation's editors
/// and the monitoring staff moderate; only approved feedback is shown to others or averaged.
public final class FeedbackStore: Sendable {
    let database: any DatabaseBackend
    let catalogue: CatalogueService
    let access: GovernanceAccess
    let clock: any ManbaClock
    /// Tells the publishing organisation about new feedback; nil where nobody is to be told.
    let notices: DemandNotices?

    public init(database: any DatabaseBackend, catalogue: CatalogueService, access: GovernanceAccess, clock: any ManbaClock,
                notices: DemandNotices? = nil) {
        self.database = database
        self.catalogue = catalogue
        self.access = access
        self.clock = clock
        self.notices = notices
    }

    public func submit(to dataset: String, rating: Int, comment: String, authorName: String? = nil,
                       by principal: Principal) async throws -> DatasetFeedback {
        let target = try await catalogue.dataset(dataset, for: principal)
        let comment = comment.trimmingCharacters(in: .whitespacesAndNewlines)
        let author = authorName?.trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [String: [String]] = [:]
        if !DatasetFeedback.ratings.contains(rating) { problems["rating", default: []].append("Give a rating from 1 to 5") }
        if comment.count > DatasetFeedback.maxCommentLength {
            problems["comment", default: []].append("At most \(DatasetFeedback.maxCommentLength) characters")
        }
        if (author?.count ?? 0) > 200 { problems["author_name", default: []].append("At most 200 characters") }
        guard problems.isEmpty else { throw ManbaError.validation(problems) }
        let feedback = DatasetFeedback(id: Identifier.make(), datasetID: target.id, organisationID: target.ownerOrg, rating: rating,
                                       comment: comment, authorName: author?.isEmpty == false ? author : nil, status: .pending,
                                       created: Timestamp.string(clock.now()))
        let userID = principal.userID
        try await database.write { db in
            try await db.run("""
                INSERT INTO dataset_feedback (id, dataset_id, organization_id, rating, comment, author_name, user_id, status, created)
                VALUES (\(bind: feedback.id), \(bind: feedback.datasetID), \(bind: feedback.organisationID), \(bind: feedback.rating),
                        \(bind: feedback.comment), \(bind: feedback.authorName), \(bind: userID), \(bind: feedback.status.rawValue),
                        \(bind: feedback.created))
                """)
        }
        await notices?.newFeedback(feedback, datasetName: target.name, datasetTitle: target.title.resolved(for: .uzLatn))
        return feedback
    }

    /// Whether the principal moderates feedback of datasets the organisation publishes.
    public func mayModerate(organisation: String, _ principal: Principal) async throws -> Bool {
        principal.isAuthenticated ? try await access.mayActFor(organisation, principal) : false
    }

    /// Approves or rejects feedback that waits for moderation.
    public func moderate(_ id: String, approve: Bool, by principal: Principal) async throws -> DatasetFeedback {
        guard var feedback = try await stored(id) else { throw ManbaError.notFound("Feedback not found") }
        guard try await mayModerate(organisation: feedback.organisationID, principal) else {
            throw ManbaError.forbidden("Only the publishing organisation or the monitoring staff may moderate this feedback")
        }
        guard feedback.status == .pending else { throw ManbaError.conflict("This feedback has already been moderated") }
        feedback.status = approve ? .approved : .rejected
        feedback.moderated = Timestamp.string(clock.now())
        feedback.moderatedBy = principal.userName ?? "system"
        let changed = feedback
        try await database.write { db in
            let updated = try await db.first("""
                UPDATE dataset_feedback SET status = \(bind: changed.status.rawValue), moderated = \(bind: changed.moderated),
                    moderated_by = \(bind: changed.moderatedBy)
                WHERE id = \(bind: id) AND status = 'pending' RETURNING id
                """)
            guard updated != nil else { throw ManbaError.conflict("This feedback has already been moderated") }
        }
        return feedback
    }

    /// A dataset's feedback in one status, newest first. Approved feedback is for anyone who may see the
    /// dataset; pending and rejected feedback only for those who moderate it.
    public func feedback(on dataset: String, status: DatasetFeedback.Status = .approved, for principal: Principal) async throws -> [DatasetFeedback] {
        let target = try await catalogue.dataset(dataset, for: principal)
        if status != .approved, !(try await mayModerate(organisation: target.ownerOrg, principal)) {
            throw ManbaError.forbidden("Only the publishing organisation or the monitoring staff may see feedback waiting for moderation")
        }
        return try await database.read { db in
            try await db.rows("""
                SELECT \(unsafeRaw: Self.columns) FROM dataset_feedback WHERE dataset_id = \(bind: target.id) AND status = \(bind: status.rawValue)
                ORDER BY created DESC, id LIMIT 500
                """).map(Self.decode)
        }
    }

    /// The average approved rating of a dataset the principal may see.
    public func summary(of dataset: String, for principal: Principal) async throws -> FeedbackSummary {
        let target = try await catalogue.dataset(dataset, for: principal)
        return try await summaries(datasetID: target.id)[target.id] ?? FeedbackSummary(average: nil, count: 0)
    }

    /// Average approved rating per dataset (all of them, or one), for the demand score.
    func summaries(datasetID: String? = nil) async throws -> [String: FeedbackSummary] {
        let only: SQLQueryString = datasetID.map { "AND dataset_id = \(bind: $0)" } ?? ""
        let rows = try await database.read { db in
            try await db.rows("""
                SELECT dataset_id, COUNT(*) AS n, CAST(SUM(rating) AS BIGINT) AS total FROM dataset_feedback
                WHERE status = 'approved' \(only) GROUP BY dataset_id
                """)
        }
        var summaries: [String: FeedbackSummary] = [:]
        for row in rows {
            let count = try row.decode(column: "n", as: Int.self)
            summaries[try row.decode(column: "dataset_id", as: String.self)] =
                FeedbackSummary(average: count == 0 ? nil : Double(try row.decode(column: "total", as: Int.self)) / Double(count), count: count)
        }
        return summaries
    }

    static let columns = "id, dataset_id, organization_id, rating, comment, author_name, status, created, moderated, moderated_by"

    private func stored(_ id: String) async throws -> DatasetFeedback? {
        try await database.read { db in
            try await db.first("SELECT \(unsafeRaw: Self.columns) FROM dataset_feedback WHERE id = \(bind: id)").map(Self.decode)
        }
    }

    static func decode(_ row: any SQLRow) throws -> DatasetFeedback {
        DatasetFeedback(id: try row.decode(column: "id", as: String.self), datasetID: try row.decode(column: "dataset_id", as: String.self),
                        organisationID: try row.decode(column: "organization_id", as: String.self),
                        rating: try row.decode(column: "rating", as: Int.self), comment: try row.decode(column: "comment", as: String.self),
                        authorName: try row.optional("author_name", as: String.self),
                        status: DatasetFeedback.Status(rawValue: try row.decode(column: "status", as: String.self)) ?? .pending,
                        created: try row.decode(column: "created", as: String.self), moderated: try row.optional("moderated", as: String.self),
                        moderatedBy: try row.optional("moderated_by", as: String.self))
    }
}

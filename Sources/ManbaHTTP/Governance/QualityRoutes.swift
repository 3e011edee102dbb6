import Hummingbird

/// `/api/quality`: a dataset's quality score with what to fix, and an organisation's average, as the
/// asking principal may see them (the catalogue decides). Errors are problem details.
struct QualityRoutes {
    let services: Services

    func register(on router: Router<ManbaRequestContext>) {
        router.get("/api/quality/datasets/:id") { _, context in
            try await ProblemJSON.handle {
                let score = try await services.governance.quality.score(context.parameters.get("id") ?? "", for: context.principal)
                return ProblemJSON.ok(QualityJSON.dataset(score))
            }
        }
        router.get("/api/quality/organizations/:id") { _, context in
            try await ProblemJSON.handle {
                let quality = try await services.governance.quality.scores(of: context.parameters.get("id") ?? "", for: context.principal)
                return ProblemJSON.ok(QualityJSON.organisation(quality))
            }
        }
    }
}

import Foundation
import Governance
import Hummingbird
import Library
import Logging
import ManbaCore
import ManbaStore
import Metrics
import OpenData
import Prometheus

/// Assembles the HTTP application: middleware, the API, the pages and the operational endpoints.
public enum ManbaApplication {
    /// The Prometheus registry behind `/metrics`, bootstrapped once per process.
    static let metricsRegistry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()

    public static func router(services: Services, configuration: ServerConfiguration) -> Router<ManbaRequestContext> {
        let registry = metricsRegistry
        let router = Router(context: ManbaRequestContext.self)
        router.add(middleware: LogRequestsMiddleware(.debug))
        router.add(middleware: MetricsMiddleware())
        router.add(middleware: ServerTimingMiddleware())
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: LanguageMiddleware())
        router.add(middleware: PrincipalMiddleware(services: services))
        OperationsRoutes(services: services, registry: registry).register(on: router)
        CKANRoutes(services: services, configuration: configuration).register(on: router)
        router.get("/api/openapi.json") { _, _ in CKANEnvelope.json(OpenAPIDocument.document(siteURL: configuration.siteURL), status: .ok) }
        // Literal paths are registered before `/dataset/:name` so they win.
        EditingPages(services: services, configuration: configuration).register(on: router)
        CataloguePages(services: services).register(on: router)
        OrganisationPages(services: services).register(on: router)
        AccountPages(services: services, configuration: configuration).register(on: router)
        DownloadRoutes(services: services).register(on: router)
        SRURoutes(services: services, configuration: configuration).register(on: router)
        DigitalItemRoutes(services: services).register(on: router)
        OPACPages(services: services).register(on: router)
        OAIRoutes(services: services, configuration: configuration).register(on: router)
        MonitoringPages(services: services).register(on: router)
        ObligationListPages(services: services).register(on: router)
        CabinetPages(services: services).register(on: router)
        MonitoringAPI(services: services).register(on: router)
        QualityRoutes(services: services).register(on: router)
        DataRequestPages(services: services, configuration: configuration).register(on: router)
        FeedbackRoutes(services: services, configuration: configuration).register(on: router)
        DemandPages(services: services).register(on: router)
        DemandAPI(services: services).register(on: router)
        return router
    }

    public static func application(services: Services, configuration: ServerConfiguration, logger: Logger) -> some ApplicationProtocol {
        Application(router: router(services: services, configuration: configuration),
                    configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Manba"),
                    onServerRunning: { _ in logger.info("Manba is serving", metadata: ["url": "\(configuration.siteURL)"]) },
                    logger: logger)
    }

    /// Serves until SIGTERM or SIGINT; requests in flight are finished before the process exits.
    public static func serve(services: Services, configuration: ServerConfiguration, logger: Logger) async throws {
        // Build the search index before the first request, so that request does not pay for it.
        try await services.catalogue.warmUp()
        try await services.library.warmUp()
        let app = application(services: services, configuration: configuration, logger: logger)
        // Scheduled OAI-PMH harvests, checked every minute; a harvest cut short by shutdown resumes next time.
        let schedules = HarvestSchedules(catalogue: services.library)
        let harvests = Task {
            while !Task.isCancelled {
                do { _ = try await schedules.runDue(harvester: CatalogueHarvester(catalogue: services.library)) } catch {
                    logger.error("scheduled harvests failed", metadata: ["error": "\(error)"])
                }
                try? await Task.sleep(for: .seconds(60))
            }
        }
        defer { harvests.cancel() }
        // Governance's background work: the daily monitoring and its notices, the mail outbox,
        // the link check, and the buffered usage and search counts (flushed once more at shutdown).
        // The openness ranking is computed once at start, so the first visitor of /monitoring does not wait for it.
        let governance = services.governance
        let background = [
            Task { _ = try? await governance.openness.ranking() },
            Task { await DailyMonitoring(governance: governance, logger: logger).run() },
            Task { await governance.mailer.run() },
            Task { await governance.quality.checkLinksPeriodically() },
            Task { await governance.demandCounts.run() },
        ]
        defer { background.forEach { $0.cancel() } }
        try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
        await governance.demandCounts.flush()
    }
}

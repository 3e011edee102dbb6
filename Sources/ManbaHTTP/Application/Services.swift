import Foundation
import Logging
import ManbaCore
import ManbaStore
import Governance
import Library
import OpenData

/// The services one running Manba uses, opened once and shared by every route and command.
public final class Services: Sendable {
    public let database: any DatabaseBackend
    public let users: UserStore
    public let organisations: OrganisationStore
    public let catalogue: CatalogueService
    public let library: UnionCatalogue
    public let digitalLibrary: DigitalLibrary
    /// Publication obligations, monitoring, notices, quality and demand around the catalogue.
    public let governance: GovernanceServices
    /// Foreign SRU catalogues searched beside the union catalogue (`MANBA_SRU_TARGETS`), if configured.
    public let federation: FederatedSearch?
    public let store: StoreConfiguration
    public let logger: Logger

    /// Every module's migrations, in one list.
    public static let migrations: [Migration] = CoreMigrations.all + CatalogueMigrations.all + GovernanceMigrations.all + LibraryMigrations.all

    public static func open(_ store: StoreConfiguration, uploadLimit: Int = 100 * 1024 * 1024,
                            clock: any ManbaClock = SystemClock(), logger: Logger) async throws -> Services {
        let database = try await DatabaseOpener.open(store, logger: logger)
        do {
            try await Migrator(migrations).migrate(database, logger: logger)
        } catch {
            await database.shutdown()
            throw error
        }
        let targets: FederatedTargets?
        do { targets = try FederatedTargets.fromEnvironment() } catch {
            await database.shutdown()
            throw StoreError.connectionFailed("\(FederatedTargets.environmentVariable): \(error)")
        }
        return Services(database: database, store: store, uploadLimit: uploadLimit, clock: clock, logger: logger,
                        federation: targets.map { FederatedSearch(configuration: $0) })
    }

    private init(database: any DatabaseBackend, store: StoreConfiguration, uploadLimit: Int, clock: any ManbaClock, logger: Logger,
                 federation: FederatedSearch?) {
        self.federation = federation
        self.database = database
        self.store = store
        self.logger = logger
        users = UserStore(database: database, clock: clock)
        organisations = OrganisationStore(database: database, clock: clock)
        catalogue = CatalogueService(database: database, files: FileStore(directory: store.filesDirectory), clock: clock,
                                     organisations: organisations, uploadLimit: uploadLimit, logger: logger)
        library = UnionCatalogue(database: database, clock: clock)
        governance = GovernanceServices(database: database, catalogue: catalogue, organisations: organisations, users: users,
                                        clock: clock, logger: logger)
        digitalLibrary = DigitalLibrary(catalogue: library, files: FileStore(directory: store.filesDirectory), sizeLimit: uploadLimit)
    }

    public func shutdown() async { await database.shutdown() }
}

import Foundation
import ManbaCore
import ManbaStore
import SQLKit

/// Harvests to run regularly, one per member library's repository (and set and format), and the loop
/// that `manba serve` runs them with.
public struct HarvestSchedules: Sendable {
    let catalogue: UnionCatalogue

    public init(catalogue: UnionCatalogue) {
        self.catalogue = catalogue
    }

    public struct Schedule: Sendable {
        public let request: CatalogueHarvester.Request
        public let everyHours: Int
        public let nextRun: String
        public let lastResult: String
    }

    /// Adds a schedule or changes its interval; the first run is due at once.
    public func save(_ request: CatalogueHarvester.Request, everyHours: Int) async throws {
        guard LibraryCode.isValid(request.library) else { throw ManbaError.validation(["library": ["Library codes are 1-32 letters, digits, '-', '_' or '.'"]]) }
        guard (1...24 * 365).contains(everyHours) else { throw ManbaError.validation(["every": ["Between 1 hour and a year"]]) }
        let now = Datestamp.string(catalogue.clock.now())
        try await catalogue.database.write { db in
            try await db.run("""
                INSERT INTO harvest_schedules (harvest_key, base_url, set_spec, metadata_prefix, library_code, every_hours, next_run)
                VALUES (\(bind: request.key), \(bind: request.baseURL.absoluteString), \(bind: request.set ?? ""), \(bind: request.metadataPrefix),
                        \(bind: request.library), \(bind: everyHours), \(bind: now))
                ON CONFLICT (harvest_key) DO UPDATE SET every_hours = excluded.every_hours
                """)
        }
    }

    public func remove(_ request: CatalogueHarvester.Request) async throws -> Bool {
        try await catalogue.database.write { db in
            let found = try await db.first("SELECT harvest_key FROM harvest_schedules WHERE harvest_key = \(bind: request.key)") != nil
            try await db.run("DELETE FROM harvest_schedules WHERE harvest_key = \(bind: request.key)")
            return found
        }
    }

    public func all() async throws -> [Schedule] {
        try await catalogue.database.read { db in
            try await db.rows("SELECT * FROM harvest_schedules ORDER BY library_code, base_url").compactMap(Self.schedule)
        }
    }

    /// Runs every schedule that is due, one after another, and sets its next run.
    public func runDue(harvester: CatalogueHarvester) async throws -> Int {
        let now = catalogue.clock.now()
        let due = try await all().filter { $0.nextRun <= Datestamp.string(now) }
        for schedule in due {
            let result: String
            do {
                result = try await harvester.harvest(schedule.request).summary
            } catch {
                result = "failed: \(error)"
            }
            let next = Datestamp.string(now.addingTimeInterval(Double(schedule.everyHours) * 3_600))
            try await catalogue.database.write { db in
                try await db.run("UPDATE harvest_schedules SET next_run = \(bind: next), last_result = \(bind: result) WHERE harvest_key = \(bind: schedule.request.key)")
            }
        }
        return due.count
    }

    static func schedule(_ row: any SQLRow) throws -> Schedule? {
        guard let url = URL(string: try row.decode(column: "base_url", as: String.self)) else { return nil }
        let set = try row.decode(column: "set_spec", as: String.self)
        let request = CatalogueHarvester.Request(baseURL: url, library: try row.decode(column: "library_code", as: String.self),
                                                 set: set.isEmpty ? nil : set, metadataPrefix: try row.decode(column: "metadata_prefix", as: String.self))
        return Schedule(request: request, everyHours: try row.decode(column: "every_hours", as: Int.self),
                        nextRun: try row.decode(column: "next_run", as: String.self), lastResult: try row.decode(column: "last_result", as: String.self))
    }
}

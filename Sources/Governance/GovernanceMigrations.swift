import ManbaStore

/// Governance's tables (version numbers 400-499). Each part of the module owns its steps.
public enum GovernanceMigrations {
    public static var all: [Migration] { ObligationMigrations.all + MonitoringMigrations.all + NoticeMigrations.all + QualityMigrations.all + DemandMigrations.all }
}

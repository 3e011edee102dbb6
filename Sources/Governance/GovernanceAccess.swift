import ManbaCore
import ManbaStore

/// Who may do what in governance. The monitoring department (the Statistics Agency on the national
/// portal) is an organisation like any other; its editors and admins, and system administrators, are
/// the monitoring staff who edit obligation lists, run the monitoring and export snapshots.
public struct GovernanceAccess: Sendable {
    /// The organisation whose editors are monitoring staff (`MANBA_MONITORING_ORG`).
    public let monitoringOrganisation: String
    let organisations: OrganisationStore

    public static let defaultMonitoringOrganisation = "statistika-agentligi"

    public init(organisations: OrganisationStore, monitoringOrganisation: String = defaultMonitoringOrganisation) {
        self.organisations = organisations
        self.monitoringOrganisation = monitoringOrganisation
    }

    public func isMonitoringStaff(_ principal: Principal) async throws -> Bool {
        if principal.isSysadmin { return true }
        guard principal.isAuthenticated, let org = try await organisations.find(monitoringOrganisation) else { return false }
        return principal.has(.editor, in: org.id)
    }

    public func requireMonitoringStaff(_ principal: Principal) async throws {
        guard try await isMonitoringStaff(principal) else {
            throw ManbaError.forbidden("Only the monitoring staff may do this")
        }
    }

    /// Whether the principal may act for the organisation in its cabinet (its editors, and monitoring staff).
    public func mayActFor(_ organisationID: String, _ principal: Principal) async throws -> Bool {
        principal.has(.editor, in: organisationID) ? true : try await isMonitoringStaff(principal)
    }
}

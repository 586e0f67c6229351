import ReformCore

/// Who may do what with the replication library: every signed-in user reads it (experiences are published to be copied
/// elsewhere, so a jurisdiction that has not adopted one must find it); the office of an experience's origin jurisdiction
/// (or one above it) records and edits it; the office of a jurisdiction (or one above it) records that it adopted one.
/// Reviewers see none of it.
extension Access {
    static func seesReplication(_ p: Principal) -> Bool { p.role != .reviewer }

    static func canEditExperience(in path: String, _ p: Principal) -> Bool { canEditPlans(in: path, p) }

    static func canRecordAdoption(in path: String, _ p: Principal) -> Bool { canEditPlans(in: path, p) }
}

import ReformCore

/// Who may do what with grassroots projects: a city's office issues calls and reviews; a district's office (or one above
/// it) declares and edits its district's projects while they wait for review; everyone reads the projects of the
/// districts they see.
extension Access {
    static func seesGrassroots(_ path: String, _ p: Principal) -> Bool { p.sees(jurisdictionPath: path) }

    static func canEditGrassroots(in path: String, _ p: Principal) -> Bool { canEditPlans(in: path, p) }

    static func grassrootsScope(_ p: Principal) -> String? { p.isNationwide ? nil : p.jurisdictionPath }
}

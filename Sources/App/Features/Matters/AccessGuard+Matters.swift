import ReformCore
import SQLKit

/// Matters through the guard: 404 outside the reader's view, 403 when the write is not theirs, both before the body
/// is read, so a refused user never gets 400 or 422 first.
extension AccessGuard {
    /// A matter in view, its units and how the user stands to it.
    func readMatter(_ id: Int) async throws -> (matter: MatterRecord, units: [MatterUnitRecord], actors: Set<SupervisionActor>) {
        let m = try await MatterQueries.require(id, on: sql)
        let units = try await MatterQueries.units(of: id, on: sql)
        try Access.requireVisible(
            Access.seesMatter(jurisdictionPath: m.jurisdictionPath, unitIds: units.map(\.unitId), principal), entity: "matter", id: id)
        let actors = Access.matterActors(
            jurisdictionPath: m.jurisdictionPath, leadUnitId: m.leadUnitId, coUnitIds: units.filter { !$0.isLead }.map(\.unitId), principal)
        return (m, units, actors)
    }

    /// A matter the user may take some step on now: 403 when its state offers steps and none is theirs. A state that
    /// offers none to anyone (withdrawn) goes on, so the step is refused as a transition (409).
    func actOnMatter(_ id: Int) async throws -> (matter: MatterRecord, actors: Set<SupervisionActor>) {
        let (m, _, actors) = try await readMatter(id)
        let offered = MatterAction.allCases.filter { MatterChain.next(m.matterState, $0) != nil }
        if !offered.isEmpty, Access.matterActions(state: m.matterState, actors: actors).isEmpty {
            throw AppError.forbidden(action: "matter_step")
        }
        return (m, actors)
    }

    /// Asking for more time: the lead unit's.
    func requestMatterExtension(_ id: Int) async throws -> MatterRecord {
        let (m, _, actors) = try await readMatter(id)
        try Access.require(actors.contains(.leadUnit), "matter_extension")
        return m
    }

    /// Deciding on a request for more time: the office's.
    func decideMatterExtension(_ id: Int) async throws -> MatterRecord {
        let (m, _, actors) = try await readMatter(id)
        try Access.require(actors.contains(.office), "matter_extension_decision")
        return m
    }

    /// Raising a matter: an office or admin (the jurisdiction and units are checked with the form).
    func requireMatterRaiser() throws {
        try Access.require(Access.canRaiseMatters(principal), "raise_matter")
    }
}

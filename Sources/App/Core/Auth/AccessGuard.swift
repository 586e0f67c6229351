import Foundation
import ReformCore
import SQLKit

/// Loads what a request is about and applies `Access` to it before anything is written: an object outside the
/// user's view is "not found" (404), a change the role may not make is "forbidden" (403). Pages and the API share it.
struct AccessGuard: Sendable {
    let principal: Principal
    let sql: any SQLDatabase

    init(_ context: AppRequestContext, sql: any SQLDatabase) throws {
        principal = try context.requirePrincipal()
        self.sql = sql
    }

    // MARK: Jurisdictions

    func readJurisdiction(_ id: Int) async throws -> JurisdictionRecord {
        let j = try await JurisdictionQueries.require(id, on: sql)
        try Access.requireVisible(principal.sees(jurisdictionPath: j.path), entity: "jurisdiction", id: id)
        return j
    }

    func editJurisdiction(_ id: Int) async throws -> JurisdictionRecord {
        let j = try await readJurisdiction(id)
        try Access.require(Access.canEditJurisdictions(principal), "edit_jurisdictions")
        return j
    }

    /// The path of a jurisdiction a form or body names; nil when it does not exist (validation reports that).
    func path(ofJurisdiction id: Int?) async throws -> String? {
        guard let id else { return nil }
        return try await JurisdictionQueries.find(id, on: sql)?.path
    }

    /// Scope for list queries: nil for an admin (every tree), else the user's subtree.
    var listScope: String? { principal.isNationwide ? nil : principal.jurisdictionPath }

    // MARK: Units

    func readUnit(_ id: Int) async throws -> UnitRecord { try await visibleUnit(id).unit }

    func editUnit(_ id: Int) async throws -> UnitRecord {
        let (u, path) = try await visibleUnit(id)
        try Access.require(Access.canEditUnits(in: path, principal), "edit_units")
        return u
    }

    /// The unit and its jurisdiction's path, looked up once for both the read and the edit check.
    private func visibleUnit(_ id: Int) async throws -> (unit: UnitRecord, path: String) {
        let u = try await UnitQueries.require(id, on: sql)
        let path = try await path(ofJurisdiction: u.jurisdictionId) ?? ""
        try Access.requireVisible(principal.sees(jurisdictionPath: path) || principal.unitId == id, entity: "unit", id: id)
        return (u, path)
    }

    /// A unit may be put only in a jurisdiction the user maintains units for.
    func requireUnitTarget(jurisdictionId: Int?) async throws {
        try Access.require(Access.canCreateUnits(principal), "edit_units")
        if let path = try await path(ofJurisdiction: jurisdictionId) {
            try Access.require(Access.canEditUnits(in: path, principal), "scope")
        }
    }

    // MARK: Plans

    func readPlan(_ id: Int) async throws -> PlanRecord { try await visiblePlan(id).plan }

    func editPlan(_ id: Int) async throws -> PlanRecord {
        let (p, path) = try await visiblePlan(id)
        try Access.require(Access.canEditPlans(in: path, principal), "edit_plans")
        return p
    }

    /// The plan and its jurisdiction's path, looked up once for both the read and the edit check.
    private func visiblePlan(_ id: Int) async throws -> (plan: PlanRecord, path: String) {
        let p = try await PlanQueries.require(id, on: sql)
        let path = try await path(ofJurisdiction: p.jurisdictionId) ?? ""
        try Access.requireVisible(principal.sees(jurisdictionPath: path), entity: "plan", id: id)
        return (p, path)
    }

    /// A plan may be created in (or moved to) only a jurisdiction whose plans the user edits.
    func requirePlanTarget(jurisdictionId: Int?) async throws {
        try Access.require(Access.canCreatePlans(principal), "edit_plans")
        if let path = try await path(ofJurisdiction: jurisdictionId) {
            try Access.require(Access.canEditPlans(in: path, principal), "scope")
        }
    }

    // MARK: Items

    func readItem(_ id: Int) async throws -> (item: ItemRecord, participants: [Int]) {
        let item = try await ItemQueries.require(id, on: sql)
        let participants = try await ItemQueries.participants(of: [id], on: sql).map(\.unitId)
        try Access.requireVisible(
            Access.seesItem(
                jurisdictionPath: item.jurisdictionPath, leadUnitId: item.leadUnitId,
                participantUnitIds: participants, principal), entity: "item", id: id)
        return (item, participants)
    }

    /// The item and how far the user may change it; 403 when not at all.
    func editItem(_ id: Int, needs: Access.ItemEdit = .progress) async throws -> (item: ItemRecord, participants: [Int], edit: Access.ItemEdit) {
        let (item, participants) = try await readItem(id)
        let edit = Access.itemEdit(jurisdictionPath: item.jurisdictionPath, leadUnitId: item.leadUnitId, participantUnitIds: participants, principal)
        try Access.require(edit != .none, needs == .full && edit == .progress ? "edit_item_fields" : "edit_item")
        try Access.require(!(needs == .full && edit != .full), "edit_item_fields")
        return (item, participants, edit)
    }

    /// A progress-only editor (liaison, unit head) sends a draft: every field outside `Access.progressFields` must be
    /// as it is, or the whole change is refused (403), so nothing is half-applied.
    func requireOnlyProgress(current: PlanItemDraft, proposed: PlanItemDraft) throws {
        let changed = Self.changedFields(current, proposed).subtracting(Access.progressFields)
        try Access.require(changed.isEmpty, "edit_item_fields")
    }

    /// The fields two drafts differ in, by their API names (`leadUnitId`), read off every stored property of the
    /// draft: a field added to `PlanItemDraft` is compared without being listed here, so it can never slip past the
    /// liaison's check. Text is compared trimmed, and two texts that read as the same number are the same.
    static func changedFields(_ a: PlanItemDraft, _ b: PlanItemDraft) -> Set<String> {
        var changed: Set<String> = []
        for (x, y) in zip(Mirror(reflecting: a).children, Mirror(reflecting: b).children) {
            guard let label = x.label, !same(x.value, y.value) else { continue }
            changed.insert(label.replacingOccurrences(of: "IDs", with: "Ids").replacingOccurrences(of: "ID", with: "Id"))
        }
        return changed
    }

    private static func same(_ x: Any, _ y: Any) -> Bool {
        if let s = x as? String, let t = y as? String {
            let u = s.trimmingCharacters(in: .whitespacesAndNewlines), v = t.trimmingCharacters(in: .whitespacesAndNewlines)
            if u == v { return true }
            if let m = Double(u), let n = Double(v) { return m == n }
            return false
        }
        return String(describing: x) == String(describing: y)
    }

    // MARK: Imports

    func requireImporter() throws {
        try Access.require(Access.canImport(principal), "import")
    }

    func importBatch(_ id: Int) async throws -> ImportBatchRecord {
        let batch = try await ImportQueries.require(id, on: sql)
        try Access.requireVisible(
            principal.sees(jurisdictionPath: try await path(ofJurisdiction: batch.jurisdictionId) ?? ""),
            entity: "import", id: id)
        try requireImporter()
        return batch
    }

    /// The plan or jurisdiction an import goes into must be one whose plans the user edits.
    func requireImportTarget(_ target: ImportTarget) async throws {
        try requireImporter()
        switch target.mode {
        case .newPlan:
            if let path = try await path(ofJurisdiction: target.jurisdictionId) {
                try Access.require(Access.canEditPlans(in: path, principal), "scope")
            }
        case .existingPlan:
            if let planId = target.planId, let plan = try await PlanQueries.find(planId, on: sql),
                let path = try await path(ofJurisdiction: plan.jurisdictionId)
            {
                try Access.require(Access.canEditPlans(in: path, principal), "scope")
            }
        }
    }
}

extension AccessGuard {
    /// The ledger inside the user's view: without a jurisdiction it is the user's own (everything below it); a named
    /// jurisdiction, plan, field or unit must be visible (else 404, `AccessGuard+Filters`). The scope is the same path range on
    /// `plan_items.jurisdiction_path` the ledger's jurisdiction filter already uses, so the indexes serve it as before.
    func scoped(_ filter: LedgerFilter) async throws -> LedgerFilter {
        var f = filter
        if let jid = f.jurisdictionId {
            _ = try await readJurisdiction(jid)
        } else if !principal.isNationwide {
            f.jurisdictionId = principal.jurisdictionId
        }
        if let planId = f.planId { _ = try await readPlan(planId) }
        if let fieldId = f.fieldId { try await filterField(fieldId) }
        if let unitId = f.unitId { try await filterUnit(unitId) }
        return f
    }
}

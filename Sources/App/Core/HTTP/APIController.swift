import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// /api/v1: the same operations as the pages, as JSON. Mirrored by Resources/openapi.json.
struct APIController: Sendable {
    let services: AppServices
    var sql: any SQLDatabase { services.database.sql }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("/jurisdictions") { _, context in
            let scope = try AccessGuard(context, sql: sql).listScope
            return try APIResponse.json(APIModels.Page(items: try await JurisdictionQueries.all(within: scope, on: sql).map(APIModels.Jurisdiction.init)))
        }
        group.post("/jurisdictions") { request, context in
            try Access.require(Access.canEditJurisdictions(try context.requirePrincipal()), "edit_jurisdictions")
            let input = try await decode(APIModels.JurisdictionInput.self, request, context)
            let saved = try await services.jurisdictions.create(jurisdictionDraft(input), actor: try context.requirePrincipal().actorName)
            return try APIResponse.json(APIModels.Jurisdiction(saved), status: .created, headers: [.location: "/api/v1/jurisdictions/\(saved.id)"])
        }
        group.get("/jurisdictions/:id") { _, context in
            try APIResponse.json(APIModels.Jurisdiction(try await AccessGuard(context, sql: sql).readJurisdiction(try id(context))))
        }
        group.patch("/jurisdictions/:id") { request, context in
            let jid = try id(context)
            let current = try await AccessGuard(context, sql: sql).editJurisdiction(jid)
            let input = try await decode(APIModels.JurisdictionInput.self, request, context)
            let draft = JurisdictionDraft(name: input.name ?? current.name, level: input.level ?? current.level,
                                          divisionCode: input.divisionCode ?? current.divisionCode, parentID: input.parentId ?? current.parentId)
            let saved = try await services.jurisdictions.update(jid, draft, baseVersion: try version(input.version, request), actor: try context.requirePrincipal().actorName)
            return try APIResponse.json(APIModels.Jurisdiction(saved))
        }
        group.get("/jurisdictions/:id/dashboard") { _, context in
            let today = services.clock.today
            _ = try await AccessGuard(context, sql: sql).readJurisdiction(try id(context))
            let d = try await DashboardQuery.run(jurisdictionId: try id(context), today: today, on: sql)
            return try APIResponse.json(APIModels.DashboardDTO(
                jurisdiction: .init(d.jurisdiction), total: d.total, byStatus: d.byStatus, byLight: d.byLight,
                overdueByUnit: d.overdueByUnit.map(APIModels.UnitOverdue.init), completionByField: d.completionByField, plans: d.plans.map(APIModels.Plan.init), asOf: today.iso))
        }

        group.get("/units") { request, context in
            let scope = try AccessGuard(context, sql: sql).listScope
            let q = request.uri.queryParameters
            let jid = try optionalInt(q.get("jurisdiction"), "jurisdiction")
            let limit = try optionalInt(q.get("limit"), "limit", max: 1000) ?? 200
            let offset = try optionalInt(q.get("offset"), "offset", min: 0) ?? 0
            let text = try clean(q.get("q") ?? "", "q")
            let units = try await UnitQueries.page(jurisdictionId: jid, q: String(text.prefix(100)), limit: limit, offset: offset,
                                                   within: scope, on: sql)
            return try APIResponse.json(APIModels.Page(items: units.map(APIModels.Unit.init)))
        }
        group.post("/units") { request, context in
            let guarded = try AccessGuard(context, sql: sql)
            try Access.require(Access.canCreateUnits(guarded.principal), "edit_units")
            let input = try await decode(APIModels.UnitInput.self, request, context)
            try await guarded.requireUnitTarget(jurisdictionId: input.jurisdictionId)
            let saved = try await services.units.create(UnitDraft(jurisdictionID: input.jurisdictionId, name: input.name ?? "",
                                                                  shortNames: (input.shortNames ?? []).joined(separator: "、")), actor: try context.requirePrincipal().actorName)
            return try APIResponse.json(APIModels.Unit(saved), status: .created, headers: [.location: "/api/v1/units/\(saved.id)"])
        }
        group.get("/units/:id") { _, context in
            try APIResponse.json(APIModels.Unit(try await AccessGuard(context, sql: sql).readUnit(try id(context))))
        }
        group.patch("/units/:id") { request, context in
            let uid = try id(context)
            let guarded = try AccessGuard(context, sql: sql)
            let current = try await guarded.editUnit(uid)
            let input = try await decode(APIModels.UnitInput.self, request, context)
            try await guarded.requireUnitTarget(jurisdictionId: input.jurisdictionId ?? current.jurisdictionId)
            let draft = UnitDraft(jurisdictionID: input.jurisdictionId ?? current.jurisdictionId, name: input.name ?? current.name,
                                  shortNames: input.shortNames?.joined(separator: "、") ?? current.shortNames)
            let saved = try await services.units.update(uid, draft, baseVersion: try version(input.version, request), actor: try context.requirePrincipal().actorName)
            return try APIResponse.json(APIModels.Unit(saved))
        }

        group.get("/plans") { request, context in
            let guarded = try AccessGuard(context, sql: sql)
            let jid = try optionalInt(request.uri.queryParameters.get("jurisdiction"), "jurisdiction")
            let plans: [PlanRecord]
            if let jid {
                plans = try await PlanQueries.inSubtree(of: try await guarded.readJurisdiction(jid), limit: 1000, on: sql)
            } else {
                plans = try await PlanQueries.visible(scope: guarded.listScope, limit: 1000, on: sql)
            }
            return try APIResponse.json(APIModels.Page(items: plans.map(APIModels.Plan.init)))
        }
        group.post("/plans") { request, context in
            let guarded = try AccessGuard(context, sql: sql)
            try Access.require(Access.canCreatePlans(guarded.principal), "edit_plans")
            let input = try await decode(APIModels.PlanInput.self, request, context)
            try await guarded.requirePlanTarget(jurisdictionId: input.jurisdictionId)
            try Self.checkLevelNames(input.levelNames)
            let saved = try await services.plans.create(planDraft(input, current: nil), actor: try context.requirePrincipal().actorName)
            return try APIResponse.json(APIModels.Plan(saved), status: .created, headers: [.location: "/api/v1/plans/\(saved.id)"])
        }
        group.get("/plans/:id") { _, context in
            try APIResponse.json(APIModels.Plan(try await AccessGuard(context, sql: sql).readPlan(try id(context))))
        }
        group.patch("/plans/:id") { request, context in
            let pid = try id(context)
            let guarded = try AccessGuard(context, sql: sql)
            let current = try await guarded.editPlan(pid)
            let input = try await decode(APIModels.PlanInput.self, request, context)
            try Self.checkLevelNames(input.levelNames)
            try await guarded.requirePlanTarget(jurisdictionId: input.jurisdictionId ?? current.jurisdictionId)
            let saved = try await services.plans.update(pid, planDraft(input, current: current), baseVersion: try version(input.version, request), actor: try context.requirePrincipal().actorName)
            return try APIResponse.json(APIModels.Plan(saved))
        }
        group.get("/plans/:id/items") { _, context in
            let plan = try await AccessGuard(context, sql: sql).readPlan(try id(context))
            let items = try await ItemQueries.tree(planId: plan.id, on: sql)
            return try APIResponse.json(APIModels.Page(items: try await itemDTOs(items, warnDays: plan.warnDays)))
        }
        group.post("/plans/:id/items") { request, context in
            let pid = try id(context)
            _ = try await AccessGuard(context, sql: sql).editPlan(pid)
            let input = try await decode(APIModels.ItemInput.self, request, context)
            let saved = try await services.items.create(planId: pid, parentId: input.parentId, itemDraft(input, current: nil, participants: []), actor: try context.requirePrincipal().actorName)
            return try APIResponse.json(try await itemDTO(saved), status: .created, headers: [.location: "/api/v1/items/\(saved.id)"])
        }

        group.get("/items/:id") { _, context in
            try APIResponse.json(try await itemDTO(try await AccessGuard(context, sql: sql).readItem(try id(context)).item))
        }
        group.patch("/items/:id") { request, context in
            let iid = try id(context)
            let guarded = try AccessGuard(context, sql: sql)
            let (current, participants, edit) = try await guarded.editItem(iid)
            let input = try await decode(APIModels.ItemInput.self, request, context)
            let draft = itemDraft(input, current: current, participants: participants)
            if edit == .progress {
                try guarded.requireOnlyProgress(current: WebControllers.draft(of: current, participants: participants), proposed: draft)
            }
            let saved = try await services.items.update(
                iid, draft, baseVersion: try version(input.version, request),
                amendment: .init(reason: try clean(input.amendmentReason ?? "", "amendmentReason"), approvedBy: try clean(input.approvedBy ?? "", "approvedBy")),
                actor: try context.requirePrincipal().actorName)
            return try APIResponse.json(try await itemDTO(saved))
        }
        group.delete("/items/:id") { request, context in
            let iid = try id(context)
            _ = try await AccessGuard(context, sql: sql).editItem(iid, needs: .full)
            let header = try ifMatch(request)
            guard let v = try optionalInt(request.uri.queryParameters.get("version"), "version", min: 0) ?? header else {
                throw AppError.badRequest(parameter: "version", message: "required: the version you read (query ?version= or If-Match)")
            }
            try await services.items.delete(iid, baseVersion: v, actor: try context.requirePrincipal().actorName)
            return try APIResponse.json(APIModels.DeleteResult(deleted: iid))
        }
        group.get("/items/:id/amendments") { _, context in
            let iid = try id(context)
            _ = try await AccessGuard(context, sql: sql).readItem(iid)
            return try APIResponse.json(APIModels.Page(items: try await ItemQueries.amendments(of: iid, on: sql).map(APIModels.Amendment.init)))
        }
        group.post("/items/:id/amendments") { request, context in
            let iid = try id(context)
            _ = try await AccessGuard(context, sql: sql).editItem(iid, needs: .full)
            let input = try await decode(APIModels.AmendmentInput.self, request, context)
            let header = try ifMatch(request)
            let saved = try await services.items.amend(
                iid, newDeadline: try clean(input.newDeadline ?? "", "newDeadline"),
                input: .init(reason: try clean(input.reason ?? "", "reason"), approvedBy: try clean(input.approvedBy ?? "", "approvedBy")),
                baseVersion: input.version ?? header, actor: try context.requirePrincipal().actorName)
            return try APIResponse.json(try await itemDTO(saved), status: .created)
        }
        group.get("/items/:id/history") { _, context in
            let iid = try id(context)
            _ = try await AccessGuard(context, sql: sql).readItem(iid)
            return try APIResponse.json(APIModels.Page(items: try await ItemQueries.history(entity: "item", id: iid, on: sql).map(APIModels.HistoryEntry.init)))
        }

        group.get("/ledger") { request, context in
            let filter = try await AccessGuard(context, sql: sql).scoped(try ledgerFilter(request))
            let today = services.clock.today
            let page = try await LedgerQuery.run(filter, today: today, on: sql)
            let warnDays = try await warnDaysByPlan(Set(page.rows.map(\.planId)))
            let rows = page.rows.map { r in
                APIModels.LedgerRowDTO(
                    id: r.id, planId: r.planId, parentId: r.parentId, depth: r.depth, number: r.number,
                    field: r.depth == 0 ? r.title : r.fieldTitle, task: r.depth == 1 ? r.title : r.taskTitle, title: r.title,
                    leadUnit: r.leadUnitName, leadUnitId: r.leadUnitId, participants: (page.participants[r.id] ?? []).map(\.name),
                    responsibleLeader: r.responsibleLeader, responsiblePerson: r.responsiblePerson, handler: r.handler,
                    deadline: r.currentDeadline, originalDeadline: r.originalDeadline, delayCount: r.delayCount,
                    expectedResults: r.expectedResults, policyDocuments: r.policyDocuments, remarks: r.remarks, status: r.status,
                    ownPercent: r.ownPercent, derivedPercent: r.derivedPercent, percent: r.rollupPercent,
                    light: Schedule.light(status: LifecycleStatus(rawValue: r.status) ?? .notStarted,
                                          originalDeadline: r.originalDeadline.flatMap(LocalDate.init(iso:)), today: today,
                                          warnDays: warnDays[r.planId] ?? Schedule.defaultWarnDays).rawValue,
                    outdated: r.isOutdated(today: today), version: r.version)
            }
            return try APIResponse.json(APIModels.Ledger(items: rows, total: page.total, totalCapped: page.totalCapped,
                                                         page: filter.page, perPage: filter.perPage))
        }

        registerImports(on: group)
        registerAccounts(on: group)
        registerExport(on: group)
        registerReports(on: group)    }

    // MARK: helpers

    /// The ledger's filters from an API request: the shared parser after the API's stricter checks.
    func ledgerFilter(_ request: Request) throws -> LedgerFilter {
        var params = request.queryMultiMap
        for (key, values) in params { for v in values { _ = try clean(v, key) } }
        // Integers may come as 7.0 (JSON's reading of an integer); the shared parser reads plain digits.
        for key in ["jurisdiction", "plan", "field", "unit", "page", "per_page"] {
            params[key] = params[key]?.map { v in Self.wholeNumber(v.trimmingCharacters(in: .whitespaces)).map(String.init) ?? v }
        }
        // The pages send empty form fields for "any"; the API refuses empty values instead of guessing.
        for key in Self.ledgerSingleValueParameters {
            if let values = params[key], values.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                throw AppError.badRequest(parameter: key, message: "empty value; leave the parameter out instead")
            }
        }
        for key in ["status", "light"] {
            let pieces = (params[key] ?? []).flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
            if pieces.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                throw AppError.badRequest(parameter: key, message: "empty value in the list; leave the parameter out instead")
            }
        }
        return try LedgerFilter.parse(params)
    }

    static let ledgerSingleValueParameters = ["jurisdiction", "plan", "field", "unit", "role", "due_from", "due_to", "scope", "sort", "page", "per_page",
                                              "outdated"]

    func id(_ context: AppRequestContext) throws -> Int {
        let raw = context.parameters.get("id") ?? ""
        guard let value = Self.wholeNumber(raw), value > 0 else { throw AppError.badRequest(parameter: "id", message: "expected a positive whole number, got \(raw.prefix(40))") }
        return value
    }

    func decode<T: Decodable>(_ type: T.Type, _ request: Request, _ context: AppRequestContext) async throws -> T {
        try Self.requireJSON(request)
        let value: T
        do {
            value = try await request.decode(as: T.self, context: context)
        } catch let error as HTTPError where error.status == .badRequest {
            // Hummingbird reports unreadable JSON as a plain 400; name the body like every other 400.
            throw AppError.badRequest(parameter: "body", message: error.body ?? "not valid JSON")
        }
        try Self.rejectControlCharacters(in: value)
        return value
    }

    /// NUL cannot be stored in PostgreSQL text and never belongs in an office's data: refused by field name.
    static func rejectControlCharacters(in value: Any, path: String = "") throws {
        for child in Mirror(reflecting: value).children {
            let name = path.isEmpty ? (child.label ?? "") : path + "." + (child.label ?? "")
            if let s = child.value as? String { _ = try clean(s, name) }
            if let s = child.value as? String? , let s { _ = try clean(s, name) }
            if let list = child.value as? [String] { for s in list { _ = try clean(s, name) } }
            if let list = child.value as? [String]?, let list { for s in list { _ = try clean(s, name) } }
        }
    }

    @discardableResult
    static func clean(_ s: String, _ field: String) throws -> String {
        if s.unicodeScalars.contains(where: { $0.value == 0 }) {
            throw AppError.badRequest(parameter: field, message: "contains a NUL character")
        }
        return s
    }

    private func clean(_ s: String, _ field: String) throws -> String { try Self.clean(s, field) }

    func optionalInt(_ raw: String?, _ name: String, min: Int = 1, max: Int = Int.max) throws -> Int? {
        guard let raw else { return nil }
        guard let n = Self.wholeNumber(raw), n >= min, n <= max else {
            throw AppError.badRequest(parameter: name, message: "expected a whole number ≥ \(min), got \(raw.prefix(40))")
        }
        return n
    }

    /// Bodies are JSON: a request that declares another media type is refused with 415 (no Content-Type is read as JSON).
    static func requireJSON(_ request: Request) throws {
        guard let declared = request.headers[.contentType] else { return }
        let mediaType = declared.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        guard mediaType == "application/json" || (mediaType.hasPrefix("application/") && mediaType.hasSuffix("+json")) else {
            throw HTTPError(.unsupportedMediaType, message: "request bodies must be JSON (Content-Type: application/json), got \(declared.prefix(60))")
        }
    }

    /// A whole number as text: `12`, `-3`, and (as in JSON bodies, where 7.0 is the integer 7) `7.0` or `7e0`.
    /// Nothing else: no blanks, no `+`, no hexadecimal, no fraction.
    static func wholeNumber(_ raw: String) -> Int? {
        guard !raw.isEmpty, raw.utf8.count <= 40 else { return nil }
        let digits = raw.hasPrefix("-") ? raw.dropFirst() : Substring(raw)
        if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) { return Int(raw) }
        guard let first = digits.first, first.isASCII, first.isNumber,
              raw.allSatisfy({ $0.isASCII && ($0.isNumber || ".eE+-".contains($0)) }),
              let d = Double(raw), d.isFinite, d == d.rounded(), abs(d) < 9.2e18 else { return nil }
        return Int(d)
    }

    /// The version from `If-Match` (`3`, `"3"` or `W/"3"`); nil without the header, 400 when it is not a version.
    func ifMatch(_ request: Request) throws -> Int? {
        guard let raw = request.headers[.ifMatch] else { return nil }
        var tag = Substring(raw.trimmingCharacters(in: .whitespaces))
        if tag.hasPrefix("W/") { tag = tag.dropFirst(2) }
        if tag.count >= 2, tag.hasPrefix("\""), tag.hasSuffix("\"") { tag = tag.dropFirst().dropLast() }
        guard !tag.isEmpty, tag.count <= 18, tag.allSatisfy({ $0.isASCII && $0.isNumber }), let v = Int(tag) else {
            throw AppError.badRequest(parameter: "If-Match", message: "expected the version you read, e.g. \"3\", got \(raw.prefix(40))")
        }
        return v
    }

    /// The version the client read: required on every change, so a stale edit is refused with 409.
    func version(_ body: Int?, _ request: Request) throws -> Int {
        let header = try ifMatch(request)
        guard let v = body ?? header else {
            throw AppError.badRequest(parameter: "version", message: "required: the version you read (body field version or If-Match header)")
        }
        return v
    }

    /// In JSON each array entry is one level name: a blank entry, or one holding a separator the form splits on, is refused.
    static func checkLevelNames(_ names: [String]?) throws {
        guard let names else { return }
        if names.contains(where: { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) {
            throw AppError.validation([ValidationIssue(field: "levelNames", code: .required)])
        }
        if names.contains(where: { $0.contains(where: PlanDraft.levelNameSeparators.contains) }) {
            throw AppError.validation([ValidationIssue(field: "levelNames", code: .invalidChoice)])
        }
    }

    private func jurisdictionDraft(_ i: APIModels.JurisdictionInput) -> JurisdictionDraft {
        JurisdictionDraft(name: i.name ?? "", level: i.level ?? "", divisionCode: i.divisionCode ?? "", parentID: i.parentId)
    }

    private func planDraft(_ i: APIModels.PlanInput, current p: PlanRecord?) -> PlanDraft {
        PlanDraft(title: i.title ?? p?.title ?? "", docNumber: i.docNumber ?? p?.docNumber ?? "", issuer: i.issuer ?? p?.issuer ?? "",
                  issueDate: i.issueDate ?? p?.issueDate ?? "", periodStart: i.periodStart ?? p?.periodStart ?? "",
                  periodEnd: i.periodEnd ?? p?.periodEnd ?? "", jurisdictionID: i.jurisdictionId ?? p?.jurisdictionId,
                  levelNames: i.levelNames?.joined(separator: "/") ?? p?.levelNames ?? "",
                  rollupRule: i.rollupRule ?? p?.rollupRule ?? "mean",
                  warnDays: i.warnDays.map(String.init) ?? p.map { String($0.warnDays) } ?? "")
    }

    private func itemDraft(_ i: APIModels.ItemInput, current c: ItemRecord?, participants: [Int]) -> PlanItemDraft {
        PlanItemDraft(number: i.number ?? c?.number ?? "", title: i.title ?? c?.title ?? "", content: i.content ?? c?.content ?? "",
                      leadUnitID: i.leadUnitId ?? c?.leadUnitId, participantUnitIDs: i.participantUnitIds ?? participants,
                      responsibleLeader: i.responsibleLeader ?? c?.responsibleLeader ?? "",
                      responsiblePerson: i.responsiblePerson ?? c?.responsiblePerson ?? "", handler: i.handler ?? c?.handler ?? "",
                      startDate: i.startDate ?? c?.startDate ?? "", deadline: i.deadline ?? c?.currentDeadline ?? "",
                      expectedResults: i.expectedResults ?? c?.expectedResults ?? "", resultForm: i.resultForm ?? c?.resultForm ?? "",
                      policyDocuments: i.policyDocuments ?? c?.policyDocuments ?? "", remarks: i.remarks ?? c?.remarks ?? "",
                      weight: (i.weight ?? c?.weight).map(Self.decimalText) ?? "",
                      status: i.status.map(Self.statusValue) ?? c?.status ?? "",
                      ownPercent: (i.ownPercent ?? c?.ownPercent).map(Self.decimalText) ?? "")
    }

    /// A JSON number as the plain decimal the drafts read: never an exponent (1e+20, 1e-05), never a trap on huge values.
    static func decimalText(_ d: Double) -> String {
        guard d.isFinite else { return "" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
        let plain = String(d)
        if !plain.contains("e") { return plain }
        var text = String(format: abs(d) >= 1 ? "%.0f" : "%.20f", d)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// The status as stored: a Chinese name (已完成) becomes its code (done); anything else is left for validation.
    static func statusValue(_ s: String) -> String {
        LifecycleStatus(text: s)?.rawValue ?? s
    }

    private func warnDaysByPlan(_ ids: Set<Int>) async throws -> [Int: Int] {
        guard !ids.isEmpty else { return [:] }
        struct Row: Decodable { var id: Int; var warnDays: Int }
        return Dictionary(uniqueKeysWithValues: try await sql.all(Row.self, "SELECT id, warn_days FROM plans WHERE id IN (\(binds: Array(ids)))").map { ($0.id, $0.warnDays) })
    }

    private func itemDTO(_ item: ItemRecord) async throws -> APIModels.Item {
        try await itemDTOs([item], warnDays: try await PlanQueries.require(item.planId, on: sql).warnDays)[0]
    }

    private func itemDTOs(_ items: [ItemRecord], warnDays: Int) async throws -> [APIModels.Item] {
        let participants = Dictionary(grouping: try await ItemQueries.participants(of: items.map(\.id), on: sql), by: \.itemId)
        let today = services.clock.today
        return items.map { APIModels.Item($0, participants: (participants[$0.id] ?? []).map(\.unitId), light: $0.light(today: today, warnDays: warnDays)) }
    }
}

import Foundation
import ReformCore
import SQLKit

/// Keeping the grassroots innovation projects: calls, declarations, the city's review within the quota, and the plan item a
/// selected project becomes. Each write runs in one transaction with its audit entry; an edit checks the version (409).
package struct GrassrootsService: Sendable {
    let database: DatabaseService
    let clock: AppClock

    static let shortMax = 200
    static let longMax = 4_000
    static let quotaMax = 99

    package struct CallInput: Sendable {
        var jurisdictionId: Int?
        var year: String
        var title: String
        var quotaPerDistrict: String
        var declareBy: String
        var planId: Int?

        package init(jurisdictionId: Int?, year: String, title: String, quotaPerDistrict: String, declareBy: String, planId: Int? = nil) {
            self.jurisdictionId = jurisdictionId
            self.year = year
            self.title = title
            self.quotaPerDistrict = quotaPerDistrict
            self.declareBy = declareBy
            self.planId = planId
        }
    }

    /// Issues a call. Its projects are tracked in `planId` (a plan of the call's jurisdiction), or in a new plan named after
    /// the call (区/项目 levels, the year as its period) created with it.
    package func createCall(_ input: CallInput, by p: Principal, isDemo: Bool = false) async throws -> GrassrootsCallRecord {
        try await database.transaction { sql in
            var issues: [ValidationIssue] = []
            var jurisdiction: JurisdictionRecord?
            if let id = input.jurisdictionId {
                jurisdiction = try await JurisdictionQueries.find(id, on: sql)
                if jurisdiction == nil { issues.append(ValidationIssue(field: "jurisdictionId", code: .notFound)) }
            } else {
                issues.append(ValidationIssue(field: "jurisdictionId", code: .required))
            }
            if let j = jurisdiction { try Access.require(Access.canEditGrassroots(in: j.path, p), "grassroots_edit") }
            let year = Int(input.year.trimmed)
            if year == nil || !(2000...2100).contains(year!) {
                issues.append(ValidationIssue(field: "year", code: input.year.trimmed.isEmpty ? .required : .outOfRange))
            }
            AuthorizationService.text(input.title, "title", max: Self.shortMax, required: true, into: &issues)
            let quota = Int(input.quotaPerDistrict.trimmed)
            if quota == nil || !(1...Self.quotaMax).contains(quota!) {
                issues.append(
                    ValidationIssue(
                        field: "quotaPerDistrict", code: input.quotaPerDistrict.trimmed.isEmpty ? .required : .outOfRange, limit: Self.quotaMax))
            }
            let declareBy = PowerService.date(input.declareBy, "declareBy", today: nil, required: false, into: &issues)
            if let planId = input.planId, let j = jurisdiction {
                let plan = try await PlanQueries.find(planId, on: sql)
                if plan == nil || plan!.jurisdictionId != j.id { issues.append(ValidationIssue(field: "planId", code: .notFound)) }
            }
            if !issues.isEmpty { throw AppError.validation(issues) }
            let j = jurisdiction!
            let now = clock.timestamp
            let planId: Int
            if let given = input.planId {
                planId = given
            } else {
                planId = try await PlanService.insert(
                    PlanDraft(
                        title: input.title.trimmed, issuer: j.name, issueDate: clock.today.iso, periodStart: "\(year!)-01-01",
                        periodEnd: "\(year!)-12-31", jurisdictionID: j.id, levelNames: "项目", rollupRule: RollupRule.mean.rawValue,
                        warnDays: String(Schedule.defaultWarnDays)),
                    actor: p.actorName, isDemo: isDemo, at: now, on: sql)
            }
            let by = (declareBy ?? LocalDate(year: year!, month: 3, day: 31)!).iso
            let id = try await sql.insertReturningID(
                """
                INSERT INTO grassroots_calls (jurisdiction_id, jurisdiction_path, year, title, quota_per_district, declare_by, plan_id, is_demo,
                  version, created_at, updated_at)
                VALUES (\(bind: j.id), \(bind: j.path), \(bind: year!), \(bind: input.title.trimmed), \(bind: quota!), \(bind: by), \(bind: planId),
                  \(bind: isDemo), 1, \(bind: now), \(bind: now))
                """)
            try await Audit.record(
                entity: "grassroots_call", id: id, action: "create", actor: p.actorName, version: 1,
                changes: Audit.diff(
                    [:],
                    [
                        "jurisdictionId": String(j.id), "year": String(year!), "title": input.title.trimmed, "quotaPerDistrict": String(quota!),
                        "declareBy": by, "planId": String(planId)
                    ]),
                scopePath: j.path, at: now, on: sql)
            return try await GrassrootsQueries.call(id, on: sql)!
        }
    }

    package struct ProjectInput: Sendable, Equatable {
        var jurisdictionId: Int?
        var title: String
        var summary: String
        var leadUnit: String
        var expectedResult: String
        var contact: String

        package init(jurisdictionId: Int?, title: String, summary: String, leadUnit: String, expectedResult: String, contact: String) {
            self.jurisdictionId = jurisdictionId
            self.title = title
            self.summary = summary
            self.leadUnit = leadUnit
            self.expectedResult = expectedResult
            self.contact = contact
        }

        var snapshot: [String: String?] {
            [
                "jurisdictionId": jurisdictionId.map(String.init), "title": title.trimmed, "summary": summary.trimmed, "leadUnit": leadUnit.trimmed,
                "expectedResult": expectedResult.trimmed, "contact": contact.trimmed
            ]
        }
    }

    /// The checks that need no database.
    static func checkFields(_ input: ProjectInput) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        AuthorizationService.text(input.title, "title", max: shortMax, required: true, into: &issues)
        AuthorizationService.text(input.summary, "summary", max: longMax, required: false, into: &issues)
        AuthorizationService.text(input.leadUnit, "leadUnit", max: shortMax, required: true, into: &issues)
        AuthorizationService.text(input.expectedResult, "expectedResult", max: longMax, required: false, into: &issues)
        AuthorizationService.text(input.contact, "contact", max: shortMax, required: false, into: &issues)
        return issues
    }

    /// The district a project is declared by: a jurisdiction directly below the call's.
    static func district(_ id: Int?, call: GrassrootsCallRecord, on sql: any SQLDatabase) async throws -> (JurisdictionRecord?, [ValidationIssue]) {
        guard let id else { return (nil, [ValidationIssue(field: "jurisdictionId", code: .required)]) }
        guard let j = try await JurisdictionQueries.find(id, on: sql), j.parentId == call.jurisdictionId else {
            return (nil, [ValidationIssue(field: "jurisdictionId", code: .notFound)])
        }
        return (j, [])
    }

    /// A district declares a project to a call (its own office or one above it).
    package func declare(callId: Int, _ input: ProjectInput, by p: Principal, isDemo: Bool = false) async throws -> GrassrootsProjectRecord {
        try await database.transaction { sql in
            let call = try await Self.visibleCall(callId, p, on: sql)
            let (district, found) = try await Self.district(input.jurisdictionId, call: call, on: sql)
            if let d = district { try Access.require(Access.canEditGrassroots(in: d.path, p), "grassroots_declare") }
            let issues = found + Self.checkFields(input)
            if !issues.isEmpty { throw AppError.validation(issues) }
            let now = clock.timestamp
            let id = try await Self.insert(input, district: district!, call: call, isDemo: isDemo, at: now, on: sql)
            try await Audit.record(
                entity: "grassroots_project", id: id, action: "create", actor: p.actorName, version: 1, changes: Audit.diff([:], input.snapshot),
                scopePath: district!.path, at: now, on: sql)
            return try await GrassrootsQueries.project(id, on: sql)!
        }
    }

    static func insert(
        _ input: ProjectInput, district: JurisdictionRecord, call: GrassrootsCallRecord, isDemo: Bool, at now: String, on sql: any SQLDatabase
    ) async throws -> Int {
        try await sql.insertReturningID(
            """
            INSERT INTO grassroots_projects (call_id, jurisdiction_id, jurisdiction_path, title, summary, lead_unit, expected_result, contact,
              state, review_note, reviewed_on, plan_item_id, is_demo, version, created_at, updated_at)
            VALUES (\(bind: call.id), \(bind: district.id), \(bind: district.path), \(bind: input.title.trimmed), \(bind: input.summary.trimmed),
              \(bind: input.leadUnit.trimmed), \(bind: input.expectedResult.trimmed), \(bind: input.contact.trimmed), 'declared', '', NULL, NULL,
              \(bind: isDemo), 1, \(bind: now), \(bind: now))
            """)
    }

    /// Edits a declaration while it waits for review.
    package func update(_ id: Int, _ input: ProjectInput, baseVersion: Int, by p: Principal) async throws -> GrassrootsProjectRecord {
        try await database.transaction { sql in
            let project = try await Self.editableProject(id, p, on: sql)
            if baseVersion != project.version { throw Self.stale(project) }
            if project.state != GrassrootsState.declared.rawValue {
                throw AppError.unprocessable(code: "grassroots_reviewed", message: "the project was reviewed; it is no longer edited")
            }
            let call = try await GrassrootsQueries.call(project.callId, on: sql)!
            let (district, found) = try await Self.district(input.jurisdictionId, call: call, on: sql)
            if let d = district { try Access.require(Access.canEditGrassroots(in: d.path, p), "grassroots_declare") }
            let issues = found + Self.checkFields(input)
            if !issues.isEmpty { throw AppError.validation(issues) }
            let now = clock.timestamp
            let n = try await sql.updateReturningCount(
                """
                UPDATE grassroots_projects SET jurisdiction_id = \(bind: district!.id), jurisdiction_path = \(bind: district!.path),
                  title = \(bind: input.title.trimmed), summary = \(bind: input.summary.trimmed), lead_unit = \(bind: input.leadUnit.trimmed),
                  expected_result = \(bind: input.expectedResult.trimmed), contact = \(bind: input.contact.trimmed), version = version + 1,
                  updated_at = \(bind: now)
                WHERE id = \(bind: id) AND version = \(bind: project.version)
                """)
            guard n == 1 else { throw Self.stale(project) }
            let before = ProjectInput(
                jurisdictionId: project.jurisdictionId, title: project.title, summary: project.summary, leadUnit: project.leadUnit,
                expectedResult: project.expectedResult, contact: project.contact)
            try await Audit.record(
                entity: "grassroots_project", id: id, action: "update", actor: p.actorName, version: project.version + 1,
                changes: Audit.diff(before.snapshot, input.snapshot), scopePath: district!.path, at: now, on: sql)
            return try await GrassrootsQueries.project(id, on: sql)!
        }
    }

    /// The city's review: select (within the quota per district: beyond it, 422 `grassroots_quota_full`) or not. A selected
    /// project becomes an item of the call's plan (title, summary, expected result, the contact as responsible person, the
    /// year's end as deadline, `leadUnitId` as lead unit), or is linked to `planItemId` of that plan.
    package func review(
        _ id: Int, select: Bool, note: String, planItemId: Int?, leadUnitId: Int?, baseVersion: Int, by p: Principal
    ) async throws -> GrassrootsProjectRecord {
        try await database.transaction { sql in
            guard let project = try await GrassrootsQueries.project(id, on: sql), Self.visibleProject(project, p) else {
                throw AppError.notFound(entity: "grassroots_project", id: String(id))
            }
            let call = try await GrassrootsQueries.call(project.callId, on: sql)!
            try Access.require(Access.canEditGrassroots(in: call.jurisdictionPath, p), "grassroots_review")
            if baseVersion != project.version { throw Self.stale(project) }
            if project.state != GrassrootsState.declared.rawValue {
                throw AppError.unprocessable(code: "grassroots_reviewed", message: "the project was already reviewed")
            }
            var issues: [ValidationIssue] = []
            AuthorizationService.text(note, "reviewNote", max: Self.longMax, required: !select, into: &issues)
            if !issues.isEmpty { throw AppError.validation(issues) }
            let now = clock.timestamp
            var itemId: Int?
            if select {
                let selected =
                    try await sql.scalar(
                        Int.self, column: "n",
                        """
                        SELECT COUNT(*) AS n FROM grassroots_projects WHERE call_id = \(bind: call.id) AND jurisdiction_id = \(bind: project.jurisdictionId)
                          AND state = 'selected'
                        """) ?? 0
                if selected >= call.quotaPerDistrict {
                    throw AppError.unprocessable(
                        code: "grassroots_quota_full",
                        message: "\(project.jurisdictionName) already has \(selected) selected projects, the call's quota per district")
                }
                if let planItemId {
                    let item = try await ItemQueries.find(planItemId, on: sql)
                    let taken = try await sql.scalar(
                        Int.self, column: "id", "SELECT id FROM grassroots_projects WHERE plan_item_id = \(bind: planItemId)")
                    if item == nil || item!.planId != call.planId || taken != nil {
                        throw AppError.validation([
                            ValidationIssue(field: "planItemId", code: item == nil || item!.planId != call.planId ? .notFound : .duplicate)
                        ])
                    }
                    itemId = planItemId
                } else {
                    // The plan item's lead unit: the one given, else the declaring district's first unit (its reform office in
                    // the demo), so the district reports on its project.
                    var lead = leadUnitId
                    if lead == nil {
                        lead = try await sql.scalar(
                            Int.self, column: "id",
                            "SELECT id FROM units WHERE jurisdiction_id = \(bind: project.jurisdictionId) ORDER BY id LIMIT 1")
                    }
                    let item = try await ItemService.insert(
                        planId: call.planId, parentId: nil,
                        PlanItemDraft(
                            title: project.title, content: project.summary, leadUnitID: lead, responsiblePerson: project.contact,
                            deadline: "\(call.year)-12-31", expectedResults: project.expectedResult,
                            remarks: project.jurisdictionName + "申报的基层改革创新项目", status: LifecycleStatus.inProgress.rawValue),
                        actor: p.actorName, isDemo: project.isDemo, at: now, on: sql)
                    itemId = item.id
                }
            }
            let state: GrassrootsState = select ? .selected : .notSelected
            let n = try await sql.updateReturningCount(
                """
                UPDATE grassroots_projects SET state = \(bind: state.rawValue), review_note = \(bind: note.trimmed),
                  reviewed_on = \(bind: clock.today.iso), plan_item_id = \(bind: itemId), version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: id) AND version = \(bind: project.version)
                """)
            guard n == 1 else { throw Self.stale(project) }
            try await Audit.record(
                entity: "grassroots_project", id: id, action: "review", actor: p.actorName, version: project.version + 1,
                changes: Audit.diff(
                    ["state": project.state, "reviewNote": "", "planItemId": nil],
                    ["state": state.rawValue, "reviewNote": note.trimmed, "planItemId": itemId.map(String.init)]),
                scopePath: project.jurisdictionPath, at: now, on: sql)
            return try await GrassrootsQueries.project(id, on: sql)!
        }
    }

    /// Deletes a project declared by mistake. Refused (409) once it was selected and became (or was linked to) an item of the
    /// call's plan, which is reported on and lit from then on, and while an evaluation round evaluates it.
    package func delete(_ id: Int, baseVersion: Int, by p: Principal) async throws {
        try await database.transaction { sql in
            let project = try await Self.editableProject(id, p, on: sql)
            if baseVersion != project.version { throw Self.stale(project) }
            if let item = project.planItemId {
                throw AppError.inUse(
                    code: "grassroots_project_planned", message: "the project was selected and is tracked as plan item \(item): it is not deleted")
            }
            let rounds = try await EvaluationQueries.roundsEvaluating(kind: "grassroots_project", refId: id, on: sql)
            if !rounds.isEmpty {
                throw AppError.inUse(
                    code: "grassroots_project_evaluated", message: "the project is a subject of the evaluation round \(rounds[0])")
            }
            let n = try await sql.updateReturningCount(
                "DELETE FROM grassroots_projects WHERE id = \(bind: id) AND version = \(bind: project.version)")
            guard n == 1 else { throw Self.stale(project) }
            let before = ProjectInput(
                jurisdictionId: project.jurisdictionId, title: project.title, summary: project.summary, leadUnit: project.leadUnit,
                expectedResult: project.expectedResult, contact: project.contact)
            try await Audit.record(
                entity: "grassroots_project", id: id, action: "delete", actor: p.actorName, version: project.version + 1,
                changes: Audit.removed(before.snapshot), scopePath: project.jurisdictionPath, at: clock.timestamp, on: sql)
        }
    }

    // MARK: Checks

    /// A call is visible to whoever sees its jurisdiction or one below it (its districts).
    static func visibleCall(_ id: Int, _ p: Principal, on sql: any SQLDatabase) async throws -> GrassrootsCallRecord {
        guard let c = try await GrassrootsQueries.call(id, on: sql),
            p.sees(jurisdictionPath: c.jurisdictionPath) || p.jurisdictionPath.hasPrefix(c.jurisdictionPath)
        else { throw AppError.notFound(entity: "grassroots_call", id: String(id)) }
        return c
    }

    static func visibleProject(_ g: GrassrootsProjectRecord, _ p: Principal) -> Bool { Access.seesGrassroots(g.jurisdictionPath, p) }

    static func readableProject(_ id: Int, _ p: Principal, on sql: any SQLDatabase) async throws -> GrassrootsProjectRecord {
        guard let g = try await GrassrootsQueries.project(id, on: sql), visibleProject(g, p) else {
            throw AppError.notFound(entity: "grassroots_project", id: String(id))
        }
        return g
    }

    static func editableProject(_ id: Int, _ p: Principal, on sql: any SQLDatabase) async throws -> GrassrootsProjectRecord {
        let g = try await readableProject(id, p, on: sql)
        try Access.require(Access.canEditGrassroots(in: g.jurisdictionPath, p), "grassroots_declare")
        return g
    }

    static func stale(_ g: GrassrootsProjectRecord) -> AppError {
        AppError.conflict(entity: "grassroots_project", id: g.id, currentVersion: g.version, changes: [])
    }
}

extension AppServices {
    package var grassroots: GrassrootsService { GrassrootsService(database: database, clock: clock) }
}

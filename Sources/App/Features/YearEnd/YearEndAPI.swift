import Foundation
import Hummingbird
import ReformCore

/// /api/v1 for the year-end check: a plan's checks, opening one, a check with its rows, answers, reviews and the lock.
/// The same service and access rules as the pages.
struct YearEndAPI: APIHandlers {
    let services: AppServices

    struct OpenBody: Decodable {
        var year: Int?
    }
    struct AnswerBody: Decodable {
        struct Entry: Decodable {
            var rowId: Int?
            var version: Int?
            var outcome: String?
            var newDeadline: String?
            var reason: String?
        }
        var answers: [Entry]?
    }
    struct ReviewBody: Decodable {
        struct Entry: Decodable {
            var rowId: Int?
            var version: Int?
        }
        var rows: [Entry]?
        var action: String?
        var reason: String?
    }
    struct LockBody: Decodable {
        var version: Int?
        var targetPlanId: Int?
        var newPlanTitle: String?
    }

    struct RowDTO: Encodable {
        var id: Int
        var itemId: Int?
        var number: String
        var title: String
        var unitId: Int?
        var state: String
        /// "" until answered.
        var outcome: String
        var newDeadline: String?
        var reason: String
        var returnReason: String
        var answeredBy: String
        var answeredAt: String?
        var reviewedBy: String
        var reviewedAt: String?
        var carriedItemId: Int?
        var version: Int

        init(_ r: YearEndRowRecord) {
            id = r.id
            itemId = r.itemId
            number = r.number
            title = r.title
            unitId = r.unitId
            state = r.state
            outcome = r.outcome
            newDeadline = r.newDeadline
            reason = r.reason
            returnReason = r.returnReason
            answeredBy = r.answeredBy
            answeredAt = r.answeredAt
            reviewedBy = r.reviewedBy
            reviewedAt = r.reviewedAt
            carriedItemId = r.carriedItemId
            version = r.version
        }
    }
    struct CheckDTO: Encodable {
        var id: Int
        var planId: Int
        var jurisdictionId: Int
        var year: Int
        var state: String
        var openedBy: String
        var openedAt: String
        var lockedBy: String
        var lockedAt: String?
        var targetPlanId: Int?
        var version: Int
        /// The rows the reader sees (a liaison or unit head: their unit's); left out of lists.
        var rows: [RowDTO]?

        init(_ c: YearEndCheckRecord, rows: [YearEndRowRecord]?) {
            id = c.id
            planId = c.planId
            jurisdictionId = c.jurisdictionId
            year = c.year
            state = c.state
            openedBy = c.openedBy
            openedAt = c.openedAt
            lockedBy = c.lockedBy
            lockedAt = c.lockedAt
            targetPlanId = c.targetPlanId
            version = c.version
            self.rows = rows?.map(RowDTO.init)
        }
    }
    struct CheckListDTO: Encodable {
        var items: [CheckDTO]
    }
    struct RowListDTO: Encodable {
        var rows: [RowDTO]
    }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("/plans/:id/yearend") { _, context in
            let plan = try await AccessGuard(context, sql: sql).readPlan(try id(context))
            let checks = try await YearEndQueries.checks(ofPlan: plan.id, on: sql)
            return try APIResponse.json(CheckListDTO(items: checks.map { CheckDTO($0, rows: nil) }))
        }
        group.post("/plans/:id/yearend") { request, context in
            let p = try context.requirePrincipal()
            let plan = try await AccessGuard(context, sql: sql).readPlan(try id(context))
            let path = try await JurisdictionQueries.require(plan.jurisdictionId, on: sql).path
            try Access.require(Access.canRunYearEnd(checkPath: path, p), "yearend_run")
            let b = try await decode(OpenBody.self, request, context)
            let c = try await services.yearEnd.open(planId: plan.id, year: b.year, by: p)
            return try APIResponse.json(try await dto(c, p), status: .created)
        }
        group.get("/yearend/:id") { _, context in
            let p = try context.requirePrincipal()
            let c = try await YearEndService.readCheck(try id(context), by: p, on: sql)
            return try APIResponse.json(try await dto(c, p))
        }
        group.post("/yearend/:id/answers") { request, context in
            let p = try context.requirePrincipal()
            let checkId = try id(context)
            try await requireAllowed(checkId, p, "yearend_answer") { c in
                Access.canAnswerYearEnd(checkPath: c.jurisdictionPath, rowUnitId: p.unitId, p)
            }
            let b = try await decode(AnswerBody.self, request, context)
            let entries = try (b.answers ?? []).enumerated().map { i, e in
                YearEndService.Answer(
                    rowId: try required(e.rowId, "answers[\(i)].rowId"), version: try required(e.version, "answers[\(i)].version"),
                    outcome: try clean(e.outcome ?? "", "answers[\(i)].outcome"),
                    newDeadline: try clean(e.newDeadline ?? "", "answers[\(i)].newDeadline"),
                    reason: try clean(e.reason ?? "", "answers[\(i)].reason"))
            }
            return try await rowsResponse(checkId, entries.map(\.rowId), context) {
                try await services.yearEnd.answer(checkId: checkId, entries, by: p)
            }
        }
        group.post("/yearend/:id/reviews") { request, context in
            let p = try context.requirePrincipal()
            let checkId = try id(context)
            try await requireAllowed(checkId, p, "yearend_run") { c in Access.canRunYearEnd(checkPath: c.jurisdictionPath, p) }
            let b = try await decode(ReviewBody.self, request, context)
            guard let action = b.action.flatMap(YearEndAction.init(rawValue:)), action != .answer else {
                throw AppError.validation([ValidationIssue(field: "action", code: b.action == nil ? .required : .invalidChoice)])
            }
            let entries = try (b.rows ?? []).enumerated().map { i, e in
                YearEndService.RowVersion(rowId: try required(e.rowId, "rows[\(i)].rowId"), version: try required(e.version, "rows[\(i)].version"))
            }
            return try await rowsResponse(checkId, entries.map(\.rowId), context) {
                try await services.yearEnd.review(checkId: checkId, entries, action: action, reason: b.reason ?? "", by: p)
            }
        }
        group.post("/yearend/:id/lock") { request, context in
            let p = try context.requirePrincipal()
            let checkId = try id(context)
            try await requireAllowed(checkId, p, "yearend_run") { c in Access.canRunYearEnd(checkPath: c.jurisdictionPath, p) }
            let b = try await decode(LockBody.self, request, context)
            let c = try await services.yearEnd.lock(
                checkId: checkId, .init(targetPlanId: b.targetPlanId, newPlanTitle: b.newPlanTitle ?? ""),
                baseVersion: try version(b.version, request),
                by: p)
            return try APIResponse.json(try await dto(c, p))
        }
    }

    private func dto(_ c: YearEndCheckRecord, _ p: Principal) async throws -> CheckDTO {
        CheckDTO(c, rows: try await YearEndQueries.rows(ofCheck: c.id, unitId: Access.yearEndUnitFilter(p), on: sql))
    }

    /// 404 outside the view, 403 for a step that is not the user's, before the body is read.
    private func requireAllowed(_ checkId: Int, _ p: Principal, _ action: String, _ allowed: (YearEndCheckRecord) -> Bool) async throws {
        let c = try await YearEndService.readCheck(checkId, by: p, on: sql)
        try Access.require(allowed(c), action)
    }

    private func required(_ value: Int?, _ field: String) throws -> Int {
        guard let value else { throw AppError.validation([ValidationIssue(field: field, code: .required)]) }
        return value
    }

    /// The rows after a step; a refusal of the rows' values answers 422 with each message naming its row.
    private func rowsResponse(
        _ checkId: Int, _ ids: [Int], _ context: AppRequestContext, _ body: () async throws -> [YearEndRowRecord]
    ) async throws -> Response {
        do {
            return try APIResponse.json(RowListDTO(rows: try await body().map(RowDTO.init)))
        } catch AppError.validation(let issues) {
            let l = context.language
            let labels = Dictionary(uniqueKeysWithValues: try await YearEndQueries.rows(ofCheck: checkId, on: sql).map { ($0.id, $0.label) })
            let fields = issues.map {
                APIResponse.FieldError(
                    field: $0.field, code: $0.code.rawValue,
                    message: YearEndPages.describe($0, byIndex: ids.map { labels[$0] ?? "" }, byId: labels, l))
            }
            return try APIResponse.json(
                APIResponse.ErrorBody(
                    error: .init(code: "validation_failed", message: fields.map(\.message).joined(separator: "; "), fields: fields)),
                status: .unprocessableContent)
        }
    }
}

import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// /api/v1 for batch work: 交办 of a whole plan or field, and 签收 of several assignments at once.
struct BatchAPI: APIHandlers {
    let services: AppServices

    struct AssignInput: Decodable {
        var reach: String?
        var underItemId: Int?
        var note: String?
    }
    struct SignInput: Decodable {
        struct Entry: Decodable {
            var id: Int?
            var version: Int?
        }
        var assignments: [Entry]?
    }

    struct AmendInput: Decodable {
        struct Entry: Decodable {
            var id: Int?
            var version: Int?
        }
        var items: [Entry]?
        var newDeadline: String?
        var reason: String?
        var approvedBy: String?
    }
    struct AmendedItem: Codable {
        var id: Int
        var version: Int
        var deadline: String?
        var originalDeadline: String?
        var delayCount: Int
    }

    var batch: BatchAssignmentService { BatchAssignmentService(database: services.database, clock: services.clock) }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.post("/plans/:id/assignments") { request, context in
            let planId = try id(context)
            let guarded = try AccessGuard(context, sql: sql)
            let plan = try await guarded.readPlan(planId)
            try Access.requireOffice(guarded.principal, jurisdictionPath: try await guarded.path(ofJurisdiction: plan.jurisdictionId) ?? "", "assign")
            let input = try await decode(AssignInput.self, request, context)
            guard let reach = input.reach.flatMap(BatchAssignmentService.Reach.init(rawValue:)) else {
                throw AppError.validation([ValidationIssue(field: "reach", code: input.reach == nil ? .required : .invalidChoice)])
            }
            let outcome = try await batch.assign(
                planId: planId, under: input.underItemId, reach: reach, note: try clean(input.note ?? "", "note"),
                by: guarded.principal)
            return try APIResponse.json(outcome)
        }
        group.post("/assignments/sign") { request, context in
            let guarded = try AccessGuard(context, sql: sql)
            try BatchAssignmentService.requireSigner(guarded.principal)
            let input = try await decode(SignInput.self, request, context)
            let entries = try Self.entries((input.assignments ?? []).map { ($0.id, $0.version) }, field: "assignments")
            // Each is checked before anything is written, so the answer names the one refused: 404 outside the user's
            // view, 403 when it is another unit's.
            for entry in entries {
                do {
                    _ = try await guarded.actOnAssignment(entry.id)
                } catch AppError.forbidden(let action) {
                    return APIResponse.error(
                        status: .forbidden, code: "forbidden",
                        message: "assignment \(entry.id): " + L10n.t("deny." + action, context.language))
                }
            }
            return try APIResponse.json(APIModels.Page(items: try await batch.sign(entries, by: guarded.principal)))
        }
        group.post("/amendments") { request, context in
            let guarded = try AccessGuard(context, sql: sql)
            // Only an office (or an admin) amends; which items, the body says, and each is checked below.
            try Access.require(guarded.principal.role == .admin || guarded.principal.role == .office, "edit_item_fields")
            let input = try await decode(AmendInput.self, request, context)
            let entries = try Self.entries((input.items ?? []).map { ($0.id, $0.version) }, field: "items")
            for entry in entries {
                do {
                    _ = try await guarded.editItem(entry.id, needs: .full)
                } catch AppError.forbidden(let action) {
                    return APIResponse.error(
                        status: .forbidden, code: "forbidden", message: "item \(entry.id): " + L10n.t("deny." + action, context.language))
                }
            }
            let service = BatchAmendmentService(database: services.database, clock: services.clock)
            do {
                let amended = try await service.amend(
                    entries, newDeadline: try clean(input.newDeadline ?? "", "newDeadline"), reason: try clean(input.reason ?? "", "reason"),
                    approvedBy: try clean(input.approvedBy ?? "", "approvedBy"), by: guarded.principal)
                return try APIResponse.json(
                    APIModels.Page(
                        items: amended.map {
                            AmendedItem(
                                id: $0.id, version: $0.version, deadline: $0.currentDeadline, originalDeadline: $0.originalDeadline,
                                delayCount: $0.delayCount)
                        }))
            } catch let refused as BatchAmendmentService.ItemRefused {
                let l = context.language
                let fields = refused.issues.map {
                    APIResponse.FieldError(field: "items", code: $0.code.rawValue, message: "item \(refused.itemId): " + L10n.issue($0, l))
                }
                return try APIResponse.json(
                    APIResponse.ErrorBody(
                        error: .init(code: "validation_failed", message: fields.map(\.message).joined(separator: "; "), fields: fields)),
                    status: .unprocessableContent)
            }
        }
    }

    /// A batch's list of (id, version), each required: 422 naming the entry that lacks one.
    private static func entries(_ list: [(Int?, Int?)], field: String) throws -> [(id: Int, version: Int)] {
        try list.enumerated().map { index, entry in
            guard let id = entry.0 else { throw AppError.validation([ValidationIssue(field: "\(field)[\(index)].id", code: .required)]) }
            guard let version = entry.1 else { throw AppError.validation([ValidationIssue(field: "\(field)[\(index)].version", code: .required)]) }
            return (id, version)
        }
    }
}

import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// /api/v1 items: a plan's tree, create, read, edit, delete, amendments and history.
struct ItemsAPI: APIHandlers {
    let services: AppServices

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("/plans/:id/items") { _, context in
            let plan = try await AccessGuard(context, sql: sql).readPlan(try id(context))
            let items = try await ItemQueries.tree(planId: plan.id, on: sql)
            return try APIResponse.json(APIModels.Page(items: try await itemDTOs(items, warnDays: plan.warnDays)))
        }
        group.post("/plans/:id/items") { request, context in
            let pid = try id(context)
            _ = try await AccessGuard(context, sql: sql).editPlan(pid)
            let input = try await decode(APIModels.ItemInput.self, request, context)
            let saved = try await services.items.create(
                planId: pid, parentId: input.parentId, itemDraft(input, current: nil, participants: []),
                actor: try context.requirePrincipal().actorName)
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
                try guarded.requireOnlyProgress(current: PlanItemDraft(record: current, participants: participants), proposed: draft)
            }
            let saved = try await services.items.update(
                iid, draft, baseVersion: try version(input.version, request),
                amendment: .init(
                    reason: try clean(input.amendmentReason ?? "", "amendmentReason"), approvedBy: try clean(input.approvedBy ?? "", "approvedBy")),
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
            return try APIResponse.json(
                APIModels.Page(items: try await ItemQueries.history(entity: "item", id: iid, on: sql).map(APIModels.HistoryEntry.init)))
        }
    }

    private func itemDraft(_ i: APIModels.ItemInput, current c: ItemRecord?, participants: [Int]) -> PlanItemDraft {
        PlanItemDraft(
            number: i.number ?? c?.number ?? "", title: i.title ?? c?.title ?? "", content: i.content ?? c?.content ?? "",
            leadUnitID: i.leadUnitId ?? c?.leadUnitId, participantUnitIDs: i.participantUnitIds ?? participants,
            responsibleLeader: i.responsibleLeader ?? c?.responsibleLeader ?? "",
            responsiblePerson: i.responsiblePerson ?? c?.responsiblePerson ?? "", handler: i.handler ?? c?.handler ?? "",
            startDate: i.startDate ?? c?.startDate ?? "", deadline: i.deadline ?? c?.currentDeadline ?? "",
            expectedResults: i.expectedResults ?? c?.expectedResults ?? "", resultForm: i.resultForm ?? c?.resultForm ?? "",
            policyDocuments: i.policyDocuments ?? c?.policyDocuments ?? "", remarks: i.remarks ?? c?.remarks ?? "",
            weight: (i.weight ?? c?.weight).map(APIInput.decimalText) ?? "",
            status: i.status.map(APIInput.statusValue) ?? c?.status ?? "",
            ownPercent: (i.ownPercent ?? c?.ownPercent).map(APIInput.decimalText) ?? "")
    }

    private func itemDTO(_ item: ItemRecord) async throws -> APIModels.Item {
        try await itemDTOs([item], warnDays: try await PlanQueries.require(item.planId, on: sql).warnDays)[0]
    }

    private func itemDTOs(_ items: [ItemRecord], warnDays: Int) async throws -> [APIModels.Item] {
        let participants = Dictionary(grouping: try await ItemQueries.participants(of: items.map(\.id), on: sql), by: \.itemId)
        let today = services.clock.today
        return items.map {
            APIModels.Item($0, participants: (participants[$0.id] ?? []).map(\.unitId), light: $0.light(today: today, warnDays: warnDays))
        }
    }
}

import Foundation
import Hummingbird
import ReformCore

/// /api/v1/items/{id}/judgements: an item's judgements (newest first) and recording one.
struct JudgementsAPI: APIHandlers {
    let services: AppServices

    struct Input: Decodable {
        var period: String?
        var rating: String?
        var reason: String?
    }
    struct JudgementDTO: Encodable {
        var id: Int
        var period: String
        var rating: String
        var reason: String
        var judgedBy: String
        var judgedAt: String

        init(_ r: JudgementRecord) {
            id = r.id
            period = r.period
            rating = r.rating
            reason = r.reason
            judgedBy = r.judgedBy
            judgedAt = r.judgedAt
        }
    }
    struct ListDTO: Encodable {
        var items: [JudgementDTO]
        /// The judgement in force (the latest period judged; within it the latest made), nil before the first.
        var current: JudgementDTO?
    }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("/items/:id/judgements") { _, context in
            let (item, _) = try await AccessGuard(context, sql: sql).readItem(try id(context))
            let records = try await JudgementQueries.history(ofItem: item.id, on: sql)
            let current = JudgementHistory.current(records.compactMap(\.judgement))
            let currentRecord = current.flatMap { c in records.first { $0.judgement == c } }
            return try APIResponse.json(ListDTO(items: records.map(JudgementDTO.init), current: currentRecord.map(JudgementDTO.init)))
        }
        group.post("/items/:id/judgements") { request, context in
            let itemId = try id(context)
            let guarded = try AccessGuard(context, sql: sql)
            let (item, _) = try await guarded.readItem(itemId)
            try Access.requireOffice(guarded.principal, jurisdictionPath: item.jurisdictionPath, "judge_item")
            let input = try await decode(Input.self, request, context)
            let saved = try await services.judgements.record(
                itemId: itemId, period: input.period ?? "", rating: input.rating ?? "", reason: input.reason ?? "", by: guarded.principal)
            return try APIResponse.json(JudgementDTO(saved), status: .created)
        }
    }
}

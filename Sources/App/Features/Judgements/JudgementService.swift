import Foundation
import ReformCore
import SQLKit

/// The office's judgement of an item (研判): 绿 / 黄绿 / 黄红 / 红 for a reporting period with a one-line reason, kept as
/// history (`JudgementHistory` reads it). Only the office of the item's jurisdiction judges; each one is audited on the item.
package struct JudgementService: Sendable {
    let database: DatabaseService
    let clock: AppClock

    package func record(
        itemId: Int, period: String, rating: String, reason: String, by principal: Principal, at: String? = nil
    ) async throws -> JudgementRecord {
        try await database.transaction { sql in
            let item = try await ItemQueries.require(itemId, on: sql)
            try Access.requireOffice(principal, jurisdictionPath: item.jurisdictionPath, "judge_item")
            let text = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            let issues = Judgement.validate(period: period.trimmingCharacters(in: .whitespaces), rating: rating, reason: text)
            if !issues.isEmpty { throw AppError.validation(issues) }
            let now = at ?? clock.timestamp
            let key = ReportingPeriod(key: period.trimmingCharacters(in: .whitespaces))!.key
            let id = try await sql.insertReturningID(
                """
                INSERT INTO judgements (item_id, period, rating, reason, judged_by, judged_at)
                VALUES (\(bind: itemId), \(bind: key), \(bind: rating), \(bind: text), \(bind: principal.actorName), \(bind: now))
                """)
            // The item carries its current judgement for the ledger and the dashboard (the latest period judged,
            // which need not be the one just recorded).
            let history = try await JudgementQueries.history(ofItem: itemId, on: sql).compactMap(\.judgement)
            if let current = JudgementHistory.current(history) {
                try await sql.raw(
                    """
                    UPDATE plan_items SET judgement = \(bind: current.rating.rawValue), judgement_period = \(bind: current.period.key)
                    WHERE id = \(bind: itemId)
                    """
                ).run()
            }
            try await Audit.record(
                entity: "item", id: itemId, action: "judgement", actor: principal.actorName, version: item.version,
                changes: [.init(field: "judgement", before: nil, after: "\(key) \(rating) \(text)")], at: now, on: sql)
            return try await JudgementQueries.find(id, on: sql)!
        }
    }
}

enum JudgementQueries {
    static let columns: SQLQueryString = "id, item_id, period, rating, reason, judged_by, judged_at"

    static func find(_ id: Int, on db: any SQLDatabase) async throws -> JudgementRecord? {
        try await db.first(JudgementRecord.self, "SELECT \(columns) FROM judgements WHERE id = \(bind: id)")
    }

    /// An item's judgements, newest first.
    static func history(ofItem itemId: Int, on db: any SQLDatabase) async throws -> [JudgementRecord] {
        try await db.all(JudgementRecord.self, "SELECT \(columns) FROM judgements WHERE item_id = \(bind: itemId) ORDER BY id DESC")
    }
}

extension AppServices {
    package var judgements: JudgementService { JudgementService(database: database, clock: clock) }
}

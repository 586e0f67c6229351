import Foundation
import ReformCore
import SQLKit

/// An item's indicators (指标: name, unit of measure, baseline, target), set by the office; units report their
/// actual values in each progress report.
package struct IndicatorService: Sendable {
    let database: DatabaseService
    let clock: AppClock

    static let nameMaxLength = 100
    static let unitMaxLength = 20
    static let valueMaxLength = 100

    package func add(itemId: Int, name: String, unitOfMeasure: String, baseline: String, target: String,
             by principal: Principal) async throws -> IndicatorRecord {
        try await database.transaction { sql in
            let item = try await ItemQueries.require(itemId, on: sql)
            try Access.requireOffice(principal, jurisdictionPath: item.jurisdictionPath, "edit_plans")
            func clean(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }
            var issues: [ValidationIssue] = []
            if clean(name).isEmpty { issues.append(ValidationIssue(field: "indicatorName", code: .required)) }
            for (field, value, max) in [("indicatorName", name, Self.nameMaxLength), ("unitOfMeasure", unitOfMeasure, Self.unitMaxLength),
                                        ("baseline", baseline, Self.valueMaxLength), ("target", target, Self.valueMaxLength)]
                where clean(value).count > max {
                issues.append(ValidationIssue(field: field, code: .tooLong, limit: max))
            }
            if !issues.isEmpty { throw AppError.validation(issues) }
            let position = (try await sql.scalar(Int.self, column: "n",
                                                 "SELECT MAX(position) AS n FROM item_indicators WHERE item_id = \(bind: itemId)") ?? 0) + 1
            let id = try await sql.insertReturningID("""
                INSERT INTO item_indicators (item_id, name, unit_of_measure, baseline, target, position)
                VALUES (\(bind: itemId), \(bind: clean(name)), \(bind: clean(unitOfMeasure)), \(bind: clean(baseline)), \(bind: clean(target)),
                  \(bind: position))
                """)
            try await Audit.record(entity: "item", id: itemId, action: "indicator", actor: principal.actorName, version: item.version,
                                   changes: [.init(field: "indicator", before: nil,
                                                   after: "\(clean(name))：\(clean(baseline)) → \(clean(target))\(clean(unitOfMeasure))")], at: clock.timestamp, on: sql)
            return try await ReportQueries.indicators(ofItem: itemId, on: sql).first { $0.id == id }!
        }
    }
}

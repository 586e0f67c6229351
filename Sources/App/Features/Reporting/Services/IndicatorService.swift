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

    package func add(
        itemId: Int, name: String, unitOfMeasure: String, baseline: String, target: String,
        by principal: Principal
    ) async throws -> IndicatorRecord {
        try await database.transaction { sql in
            let item = try await ItemQueries.require(itemId, on: sql)
            try Access.requireOffice(principal, jurisdictionPath: item.jurisdictionPath, "edit_plans")
            try Self.validate(name: name, unitOfMeasure: unitOfMeasure, baseline: baseline, target: target)
            let position =
                (try await sql.scalar(
                    Int.self, column: "n",
                    "SELECT MAX(position) AS n FROM item_indicators WHERE item_id = \(bind: itemId)") ?? 0) + 1
            let id = try await sql.insertReturningID(
                """
                INSERT INTO item_indicators (item_id, name, unit_of_measure, baseline, target, position)
                VALUES (\(bind: itemId), \(bind: name.trimmed), \(bind: unitOfMeasure.trimmed), \(bind: baseline.trimmed), \(bind: target.trimmed),
                  \(bind: position))
                """)
            try await Audit.record(
                entity: "item", id: itemId, action: "indicator", actor: principal.actorName, version: item.version,
                changes: [
                    .init(
                        field: "indicator", before: nil,
                        after: Self.describe([
                            "name": name.trimmed, "unitOfMeasure": unitOfMeasure.trimmed,
                            "baseline": baseline.trimmed, "target": target.trimmed
                        ]))
                ], at: clock.timestamp, on: sql)
            return try await ReportQueries.indicator(id, on: sql)
        }
    }

    /// Changes an indicator's name, unit, baseline or target (the office of the item's jurisdiction); 409 on a stale
    /// version. Values already reported against it stay as they were reported.
    func update(
        _ id: Int, name: String, unitOfMeasure: String, baseline: String, target: String, baseVersion: Int,
        by principal: Principal
    ) async throws -> IndicatorRecord {
        try await database.transaction { sql in
            let current = try await ReportQueries.indicator(id, on: sql)
            let item = try await ItemQueries.require(current.itemId, on: sql)
            try Access.requireOffice(principal, jurisdictionPath: item.jurisdictionPath, "edit_plans")
            try Self.validate(name: name, unitOfMeasure: unitOfMeasure, baseline: baseline, target: target)
            let after = ["name": name.trimmed, "unitOfMeasure": unitOfMeasure.trimmed, "baseline": baseline.trimmed, "target": target.trimmed]
            let before = ["name": current.name, "unitOfMeasure": current.unitOfMeasure, "baseline": current.baseline, "target": current.target]
            let changed = try await sql.updateReturningCount(
                """
                UPDATE item_indicators SET name = \(bind: after["name"]!), unit_of_measure = \(bind: after["unitOfMeasure"]!),
                  baseline = \(bind: after["baseline"]!), target = \(bind: after["target"]!), version = version + 1
                WHERE id = \(bind: id) AND version = \(bind: baseVersion)
                """)
            guard changed == 1 else {
                let changes = before.keys.sorted().filter { before[$0] != after[$0] }
                    .map { ConflictChange(field: $0, yours: after[$0], current: before[$0], changedBy: nil, changedAt: nil) }
                throw AppError.conflict(entity: "indicator", id: id, currentVersion: current.version, changes: changes)
            }
            let diff = before.keys.sorted().filter { before[$0] != after[$0] }
            if !diff.isEmpty {
                try await Audit.record(
                    entity: "item", id: item.id, action: "indicator_update", actor: principal.actorName, version: item.version,
                    changes: [.init(field: "indicator", before: Self.describe(before), after: Self.describe(after))],
                    at: clock.timestamp, on: sql)
            }
            return try await ReportQueries.indicator(id, on: sql)
        }
    }

    /// Removes an indicator that no report has a value for; one with reported values is kept (422
    /// `indicator_has_values`), since deleting it would erase what units reported.
    func delete(_ id: Int, baseVersion: Int, by principal: Principal) async throws {
        try await database.transaction { sql in
            let current = try await ReportQueries.indicator(id, on: sql)
            let item = try await ItemQueries.require(current.itemId, on: sql)
            try Access.requireOffice(principal, jurisdictionPath: item.jurisdictionPath, "edit_plans")
            guard current.version == baseVersion else {
                throw AppError.conflict(entity: "indicator", id: id, currentVersion: current.version, changes: [])
            }
            let values =
                try await sql.scalar(
                    Int.self, column: "n",
                    "SELECT COUNT(*) AS n FROM report_indicator_values WHERE indicator_id = \(bind: id)") ?? 0
            guard values == 0 else {
                throw AppError.unprocessable(code: "indicator_has_values", message: "reports hold values for this indicator; it cannot be deleted")
            }
            try await sql.execute("DELETE FROM item_indicators WHERE id = \(bind: id)")
            let before = ["name": current.name, "unitOfMeasure": current.unitOfMeasure, "baseline": current.baseline, "target": current.target]
            try await Audit.record(
                entity: "item", id: item.id, action: "indicator_delete", actor: principal.actorName, version: item.version,
                changes: [.init(field: "indicator", before: Self.describe(before), after: nil)], at: clock.timestamp, on: sql)
        }
    }

    private static func describe(_ v: [String: String]) -> String {
        "\(v["name"] ?? "")：\(v["baseline"] ?? "") → \(v["target"] ?? "")\(v["unitOfMeasure"] ?? "")"
    }

    private static func validate(name: String, unitOfMeasure: String, baseline: String, target: String) throws {
        var issues: [ValidationIssue] = []
        if name.trimmed.isEmpty { issues.append(ValidationIssue(field: "indicatorName", code: .required)) }
        for (field, value, max) in [
            ("indicatorName", name, nameMaxLength), ("unitOfMeasure", unitOfMeasure, unitMaxLength),
            ("baseline", baseline, valueMaxLength), ("target", target, valueMaxLength)
        ]
        where value.trimmed.unicodeScalars.count > max {
            issues.append(ValidationIssue(field: field, code: .tooLong, limit: max))
        }
        if !issues.isEmpty { throw AppError.validation(issues) }
    }
}

import Foundation
import ReformCore
import SQLKit

/// Deadline amendments (完成时限调整) for several items at once: one new date and one reason, and for each item its
/// own amendment record, audit entry and deadline rule, exactly as a single amendment (`ItemService.amend`) makes them.
/// All or nothing: a stale version is a 409 naming the item, and an item the rule refuses (the same date, or a date
/// before its start) refuses the whole batch, naming the item.
package struct BatchAmendmentService: Sendable {
    let database: DatabaseService
    let clock: AppClock

    /// An item of the batch that the deadline rule refuses, with the rule's issues.
    package struct ItemRefused: Error, Sendable {
        package var itemId: Int
        /// The item's number and title, as the page names it.
        package var label: String
        package var issues: [ValidationIssue]
    }

    package func amend(
        _ entries: [(id: Int, version: Int)], newDeadline: String, reason: String, approvedBy: String, by principal: Principal
    ) async throws -> [ItemRecord] {
        var issues: [ValidationIssue] = []
        if entries.isEmpty { issues.append(ValidationIssue(field: "items", code: .required)) }
        if Set(entries.map(\.id)).count != entries.count { issues.append(ValidationIssue(field: "items", code: .duplicate)) }
        // What does not depend on the item is checked once, on the form's own fields.
        let date = newDeadline.trimmed
        let parsed = LocalDate(iso: date)
        if !date.isEmpty && parsed == nil {
            issues.append(ValidationIssue.date(date, field: "newDeadline") ?? ValidationIssue(field: "newDeadline", code: .invalidDate))
            issues += Amendments.validate(old: nil, new: nil, reason: reason).filter { $0.field != "newDeadline" }
        } else {
            issues += Amendments.validate(old: nil, new: parsed, reason: reason)
        }
        if !issues.isEmpty { throw AppError.validation(issues) }
        return try await database.transaction { sql in
            let now = clock.timestamp
            var amended: [ItemRecord] = []
            for entry in entries {
                let item = try await ItemQueries.require(entry.id, on: sql)
                try Access.requireOffice(principal, jurisdictionPath: item.jurisdictionPath, "edit_item_fields")
                do {
                    amended.append(
                        try await ItemService.amend(
                            item.id, newDeadline: date, input: .init(reason: reason, approvedBy: approvedBy), baseVersion: entry.version,
                            actor: principal.actorName, at: now, on: sql))
                } catch AppError.validation(let issues) {
                    throw ItemRefused(itemId: item.id, label: item.number + item.title, issues: issues)
                }
            }
            return amended
        }
    }
}

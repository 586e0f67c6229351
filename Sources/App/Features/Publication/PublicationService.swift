import Foundation
import ReformCore
import SQLKit

/// The office's choices about what the public sees: a plan published or not (with the lowest rank of official named and
/// the words for each status), items held back, dated public updates, authorization batches published. Every write is one
/// transaction with its audit entry and moves the public stamp (the public pages' ETag and Last-Modified).
package struct PublicationService: Sendable {
    let database: DatabaseService
    let clock: AppClock

    static let updateMax = 2_000
    static let reasonMax = 500

    package struct SettingsInput: Sendable {
        var isPublished: Bool
        var namesLevel: String
        var statusWords: [String: String]
        var baseVersion: Int?

        package init(isPublished: Bool, namesLevel: String, statusWords: [String: String] = [:], baseVersion: Int? = nil) {
            self.isPublished = isPublished
            self.namesLevel = namesLevel
            self.statusWords = statusWords
            self.baseVersion = baseVersion
        }
    }

    private func plan(_ id: Int, _ p: Principal, on sql: any SQLDatabase) async throws -> (PlanRecord, JurisdictionRecord) {
        guard let plan = try await PlanQueries.find(id, on: sql), let j = try await JurisdictionQueries.find(plan.jurisdictionId, on: sql),
            p.sees(jurisdictionPath: j.path)
        else { throw AppError.notFound(entity: "plan", id: String(id)) }
        try Access.require(Access.canPublish(in: j.path, p), "publication_edit")
        return (plan, j)
    }

    /// Publishes or withdraws a plan and sets how it reads.
    package func setSettings(planId: Int, _ input: SettingsInput, by p: Principal) async throws -> PublicPlanSettingsRecord {
        try await database.transaction { sql in
            let (_, j) = try await plan(planId, p, on: sql)
            let current = try await PublicationQueries.settings(planId, on: sql)
            var issues: [ValidationIssue] = []
            let names = PublicNames(rawValue: input.namesLevel.trimmed)
            if names == nil { issues.append(ValidationIssue(field: "publicNames", code: .invalidChoice)) }
            var words = current.words
            for (key, value) in input.statusWords {
                guard let status = LifecycleStatus(rawValue: key) else {
                    issues.append(ValidationIssue(field: "publicStatusWords", code: .invalidChoice))
                    continue
                }
                let word = value.trimmed
                if word.count > PublicStatusWords.maxLength || word.contains("\n") || word.contains("=") {
                    issues.append(ValidationIssue(field: "publicStatusWords", code: .tooLong, limit: PublicStatusWords.maxLength))
                } else {
                    words.words[status] = word.isEmpty ? PublicStatusWords.defaultsZh[status] : word
                }
            }
            if !issues.isEmpty { throw AppError.validation(issues) }
            if let base = input.baseVersion, base != current.version {
                throw AppError.conflict(entity: "public_plan", id: planId, currentVersion: current.version, changes: [])
            }
            let now = clock.timestamp
            let publishedOn = input.isPublished ? (current.publishedOn ?? clock.today.iso) : current.publishedOn
            let version = current.version + 1
            if current.version == 0 {
                try await sql.execute(
                    """
                    INSERT INTO public_plans (plan_id, is_published, names_level, status_words, published_on, version, updated_at)
                    VALUES (\(bind: planId), \(bind: input.isPublished), \(bind: names!.rawValue), \(bind: words.stored), \(bind: publishedOn), 1, \(bind: now))
                    """)
            } else {
                try await sql.execute(
                    """
                    UPDATE public_plans SET is_published = \(bind: input.isPublished), names_level = \(bind: names!.rawValue),
                      status_words = \(bind: words.stored), published_on = \(bind: publishedOn), version = \(bind: version), updated_at = \(bind: now)
                    WHERE plan_id = \(bind: planId)
                    """)
            }
            try await Audit.record(
                entity: "plan", id: planId, action: "publication", actor: p.actorName, version: version,
                changes: Audit.diff(
                    [
                        "isPublished": current.version == 0 ? nil : String(current.isPublished), "publicNames": current.namesLevel,
                        "publicStatusWords": current.statusWords
                    ],
                    ["isPublished": String(input.isPublished), "publicNames": names!.rawValue, "publicStatusWords": words.stored]),
                scopePath: j.path, at: now, on: sql)
            try await Self.touch(now, on: sql)
            return try await PublicationQueries.settings(planId, on: sql)
        }
    }

    private func item(_ id: Int, _ p: Principal, on sql: any SQLDatabase) async throws -> ItemRecord {
        guard let item = try await ItemQueries.find(id, on: sql), p.sees(jurisdictionPath: item.jurisdictionPath) else {
            throw AppError.notFound(entity: "item", id: String(id))
        }
        let (_, _) = try await plan(item.planId, p, on: sql)
        return item
    }

    /// Holds an item (and what lies below it) back from the public pages; the reason stays in the office.
    package func hold(itemId: Int, reason: String, by p: Principal) async throws {
        try await database.transaction { sql in
            let item = try await self.item(itemId, p, on: sql)
            let reason = reason.trimmed
            if reason.count > Self.reasonMax {
                throw AppError.validation([ValidationIssue(field: "publicHoldReason", code: .tooLong, limit: Self.reasonMax)])
            }
            let now = clock.timestamp
            let held = try await sql.scalar(Int.self, column: "item_id", "SELECT item_id FROM public_item_holds WHERE item_id = \(bind: itemId)")
            if held != nil { return }
            try await sql.execute(
                """
                INSERT INTO public_item_holds (item_id, plan_id, reason, held_by, held_at)
                VALUES (\(bind: itemId), \(bind: item.planId), \(bind: reason), \(bind: p.actorName), \(bind: now))
                """)
            try await Audit.record(
                entity: "item", id: itemId, action: "public_hold", actor: p.actorName, version: item.version,
                changes: [.init(field: "publicHoldReason", before: nil, after: reason)], at: now, on: sql)
            try await Self.touch(now, on: sql)
        }
    }

    package func release(itemId: Int, by p: Principal) async throws {
        try await database.transaction { sql in
            let item = try await self.item(itemId, p, on: sql)
            let now = clock.timestamp
            guard
                let reason = try await sql.scalar(
                    String.self, column: "reason", "SELECT reason FROM public_item_holds WHERE item_id = \(bind: itemId)")
            else { return }
            try await sql.execute("DELETE FROM public_item_holds WHERE item_id = \(bind: itemId)")
            try await Audit.record(
                entity: "item", id: itemId, action: "public_release", actor: p.actorName, version: item.version,
                changes: [.init(field: "publicHoldReason", before: reason, after: nil)], at: now, on: sql)
            try await Self.touch(now, on: sql)
        }
    }

    /// Writes a dated update for the public about an item (the day may be before today, never after).
    package func addUpdate(itemId: Int, writtenOn: String, body: String, by p: Principal) async throws -> PublicUpdateRecord {
        try await database.transaction { sql in
            let item = try await self.item(itemId, p, on: sql)
            let (day, text) = try checkUpdate(writtenOn: writtenOn, body: body)
            let now = clock.timestamp
            let id = try await sql.insertReturningID(
                """
                INSERT INTO public_updates (item_id, plan_id, written_on, body, created_by, created_at)
                VALUES (\(bind: itemId), \(bind: item.planId), \(bind: day.iso), \(bind: text), \(bind: p.actorName), \(bind: now))
                """)
            try await Audit.record(
                entity: "item", id: itemId, action: "public_update", actor: p.actorName, version: item.version,
                changes: [.init(field: "publicUpdate", before: nil, after: day.iso + " " + text)], at: now, on: sql)
            try await Self.touch(now, on: sql)
            return try await PublicationQueries.update(id, on: sql)!
        }
    }

    /// The day (today when blank; never after today) and the text of an update, or every problem at once.
    private func checkUpdate(writtenOn: String, body: String) throws -> (LocalDate, String) {
        var issues: [ValidationIssue] = []
        let text = body.trimmed
        if text.isEmpty { issues.append(ValidationIssue(field: "publicUpdate", code: .required)) }
        if text.count > Self.updateMax { issues.append(ValidationIssue(field: "publicUpdate", code: .tooLong, limit: Self.updateMax)) }
        var day = clock.today
        if !writtenOn.trimmed.isEmpty {
            if let d = LocalDate(iso: writtenOn.trimmed) {
                if d > clock.today {
                    issues.append(ValidationIssue(field: "writtenOn", code: .afterLimit, value: clock.today.iso))
                } else {
                    day = d
                }
            } else {
                issues.append(ValidationIssue(field: "writtenOn", code: .invalidDate))
            }
        }
        if !issues.isEmpty { throw AppError.validation(issues) }
        return (day, text)
    }

    /// Rewords or redates an update (its item stays). Updates carry no version: the last edit wins, and the audit keeps both.
    package func editUpdate(_ id: Int, writtenOn: String, body: String, by p: Principal) async throws -> PublicUpdateRecord {
        try await database.transaction { sql in
            guard let update = try await PublicationQueries.update(id, on: sql) else {
                throw AppError.notFound(entity: "public_update", id: String(id))
            }
            let item = try await self.item(update.itemId, p, on: sql)
            let (day, text) = try checkUpdate(writtenOn: writtenOn.trimmed.isEmpty ? update.writtenOn : writtenOn, body: body)
            if day.iso == update.writtenOn, text == update.body { return update }
            let now = clock.timestamp
            try await sql.execute("UPDATE public_updates SET written_on = \(bind: day.iso), body = \(bind: text) WHERE id = \(bind: id)")
            try await Audit.record(
                entity: "item", id: item.id, action: "public_update_edit", actor: p.actorName, version: item.version,
                changes: [.init(field: "publicUpdate", before: update.writtenOn + " " + update.body, after: day.iso + " " + text)], at: now, on: sql)
            try await Self.touch(now, on: sql)
            return try await PublicationQueries.update(id, on: sql)!
        }
    }

    package func deleteUpdate(_ id: Int, by p: Principal) async throws {
        try await database.transaction { sql in
            guard let update = try await PublicationQueries.update(id, on: sql) else {
                throw AppError.notFound(entity: "public_update", id: String(id))
            }
            let item = try await self.item(update.itemId, p, on: sql)
            let now = clock.timestamp
            try await sql.execute("DELETE FROM public_updates WHERE id = \(bind: id)")
            try await Audit.record(
                entity: "item", id: item.id, action: "public_update_delete", actor: p.actorName, version: item.version,
                changes: [.init(field: "publicUpdate", before: update.writtenOn + " " + update.body, after: nil)], at: now, on: sql)
            try await Self.touch(now, on: sql)
        }
    }

    /// Publishes or withdraws an authorization batch (its items' public columns: never remarks or evidence).
    package func setBatchPublished(_ batchId: Int, _ published: Bool, by p: Principal) async throws {
        try await database.transaction { sql in
            guard let batch = try await AuthorizationQueries.batch(batchId, on: sql), p.sees(jurisdictionPath: batch.jurisdictionPath) else {
                throw AppError.notFound(entity: "authorization_batch", id: String(batchId))
            }
            try Access.require(Access.canPublish(in: batch.jurisdictionPath, p), "publication_edit")
            let now = clock.timestamp
            let was =
                try await sql.scalar(
                    Int.self, column: "batch_id", "SELECT batch_id FROM public_authorization_batches WHERE batch_id = \(bind: batchId)") != nil
            guard was != published else { return }
            if published {
                try await sql.execute("INSERT INTO public_authorization_batches (batch_id, published_at) VALUES (\(bind: batchId), \(bind: now))")
            } else {
                try await sql.execute("DELETE FROM public_authorization_batches WHERE batch_id = \(bind: batchId)")
            }
            try await Audit.record(
                entity: "authorization_batch", id: batchId, action: "publication", actor: p.actorName, version: batch.version,
                changes: [.init(field: "isPublished", before: String(was), after: String(published))], scopePath: batch.jurisdictionPath, at: now,
                on: sql)
            try await Self.touch(now, on: sql)
        }
    }

    /// Moves the public stamp: every public page's ETag changes.
    static func touch(_ now: String, on sql: any SQLDatabase) async throws {
        try await sql.execute("UPDATE public_stamp SET stamp = \(bind: now) WHERE id = 1")
    }
}

extension AppServices {
    package var publication: PublicationService { PublicationService(database: database, clock: clock) }
}

import Foundation
import ReformCore
import SQLKit

/// Keeping the replication library: experiences (with what they came from) and the jurisdictions that adopted them. Each
/// write runs in one transaction with its audit entry; an edit checks the version read (409 when stale).
package struct ReplicationService: Sendable {
    let database: DatabaseService
    let clock: AppClock

    static let titleMax = 200
    static let longMax = 4_000
    static let linksMax = 50

    package struct ExperienceInput: Sendable, Equatable {
        var batch: String
        var number: String
        var title: String
        var summary: String
        var jurisdictionId: Int?
        var publisher: String
        var publishedOn: String
        var planItemIds: [Int]
        var evaluationSubjectIds: [Int]

        package init(
            batch: String, number: String, title: String, summary: String, jurisdictionId: Int?, publisher: String, publishedOn: String,
            planItemIds: [Int] = [], evaluationSubjectIds: [Int] = []
        ) {
            self.batch = batch
            self.number = number
            self.title = title
            self.summary = summary
            self.jurisdictionId = jurisdictionId
            self.publisher = publisher
            self.publishedOn = publishedOn
            self.planItemIds = planItemIds
            self.evaluationSubjectIds = evaluationSubjectIds
        }
    }

    struct Checked {
        var batch: Int
        var number: Int
        var jurisdiction: JurisdictionRecord
        var publishedOn: LocalDate
    }

    /// The checks that need no database.
    static func checkFields(_ input: ExperienceInput, today: LocalDate) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        for (raw, field, max) in [(input.batch, "batch", 999), (input.number, "number", 99_999)] {
            let t = raw.trimmed
            if t.isEmpty {
                issues.append(ValidationIssue(field: field, code: .required))
            } else if let n = Int(t) {
                if !(1...max).contains(n) { issues.append(ValidationIssue(field: field, code: .outOfRange, limit: max)) }
            } else {
                issues.append(ValidationIssue(field: field, code: .invalidNumber))
            }
        }
        AuthorizationService.text(input.title, "title", max: titleMax, required: true, into: &issues)
        AuthorizationService.text(input.summary, "summary", max: longMax, required: false, into: &issues)
        AuthorizationService.text(input.publisher, "publisher", max: titleMax, required: false, into: &issues)
        if input.publishedOn.trimmed.isEmpty {
            issues.append(ValidationIssue(field: "publishedOn", code: .required))
        } else {
            _ = AuthorizationService.date(input.publishedOn, "publishedOn", today: today, into: &issues)
        }
        if input.planItemIds.count + input.evaluationSubjectIds.count > linksMax {
            issues.append(ValidationIssue(field: "planItemIds", code: .tooLong, limit: linksMax))
        }
        return issues
    }

    static func check(
        _ input: ExperienceInput, id: Int?, today: LocalDate, p: Principal, on sql: any SQLDatabase, taken: Set<String>? = nil
    ) async throws -> Checked {
        var issues = checkFields(input, today: today)
        var jurisdiction: JurisdictionRecord?
        if let jid = input.jurisdictionId {
            jurisdiction = try await JurisdictionQueries.find(jid, on: sql)
            if jurisdiction == nil { issues.append(ValidationIssue(field: "jurisdictionId", code: .notFound)) }
        } else {
            issues.append(ValidationIssue(field: "jurisdictionId", code: .required))
        }
        if let j = jurisdiction { try Access.require(Access.canEditExperience(in: j.path, p), "replication_edit") }
        if let b = Int(input.batch.trimmed), let n = Int(input.number.trimmed) {
            let dup: Bool
            if let taken {
                dup = taken.contains("\(b)/\(n)")
            } else {
                dup =
                    try await sql.scalar(
                        Int.self, column: "id",
                        "SELECT id FROM experiences WHERE batch = \(bind: b) AND number = \(bind: n) AND id <> \(bind: id ?? 0)") != nil
            }
            if dup { issues.append(ValidationIssue(field: "number", code: .duplicate)) }
        }
        let items = Array(Set(input.planItemIds)).sorted()
        if !items.isEmpty {
            let found = try await sql.all(PathRow.self, "SELECT jurisdiction_path FROM plan_items WHERE id IN (\(binds: items))")
            if found.count != items.count || found.contains(where: { !p.sees(jurisdictionPath: $0.jurisdictionPath) }) {
                issues.append(ValidationIssue(field: "planItemIds", code: .notFound))
            }
        }
        let results = Array(Set(input.evaluationSubjectIds)).sorted()
        if !results.isEmpty {
            let found = try await sql.all(PathRow.self, "SELECT jurisdiction_path FROM evaluation_subjects WHERE id IN (\(binds: results))")
            if found.count != results.count || found.contains(where: { !p.sees(jurisdictionPath: $0.jurisdictionPath) }) {
                issues.append(ValidationIssue(field: "evaluationSubjectIds", code: .notFound))
            }
        }
        if !issues.isEmpty { throw AppError.validation(issues) }
        return Checked(
            batch: Int(input.batch.trimmed)!, number: Int(input.number.trimmed)!, jurisdiction: jurisdiction!,
            publishedOn: LocalDate(iso: input.publishedOn.trimmed)!)
    }

    struct PathRow: Decodable {
        var jurisdictionPath: String
    }

    static func snapshot(_ input: ExperienceInput, _ c: Checked) -> [String: String?] {
        [
            "replicationBatch": String(c.batch), "number": String(c.number), "title": input.title.trimmed, "experienceSummary": input.summary.trimmed,
            "jurisdictionId": String(c.jurisdiction.id), "issuer": input.publisher.trimmed, "issueDate": c.publishedOn.iso,
            "planItemIds": Array(Set(input.planItemIds)).sorted().map(String.init).joined(separator: ","),
            "evaluationSubjects": Array(Set(input.evaluationSubjectIds)).sorted().map(String.init).joined(separator: ",")
        ]
    }

    package func createExperience(_ input: ExperienceInput, by p: Principal, isDemo: Bool = false) async throws -> ExperienceRecord {
        try await database.transaction { sql in
            let c = try await Self.check(input, id: nil, today: clock.today, p: p, on: sql)
            let id = try await Self.insert(input, c, actor: p.actorName, isDemo: isDemo, at: clock.timestamp, on: sql)
            return try await ReplicationQueries.experience(id, on: sql)!
        }
    }

    static func insert(_ input: ExperienceInput, _ c: Checked, actor: String, isDemo: Bool, at now: String, on sql: any SQLDatabase) async throws
        -> Int
    {
        let id = try await sql.insertReturningID(
            """
            INSERT INTO experiences (batch, number, title, summary, jurisdiction_id, jurisdiction_path, publisher, published_on, is_demo, version,
              created_at, updated_at)
            VALUES (\(bind: c.batch), \(bind: c.number), \(bind: input.title.trimmed), \(bind: input.summary.trimmed), \(bind: c.jurisdiction.id),
              \(bind: c.jurisdiction.path), \(bind: input.publisher.trimmed), \(bind: c.publishedOn.iso), \(bind: isDemo), 1, \(bind: now), \(bind: now))
            """)
        try await writeSources(id, input, on: sql)
        try await Audit.record(
            entity: "experience", id: id, action: "create", actor: actor, version: 1, changes: Audit.diff([:], snapshot(input, c)),
            scopePath: c.jurisdiction.path, at: now, on: sql)
        return id
    }

    static func writeSources(_ id: Int, _ input: ExperienceInput, on sql: any SQLDatabase) async throws {
        try await sql.execute("DELETE FROM experience_sources WHERE experience_id = \(bind: id)")
        for ref in Set(input.planItemIds).sorted() {
            try await sql.execute("INSERT INTO experience_sources (experience_id, kind, ref_id) VALUES (\(bind: id), 'plan_item', \(bind: ref))")
        }
        for ref in Set(input.evaluationSubjectIds).sorted() {
            try await sql.execute(
                "INSERT INTO experience_sources (experience_id, kind, ref_id) VALUES (\(bind: id), 'evaluation_subject', \(bind: ref))")
        }
    }

    package func updateExperience(_ id: Int, _ input: ExperienceInput, baseVersion: Int, by p: Principal) async throws -> ExperienceRecord {
        try await database.transaction { sql in
            let e = try await Self.editable(id, p, on: sql)
            if baseVersion != e.version { throw Self.stale(e) }
            let c = try await Self.check(input, id: id, today: clock.today, p: p, on: sql)
            let now = clock.timestamp
            let n = try await sql.updateReturningCount(
                """
                UPDATE experiences SET batch = \(bind: c.batch), number = \(bind: c.number), title = \(bind: input.title.trimmed),
                  summary = \(bind: input.summary.trimmed), jurisdiction_id = \(bind: c.jurisdiction.id), jurisdiction_path = \(bind: c.jurisdiction.path),
                  publisher = \(bind: input.publisher.trimmed), published_on = \(bind: c.publishedOn.iso), version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: id) AND version = \(bind: e.version)
                """)
            guard n == 1 else { throw Self.stale(e) }
            let sources = try await ReplicationQueries.sources(of: [id], on: sql)
            try await Self.writeSources(id, input, on: sql)
            let before: [String: String?] = [
                "replicationBatch": String(e.batch), "number": String(e.number), "title": e.title, "experienceSummary": e.summary,
                "jurisdictionId": String(e.jurisdictionId), "issuer": e.publisher, "issueDate": e.publishedOn,
                "planItemIds": sources.filter { $0.kind == "plan_item" }.map { String($0.refId) }.joined(separator: ","),
                "evaluationSubjects": sources.filter { $0.kind == "evaluation_subject" }.map { String($0.refId) }.joined(separator: ",")
            ]
            try await Audit.record(
                entity: "experience", id: id, action: "update", actor: p.actorName, version: e.version + 1,
                changes: Audit.diff(before, Self.snapshot(input, c)), scopePath: c.jurisdiction.path, at: now, on: sql)
            return try await ReplicationQueries.experience(id, on: sql)!
        }
    }

    package struct AdoptionInput: Sendable, Equatable {
        var jurisdictionId: Int?
        var adoptedOn: String
        var method: String
        var result: String
        package init(jurisdictionId: Int?, adoptedOn: String, method: String, result: String) {
            self.jurisdictionId = jurisdictionId
            self.adoptedOn = adoptedOn
            self.method = method
            self.result = result
        }
    }

    /// Records that a jurisdiction adopted an experience (once per jurisdiction; not its origin; not before it was
    /// published), by that jurisdiction's office or one above it.
    package func recordAdoption(_ experienceId: Int, _ input: AdoptionInput, by p: Principal) async throws -> AdoptionRecord {
        try await database.transaction { sql in
            guard Access.seesReplication(p), let e = try await ReplicationQueries.experience(experienceId, on: sql) else {
                throw AppError.notFound(entity: "experience", id: String(experienceId))
            }
            var issues: [ValidationIssue] = []
            var jurisdiction: JurisdictionRecord?
            if let jid = input.jurisdictionId {
                jurisdiction = try await JurisdictionQueries.find(jid, on: sql)
                if jurisdiction == nil || !p.sees(jurisdictionPath: jurisdiction!.path) {
                    jurisdiction = nil
                    issues.append(ValidationIssue(field: "jurisdictionId", code: .notFound))
                }
            } else {
                issues.append(ValidationIssue(field: "jurisdictionId", code: .required))
            }
            if let j = jurisdiction {
                try Access.require(Access.canRecordAdoption(in: j.path, p), "replication_adopt")
                if j.id == e.jurisdictionId { issues.append(ValidationIssue(field: "jurisdictionId", code: .invalidChoice)) }
                if try await sql.scalar(
                    Int.self, column: "id",
                    "SELECT id FROM experience_adoptions WHERE experience_id = \(bind: e.id) AND jurisdiction_id = \(bind: j.id)") != nil
                {
                    issues.append(ValidationIssue(field: "jurisdictionId", code: .duplicate))
                }
            }
            var day: LocalDate?
            if input.adoptedOn.trimmed.isEmpty {
                issues.append(ValidationIssue(field: "adoptedOn", code: .required))
            } else {
                day = AuthorizationService.date(input.adoptedOn, "adoptedOn", today: clock.today, into: &issues)
                if let d = day, let published = LocalDate(iso: e.publishedOn), d < published {
                    issues.append(ValidationIssue(field: "adoptedOn", code: .dateOrder))
                }
            }
            AuthorizationService.text(input.method, "adoptionMethod", max: Self.longMax, required: true, into: &issues)
            AuthorizationService.text(input.result, "adoptionResult", max: Self.longMax, required: false, into: &issues)
            if !issues.isEmpty { throw AppError.validation(issues) }
            let j = jurisdiction!
            let now = clock.timestamp
            let id = try await sql.insertReturningID(
                """
                INSERT INTO experience_adoptions (experience_id, jurisdiction_id, jurisdiction_path, adopted_on, method, result, actor, recorded_at)
                VALUES (\(bind: e.id), \(bind: j.id), \(bind: j.path), \(bind: day!.iso), \(bind: input.method.trimmed), \(bind: input.result.trimmed),
                  \(bind: p.actorName), \(bind: now))
                """)
            try await Audit.record(
                entity: "experience", id: e.id, action: "replication_adopt", actor: p.actorName, version: e.version,
                changes: Audit.diff(
                    [:],
                    [
                        "jurisdictionId": String(j.id), "adoptedOn": day!.iso, "adoptionMethod": input.method.trimmed,
                        "adoptionResult": input.result.trimmed
                    ]), scopePath: j.path, at: now, on: sql)
            return try await ReplicationQueries.adoptions(of: e.id, on: sql).first { $0.id == id }!
        }
    }

    // MARK: Deleting

    /// Deletes an experience entered by mistake with what it came from (its sources). Refused (409) while jurisdictions have
    /// recorded adopting it: those are their offices' records and the library's map of its spread, removed one by one by
    /// whoever may record them.
    package func deleteExperience(_ id: Int, baseVersion: Int, by p: Principal) async throws {
        try await database.transaction { sql in
            let e = try await Self.editable(id, p, on: sql)
            if baseVersion != e.version { throw Self.stale(e) }
            let adopted =
                try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM experience_adoptions WHERE experience_id = \(bind: id)") ?? 0
            if adopted > 0 {
                throw AppError.inUse(
                    code: "replication_experience_adopted", message: "\(adopted) jurisdictions recorded adopting the experience: remove those first")
            }
            let sources = try await ReplicationQueries.sources(of: [id], on: sql)
            try await sql.execute("DELETE FROM experience_sources WHERE experience_id = \(bind: id)")
            let n = try await sql.updateReturningCount("DELETE FROM experiences WHERE id = \(bind: id) AND version = \(bind: e.version)")
            guard n == 1 else { throw Self.stale(e) }
            try await Audit.record(
                entity: "experience", id: id, action: "delete", actor: p.actorName, version: e.version + 1,
                changes: Audit.removed([
                    "replicationBatch": String(e.batch), "number": String(e.number), "title": e.title, "experienceSummary": e.summary,
                    "jurisdictionId": String(e.jurisdictionId), "issuer": e.publisher, "issueDate": e.publishedOn,
                    "planItemIds": sources.filter { $0.kind == "plan_item" }.map { String($0.refId) }.joined(separator: ","),
                    "evaluationSubjects": sources.filter { $0.kind == "evaluation_subject" }.map { String($0.refId) }.joined(separator: ",")
                ]), scopePath: e.jurisdictionPath, at: clock.timestamp, on: sql)
        }
    }

    /// An adoption the user may see (404 otherwise: the library is everyone's but the reviewers'), with its experience.
    static func readableAdoption(_ id: Int, _ p: Principal, on sql: any SQLDatabase) async throws -> (ExperienceRecord, AdoptionRecord) {
        guard Access.seesReplication(p),
            let experienceId = try await sql.scalar(
                Int.self, column: "experience_id", "SELECT experience_id FROM experience_adoptions WHERE id = \(bind: id)"),
            let e = try await ReplicationQueries.experience(experienceId, on: sql),
            let a = try await ReplicationQueries.adoptions(of: experienceId, on: sql).first(where: { $0.id == id })
        else { throw AppError.notFound(entity: "experience_adoption", id: String(id)) }
        return (e, a)
    }

    /// Removes a recorded adoption, by whoever may record one for its jurisdiction (that office or one above it).
    package func deleteAdoption(_ id: Int, by p: Principal) async throws {
        try await database.transaction { sql in
            let (e, a) = try await Self.readableAdoption(id, p, on: sql)
            try Access.require(Access.canRecordAdoption(in: a.jurisdictionPath, p), "replication_adopt")
            try await sql.execute("DELETE FROM experience_adoptions WHERE id = \(bind: id)")
            try await Audit.record(
                entity: "experience", id: e.id, action: "replication_unadopt", actor: p.actorName, version: e.version,
                changes: Audit.removed([
                    "jurisdictionId": String(a.jurisdictionId), "adoptedOn": a.adoptedOn, "adoptionMethod": a.method, "adoptionResult": a.result
                ]), scopePath: a.jurisdictionPath, at: clock.timestamp, on: sql)
        }
    }

    static func editable(_ id: Int, _ p: Principal, on sql: any SQLDatabase) async throws -> ExperienceRecord {
        guard Access.seesReplication(p), let e = try await ReplicationQueries.experience(id, on: sql) else {
            throw AppError.notFound(entity: "experience", id: String(id))
        }
        try Access.require(Access.canEditExperience(in: e.jurisdictionPath, p), "replication_edit")
        return e
    }

    static func stale(_ e: ExperienceRecord) -> AppError {
        AppError.conflict(entity: "experience", id: e.id, currentVersion: e.version, changes: [])
    }
}

extension AppServices {
    package var replication: ReplicationService { ReplicationService(database: database, clock: clock) }
}

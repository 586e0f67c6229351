import Foundation
import ReformCore
import SQLKit

/// Keeping the authorization register: batches, items (with the plan items that carry them out) and each item's dated
/// landing history. Each write runs in one transaction with its audit entry; an edit checks the item's version (409 when
/// stale); the moment comes from the clock once per write.
package struct AuthorizationService: Sendable {
    let database: DatabaseService
    let clock: AppClock

    static let shortMax = 200
    static let areaMax = 100
    static let longMax = 4_000
    static let numberMax = 99_999
    static let linksMax = 50

    // MARK: Batches

    package struct BatchInput: Sendable {
        var jurisdictionId: Int?
        var ordinal: String
        var title: String
        var issuer: String
        var docNumber: String
        var issuedOn: String

        package init(jurisdictionId: Int?, ordinal: String, title: String, issuer: String, docNumber: String, issuedOn: String) {
            self.jurisdictionId = jurisdictionId
            self.ordinal = ordinal
            self.title = title
            self.issuer = issuer
            self.docNumber = docNumber
            self.issuedOn = issuedOn
        }
    }

    package func createBatch(_ input: BatchInput, by p: Principal, isDemo: Bool = false) async throws -> AuthorizationBatchRecord {
        try await database.transaction { sql in
            var issues: [ValidationIssue] = []
            var jurisdiction: JurisdictionRecord?
            if let id = input.jurisdictionId {
                jurisdiction = try await JurisdictionQueries.find(id, on: sql)
                if jurisdiction == nil { issues.append(ValidationIssue(field: "jurisdictionId", code: .notFound)) }
            } else {
                issues.append(ValidationIssue(field: "jurisdictionId", code: .required))
            }
            if let j = jurisdiction { try Access.require(Access.canEditAuthorizations(in: j.path, p), "authorization_edit") }
            let ordinal = Self.ordinal(input.ordinal)
            if ordinal == nil {
                issues.append(ValidationIssue(field: "ordinal", code: input.ordinal.trimmed.isEmpty ? .required : .outOfRange, limit: 999))
            }
            Self.text(input.title, "title", max: Self.shortMax, required: true, into: &issues)
            Self.text(input.issuer, "issuer", max: Self.shortMax, required: false, into: &issues)
            Self.text(input.docNumber, "docNumber", max: Self.shortMax, required: false, into: &issues)
            let issued = Self.date(input.issuedOn, "issuedOn", today: clock.today, into: &issues)
            if let j = jurisdiction, let ordinal,
                try await sql.scalar(
                    Int.self, column: "id",
                    "SELECT id FROM authorization_batches WHERE jurisdiction_id = \(bind: j.id) AND ordinal = \(bind: ordinal)") != nil
            {
                issues.append(ValidationIssue(field: "ordinal", code: .duplicate))
            }
            if !issues.isEmpty { throw AppError.validation(issues) }
            let j = jurisdiction!
            let now = clock.timestamp
            let issuedOn = issued?.iso ?? clock.today.iso
            let id = try await sql.insertReturningID(
                """
                INSERT INTO authorization_batches (jurisdiction_id, jurisdiction_path, ordinal, title, issuer, doc_number, issued_on, is_demo, version,
                  created_at, updated_at)
                VALUES (\(bind: j.id), \(bind: j.path), \(bind: ordinal!), \(bind: input.title.trimmed), \(bind: input.issuer.trimmed),
                  \(bind: input.docNumber.trimmed), \(bind: issuedOn), \(bind: isDemo), 1, \(bind: now), \(bind: now))
                """)
            try await Audit.record(
                entity: "authorization_batch", id: id, action: "create", actor: p.actorName, version: 1,
                changes: Audit.diff(
                    [:],
                    [
                        "jurisdictionId": String(j.id), "ordinal": String(ordinal!), "title": input.title.trimmed, "issuer": input.issuer.trimmed,
                        "docNumber": input.docNumber.trimmed, "issuedOn": issuedOn
                    ]),
                scopePath: j.path, at: now, on: sql)
            return try await AuthorizationQueries.batch(id, on: sql)!
        }
    }

    // MARK: Items

    /// An item as the form, the API or an import row gives it (text as typed; checked by `check`).
    package struct ItemInput: Sendable, Equatable {
        var jurisdictionId: Int?
        var number: String
        var area: String
        var content: String
        var grantingBody: String
        var legalBasis: String
        var needsLawChange: Bool
        var lawChange: String
        var approvalMode: String
        var remarks: String
        var planItemIds: [Int]
        /// A new item's first status and its day (the batch's issue day when blank); ignored by an edit.
        var landingStatus: String
        var statusOn: String

        package init(
            jurisdictionId: Int?, number: String, area: String, content: String, grantingBody: String, legalBasis: String, needsLawChange: Bool,
            lawChange: String, approvalMode: String, remarks: String, planItemIds: [Int], landingStatus: String = "", statusOn: String = ""
        ) {
            self.jurisdictionId = jurisdictionId
            self.number = number
            self.area = area
            self.content = content
            self.grantingBody = grantingBody
            self.legalBasis = legalBasis
            self.needsLawChange = needsLawChange
            self.lawChange = lawChange
            self.approvalMode = approvalMode
            self.remarks = remarks
            self.planItemIds = planItemIds
            self.landingStatus = landingStatus
            self.statusOn = statusOn
        }
    }

    /// The checked values of an input.
    struct Checked {
        var jurisdiction: JurisdictionRecord
        var number: Int
        var status: LandingStatus
        var statusOn: LocalDate
        var mode: ApprovalMode
        var planItemIds: [Int]
    }

    package func createItem(batchId: Int, _ input: ItemInput, by p: Principal, isDemo: Bool = false) async throws -> AuthorizationItemRecord {
        try await database.transaction { sql in
            let batch = try await Self.editableBatch(batchId, p, on: sql)
            let c = try await Self.check(input, batch: batch, itemId: nil, today: clock.today, on: sql)
            let id = try await Self.insert(input, c, batch: batch, actor: p.actorName, isDemo: isDemo, at: clock.timestamp, on: sql)
            return try await AuthorizationQueries.item(id, on: sql)!
        }
    }

    /// Writes a checked item, its first status change, its links and the audit entry; returns its id.
    static func insert(
        _ input: ItemInput, _ c: Checked, batch: AuthorizationBatchRecord, actor: String, isDemo: Bool, at now: String, on sql: any SQLDatabase
    ) async throws -> Int {
        try await insertMany([(input, c)], batch: batch, actor: actor, isDemo: isDemo, at: now, on: sql)[0]
    }

    /// Writes checked items of one batch, each with its first change, links and audit entry, in statements of up to 200
    /// rows (an import of thousands); returns their ids in order.
    static func insertMany(
        _ rows: [(ItemInput, Checked)], batch: AuthorizationBatchRecord, actor: String, isDemo: Bool = false, at now: String,
        on sql: any SQLDatabase
    ) async throws -> [Int] {
        struct Inserted: Decodable {
            var id: Int
            var number: Int
        }
        var ids: [Int] = []
        var audit: [Audit.Entry] = []
        for start in stride(from: 0, to: rows.count, by: 200) {
            let part = rows[start..<min(start + 200, rows.count)]
            var q = SQLQueryString(
                """
                INSERT INTO authorization_items (batch_id, jurisdiction_id, jurisdiction_path, number, area, content, granting_body, legal_basis,
                  needs_law_change, law_change, approval_mode, status, status_on, remarks, is_demo, version, created_at, updated_at) VALUES
                """)
            for (i, (input, c)) in part.enumerated() {
                let v = Values(input, c)
                if i > 0 { q = q + ", " }
                q =
                    q
                        + """
                        (\(bind: batch.id), \(bind: c.jurisdiction.id), \(bind: c.jurisdiction.path), \(bind: c.number), \(bind: v.area),
                         \(bind: v.content), \(bind: v.grantingBody), \(bind: v.legalBasis), \(bind: input.needsLawChange), \(bind: v.lawChange),
                         \(bind: c.mode.rawValue), \(bind: c.status.rawValue), \(bind: c.statusOn.iso), \(bind: v.remarks), \(bind: isDemo), 1,
                         \(bind: now), \(bind: now))
                        """
            }
            q = q + " RETURNING id, number"
            // Numbers are unique within the batch: the ids are matched to the rows by them, whatever order RETURNING gives.
            let byNumber = Dictionary(
                uniqueKeysWithValues: try await sql.raw(q).all(decoding: Inserted.self, with: ColumnNames.decoder).map { ($0.number, $0.id) })
            var changes = SQLQueryString("INSERT INTO authorization_status_changes (item_id, status, effective_on, note, actor, recorded_at) VALUES ")
            for (i, (input, c)) in part.enumerated() {
                guard let id = byNumber[c.number] else { throw AppError.notFound(entity: "authorization", id: String(c.number)) }
                ids.append(id)
                if i > 0 { changes = changes + ", " }
                changes = changes + "(\(bind: id), \(bind: c.status.rawValue), \(bind: c.statusOn.iso), '', \(bind: actor), \(bind: now))"
                if !c.planItemIds.isEmpty { try await writeLinks(id, c.planItemIds, on: sql) }
                var after = Values(input, c).snapshot
                after["landingStatus"] = c.status.rawValue
                after["statusOn"] = c.statusOn.iso
                audit.append(
                    .init(
                        entity: "authorization", id: id, action: "create", actor: actor, version: 1, changes: Audit.diff([:], after),
                        scopePath: c.jurisdiction.path, at: now))
            }
            try await sql.execute(changes)
        }
        try await Audit.recordMany(audit, on: sql)
        return ids
    }

    /// Edits an item's facts and links (its status changes only through `recordStatus`).
    package func updateItem(_ id: Int, _ input: ItemInput, baseVersion: Int, by p: Principal) async throws -> AuthorizationItemRecord {
        try await database.transaction { sql in
            let item = try await Self.editableItem(id, p, on: sql)
            if baseVersion != item.version { throw Self.stale(item) }
            let batch = try await AuthorizationQueries.batch(item.batchId, on: sql)!
            var edit = input
            edit.landingStatus = item.status
            edit.statusOn = item.statusOn
            let c = try await Self.check(edit, batch: batch, itemId: id, today: clock.today, on: sql)
            // The receiving jurisdiction may move only within what the editor may edit.
            try Access.require(Access.canEditAuthorizations(in: c.jurisdiction.path, p), "authorization_edit")
            let v = Values(input, c)
            let now = clock.timestamp
            let n = try await sql.updateReturningCount(
                """
                UPDATE authorization_items SET jurisdiction_id = \(bind: c.jurisdiction.id), jurisdiction_path = \(bind: c.jurisdiction.path),
                  number = \(bind: c.number), area = \(bind: v.area), content = \(bind: v.content), granting_body = \(bind: v.grantingBody),
                  legal_basis = \(bind: v.legalBasis), needs_law_change = \(bind: input.needsLawChange), law_change = \(bind: v.lawChange),
                  approval_mode = \(bind: c.mode.rawValue), remarks = \(bind: v.remarks), version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: id) AND version = \(bind: item.version)
                """)
            guard n == 1 else { throw Self.stale(item) }
            let before = try await AuthorizationQueries.planLinks(of: [id], on: sql).map(\.planItemId)
            try await sql.execute("DELETE FROM authorization_item_links WHERE item_id = \(bind: id)")
            try await Self.writeLinks(id, c.planItemIds, on: sql)
            var old = Values(record: item).snapshot
            old["planItemIds"] = before.map(String.init).joined(separator: ",")
            try await Audit.record(
                entity: "authorization", id: id, action: "update", actor: p.actorName, version: item.version + 1,
                changes: Audit.diff(old, v.snapshot), scopePath: c.jurisdiction.path, at: now, on: sql)
            return try await AuthorizationQueries.item(id, on: sql)!
        }
    }

    /// Records a change of landing status on the day it took effect: not after today, not before the last change recorded
    /// (the history moves forward), and not the status the item already has.
    package func recordStatus(
        _ id: Int, status: String, effectiveOn: String, note: String, baseVersion: Int, by p: Principal
    ) async throws -> AuthorizationItemRecord {
        try await database.transaction { sql in
            let item = try await Self.editableItem(id, p, on: sql)
            if baseVersion != item.version { throw Self.stale(item) }
            var issues: [ValidationIssue] = []
            let s = LandingStatus(text: status)
            if s == nil {
                issues.append(ValidationIssue(field: "landingStatus", code: status.trimmed.isEmpty ? .required : .invalidChoice))
            } else if s == item.landingStatus {
                issues.append(ValidationIssue(field: "landingStatus", code: .unchanged))
            }
            var day = Self.date(effectiveOn, "effectiveOn", today: clock.today, into: &issues)
            if effectiveOn.trimmed.isEmpty { day = clock.today }
            if let d = day, let last = LocalDate(iso: item.statusOn), d < last {
                issues.append(ValidationIssue(field: "effectiveOn", code: .dateOrder))
            }
            Self.text(note, "landingNote", max: Self.longMax, required: false, into: &issues)
            if !issues.isEmpty { throw AppError.validation(issues) }
            let now = clock.timestamp
            let n = try await sql.updateReturningCount(
                """
                UPDATE authorization_items SET status = \(bind: s!.rawValue), status_on = \(bind: day!.iso), version = version + 1,
                  updated_at = \(bind: now)
                WHERE id = \(bind: id) AND version = \(bind: item.version)
                """)
            guard n == 1 else { throw Self.stale(item) }
            try await sql.execute(
                """
                INSERT INTO authorization_status_changes (item_id, status, effective_on, note, actor, recorded_at)
                VALUES (\(bind: id), \(bind: s!.rawValue), \(bind: day!.iso), \(bind: note.trimmed), \(bind: p.actorName), \(bind: now))
                """)
            try await Audit.record(
                entity: "authorization", id: id, action: "landing", actor: p.actorName, version: item.version + 1,
                changes: Audit.diff(
                    ["landingStatus": item.status, "statusOn": item.statusOn, "landingNote": ""],
                    ["landingStatus": s!.rawValue, "statusOn": day!.iso, "landingNote": note.trimmed]),
                scopePath: item.jurisdictionPath, at: now, on: sql)
            return try await AuthorizationQueries.item(id, on: sql)!
        }
    }

    /// Adds evidence files to an item (checked as uploads are: kind, size, first bytes), in one transaction with its audit
    /// entry. Files add to the item without changing its facts, so no version is asked for.
    func addEvidence(_ id: Int, files: [EvidenceStore.Checked], by p: Principal) async throws {
        if files.isEmpty { throw AppError.validation([ValidationIssue(field: "evidence", code: .fileEmpty)]) }
        try await database.transaction { sql in
            let item = try await Self.editableItem(id, p, on: sql)
            let now = clock.timestamp
            for file in files {
                let key = try await EvidenceStore.store(file, at: now, on: sql)
                try await sql.execute(
                    """
                    INSERT INTO authorization_evidence (item_id, original_name, content_type, size, sha256, storage_key, uploaded_by, uploaded_at)
                    VALUES (\(bind: id), \(bind: file.originalName), \(bind: file.contentType), \(bind: file.data.count), \(bind: file.sha256),
                      \(bind: key), \(bind: p.actorName), \(bind: now))
                    """)
                try await Audit.record(
                    entity: "authorization", id: id, action: "evidence", actor: p.actorName, version: item.version,
                    changes: [.init(field: "evidenceFile", before: nil, after: file.originalName)], scopePath: item.jurisdictionPath, at: now,
                    on: sql)
            }
        }
    }

    /// Deletes an item entered by mistake with its status history, plan-item links and evidence (the stored bytes go with
    /// the nightly sweep). Refused (409) while an evaluation round evaluates it: the round's ranking and notice stand on it.
    package func deleteItem(_ id: Int, baseVersion: Int, by p: Principal) async throws {
        try await database.transaction { sql in
            let item = try await Self.editableItem(id, p, on: sql)
            if baseVersion != item.version { throw Self.stale(item) }
            let rounds = try await EvaluationQueries.roundsEvaluating(kind: "authorization", refId: id, on: sql)
            if !rounds.isEmpty {
                throw AppError.inUse(code: "authorization_evaluated", message: "the item is a subject of the evaluation round \(rounds[0])")
            }
            var old = Values(record: item).snapshot
            old["planItemIds"] = try await AuthorizationQueries.planLinks(of: [id], on: sql).map { String($0.planItemId) }.joined(separator: ",")
            for table in ["authorization_evidence", "authorization_item_links", "authorization_status_changes"] {
                try await sql.execute("DELETE FROM \(unsafeRaw: table) WHERE item_id = \(bind: id)")
            }
            let n = try await sql.updateReturningCount(
                "DELETE FROM authorization_items WHERE id = \(bind: id) AND version = \(bind: item.version)")
            guard n == 1 else { throw Self.stale(item) }
            try await Audit.record(
                entity: "authorization", id: id, action: "delete", actor: p.actorName, version: item.version + 1,
                changes: Audit.removed(old), scopePath: item.jurisdictionPath, at: clock.timestamp, on: sql)
        }
    }

    // MARK: Checks

    static func editableBatch(_ id: Int, _ p: Principal, on sql: any SQLDatabase) async throws -> AuthorizationBatchRecord {
        guard let b = try await AuthorizationQueries.batch(id, on: sql), visible(b, p) else {
            throw AppError.notFound(entity: "authorization_batch", id: String(id))
        }
        try Access.require(Access.canEditAuthorizations(in: b.jurisdictionPath, p), "authorization_edit")
        return b
    }

    /// A batch is visible to whoever sees its jurisdiction or one below it (where its items land).
    static func visible(_ b: AuthorizationBatchRecord, _ p: Principal) -> Bool {
        p.sees(jurisdictionPath: b.jurisdictionPath) || p.jurisdictionPath.hasPrefix(b.jurisdictionPath)
    }

    static func editableItem(_ id: Int, _ p: Principal, on sql: any SQLDatabase) async throws -> AuthorizationItemRecord {
        guard let item = try await AuthorizationQueries.item(id, on: sql), Access.seesAuthorization(item.jurisdictionPath, p) else {
            throw AppError.notFound(entity: "authorization", id: String(id))
        }
        try Access.require(Access.canEditAuthorizations(in: item.jurisdictionPath, p), "authorization_edit")
        return item
    }

    static func stale(_ item: AuthorizationItemRecord) -> AppError {
        AppError.conflict(entity: "authorization", id: item.id, currentVersion: item.version, changes: [])
    }

    /// Checks an input against its batch: every problem at once, each naming its field.
    static func check(
        _ input: ItemInput, batch: AuthorizationBatchRecord, itemId: Int?, today: LocalDate, on sql: any SQLDatabase,
        takenNumbers: Set<Int>? = nil
    ) async throws -> Checked {
        var issues = checkFields(input, today: today)
        var jurisdiction: JurisdictionRecord?
        if let id = input.jurisdictionId {
            jurisdiction = try await JurisdictionQueries.find(id, on: sql)
            if jurisdiction == nil || !jurisdiction!.path.hasPrefix(batch.jurisdictionPath) {
                jurisdiction = nil
                issues.append(ValidationIssue(field: "jurisdictionId", code: .notFound))
            }
        } else {
            issues.append(ValidationIssue(field: "jurisdictionId", code: .required))
        }
        let number = Int(input.number.trimmed)
        if let number, (1...numberMax).contains(number) {
            let taken: Bool
            if let takenNumbers {
                taken = takenNumbers.contains(number)
            } else {
                taken =
                    try await sql.scalar(
                        Int.self, column: "id",
                        """
                        SELECT id FROM authorization_items WHERE batch_id = \(bind: batch.id) AND number = \(bind: number)
                          AND id <> \(bind: itemId ?? 0)
                        """) != nil
            }
            if taken { issues.append(ValidationIssue(field: "number", code: .duplicate)) }
        }
        let ids = Array(Set(input.planItemIds)).sorted()
        if !ids.isEmpty {
            let found = try await sql.all(PlanItemPath.self, "SELECT id, jurisdiction_path FROM plan_items WHERE id IN (\(binds: ids))")
            if found.count != ids.count || found.contains(where: { !$0.jurisdictionPath.hasPrefix(batch.jurisdictionPath) }) {
                issues.append(ValidationIssue(field: "planItemIds", code: .notFound))
            }
        }
        if !issues.isEmpty { throw AppError.validation(issues) }
        let status = LandingStatus(text: input.landingStatus) ?? .notLanded
        let statusOn = LocalDate(iso: input.statusOn.trimmed) ?? LocalDate(iso: batch.issuedOn) ?? today
        return Checked(
            jurisdiction: jurisdiction!, number: number!, status: status, statusOn: min(statusOn, today),
            mode: ApprovalMode(text: input.approvalMode)!, planItemIds: ids)
    }

    /// The checks that need no database (an import runs them on every row before it reads anything).
    static func checkFields(_ input: ItemInput, today: LocalDate) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let number = input.number.trimmed
        if number.isEmpty {
            issues.append(ValidationIssue(field: "number", code: .required))
        } else if Int(number) == nil {
            issues.append(ValidationIssue(field: "number", code: .invalidNumber))
        } else if !(1...numberMax).contains(Int(number)!) {
            issues.append(ValidationIssue(field: "number", code: .outOfRange, limit: numberMax))
        }
        text(input.area, "area", max: areaMax, required: true, into: &issues)
        text(input.content, "content", max: longMax, required: true, into: &issues)
        text(input.grantingBody, "grantingBody", max: shortMax, required: false, into: &issues)
        text(input.legalBasis, "legalBasis", max: longMax, required: false, into: &issues)
        text(input.lawChange, "lawChange", max: longMax, required: input.needsLawChange, into: &issues)
        text(input.remarks, "remarks", max: longMax, required: false, into: &issues)
        if ApprovalMode(text: input.approvalMode) == nil {
            issues.append(ValidationIssue(field: "approvalMode", code: input.approvalMode.trimmed.isEmpty ? .required : .invalidChoice))
        }
        if !input.landingStatus.trimmed.isEmpty, LandingStatus(text: input.landingStatus) == nil {
            issues.append(ValidationIssue(field: "landingStatus", code: .invalidChoice))
        }
        _ = date(input.statusOn, "statusOn", today: today, into: &issues)
        if input.planItemIds.count > linksMax { issues.append(ValidationIssue(field: "planItemIds", code: .tooLong, limit: linksMax)) }
        return issues
    }

    struct PlanItemPath: Decodable {
        var id: Int
        var jurisdictionPath: String
    }

    static func writeLinks(_ id: Int, _ planItemIds: [Int], on sql: any SQLDatabase) async throws {
        for planItemId in planItemIds {
            try await sql.execute("INSERT INTO authorization_item_links (item_id, plan_item_id) VALUES (\(bind: id), \(bind: planItemId))")
        }
    }

    static func text(_ value: String, _ field: String, max: Int, required: Bool, into issues: inout [ValidationIssue]) {
        let t = value.trimmed
        if required, t.isEmpty {
            issues.append(ValidationIssue(field: field, code: .required))
        } else if t.count > max {
            issues.append(ValidationIssue(field: field, code: .tooLong, limit: max))
        }
    }

    /// An optional date: nil when blank; a problem when it is not a day or is after today.
    static func date(_ value: String, _ field: String, today: LocalDate, into issues: inout [ValidationIssue]) -> LocalDate? {
        let t = value.trimmed
        if t.isEmpty { return nil }
        guard let d = LocalDate(iso: t) else {
            issues.append(ValidationIssue.date(t, field: field) ?? ValidationIssue(field: field, code: .invalidDate))
            return nil
        }
        if d > today {
            issues.append(ValidationIssue(field: field, code: .outOfRange))
            return nil
        }
        return d
    }

    /// 首批 / 第二批 / 2.
    static func ordinal(_ text: String) -> Int? {
        var t = text.trimmed
        if t == "首批" { return 1 }
        if t.hasPrefix("第") { t.removeFirst() }
        if t.hasSuffix("批") { t.removeLast() }
        let n = Int(t) ?? ChineseNumeral.parse(t)
        guard let n, (1...999).contains(n) else { return nil }
        return n
    }

    /// An item's stored text values, keyed by API name, for the audit.
    struct Values {
        var jurisdictionId: Int
        var number: Int
        var area, content, grantingBody, legalBasis, lawChange, approvalMode, remarks: String
        var needsLawChange: Bool
        var planItemIds: [Int]

        init(_ input: ItemInput, _ c: Checked) {
            jurisdictionId = c.jurisdiction.id
            number = c.number
            area = input.area.trimmed
            content = input.content.trimmed
            grantingBody = input.grantingBody.trimmed
            legalBasis = input.legalBasis.trimmed
            lawChange = input.needsLawChange ? input.lawChange.trimmed : ""
            approvalMode = c.mode.rawValue
            remarks = input.remarks.trimmed
            needsLawChange = input.needsLawChange
            planItemIds = c.planItemIds
        }

        init(record r: AuthorizationItemRecord) {
            jurisdictionId = r.jurisdictionId
            number = r.number
            area = r.area
            content = r.content
            grantingBody = r.grantingBody
            legalBasis = r.legalBasis
            lawChange = r.lawChange
            approvalMode = r.approvalMode
            remarks = r.remarks
            needsLawChange = r.needsLawChange
            planItemIds = []
        }

        var snapshot: [String: String?] {
            [
                "jurisdictionId": String(jurisdictionId), "number": String(number), "area": area, "content": content, "grantingBody": grantingBody,
                "legalBasis": legalBasis, "needsLawChange": needsLawChange ? "true" : "false", "lawChange": lawChange,
                "approvalMode": approvalMode, "remarks": remarks, "planItemIds": planItemIds.map(String.init).joined(separator: ",")
            ]
        }
    }
}

extension AppServices {
    package var authorizations: AuthorizationService { AuthorizationService(database: database, clock: clock) }
}

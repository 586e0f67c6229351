import FluentKit
import Foundation
import ReformCore
import ReformSpreadsheet
import SQLKit

/// Imports a plan from its document or from a ledger spreadsheet: a draft with its problem report first
/// (the dry run), corrections by the office, then a commit that writes everything in one transaction or
/// nothing, and an undo that removes exactly what the commit created.
package struct ImportService: Sendable {
    let database: DatabaseService
    let clock: AppClock
    /// Called after each bulk INSERT of items during a commit; a test throws from it to prove the rollback.
    var afterItemBatch: (@Sendable (Int) throws -> Void)? = nil
    /// How far an upload may expand, and how long its dry run may take (`AppConfig.uploadLimits`).
    var limits: UploadLimits = .standard
    /// pdftotext and LibreOffice, for .pdf, .doc and .wps uploads: found on the PATH unless a test says otherwise.
    var tools: ExternalTools = .onPath

    package enum Kind: String, Codable, Sendable, CaseIterable { case xlsx, csv, text, docx, pdf, doc, wps }

    /// What was uploaded: bytes in memory (pasted text, the API's base64 content) or a file on disk (a form's
    /// upload, streamed there as it arrived, so a large workbook is never held whole in memory).
    package struct Upload: Sendable {
        var kind: Kind
        var filename: String
        var content: Content
        /// Whatever must live as long as the upload's file does (the form whose temporary folder holds it).
        var owner: (any Sendable)?

        package enum Content: Sendable {
            case data(Data)
            case file(URL)
        }

        package init(kind: Kind, filename: String, data: Data) {
            self.kind = kind
            self.filename = filename
            self.content = .data(data)
        }

        init(kind: Kind, filename: String, file: URL, keeping owner: (any Sendable)?) {
            self.kind = kind
            self.filename = filename
            self.content = .file(file)
            self.owner = owner
        }

        /// The whole upload in memory: for the text and document readers, whose input is small.
        func data() throws -> Data {
            switch content {
            case .data(let data): return data
            case .file(let url): return try Data(contentsOf: url)
            }
        }
    }

    /// A batch with its payload and report.
    package struct Batch: Sendable {
        package var record: ImportBatchRecord
        var payload: ImportPayload
        package var problems: [ImportProblem]
        var errorCount: Int { problems.filter { $0.severity == .error }.count }
    }

    /// Uploads past this size are refused before they are read.
    static let maxUploadBytes = 64 * 1024 * 1024

    static func kind(forFilename name: String) -> Kind? {
        switch name.split(separator: ".").last.map({ $0.lowercased() }) {
        case "xlsx"?: .xlsx
        case "csv"?: .csv
        case "docx"?: .docx
        case "txt"?, "text"?: .text
        case "pdf"?: .pdf
        case "doc"?: .doc
        case "wps"?: .wps
        default: nil
        }
    }

    // MARK: - Dry run

    /// Reads the upload, matches its units and checks it, then stores the draft. The whole of it may take
    /// `limits.maxDryRunSeconds` by the clock: the reading stops at the limit, and a dry run past it stores nothing.
    package func createDraft(_ upload: Upload, target: ImportTarget, actor: String) async throws -> Batch {
        let sql = database.sql
        let budget = dryRunBudget()
        let context = try await resolveTarget(target, on: sql)
        var payload = try read(upload, target: target, planYear: context.planYear, budget: budget)
        // The schedule the covering notice names is offered for a new plan, ticked; the office may untick it. An existing
        // plan keeps its own unless the office ticks it.
        if payload.target.applyReporting == nil, payload.detected.reportingSchedule != nil {
            payload.target.applyReporting = target.mode == .newPlan
        }
        context.resolver.resolve(&payload)
        let problems = ImportCheck.problems(payload)
        let counts = ImportCheck.counts(problems)
        let encoded = try Self.encodePayload(payload)
        try Self.checkTime(budget)
        let now = clock.timestamp
        let problemsJSON = try Self.json(problems)
        let itemCount = payload.items.count
        let id = try await database.transaction { sql in
            let id = try await sql.insertReturningID(
                """
                INSERT INTO import_batches (plan_id, jurisdiction_id, kind, filename, status, actor, created_at, updated_at, committed_at,
                  undone_at, created_plan, item_count, new_unit_count, error_count, warning_count, version)
                VALUES (\(bind: target.mode == .existingPlan ? target.planId : nil), \(bind: context.jurisdiction.id), \(bind: upload.kind.rawValue),
                  \(bind: String(upload.filename.prefix(200))), 'draft', \(bind: actor), \(bind: now), \(bind: now), NULL, NULL, \(bind: false),
                  \(bind: itemCount), 0, \(bind: counts.errors), \(bind: counts.warnings), 1)
                """)
            try await sql.execute(
                """
                INSERT INTO import_batch_payloads (batch_id, payload, problems)
                VALUES (\(bind: id), \(bind: encoded.payload), \(bind: problemsJSON))
                """)
            try await Self.storeItemParts(encoded.itemParts, batch: id, on: sql)
            return id
        }
        return Batch(record: try await ImportQueries.require(id, on: sql), payload: payload, problems: problems)
    }

    func load(_ id: Int) async throws -> Batch {
        let sql = database.sql
        let record = try await ImportQueries.require(id, on: sql)
        let stored = try await ImportQueries.stored(id, on: sql)
        return Batch(
            record: record, payload: try Self.decodePayload(stored),
            problems: try Self.decode([ImportProblem].self, stored.problems))
    }

    /// The limits of one dry run, its time counted from now on the service's clock.
    func dryRunBudget() -> UploadBudget {
        let clock = self.clock
        let deadline = clock.now.addingTimeInterval(TimeInterval(limits.maxDryRunSeconds))
        return UploadBudget(limits: limits) { clock.now > deadline }
    }

    static func checkTime(_ budget: UploadBudget) throws {
        do {
            try budget.checkTime()
        } catch let exceeded as UploadLimitExceeded {
            throw ImportFailure.limitExceeded(exceeded)
        }
    }

    /// Reads the upload into a payload under `budget`; nothing is written.
    func read(_ upload: Upload, target: ImportTarget, planYear: Int?, budget: UploadBudget? = nil) throws -> ImportPayload {
        let budget = budget ?? dryRunBudget()
        do {
            return try readWithin(budget, upload, target: target, planYear: planYear)
        } catch let exceeded as UploadLimitExceeded {
            throw ImportFailure.limitExceeded(exceeded)
        }
    }

    private func readWithin(_ budget: UploadBudget, _ upload: Upload, target: ImportTarget, planYear: Int?) throws -> ImportPayload {
        switch upload.kind {
        case .text:
            return ImportDocumentReader.read(
                text: try Self.utf8Text(try upload.data()), target: target, planYear: planYear,
                currentYear: clock.today.year)
        case .pdf:
            let text = try DocumentConverter(tools: tools).pdfText(upload)
            return ImportDocumentReader.read(text: text, target: target, planYear: planYear, currentYear: clock.today.year)
        case .docx, .doc, .wps:
            let extracted: DocxText.Result
            do {
                switch (upload.kind, upload.content) {
                case (.docx, .data(let data)): extracted = try DocxText.extract(data, budget: budget)
                case (.docx, .file(let url)): extracted = try DocxText.extract(url: url, budget: budget)
                default:
                    let converted = try DocumentConverter(tools: tools).docx(from: upload)
                    defer { try? FileManager.default.removeItem(at: converted.deletingLastPathComponent()) }
                    extracted = try DocxText.extract(url: converted, budget: budget)
                }
            } catch let failure as DocxText.Failure {
                throw Self.describe(failure)
            }
            let lines = extracted.text.split(separator: "\n", omittingEmptySubsequences: false)
            let autoNumbered = extracted.numberedLines.filter { $0 <= lines.count && OutlineNumber.parse(String(lines[$0 - 1])) == nil }
            let notes = autoNumbered.map { line in
                ImportProblem(
                    severity: .warning, code: "auto_numbering", line: line,
                    messageZh: "第\(line)行使用了 Word 自动编号，编号不在文字中，无法识别层级；请在原文中写明编号或在下方更正",
                    messageEn:
                        "Line \(line) is numbered by Word's automatic numbering, which is not part of the text; its level cannot be read. Write the number out, or correct the item below"
                )
            }
            return ImportDocumentReader.read(
                text: extracted.text, target: target, planYear: planYear, currentYear: clock.today.year,
                extraNotes: notes)
        case .xlsx, .csv:
            let tables: [Table]
            do {
                switch (upload.kind, upload.content) {
                case (.xlsx, .data(let data)): tables = try XLSXReader(data: data, budget: budget).visibleTables()
                case (.xlsx, .file(let url)): tables = try XLSXReader(url: url, budget: budget).visibleTables()
                case (_, .data(let data)): tables = [try CSVReader(data: data).table(name: upload.filename, limits: limits)]
                case (_, .file(let url)): tables = [try CSVReader(url: url).table(name: upload.filename, limits: limits)]
                }
            } catch let exceeded as UploadLimitExceeded {
                throw exceeded
            } catch let error as SpreadsheetError {
                throw ImportFailure.unreadable(zh: error.chineseDescription, en: error.description)
            } catch {
                throw ImportFailure.unreadable(zh: String(describing: error), en: String(describing: error))
            }
            return ImportSheetReader.read(tables: tables, target: target, planYear: planYear, currentYear: clock.today.year)
        }
    }

    // MARK: - Corrections

    func correct(_ id: Int, _ corrections: ImportCorrections, baseVersion: Int?, actor: String) async throws -> Batch {
        try await database.transaction { sql in
            let record = try await ImportQueries.require(id, on: sql)
            guard record.status == "draft" else { throw ImportFailure.notDraft(status: record.status) }
            if let baseVersion, baseVersion != record.version {
                throw AppError.conflict(entity: "import", id: id, currentVersion: record.version, changes: [])
            }
            var payload = try Self.decodePayload(try await ImportQueries.stored(id, on: sql))
            if let target = corrections.target {
                guard target.mode == payload.target.mode, target.mode == .newPlan || target.planId == payload.target.planId else {
                    throw AppError.validation([ValidationIssue(field: "target", code: .invalidChoice)])
                }
                // A target that leaves the reporting choice out (the API's, without applyReporting) keeps the draft's.
                let kept = payload.target.applyReporting
                payload.target = target
                if target.applyReporting == nil { payload.target.applyReporting = kept }
            }
            let context = try await resolveTarget(payload.target, on: sql)
            if corrections.target != nil, context.jurisdiction.id != record.jurisdictionId {
                // Units were matched for the old jurisdiction: match again.
                payload.units = []
            }
            try apply(corrections.items ?? [], to: &payload)
            context.resolver.resolve(&payload)
            try await apply(corrections.units ?? [], to: &payload, selectable: context.units)
            let problems = ImportCheck.problems(payload)
            let counts = ImportCheck.counts(problems)
            let encoded = try Self.encodePayload(payload)
            try await sql.execute(
                """
                UPDATE import_batch_payloads SET payload = \(bind: encoded.payload), problems = \(bind: try Self.json(problems))
                WHERE batch_id = \(bind: id)
                """)
            try await sql.execute("DELETE FROM import_batch_payload_items WHERE batch_id = \(bind: id)")
            try await Self.storeItemParts(encoded.itemParts, batch: id, on: sql)
            let changed = try await sql.updateReturningCount(
                """
                UPDATE import_batches SET jurisdiction_id = \(bind: context.jurisdiction.id), item_count = \(bind: payload.items.count),
                  error_count = \(bind: counts.errors), warning_count = \(bind: counts.warnings), version = version + 1,
                  updated_at = \(bind: clock.timestamp)
                WHERE id = \(bind: id) AND version = \(bind: record.version) AND status = 'draft'
                """)
            guard changed == 1 else { throw AppError.conflict(entity: "import", id: id, currentVersion: record.version + 1, changes: []) }
            return Batch(record: try await ImportQueries.require(id, on: sql), payload: payload, problems: problems)
        }
    }

    private func apply(_ corrections: [ImportCorrections.Item], to payload: inout ImportPayload) throws {
        var removed: Set<Int> = []
        for c in corrections {
            guard payload.items.indices.contains(c.key) else {
                throw AppError.validation([ValidationIssue(field: "items.key", code: .notFound)])
            }
            if c.remove == true {
                removed.insert(c.key)
                continue
            }
            var item = payload.items[c.key]
            if let v = c.number { item.number = v.trimmed }
            if let v = c.title { item.title = v.trimmed }
            if let v = c.content { item.content = v.trimmed }
            if let v = c.leader { item.leader = v.trimmed }
            if let v = c.lead {
                let name = v.trimmed
                item.lead = name.isEmpty ? nil : name
                item.collective.removeAll()
            }
            if let v = c.participants {
                var seen: Set<String> = item.lead.map { [$0] } ?? []
                item.participants = v.flatMap { UnitDraft.splitNames($0) }.filter { seen.insert($0).inserted }
            }
            if let v = c.deadline { item.setDeadline(text: v, planYear: payload.planYear) }
            payload.items[c.key] = item
        }
        if !removed.isEmpty { Self.remove(removed, from: &payload) }
    }

    /// Drops items and everything below them, renumbering the keys.
    static func remove(_ keys: Set<Int>, from payload: inout ImportPayload) {
        var gone = keys
        for item in payload.items where item.parent.map(gone.contains) == true { gone.insert(item.key) }
        var newKey: [Int: Int] = [:]
        var kept: [ImportItem] = []
        for item in payload.items where !gone.contains(item.key) {
            var copy = item
            newKey[item.key] = kept.count
            copy.key = kept.count
            copy.parent = item.parent.flatMap { newKey[$0] }
            kept.append(copy)
        }
        payload.items = kept
    }

    private func apply(_ corrections: [ImportCorrections.Unit], to payload: inout ImportPayload, selectable: [UnitRecord]) async throws {
        let byId = Dictionary(selectable.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for c in corrections {
            guard let index = payload.units.firstIndex(where: { $0.name == c.name.trimmed }) else {
                throw AppError.validation([ValidationIssue(field: "units.name", code: .notFound)])
            }
            if let unitId = c.unitId {
                guard let unit = byId[unitId] else { throw AppError.validation([ValidationIssue(field: "units.unitId", code: .notFound)]) }
                payload.units[index].resolution = .chosen
                payload.units[index].unitId = unit.id
                payload.units[index].unitName = unit.name
            } else if c.create == true {
                let name = payload.units[index].name
                if let issue = UnitDraft(jurisdictionID: 0, name: name).validate().first {
                    throw AppError.validation([ValidationIssue(field: "units.name", code: issue.code, limit: issue.limit)])
                }
                payload.units[index].resolution = .create
                payload.units[index].unitId = nil
                payload.units[index].unitName = name
            }
        }
    }

    // MARK: - Commit

    package func commit(_ id: Int, actor: String) async throws -> Batch {
        let batch = try await database.transaction { sql in
            // Claim the draft first: a second commit of the same batch waits here and then finds it committed.
            let record = try await ImportQueries.require(id, on: sql)
            guard record.status == "draft" else { throw ImportFailure.notDraft(status: record.status) }
            let claimed = try await sql.updateReturningCount(
                """
                UPDATE import_batches SET status = 'committed' WHERE id = \(bind: id) AND status = 'draft'
                """)
            guard claimed == 1 else { throw ImportFailure.notDraft(status: "committed") }

            let payload = try Self.decodePayload(try await ImportQueries.stored(id, on: sql))
            let context = try await resolveTarget(payload.target, on: sql)
            var problems = ImportCheck.problems(payload)
            // A unit chosen at the dry run may have been deleted since.
            let known = Set(context.units.map(\.id))
            for choice in payload.units where choice.unitId.map({ !known.contains($0) }) == true {
                problems.append(
                    ImportProblem(
                        severity: .error, code: "missing_unit", field: "lead",
                        messageZh: "单位“\(choice.unitName ?? choice.name)”已不存在，请重新选择",
                        messageEn: "The unit “\(choice.unitName ?? choice.name)” no longer exists; choose again",
                        unitName: choice.name))
            }
            let errors = ImportCheck.counts(problems).errors
            guard errors == 0 else { throw ImportFailure.hasErrors(errors) }

            let now = clock.timestamp
            // The plan: a new one, or the one the items are appended to.
            var createdPlan = false
            let plan: PlanRecord
            if payload.target.mode == .newPlan {
                let planId = try await PlanService.insert(
                    planDraft(payload, jurisdictionId: context.jurisdiction.id), actor: actor,
                    sourceNote: "", at: now, on: sql)
                plan = try await PlanQueries.require(planId, on: sql)
                createdPlan = true
            } else {
                plan = try await PlanQueries.require(payload.target.planId!, on: sql)
            }
            let parent = try await payload.target.parentItemId.asyncMap { try await ItemQueries.require($0, on: sql) }
            if payload.target.applyReporting == true, let text = payload.detected.reportingSchedule,
                let schedule = ReportingSchedule(storageText: text)
            {
                try await PlanReportingService.setSchedule(planId: plan.id, schedule, actor: actor, today: clock.today, at: now, on: sql)
            }

            // Units the office chose to create.
            var unitIds: [String: Int] = [:]
            var created = 0
            for choice in payload.units {
                if let unitId = choice.unitId {
                    unitIds[choice.name] = unitId
                } else if choice.resolution == .create {
                    let draft = UnitDraft.fromWrittenName(
                        choice.name, jurisdictionId: context.jurisdiction.id,
                        jurisdictionName: context.jurisdiction.name)
                    unitIds[choice.name] = try await UnitService.insert(draft, actor: actor, importBatchId: id, at: now, on: sql)
                    created += 1
                }
            }

            let lastPosition =
                try await sql.scalar(
                    Int.self, column: "n",
                    parent == nil
                        ? "SELECT MAX(position) AS n FROM plan_items WHERE plan_id = \(bind: plan.id) AND parent_id IS NULL"
                        : "SELECT MAX(position) AS n FROM plan_items WHERE parent_id = \(bind: parent!.id)") ?? 0
            let anchor = ImportWriter.Anchor(
                plan: plan, jurisdiction: try await JurisdictionQueries.require(plan.jurisdictionId, on: sql),
                parent: parent, firstPosition: lastPosition + 1)
            _ = try await ImportWriter.insert(
                payload.items, unitIds: unitIds, defaultLead: payload.target.defaultLeadUnitId,
                anchor: anchor, batchId: id, actor: actor, at: now, on: sql,
                afterBatch: afterItemBatch)
            // The imported items' own roll-up was computed as they were written; what is left is the chain above them.
            try await RollupEngine.recomputeUpward(from: parent?.id, planId: plan.id, rule: plan.rule, on: sql)

            try await sql.execute(
                """
                UPDATE import_batches SET plan_id = \(bind: plan.id), created_plan = \(bind: createdPlan), committed_at = \(bind: now),
                  updated_at = \(bind: now), item_count = \(bind: payload.items.count), new_unit_count = \(bind: created),
                  version = version + 1
                WHERE id = \(bind: id)
                """)
            try await Audit.record(
                entity: "import", id: id, action: "commit", actor: actor, version: record.version + 1,
                changes: [
                    .init(field: "planId", before: nil, after: String(plan.id)),
                    .init(field: "items", before: nil, after: String(payload.items.count)),
                    .init(field: "newUnits", before: nil, after: String(created))
                ], at: now, on: sql)
            return Batch(record: try await ImportQueries.require(id, on: sql), payload: payload, problems: problems)
        }
        return batch
    }

    private func planDraft(_ payload: ImportPayload, jurisdictionId: Int) -> PlanDraft {
        let t = payload.target, d = payload.detected
        let levelNames = t.levelNames.trimmed.isEmpty ? PlanDraft.defaultLevelNames.joined(separator: "/") : t.levelNames
        return PlanDraft(
            title: t.title.trimmed.isEmpty ? d.title ?? "" : t.title,
            docNumber: t.docNumber.trimmed.isEmpty ? d.docNumber ?? "" : t.docNumber,
            issuer: t.issuer.trimmed.isEmpty ? d.issuer ?? "" : t.issuer,
            issueDate: t.issueDate.trimmed.isEmpty ? d.issueDate ?? "" : t.issueDate,
            periodStart: "", periodEnd: "", jurisdictionID: jurisdictionId, levelNames: levelNames,
            rollupRule: RollupRule.mean.rawValue, warnDays: String(Schedule.defaultWarnDays))
    }

    // MARK: - Undo and discard

    struct UndoResult: Sendable, Equatable {
        var removedItems: Int
        var removedUnits: Int
        var keptUnits: Int
    }

    func undo(_ id: Int, confirmEdited: Bool, actor: String) async throws -> (Batch, UndoResult) {
        try await database.transaction { sql in
            let record = try await ImportQueries.require(id, on: sql)
            guard record.status == "committed", let planId = record.planId else { throw ImportFailure.notCommitted(status: record.status) }
            let edited = try await editedCount(batch: id, planId: planId, wholePlan: record.createdPlan, on: sql)
            if edited > 0 && !confirmEdited { throw ImportFailure.editedSinceImport(edited) }

            let scope: SQLQueryString =
                record.createdPlan
                ? "SELECT id FROM plan_items WHERE plan_id = \(bind: planId)"
                : "SELECT id FROM plan_items WHERE import_batch_id = \(bind: id)"
            let removedItems = try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM plan_items WHERE id IN (\(scope))") ?? 0
            try await sql.execute("DELETE FROM plan_item_participants WHERE item_id IN (\(scope))")
            try await sql.execute("DELETE FROM deadline_amendments WHERE item_id IN (\(scope))")
            // Children before parents is not needed: parent_id cascades, and the whole set goes in one statement.
            if record.createdPlan {
                try await sql.execute("DELETE FROM plan_items WHERE plan_id = \(bind: planId)")
                try await sql.execute("DELETE FROM plans WHERE id = \(bind: planId)")
            } else {
                try await sql.execute("DELETE FROM plan_items WHERE import_batch_id = \(bind: id)")
                let plan = try await PlanQueries.require(planId, on: sql)
                try await RollupEngine.recomputeAll(planId: planId, rule: plan.rule, on: sql)
            }
            // Units the import created go only when nothing uses them any more.
            let created = try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM units WHERE import_batch_id = \(bind: id)") ?? 0
            try await sql.execute(
                """
                DELETE FROM units WHERE import_batch_id = \(bind: id)
                  AND NOT EXISTS (SELECT 1 FROM plan_items i WHERE i.lead_unit_id = units.id)
                  AND NOT EXISTS (SELECT 1 FROM plan_item_participants p WHERE p.unit_id = units.id)
                """)
            let kept = try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM units WHERE import_batch_id = \(bind: id)") ?? 0
            let now = clock.timestamp
            try await sql.execute(
                """
                UPDATE import_batches SET status = 'undone', undone_at = \(bind: now), updated_at = \(bind: now), version = version + 1
                WHERE id = \(bind: id)
                """)
            try await Audit.record(
                entity: "import", id: id, action: "undo", actor: actor, version: record.version + 1,
                changes: [
                    .init(field: "removedItems", before: nil, after: String(removedItems)),
                    .init(field: "removedUnits", before: nil, after: String(created - kept))
                ], at: now, on: sql)
            let stored = try await ImportQueries.stored(id, on: sql)
            let batch = Batch(
                record: try await ImportQueries.require(id, on: sql), payload: try Self.decodePayload(stored),
                problems: try Self.decode([ImportProblem].self, stored.problems))
            return (batch, UndoResult(removedItems: removedItems, removedUnits: created - kept, keptUnits: kept))
        }
    }

    /// Items changed since the import (edited, amended, or given items below them that the import did not
    /// create); for a plan the import created, also items added to it by hand or by another import.
    func editedCount(batch id: Int, planId: Int, wholePlan: Bool, on sql: any SQLDatabase) async throws -> Int {
        let edited =
            try await sql.scalar(
                Int.self, column: "n",
                """
                SELECT COUNT(*) AS n FROM plan_items WHERE import_batch_id = \(bind: id) AND version > 1
                """) ?? 0
        let amended =
            try await sql.scalar(
                Int.self, column: "n",
                """
                SELECT COUNT(DISTINCT a.item_id) AS n FROM deadline_amendments a JOIN plan_items i ON i.id = a.item_id
                WHERE i.import_batch_id = \(bind: id) AND i.version = 1
                """) ?? 0
        let added: Int
        if wholePlan {
            added =
                try await sql.scalar(
                    Int.self, column: "n",
                    """
                    SELECT COUNT(*) AS n FROM plan_items WHERE plan_id = \(bind: planId)
                      AND (import_batch_id IS NULL OR import_batch_id <> \(bind: id))
                    """) ?? 0
        } else {
            added =
                try await sql.scalar(
                    Int.self, column: "n",
                    """
                    SELECT COUNT(*) AS n FROM plan_items c JOIN plan_items p ON p.id = c.parent_id
                    WHERE p.import_batch_id = \(bind: id) AND (c.import_batch_id IS NULL OR c.import_batch_id <> \(bind: id))
                    """) ?? 0
        }
        return edited + amended + added
    }

    /// Deletes a draft; committed and undone imports stay as the record of what happened.
    func discard(_ id: Int) async throws {
        try await database.transaction { sql in
            let record = try await ImportQueries.require(id, on: sql)
            guard record.status == "draft" else { throw ImportFailure.notDraft(status: record.status) }
            try await sql.execute("DELETE FROM import_batch_payload_items WHERE batch_id = \(bind: id)")
            try await sql.execute("DELETE FROM import_batch_payloads WHERE batch_id = \(bind: id)")
            try await sql.execute("DELETE FROM import_batches WHERE id = \(bind: id) AND status = 'draft'")
        }
    }

    // MARK: - Target

    struct TargetContext {
        var jurisdiction: JurisdictionRecord
        var units: [UnitRecord]
        var resolver: ImportUnitResolver
        var planYear: Int?
    }

    /// Checks where the import goes and gathers the units it may name.
    func resolveTarget(_ target: ImportTarget, on sql: any SQLDatabase) async throws -> TargetContext {
        var issues: [ValidationIssue] = []
        var jurisdiction: JurisdictionRecord?
        var planYear: Int?
        switch target.mode {
        case .newPlan:
            if let jid = target.jurisdictionId {
                jurisdiction = try await JurisdictionQueries.find(jid, on: sql)
                if jurisdiction == nil { issues.append(ValidationIssue(field: "jurisdictionId", code: .notFound)) }
            } else {
                issues.append(ValidationIssue(field: "jurisdictionId", code: .required))
            }
            if !target.issueDate.trimmed.isEmpty {
                if let date = PlanDraft(issueDate: target.issueDate).parsedIssueDate {
                    planYear = date.year
                } else {
                    issues.append(ValidationIssue(field: "issueDate", code: .invalidDate))
                }
            }
            for (field, value, limit) in [
                ("title", target.title, PlanDraft.titleMaxLength), ("docNumber", target.docNumber, PlanDraft.docNumberMaxLength),
                ("issuer", target.issuer, PlanDraft.issuerMaxLength)
            ] where value.unicodeScalars.count > limit {
                issues.append(ValidationIssue(field: field, code: .tooLong, limit: limit))
            }
        case .existingPlan:
            if let pid = target.planId, let plan = try await PlanQueries.find(pid, on: sql) {
                jurisdiction = try await JurisdictionQueries.find(plan.jurisdictionId, on: sql)
                planYear = (plan.issueDate ?? plan.periodStart).flatMap(LocalDate.init(iso:))?.year
                if let parentId = target.parentItemId {
                    let parent = try await ItemQueries.find(parentId, on: sql)
                    if parent?.planId != pid { issues.append(ValidationIssue(field: "parentItemId", code: .notFound)) }
                }
            } else {
                issues.append(ValidationIssue(field: "planId", code: target.planId == nil ? .required : .notFound))
            }
        }
        let units = try await jurisdiction.asyncMap { try await UnitQueries.selectable(for: $0, on: sql) } ?? []
        if let lead = target.defaultLeadUnitId, !units.contains(where: { $0.id == lead }) {
            issues.append(ValidationIssue(field: "defaultLeadUnitId", code: .notFound))
        }
        guard issues.isEmpty, let jurisdiction else { throw AppError.validation(issues) }
        return TargetContext(jurisdiction: jurisdiction, units: units, resolver: ImportUnitResolver(units: units), planYear: planYear)
    }

    // MARK: - Text and JSON

    /// UTF-8 text (a byte-order mark is dropped); anything else is refused rather than guessed.
    static func utf8Text(_ data: Data) throws -> String {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ImportFailure.unreadable(zh: "不是 UTF-8 编码的文本", en: "not UTF-8 text")
        }
        guard !text.unicodeScalars.contains(where: { $0.value == 0 }) else {
            throw ImportFailure.unreadable(zh: "含有 NUL 字符，不是文本文件", en: "contains NUL characters: not a text file")
        }
        return text
    }

    static func describe(_ failure: DocxText.Failure) -> ImportFailure {
        switch failure {
        case .notZip:
            return .unreadable(zh: "不是 .docx（zip）文件，或文件不完整", en: "not a .docx (zip) file, or the file is truncated")
        case .noDocument:
            return .unreadable(zh: "该 .docx 中没有 word/document.xml", en: "the .docx has no word/document.xml")
        case .badXML(let detail):
            return .unreadable(zh: "文档 XML 格式错误（\(detail)）", en: "malformed document XML (\(detail))")
        }
    }

    /// Items per stored part of a draft (a JSON array each, ~1.3 MB for 2,000 spreadsheet rows).
    static let itemsPerPart = 2_000

    /// The payload without its items, and its items as JSON arrays of `itemsPerPart`. Encoding 100,000 items in
    /// one piece would first build their whole tree in memory, and storing them as one value copied it whole
    /// on the way into the database (`SplitImportPayloadItems`).
    static func encodePayload(_ payload: ImportPayload) throws -> (payload: String, itemParts: [String]) {
        var shell = payload
        shell.items = []
        var parts: [String] = []
        var start = 0
        while start < payload.items.count {
            let end = min(payload.items.count, start + itemsPerPart)
            parts.append(try json(Array(payload.items[start..<end])))
            start = end
        }
        return (try json(shell), parts)
    }

    static func decodePayload(_ stored: ImportQueries.Stored) throws -> ImportPayload {
        let decoder = JSONDecoder()
        var payload = try decoder.decode(ImportPayload.self, from: Data(stored.payload.utf8))
        for part in stored.itemParts {
            payload.items += try decoder.decode([ImportItem].self, from: Data(part.utf8))
        }
        return payload
    }

    /// One INSERT per part: each bound value stays small.
    static func storeItemParts(_ parts: [String], batch id: Int, on sql: any SQLDatabase) async throws {
        for (index, part) in parts.enumerated() {
            try await sql.execute(
                """
                INSERT INTO import_batch_payload_items (batch_id, part, items) VALUES (\(bind: id), \(bind: index), \(bind: part))
                """)
        }
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(text.utf8))
    }
}

import Foundation
import Hummingbird
import ReformCore

/// /api/v1/imports: the same dry run, corrections, commit and undo as the import pages.
struct ImportAPI: APIHandlers {
    let services: AppServices

    /// A base64 .xlsx of a 100,000-row ledger is well over the 1 MB of other bodies.
    static let importBodyLimit = ImportService.maxUploadBytes * 4 / 3 + 64 * 1024

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("/imports") { request, context in
            let guarded = try AccessGuard(context, sql: sql)
            try guarded.requireImporter()
            let limit = try optionalInt(request.uri.queryParameters.get("limit"), "limit", max: 1000) ?? 200
            let batches = try await ImportQueries.recent(limit: limit, within: guarded.listScope, on: sql)
            return try APIResponse.json(APIModels.Page(items: batches.map(APIModels.ImportSummary.init)))
        }
        group.post("/imports") { request, context in
            try AccessGuard(context, sql: sql).requireImporter()
            let actor = try context.requirePrincipal().actorName
            let create: @Sendable () async throws -> ImportService.Batch = {
                let input = try await decodeImportBody(APIModels.ImportInput.self, request)
                let upload = try input.upload()
                let target = try input.target?.target() ?? ImportTarget()
                try await AccessGuard(context, sql: sql).requireImportTarget(target)
                return try await importing(context) { try await services.imports.createDraft(upload, target: target, actor: actor) }
            }
            // A large body (base64 content) is read, decoded and checked inside the heavy-work gate (README: Memory).
            let length = request.headers[.contentLength].flatMap { Int($0) } ?? Int.max
            let batch = length > AppServices.heavyUploadBytes ? try await services.heavyWork.run(create) : try await create()
            return try APIResponse.json(
                APIModels.ImportDetail(batch, language: context.language, offset: 0, limit: 500), status: .created,
                headers: [.location: "/api/v1/imports/\(batch.record.id)"])
        }
        group.get("/imports/:id") { request, context in
            let q = request.uri.queryParameters
            let offset = try optionalInt(q.get("offset"), "offset", min: 0) ?? 0
            let limit = try optionalInt(q.get("limit"), "limit", max: 5000) ?? 500
            _ = try await AccessGuard(context, sql: sql).importBatch(try id(context))
            let batch = try await services.imports.load(try id(context))
            return try APIResponse.json(APIModels.ImportDetail(batch, language: context.language, offset: offset, limit: limit))
        }
        group.patch("/imports/:id") { request, context in
            let iid = try id(context)
            let guarded = try AccessGuard(context, sql: sql)
            _ = try await guarded.importBatch(iid)
            let input = try await decodeImportBody(APIModels.ImportCorrectionsInput.self, request)
            let baseVersion = try version(input.version, request)
            let corrections = ImportCorrections(target: try input.target?.target(), items: input.items, units: input.units)
            try Self.checkCorrections(corrections)
            if let target = corrections.target { try await guarded.requireImportTarget(target) }
            let batch = try await importing(context) {
                try await services.imports.correct(iid, corrections, baseVersion: baseVersion, actor: try context.requirePrincipal().actorName)
            }
            return try APIResponse.json(APIModels.ImportDetail(batch, language: context.language, offset: 0, limit: 500))
        }
        group.delete("/imports/:id") { _, context in
            let iid = try id(context)
            _ = try await AccessGuard(context, sql: sql).importBatch(iid)
            try await importing(context) { try await services.imports.discard(iid) }
            return try APIResponse.json(APIModels.DeleteResult(deleted: iid))
        }
        group.post("/imports/:id/commit") { _, context in
            let iid = try id(context)
            let record = try await AccessGuard(context, sql: sql).importBatch(iid)
            let principal = try context.requirePrincipal()
            if record.status == "draft", record.itemCount > ImportCommitJob.itemThreshold, record.errorCount == 0 {
                // As on the page: a large draft is committed by the job worker; the client follows the job.
                let jobId = try await services.jobs.enqueue(
                    kind: ImportCommitJob.kind, payload: ImportCommitJob.Payload(batchId: iid, actor: principal.actorName),
                    createdBy: principal.userId, maxAttempts: 3)
                let job = try await JobsAccess.visibleJob(jobId, principal, services)
                return try APIResponse.json(JobsAPI.JobBody(job), status: .accepted, headers: [.location: "/api/v1/jobs/\(jobId)"])
            }
            let batch = try await importing(context) { try await services.imports.commit(iid, actor: try context.requirePrincipal().actorName) }
            return try APIResponse.json(APIModels.ImportDetail(batch, language: context.language, offset: 0, limit: 500))
        }
        group.post("/imports/:id/undo") { request, context in
            let iid = try id(context)
            _ = try await AccessGuard(context, sql: sql).importBatch(iid)
            let input = try await decodeImportBody(APIModels.ImportUndoInput.self, request, allowEmpty: true)
            let (batch, result) = try await importing(context) {
                try await services.imports.undo(iid, confirmEdited: input.confirm ?? false, actor: try context.requirePrincipal().actorName)
            }
            return try APIResponse.json(
                APIModels.ImportUndoResult(
                    import: .init(batch.record), removedItems: result.removedItems,
                    removedUnits: result.removedUnits, keptUnits: result.keptUnits))
        }
    }

    /// Runs an import step, turning its refusals into the API's 422 in the reader's language.
    private func importing<T>(_ context: AppRequestContext, _ work: () async throws -> T) async throws -> T {
        do {
            return try await work()
        } catch let failure as ImportFailure {
            throw failure.appError(context.language)
        }
    }

    /// JSON bodies up to the import limit; an empty body reads as `{}` where allowed.
    private func decodeImportBody<T: Decodable>(_ type: T.Type, _ request: Request, allowEmpty: Bool = false) async throws -> T {
        try APIInput.requireJSON(request)
        let buffer = try await request.body.collect(upTo: Self.importBodyLimit)
        if allowEmpty, buffer.readableBytes == 0 { return try JSONDecoder().decode(T.self, from: Data("{}".utf8)) }
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer: buffer))
        } catch let error as DecodingError {
            throw AppError.badRequest(parameter: "body", message: DecodingErrorText.describe(error))
        }
    }

    static func checkCorrections(_ c: ImportCorrections) throws {
        for item in c.items ?? [] {
            for (name, value) in [
                ("number", item.number), ("title", item.title), ("content", item.content), ("lead", item.lead),
                ("leader", item.leader), ("deadline", item.deadline)
            ] {
                if let value { try APIInput.clean(value, "items." + name) }
            }
            for p in item.participants ?? [] { try APIInput.clean(p, "items.participants") }
        }
        for unit in c.units ?? [] { try APIInput.clean(unit.name, "units.name") }
    }
}

extension APIModels {
    struct ImportTargetInput: Decodable, Sendable {
        var mode: String?
        var jurisdictionId: Int?
        var planId: Int?
        var parentItemId: Int?
        var title: String?
        var docNumber: String?
        var issuer: String?
        var issueDate: String?
        var levelNames: String?
        var defaultLeadUnitId: Int?
        var applyReporting: Bool?

        func target() throws -> ImportTarget {
            let modeText = mode ?? (planId != nil ? "existingPlan" : "newPlan")
            guard let mode = ImportTarget.Mode(rawValue: modeText) else {
                throw AppError.validation([ValidationIssue(field: "target.mode", code: .invalidChoice)])
            }
            for (name, value, limit) in [
                ("title", title, PlanDraft.titleMaxLength), ("docNumber", docNumber, PlanDraft.docNumberMaxLength),
                ("issuer", issuer, PlanDraft.issuerMaxLength), ("issueDate", issueDate, 40), ("levelNames", levelNames, 200)
            ] {
                guard let value else { continue }
                try APIInput.clean(value, "target." + name)
                try APIModels.checkLength(value, "target." + name, limit)
            }
            // Ids are positive, as the document says, whether or not the mode uses them.
            for (name, value) in [
                ("jurisdictionId", jurisdictionId), ("planId", planId), ("parentItemId", parentItemId), ("defaultLeadUnitId", defaultLeadUnitId)
            ] where (value ?? 1) < 1 {
                throw AppError.validation([ValidationIssue(field: "target." + name, code: .invalidChoice)])
            }
            return ImportTarget(
                mode: mode, jurisdictionId: jurisdictionId, planId: planId, parentItemId: parentItemId,
                title: title?.trimmed ?? "", docNumber: docNumber?.trimmed ?? "", issuer: issuer?.trimmed ?? "",
                issueDate: issueDate?.trimmed ?? "", levelNames: levelNames?.trimmed ?? "", defaultLeadUnitId: defaultLeadUnitId,
                applyReporting: applyReporting)
        }
    }

    struct ImportInput: Decodable, Sendable {
        var kind: String?
        var text: String?
        /// The file, base64-encoded.
        var content: String?
        var filename: String?
        var target: ImportTargetInput?

        func upload() throws -> ImportService.Upload {
            if let filename {
                try APIInput.clean(filename, "filename")
                try APIModels.checkLength(filename, "filename", 200)
            }
            if let text {
                try APIInput.clean(text, "text")
                if content != nil { throw AppError.unprocessable(code: "text_and_content", message: "give either text or content, not both") }
                if let kind, kind != ImportService.Kind.text.rawValue {
                    throw AppError.validation([ValidationIssue(field: "kind", code: .invalidChoice)])
                }
                return .init(kind: .text, filename: filename ?? "text", data: Data(text.utf8))
            }
            guard let content else { throw AppError.validation([ValidationIssue(field: "text", code: .required)]) }
            let kind: ImportService.Kind
            if let given = self.kind {
                guard let k = ImportService.Kind(rawValue: given) else {
                    throw AppError.validation([ValidationIssue(field: "kind", code: .invalidChoice)])
                }
                kind = k
            } else if let k = filename.flatMap(ImportService.kind(forFilename:)) {
                kind = k
            } else {
                throw AppError.validation([ValidationIssue(field: "kind", code: .required)])
            }
            guard let data = Self.base64(content) else {
                throw AppError.unprocessable(code: "invalid_base64", message: "content: not valid base64")
            }
            return .init(kind: kind, filename: filename ?? "upload.\(kind.rawValue)", data: data)
        }

        /// Standard base64; missing padding and line breaks are tolerated.
        static func base64(_ text: String) -> Data? {
            var s = text.filter { !$0.isWhitespace }
            guard s.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+/=".contains($0)) }) else { return nil }
            let remainder = s.count % 4
            if remainder == 1 { return nil }
            if remainder > 0 { s += String(repeating: "=", count: 4 - remainder) }
            return Data(base64Encoded: s)
        }
    }

    /// The document's `maxLength` counts code points; a longer value is refused rather than cut.
    static func checkLength(_ value: String, _ field: String, _ limit: Int) throws {
        if value.unicodeScalars.count > limit { throw AppError.validation([ValidationIssue(field: field, code: .tooLong, limit: limit)]) }
    }

    struct ImportCorrectionsInput: Decodable, Sendable {
        var version: Int?
        var target: ImportTargetInput?
        var items: [ImportCorrections.Item]?
        var units: [ImportCorrections.Unit]?
    }

    struct ImportUndoInput: Decodable, Sendable {
        /// Undo even though items were edited since the import.
        var confirm: Bool?
    }

    /// The plan an import created or appended to.
    struct ImportPlanRef: Codable, Sendable { var id: Int }

    struct ImportSummary: Codable, Sendable {
        var id: Int
        var status: String
        var kind: String
        var filename: String
        @Nullable var plan: ImportPlanRef?
        var jurisdictionId: Int
        var createdPlan: Bool
        var itemCount: Int
        var newUnitCount: Int
        var errorCount: Int
        var warningCount: Int
        var actor: String
        var createdAt: String
        @Nullable var committedAt: String?
        @Nullable var undoneAt: String?
        var version: Int

        init(_ r: ImportBatchRecord) {
            id = r.id
            status = r.status
            kind = r.kind
            filename = r.filename
            plan = r.planId.map(ImportPlanRef.init)
            jurisdictionId = r.jurisdictionId
            createdPlan = r.createdPlan
            itemCount = r.itemCount
            newUnitCount = r.newUnitCount
            errorCount = r.errorCount
            warningCount = r.warningCount
            actor = r.actor
            createdAt = r.createdAt
            committedAt = r.committedAt
            undoneAt = r.undoneAt
            version = r.version
        }
    }

    struct ImportTargetDTO: Encodable, Sendable {
        var mode: String
        @Nullable var jurisdictionId: Int?
        @Nullable var planId: Int?
        @Nullable var parentItemId: Int?
        var title: String
        var docNumber: String
        var issuer: String
        var issueDate: String
        var levelNames: String
        @Nullable var defaultLeadUnitId: Int?
        var applyReporting: Bool
    }

    struct ImportDetectedDTO: Encodable, Sendable {
        @Nullable var title: String?
        @Nullable var docNumber: String?
        @Nullable var issuer: String?
        @Nullable var issueDate: String?
        /// What the covering notice says about reporting, as written.
        @Nullable var reporting: String?
        /// The schedule read from it, in the form the plan's reporting settings take.
        @Nullable var reportingSchedule: ScheduleDTO?
    }

    struct ScheduleDTO: Codable, Sendable {
        var kind: String
        @Nullable var day: Int?
        @Nullable var dates: [String]?

        init?(_ storageText: String?) {
            switch storageText.flatMap(ReportingSchedule.init(storageText:)) {
            case .monthly(let day)?: (kind, self.day, dates) = ("monthly", day, nil)
            case .quarterly(let list)?: (kind, day, dates) = ("quarterly", nil, list.map { "\($0.month)-\($0.day)" })
            case nil: return nil
            }
        }
    }

    struct ImportProblemDTO: Encodable, Sendable {
        var severity: String
        var code: String
        @Nullable var itemKey: Int?
        @Nullable var sheet: String?
        @Nullable var row: Int?
        @Nullable var column: String?
        @Nullable var line: Int?
        @Nullable var field: String?
        var message: String
        var messageZh: String
        var messageEn: String
        @Nullable var unitName: String?
        var suggestions: [ImportSuggestion]
    }

    struct ImportUnitDTO: Encodable, Sendable {
        var name: String
        var resolution: String
        @Nullable var unitId: Int?
        @Nullable var unitName: String?
        var suggestions: [ImportSuggestion]
    }

    struct ImportItemDTO: Encodable, Sendable {
        var key: Int
        @Nullable var parent: Int?
        var depth: Int
        var number: String
        var title: String
        var content: String
        @Nullable var lead: String?
        var participants: [String]
        var collective: [String]
        var leader: String
        var person: String
        var handler: String
        var expectedResults: String
        var policyDocuments: String
        var remarks: String
        @Nullable var status: String?
        @Nullable var deadlineText: String?
        @Nullable var deadline: String?
        @Nullable var deadlineError: String?
        @Nullable var sheet: String?
        @Nullable var row: Int?
        @Nullable var firstLine: Int?
        @Nullable var lastLine: Int?
        var source: String
    }

    struct ImportDetail: Encodable, Sendable {
        var id: Int
        var status: String
        var kind: String
        var filename: String
        @Nullable var plan: ImportPlanRef?
        var jurisdictionId: Int
        var createdPlan: Bool
        var itemCount: Int
        var newUnitCount: Int
        var errorCount: Int
        var warningCount: Int
        var actor: String
        var createdAt: String
        @Nullable var committedAt: String?
        @Nullable var undoneAt: String?
        var version: Int
        var canCommit: Bool
        var planYear: Int
        var target: ImportTargetDTO
        var detected: ImportDetectedDTO
        var problems: [ImportProblemDTO]
        var units: [ImportUnitDTO]
        var items: [ImportItemDTO]
        var itemOffset: Int
        var skipped: [String]

        init(_ batch: ImportService.Batch, language: Language, offset: Int, limit: Int) {
            let r = batch.record, p = batch.payload
            id = r.id
            status = r.status
            kind = r.kind
            filename = r.filename
            plan = r.planId.map(ImportPlanRef.init)
            jurisdictionId = r.jurisdictionId
            createdPlan = r.createdPlan
            itemCount = r.itemCount
            newUnitCount = r.newUnitCount
            errorCount = r.errorCount
            warningCount = r.warningCount
            actor = r.actor
            createdAt = r.createdAt
            committedAt = r.committedAt
            undoneAt = r.undoneAt
            version = r.version
            canCommit = r.status == "draft" && batch.errorCount == 0
            planYear = p.planYear
            let t = p.target
            target = ImportTargetDTO(
                mode: t.mode.rawValue, jurisdictionId: t.jurisdictionId, planId: t.planId, parentItemId: t.parentItemId,
                title: t.title, docNumber: t.docNumber, issuer: t.issuer, issueDate: t.issueDate, levelNames: t.levelNames,
                defaultLeadUnitId: t.defaultLeadUnitId, applyReporting: t.applyReporting == true)
            detected = ImportDetectedDTO(
                title: p.detected.title, docNumber: p.detected.docNumber, issuer: p.detected.issuer,
                issueDate: p.detected.issueDate, reporting: p.detected.reporting, reportingSchedule: ScheduleDTO(p.detected.reportingSchedule))
            problems = batch.problems.map {
                ImportProblemDTO(
                    severity: $0.severity.rawValue, code: $0.code, itemKey: $0.itemKey, sheet: $0.sheet, row: $0.row,
                    column: $0.column, line: $0.line, field: $0.field, message: $0.message(language), messageZh: $0.messageZh,
                    messageEn: $0.messageEn, unitName: $0.unitName, suggestions: $0.suggestions ?? [])
            }
            units = p.units.map {
                ImportUnitDTO(
                    name: $0.name, resolution: $0.resolution.rawValue, unitId: $0.unitId, unitName: $0.unitName, suggestions: $0.suggestions)
            }
            itemOffset = min(offset, p.items.count)
            items = p.items.dropFirst(itemOffset).prefix(limit).map { i in
                ImportItemDTO(
                    key: i.key, parent: i.parent, depth: i.depth, number: i.number, title: i.title, content: i.content, lead: i.lead,
                    participants: i.participants, collective: i.collective, leader: i.leader, person: i.person, handler: i.handler,
                    expectedResults: i.expectedResults, policyDocuments: i.policyDocuments, remarks: i.remarks, status: i.status,
                    deadlineText: i.deadlineText, deadline: i.deadline, deadlineError: i.deadlineError,
                    sheet: i.location.sheet.flatMap { $0 < p.sheets.count ? p.sheets[$0].name : nil }, row: i.location.row,
                    firstLine: i.location.firstLine, lastLine: i.location.lastLine, source: p.sourceText(of: i))
            }
            skipped = p.skipped
        }
    }

    struct ImportUndoResult: Encodable, Sendable {
        var `import`: ImportSummary
        var removedItems: Int
        var removedUnits: Int
        var keptUnits: Int
    }
}

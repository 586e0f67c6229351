import Foundation
import Hummingbird
import ReformCore

/// The import pages: the list, the upload form, and a batch's dry-run report with its corrections,
/// commit, discard and undo.
struct ImportPages: PageHandlers {
    let services: AppServices

    static let importItemsPerPage = 100

    func imports(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let guarded = try AccessGuard(context, sql: sql)
        try guarded.requireImporter()
        let batches = try await ImportQueries.recent(within: guarded.listScope, on: sql)
        let plans = Dictionary(
            try await PlanQueries.byIDs(Array(Set(batches.compactMap(\.planId))), on: sql).map { ($0.id, $0.title) },
            uniquingKeysWith: { a, _ in a })
        let view = ImportListView(
            rows: batches.map { b in .init(batch: batchSummary(b, l), planTitle: b.planId.flatMap { plans[$0] }) },
            hasRows: !batches.isEmpty, canImport: true)
        return renderer.page(
            "import/imports", title: L10n.t("import.list", l), view: view, context: context, request: request, active: "imports")
    }

    func importForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try AccessGuard(context, sql: sql).requireImporter()
        var target = ImportTarget()
        let q = request.uri.queryParameters
        if let planId = q.get("plan", as: Int.self) {
            target.mode = .existingPlan
            target.planId = planId
            target.parentItemId = q.get("parent", as: Int.self)
        } else {
            target.jurisdictionId = q.get("jurisdiction", as: Int.self)
        }
        return try await importFormPage(target: target, text: "", message: nil, issues: [], request: request, context: context)
    }

    func importCreate(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let (form, fields, file) = try await importFormBody(request, context: context)
        func value(_ key: String) -> String { fields[key]?.last ?? "" }
        let target = Self.target(from: value)
        try await AccessGuard(context, sql: sql).requireImportTarget(target)
        let text = value("text")
        let upload: ImportService.Upload
        if let file, !file.filename.isEmpty, file.size == 0 {
            // A file was chosen but holds nothing: say so, rather than ask for a file.
            return try await importFormPage(
                target: target, text: text, message: L10n.fill("import.emptyFile", l, file.filename), issues: [],
                request: request, context: context, status: .unprocessableContent)
        } else if let file, file.size > 0 {
            guard let kind = ImportService.kind(forFilename: file.filename) else {
                return try await importFormPage(
                    target: target, text: text, message: L10n.t("import.unknownKind", l), issues: [],
                    request: request, context: context, status: .unprocessableContent)
            }
            upload = .init(kind: kind, filename: file.filename, file: file.url, keeping: form)
        } else if !text.trimmed.isEmpty {
            upload = .init(kind: .text, filename: L10n.t("import.pastedText", l), data: Data(text.utf8))
        } else {
            return try await importFormPage(
                target: target, text: text, message: L10n.t("import.nothing", l), issues: [],
                request: request, context: context, status: .unprocessableContent)
        }
        do {
            let batch = try await services.importDraft(upload, target: target, actor: try context.requirePrincipal().actorName)
            return Response(status: .seeOther, headers: [.location: "/imports/\(batch.record.id)"])
        } catch AppError.validation(let issues) {
            return try await importFormPage(
                target: target, text: text, message: nil, issues: issues, request: request, context: context,
                status: .unprocessableContent)
        } catch let failure as ImportFailure {
            return try await importFormPage(
                target: target, text: text, message: failure.message(l), issues: [], request: request,
                context: context, status: .unprocessableContent)
        }
    }

    /// The upload form is multipart (a file) or urlencoded (pasted text only, or a browser without files).
    private func importFormBody(
        _ request: Request, context: AppRequestContext
    ) async throws -> (form: UploadedForm?, fields: [String: [String]], file: UploadedForm.File?) {
        if let form = try await UploadedForm.of(request, context: context, limit: ImportService.maxUploadBytes + 64 * 1024) {
            try QueryString.rejectNUL(form.fields)
            return (form, form.fields, form.file("file"))
        }
        let buffer = try await request.body.collect(upTo: ImportService.maxUploadBytes)
        let fields = QueryString.parse(String(buffer: buffer))
        try QueryString.rejectNUL(fields)
        return (nil, fields, nil)
    }

    static func target(from value: (String) -> String) -> ImportTarget {
        let mode = ImportTarget.Mode(rawValue: value("mode")) ?? .newPlan
        func int(_ key: String) -> Int? { Int(value(key).trimmed) }
        return ImportTarget(
            mode: mode, jurisdictionId: mode == .newPlan ? int("jurisdictionId") : nil,
            planId: mode == .existingPlan ? int("planId") : nil,
            parentItemId: mode == .existingPlan ? int("parentItemId") : nil,
            title: value("title").trimmed, docNumber: value("docNumber").trimmed, issuer: value("issuer").trimmed,
            issueDate: value("issueDate").trimmed, levelNames: value("levelNames").trimmed,
            defaultLeadUnitId: int("defaultLeadUnitId"))
    }

    private func importFormPage(
        target: ImportTarget, text: String, message: String?, issues: [ValidationIssue], request: Request,
        context: AppRequestContext, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let l = context.language
        let jurisdictions = try await JurisdictionQueries.all(on: sql)
        let plans = try await PlanQueries.all(limit: 2000, on: sql)
        var messages = issues.map { L10n.issue($0, l, scope: "import") }
        if let message { messages.insert(message, at: 0) }
        let view = ImportFormView(
            isNewPlan: target.mode == .newPlan, isExistingPlan: target.mode == .existingPlan,
            jurisdictions: jurisdictions.prefix(3000).map { .init(id: $0.id, name: $0.name, selected: $0.id == target.jurisdictionId) },
            plans: plans.map { .init(id: $0.id, title: $0.title, selected: $0.id == target.planId) },
            parentItemId: target.parentItemId.map(String.init) ?? "",
            title: target.title, docNumber: target.docNumber, issuer: target.issuer, issueDate: target.issueDate,
            levelNames: target.levelNames.isEmpty ? PlanDraft.defaultLevelNames.joined(separator: "/") : target.levelNames,
            text: text, messages: messages, hasMessages: !messages.isEmpty)
        return renderer.page(
            "import/import_new", title: L10n.t("import.new", l), view: view, context: context, request: request,
            status: status, active: "imports")
    }

    // MARK: - One batch

    func importBatch(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        _ = try await AccessGuard(context, sql: sql).importBatch(id)
        let batch = try await services.imports.load(id)
        return try await importBatchPage(batch, message: nil, request: request, context: context)
    }

    private func importBatchPage(
        _ batch: ImportService.Batch, message: String?, request: Request, context: AppRequestContext,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let l = context.language
        let record = batch.record, payload = batch.payload
        let q = request.uri.queryParameters
        let onlyProblems = q.get("only") == "problems"
        let problemKeys = Set(batch.problems.compactMap(\.itemKey))
        let shown = onlyProblems ? payload.items.filter { problemKeys.contains($0.key) } : payload.items
        let pages = max(1, (shown.count + Self.importItemsPerPage - 1) / Self.importItemsPerPage)
        let page = min(max(1, q.get("page", as: Int.self) ?? 1), pages)
        let slice = shown.dropFirst((page - 1) * Self.importItemsPerPage).prefix(Self.importItemsPerPage)
        let isDraft = record.status == "draft"
        let problemsByItem = Dictionary(grouping: batch.problems.filter { $0.itemKey != nil }, by: { $0.itemKey! })
        let units = Dictionary(payload.units.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })

        let items = slice.map { item -> ImportBatchView.Item in
            let itemProblems = problemsByItem[item.key] ?? []
            let deadlineNote: String
            if let iso = item.deadline {
                deadlineNote = "→ " + L10n.date(iso, l)
            } else if item.deadlineError != nil {
                deadlineNote = L10n.t("import.deadlineUnreadable", l)
            } else if item.deadlineText != nil {
                deadlineNote = "→ " + L10n.t("item.noDeadline", l)
            } else {
                deadlineNote = ""
            }
            let unitNote: (String?) -> String = { name in
                guard let name, let choice = units[name] else { return "" }
                return Self.resolutionNote(choice, l)
            }
            return ImportBatchView.Item(
                key: item.key, indent: item.depth * 16, number: item.number, title: item.title, lead: item.lead ?? "",
                leadNote: unitNote(item.lead), participants: item.participants.joined(separator: "、"),
                participantNotes: item.participants.map { .init(name: $0, note: unitNote($0)) },
                collective: item.collective.joined(separator: "、"), hasCollective: !item.collective.isEmpty,
                leader: item.leader, deadline: item.deadlineText ?? "", deadlineNote: deadlineNote,
                source: payload.sourceText(of: item), location: Self.location(item, payload, l),
                problems: itemProblems.map { .init(message: $0.message(l), isError: $0.severity == .error) },
                hasProblems: !itemProblems.isEmpty, hasError: itemProblems.contains { $0.severity == .error })
        }
        let unresolved = payload.units.enumerated().filter {
            !$0.element.isResolved || $0.element.resolution == .chosen || $0.element.resolution == .create
        }
        let unitRows = unresolved.map { index, choice -> ImportBatchView.UnitChoice in
            var options: [ImportBatchView.Option] = [.init(value: "", label: L10n.t("import.unitUnresolved", l), selected: !choice.isResolved)]
            options += choice.suggestions.map {
                .init(value: String($0.id), label: "\($0.name)（\(Int(($0.score * 100).rounded()))%）", selected: choice.unitId == $0.id)
            }
            if let id = choice.unitId, !choice.suggestions.contains(where: { $0.id == id }) {
                options.append(.init(value: String(id), label: choice.unitName ?? String(id), selected: true))
            }
            options.append(.init(value: "create", label: L10n.fill("import.unitCreate", l, choice.name), selected: choice.resolution == .create))
            return .init(index: index, name: choice.name, status: Self.resolutionNote(choice, l), isResolved: choice.isResolved, options: options)
        }
        let matched = payload.units.filter { [.exact, .short, .normalized].contains($0.resolution) }.map {
            ImportBatchView.Matched(name: $0.name, unitName: $0.unitName ?? "", how: L10n.t("import.match." + $0.resolution.rawValue, l))
        }
        let jurisdictions = try await JurisdictionQueries.all(on: sql)
        let target = payload.target, detected = payload.detected
        var plan: PlanRecord?
        if let planId = record.planId { plan = try await PlanQueries.find(planId, on: sql) }
        let base = "/imports/\(record.id)?" + (onlyProblems ? "only=problems&" : "")
        let view = ImportBatchView(
            batch: batchSummary(record, l), version: record.version, isDraft: isDraft,
            isCommitted: record.status == "committed", isUndone: record.status == "undone",
            canCommit: isDraft && batch.errorCount == 0, message: message ?? "", hasMessage: message != nil,
            problems: batch.problems.map { p in
                .init(
                    isError: p.severity == .error, severity: L10n.t("import.severity." + p.severity.rawValue, l),
                    where: Self.location(p, l), message: p.message(l), itemKey: p.itemKey.map(String.init) ?? "", hasItem: p.itemKey != nil)
            },
            hasProblems: !batch.problems.isEmpty,
            units: unitRows, hasUnits: !unitRows.isEmpty, matched: matched, hasMatched: !matched.isEmpty,
            items: items, hasItems: !items.isEmpty, itemKeys: slice.map { String($0.key) }.joined(separator: ","),
            onlyProblems: onlyProblems, allURL: "/imports/\(record.id)", problemsURL: "/imports/\(record.id)?only=problems",
            pageText: String(format: L10n.t("ledger.page", l), page) + " / \(pages)", page: page,
            hasPrev: page > 1, hasNext: page < pages, prevURL: base + "page=\(page - 1)", nextURL: base + "page=\(page + 1)",
            isNewPlan: target.mode == .newPlan,
            target: .init(
                title: target.title, docNumber: target.docNumber, issuer: target.issuer, issueDate: target.issueDate,
                levelNames: target.levelNames.isEmpty ? PlanDraft.defaultLevelNames.joined(separator: "/") : target.levelNames,
                detectedTitle: detected.title ?? "", detectedDocNumber: detected.docNumber ?? "", detectedIssuer: detected.issuer ?? "",
                detectedIssueDate: detected.issueDate ?? "", planYear: payload.planYear, reporting: detected.reporting ?? "",
                reportingSchedule: detected.reportingSchedule.flatMap(ReportingSchedule.init(storageText:)).map {
                    ReportPages.scheduleText($0, l)
                } ?? "",
                applyReporting: target.applyReporting == true, hasReporting: !(detected.reporting ?? "").isEmpty,
                hasDetectedTitle: !(detected.title ?? "").isEmpty,
                hasReportingSchedule: detected.reportingSchedule.flatMap(ReportingSchedule.init(storageText:)) != nil),
            jurisdictions: jurisdictions.prefix(3000).map { .init(id: $0.id, name: $0.name, selected: $0.id == record.jurisdictionId) },
            plan: plan.map { .init(id: $0.id, title: $0.title) }, hasPlan: plan != nil,
            targetPlanTitle: try await target.planId.asyncMap { try await PlanQueries.find($0, on: sql)?.title ?? "" } ?? "",
            skipped: payload.skipped, hasSkipped: !payload.skipped.isEmpty)
        return renderer.page(
            "import/import", title: L10n.t("import.title", l) + " · " + record.filename, view: view, context: context,
            request: request, status: status, active: "imports")
    }

    func batchSummary(_ b: ImportBatchRecord, _ l: Language) -> ImportBatchSummaryView {
        ImportBatchSummaryView(
            id: b.id, filename: b.filename, kind: b.kind.uppercased(), status: ImportFailure.statusName(b.status, l),
            statusKey: b.status, createdAt: displayTime(b.createdAt, l), actor: b.actor, itemCount: b.itemCount,
            errorCount: b.errorCount, warningCount: b.warningCount, newUnitCount: b.newUnitCount,
            isCommitted: b.status == "committed", isDraft: b.status == "draft",
            committedAt: b.committedAt.map { displayTime($0, l) }, undoneAt: b.undoneAt.map { displayTime($0, l) },
            planId: b.status == "committed" ? b.planId : nil)
    }

    static func resolutionNote(_ choice: ImportUnitChoice, _ l: Language) -> String {
        switch choice.resolution {
        case .exact, .short, .normalized, .chosen: "✓ " + (choice.unitName ?? "")
        case .create: L10n.t("import.willCreate", l)
        case .ambiguous: L10n.t("import.match.ambiguous", l)
        case .unknown: L10n.t("import.match.unknown", l)
        }
    }

    static func location(_ item: ImportItem, _ payload: ImportPayload, _ l: Language) -> String {
        if let sheet = item.location.sheet, sheet < payload.sheets.count, let row = item.location.row {
            return L10n.fill("import.atRow", l, payload.sheets[sheet].name, String(row))
        }
        guard let first = item.location.firstLine else { return "" }
        let last = item.location.lastLine ?? first
        return last > first ? L10n.fill("import.atLines", l, String(first), String(last)) : L10n.fill("import.atLine", l, String(first))
    }

    static func location(_ p: ImportProblem, _ l: Language) -> String {
        if let sheet = p.sheet, let row = p.row {
            var text = L10n.fill("import.atRow", l, sheet, String(row))
            if let column = p.column { text += " " + L10n.fill("import.atColumn", l, column) }
            return text
        }
        if let sheet = p.sheet { return sheet }
        if let line = p.line { return L10n.fill("import.atLine", l, String(line)) }
        return ""
    }

    // MARK: - Actions

    func importCorrect(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let id = try context.parameters.require("id", as: Int.self)
        let guarded = try AccessGuard(context, sql: sql)
        _ = try await guarded.importBatch(id)
        let f = try await request.formData(limit: 8 * 1024 * 1024)
        let batch = try await services.imports.load(id)
        let corrections = Self.corrections(from: f, batch.payload)
        if let target = corrections.target { try await guarded.requireImportTarget(target) }
        do {
            _ = try await services.imports.correct(id, corrections, baseVersion: f.int("version"), actor: try context.requirePrincipal().actorName)
        } catch AppError.validation(let issues) {
            return try await importBatchPage(
                batch, message: issues.map { L10n.issue($0, l, scope: "import") }.joined(separator: "；"), request: request,
                context: context, status: .unprocessableContent)
        } catch let failure as ImportFailure {
            return try await importBatchPage(batch, message: failure.message(l), request: request, context: context, status: .unprocessableContent)
        } catch AppError.conflict {
            return try await importBatchPage(
                try await services.imports.load(id), message: L10n.t("error.conflict", l), request: request,
                context: context, status: .conflict)
        }
        let page = f.int("page").map { "?page=\($0)" } ?? ""
        return Response(status: .seeOther, headers: [.location: "/imports/\(id)\(page)"])
    }

    /// Only what the form changed: fields shown on the page that differ from the draft.
    static func corrections(from f: FormData, _ payload: ImportPayload) -> ImportCorrections {
        var c = ImportCorrections()
        if f.fields["t.present"] != nil {
            var target = payload.target
            if target.mode == .newPlan {
                target.jurisdictionId = f.int("t.jurisdictionId") ?? target.jurisdictionId
                target.title = f.string("t.title").trimmed
                target.docNumber = f.string("t.docNumber").trimmed
                target.issuer = f.string("t.issuer").trimmed
                target.issueDate = f.string("t.issueDate").trimmed
                target.levelNames = f.string("t.levelNames").trimmed
            }
            if f.fields["t.reportingShown"] != nil { target.applyReporting = f.fields["t.applyReporting"] != nil }
            if target != payload.target { c.target = target }
        }
        var units: [ImportCorrections.Unit] = []
        for (index, choice) in payload.units.enumerated() {
            guard let value = f.fields["u.\(index)"]?.last else { continue }
            if value == "create", choice.resolution != .create {
                units.append(.init(name: choice.name, create: true))
            } else if let id = Int(value), id != choice.unitId {
                units.append(.init(name: choice.name, unitId: id))
            }
        }
        if !units.isEmpty { c.units = units }
        var items: [ImportCorrections.Item] = []
        let keys = f.string("keys").split(separator: ",").compactMap { Int($0) }
        for key in keys where payload.items.indices.contains(key) {
            let item = payload.items[key]
            func changed(_ field: String, _ current: String) -> String? {
                guard let value = f.fields["i.\(key).\(field)"]?.last, value.trimmed != current else { return nil }
                return value
            }
            var correction = ImportCorrections.Item(key: key)
            correction.number = changed("number", item.number)
            correction.title = changed("title", item.title)
            correction.lead = changed("lead", item.lead ?? "")
            if let participants = changed("participants", item.participants.joined(separator: "、")) {
                correction.participants = UnitDraft.splitNames(participants)
            }
            correction.leader = changed("leader", item.leader)
            correction.deadline = changed("deadline", item.deadlineText ?? "")
            if f.string("i.\(key).remove") == "1" { correction.remove = true }
            let touched =
                [correction.number, correction.title, correction.lead, correction.leader, correction.deadline].contains { $0 != nil }
                || correction.participants != nil || correction.remove == true
            if touched { items.append(correction) }
        }
        if !items.isEmpty { c.items = items }
        return c
    }

    func importCommit(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let id = try context.parameters.require("id", as: Int.self)
        let record = try await AccessGuard(context, sql: sql).importBatch(id)
        let p = try context.requirePrincipal()
        if record.status == "draft", record.itemCount > ImportCommitJob.itemThreshold, record.errorCount == 0 {
            let job = try await services.jobs.enqueue(
                kind: ImportCommitJob.kind, payload: ImportCommitJob.Payload(batchId: id, actor: p.actorName), createdBy: p.userId,
                maxAttempts: 3)
            return Response(status: .seeOther, headers: [.location: "/jobs/\(job)"])
        }
        do {
            _ = try await services.imports.commit(id, actor: p.actorName)
            return Response(status: .seeOther, headers: [.location: "/imports/\(id)"])
        } catch let failure as ImportFailure {
            return try await importBatchPage(
                try await services.imports.load(id), message: failure.message(l), request: request,
                context: context, status: .unprocessableContent)
        } catch AppError.validation(let issues) {
            return try await importBatchPage(
                try await services.imports.load(id), message: issues.map { L10n.issue($0, l, scope: "import") }.joined(separator: "；"),
                request: request, context: context, status: .unprocessableContent)
        }
    }

    func importUndo(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let id = try context.parameters.require("id", as: Int.self)
        _ = try await AccessGuard(context, sql: sql).importBatch(id)
        let f = try await request.formData()
        do {
            _ = try await services.imports.undo(id, confirmEdited: f.string("confirm") == "1", actor: try context.requirePrincipal().actorName)
            return Response(status: .seeOther, headers: [.location: "/imports/\(id)"])
        } catch let failure as ImportFailure {
            return try await importBatchPage(
                try await services.imports.load(id), message: failure.message(l), request: request,
                context: context, status: .unprocessableContent)
        }
    }

    func importDiscard(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let id = try context.parameters.require("id", as: Int.self)
        _ = try await AccessGuard(context, sql: sql).importBatch(id)
        do {
            try await services.imports.discard(id)
            return Response(status: .seeOther, headers: [.location: "/imports"])
        } catch let failure as ImportFailure {
            return try await importBatchPage(
                try await services.imports.load(id), message: failure.message(l), request: request,
                context: context, status: .unprocessableContent)
        }
    }
}

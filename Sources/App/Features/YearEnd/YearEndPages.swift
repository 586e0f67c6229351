import Foundation
import Hummingbird
import ReformCore
import ReformSpreadsheet
import SQLKit

/// The year-end check's pages: a plan's checks with the form to open one, the check itself (answers for units, review and
/// lock for the office, several rows at once), its A4 print page and its XLSX export.
struct YearEndPages: PageHandlers {
    let services: AppServices

    // MARK: A plan's checks

    func list(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let planId = try context.parameters.require("id", as: Int.self)
        return try await listPage(planId, request: request, context: context)
    }

    private func listPage(
        _ planId: Int, request: Request, context: AppRequestContext, status: HTTPResponse.Status = .ok, errors: [String] = [], year: String? = nil
    ) async throws -> Response {
        let l = context.language
        let guarded = try AccessGuard(context, sql: sql)
        let plan = try await guarded.readPlan(planId)
        let path = try await JurisdictionQueries.require(plan.jurisdictionId, on: sql).path
        let checks = try await YearEndQueries.checks(ofPlan: planId, on: sql)
        let defaultYear = plan.periodEnd.flatMap(LocalDate.init(iso:))?.year ?? services.clock.today.year
        let view = YearEndListView(
            planId: plan.id, planTitle: plan.title,
            checks: checks.map { c in
                .init(
                    id: c.id, year: c.year, name: L10n.fill("yearend.checkName", l, String(c.year)), state: L10n.t("yearendCheck." + c.state, l),
                    stateKey: c.state, openedBy: c.openedBy, openedAt: displayTime(c.openedAt, l))
            },
            hasChecks: !checks.isEmpty, canOpen: Access.canRunYearEnd(checkPath: path, guarded.principal), year: year ?? String(defaultYear),
            errors: errors, hasErrors: !errors.isEmpty)
        return renderer.page(
            "yearend/list", title: L10n.t("yearend.title", l) + " · " + plan.title, view: view, context: context, request: request, status: status,
            isDemo: plan.isDemo, active: "plans")
    }

    func open(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let planId = try context.parameters.require("id", as: Int.self)
        let p = try context.requirePrincipal()
        _ = try await AccessGuard(context, sql: sql).readPlan(planId)
        let f = try await request.formData()
        let raw = f.string("year").trimmed
        do {
            let year = raw.isEmpty ? nil : Int(raw)
            if !raw.isEmpty, year == nil { throw AppError.validation([ValidationIssue(field: "year", code: .invalidNumber)]) }
            let check = try await services.yearEnd.open(planId: planId, year: year, by: p)
            return Response(status: .seeOther, headers: [.location: "/yearend/\(check.id)"])
        } catch AppError.validation(let issues) {
            let errors = issues.map { L10n.issue($0, context.language, scope: "yearend") }
            return try await listPage(planId, request: request, context: context, status: .unprocessableContent, errors: errors, year: raw)
        } catch AppError.unprocessable(let code, let text) {
            let errors = [L10n.errorMessage(code: code, fallback: text, context.language)]
            return try await listPage(planId, request: request, context: context, status: .unprocessableContent, errors: errors, year: raw)
        }
    }

    // MARK: The check

    func check(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        let format = request.uri.queryParameters.get("format") ?? ""
        if format == "xlsx" { return try await xlsx(id, request: request, context: context) }
        if !format.isEmpty { throw AppError.badRequest(parameter: "format", message: "expected xlsx, got \(format.prefix(40))") }
        return try await checkPage(id, request: request, context: context)
    }

    func print(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        let view = try await view(id, request: request, context: context, filters: false)
        return renderer.page("yearend/print", title: view.planTitle + " · " + view.name, view: view, context: context, request: request)
    }

    func checkPage(
        _ id: Int, request: Request, context: AppRequestContext, status: HTTPResponse.Status = .ok, errors: [String] = [], form: FormData? = nil
    ) async throws -> Response {
        let view = try await view(id, request: request, context: context, filters: true, form: form, errors: errors)
        return renderer.page(
            "yearend/check", title: view.name + " · " + view.planTitle, view: view, context: context, request: request, status: status,
            active: "plans")
    }

    /// What the check page, the print page and the export show: every row the reader may see (a unit role only its own),
    /// on the page optionally narrowed to one unit or state.
    private func view(
        _ id: Int, request: Request, context: AppRequestContext, filters: Bool, form: FormData? = nil, errors: [String] = []
    ) async throws -> YearEndCheckView {
        let p = try context.requirePrincipal()
        let l = context.language
        let check = try await YearEndService.readCheck(id, by: p, on: sql)
        let all = try await YearEndQueries.rows(ofCheck: id, unitId: Access.yearEndUnitFilter(p), on: sql)
        let q = request.uri.queryParameters
        let unitFilter = filters ? q.get("unit").flatMap { Int($0) } : nil
        let stateFilter = filters ? q.get("state").flatMap(YearEndRowState.init(rawValue:)) : nil
        let rows = all.filter { r in (unitFilter == nil || r.unitId == unitFilter) && (stateFilter == nil || r.rowState == stateFilter) }
        let canRun = Access.canRunYearEnd(checkPath: check.jurisdictionPath, p) && !check.isLocked
        let selected = Set((form?.fields["row"] ?? []).compactMap { Int($0) })
        let rowViews = rows.map { r -> YearEndRowView in
            let answerable =
                !check.isLocked && Access.canAnswerYearEnd(checkPath: check.jurisdictionPath, rowUnitId: r.unitId, p)
                && YearEndFlow.next(r.rowState, .answer, locked: false) != nil
            let reviewable =
                canRun
                && (YearEndFlow.next(r.rowState, .confirm, locked: false) != nil || YearEndFlow.next(r.rowState, .return, locked: false) != nil)
            return YearEndRowView(
                id: r.id, version: r.version, label: r.label, itemId: r.itemId ?? 0, hasItem: r.itemId != nil, unit: r.unitName ?? "—",
                deadline: L10n.date(r.itemDeadline, l), status: r.itemStatus.map { L10n.status($0, l) } ?? "",
                outcome: r.outcome.isEmpty ? "" : L10n.t("yearendOutcome." + r.outcome, l), outcomeKey: r.outcome, hasOutcome: !r.outcome.isEmpty,
                newDeadline: L10n.date(r.newDeadline, l), reason: r.reason, state: L10n.t("yearendState." + r.state, l), stateKey: r.state,
                returnReason: r.returnReason, hasReturnReason: !r.returnReason.isEmpty && r.rowState == .returned, answeredBy: r.answeredBy,
                reviewedBy: r.reviewedBy, carriedItemId: r.carriedItemId ?? 0, hasCarried: r.carriedItemId != nil,
                selectable: answerable || reviewable, selected: selected.contains(r.id))
        }
        let counts = Self.counts(all)
        let units = Dictionary(all.compactMap { r in r.unitId.map { ($0, r.unitName ?? "") } }, uniquingKeysWith: { a, _ in a })
            .sorted { $0.value < $1.value }
        let needsTarget = all.contains { $0.rowOutcome == .carried }
        let plans =
            canRun && needsTarget
            ? try await sql.all(
                PlanRecord.self,
                "SELECT \(PlanQueries.columns) FROM plans WHERE jurisdiction_id = \(bind: check.jurisdictionId) AND id <> \(bind: check.planId) ORDER BY title"
            )
            : []
        let plan = try await PlanQueries.require(check.planId, on: sql)
        func value(_ key: String) -> String { form?.string(key) ?? "" }
        let chosenOutcome = value("outcome")
        return YearEndCheckView(
            id: check.id, version: check.version, planId: check.planId, planTitle: check.planTitle, jurisdiction: check.jurisdictionName,
            year: check.year, name: L10n.fill("yearend.checkName", l, String(check.year)), state: L10n.t("yearendCheck." + check.state, l),
            isLocked: check.isLocked, openedBy: check.openedBy, openedAt: displayTime(check.openedAt, l), lockedBy: check.lockedBy,
            lockedAt: displayTime(check.lockedAt, l), targetPlanId: check.targetPlanId ?? 0, hasTarget: check.targetPlanId != nil,
            targetPlanTitle: check.targetPlanTitle ?? "", counts: counts, rows: rowViews, hasRows: !rowViews.isEmpty,
            ownUnitOnly: p.role.isUnitRole,
            units: units.map { .init(value: String($0.key), label: $0.value, selected: $0.key == unitFilter) },
            states: YearEndRowState.allCases.map {
                .init(value: $0.rawValue, label: L10n.t("yearendState." + $0.rawValue, l), selected: $0 == stateFilter)
            },
            filtered: unitFilter != nil || stateFilter != nil,
            canAnswer: rowViews.contains { $0.selectable } && !check.isLocked
                && all.contains { Access.canAnswerYearEnd(checkPath: check.jurisdictionPath, rowUnitId: $0.unitId, p) },
            canReview: canRun, canSelect: rowViews.contains { $0.selectable },
            canLock: canRun && YearEndFlow.canLock(all.map(\.rowState)), lockWaiting: canRun && !YearEndFlow.canLock(all.map(\.rowState)),
            needsTarget: needsTarget,
            plans: plans.map { .init(value: String($0.id), label: $0.title, selected: value("targetPlanId") == String($0.id)) },
            newPlanTitle: form?.fields["newPlanTitle"]?.last
                ?? YearEndFlow.nextPlanTitle(planTitle: plan.title, jurisdictionName: check.jurisdictionName, year: check.year),
            outcomes: YearEndOutcome.allCases.map {
                .init(value: $0.rawValue, label: L10n.t("yearendOutcome." + $0.rawValue, l), selected: $0.rawValue == chosenOutcome)
            },
            newDeadline: value("newDeadline"), reason: value("reason"), returnReason: value("returnReason"), nextYear: check.year + 1,
            answerHint: L10n.fill("yearend.answerHint", l, String(check.year + 1)),
            errors: errors, hasErrors: !errors.isEmpty,
            printedAt: displayTime(services.clock.timestamp, l), xlsxURL: "/yearend/\(check.id)?format=xlsx")
    }

    static func counts(_ rows: [YearEndRowRecord]) -> YearEndCountsView {
        func n(_ list: [YearEndRowRecord], _ o: YearEndOutcome?) -> Int { list.filter { $0.rowOutcome == o }.count }
        var units: [YearEndCountsView.Unit] = []
        for (name, list) in Dictionary(grouping: rows, by: { $0.unitName ?? "—" }).sorted(by: { $0.key < $1.key }) {
            units.append(
                .init(
                    name: name, total: list.count, done: n(list, .done), carried: n(list, .carried), cancelled: n(list, .cancelled),
                    unanswered: n(list, nil), confirmed: list.filter { $0.rowState == .confirmed }.count))
        }
        return YearEndCountsView(
            total: rows.count, done: n(rows, .done), carried: n(rows, .carried), cancelled: n(rows, .cancelled), unanswered: n(rows, nil),
            pending: rows.filter { $0.rowState == .pending }.count, answered: rows.filter { $0.rowState == .answered }.count,
            returned: rows.filter { $0.rowState == .returned }.count, confirmed: rows.filter { $0.rowState == .confirmed }.count, units: units)
    }

    // MARK: Steps

    func answer(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        let p = try context.requirePrincipal()
        let f = try await request.formData()
        let ids = selectedRows(f)
        let answers = ids.map {
            YearEndService.Answer(
                rowId: $0, version: f.int("v\($0)") ?? 0, outcome: f.string("outcome"), newDeadline: f.string("newDeadline"),
                reason: f.string("reason"))
        }
        return try await step(id, f, ids: ids, request: request, context: context) {
            _ = try await services.yearEnd.answer(checkId: id, answers, by: p)
        }
    }

    func review(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        let p = try context.requirePrincipal()
        let f = try await request.formData()
        let ids = selectedRows(f)
        let action = YearEndAction(rawValue: f.string("action")) ?? .confirm
        let entries = ids.map { YearEndService.RowVersion(rowId: $0, version: f.int("v\($0)") ?? 0) }
        return try await step(id, f, ids: ids, request: request, context: context) {
            _ = try await services.yearEnd.review(checkId: id, entries, action: action, reason: f.string("returnReason"), by: p)
        }
    }

    func lock(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        let p = try context.requirePrincipal()
        let f = try await request.formData()
        return try await step(id, f, ids: [], request: request, context: context) {
            _ = try await services.yearEnd.lock(
                checkId: id, .init(targetPlanId: f.int("targetPlanId"), newPlanTitle: f.string("newPlanTitle")), baseVersion: f.int("version") ?? 0,
                by: p)
        }
    }

    private func selectedRows(_ f: FormData) -> [Int] {
        var seen: Set<Int> = []
        return f.ints("row").filter { seen.insert($0).inserted }
    }

    /// Runs a step and goes back to the check; a refused step shows the check again with what went wrong, naming the row.
    private func step(
        _ id: Int, _ f: FormData, ids: [Int], request: Request, context: AppRequestContext, _ body: () async throws -> Void
    ) async throws -> Response {
        let l = context.language
        do {
            try await body()
            return Response(status: .seeOther, headers: [.location: "/yearend/\(id)"])
        } catch AppError.validation(let issues) {
            let labels = try await labels(ids, check: id)
            let errors = issues.map { Self.describe($0, byIndex: ids.map { labels[$0] ?? "" }, byId: labels, l) }
            return try await checkPage(id, request: request, context: context, status: .unprocessableContent, errors: errors, form: f)
        } catch AppError.unprocessable(let code, let text) {
            return try await checkPage(
                id, request: request, context: context, status: .unprocessableContent, errors: [L10n.errorMessage(code: code, fallback: text, l)],
                form: f)
        } catch AppError.conflict(let entity, let rowId, _, _) {
            let text: String
            if entity == "yearend_row" {
                let label = try await labels([rowId], check: id)[rowId] ?? String(rowId)
                text = L10n.fill("yearend.rowConflict", l, label)
            } else {
                text = L10n.t("yearend.checkConflict", l)
            }
            return try await checkPage(id, request: request, context: context, status: .conflict, errors: [text], form: f)
        }
    }

    private func labels(_ ids: [Int], check: Int) async throws -> [Int: String] {
        let rows = try await YearEndQueries.rows(ofCheck: check, on: sql)
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0.label) })
    }

    /// An issue as the page shows it: the row it names (`answers[2].reason`, `rows[0]`, `rows.17.deadline`), then the field.
    static func describe(_ issue: ValidationIssue, byIndex: [String], byId: [Int: String], _ l: Language) -> String {
        let (label, field) = split(issue.field, byIndex: byIndex, byId: byId)
        let base = L10n.issue(ValidationIssue(field: field, code: issue.code, limit: issue.limit, value: issue.value), l, scope: "yearend")
        return label.map { $0 + (l == .zh ? "：" : ": ") + base } ?? base
    }

    static func split(_ field: String, byIndex: [String], byId: [Int: String]) -> (label: String?, field: String) {
        for prefix in ["answers[", "rows["] where field.hasPrefix(prefix) {
            let rest = field.dropFirst(prefix.count)
            guard let close = rest.firstIndex(of: "]"), let index = Int(rest[..<close]) else { break }
            let after = rest[rest.index(after: close)...]
            let name = after.hasPrefix(".") ? String(after.dropFirst()) : (prefix == "rows[" ? "rows" : "answers")
            return (index < byIndex.count ? byIndex[index] : nil, name)
        }
        if field.hasPrefix("rows.") {
            let parts = field.split(separator: ".", maxSplits: 2)
            if parts.count == 3, let id = Int(parts[1]) { return (byId[id], String(parts[2])) }
        }
        return (nil, field)
    }

    // MARK: Export

    private func xlsx(_ id: Int, request: Request, context: AppRequestContext) async throws -> Response {
        let l = context.language
        let v = try await view(id, request: request, context: context, filters: false)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reform-yearend-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        let writer = try XLSXWriter(destination: url, title: v.name)
        try writer.addSheet(
            name: L10n.t("yearend.title", l),
            columns: [
                ColumnSpec(L10n.t("yearend.col.measure", l), width: 48, wrapsText: true), ColumnSpec(L10n.t("yearend.col.unit", l), width: 24),
                ColumnSpec(L10n.t("yearend.col.deadline", l), width: 14), ColumnSpec(L10n.t("yearend.col.outcome", l), width: 10),
                ColumnSpec(L10n.t("yearend.col.newDeadline", l), width: 14), ColumnSpec(L10n.t("yearend.col.reason", l), width: 40, wrapsText: true),
                ColumnSpec(L10n.t("yearend.col.state", l), width: 12)
            ])
        for r in v.rows {
            try writer.appendRow([
                .text(r.label), .text(r.unit), .text(r.deadline), .text(r.outcome), .text(r.newDeadline), .text(r.reason), .text(r.state)
            ])
        }
        try writer.finish()
        let data = try Data(contentsOf: url)
        let name = v.planTitle + "_" + v.name + ".xlsx"
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                .contentDisposition: ContentDisposition.attachment(filename: name, asciiFallback: "yearend-\(v.year).xlsx"),
                .cacheControl: "no-store"
            ], body: .init(byteBuffer: ByteBuffer(data: data)))
    }
}

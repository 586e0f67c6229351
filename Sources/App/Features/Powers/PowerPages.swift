import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// The register's pages: the list with its filters and counts, its exports, the decision form, the power form and page
/// (handover, effect evaluations, renewal, withdrawal, entrustment agreements) and the import with its dry run.
struct PowerPages: PageHandlers {
    let services: AppServices

    /// What a request's filter covers: the filter, the reader's scope and the receiving jurisdiction's path (404 outside the
    /// reader's view).
    static func scope(_ request: Request, _ context: AppRequestContext, sql: any SQLDatabase) async throws -> (PowerFilter, String?, String?) {
        let f = try PowerFilter.parse { request.uri.queryParameters.get($0) }
        let guarded = try AccessGuard(context, sql: sql)
        var path: String?
        if let id = f.jurisdiction { path = try await guarded.readJurisdiction(id).path }
        return (f, Access.powerScope(guarded.principal), path)
    }

    static func option(_ value: String, _ label: String, _ chosen: String?) -> AuthorizationOption {
        .init(value: value, label: label, selected: value == (chosen ?? ""))
    }

    static func decisionLabel(_ d: PowerDecisionRecord) -> String {
        d.title + (d.docNumber.isEmpty ? "" : "（\(d.docNumber)）")
    }

    func register(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await registerPage(request, context)
    }

    func registerPage(
        _ request: Request, _ context: AppRequestContext, status: HTTPResponse.Status = .ok, issues: [ValidationIssue] = [],
        values: [String: [String]] = [:]
    ) async throws -> Response {
        let p = try context.requirePrincipal()
        let l = context.language
        let (f, scope, path) = try await Self.scope(request, context, sql: sql)
        let today = services.clock.today
        let asOf = min(f.asOf ?? today, today)
        // The page, its total and the decisions are kept under the register's stamp (and the day, which a power's state
        // depends on): a register is read far more often than written.
        let cache = services.database.registerCache
        let key = [today.iso, f.query(includeAsOf: false), scope ?? "*", path ?? "*"].joined(separator: "|")
        let (rows, hasNext) = try await cache.value("powers", key: "page|\(f.page)|" + key, on: sql) {
            try await PowerQueries.page(f, scope: scope, jurisdictionPath: path, today: today, on: sql)
        }
        let total = try await cache.value("powers", key: "total|" + key, on: sql) {
            try await PowerQueries.count(f, scope: scope, jurisdictionPath: path, today: today, on: sql)
        }
        let counts = try await PowerCounts.load(f, scope: scope, jurisdictionPath: path, asOf: asOf, cache: cache, on: sql)
        let decisions = try await cache.value("powers", key: "decisions|" + (scope ?? "*"), on: sql) {
            try await PowerQueries.decisions(scope: scope, on: sql)
        }
        let jurisdictions = try await JurisdictionQueries.choices(within: scope, reader: p, chosen: f.jurisdiction.map { [$0] } ?? [], on: sql)
        let editable = jurisdictions.filter { Access.canEditPowers(in: $0.path, p) }
        let calendar = try await WorkingDays.calendar(on: sql)
        let anyOption = AuthorizationOption(value: "", label: L10n.t("authorization.filter.any", l), selected: false)
        let base = "/powers"
        func pageURL(_ n: Int) -> String {
            let q = f.query(page: n)
            return q.isEmpty ? base : base + "?" + q
        }
        func countRows(_ groups: [PowerCounts.Group], type: Bool) -> [PowerCountRow] {
            groups.map { g in
                var narrowed = f
                if type { narrowed.type = PowerType(rawValue: g.key) } else { narrowed.method = PowerMethod(rawValue: g.key) }
                return .init(
                    label: L10n.t((type ? "powerType." : "powerMethod.") + g.key, l), link: base + "?" + narrowed.query(), total: g.count.total,
                    handedOver: g.count.handedOver, inForce: g.count.inForce, pending: g.count.pending, withdrawn: g.count.withdrawn)
            }
        }
        let exportQuery = f.query(includeAsOf: false)
        let view = PowerRegisterView(
            rows: rows.map { r in
                let s = r.status(on: today)
                return .init(
                    id: r.id,
                    decision: r.decisionDocNumber.isEmpty ? L10n.fill("power.decisionOf", l, L10n.date(r.decidedOn, l)) : r.decisionDocNumber,
                    number: r.number, name: r.name,
                    type: L10n.t("powerType." + r.powerType, l), method: L10n.t("powerMethod." + r.method, l),
                    grantingDepartment: r.grantingDepartment,
                    jurisdiction: r.jurisdictionName, receivingDepartment: r.receivingDepartment, deadline: L10n.date(r.handoverDeadline, l),
                    handedOverOn: L10n.date(r.handedOverOn, l), termEnd: L10n.date(r.termEnd, l), status: L10n.t("powerStatus." + s.rawValue, l),
                    statusCode: s.rawValue, isDemo: r.isDemo)
            },
            hasRows: !rows.isEmpty, totalText: L10n.fill("power.total", l, String(total)), page: f.page, prevURL: pageURL(f.page - 1),
            nextURL: pageURL(f.page + 1), hasPrev: f.page > 1, hasNext: hasNext,
            decisions: [anyOption] + decisions.map { Self.option(String($0.id), Self.decisionLabel($0), f.decision.map(String.init)) },
            types: [anyOption] + PowerType.allCases.map { Self.option($0.rawValue, L10n.t("powerType." + $0.rawValue, l), f.type?.rawValue) },
            methods: [anyOption] + PowerMethod.allCases.map { Self.option($0.rawValue, L10n.t("powerMethod." + $0.rawValue, l), f.method?.rawValue) },
            statuses: [anyOption]
                + PowerStatus.allCases.map { Self.option($0.rawValue, L10n.t("powerStatus." + $0.rawValue, l), f.status?.rawValue) },
            jurisdictions: [anyOption] + jurisdictions.map { Self.option(String($0.id), $0.name, f.jurisdiction.map(String.init)) },
            q: f.q ?? "", asOf: asOf.iso, asOfText: L10n.fill("authorization.counts.asOf", l, L10n.date(asOf, l)), summary: counts.sentence(l),
            byType: countRows(counts.byType, type: true), byMethod: countRows(counts.byMethod, type: false),
            exportXLSX: base + "/export.xlsx" + (exportQuery.isEmpty ? "" : "?" + exportQuery),
            exportCSV: base + "/export.csv" + (exportQuery.isEmpty ? "" : "?" + exportQuery),
            decisionList: decisions.map { d in
                .init(
                    id: d.id, label: d.jurisdictionName + " · " + Self.decisionLabel(d), decidedOn: L10n.date(d.decidedOn, l),
                    deadline: LocalDate(iso: d.decidedOn).map { L10n.date(PowerRules.handoverDeadline(decidedOn: $0, calendar: calendar), l) } ?? "",
                    link: base + "?decision=\(d.id)", canEdit: Access.canEditPowers(in: d.jurisdictionPath, p))
            },
            hasDecisions: !decisions.isEmpty, canAddDecision: !editable.isEmpty,
            decisionJurisdictions: editable.map { Self.option(String($0.id), $0.name, values["jurisdictionId"]?.last ?? String(p.jurisdictionId)) },
            newDecision: ["docNumber", "title", "decidedOn", "announcedOn"].reduce(into: [:]) { $0[$1] = values[$1]?.last ?? "" },
            errors: issues.map { L10n.issue($0, l, scope: "power") }, hasErrors: !issues.isEmpty, isDemo: rows.contains { $0.isDemo })
        return renderer.page(
            "powers/register", title: L10n.t("power.title", l), view: view, context: context, request: request, status: status, isDemo: view.isDemo,
            active: "powers")
    }

    func export(_ request: Request, _ context: AppRequestContext, format: String) async throws -> Response {
        let l = context.language
        let (f, scope, path) = try await Self.scope(request, context, sql: sql)
        let today = services.clock.today
        let rows = try await PowerQueries.all(f, scope: scope, jurisdictionPath: path, today: today, on: sql)
        let data = try PowerSheet.export(rows, today: today, format: format, l)
        let type = format == "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        return Response(
            status: .ok,
            headers: [
                .contentType: type,
                .contentDisposition: ContentDisposition.attachment(
                    filename: L10n.t("power.title", l) + "-\(today.iso).\(format)", asciiFallback: "powers-\(today.iso).\(format)")
            ],
            body: .init(byteBuffer: ByteBuffer(data: data)))
    }

    // MARK: Decisions

    func createDecision(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        try Access.require(Access.canEditPowers(in: p.jurisdictionPath, p), "power_edit")
        let f = try await request.formData()
        do {
            let d = try await services.powers.createDecision(
                .init(
                    jurisdictionId: f.int("jurisdictionId"), docNumber: f.string("docNumber"), title: f.string("title"),
                    decidedOn: f.string("decidedOn"), announcedOn: f.string("announcedOn")),
                by: p)
            return Response(status: .seeOther, headers: [.location: "/powers?decision=\(d.id)"])
        } catch AppError.validation(let issues) {
            return try await registerPage(request, context, status: .unprocessableContent, issues: issues, values: f.fields)
        }
    }

    // MARK: Powers

    func newForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let raw = request.uri.queryParameters.get("decision") ?? ""
        guard let decisionId = APIInput.wholeNumber(raw), decisionId > 0 else {
            throw AppError.badRequest(parameter: "decision", message: "required: the decision to add to")
        }
        let decision = try await PowerService.editableDecision(decisionId, p, on: sql)
        let next =
            (try await sql.scalar(Int.self, column: "n", "SELECT MAX(number) AS n FROM delegated_powers WHERE decision_id = \(bind: decisionId)") ?? 0)
            + 1
        let input = PowerService.PowerInput(
            jurisdictionId: nil, number: String(next), name: "", powerType: PowerType.licensing.rawValue, method: PowerMethod.devolve.rawValue,
            grantingDepartment: "", receivingDepartment: "", legalBasis: "", remarks: "")
        return try await formPage(input, decision: decision, power: nil, request: request, context: context)
    }

    func editForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let power = try await PowerService.editablePower(try context.parameters.require("id", as: Int.self), try context.requirePrincipal(), on: sql)
        let decision = try await PowerQueries.decision(power.decisionId, on: sql)!
        return try await formPage(PowerService.PowerInput(record: power), decision: decision, power: power, request: request, context: context)
    }

    func formPage(
        _ input: PowerService.PowerInput, decision: PowerDecisionRecord, power: DelegatedPowerRecord?, request: Request, context: AppRequestContext,
        status: HTTPResponse.Status = .ok, issues: [ValidationIssue] = []
    ) async throws -> Response {
        let l = context.language
        let jurisdictions = try await JurisdictionQueries.all(within: decision.jurisdictionPath, on: sql).filter {
            $0.path != decision.jurisdictionPath
        }
        let calendar = try await WorkingDays.calendar(on: sql)
        let deadline = LocalDate(iso: decision.decidedOn).map { PowerRules.handoverDeadline(decidedOn: $0, calendar: calendar) }
        let view = PowerFormView(
            isNew: power == nil, action: power.map { "/powers/items/\($0.id)" } ?? "/powers/items",
            cancelURL: power.map { "/powers/items/\($0.id)" } ?? "/powers?decision=\(decision.id)", version: power?.version ?? 0,
            decisionId: decision.id, decisionLabel: Self.decisionLabel(decision),
            deadline: L10n.fill("power.deadlineNote", l, L10n.date(decision.decidedOn, l), L10n.date(deadline?.iso, l)), number: input.number,
            name: input.name,
            types: PowerType.allCases.map { Self.option($0.rawValue, L10n.t("powerType." + $0.rawValue, l), PowerSheet.type(input.powerType)) },
            methods: PowerMethod.allCases.map { Self.option($0.rawValue, L10n.t("powerMethod." + $0.rawValue, l), PowerSheet.method(input.method)) },
            grantingDepartment: input.grantingDepartment,
            jurisdictions: jurisdictions.map { Self.option(String($0.id), $0.name, input.jurisdictionId.map(String.init)) },
            receivingDepartment: input.receivingDepartment, legalBasis: input.legalBasis, remarks: input.remarks,
            errors: issues.map { L10n.issue($0, l, scope: "power") }, hasErrors: !issues.isEmpty)
        return renderer.page(
            "powers/form", title: L10n.t(power == nil ? "power.new" : "power.edit", l), view: view, context: context, request: request,
            status: status, active: "powers")
    }

    static func input(_ f: FormData) -> PowerService.PowerInput {
        .init(
            jurisdictionId: f.int("jurisdictionId"), number: f.string("number"), name: f.string("name"), powerType: f.string("powerType"),
            method: f.string("method"), grantingDepartment: f.string("grantingDepartment"), receivingDepartment: f.string("receivingDepartment"),
            legalBasis: f.string("legalBasis"), remarks: f.string("remarks"))
    }

    func create(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        try Access.require(Access.canEditPowers(in: p.jurisdictionPath, p), "power_edit")
        let f = try await request.formData()
        guard let decisionId = f.int("decisionId") else { throw AppError.badRequest(parameter: "decisionId", message: "required: the decision") }
        let decision = try await PowerService.editableDecision(decisionId, p, on: sql)
        let input = Self.input(f)
        do {
            let power = try await services.powers.createPower(decisionId: decisionId, input, by: p)
            return Response(status: .seeOther, headers: [.location: "/powers/items/\(power.id)"])
        } catch AppError.validation(let issues) {
            return try await formPage(
                input, decision: decision, power: nil, request: request, context: context, status: .unprocessableContent, issues: issues)
        }
    }

    func update(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let power = try await PowerService.editablePower(try context.parameters.require("id", as: Int.self), p, on: sql)
        let f = try await request.formData()
        let input = Self.input(f)
        do {
            _ = try await services.powers.updatePower(power.id, input, baseVersion: f.int("version") ?? 0, by: p)
            return Response(status: .seeOther, headers: [.location: "/powers/items/\(power.id)"])
        } catch AppError.validation(let issues) {
            let decision = try await PowerQueries.decision(power.decisionId, on: sql)!
            return try await formPage(
                input, decision: decision, power: power, request: request, context: context, status: .unprocessableContent, issues: issues)
        }
    }

    func item(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let power = try await PowerService.readablePower(try context.parameters.require("id", as: Int.self), try context.requirePrincipal(), on: sql)
        return try await itemPage(power, request: request, context: context)
    }

    func itemPage(
        _ power: DelegatedPowerRecord, request: Request, context: AppRequestContext, status: HTTPResponse.Status = .ok, errors: [String] = []
    ) async throws -> Response {
        let p = try context.requirePrincipal()
        let l = context.language
        let today = services.clock.today
        let s = power.status(on: today)
        let evaluations = try await PowerQueries.evaluations(of: power.id, on: sql)
        let terms = try await PowerQueries.terms(of: power.id, on: sql)
        let events = try await PowerQueries.events(of: power.id, on: sql)
        let files = try await PowerQueries.files(of: power.id, on: sql)
        let calendar = try await WorkingDays.calendar(on: sql)
        let decided = LocalDate(iso: power.decidedOn)!
        let deadline = LocalDate(iso: power.handoverDeadline)!
        let canEdit = Access.canEditPowers(in: power.jurisdictionPath, p)
        let live = power.withdrawnOn == nil
        let entrusted = power.powerMethod == .entrust
        func line(_ f: PowerFileRecord) -> EvidenceLineView { InspectionPages.evidenceLine(f.evidence, url: "/power-files/\(f.id)", l) }
        let title = L10n.fill("power.itemTitle", l, String(power.number), power.name)
        let view = PowerItemView(
            id: power.id, version: power.version, title: title, decision: Self.decisionLabelOf(power),
            decisionURL: "/powers?decision=\(power.decisionId)",
            number: power.number, name: power.name, type: L10n.t("powerType." + power.powerType, l), method: L10n.t("powerMethod." + power.method, l),
            isEntrusted: entrusted, grantingDepartment: power.grantingDepartment, jurisdiction: power.jurisdictionName,
            receivingDepartment: power.receivingDepartment, legalBasis: power.legalBasis, decidedOn: L10n.date(decided, l),
            deadline: L10n.date(deadline, l),
            deadlineNote: L10n.fill(
                "power.deadlineCount", l, String(calendar.workingDays(from: decided, to: deadline)),
                String(max(0, calendar.workingDays(from: today, to: deadline)))),
            handedOverOn: L10n.date(power.handedOverOn, l),
            term: power.termStart.map { L10n.date($0, l) + " – " + L10n.date(power.termEnd, l) } ?? "",
            status: L10n.t("powerStatus." + s.rawValue, l), statusCode: s.rawValue, remarks: power.remarks,
            terms: terms.map { t in
                .init(
                    start: L10n.date(t.termStart, l), end: L10n.date(t.termEnd, l),
                    basis: t.evaluationId.flatMap { id in evaluations.first { $0.id == id } }.map {
                        L10n.fill("power.term.renewedOn", l, L10n.date($0.evaluatedOn, l), L10n.t("powerConclusion." + $0.conclusion, l))
                    } ?? L10n.t("power.term.first", l))
            },
            hasTerms: !terms.isEmpty,
            evaluations: evaluations.reversed().map {
                .init(date: L10n.date($0.evaluatedOn, l), label: L10n.t("powerConclusion." + $0.conclusion, l), note: $0.summary, actor: $0.actor)
            },
            hasEvaluations: !evaluations.isEmpty,
            events: events.reversed().map {
                .init(date: L10n.date($0.effectiveOn, l), label: L10n.t("power.event." + $0.action, l), note: $0.note, actor: $0.actor)
            },
            agreements: files.filter { $0.kind == "agreement" }.map(line), hasAgreements: files.contains { $0.kind == "agreement" },
            reports: files.filter { $0.kind == "evaluation" }.map(line), hasReports: files.contains { $0.kind == "evaluation" },
            canEdit: canEdit && live,
            canHandOver: canEdit && live && power.handedOverOn == nil, canEvaluate: canEdit && live && power.handedOverOn != nil,
            canRenew: canEdit && live && entrusted && power.handedOverOn != nil, canWithdraw: canEdit && live, canDelete: canEdit,
            conclusions: PowerEvaluationConclusion.allCases.map { Self.option($0.rawValue, L10n.t("powerConclusion." + $0.rawValue, l), nil) },
            today: today.iso, errors: errors, hasErrors: !errors.isEmpty, isDemo: power.isDemo)
        return renderer.page(
            "powers/item", title: title, view: view, context: context, request: request, status: status, isDemo: power.isDemo, active: "powers")
    }

    /// POST /powers/decisions/{id}/delete: a decision without powers goes (409 while it has some).
    func deleteDecision(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let d = try await PowerService.editableDecision(try context.parameters.require("id", as: Int.self), p, on: sql)
        _ = try await request.formData()
        try await services.powers.deleteDecision(d.id, by: p)
        return Response(status: .seeOther, headers: [.location: "/powers"])
    }

    /// POST /powers/items/{id}/delete (version in the form): back to its decision's register; a stale version is the 409
    /// page, a power a round evaluates its page with the reason (409).
    func delete(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let power = try await PowerService.editablePower(try context.parameters.require("id", as: Int.self), p, on: sql)
        let f = try await request.formData()
        do {
            try await services.powers.deletePower(power.id, baseVersion: f.int("version") ?? 0, by: p)
        } catch AppError.conflict(_, _, let current, _) {
            return try await conflictPage(
                changes: [], currentVersion: current, reloadURL: "/powers/items/\(power.id)", request: request, context: context)
        } catch AppError.inUse(let code, let text) {
            return try await itemPage(
                power, request: request, context: context, status: .conflict,
                errors: [L10n.errorMessage(code: code, fallback: text, context.language)])
        }
        return Response(status: .seeOther, headers: [.location: "/powers?decision=\(power.decisionId)"])
    }

    static func decisionLabelOf(_ r: DelegatedPowerRecord) -> String {
        r.decisionTitle + (r.decisionDocNumber.isEmpty ? "" : "（\(r.decisionDocNumber)）")
    }

    /// Runs a write from the power page: back to the page on success, the page with the problem (422) otherwise.
    func act(
        _ request: Request, _ context: AppRequestContext, anchor: String,
        _ body: (DelegatedPowerRecord, Principal) async throws -> Void
    ) async throws -> Response {
        let p = try context.requirePrincipal()
        let power = try await PowerService.editablePower(try context.parameters.require("id", as: Int.self), p, on: sql)
        let l = context.language
        do {
            try await body(power, p)
            return Response(status: .seeOther, headers: [.location: "/powers/items/\(power.id)#\(anchor)"])
        } catch AppError.validation(let issues) {
            return try await itemPage(
                power, request: request, context: context, status: .unprocessableContent, errors: issues.map { L10n.issue($0, l, scope: "power") })
        } catch AppError.unprocessable(let code, let text) {
            return try await itemPage(
                power, request: request, context: context, status: .unprocessableContent, errors: [L10n.errorMessage(code: code, fallback: text, l)])
        }
    }

    func handover(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let f = try await request.formData()
        return try await act(request, context, anchor: "status") { power, p in
            _ = try await services.powers.recordHandover(
                power.id, handedOverOn: f.string("handedOverOn"), termStart: f.string("termStart"), note: f.string("note"),
                baseVersion: f.int("version") ?? 0, by: p)
        }
    }

    func renew(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let f = try await request.formData()
        return try await act(request, context, anchor: "terms") { power, p in
            _ = try await services.powers.renew(
                power.id, effectiveOn: f.string("effectiveOn"), note: f.string("note"), baseVersion: f.int("version") ?? 0, by: p)
        }
    }

    func withdraw(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let f = try await request.formData()
        return try await act(request, context, anchor: "status") { power, p in
            _ = try await services.powers.withdraw(
                power.id, withdrawnOn: f.string("effectiveOn"), note: f.string("note"), baseVersion: f.int("version") ?? 0, by: p)
        }
    }

    /// An effect evaluation (multipart: the fields and `report` files, or urlencoded without files).
    func evaluate(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        _ = try await PowerService.editablePower(try context.parameters.require("id", as: Int.self), p, on: sql)
        let form = try await UploadedForm.of(request, context: context, limit: ReportService.maxFormBytes(services.config))
        let fields: [String: [String]]
        var checked: [EvidenceStore.Checked] = []
        if let form {
            try QueryString.rejectNUL(form.fields)
            fields = form.fields
            checked = try withExtendedLifetime(form) {
                try (form.files["report"] ?? []).filter { $0.size > 0 }.map {
                    try services.evidence.check(filename: $0.filename, data: try $0.data())
                }
            }
        } else {
            fields = try await request.formData().fields
        }
        func field(_ name: String) -> String { fields[name]?.last ?? "" }
        return try await act(request, context, anchor: "evaluations") { power, p in
            _ = try await services.powers.recordEvaluation(
                power.id, evaluatedOn: field("evaluatedOn"), conclusion: field("conclusion"), summary: field("summary"), files: checked, by: p)
        }
    }

    /// Uploads entrustment agreements (multipart, `agreement` files).
    func addAgreements(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        _ = try await PowerService.editablePower(try context.parameters.require("id", as: Int.self), p, on: sql)
        let form = try await UploadedForm.of(request, context: context, limit: ReportService.maxFormBytes(services.config))
        return try await act(request, context, anchor: "agreements") { power, p in
            let checked = try withExtendedLifetime(form) {
                try (form?.files["agreement"] ?? []).map { try services.evidence.check(filename: $0.filename, data: try $0.data()) }
            }
            try await services.powers.addAgreements(power.id, files: checked, by: p)
        }
    }

    /// A stored document's download, for whoever sees the power (404 otherwise).
    func file(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        guard let file = try await PowerQueries.file(id, on: sql), let power = try await PowerQueries.power(file.ownerId, on: sql),
            Access.seesPower(power.jurisdictionPath, p)
        else { throw AppError.notFound(entity: "evidence", id: String(id)) }
        return try await InspectionPages.download(file.evidence, services: services)
    }

    // MARK: Import

    func importForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let d = try await PowerService.editableDecision(try context.parameters.require("id", as: Int.self), try context.requirePrincipal(), on: sql)
        return importPage(d, report: nil, filename: "", content: "", request: request, context: context)
    }

    func importPage(
        _ d: PowerDecisionRecord, report: PowerService.ImportReport?, filename: String, content: String, request: Request,
        context: AppRequestContext
    ) -> Response {
        let l = context.language
        let view = PowerImportView(
            decisionId: d.id, decisionLabel: Self.decisionLabel(d), hasReport: report != nil,
            problems: (report?.problems ?? []).map { pr in
                .init(
                    place: pr.row == 0
                        ? L10n.t("authorization.import.file", l)
                        : L10n.fill("authorization.import.place", l, String(pr.row), pr.column.isEmpty ? "—" : pr.column),
                    message: pr.message)
            },
            hasProblems: !(report?.problems.isEmpty ?? true), canCommit: report.map { $0.dryRun && $0.ok } ?? false, filename: filename,
            content: content,
            summary: report.map { r in
                r.dryRun
                    ? L10n.fill(
                        r.ok ? "authorization.import.dryRunOK" : "authorization.import.dryRunProblems", l, String(r.rows), String(r.problems.count))
                    : (r.ok
                        ? L10n.fill("power.import.committed", l, String(r.created)) : L10n.fill("power.import.refused", l, String(r.problems.count)))
            } ?? "")
        return renderer.page(
            "powers/import", title: L10n.t("power.import.title", l), view: view, context: context, request: request,
            status: report.map { r -> HTTPResponse.Status in r.ok ? .ok : .unprocessableContent } ?? .ok, active: "powers")
    }

    /// The upload (multipart, a file) runs the dry run; the dry run's page posts the same bytes back (base64) to commit them.
    func runImport(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let d = try await PowerService.editableDecision(try context.parameters.require("id", as: Int.self), p, on: sql)
        let data: Data
        let filename: String
        var commit = false
        let limit = AuthorizationPages.maxUploadBytes
        if let form = try await UploadedForm.of(request, context: context, limit: limit + 64 * 1024) {
            try QueryString.rejectNUL(form.fields)
            guard let file = form.file("file"), file.size > 0 else { throw AppError.validation([ValidationIssue(field: "file", code: .fileEmpty)]) }
            guard file.size <= limit else {
                throw AppError.validation([ValidationIssue(field: "file", code: .fileTooLarge, limit: limit / 1_048_576)])
            }
            data = try withExtendedLifetime(form) { try file.data() }
            filename = file.filename
        } else {
            let f = try await request.formData(limit: limit * 2)
            guard let decoded = Data(base64Encoded: f.string("content")), !decoded.isEmpty else {
                throw AppError.validation([ValidationIssue(field: "file", code: .fileEmpty)])
            }
            data = decoded
            filename = f.string("filename")
            commit = f.string("commit") == "1"
        }
        let report = try await services.powers.importPowers(
            decisionId: d.id, data: data, filename: filename, dryRun: !commit, language: context.language, by: p)
        if commit && report.ok { return Response(status: .seeOther, headers: [.location: "/powers?decision=\(d.id)"]) }
        return importPage(d, report: report, filename: filename, content: data.base64EncodedString(), request: request, context: context)
    }
}

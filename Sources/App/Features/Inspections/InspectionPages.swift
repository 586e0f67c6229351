import Foundation
import HTTPTypes
import Hummingbird
import ReformCore
import SQLKit

/// The inspection pages: the list (with good practice for commendation), a new inspection, an inspection with its
/// findings and the form to record one, a finding, and the findings' evidence.
struct InspectionPages: PageHandlers {
    let services: AppServices

    static let scope = "inspections"

    func list(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let l = context.language
        let rows = try await InspectionQueries.inspections(for: p, on: sql)
        let good = try await InspectionQueries.goodPractice(for: p, on: sql).filter { !p.role.isUnitRole || $0.unitId == p.unitId }
        let view = InspectionListView(
            rows: rows.map {
                .init(
                    id: $0.id, title: $0.title, kind: L10n.t("inspectionKind." + $0.kind, l), jurisdiction: $0.jurisdictionName,
                    dates: Self.dates($0, l), isDemo: $0.isDemo)
            },
            hasRows: !rows.isEmpty, canCreate: Access.canCreateInspections(p),
            goodPractice: good.map { Self.line($0, rectification: nil, l) }, hasGoodPractice: !good.isEmpty)
        return renderer.page(
            "inspections/inspections", title: L10n.t("inspections.title", l), view: view, context: context, request: request, active: "inspections")
    }

    // MARK: New inspection

    func new(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try AccessGuard(context, sql: sql).requireInspectionCreator()
        let p = try context.requirePrincipal()
        let today = services.clock.today
        let draft = InspectionDraft(
            kind: InspectionKind.comprehensive.rawValue, title: "", jurisdictionId: p.jurisdictionId, scopeKind: "subtree", scopeRef: nil,
            unitIds: [], memberIds: p.role == .inspector ? [p.userId] : [], startsOn: today.iso, endsOn: today.adding(days: 14).iso)
        return try await newPage(draft, issues: [], context: context, request: request)
    }

    func create(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let guarded = try AccessGuard(context, sql: sql)
        try guarded.requireInspectionCreator()
        let f = try await request.formData()
        let scopeKind = f.string("scopeKind")
        let draft = InspectionDraft(
            kind: f.string("kind"), title: f.string("title"), jurisdictionId: f.int("jurisdictionId"), scopeKind: scopeKind,
            scopeRef: scopeKind == "plan" ? f.int("planRef") : scopeKind == "field" ? f.int("fieldRef") : nil,
            unitIds: f.ints("unitIds"), memberIds: f.ints("memberIds"), startsOn: f.string("startsOn"), endsOn: f.string("endsOn"))
        do {
            let made = try await services.inspections.create(draft, by: guarded.principal)
            return Response(status: .seeOther, headers: [.location: "/inspections/\(made.id)"])
        } catch AppError.validation(let issues) {
            return try await newPage(draft, issues: issues, context: context, request: request, status: .unprocessableContent)
        }
    }

    private func newPage(
        _ d: InspectionDraft, issues: [ValidationIssue], context: AppRequestContext, request: Request, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let p = try context.requirePrincipal()
        let l = context.language
        let scope = p.isNationwide ? nil : p.jurisdictionPath
        let jurisdictions = try await JurisdictionQueries.all(within: scope, on: sql)
        let chosen = jurisdictions.first { $0.id == d.jurisdictionId } ?? jurisdictions.first
        let plans = try await chosen.asyncMap { try await PlanQueries.inSubtree(of: $0, on: sql) } ?? []
        var fields: [InspectionQueries.FindingItem] = []
        if !plans.isEmpty {
            fields = try await sql.all(
                InspectionQueries.FindingItem.self,
                """
                SELECT id, number, title FROM plan_items WHERE plan_id IN (\(binds: plans.map(\.id))) AND parent_id IS NULL
                ORDER BY plan_id, sort_key LIMIT 300
                """)
        }
        let units = try await chosen.asyncMap { try await UnitQueries.selectable(for: $0, on: sql) } ?? []
        let inspectors = try await chosen.asyncMap { try await InspectionQueries.inspectors(near: $0.path, on: sql) } ?? []
        let errors = issues.map { L10n.issue($0, l, scope: Self.scope) }
        let view = InspectionFormView(
            errors: errors, hasErrors: !errors.isEmpty,
            kinds: InspectionKind.allCases.map {
                .init(value: $0.rawValue, label: L10n.t("inspectionKind." + $0.rawValue, l), selected: $0.rawValue == d.kind)
            },
            title: d.title,
            jurisdictions: jurisdictions.map { .init(value: String($0.id), label: $0.name, selected: $0.id == chosen?.id) },
            scopeKinds: InspectionDraft.scopeKinds.map { .init(value: $0, label: L10n.t("inspectionScope." + $0, l), selected: $0 == d.scopeKind) },
            plans: plans.map { .init(value: String($0.id), label: $0.title, selected: d.scopeKind == "plan" && $0.id == d.scopeRef) },
            fields: fields.map { .init(value: String($0.id), label: $0.number + $0.title, selected: d.scopeKind == "field" && $0.id == d.scopeRef) },
            units: units.map { .init(value: String($0.id), label: $0.name, selected: d.unitIds.contains($0.id)) },
            inspectors: inspectors.map {
                .init(value: String($0.userId), label: "\($0.displayName)（\($0.username)）", selected: d.memberIds.contains($0.userId))
            },
            startsOn: d.startsOn, endsOn: d.endsOn)
        return renderer.page(
            "inspections/inspection_new", title: L10n.t("inspections.new", l), view: view, context: context, request: request, status: status)
    }

    // MARK: An inspection and its findings

    func show(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        return try await inspectionPage(id, form: nil, issues: [], context: context, request: request)
    }

    /// Records a finding (multipart, with evidence): the team or the office only, settled before the body is read.
    func addFinding(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        let guarded = try AccessGuard(context, sql: sql)
        _ = try await guarded.recordFindings(id)
        let (fields, files) = try await Self.multipart(request, context: context, services: services)
        func value(_ k: String) -> String { fields[k]?.last ?? "" }
        func int(_ k: String) -> Int? { Int(value(k).trimmingCharacters(in: .whitespaces)) }
        let draft = FindingDraft(
            nature: value("nature"), unitId: int("unitId"), itemIds: (fields["itemIds"] ?? []).compactMap { Int($0) },
            category: value("category"), severity: value("severity"), description: value("description"))
        let rectification = RectificationDraft(
            leadUnitId: int("leadUnitId") ?? draft.unitId, deadline: value("deadline"), measures: value("measures"),
            evidenceRequired: value("evidenceRequired"))
        do {
            let checked = try files.filter { !($0.filename.isEmpty && $0.size == 0) }.map {
                try services.supervisionEvidence(filename: $0.filename, data: try $0.data())
            }
            let finding = try await services.inspections.addFinding(
                inspectionId: id, draft, rectification: rectification, files: checked, by: guarded.principal)
            return Response(status: .seeOther, headers: [.location: "/findings/\(finding.id)"])
        } catch AppError.validation(let issues) {
            return try await inspectionPage(
                id, form: (draft, rectification), issues: issues, context: context, request: request, status: .unprocessableContent)
        }
    }

    private func inspectionPage(
        _ id: Int, form: (FindingDraft, RectificationDraft)?, issues: [ValidationIssue], context: AppRequestContext, request: Request,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let l = context.language
        let guarded = try AccessGuard(context, sql: sql)
        let p = guarded.principal
        let (i, member) = try await guarded.readInspection(id)
        let members = try await InspectionQueries.members(of: id, on: sql)
        let units = try await InspectionQueries.units(of: id, on: sql)
        var findings = try await InspectionQueries.findings(ofInspection: id, on: sql)
        var states: [Int: RectificationRecord] = [:]
        for f in findings { if let r = f.rectificationId { states[f.id] = try await InspectionQueries.rectification(r, on: sql) } }
        if p.role.isUnitRole {
            findings = findings.filter { $0.unitId == p.unitId || states[$0.id]?.leadUnitId == p.unitId }
        }
        let scopeTitle = try await InspectionQueries.scopeTitle(i, on: sql)
        var view = InspectionPageView(
            id: i.id, title: i.title, kind: L10n.t("inspectionKind." + i.kind, l), jurisdiction: i.jurisdictionName,
            scope: L10n.t("inspectionScope." + i.scopeKind, l) + (scopeTitle.map { "：" + $0 } ?? ""),
            dates: Self.dates(i, l), createdBy: i.createdBy,
            team: members.map { "\($0.displayName)（\($0.username)）" }, units: units.map(\.name), hasUnits: !units.isEmpty,
            findings: findings.map { Self.line($0, rectification: states[$0.id], l) }, hasFindings: !findings.isEmpty, form: nil,
            ledgerURL: "/rectifications?inspection=\(i.id)")
        if Access.canRecordFindings(path: i.jurisdictionPath, isMember: member, p) {
            let (d, r) =
                form
                ?? (
                    FindingDraft(nature: FindingNature.problem.rawValue, unitId: nil, itemIds: [], category: "", severity: "", description: ""),
                    RectificationDraft(leadUnitId: nil, deadline: services.clock.today.adding(days: 30).iso, measures: "", evidenceRequired: "")
                )
            let unitOptions = try await InspectionQueries.findingUnits(for: i, on: sql)
            let items = try await InspectionQueries.scopeItems(for: i, on: sql)
            let errors = issues.map { L10n.issue($0, l, scope: Self.scope) }
            func options<T: RawRepresentable & CaseIterable>(_ type: T.Type, _ ns: String, _ chosen: String) -> [InspectionOption]
            where T.RawValue == String {
                [InspectionOption(value: "", label: "—", selected: chosen.isEmpty)]
                    + T.allCases.map {
                        InspectionOption(value: $0.rawValue, label: L10n.t(ns + "." + $0.rawValue, l), selected: $0.rawValue == chosen)
                    }
            }
            view.form = FindingFormView(
                errors: errors, hasErrors: !errors.isEmpty,
                natures: FindingNature.allCases.map {
                    .init(value: $0.rawValue, label: L10n.t("findingNature." + $0.rawValue, l), selected: $0.rawValue == d.nature)
                },
                units: [InspectionOption(value: "", label: "—", selected: d.unitId == nil)]
                    + unitOptions.map { .init(value: String($0.id), label: $0.name, selected: $0.id == d.unitId) },
                items: items.map { .init(value: String($0.id), label: $0.number + $0.title, selected: d.itemIds.contains($0.id)) },
                hasItems: !items.isEmpty,
                categories: options(FindingCategory.self, "findingCategory", d.category),
                severities: options(FindingSeverity.self, "findingSeverity", d.severity),
                description: d.description,
                leadUnits: [InspectionOption(value: "", label: L10n.t("inspections.sameUnit", l), selected: r.leadUnitId == nil)]
                    + unitOptions.map { .init(value: String($0.id), label: $0.name, selected: $0.id == r.leadUnitId && form != nil) },
                deadline: r.deadline, measures: r.measures, evidenceRequired: r.evidenceRequired)
        }
        return renderer.page(
            "inspections/inspection", title: i.title, view: view, context: context, request: request, status: status, isDemo: i.isDemo)
    }

    // MARK: A finding

    func finding(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let id = try context.parameters.require("id", as: Int.self)
        let (f, i, _) = try await AccessGuard(context, sql: sql).readFinding(id)
        let items = try await InspectionQueries.items(ofFinding: id, on: sql)
        let evidence = try await InspectionQueries.findingEvidence(ofFinding: id, on: sql)
        let view = FindingPageView(
            id: f.id, inspectionId: i.id, inspectionTitle: i.title, unitName: f.unitName, nature: L10n.t("findingNature." + f.nature, l),
            isGoodPractice: f.findingNature == .goodPractice, category: f.category.map { L10n.t("findingCategory." + $0, l) } ?? "",
            severity: f.severity.map { L10n.t("findingSeverity." + $0, l) } ?? "", description: f.description, createdBy: f.createdBy,
            createdAt: displayTime(f.createdAt, l), items: items.map { .init(id: $0.id, label: $0.number + $0.title) },
            hasItems: !items.isEmpty, evidence: evidence.map { Self.evidenceLine($0, url: "/finding-evidence/\($0.id)", l) },
            hasEvidence: !evidence.isEmpty, rectificationId: f.rectificationId)
        return renderer.page("inspections/finding", title: L10n.t("findings.title", l) + " #\(f.id)", view: view, context: context, request: request)
    }

    func findingEvidence(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        let file = try await InspectionQueries.findingEvidenceFile(id, on: sql)
        do {
            _ = try await AccessGuard(context, sql: sql).readFinding(file.ownerId)
        } catch AppError.notFound {
            throw AppError.notFound(entity: "evidence", id: String(id))
        }
        return try await Self.download(file, services: services)
    }

    // MARK: Shared

    static func dates(_ i: InspectionRecord, _ l: Language) -> String {
        L10n.date(i.startsOn, l) + " " + L10n.t("inspections.to", l) + " " + L10n.date(i.endsOn, l)
    }

    static func line(_ f: FindingRecord, rectification: RectificationRecord?, _ l: Language) -> FindingLineView {
        FindingLineView(
            id: f.id, unitName: f.unitName, nature: L10n.t("findingNature." + f.nature, l), isGoodPractice: f.findingNature == .goodPractice,
            category: f.category.map { L10n.t("findingCategory." + $0, l) } ?? "",
            severity: f.severity.map { L10n.t("findingSeverity." + $0, l) } ?? "",
            description: f.description, rectificationId: f.rectificationId,
            rectificationState: rectification.map { L10n.t("rectificationState." + $0.state, l) } ?? "", stateKey: rectification?.state ?? "")
    }

    static func evidenceLine(_ e: SupervisionEvidenceRecord, url: String, _ l: Language) -> EvidenceLineView {
        EvidenceLineView(url: url, name: e.originalName, size: ReportPages.fileSize(e.size, l), uploadedBy: e.uploadedBy)
    }

    /// A multipart form's fields and its `evidence` files (a urlencoded form has fields only), under the evidence limit.
    static func multipart(_ request: Request, context: AppRequestContext, services: AppServices) async throws -> (
        [String: [String]], [UploadedForm.File]
    ) {
        let limit = ReportService.maxFormBytes(services.config)
        if let form = try await UploadedForm.of(request, context: context, limit: limit) {
            try QueryString.rejectNUL(form.fields)
            return (form.fields, form.files["evidence"] ?? [])
        }
        let buffer = try await request.body.collect(upTo: limit)
        let fields = QueryString.parse(String(buffer: buffer))
        try QueryString.rejectNUL(fields)
        return (fields, [])
    }

    /// An evidence file's download, streamed from the file store, as a progress report's evidence is.
    static func download(_ file: SupervisionEvidenceRecord, services: AppServices) async throws -> Response {
        guard let stored = try await services.files.file(file.storageKey) else { throw AppError.notFound(entity: "evidence", id: String(file.id)) }
        return Response(
            status: .ok,
            headers: [
                .contentType: file.contentType, .cacheControl: "private, no-store",
                .contentDisposition: ContentDisposition.attachment(filename: file.originalName, asciiFallback: "evidence-\(file.id)"),
                HTTPField.Name("X-Content-Type-Options")!: "nosniff"
            ], body: services.files.body(of: stored))
    }
}

import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// The notices' pages: the list, a new notice from a source, a notice with its receipts, 签发 and 签收, the A4 print page
/// with the red header, the unsigned list and the numbering sequences.
struct NoticePages: PageHandlers {
    let services: AppServices

    // MARK: Lists

    func list(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let guarded = try AccessGuard(context, sql: sql)
        let notices = try await NoticeQueries.list(for: guarded.principal, on: sql)
        let canIssue = Access.canIssueNotices(guarded.principal)
        let practices = canIssue ? try await InspectionQueries.goodPractice(for: guarded.principal, on: sql) : []
        let view = NoticeListView(
            heading: L10n.t("notice.title", l), rows: try await rows(notices, l), hasRows: !notices.isEmpty, canIssue: canIssue,
            kinds: NoticeKind.allCases.map { .init(value: $0.rawValue, label: L10n.t("noticeKind." + $0.rawValue, l)) },
            practices: practices.prefix(20).map {
                .init(link: "/notices/new?source=finding:\($0.id)&kind=commendation", unit: $0.unitName, text: $0.description)
            },
            hasPractices: !practices.isEmpty)
        return renderer.page(
            "notices/notices", title: L10n.t("notice.title", l), view: view, context: context, request: request,
            isDemo: notices.contains { $0.isDemo }, active: "notices")
    }

    func unsigned(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let guarded = try AccessGuard(context, sql: sql)
        let notices = try await NoticeQueries.unsigned(for: guarded.principal, on: sql)
        let view = NoticeListView(
            heading: L10n.t("notice.unsigned", l), rows: try await rows(notices, l), hasRows: !notices.isEmpty, canIssue: false, kinds: [],
            practices: [], hasPractices: false)
        return renderer.page(
            "notices/unsigned", title: L10n.t("notice.unsigned", l), view: view, context: context, request: request, active: "notices")
    }

    private func rows(_ notices: [NoticeRecord], _ l: Language) async throws -> [NoticeListView.Row] {
        let recipients = Dictionary(grouping: try await NoticeQueries.recipients(of: notices.map(\.id), on: sql), by: \.noticeId)
        return notices.map { n in
            let mine = recipients[n.id] ?? []
            return NoticeListView.Row(
                id: n.id, documentNumber: n.documentNumber ?? "", hasNumber: n.documentNumber != nil, title: n.title,
                kind: L10n.t("noticeKind." + n.kind, l), state: L10n.t("notice.state." + n.state, l), stateKey: n.state,
                issuedOn: L10n.date(n.issuedOn, l), recipients: mine.map(\.displayName).joined(separator: l == .zh ? "、" : ", "),
                receipts: n.noticeKind.needsReceipt && n.isIssued
                    ? L10n.fill("notice.signedCount", l, String(mine.filter(\.isSigned).count), String(mine.count)) : "",
                isDemo: n.isDemo)
        }
    }

    // MARK: A new notice

    /// GET /notices/new?source=matter:12&kind=reminder: the form with the kind's template filled from the source.
    func newForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let guarded = try AccessGuard(context, sql: sql)
        try guarded.requireNoticeIssuer()
        let params = request.queryMultiMap
        try QueryString.rejectNUL(params)
        guard let raw = params["source"]?.last, let source = NoticeSource(parsing: raw) else {
            throw AppError.badRequest(parameter: "source", message: "expected matter:ID, rectification:ID, inspection:ID or finding:ID")
        }
        let facts = try await guarded.readNoticeSource(source)
        let kind: NoticeKind
        if let rawKind = params["kind"]?.last {
            guard let k = NoticeKind(rawValue: rawKind) else {
                throw AppError.badRequest(
                    parameter: "kind", message: "expected one of \(NoticeKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            kind = k
        } else {
            kind = facts.isGoodPractice ? .commendation : source.type == .matter ? .supervisionNotice : .reminder
        }
        let units = try await UnitQueries.byIDs(facts.unitIds, on: sql)
        let names = facts.unitIds.compactMap { id in units.first { $0.id == id }.map { $0.name } }
        let jurisdiction = try await JurisdictionQueries.require(facts.jurisdictionId, on: sql)
        let issuer = NoticeTemplate.issuer(jurisdictionName: jurisdiction.name, l)
        // The office's own template of the kind (or the nearest above, or the app's).
        let template = try await NoticeTemplateStore.effective(jurisdictionId: jurisdiction.id, path: jurisdiction.path, l, on: sql)
            .first { $0.kind == kind }!
        let draft = NoticeDraft(
            kind: kind.rawValue, source: source.text, title: NoticeTemplate.fill(template.title, facts: facts, units: names, l),
            body: NoticeTemplate.fill(template.body, facts: facts, units: names, l), issuer: issuer,
            signature: issuer, recipientIds: facts.unitIds)
        return try await formPage(draft, issues: [], request: request, context: context)
    }

    func create(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        try AccessGuard(context, sql: sql).requireNoticeIssuer()
        let f = try await request.formData()
        let draft = NoticeDraft(
            kind: f.string("kind"), source: f.string("source"), title: f.string("title"), body: f.string("body"), issuer: f.string("issuer"),
            signature: f.string("signature"), recipientIds: f.ints("recipientIds"))
        do {
            let saved = try await services.notices.createDraft(draft, by: principal)
            return Response(status: .seeOther, headers: [.location: "/notices/\(saved.id)"])
        } catch AppError.validation(let issues) {
            return try await formPage(draft, issues: issues, request: request, context: context, status: .unprocessableContent)
        }
    }

    /// The draft form: a new notice (`editing` nil) or a draft's edit (its id and version; kind and source stay).
    private func formPage(
        _ d: NoticeDraft, issues: [ValidationIssue], request: Request, context: AppRequestContext, status: HTTPResponse.Status = .ok,
        editing: (id: Int, version: Int)? = nil
    ) async throws -> Response {
        let l = context.language
        let guarded = try AccessGuard(context, sql: sql)
        var units = try await MatterQueries.unitOptions(within: guarded.listScope, on: sql)
        // The source's units first, as the template names them.
        units.sort { a, b in (d.recipientIds.firstIndex(of: a.id) ?? Int.max) < (d.recipientIds.firstIndex(of: b.id) ?? Int.max) }
        var fields: [FormField] = [
            FormField(
                name: "kind", kind: .select, value: d.kind,
                options: NoticeKind.allCases.map { ($0.rawValue, L10n.t("noticeKind." + $0.rawValue, l)) }, required: true),
            FormField(name: "title", kind: .text, value: d.title, required: true, wide: true),
            FormField(name: "body", kind: .textarea, value: d.body, required: true, hint: L10n.t("notice.hint.body", l), wide: true),
            FormField(
                name: "recipientIds", kind: .multiselect, options: units.map { (String($0.id), $0.name) },
                selected: Set(d.recipientIds.map(String.init)), required: true, wide: true),
            FormField(name: "issuer", kind: .text, value: d.issuer, required: true, hint: L10n.t("notice.hint.issuer", l)),
            FormField(name: "signature", kind: .text, value: d.signature, required: true)
        ]
        if editing != nil { fields.removeFirst() }
        let sourceText = NoticeSource(parsing: d.source).map { L10n.t("notice.sourceType." + $0.type.rawValue, l) + " #\($0.id)" } ?? d.source
        let heading = L10n.t(editing == nil ? "notice.new" : "notice.edit", l)
        var view = FormPageView(
            heading: heading, subheading: L10n.fill("notice.from", l, sourceText), action: editing.map { "/notices/\($0.id)" } ?? "/notices",
            version: editing?.version ?? 0, hidden: editing == nil ? [.init(name: "source", value: d.source)] : [], fields: fields, issues: [],
            cancelURL: editing.map { "/notices/\($0.id)" } ?? "/notices", language: l)
        view.fields = view.fields.map { field in
            var f = field
            f.label = L10n.field(f.name, l, scope: "notice")
            let errors = issues.filter { $0.field == f.name }.map { L10n.issue($0, l, scope: "notice") }
            f.error = errors.joined(separator: "；")
            f.hasError = !errors.isEmpty
            return f
        }
        view.issues = issues.map { L10n.issue($0, l, scope: "notice") }
        view.hasIssues = !issues.isEmpty
        return renderer.page("form", title: heading, view: view, context: context, request: request, status: status, active: "notices")
    }

    // MARK: Editing and deleting a draft

    func editForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        let n = try await AccessGuard(context, sql: sql).issueNotice(id)
        guard !n.isIssued else { return Response(status: .seeOther, headers: [.location: "/notices/\(id)"]) }
        let recipients = try await NoticeQueries.recipients(of: id, on: sql)
        return try await formPage(
            Self.draft(of: n, recipients: recipients.map(\.unitId)), issues: [], request: request, context: context, editing: (id, n.version))
    }

    /// POST /notices/{id}: the edit form's answer (title, body, issuer, signature, recipientIds, version).
    func update(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        let n = try await AccessGuard(context, sql: sql).issueNotice(id)
        let f = try await request.formData()
        let version = f.int("version") ?? 0
        var draft = Self.draft(of: n, recipients: f.ints("recipientIds"))
        (draft.title, draft.body, draft.issuer, draft.signature) = (f.string("title"), f.string("body"), f.string("issuer"), f.string("signature"))
        do {
            _ = try await services.notices.updateDraft(
                id, title: draft.title, body: draft.body, issuer: draft.issuer, signature: draft.signature, recipientIds: draft.recipientIds,
                baseVersion: version, by: principal)
            return Response(status: .seeOther, headers: [.location: "/notices/\(id)"])
        } catch AppError.validation(let issues) {
            return try await formPage(
                draft, issues: issues, request: request, context: context, status: .unprocessableContent, editing: (id, version))
        }
    }

    /// POST /notices/{id}/delete: a draft goes (version in the form).
    func delete(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        _ = try await AccessGuard(context, sql: sql).issueNotice(id)
        let f = try await request.formData()
        try await services.notices.deleteDraft(id, baseVersion: f.int("version") ?? 0, by: principal)
        return Response(status: .seeOther, headers: [.location: "/notices"])
    }

    private static func draft(of n: NoticeRecord, recipients: [Int]) -> NoticeDraft {
        NoticeDraft(
            kind: n.kind, source: NoticeSource.SourceType(rawValue: n.sourceType).map { NoticeSource(type: $0, id: n.sourceId).text } ?? "",
            title: n.title, body: n.body, issuer: n.issuer, signature: n.signature, recipientIds: recipients)
    }

    // MARK: A notice

    func notice(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await noticePage(try context.parameters.require("id", as: Int.self), request: request, context: context)
    }

    /// POST /notices/{id}/issue: version, recordCommendations (a commendation's recipients get a record each).
    func issue(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        _ = try await AccessGuard(context, sql: sql).issueNotice(id)
        let f = try await request.formData()
        do {
            _ = try await services.notices.issue(
                id, baseVersion: f.int("version") ?? 0, recordCommendations: f.string("recordCommendations") == "1", by: principal)
            return Response(status: .seeOther, headers: [.location: "/notices/\(id)"])
        } catch AppError.unprocessable(let code, let message) {
            let text = L10n.errorMessage(code: code, fallback: message, context.language)
            return try await noticePage(id, request: request, context: context, status: .unprocessableContent, error: text)
        }
    }

    /// POST /notices/{id}/receipt: the reader's unit signs for the notice.
    func receipt(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        _ = try await AccessGuard(context, sql: sql).signNotice(id)
        _ = try await request.formData()
        _ = try await services.notices.sign(id, by: principal)
        return Response(status: .seeOther, headers: [.location: "/notices/\(id)"])
    }

    private func noticePage(
        _ id: Int, request: Request, context: AppRequestContext, status: HTTPResponse.Status = .ok, error: String = ""
    ) async throws -> Response {
        let l = context.language
        let guarded = try AccessGuard(context, sql: sql)
        let (n, recipients) = try await guarded.readNotice(id)
        let source = NoticeSource.SourceType(rawValue: n.sourceType).map { NoticeSource(type: $0, id: n.sourceId) }
        let receiptUnit = Access.receiptUnit(recipientUnitIds: recipients.map(\.unitId), guarded.principal)
        let view = NoticePageView(
            id: n.id, version: n.version, title: n.title, kind: L10n.t("noticeKind." + n.kind, l), state: L10n.t("notice.state." + n.state, l),
            stateKey: n.state, isDraft: !n.isIssued, documentNumber: n.documentNumber ?? "", issuer: n.issuer,
            body: n.body.components(separatedBy: "\n"), signature: n.signature, issuedOn: L10n.date(n.issuedOn, l), issuedBy: n.issuedBy ?? "",
            sourceLink: source?.link ?? "", sourceLabel: source.map { L10n.t("notice.sourceType." + $0.type.rawValue, l) + " #\($0.id)" } ?? "",
            recipients: recipients.map {
                .init(name: $0.name, signed: $0.isSigned, signedAt: displayTime($0.signedAt, l), signedBy: $0.signedBy ?? "")
            },
            needsReceipt: n.noticeKind.needsReceipt && n.isIssued,
            signedText: L10n.fill("notice.signedCount", l, String(recipients.filter(\.isSigned).count), String(recipients.count)),
            canIssue: !n.isIssued && Access.managesNotice(jurisdictionPath: n.jurisdictionPath, guarded.principal),
            isCommendation: n.noticeKind == .commendation,
            canSign: n.isIssued && n.noticeKind.needsReceipt
                && receiptUnit.map { unit in !recipients.contains { $0.unitId == unit && $0.isSigned } } == true,
            error: error, hasError: !error.isEmpty)
        return renderer.page(
            "notices/notice", title: n.title, view: view, context: context, request: request, status: status, isDemo: n.isDemo,
            active: "notices")
    }

    /// GET /notices/{id}/print: A4 with the red header (红头): the issuing office in red, the document number, a red rule.
    func print(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let id = try context.parameters.require("id", as: Int.self)
        let (n, recipients) = try await AccessGuard(context, sql: sql).readNotice(id)
        let view = NoticePrintView(
            issuer: n.issuer, documentNumber: n.documentNumber ?? "", hasNumber: n.documentNumber != nil, title: n.title,
            recipients: recipients.map(\.name).joined(separator: l == .zh ? "、" : ", "),
            paragraphs: n.body.components(separatedBy: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty },
            signature: n.signature, date: L10n.date(n.issuedOn ?? services.clock.today.iso, l), isDraft: !n.isIssued)
        return renderer.page("notices/notice_print", title: n.title, view: view, context: context, request: request)
    }

    // MARK: Sequences

    func sequences(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try AccessGuard(context, sql: sql).requireNoticeIssuer()
        return try await sequencesPage(request: request, context: context)
    }

    /// POST /settings/notice-sequences: jurisdictionId, name, prefix, suffix, kinds (repeated).
    func createSequence(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        try AccessGuard(context, sql: sql).requireNoticeIssuer()
        let f = try await request.formData()
        do {
            _ = try await services.notices.createSequence(
                jurisdictionId: f.int("jurisdictionId"), name: f.string("name"), prefix: f.string("prefix"), suffix: f.string("suffix"),
                kinds: (f.fields["kinds"] ?? []), by: principal)
            return Response(status: .seeOther, headers: [.location: "/settings/notice-sequences"])
        } catch AppError.validation(let issues) {
            return try await sequencesPage(
                request: request, context: context, status: .unprocessableContent, issues: issues,
                typed: (f.int("jurisdictionId"), f.string("name"), f.string("prefix"), f.string("suffix"), (f.fields["kinds"] ?? [])))
        }
    }

    private func sequencesPage(
        request: Request, context: AppRequestContext, status: HTTPResponse.Status = .ok, issues: [ValidationIssue] = [],
        typed: (Int?, String, String, String, [String]) = (nil, "", "", "number", [])
    ) async throws -> Response {
        let l = context.language
        let guarded = try AccessGuard(context, sql: sql)
        let sequences = try await NoticeQueries.sequences(within: guarded.listScope, on: sql)
        let jurisdictions = try await JurisdictionQueries.all(within: guarded.listScope, on: sql)
        let chosen = typed.0 ?? guarded.principal.jurisdictionId
        let view = NoticeSequencesView(
            rows: sequences.map { s in
                .init(
                    jurisdiction: s.jurisdictionName, name: s.name,
                    pattern: s.pattern?.format(year: services.clock.today.year, number: 1) ?? s.prefix,
                    kinds: s.kinds.map { L10n.t("noticeKind." + $0, l) }.joined(separator: l == .zh ? "、" : ", "))
            },
            hasRows: !sequences.isEmpty,
            jurisdictions: jurisdictions.map { .init(value: String($0.id), label: $0.name, selected: $0.id == chosen) },
            suffixes: DocumentNumberPattern.Suffix.allCases.map {
                .init(value: $0.rawValue, label: L10n.t("notice.suffix." + $0.rawValue, l), selected: $0.rawValue == typed.3)
            },
            kinds: NoticeKind.allCases.map {
                .init(value: $0.rawValue, label: L10n.t("noticeKind." + $0.rawValue, l), selected: typed.4.contains($0.rawValue))
            },
            name: typed.1, prefix: typed.2, issues: issues.map { L10n.issue($0, l, scope: "notice") }, hasIssues: !issues.isEmpty)
        return renderer.page(
            "notices/sequences", title: L10n.t("notice.sequences", l), view: view, context: context, request: request, status: status,
            active: "notices")
    }
}

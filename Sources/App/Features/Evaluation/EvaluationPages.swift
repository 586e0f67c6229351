import Foundation
import Hummingbird
import ReformCore
import SQLKit

/// Evaluation's pages: the rounds, a round (its result and ranking with filters, its setup), a subject's scores and the
/// forms to give them, exports, the import of scores with its dry run, and the notice (公示), printable and public.
struct EvaluationPages: PageHandlers {
    let services: AppServices

    // MARK: Rounds

    func index(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await indexPage(request, context)
    }

    func indexPage(
        _ request: Request, _ context: AppRequestContext, status: HTTPResponse.Status = .ok, issues: [ValidationIssue] = [],
        values: [String: [String]] = [:]
    ) async throws -> Response {
        let p = try context.requirePrincipal()
        let l = context.language
        let f = try EvaluationRoundFilter.parse { request.uri.queryParameters.get($0) }
        let (rounds, hasNext) = try await EvaluationQueries.rounds(for: p, f, on: sql)
        var editable: [JurisdictionRecord] = []
        if p.role != .reviewer {
            editable = ReplicationPages.upperLevels(try await JurisdictionQueries.all(within: Access.authorizationScope(p), on: sql)).filter {
                Access.canEditEvaluation(in: $0.path, p)
            }
        }
        func url(_ page: Int) -> String {
            var parts: [(String, String)] = []
            if let y = f.year { parts.append(("year", String(y))) }
            if let s = f.state { parts.append(("state", s.rawValue)) }
            if page > 1 { parts.append(("page", String(page))) }
            return "/evaluations" + (parts.isEmpty ? "" : "?" + QueryString.encode(parts))
        }
        let thisYear = services.clock.today.year
        let view = EvaluationIndexView(
            rounds: rounds.map {
                .init(
                    id: $0.id, title: $0.title, year: $0.year, jurisdiction: $0.jurisdictionName, state: L10n.t("evaluationState." + $0.state, l),
                    stateCode: $0.state, isDemo: $0.isDemo)
            },
            hasRounds: !rounds.isEmpty,
            years: [EvaluationOption(value: "", label: L10n.t("evaluation.filter.any", l), selected: f.year == nil)]
                + (thisYear - 6...thisYear).reversed().map { EvaluationOption(value: String($0), label: String($0), selected: f.year == $0) },
            states: [EvaluationOption(value: "", label: L10n.t("evaluation.filter.any", l), selected: f.state == nil)]
                + EvaluationState.allCases.map {
                    EvaluationOption(value: $0.rawValue, label: L10n.t("evaluationState." + $0.rawValue, l), selected: f.state == $0)
                },
            prevURL: url(f.page - 1), nextURL: url(f.page + 1), hasPrev: f.page > 1, hasNext: hasNext, page: f.page, canCreate: !editable.isEmpty,
            jurisdictions: editable.map {
                EvaluationOption(
                    value: String($0.id), label: $0.name, selected: String($0.id) == (values["jurisdictionId"]?.last ?? String(p.jurisdictionId)))
            },
            values: ["title", "year", "description", "weightSelf", "weightOffice", "weightReviewer", "bestCount", "excellentCount"].reduce(into: [:])
            {
                $0[$1] = values[$1]?.last ?? Self.defaults($1, year: thisYear)
            },
            errors: issues.map { L10n.issue($0, l, scope: "evaluation") }, hasErrors: !issues.isEmpty)
        return renderer.page(
            "evaluation/index", title: L10n.t("evaluation.title", l), view: view, context: context, request: request, status: status,
            isDemo: rounds.contains { $0.isDemo }, active: "evaluations")
    }

    static func defaults(_ key: String, year: Int) -> String {
        switch key {
        case "year": String(year)
        case "weightSelf": "20"
        case "weightOffice": "30"
        case "weightReviewer": "50"
        case "bestCount": "10"
        case "excellentCount": "40"
        default: ""
        }
    }

    static func roundInput(_ f: FormData) -> EvaluationService.RoundInput {
        .init(
            jurisdictionId: f.int("jurisdictionId"), title: f.string("title"), year: f.string("year"), description: f.string("description"),
            weightSelf: f.string("weightSelf"), weightOffice: f.string("weightOffice"), weightReviewer: f.string("weightReviewer"),
            bestCount: f.string("bestCount"), excellentCount: f.string("excellentCount"))
    }

    func create(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        try Access.require(Access.canEditEvaluation(in: p.jurisdictionPath, p), "evaluation_edit")
        let f = try await request.formData()
        do {
            let round = try await services.evaluation.createRound(Self.roundInput(f), by: p)
            return Response(status: .seeOther, headers: [.location: "/evaluations/\(round.id)"])
        } catch AppError.validation(let issues) {
            return try await indexPage(request, context, status: .unprocessableContent, issues: issues, values: f.fields)
        }
    }

    // MARK: A round

    func round(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let round = try await EvaluationService.readableRound(
            try context.parameters.require("id", as: Int.self), try context.requirePrincipal(), on: sql)
        return try await roundPage(round, request: request, context: context)
    }

    /// What a request's result filter covers: the filter and the chosen jurisdiction's path (404 outside the reader's view).
    static func filter(_ request: Request, _ context: AppRequestContext, sql: any SQLDatabase) async throws -> (EvaluationFilter, String?) {
        let f = try EvaluationFilter.parse { request.uri.queryParameters.get($0) }
        var path: String?
        if let id = f.jurisdiction {
            let j = try await JurisdictionQueries.find(id, on: sql)
            guard let j else { throw AppError.notFound(entity: "jurisdiction", id: String(id)) }
            path = j.path
        }
        return (f, path)
    }

    /// The rows of a round's result the reader may see: all of them for whoever sees the round's jurisdiction, else those
    /// in the reader's view (a district's unit sees its own subjects' results).
    static func visibleResults(_ round: EvaluationRoundRecord, _ p: Principal, on sql: any SQLDatabase) async throws -> [EvaluationResultRow] {
        let all = try await EvaluationQueries.results(round, on: sql)
        if p.sees(jurisdictionPath: round.jurisdictionPath) || p.role == .reviewer { return all }
        return all.filter { p.sees(jurisdictionPath: $0.subject.jurisdictionPath) }
    }

    func roundPage(
        _ round: EvaluationRoundRecord, request: Request, context: AppRequestContext, status: HTTPResponse.Status = .ok,
        issues: [ValidationIssue] = [], values: [String: [String]] = [:]
    ) async throws -> Response {
        let p = try context.requirePrincipal()
        let l = context.language
        let (f, path) = try await Self.filter(request, context, sql: sql)
        let criteria = try await EvaluationQueries.criteria(of: round.id, on: sql)
        let all = try await Self.visibleResults(round, p, on: sql)
        var matching = all.filter { f.matches($0, jurisdictionPath: path) }
        // A reviewer's list is in subject order: the ranking's order would tell the other sources' scores.
        if p.role == .reviewer { matching.sort { ($0.subject.jurisdictionPath, $0.subject.id) < ($1.subject.jurisdictionPath, $1.subject.id) } }
        let size = EvaluationFilter.pageSize
        let pageRows = Array(matching.dropFirst((f.page - 1) * size).prefix(size))
        let isReviewer = p.role == .reviewer
        var mine: [Int: Int] = [:]
        if isReviewer {
            for s in try await EvaluationQueries.scores(of: round.id, on: sql)
            where s.source == EvaluationSource.reviewer.rawValue && s.reviewerId == p.userId {
                mine[s.subjectId, default: 0] += 1
            }
        }
        let canEdit = Access.canEditEvaluation(in: round.jurisdictionPath, p)
        let base = "/evaluations/\(round.id)"
        func url(_ page: Int) -> String {
            let q = f.query(page: page)
            return q.isEmpty ? base : base + "?" + q
        }
        func n(_ v: Double?) -> String { v.map { String(format: "%.2f", $0) } ?? "—" }
        let anyOption = EvaluationOption(value: "", label: L10n.t("evaluation.filter.any", l), selected: false)
        let jurisdictionIds = Set(all.map(\.subject.jurisdictionId))
        var jurisdictionOptions: [EvaluationOption] = []
        var seenJ = Set<Int>()
        for r in all where jurisdictionIds.contains(r.subject.jurisdictionId) && seenJ.insert(r.subject.jurisdictionId).inserted {
            jurisdictionOptions.append(
                .init(
                    value: String(r.subject.jurisdictionId), label: r.subject.jurisdictionName, selected: f.jurisdiction == r.subject.jurisdictionId))
        }
        let ranked = all.filter { $0.result.rank != nil }
        let bestTaken = ranked.filter { $0.tier == .best }.count
        let excellentTaken = ranked.filter { $0.tier == .excellent }.count
        let tieNote = Access.seesEvaluationResults(p) && (bestTaken > round.bestCount || excellentTaken > round.excellentCount)
        let exportQuery = f.query()
        let reviewers = canEdit ? try await EvaluationQueries.reviewers(of: round.id, on: sql) : []
        let criteriaForm =
            criteria.enumerated().map {
                EvaluationRoundView.Criterion(id: String($0.element.id), name: $0.element.name, weight: String($0.element.weight), index: $0.offset)
            }
            + (0..<3).map { EvaluationRoundView.Criterion(id: "", name: "", weight: "", index: criteria.count + $0) }
        let view = EvaluationRoundView(
            id: round.id, version: round.version, title: round.title, jurisdiction: round.jurisdictionName, year: round.year,
            description: round.description, state: L10n.t("evaluationState." + round.state, l), stateCode: round.state, isOpen: round.isOpen,
            isClosed: !round.isOpen,
            weightsText: L10n.fill("evaluation.weightsText", l, String(round.weightSelf), String(round.weightOffice), String(round.weightReviewer)),
            tiersText: L10n.fill("evaluation.tiersText", l, String(round.bestCount), String(round.excellentCount)),
            ruleText: L10n.t("evaluation.rule", l), tieNote: L10n.fill("evaluation.tieNote", l, String(bestTaken), String(excellentTaken)),
            hasTieNote: tieNote,
            criteria: criteria.enumerated().map {
                .init(id: String($0.element.id), name: $0.element.name, weight: String($0.element.weight), index: $0.offset)
            },
            criteriaText: criteria.map { "\($0.name) \($0.weight)%" }.joined(separator: l == .zh ? "；" : "; "),
            showResults: Access.seesEvaluationResults(p), isReviewer: isReviewer,
            rows: pageRows.map { r in
                .init(
                    subjectId: r.subject.id, rank: r.result.rank.map(String.init) ?? "—", tier: L10n.t("evaluationTier." + r.tier.rawValue, l),
                    tierCode: r.tier.rawValue, kind: L10n.t("evaluationKind." + r.subject.kind, l), title: r.subject.title,
                    jurisdiction: r.subject.jurisdictionName, selfScore: n(r.result.bySource[.selfAssessment]),
                    officeScore: n(r.result.bySource[.office]),
                    reviewerScore: n(r.result.bySource[.reviewer]), total: n(r.result.total), missing: r.result.missing,
                    mine: "\(mine[r.subject.id] ?? 0)/\(criteria.count)")
            },
            hasRows: !pageRows.isEmpty, totalText: L10n.fill("evaluation.total", l, String(matching.count)), page: f.page, prevURL: url(f.page - 1),
            nextURL: url(f.page + 1), hasPrev: f.page > 1, hasNext: matching.count > f.page * size,
            kinds: [anyOption]
                + EvaluationSubjectKind.all.map { .init(value: $0.code, label: L10n.t("evaluationKind." + $0.code, l), selected: f.kind == $0.code) },
            tiers: [anyOption]
                + EvaluationTier.allCases.map { .init(value: $0.rawValue, label: L10n.t("evaluationTier." + $0.rawValue, l), selected: f.tier == $0) },
            jurisdictions: [anyOption] + jurisdictionOptions,
            completes: [
                anyOption, .init(value: "1", label: L10n.t("evaluation.complete.yes", l), selected: f.complete == true),
                .init(value: "0", label: L10n.t("evaluation.complete.no", l), selected: f.complete == false)
            ],
            q: f.q ?? "", exportXLSX: base + "/export.xlsx" + (exportQuery.isEmpty ? "" : "?" + exportQuery),
            exportCSV: base + "/export.csv" + (exportQuery.isEmpty ? "" : "?" + exportQuery), noticeURL: base + "/notice",
            publicNoticeURL: "/public/evaluations/" + round.noticeToken, canEdit: canEdit, canEditOpen: canEdit && round.isOpen,
            settings: [
                "title": values["title"]?.last ?? round.title, "year": values["year"]?.last ?? String(round.year),
                "description": values["description"]?.last ?? round.description, "weightSelf": values["weightSelf"]?.last ?? String(round.weightSelf),
                "weightOffice": values["weightOffice"]?.last ?? String(round.weightOffice),
                "weightReviewer": values["weightReviewer"]?.last ?? String(round.weightReviewer),
                "bestCount": values["bestCount"]?.last ?? String(round.bestCount),
                "excellentCount": values["excellentCount"]?.last ?? String(round.excellentCount)
            ],
            criteriaForm: criteriaForm,
            subjectKinds: EvaluationSubjectKind.all.map { .init(value: $0.code, label: L10n.t("evaluationKind." + $0.code, l), selected: false) },
            reviewers: reviewers.map { .init(name: $0.displayName, username: $0.username) }, hasReviewers: !reviewers.isEmpty,
            errors: issues.map { L10n.issue($0, l, scope: "evaluation") }, hasErrors: !issues.isEmpty, isDemo: round.isDemo)
        return renderer.page(
            "evaluation/round", title: round.title, view: view, context: context, request: request, status: status, isDemo: round.isDemo,
            active: "evaluations")
    }

    /// Runs a write from the round page: back to the round on success, the round page with the problems on a validation error.
    func roundWrite(
        _ request: Request, _ context: AppRequestContext, anchor: String = "",
        _ write: (EvaluationRoundRecord, Principal, FormData) async throws -> Void
    ) async throws -> Response {
        let p = try context.requirePrincipal()
        let round = try await EvaluationService.editableRound(try context.parameters.require("id", as: Int.self), p, on: sql)
        let f = try await request.formData()
        do {
            try await write(round, p, f)
            return Response(status: .seeOther, headers: [.location: "/evaluations/\(round.id)" + anchor])
        } catch AppError.validation(let issues) {
            return try await roundPage(round, request: request, context: context, status: .unprocessableContent, issues: issues, values: f.fields)
        }
    }

    /// POST /evaluations/{id}/delete (version in the form): back to the rounds. A stale version is the 409 page; a closed
    /// or cited round the error page naming why (409).
    func delete(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let round = try await EvaluationService.editableRound(try context.parameters.require("id", as: Int.self), p, on: sql)
        let f = try await request.formData()
        do {
            try await services.evaluation.deleteRound(round.id, baseVersion: f.int("version") ?? 0, by: p)
        } catch AppError.conflict(_, _, let current, _) {
            return try await conflictPage(
                changes: [], currentVersion: current, reloadURL: "/evaluations/\(round.id)", request: request, context: context)
        }
        return Response(status: .seeOther, headers: [.location: "/evaluations"])
    }

    func update(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await roundWrite(request, context) { round, p, f in
            var input = Self.roundInput(f)
            input.jurisdictionId = round.jurisdictionId
            _ = try await services.evaluation.updateRound(round.id, input, baseVersion: f.int("version") ?? 0, by: p)
        }
    }

    func saveCriteria(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await roundWrite(request, context, anchor: "#criteria") { round, p, f in
            let ids = f.fields["criterionId"] ?? [], names = f.fields["criterionName"] ?? [], weights = f.fields["criterionWeight"] ?? []
            let list = names.indices.map { i in
                EvaluationService.CriterionInput(
                    id: i < ids.count ? Int(ids[i]) : nil, name: names[i], weight: i < weights.count ? weights[i] : "")
            }
            _ = try await services.evaluation.saveCriteria(round.id, list, baseVersion: f.int("version") ?? 0, by: p)
        }
    }

    func addSubjects(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await roundWrite(request, context, anchor: "#results") { round, p, f in
            let ids = f.string("refIds").split(whereSeparator: { ", ，、\n\r\t".contains($0) }).map { Int($0) }
            if ids.contains(nil) { throw AppError.validation([ValidationIssue(field: "refIds", code: .invalidNumber)]) }
            _ = try await services.evaluation.addSubjects(round.id, kind: f.string("kind"), ids: ids.compactMap { $0 }, by: p)
        }
    }

    func assignReviewer(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await roundWrite(request, context, anchor: "#reviewers") { round, p, f in
            _ = try await services.evaluation.assignReviewer(round.id, username: f.string("reviewer"), by: p)
        }
    }

    func setState(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await roundWrite(request, context) { round, p, f in
            _ = try await services.evaluation.setState(round.id, state: f.string("state"), baseVersion: f.int("version") ?? 0, by: p)
        }
    }

    // MARK: Exports

    func export(_ request: Request, _ context: AppRequestContext, format: String) async throws -> Response {
        let p = try context.requirePrincipal()
        let round = try await EvaluationService.readableRound(try context.parameters.require("id", as: Int.self), p, on: sql)
        return try await Self.exportResponse(round, request: request, context: context, format: format, sql: sql, today: services.clock.today)
    }

    static func exportResponse(
        _ round: EvaluationRoundRecord, request: Request, context: AppRequestContext, format: String, sql: any SQLDatabase, today: LocalDate
    ) async throws -> Response {
        let p = try context.requirePrincipal()
        try Access.require(Access.seesEvaluationResults(p), "evaluation_results")
        let l = context.language
        let (f, path) = try await filter(request, context, sql: sql)
        let rows = try await visibleResults(round, p, on: sql).filter { f.matches($0, jurisdictionPath: path) }
        let data = try EvaluationSheet.export(rows, title: round.title, format: format, l)
        let type = format == "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        return Response(
            status: .ok,
            headers: [
                .contentType: type,
                .contentDisposition: ContentDisposition.attachment(
                    filename: round.title + "-\(today.iso).\(format)", asciiFallback: "evaluation-\(round.id)-\(today.iso).\(format)")
            ],
            body: .init(byteBuffer: ByteBuffer(data: data)))
    }

    // MARK: A subject

    func subject(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let (round, subject) = try await Self.subjectOf(context, p, sql: sql)
        return try await subjectPage(round, subject, request: request, context: context)
    }

    /// The subject named by the path, in the round named by the path (404 when it is another round's).
    static func subjectOf(_ context: AppRequestContext, _ p: Principal, sql: any SQLDatabase) async throws -> (
        EvaluationRoundRecord, EvaluationSubjectRecord
    ) {
        let roundId = try context.parameters.require("id", as: Int.self)
        let subjectId = try context.parameters.require("sid", as: Int.self)
        let (round, subject) = try await EvaluationService.readableSubject(subjectId, p, on: sql)
        guard round.id == roundId else { throw AppError.notFound(entity: "evaluation_subject", id: String(subjectId)) }
        return (round, subject)
    }

    func subjectPage(
        _ round: EvaluationRoundRecord, _ subject: EvaluationSubjectRecord, request: Request, context: AppRequestContext,
        status: HTTPResponse.Status = .ok, issues: [ValidationIssue] = []
    ) async throws -> Response {
        let p = try context.requirePrincipal()
        let l = context.language
        let criteria = try await EvaluationQueries.criteria(of: round.id, on: sql)
        let isReviewer = p.role == .reviewer
        var scores = try await EvaluationQueries.scores(ofSubject: subject.id, on: sql)
        var comments = try await EvaluationQueries.comments(ofSubject: subject.id, on: sql)
        if isReviewer {
            scores = scores.filter { $0.source == EvaluationSource.reviewer.rawValue && $0.reviewerId == p.userId }
            comments = comments.filter { $0.source == EvaluationSource.reviewer.rawValue && $0.reviewerId == p.userId }
        }
        func cell(_ c: EvaluationCriterionRecord, _ s: EvaluationSource) -> String {
            let list = scores.filter { $0.criterionId == c.id && $0.source == s.rawValue }.map { EvaluationService.format($0.score) }
            return list.isEmpty ? "—" : list.joined(separator: " / ")
        }
        var result = ""
        if Access.seesEvaluationResults(p), let r = try await EvaluationQueries.results(round, on: sql).first(where: { $0.subject.id == subject.id })
        {
            result = L10n.fill(
                "evaluation.subjectResult", l, r.result.total.map(EvaluationService.format) ?? "—", r.result.rank.map(String.init) ?? "—",
                L10n.t("evaluationTier." + r.tier.rawValue, l), String(r.result.missing))
        }
        var forms: [EvaluationSubjectView.Form] = []
        if round.isOpen {
            for source in EvaluationSource.allCases
            where Access.canScore(source, round: round, subject: subject, assigned: isReviewer, p) {
                let reviewerId = source == .reviewer ? p.userId : 0
                let own = scores.filter { $0.source == source.rawValue && $0.reviewerId == reviewerId }
                forms.append(
                    .init(
                        source: source.rawValue, sourceLabel: L10n.t("evaluationSource." + source.rawValue, l),
                        fields: criteria.map { c in
                            .init(
                                criterionId: c.id, name: c.name, weight: c.weight,
                                value: own.first { $0.criterionId == c.id }.map { EvaluationService.format($0.score) } ?? "")
                        },
                        comment: comments.first { $0.source == source.rawValue && $0.reviewerId == reviewerId }?.body ?? ""))
            }
        }
        let kind = EvaluationSubjectKind.named(subject.kind)
        let view = EvaluationSubjectView(
            roundId: round.id, roundTitle: round.title, id: subject.id, version: subject.version, title: subject.title,
            kind: L10n.t("evaluationKind." + subject.kind, l), jurisdiction: subject.jurisdictionName,
            link: isReviewer ? "" : kind?.link(subject.refId) ?? "", hasLink: !isReviewer && kind != nil, showAll: !isReviewer,
            lines: criteria.map { c in
                .init(
                    criterion: c.name, weight: c.weight, selfScore: cell(c, .selfAssessment), officeScore: cell(c, .office),
                    reviewerScores: cell(c, .reviewer))
            },
            result: result, hasResult: !result.isEmpty,
            comments: comments.map { .init(source: L10n.t("evaluationSource." + $0.source, l), body: $0.body, actor: $0.actor) },
            hasComments: !comments.isEmpty, forms: forms, hasForms: !forms.isEmpty, isOpen: round.isOpen,
            errors: issues.map { L10n.issue($0, l, scope: "evaluation") }, hasErrors: !issues.isEmpty)
        return renderer.page(
            "evaluation/subject", title: subject.title, view: view, context: context, request: request, status: status, isDemo: round.isDemo,
            active: "evaluations")
    }

    func saveScores(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let (round, subject) = try await Self.subjectOf(context, p, sql: sql)
        try EvaluationService.requireSomeSource(round, subject, p)
        let f = try await request.formData()
        var scores: [Int: String] = [:]
        for (key, values) in f.fields where key.hasPrefix("score_") {
            if let id = Int(key.dropFirst(6)) { scores[id] = values.last ?? "" }
        }
        do {
            _ = try await services.evaluation.saveScores(
                subject.id, .init(source: f.string("source"), scores: scores, comment: f.string("comment")), baseVersion: f.int("version") ?? 0, by: p
            )
            return Response(status: .seeOther, headers: [.location: "/evaluations/\(round.id)/subjects/\(subject.id)"])
        } catch AppError.validation(let issues) {
            return try await subjectPage(round, subject, request: request, context: context, status: .unprocessableContent, issues: issues)
        }
    }

    // MARK: Import

    func importForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let round = try await EvaluationService.editableRound(
            try context.parameters.require("id", as: Int.self), try context.requirePrincipal(), on: sql)
        return try await importPage(round, report: nil, filename: "", content: "", request: request, context: context)
    }

    func importPage(
        _ round: EvaluationRoundRecord, report: EvaluationService.ImportReport?, filename: String, content: String, request: Request,
        context: AppRequestContext
    ) async throws -> Response {
        let l = context.language
        let criteria = try await EvaluationQueries.criteria(of: round.id, on: sql)
        let view = EvaluationImportView(
            roundId: round.id, roundTitle: round.title, criteria: criteria.map(\.name).joined(separator: l == .zh ? "、" : ", "),
            hasReport: report != nil,
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
                    : L10n.fill("authorization.import.refused", l, String(r.problems.count))
            } ?? "")
        return renderer.page(
            "evaluation/import", title: L10n.t("evaluation.import.title", l), view: view, context: context, request: request,
            status: report.map { r -> HTTPResponse.Status in r.ok ? .ok : .unprocessableContent } ?? .ok, active: "evaluations")
    }

    /// The upload (multipart) runs the dry run; its page posts the same bytes back (base64) to commit them.
    func runImport(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let round = try await EvaluationService.editableRound(try context.parameters.require("id", as: Int.self), p, on: sql)
        let data: Data
        let filename: String
        var commit = false
        if let form = try await UploadedForm.of(request, context: context, limit: AuthorizationPages.maxUploadBytes + 64 * 1024) {
            try QueryString.rejectNUL(form.fields)
            guard let file = form.file("file"), file.size > 0 else { throw AppError.validation([ValidationIssue(field: "file", code: .fileEmpty)]) }
            guard file.size <= AuthorizationPages.maxUploadBytes else {
                throw AppError.validation([ValidationIssue(field: "file", code: .fileTooLarge, limit: AuthorizationPages.maxUploadBytes / 1_048_576)])
            }
            data = try withExtendedLifetime(form) { try file.data() }
            filename = file.filename
        } else {
            let f = try await request.formData(limit: AuthorizationPages.maxUploadBytes * 2)
            guard let decoded = Data(base64Encoded: f.string("content")), !decoded.isEmpty else {
                throw AppError.validation([ValidationIssue(field: "file", code: .fileEmpty)])
            }
            data = decoded
            filename = f.string("filename")
            commit = f.string("commit") == "1"
        }
        let report = try await services.evaluation.importScores(
            roundId: round.id, data: data, filename: filename, dryRun: !commit, language: context.language, by: p)
        if commit && report.ok { return Response(status: .seeOther, headers: [.location: "/evaluations/\(round.id)"]) }
        return try await importPage(
            round, report: report, filename: filename, content: data.base64EncodedString(), request: request, context: context)
    }

    // MARK: Notice

    func notice(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let round = try await EvaluationService.readableRound(try context.parameters.require("id", as: Int.self), p, on: sql)
        try Access.require(Access.seesEvaluationResults(p), "evaluation_results")
        return try await noticePage(round, isPublic: false, request: request, context: context)
    }

    /// The public notice: no sign-in, found only by its unguessable token, and only while the round is closed.
    func publicNotice(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let token = context.parameters.get("token") ?? ""
        guard SecretToken.looksGenerated(token), let round = try await EvaluationQueries.round(token: token, on: sql), !round.isOpen else {
            throw AppError.notFound(entity: "evaluation_notice", id: "")
        }
        return try await noticePage(round, isPublic: true, request: request, context: context)
    }

    func noticePage(_ round: EvaluationRoundRecord, isPublic: Bool, request: Request, context: AppRequestContext) async throws -> Response {
        let l = context.language
        let rows = try await EvaluationQueries.results(round, on: sql)
        let tiers: [EvaluationNoticeView.Tier] = [EvaluationTier.best, .excellent].map { tier in
            let entries = rows.filter { $0.tier == tier }.sorted {
                ($0.subject.jurisdictionPath, $0.subject.id) < ($1.subject.jurisdictionPath, $1.subject.id)
            }
            return .init(
                name: L10n.t("evaluationTier." + tier.rawValue, l),
                entries: entries.enumerated().map {
                    .init(position: $0.offset + 1, title: $0.element.subject.title, jurisdiction: $0.element.subject.jurisdictionName)
                },
                count: entries.count)
        }
        let view = EvaluationNoticeView(
            title: L10n.fill("evaluation.notice.title", l, round.title), jurisdiction: round.jurisdictionName, year: round.year, tiers: tiers,
            hasEntries: tiers.contains { $0.count > 0 }, intro: L10n.fill("evaluation.notice.intro", l, round.jurisdictionName, round.title),
            isPublic: isPublic, backURL: "/evaluations/\(round.id)")
        return renderer.page(
            "evaluation/notice", title: view.title, view: view, context: context, request: request, isDemo: round.isDemo,
            active: isPublic ? "" : "evaluations")
    }
}

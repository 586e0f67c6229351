import Foundation
import Hummingbird
import ReformCore

/// /api/v1 for evaluation: rounds, their criteria, subjects and reviewers, scores, the result with its filters and paging,
/// closing, the export and the import of scores. The same service, filters and access rules as the pages.
struct EvaluationAPI: APIHandlers {
    let services: AppServices

    struct RoundBody: Decodable {
        var version: Int?
        var jurisdictionId: Int?
        var title: String?
        var year: Int?
        var description: String?
        var weightSelf: Int?
        var weightOffice: Int?
        var weightReviewer: Int?
        var bestCount: Int?
        var excellentCount: Int?

        var input: EvaluationService.RoundInput {
            .init(
                jurisdictionId: jurisdictionId, title: title ?? "", year: year.map(String.init) ?? "", description: description ?? "",
                weightSelf: weightSelf.map(String.init) ?? "20", weightOffice: weightOffice.map(String.init) ?? "30",
                weightReviewer: weightReviewer.map(String.init) ?? "50", bestCount: bestCount.map(String.init) ?? "10",
                excellentCount: excellentCount.map(String.init) ?? "40")
        }
    }
    struct CriteriaBody: Decodable {
        struct Entry: Decodable {
            var id: Int?
            var name: String?
            var weight: Int?
        }
        var version: Int?
        var criteria: [Entry]?
    }
    struct SubjectsBody: Decodable {
        var kind: String?
        var refIds: [Int]?
    }
    struct ReviewerBody: Decodable {
        var username: String?
    }
    struct StateBody: Decodable {
        var version: Int?
        var state: String?
    }
    struct ScoresBody: Decodable {
        struct Entry: Decodable {
            var criterionId: Int
            var score: Double?
        }
        var version: Int?
        var source: String?
        var scores: [Entry]?
        var comment: String?
    }
    struct ImportBody: Decodable {
        var filename: String?
        var content: String?
        var dryRun: Bool?
    }

    struct CriterionDTO: Encodable {
        var id: Int
        var name: String
        var weight: Int
    }
    struct RoundDTO: Encodable {
        var id: Int
        var jurisdictionId: Int
        var title: String
        var year: Int
        var description: String
        var state: String
        var weightSelf: Int
        var weightOffice: Int
        var weightReviewer: Int
        var bestCount: Int
        var excellentCount: Int
        var criteria: [CriterionDTO]?
        var noticeURL: String?
        var version: Int

        init(_ r: EvaluationRoundRecord, criteria: [EvaluationCriterionRecord]?, showNotice: Bool) {
            id = r.id
            jurisdictionId = r.jurisdictionId
            title = r.title
            year = r.year
            description = r.description
            state = r.state
            weightSelf = r.weightSelf
            weightOffice = r.weightOffice
            weightReviewer = r.weightReviewer
            bestCount = r.bestCount
            excellentCount = r.excellentCount
            self.criteria = criteria?.map { CriterionDTO(id: $0.id, name: $0.name, weight: $0.weight) }
            noticeURL = showNotice && !r.isOpen ? EvaluationFeature.publicPrefix + r.noticeToken : nil
            version = r.version
        }
    }
    struct RoundListDTO: Encodable {
        var items: [RoundDTO]
        var page: Int
        var hasNext: Bool
    }
    struct ResultDTO: Encodable {
        var subjectId: Int
        var kind: String
        var refId: Int
        var title: String
        var jurisdictionId: Int
        var selfAssessment: Double?
        var office: Double?
        var reviewer: Double?
        var total: Double?
        var rank: Int?
        var tier: String
        var missing: Int

        init(_ r: EvaluationResultRow) {
            subjectId = r.subject.id
            kind = r.subject.kind
            refId = r.subject.refId
            title = r.subject.title
            jurisdictionId = r.subject.jurisdictionId
            selfAssessment = r.result.bySource[.selfAssessment]
            office = r.result.bySource[.office]
            reviewer = r.result.bySource[.reviewer]
            total = r.result.total
            rank = r.result.rank
            tier = r.tier.rawValue
            missing = r.result.missing
        }
    }
    struct ResultPageDTO: Encodable {
        var items: [ResultDTO]
        var total: Int
        var page: Int
        var pageSize: Int
        var hasNext: Bool
    }
    struct ScoreDTO: Encodable {
        var criterionId: Int
        var source: String
        var reviewerId: Int?
        var score: Double
    }
    struct CommentDTO: Encodable {
        var source: String
        var body: String
    }
    struct SubjectDTO: Encodable {
        var id: Int
        var roundId: Int
        var kind: String
        var refId: Int
        var title: String
        var jurisdictionId: Int
        var scores: [ScoreDTO]
        var comments: [CommentDTO]
        var version: Int
    }
    struct AddedDTO: Encodable {
        var added: Int
    }
    struct ReviewerDTO: Encodable {
        var userId: Int
        var username: String
        var displayName: String
    }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("/evaluation-rounds") { request, context in
            let p = try context.requirePrincipal()
            let f = try EvaluationRoundFilter.parse { request.uri.queryParameters.get($0) }
            let (rows, hasNext) = try await EvaluationQueries.rounds(for: p, f, on: sql)
            return try APIResponse.json(
                RoundListDTO(
                    items: rows.map { RoundDTO($0, criteria: nil, showNotice: Access.seesEvaluationResults(p)) }, page: f.page, hasNext: hasNext))
        }
        group.post("/evaluation-rounds") { request, context in
            let p = try context.requirePrincipal()
            try Access.require(Access.canEditEvaluation(in: p.jurisdictionPath, p), "evaluation_edit")
            let b = try await decode(RoundBody.self, request, context)
            let round = try await services.evaluation.createRound(b.input, by: p)
            return try APIResponse.json(RoundDTO(round, criteria: [], showNotice: true), status: .created)
        }
        group.get("/evaluation-rounds/:id") { _, context in
            let p = try context.requirePrincipal()
            let round = try await EvaluationService.readableRound(try id(context), p, on: sql)
            return try APIResponse.json(
                RoundDTO(round, criteria: try await EvaluationQueries.criteria(of: round.id, on: sql), showNotice: Access.seesEvaluationResults(p)))
        }
        group.put("/evaluation-rounds/:id") { request, context in
            let p = try context.requirePrincipal()
            let round = try await EvaluationService.editableRound(try id(context), p, on: sql)
            let b = try await decode(RoundBody.self, request, context)
            var input = b.input
            input.jurisdictionId = round.jurisdictionId
            let updated = try await services.evaluation.updateRound(round.id, input, baseVersion: try version(b.version, request), by: p)
            return try APIResponse.json(RoundDTO(updated, criteria: try await EvaluationQueries.criteria(of: round.id, on: sql), showNotice: true))
        }
        group.delete("/evaluation-rounds/:id") { request, context in
            let p = try context.requirePrincipal()
            let round = try await EvaluationService.editableRound(try id(context), p, on: sql)
            try await services.evaluation.deleteRound(round.id, baseVersion: try deleteVersion(request), by: p)
            return try APIResponse.json(APIModels.DeleteResult(deleted: round.id))
        }
        group.put("/evaluation-rounds/:id/criteria") { request, context in
            let p = try context.requirePrincipal()
            let round = try await EvaluationService.editableRound(try id(context), p, on: sql)
            let b = try await decode(CriteriaBody.self, request, context)
            let list = (b.criteria ?? []).map {
                EvaluationService.CriterionInput(id: $0.id, name: $0.name ?? "", weight: $0.weight.map(String.init) ?? "")
            }
            _ = try await services.evaluation.saveCriteria(round.id, list, baseVersion: try version(b.version, request), by: p)
            let updated = try await EvaluationQueries.round(round.id, on: sql)!
            return try APIResponse.json(RoundDTO(updated, criteria: try await EvaluationQueries.criteria(of: round.id, on: sql), showNotice: true))
        }
        group.post("/evaluation-rounds/:id/subjects") { request, context in
            let p = try context.requirePrincipal()
            let round = try await EvaluationService.editableRound(try id(context), p, on: sql)
            let b = try await decode(SubjectsBody.self, request, context)
            let added = try await services.evaluation.addSubjects(round.id, kind: b.kind ?? "", ids: b.refIds ?? [], by: p)
            return try APIResponse.json(AddedDTO(added: added), status: .created)
        }
        group.post("/evaluation-rounds/:id/reviewers") { request, context in
            let p = try context.requirePrincipal()
            let round = try await EvaluationService.editableRound(try id(context), p, on: sql)
            let b = try await decode(ReviewerBody.self, request, context)
            let r = try await services.evaluation.assignReviewer(round.id, username: b.username ?? "", by: p)
            return try APIResponse.json(ReviewerDTO(userId: r.userId, username: r.username, displayName: r.displayName), status: .created)
        }
        group.post("/evaluation-rounds/:id/state") { request, context in
            let p = try context.requirePrincipal()
            let round = try await EvaluationService.editableRound(try id(context), p, on: sql)
            let b = try await decode(StateBody.self, request, context)
            let updated = try await services.evaluation.setState(round.id, state: b.state ?? "", baseVersion: try version(b.version, request), by: p)
            return try APIResponse.json(RoundDTO(updated, criteria: nil, showNotice: true))
        }
        group.get("/evaluation-rounds/:id/results") { request, context in
            let p = try context.requirePrincipal()
            let round = try await EvaluationService.readableRound(try id(context), p, on: sql)
            try Access.require(Access.seesEvaluationResults(p), "evaluation_results")
            let (f, path) = try await EvaluationPages.filter(request, context, sql: sql)
            let rows = try await EvaluationPages.visibleResults(round, p, on: sql).filter { f.matches($0, jurisdictionPath: path) }
            let size = EvaluationFilter.pageSize
            return try APIResponse.json(
                ResultPageDTO(
                    items: rows.dropFirst((f.page - 1) * size).prefix(size).map(ResultDTO.init), total: rows.count, page: f.page, pageSize: size,
                    hasNext: rows.count > f.page * size))
        }
        group.post("/evaluation-rounds/:id/import") { request, context in
            let p = try context.requirePrincipal()
            let round = try await EvaluationService.editableRound(try id(context), p, on: sql)
            let b = try await decode(ImportBody.self, request, context)
            guard let raw = b.content, let data = Data(base64Encoded: raw), !data.isEmpty else {
                throw AppError.validation([ValidationIssue(field: "content", code: .fileEmpty)])
            }
            guard data.count <= AuthorizationPages.maxUploadBytes else {
                throw AppError.validation([
                    ValidationIssue(field: "content", code: .fileTooLarge, limit: AuthorizationPages.maxUploadBytes / 1_048_576)
                ])
            }
            let report = try await services.evaluation.importScores(
                roundId: round.id, data: data, filename: b.filename ?? "scores.xlsx", dryRun: b.dryRun ?? true, language: context.language, by: p)
            return try APIResponse.json(report, status: report.ok ? (report.dryRun ? .ok : .created) : .unprocessableContent)
        }
        group.get("/evaluation-export") { request, context in
            let p = try context.requirePrincipal()
            let format = request.uri.queryParameters.get("format") ?? "xlsx"
            guard format == "xlsx" || format == "csv" else {
                throw AppError.badRequest(parameter: "format", message: "expected xlsx or csv, got \(format.prefix(40))")
            }
            let raw = request.uri.queryParameters.get("round") ?? ""
            guard let roundId = APIInput.wholeNumber(raw), roundId > 0 else {
                throw AppError.badRequest(parameter: "round", message: "expected a round id, got \(raw.prefix(40))")
            }
            let round = try await EvaluationService.readableRound(roundId, p, on: sql)
            return try await EvaluationPages.exportResponse(
                round, request: request, context: context, format: format, sql: sql, today: services.clock.today)
        }
        group.get("/evaluation-subjects/:id") { _, context in
            let p = try context.requirePrincipal()
            let (_, subject) = try await EvaluationService.readableSubject(try id(context), p, on: sql)
            return try APIResponse.json(try await subjectDTO(subject, p))
        }
        group.post("/evaluation-subjects/:id/scores") { request, context in
            let p = try context.requirePrincipal()
            let (round, subject) = try await EvaluationService.readableSubject(try id(context), p, on: sql)
            try EvaluationService.requireSomeSource(round, subject, p)
            let b = try await decode(ScoresBody.self, request, context)
            var scores: [Int: String] = [:]
            for e in b.scores ?? [] { scores[e.criterionId] = e.score.map { EvaluationService.format($0) } ?? "" }
            let updated = try await services.evaluation.saveScores(
                subject.id, .init(source: b.source ?? "", scores: scores, comment: b.comment ?? ""), baseVersion: try version(b.version, request),
                by: p)
            return try APIResponse.json(try await subjectDTO(updated, p))
        }
    }

    /// A subject with the scores the reader may see: a reviewer only their own.
    func subjectDTO(_ s: EvaluationSubjectRecord, _ p: Principal) async throws -> SubjectDTO {
        let own = { (source: String, reviewerId: Int) in
            p.role != .reviewer || (source == EvaluationSource.reviewer.rawValue && reviewerId == p.userId)
        }
        let scores = try await EvaluationQueries.scores(ofSubject: s.id, on: sql).filter { own($0.source, $0.reviewerId) }
        let comments = try await EvaluationQueries.comments(ofSubject: s.id, on: sql).filter { own($0.source, $0.reviewerId) }
        return SubjectDTO(
            id: s.id, roundId: s.roundId, kind: s.kind, refId: s.refId, title: s.title, jurisdictionId: s.jurisdictionId,
            scores: scores.map {
                ScoreDTO(criterionId: $0.criterionId, source: $0.source, reviewerId: $0.reviewerId == 0 ? nil : $0.reviewerId, score: $0.score)
            },
            comments: comments.map { CommentDTO(source: $0.source, body: $0.body) }, version: s.version)
    }
}

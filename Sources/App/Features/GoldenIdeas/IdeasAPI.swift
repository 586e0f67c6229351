import Foundation
import Hummingbird
import ReformCore

/// /api/v1 for golden-idea calls: calls (list, open, read, edit), a call's submissions filtered and paged, a submission with
/// the decisions open to it (moderation, triage, shortlist, award, adoption), reviewers and their scores. The same service
/// and access rules as the pages: who may do a thing is settled before the body is read.
struct IdeasAPI: APIHandlers {
    let services: AppServices

    struct CallBody: Decodable {
        var version: Int?
        var jurisdictionId: Int?
        var planId: Int?
        var topic: String?
        var rules: String?
        var contact: String?
        var opensOn: String?
        var closesOn: String?
        var categories: [String]?
        var rewardTiers: [TierDTO]?
        var criteria: [CriterionDTO]?
        var noticeDays: Int?
        var isPublished: Bool?

        var input: IdeaService.CallInput {
            .init(
                jurisdictionId: jurisdictionId, planId: planId, topic: topic ?? "", rules: rules ?? "", contact: contact ?? "",
                opensOn: opensOn ?? "", closesOn: closesOn ?? "", categories: (categories ?? []).joined(separator: "\n"),
                rewardTiers: (rewardTiers ?? []).map { "\($0.name)|\($0.reward)|\($0.count)" }.joined(separator: "\n"),
                criteria: (criteria ?? []).map { "\($0.name)|\($0.weight)" }.joined(separator: "\n"), noticeDays: String(noticeDays ?? 7),
                isPublished: isPublished ?? true)
        }

        /// Tier, criterion and category names are written one per line with `|` between parts: neither may hold them.
        func check() throws {
            var issues: [ValidationIssue] = []
            if (categories ?? []).contains(where: { $0.contains("\n") }) { issues.append(ValidationIssue(field: "categories", code: .invalidChoice)) }
            if (rewardTiers ?? []).contains(where: { $0.name.trimmed.isEmpty || ($0.name + $0.reward).contains(where: { "|\n".contains($0) }) }) {
                issues.append(ValidationIssue(field: "rewardTiers", code: .invalidChoice))
            }
            if (rewardTiers ?? []).contains(where: { !(1...10_000).contains($0.count) }) {
                issues.append(ValidationIssue(field: "rewardTiers", code: .outOfRange, limit: 10_000))
            }
            if (criteria ?? []).contains(where: { $0.name.trimmed.isEmpty || $0.name.contains(where: { "|\n".contains($0) }) }) {
                issues.append(ValidationIssue(field: "criteria", code: .invalidChoice))
            }
            if (criteria ?? []).contains(where: { !(0...1_000).contains($0.weight) }) {
                issues.append(ValidationIssue(field: "criteria", code: .outOfRange, limit: 1_000))
            }
            if !issues.isEmpty { throw AppError.validation(issues) }
        }
    }
    struct TierDTO: Codable {
        var name: String
        var reward: String
        var count: Int
    }
    struct CriterionDTO: Codable {
        var name: String
        var weight: Int
    }
    struct ActBody: Decodable {
        var version: Int?
        var action: String?
        var reason: String?
        var answer: String?
        var target: Int?
        var tier: String?
        var planItemIds: [Int]?
        var matterIds: [Int]?
        var adoption: String?
    }
    struct ReviewerBody: Decodable {
        var username: String?
    }
    struct ScoresBody: Decodable {
        var scores: [String: Int]?
    }
    struct DecisionBody: Decodable {
        var version: Int?
        var decision: String?
        var answer: String?
    }
    struct ObjectionDTO: Codable {
        var id: Int
        var submissionId: Int
        var body: String
        @APIModels.Nullable var contact: String?
        var decision: String
        var answer: String
        var decidedBy: String
        @APIModels.Nullable var decidedAt: String?
        var submittedAt: String
        var version: Int

        init(_ o: IdeaObjectionRecord, showsContact: Bool) {
            id = o.id
            submissionId = o.submissionId
            body = o.body
            contact = showsContact ? o.contact : nil
            decision = o.decision
            answer = o.answer
            decidedBy = o.decidedBy
            decidedAt = o.decidedAt
            submittedAt = o.submittedAt
            version = o.version
        }
    }

    struct CallDTO: Encodable {
        var id: Int
        var jurisdictionId: Int
        var jurisdictionName: String
        @APIModels.Nullable var planId: Int?
        var topic: String
        var rules: String
        var contact: String
        var opensOn: String
        var closesOn: String
        var categories: [String]
        var rewardTiers: [TierDTO]
        var criteria: [CriterionDTO]
        var noticeDays: Int
        var isPublished: Bool
        @APIModels.Nullable var counts: [String: Int]?
        var version: Int

        init(_ c: IdeaCallRecord, counts: [String: Int]?) {
            id = c.id
            jurisdictionId = c.jurisdictionId
            jurisdictionName = c.jurisdictionName
            planId = c.planId
            topic = c.topic
            rules = c.rules
            contact = c.contact
            opensOn = c.opensOn
            closesOn = c.closesOn
            categories = c.categoryList
            rewardTiers = c.tierList.map { TierDTO(name: $0.name, reward: $0.reward, count: $0.count) }
            criteria = c.criterionList.map { CriterionDTO(name: $0.name, weight: $0.weight) }
            noticeDays = c.noticeDays
            isPublished = c.isPublished
            self.counts = counts.map { c in Dictionary(uniqueKeysWithValues: IdeaState.allCases.map { ($0.rawValue, c[$0.rawValue] ?? 0) }) }
            version = c.version
        }
    }
    struct CallListDTO: Encodable {
        var items: [CallDTO]
    }
    struct ScoreDTO: Codable {
        var reviewer: String
        var criterion: String
        var score: Int
    }
    struct SubmissionDTO: Encodable {
        var id: Int
        var callId: Int
        var title: String
        var idea: String
        var problem: String
        var category: String
        var state: String
        var answer: String
        var tier: String
        @APIModels.Nullable var noticeUntil: String?
        var adoption: String
        var submittedAt: String
        /// The office's own: who sent it and how to reach them, the receipt, why it was hidden or merged.
        @APIModels.Nullable var receiptCode: String?
        @APIModels.Nullable var submitterName: String?
        @APIModels.Nullable var contact: String?
        @APIModels.Nullable var moderationReason: String?
        @APIModels.Nullable var mergedInto: Int?
        @APIModels.Nullable var planItemIds: [Int]?
        @APIModels.Nullable var matterIds: [Int]?
        @APIModels.Nullable var scores: [ScoreDTO]?
        @APIModels.Nullable var meanScore: Double?
        /// Objections lodged during the shortlist's public notice (the office only).
        @APIModels.Nullable var objections: [ObjectionDTO]?
        var actions: [String]
        var version: Int
    }
    struct PageDTO: Encodable {
        var items: [SubmissionDTO]
        var total: Int
        var page: Int
        var pageSize: Int
        var hasNext: Bool
    }
    struct ReviewerDTO: Encodable {
        var userId: Int
        var username: String
        var displayName: String
    }
    struct ReviewerListDTO: Encodable {
        var items: [ReviewerDTO]
    }

    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("/idea-calls") { _, context in
            let p = try context.requirePrincipal()
            // A reviewer account lists the calls it is assigned to and no other.
            var calls = p.role == .reviewer ? [] : try await IdeaQueries.calls(scope: p.isNationwide ? nil : p.jurisdictionPath, on: sql)
            for c in try await IdeaQueries.assignedCalls(userId: p.userId, on: sql) where !calls.contains(where: { $0.id == c.id }) {
                calls.append(c)
            }
            var items: [CallDTO] = []
            for c in calls {
                items.append(
                    CallDTO(c, counts: p.sees(jurisdictionPath: c.jurisdictionPath) ? try await IdeaQueries.counts(callId: c.id, on: sql) : nil))
            }
            return try APIResponse.json(CallListDTO(items: items))
        }
        group.post("/idea-calls") { request, context in
            let p = try context.requirePrincipal()
            try Access.require(Access.canManageIdeas(in: p.jurisdictionPath, p), "idea_manage")
            let b = try await decode(CallBody.self, request, context)
            try b.check()
            let call = try await services.ideas.createCall(b.input, by: p)
            return try APIResponse.json(CallDTO(call, counts: [:]), status: .created)
        }
        group.get("/idea-calls/:id") { _, context in
            let p = try context.requirePrincipal()
            let call = try await IdeaService.readableCall(try id(context), p, on: sql)
            let counts = p.sees(jurisdictionPath: call.jurisdictionPath) ? try await IdeaQueries.counts(callId: call.id, on: sql) : nil
            return try APIResponse.json(CallDTO(call, counts: counts))
        }
        group.put("/idea-calls/:id") { request, context in
            let p = try context.requirePrincipal()
            let call = try await IdeaService.managedCall(try id(context), p, on: sql)
            let b = try await decode(CallBody.self, request, context)
            try b.check()
            var input = b.input
            // What the body leaves out stays as it is.
            if b.criteria == nil { input.criteria = call.criteria }
            if b.rewardTiers == nil { input.rewardTiers = call.rewardTiers }
            if b.categories == nil { input.categories = call.categories }
            if b.noticeDays == nil { input.noticeDays = String(call.noticeDays) }
            if b.isPublished == nil { input.isPublished = call.isPublished }
            if b.planId == nil { input.planId = call.planId }
            if b.rules == nil { input.rules = call.rules }
            if b.contact == nil { input.contact = call.contact }
            if b.topic == nil { input.topic = call.topic }
            if b.opensOn == nil { input.opensOn = call.opensOn }
            if b.closesOn == nil { input.closesOn = call.closesOn }
            let updated = try await services.ideas.updateCall(call.id, input, baseVersion: try version(b.version, request), by: p)
            return try APIResponse.json(CallDTO(updated, counts: try await IdeaQueries.counts(callId: call.id, on: sql)))
        }
        group.get("/idea-calls/:id/submissions") { request, context in
            let p = try context.requirePrincipal()
            let call = try await IdeaService.readableCall(try id(context), p, on: sql)
            let query = request.uri.queryParameters
            func value(_ name: String) throws -> String? {
                guard let raw = query.get(name)?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
                return try APIInput.clean(raw, name)
            }
            var state: IdeaState?
            if let raw = try value("state") {
                guard let s = IdeaState(rawValue: raw) else {
                    throw AppError.badRequest(
                        parameter: "state",
                        message: "expected one of \(IdeaState.allCases.map(\.rawValue).joined(separator: ", ")), got \(raw.prefix(40))")
                }
                state = s
            }
            let category = try value("category")
            if let c = category, c.count > 200 { throw AppError.badRequest(parameter: "category", message: "at most 200 characters") }
            let page = try optionalInt(try value("page"), "page", min: 1, max: 10_000) ?? 1
            let seesAll = p.sees(jurisdictionPath: call.jurisdictionPath)
            // A reviewer from outside the office lists only what is under review.
            if !seesAll {
                if let s = state, s != .inReview { throw AppError.notFound(entity: "idea_call", id: String(call.id)) }
                state = .inReview
            }
            let (rows, hasNext, total) = try await IdeaQueries.page(callId: call.id, state: state, category: category, page: page, on: sql)
            var items: [SubmissionDTO] = []
            for s in rows { items.append(try await dto(s, call, p, detail: false)) }
            return try APIResponse.json(PageDTO(items: items, total: total, page: page, pageSize: IdeaQueries.pageSize, hasNext: hasNext))
        }
        group.get("/idea-calls/:id/reviewers") { _, context in
            let p = try context.requirePrincipal()
            let call = try await IdeaService.readableCall(try id(context), p, on: sql)
            guard p.sees(jurisdictionPath: call.jurisdictionPath) else { throw AppError.notFound(entity: "idea_call", id: String(call.id)) }
            return try APIResponse.json(try await reviewers(call.id))
        }
        group.post("/idea-calls/:id/reviewers") { request, context in
            let p = try context.requirePrincipal()
            let call = try await IdeaService.managedCall(try id(context), p, on: sql)
            let b = try await decode(ReviewerBody.self, request, context)
            guard let username = b.username, !username.trimmed.isEmpty else {
                throw AppError.validation([ValidationIssue(field: "username", code: .required)])
            }
            try await services.ideas.assignReviewer(callId: call.id, username: username, by: p)
            return try APIResponse.json(try await reviewers(call.id))
        }
        group.get("/idea-submissions/:id") { _, context in
            let p = try context.requirePrincipal()
            let (s, call) = try await IdeaService.readableSubmission(try id(context), p, on: sql)
            return try APIResponse.json(try await dto(s, call, p, detail: true))
        }
        group.post("/idea-submissions/:id/actions") { request, context in
            let p = try context.requirePrincipal()
            let (s, call) = try await IdeaService.managed(try id(context), p, on: sql)
            let b = try await decode(ActBody.self, request, context)
            let updated = try await services.ideas.act(
                s.id,
                .init(
                    action: b.action ?? "", reason: b.reason ?? "", answer: b.answer ?? "", target: b.target, tier: b.tier ?? "",
                    planItemIds: b.planItemIds ?? [], matterIds: b.matterIds ?? [], adoption: b.adoption ?? "",
                    baseVersion: try version(b.version, request)),
                by: p)
            return try APIResponse.json(try await dto(updated, call, p, detail: true))
        }
        group.put("/idea-submissions/:id/scores") { request, context in
            let p = try context.requirePrincipal()
            let (s, call) = try await IdeaService.readableSubmission(try id(context), p, on: sql)
            guard try await IdeaQueries.isReviewer(userId: p.userId, callId: call.id, on: sql) else {
                throw AppError.notFound(entity: "idea", id: String(s.id))
            }
            let b = try await decode(ScoresBody.self, request, context)
            try await services.ideas.score(s.id, scores: (b.scores ?? [:]).mapValues(String.init), by: p)
            let (again, _) = try await IdeaService.readableSubmission(s.id, p, on: sql)
            return try APIResponse.json(try await dto(again, call, p, detail: true))
        }
        registerObjections(on: group)
    }

    func registerObjections(on group: RouterGroup<AppRequestContext>) {
        group.post("/idea-objections/:id/decision") { request, context in
            let p = try context.requirePrincipal()
            let objectionId = try id(context)
            guard let o = try await IdeaQueries.objection(objectionId, on: sql) else {
                throw AppError.notFound(entity: "idea_objection", id: String(objectionId))
            }
            _ = try await IdeaService.managed(o.submissionId, p, on: sql)
            let b = try await decode(DecisionBody.self, request, context)
            let decided = try await services.ideas.decideObjection(
                o.id, decision: b.decision ?? "", answer: b.answer ?? "", baseVersion: try version(b.version, request), by: p)
            return try APIResponse.json(ObjectionDTO(decided, showsContact: true))
        }
    }

    func reviewers(_ callId: Int) async throws -> ReviewerListDTO {
        ReviewerListDTO(
            items: try await IdeaQueries.reviewers(callId: callId, on: sql).map {
                ReviewerDTO(userId: $0.userId, username: $0.username, displayName: $0.displayName)
            })
    }

    /// A submission as this reader may read it: the office sees who sent it (its keepers their contact too); a reviewer
    /// from outside the office reads the idea and the scores, no more.
    func dto(_ s: IdeaSubmissionRecord, _ call: IdeaCallRecord, _ p: Principal, detail: Bool) async throws -> SubmissionDTO {
        let seesAll = p.sees(jurisdictionPath: call.jurisdictionPath)
        let canManage = Access.canManageIdeas(in: call.jurisdictionPath, p)
        var links: [IdeaLinkRecord] = []
        var scores: [IdeaQueries.ScoreRow] = []
        var names: [Int: String] = [:]
        if detail {
            links = try await IdeaQueries.links(of: s.id, on: sql)
            scores = try await IdeaQueries.scores(of: s.id, on: sql)
            names = Dictionary(
                try await IdeaQueries.reviewers(callId: call.id, on: sql).map { ($0.userId, $0.username) }, uniquingKeysWith: { a, _ in a })
        }
        return SubmissionDTO(
            id: s.id, callId: s.callId, title: s.title, idea: s.idea, problem: s.problem, category: s.category, state: s.state, answer: s.answer,
            tier: s.tier, noticeUntil: s.noticeUntil, adoption: s.adoption, submittedAt: s.submittedAt,
            receiptCode: seesAll ? s.receiptCode : nil, submitterName: seesAll ? s.submitterName : nil, contact: canManage ? s.contact : nil,
            moderationReason: seesAll ? s.moderationReason : nil, mergedInto: seesAll ? s.mergedInto : nil,
            planItemIds: detail ? links.compactMap(\.planItemId) : nil, matterIds: detail ? links.compactMap(\.matterId) : nil,
            scores: detail
                ? scores.filter { seesAll || $0.userId == p.userId }.map {
                    ScoreDTO(reviewer: names[$0.userId] ?? "", criterion: $0.criterion, score: $0.score)
                } : nil,
            meanScore: detail && seesAll ? IdeaQueries.meanScore(scores, call.criterionList) : nil,
            objections: detail && seesAll
                ? try await IdeaQueries.objections(of: s.id, on: sql).map { ObjectionDTO($0, showsContact: canManage) } : nil,
            actions: canManage ? IdeaFlow.actions(in: s.ideaState).map(\.rawValue) : [], version: s.version)
    }
}

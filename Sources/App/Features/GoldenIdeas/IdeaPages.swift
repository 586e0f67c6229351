import Foundation
import HTTPTypes
import Hummingbird
import ReformCore
import SQLKit

/// The office's golden-idea pages: calls, the moderation queue and the other states of a call's submissions, a
/// submission with the decisions open to it, reviewers and their scores, attachments.
struct IdeaPages: PageHandlers {
    let services: AppServices

    static func stateLabel(_ s: String, _ l: Language) -> String { L10n.t("idea.state." + s, l) }

    func index(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let l = context.language
        // A reviewer account sees the calls it is assigned to and no other.
        var calls = p.role == .reviewer ? [] : try await IdeaQueries.calls(scope: p.isNationwide ? nil : p.jurisdictionPath, on: sql)
        // Reviewers see the calls they are assigned to, wherever those are.
        let assigned = try await IdeaQueries.assignedCalls(userId: p.userId, on: sql)
        for c in assigned where !calls.contains(where: { $0.id == c.id }) { calls.append(c) }
        let today = services.clock.today.iso
        var rows: [IdeaCallRow] = []
        for c in calls {
            let counts = try await IdeaQueries.counts(callId: c.id, on: sql)
            rows.append(
                .init(
                    title: c.topic, url: "/ideas/calls/\(c.id)", jurisdiction: c.jurisdictionName,
                    period: L10n.date(c.opensOn, l) + " – " + L10n.date(c.closesOn, l),
                    isOpen: c.opensOn <= today && today <= c.closesOn,
                    counts: L10n.fill("idea.counts", l, String(counts.values.reduce(0, +)), String(counts[IdeaState.submitted.rawValue] ?? 0))))
        }
        let view = IdeaIndexView(calls: rows, hasCalls: !rows.isEmpty, canCreate: Access.canManageIdeas(in: p.jurisdictionPath, p))
        return renderer.page("ideas/index", title: L10n.t("idea.title", l), view: view, context: context, request: request, active: "ideas")
    }

    func newForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        try Access.require(Access.canManageIdeas(in: p.jurisdictionPath, p), "idea_manage")
        let today = services.clock.today
        return try await callForm(
            .init(
                jurisdictionId: p.jurisdictionId, topic: "", rules: "", contact: "", opensOn: today.iso, closesOn: today.adding(days: 60).iso,
                categories: "", rewardTiers: "一等奖|10000元|1\n二等奖|5000元|3\n三等奖|1000元|10\n优秀奖|荣誉证书|20",
                criteria: "创新性|30\n可行性|40\n预期效益|30"), request, context)
    }

    func callForm(
        _ input: IdeaService.CallInput, _ request: Request, _ context: AppRequestContext, status: HTTPResponse.Status = .ok,
        issues: [ValidationIssue] = [], editing call: IdeaCallRecord? = nil, version: Int = 0
    ) async throws -> Response {
        let p = try context.requirePrincipal()
        let l = context.language
        let scope = p.isNationwide ? nil : p.jurisdictionPath
        let jurisdictions = try await JurisdictionQueries.all(within: scope, on: sql).filter { Access.canManageIdeas(in: $0.path, p) }
        let plans = try await PlanQueries.visible(scope: scope, on: sql)
        let view = IdeaCallFormView(
            action: call.map { "/ideas/calls/\($0.id)" } ?? "/ideas/calls", heading: L10n.t(call == nil ? "idea.call.new" : "idea.call.edit", l),
            submitLabel: L10n.t(call == nil ? "idea.call.create" : "idea.call.save", l), isEdit: call != nil, version: version,
            jurisdictionName: call?.jurisdictionName ?? "", unpublished: !input.isPublished,
            cancelURL: call.map { "/ideas/calls/\($0.id)" } ?? "/ideas",
            jurisdictions: jurisdictions.map { .init(value: String($0.id), label: $0.name, selected: $0.id == input.jurisdictionId) },
            plans: [IdeaOption(value: "", label: L10n.t("idea.call.noPlan", l), selected: input.planId == nil)]
                + plans.map { .init(value: String($0.id), label: $0.title, selected: $0.id == input.planId) },
            topic: input.topic, rules: input.rules, contact: input.contact, opensOn: input.opensOn, closesOn: input.closesOn,
            categories: input.categories, rewardTiers: input.rewardTiers, criteria: input.criteria, noticeDays: input.noticeDays,
            errors: issues.map { L10n.issue($0, l, scope: "idea") }, hasErrors: !issues.isEmpty)
        return renderer.page("ideas/new", title: view.heading, view: view, context: context, request: request, status: status, active: "ideas")
    }

    static func input(_ f: FormData, jurisdictionId: Int?) -> IdeaService.CallInput {
        IdeaService.CallInput(
            jurisdictionId: jurisdictionId, planId: f.int("planId"), topic: f.string("topic"), rules: f.string("rules"),
            contact: f.string("contact"), opensOn: f.string("opensOn"), closesOn: f.string("closesOn"), categories: f.string("categories"),
            rewardTiers: f.string("rewardTiers"), criteria: f.string("criteria"),
            noticeDays: f.string("noticeDays").isEmpty ? "7" : f.string("noticeDays"),
            isPublished: f.string("unpublished") != "1")
    }

    func editForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let call = try await IdeaService.managedCall(try context.parameters.require("id", as: Int.self), p, on: sql)
        return try await callForm(
            .init(
                jurisdictionId: call.jurisdictionId, planId: call.planId, topic: call.topic, rules: call.rules, contact: call.contact,
                opensOn: call.opensOn, closesOn: call.closesOn, categories: call.categories, rewardTiers: call.rewardTiers, criteria: call.criteria,
                noticeDays: String(call.noticeDays), isPublished: call.isPublished), request, context, editing: call, version: call.version)
    }

    /// Saves an edit made on the version the form was read at: a stale one is the 409 page naming what changed since.
    func update(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let call = try await IdeaService.managedCall(try context.parameters.require("id", as: Int.self), p, on: sql)
        let f = try await request.formData()
        let input = Self.input(f, jurisdictionId: call.jurisdictionId)
        let version = f.int("version") ?? 0
        do {
            _ = try await services.ideas.updateCall(call.id, input, baseVersion: version, by: p)
            return Response(status: .seeOther, headers: [.location: "/ideas/calls/\(call.id)"])
        } catch AppError.validation(let issues) {
            return try await callForm(input, request, context, status: .unprocessableContent, issues: issues, editing: call, version: version)
        }
    }

    func create(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        try Access.require(Access.canManageIdeas(in: p.jurisdictionPath, p), "idea_manage")
        let f = try await request.formData()
        let input = Self.input(f, jurisdictionId: f.int("jurisdictionId"))
        do {
            let call = try await services.ideas.createCall(input, by: p)
            return Response(status: .seeOther, headers: [.location: "/ideas/calls/\(call.id)"])
        } catch AppError.validation(let issues) {
            return try await callForm(input, request, context, status: .unprocessableContent, issues: issues)
        }
    }

    /// A call the reader may see: within their view, or assigned to them as a reviewer.
    func readableCall(_ id: Int, _ p: Principal) async throws -> IdeaCallRecord { try await IdeaService.readableCall(id, p, on: sql) }

    func call(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let l = context.language
        let call = try await readableCall(try context.parameters.require("id", as: Int.self), p)
        let canManage = Access.canManageIdeas(in: call.jurisdictionPath, p)
        let reviewerOnly = !p.sees(jurisdictionPath: call.jurisdictionPath)
        let raw = request.uri.queryParameters.get("state") ?? (reviewerOnly ? IdeaState.inReview.rawValue : IdeaState.submitted.rawValue)
        var state = raw == "all" ? nil : IdeaState(rawValue: raw)
        if raw != "all", state == nil { state = .submitted }
        // A reviewer from outside the office sees only what is under review.
        if reviewerOnly { state = .inReview }
        let after = max(0, Int(request.uri.queryParameters.get("after") ?? "") ?? 0)
        let rows = try await IdeaQueries.submissions(callId: call.id, state: state, afterId: after, limit: IdeaQueries.pageSize + 1, on: sql)
        let page = Array(rows.prefix(IdeaQueries.pageSize))
        let counts = try await IdeaQueries.counts(callId: call.id, on: sql)
        let base = "/ideas/calls/\(call.id)"
        let stateKey = state?.rawValue ?? "all"
        var scores: [Int: Double] = [:]
        if state == .inReview || state == .shortlisted {
            for s in page { scores[s.id] = IdeaQueries.meanScore(try await IdeaQueries.scores(of: s.id, on: sql), call.criterionList) }
        }
        let tabs: [IdeaStateTab] =
            reviewerOnly
            ? []
            : IdeaState.allCases.map { s in
                .init(label: Self.stateLabel(s.rawValue, l), url: base + "?state=" + s.rawValue, count: counts[s.rawValue] ?? 0, current: s == state)
            } + [.init(label: L10n.t("idea.state.all", l), url: base + "?state=all", count: counts.values.reduce(0, +), current: state == nil)]
        let view = IdeaCallView(
            id: call.id, topic: call.topic, jurisdiction: call.jurisdictionName,
            period: L10n.date(call.opensOn, l) + " – " + L10n.date(call.closesOn, l), publicURL: "/public/ideas/calls/\(call.id)", tabs: tabs,
            hasTabs: !tabs.isEmpty,
            rows: page.map { s in
                .init(
                    id: s.id, url: "/ideas/submissions/\(s.id)", title: s.title, category: s.category, state: Self.stateLabel(s.state, l),
                    stateCode: s.state,
                    submittedAt: displayTime(s.submittedAt, l), score: scores[s.id].map { String(format: "%.1f", $0) } ?? "")
            }, hasRows: !page.isEmpty, nextURL: base + "?state=\(stateKey)&after=\(page.last?.id ?? 0)", hasNext: rows.count > IdeaQueries.pageSize,
            reviewers: reviewerOnly ? [] : try await IdeaQueries.reviewers(callId: call.id, on: sql).map { "\($0.displayName)（\($0.username)）" },
            canManage: canManage,
            tiers: call.tierList.map { "\($0.name)：\($0.reward) × \($0.count)" },
            criteria: call.criterionList.map { "\($0.name)（\($0.weight)）" })
        return renderer.page("ideas/call", title: call.topic, view: view, context: context, request: request, isDemo: call.isDemo, active: "ideas")
    }

    func assignReviewer(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        let f = try await request.formData()
        try await services.ideas.assignReviewer(callId: id, username: f.string("username"), by: p)
        return Response(status: .seeOther, headers: [.location: "/ideas/calls/\(id)#reviewers"])
    }

    func submission(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await submissionPage(try context.parameters.require("id", as: Int.self), request, context)
    }

    func submissionPage(
        _ id: Int, _ request: Request, _ context: AppRequestContext, status: HTTPResponse.Status = .ok, issues: [String] = []
    ) async throws -> Response {
        let p = try context.requirePrincipal()
        let l = context.language
        guard let s = try await IdeaQueries.submission(id, on: sql) else { throw AppError.notFound(entity: "idea", id: String(id)) }
        let call = try await readableCall(s.callId, p)
        let seesAll = p.sees(jurisdictionPath: call.jurisdictionPath)
        let isReviewer = try await IdeaQueries.isReviewer(userId: p.userId, callId: call.id, on: sql)
        // A reviewer from outside the office reads only ideas under review, without who sent them.
        if !seesAll, s.ideaState != .inReview { throw AppError.notFound(entity: "idea", id: String(id)) }
        let canManage = Access.canManageIdeas(in: call.jurisdictionPath, p)
        let scores = try await IdeaQueries.scores(of: id, on: sql)
        let mine = Dictionary(scores.filter { $0.userId == p.userId }.map { ($0.criterion, $0.score) }, uniquingKeysWith: { a, _ in a })
        let links = try await IdeaQueries.links(of: id, on: sql)
        let objections = seesAll ? try await IdeaQueries.objections(of: id, on: sql) : []
        let items = try await ItemQueries.byIDs(links.compactMap(\.planItemId), on: sql)
        let attachments: [IdeaOption] =
            seesAll
            ? try await IdeaQueries.attachments(of: id, on: sql).map {
                .init(value: "/idea-attachments/\($0.id)", label: $0.originalName, selected: false)
            }
            : []
        let linkRows: [IdeaOption] =
            items.map { .init(value: "/items/\($0.id)", label: $0.title, selected: false) }
            + links.compactMap(\.matterId).map { .init(value: "/matters/\($0)", label: L10n.fill("idea.matterLink", l, String($0)), selected: false) }
        let actions: [IdeaActionForm] =
            canManage
            ? IdeaFlow.actions(in: s.ideaState).map { a in
                .init(
                    action: a.rawValue, label: L10n.t("idea.action." + a.rawValue, l), needsReason: [.hide, .merge].contains(a),
                    needsAnswer: [.approve, .triage, .decline, .shortlist, .award, .adopt].contains(a), needsTarget: a == .merge,
                    needsTier: a == .award,
                    needsLinks: a == .adopt)
            } : []
        let view = IdeaSubmissionView(
            id: s.id, version: s.version, callTopic: call.topic, callURL: "/ideas/calls/\(call.id)", title: s.title, idea: s.idea, problem: s.problem,
            category: s.category, submitter: seesAll ? (s.submitterName.isEmpty ? L10n.t("idea.anonymous", l) : s.submitterName) : nil,
            contact: canManage ? s.contact : "", showsContact: canManage && !s.contact.isEmpty, receiptCode: seesAll ? s.receiptCode : nil,
            state: Self.stateLabel(s.state, l), stateCode: s.state, answer: s.answer.nonEmpty,
            moderationReason: seesAll ? s.moderationReason.nonEmpty : nil,
            tier: s.tier.nonEmpty,
            noticeUntil: s.noticeUntil.map { L10n.date($0, l) }, adoption: s.adoption.nonEmpty, submittedAt: displayTime(s.submittedAt, l),
            attachments: attachments, hasAttachments: !attachments.isEmpty, actions: actions, hasActions: !actions.isEmpty,
            tiers: call.tierList.map { .init(value: $0.name, label: "\($0.name)（\($0.reward)）", selected: $0.name == s.tier) },
            canScore: isReviewer && s.ideaState == .inReview,
            scoreFields: call.criterionList.map {
                .init(name: "score_" + $0.name, label: "\($0.name)（\($0.weight)）", value: mine[$0.name].map(String.init) ?? "")
            },
            meanScore: IdeaQueries.meanScore(scores, call.criterionList).map { String(format: "%.1f", $0) } ?? "",
            scoreCount: Set(scores.map(\.userId)).count,
            links: linkRows, hasLinks: !linkRows.isEmpty,
            publicURL: "/public/ideas/\(s.id)", isPublic: s.ideaState.isPublic && call.isPublished,
            objections: objections.map { o in
                .init(
                    id: o.id, version: o.version, body: o.body, contact: canManage ? o.contact : "", hasContact: canManage && !o.contact.isEmpty,
                    lodged: displayTime(o.submittedAt, l), decision: L10n.t("idea.objection." + o.decision, l), decisionCode: o.decision,
                    answer: o.answer, hasAnswer: !o.answer.isEmpty, decidedBy: o.decidedBy, canDecide: canManage)
            }, hasObjections: !objections.isEmpty, showsObjections: seesAll && (s.noticeUntil != nil || !objections.isEmpty),
            errors: issues, hasErrors: !issues.isEmpty)
        return renderer.page(
            "ideas/submission", title: s.title, view: view, context: context, request: request, status: status, isDemo: s.isDemo, active: "ideas")
    }

    func act(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        let f = try await request.formData()
        let ids = { (key: String) in f.string(key).split(whereSeparator: { ", ，、".contains($0) }).compactMap { Int($0) } }
        let input = IdeaService.ActInput(
            action: f.string("action"), reason: f.string("reason"), answer: f.string("answer"), target: f.int("target"), tier: f.string("tier"),
            planItemIds: ids("planItemIds"), matterIds: ids("matterIds"), adoption: f.string("adoption"), baseVersion: f.int("version"))
        do {
            try await services.ideas.act(id, input, by: p)
            return Response(status: .seeOther, headers: [.location: "/ideas/submissions/\(id)"])
        } catch AppError.validation(let issues) {
            return try await submissionPage(
                id, request, context, status: .unprocessableContent, issues: issues.map { L10n.issue($0, context.language, scope: "idea") })
        } catch AppError.unprocessable(let code, let message) {
            let text = L10n.strings["error.code." + code].map { context.language == .zh ? $0.0 : $0.1 } ?? message
            return try await submissionPage(id, request, context, status: .unprocessableContent, issues: [text])
        }
    }

    func score(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        let f = try await request.formData()
        var scores: [String: String] = [:]
        for (key, values) in f.fields where key.hasPrefix("score_") { scores[String(key.dropFirst(6))] = values.last ?? "" }
        do {
            try await services.ideas.score(id, scores: scores, by: p)
            return Response(status: .seeOther, headers: [.location: "/ideas/submissions/\(id)"])
        } catch AppError.validation(let issues) {
            return try await submissionPage(
                id, request, context, status: .unprocessableContent, issues: issues.map { L10n.issue($0, context.language, scope: "idea") })
        }
    }

    /// Answers and decides an objection to a shortlisted idea; back to the idea, or its page with the problems.
    func decideObjection(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        guard let o = try await IdeaQueries.objection(id, on: sql) else { throw AppError.notFound(entity: "idea_objection", id: String(id)) }
        _ = try await IdeaService.managed(o.submissionId, p, on: sql)
        let f = try await request.formData()
        do {
            _ = try await services.ideas.decideObjection(
                id, decision: f.string("decision"), answer: f.string("answer"), baseVersion: f.int("version"), by: p)
            return Response(status: .seeOther, headers: [.location: "/ideas/submissions/\(o.submissionId)#objections"])
        } catch AppError.validation(let issues) {
            return try await submissionPage(
                o.submissionId, request, context, status: .unprocessableContent,
                issues: issues.map { L10n.issue($0, context.language, scope: "idea") })
        }
    }

    func attachment(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let p = try context.requirePrincipal()
        let id = try context.parameters.require("id", as: Int.self)
        guard let a = try await IdeaQueries.attachment(id, on: sql), let s = try await IdeaQueries.submission(a.submissionId, on: sql),
            let call = try await IdeaQueries.call(s.callId, on: sql), p.sees(jurisdictionPath: call.jurisdictionPath),
            let stored = try await services.files.file(a.storageKey)
        else { throw AppError.notFound(entity: "idea", id: String(id)) }
        return Response(
            status: .ok,
            headers: [
                .contentType: a.contentType, .cacheControl: "private, no-store",
                .contentDisposition: ContentDisposition.attachment(filename: a.originalName, asciiFallback: "attachment-\(a.id)")
            ], body: services.files.body(of: stored))
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import ReformCore
import SQLKit

/// The public side of golden ideas (金点子征集): the calls, a call with its rules, tiers, the shortlist under public notice
/// (公示) and the ideas made public; the submission form (no sign-in; a signed form token instead of a session, a
/// honeypot, per-address limits); an idea's public page with its answer and what came of it; and the submitter's private
/// page, reached only by the link given with the receipt.
struct IdeaPublicPages: PageHandlers {
    let services: AppServices
    let cache = PublicPageCache()

    /// The field a person leaves empty and a form-filling robot fills.
    static let honeypot = "website"

    private func cached(_ request: Request, _ context: AppRequestContext, _ build: () async throws -> PublicBody) async throws -> Response {
        try await PublicCache.respond(
            request, context, stamp: try await PublicQueries.stamp(on: sql), clock: services.clock, cache: cache, build: build)
    }

    private func page<View>(
        _ template: String, _ title: String, _ view: View, _ request: Request, _ context: AppRequestContext, status: HTTPResponse.Status = .ok,
        isDemo: Bool = false
    ) -> PublicBody {
        var body = PublicSite.page(
            template, title: title, view: view, services: services, context: context, request: request, isDemo: isDemo, active: "ideas")
        body.status = status
        return body
    }

    static func period(_ c: IdeaCallRecord, _ l: Language) -> String { L10n.date(c.opensOn, l) + " – " + L10n.date(c.closesOn, l) }

    func status(_ c: IdeaCallRecord, _ l: Language) -> (Bool, String) {
        let today = services.clock.today.iso
        if today < c.opensOn { return (false, L10n.t("idea.public.notYetOpen", l)) }
        if today > c.closesOn { return (false, L10n.t("idea.public.closed", l)) }
        return (true, L10n.t("idea.public.open", l))
    }

    func calls(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await cached(request, context) {
            let l = context.language
            let calls = try await IdeaQueries.publishedCalls(on: sql)
            let view = PublicIdeasView(
                calls: calls.map { c in
                    let (open, status) = self.status(c, l)
                    return .init(
                        topic: c.topic, url: "/public/ideas/calls/\(c.id)", jurisdiction: c.jurisdictionName, period: Self.period(c, l), isOpen: open,
                        status: status)
                }, hasCalls: !calls.isEmpty)
            return page("publicsite/ideas", L10n.t("idea.public.title", l), view, request, context, isDemo: calls.contains(where: \.isDemo))
        }
    }

    static func row(_ i: PublicIdea, _ l: Language) -> PublicIdeaRow {
        .init(
            title: i.title, url: "/public/ideas/\(i.id)", category: i.category, state: L10n.t("idea.state." + i.state, l), stateCode: i.state,
            tier: i.tier.nonEmpty)
    }

    func call(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        return try await cached(request, context) {
            let l = context.language
            guard let c = try await IdeaQueries.publishedCall(id, on: sql) else { throw AppError.notFound(entity: "idea_call", id: String(id)) }
            let ideas = try await IdeaQueries.publicIdeas(callId: id, on: sql)
            let shortlist = ideas.filter { $0.ideaState == .shortlisted }
            let (open, status) = self.status(c, l)
            let until = shortlist.compactMap(\.noticeUntil).max()
            let view = PublicIdeaCallView(
                topic: c.topic, jurisdiction: c.jurisdictionName, period: Self.period(c, l), isOpen: open, status: status, rules: c.rules.nonEmpty,
                contact: c.contact.nonEmpty, categories: c.categoryList,
                tiers: c.tierList.map { .init(name: $0.name, reward: $0.reward, count: $0.count) },
                hasTiers: !c.tierList.isEmpty, submitURL: "/public/ideas/calls/\(id)/submit", shortlist: shortlist.map { Self.row($0, l) },
                hasShortlist: !shortlist.isEmpty, noticeText: until.map { L10n.fill("idea.public.noticeUntil", l, L10n.date($0, l)) } ?? "",
                ideas: ideas.filter { $0.ideaState != .shortlisted }.map { Self.row($0, l) },
                hasIdeas: ideas.contains { $0.ideaState != .shortlisted })
            return page("publicsite/idea_call", c.topic, view, request, context, isDemo: c.isDemo)
        }
    }

    // MARK: The form

    func form(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        guard let c = try await IdeaQueries.publishedCall(id, on: sql) else { throw AppError.notFound(entity: "idea_call", id: String(id)) }
        return try await formPage(c, .init(title: "", idea: "", problem: "", category: "", anonymous: true, name: "", contact: ""), request, context)
    }

    func formPage(
        _ c: IdeaCallRecord, _ input: IdeaService.SubmissionInput, _ request: Request, _ context: AppRequestContext,
        status: HTTPResponse.Status = .ok, errors: [String] = [], duplicateURL: String = ""
    ) async throws -> Response {
        let l = context.language
        let held = request.cookies[IdeaFormToken.cookieName]?.value ?? ""
        let nonce = SecretToken.looksGenerated(held) ? held : SecretToken.generate()
        let key = try await IdeaFormToken.key(on: sql, now: services.clock.timestamp)
        let token = IdeaFormToken.sign(callId: c.id, issuedAt: Int(services.clock.now.timeIntervalSince1970), nonce: nonce, key: key)
        let view = PublicIdeaFormView(
            topic: c.topic, callURL: "/public/ideas/calls/\(c.id)", action: "/public/ideas/calls/\(c.id)/submit", formToken: token,
            categories: c.categoryList.map { .init(value: $0, label: $0, selected: $0 == input.category) }, hasCategories: !c.categoryList.isEmpty,
            title: input.title, idea: input.idea, problem: input.problem, name: input.name, contact: input.contact, anonymous: input.anonymous,
            errors: errors, hasErrors: !errors.isEmpty, maxFiles: IdeaService.maxFiles, duplicateURL: duplicateURL,
            hasDuplicateURL: !duplicateURL.isEmpty)
        var r = page("publicsite/idea_form", L10n.t("idea.public.submit", l), view, request, context, status: status, isDemo: c.isDemo).response
        r.headers[.cacheControl] = "no-store"
        r.setCookie(IdeaFormToken.cookie(nonce, secure: services.config.secureCookies))
        return r
    }

    /// The largest body the form takes: the files and the text.
    var bodyLimit: Int { IdeaService.maxFiles * services.config.maxEvidenceBytes + 256 * 1024 }

    func submit(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let id = try context.parameters.require("id", as: Int.self)
        guard let c = try await IdeaQueries.publishedCall(id, on: sql) else { throw AppError.notFound(entity: "idea_call", id: String(id)) }
        // A post from another site's page is refused before its body is read.
        if let origin = request.headers[.origin], let host = request.head.authority, origin != "null",
            URL(string: origin)?.host.map({ host.hasPrefix($0) }) == false
        {
            throw AppError.csrfRejected
        }
        var fields: [String: [String]] = [:]
        var files: [(name: String, data: Data)] = []
        let contentType = request.headers[.contentType] ?? ""
        do {
            if let boundary = MultipartStreamParser.boundary(contentType: contentType) {
                let form = try await UploadedForm.read(request.body, boundary: boundary, limit: bodyLimit)
                fields = form.fields
                for file in form.files["attachments"] ?? [] where file.size > 0 || !file.filename.isEmpty {
                    if file.size == 0, file.filename.isEmpty { continue }
                    files.append((file.filename, try file.data()))
                }
            } else {
                fields = QueryString.parse(String(buffer: try await request.body.collect(upTo: 256 * 1024)))
            }
        } catch let error as AppError {
            throw error
        } catch {
            throw AppError.badRequest(parameter: "body", message: "the form could not be read")
        }
        try QueryString.rejectNUL(fields)
        let f = FormData(fields: fields)
        let key = try await IdeaFormToken.key(on: sql, now: services.clock.timestamp)
        guard
            IdeaFormToken.verify(
                f.string(IdeaFormToken.field), callId: id, nonce: request.cookies[IdeaFormToken.cookieName]?.value, key: key,
                now: Int(services.clock.now.timeIntervalSince1970))
        else { throw AppError.csrfRejected }
        let input = IdeaService.SubmissionInput(
            title: f.string("title"), idea: f.string("idea"), problem: f.string("problem"), category: f.string("category"),
            anonymous: f.string("named") != "1", name: f.string("name"), contact: f.string("contact"))
        // A robot that filled the hidden field is thanked and nothing is kept.
        if !f.string(Self.honeypot).isEmpty {
            var r = page("publicsite/idea_thanks", L10n.t("idea.public.thanks", l), ["topic": c.topic], request, context).response
            r.headers[.cacheControl] = "no-store"
            return r
        }
        do {
            let address = ClientAddress.of(request, context, trustedProxies: services.config.trustedProxies)
            let receipt = try await services.ideas.submit(callId: id, input, files: files, clientAddress: address)
            return try await receiptPage(token: receipt.token, justSubmitted: true, request, context)
        } catch AppError.validation(let issues) {
            return try await formPage(
                c, input, request, context, status: .unprocessableContent, errors: issues.map { L10n.issue($0, l, scope: "idea") })
        } catch IdeaService.Refusal.closed {
            return try await formPage(c, input, request, context, status: .unprocessableContent, errors: [L10n.t("idea.public.closedError", l)])
        } catch IdeaService.Refusal.rateLimited {
            var r = try await formPage(c, input, request, context, status: .tooManyRequests, errors: [L10n.t("idea.public.rateLimited", l)])
            r.headers[.retryAfter] = "3600"
            return r
        } catch IdeaService.Refusal.duplicate(let publicId) {
            return try await formPage(
                c, input, request, context, status: .unprocessableContent, errors: [L10n.t("idea.public.duplicate", l)],
                duplicateURL: publicId.map { "/public/ideas/\($0)" } ?? "")
        }
    }

    // MARK: An idea

    func idea(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let id = try context.parameters.require("id", as: Int.self)
        return try await cached(request, context) {
            let l = context.language
            guard let i = try await IdeaQueries.publicIdea(id, on: sql), let c = try await IdeaQueries.publishedCall(i.callId, on: sql) else {
                throw AppError.notFound(entity: "idea", id: String(id))
            }
            var links: [PublicIdeaLink] = []
            for link in try await IdeaQueries.links(of: id, on: sql) {
                // Only what the public may see: a published, not held-back item.
                if let itemId = link.planItemId, let (item, _) = try await PublicQueries.item(itemId, on: sql) {
                    links.append(.init(label: item.title, url: "/public/items/\(item.id)"))
                }
            }
            let view = PublicIdeaView(
                title: i.title, callTopic: c.topic, callURL: "/public/ideas/calls/\(c.id)", idea: i.idea, problem: i.problem, category: i.category,
                submitter: i.submitterName.isEmpty ? L10n.t("idea.anonymous", l) : i.submitterName,
                submittedOn: L10n.date(String(i.submittedAt.prefix(10)), l), state: L10n.t("idea.state." + i.state, l), stateCode: i.state,
                answer: i.answer, hasAnswer: !i.answer.isEmpty, tier: i.tier.nonEmpty,
                noticeUntil: i.ideaState == .shortlisted ? i.noticeUntil.map { L10n.fill("idea.public.noticeUntil", l, L10n.date($0, l)) } : nil,
                adoption: i.adoption, hasAdoption: !i.adoption.isEmpty, links: links, hasLinks: !links.isEmpty,
                objectURL: i.ideaState == .shortlisted && (i.noticeUntil ?? "") >= services.clock.today.iso ? "/public/ideas/\(i.id)/objection" : nil)
            return page("publicsite/idea", i.title, view, request, context, isDemo: c.isDemo)
        }
    }

    // MARK: Objections during the public notice (公示异议)

    /// A shortlisted idea the public may read, with its call.
    private func shortlisted(_ id: Int) async throws -> (PublicIdea, IdeaCallRecord) {
        guard let i = try await IdeaQueries.publicIdea(id, on: sql), i.ideaState == .shortlisted,
            let c = try await IdeaQueries.publishedCall(i.callId, on: sql)
        else { throw AppError.notFound(entity: "idea", id: String(id)) }
        return (i, c)
    }

    func objectionForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (i, c) = try await shortlisted(try context.parameters.require("id", as: Int.self))
        let open = (i.noticeUntil ?? "") >= services.clock.today.iso
        return try await objectionPage(
            i, c, body: "", contact: "", request, context, errors: open ? [] : [L10n.t("idea.public.objectionClosed", context.language)])
    }

    func objectionPage(
        _ i: PublicIdea, _ c: IdeaCallRecord, body: String, contact: String, _ request: Request, _ context: AppRequestContext,
        status: HTTPResponse.Status = .ok, errors: [String] = []
    ) async throws -> Response {
        let l = context.language
        let held = request.cookies[IdeaFormToken.cookieName]?.value ?? ""
        let nonce = SecretToken.looksGenerated(held) ? held : SecretToken.generate()
        let key = try await IdeaFormToken.key(on: sql, now: services.clock.timestamp)
        let token = IdeaFormToken.sign(callId: c.id, issuedAt: Int(services.clock.now.timeIntervalSince1970), nonce: nonce, key: key)
        let view = PublicIdeaObjectionView(
            title: i.title, ideaURL: "/public/ideas/\(i.id)", callTopic: c.topic, callURL: "/public/ideas/calls/\(c.id)",
            noticeUntil: i.noticeUntil.map { L10n.fill("idea.public.noticeUntil", l, L10n.date($0, l)) } ?? "",
            action: "/public/ideas/\(i.id)/objection", formToken: token, body: body, contact: contact, errors: errors, hasErrors: !errors.isEmpty,
            isOpen: (i.noticeUntil ?? "") >= services.clock.today.iso)
        var r = page("publicsite/idea_objection", L10n.t("idea.public.objectTitle", l), view, request, context, status: status, isDemo: c.isDemo)
            .response
        r.headers[.cacheControl] = "no-store"
        r.setCookie(IdeaFormToken.cookie(nonce, secure: services.config.secureCookies))
        return r
    }

    /// An objection: refused from another site's page before its body is read; the signed token and its cookie, the
    /// honeypot, the hourly limit per address, the sizes; stored as typed, the contact never shown.
    func object(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        let (i, c) = try await shortlisted(try context.parameters.require("id", as: Int.self))
        if let origin = request.headers[.origin], let host = request.head.authority, origin != "null",
            URL(string: origin)?.host.map({ host.hasPrefix($0) }) == false
        {
            throw AppError.csrfRejected
        }
        let fields: [String: [String]]
        do {
            fields = QueryString.parse(String(buffer: try await request.body.collect(upTo: 64 * 1024)))
        } catch {
            throw AppError.badRequest(parameter: "body", message: "the form could not be read")
        }
        try QueryString.rejectNUL(fields)
        let f = FormData(fields: fields)
        let key = try await IdeaFormToken.key(on: sql, now: services.clock.timestamp)
        guard
            IdeaFormToken.verify(
                f.string(IdeaFormToken.field), callId: c.id, nonce: request.cookies[IdeaFormToken.cookieName]?.value, key: key,
                now: Int(services.clock.now.timeIntervalSince1970))
        else { throw AppError.csrfRejected }
        let thanks = { () -> Response in
            var r = self.page(
                "publicsite/idea_thanks", L10n.t("idea.public.thanks", l),
                ["topic": L10n.t("idea.public.objectionThanks", l), "backURL": "/public/ideas/\(i.id)", "backLabel": i.title], request, context
            ).response
            r.headers[.cacheControl] = "no-store"
            return r
        }
        // A robot that filled the hidden field is thanked and nothing is kept.
        if !f.string(Self.honeypot).isEmpty { return thanks() }
        let body = f.string("objection"), contact = f.string("contact")
        do {
            let address = ClientAddress.of(request, context, trustedProxies: services.config.trustedProxies)
            _ = try await services.ideas.object(submissionId: i.id, body: body, contact: contact, clientAddress: address)
            return thanks()
        } catch AppError.validation(let issues) {
            return try await objectionPage(
                i, c, body: body, contact: contact, request, context, status: .unprocessableContent,
                errors: issues.map { L10n.issue($0, l, scope: "idea") })
        } catch IdeaService.Refusal.closed {
            return try await objectionPage(
                i, c, body: body, contact: contact, request, context, status: .unprocessableContent,
                errors: [L10n.t("idea.public.objectionClosed", l)])
        } catch IdeaService.Refusal.rateLimited {
            var r = try await objectionPage(
                i, c, body: body, contact: contact, request, context, status: .tooManyRequests,
                errors: [L10n.t("idea.public.objectionRateLimited", l)])
            r.headers[.retryAfter] = "3600"
            return r
        }
    }

    // MARK: The submitter's private page

    func receipt(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await receiptPage(token: try context.parameters.require("token"), justSubmitted: false, request, context)
    }

    func receiptPage(token: String, justSubmitted: Bool, _ request: Request, _ context: AppRequestContext) async throws -> Response {
        let l = context.language
        guard SecretToken.looksGenerated(token), let s = try await IdeaQueries.submission(tokenDigest: SecretToken.digest(token), on: sql),
            let c = try await IdeaQueries.call(s.callId, on: sql)
        else { throw AppError.notFound(entity: "idea", id: "") }
        let view = PublicIdeaReceiptView(
            code: s.receiptCode, title: s.title, callTopic: c.topic, submittedAt: L10n.time(s.submittedAt, l, in: services.clock.timeZone),
            state: L10n.t("idea.state." + s.state, l), stateCode: s.state, answer: s.answer, hasAnswer: !s.answer.isEmpty,
            moderationReason: s.moderationReason, hasModerationReason: !s.moderationReason.isEmpty && [.hidden, .merged].contains(s.ideaState),
            publicURL: "/public/ideas/\(s.id)", isPublic: s.ideaState.isPublic && c.isPublished, privateURL: "/public/ideas/receipt/\(token)",
            justSubmitted: justSubmitted)
        var r = page("publicsite/idea_receipt", L10n.t("idea.public.receipt", l), view, request, context, isDemo: s.isDemo || c.isDemo).response
        r.headers[.cacheControl] = "no-store"
        // The private link must not travel on in a Referer.
        r.headers[.referrerPolicy] = "no-referrer"
        r.headers[HTTPField.Name("X-Robots-Tag")!] = "noindex"
        return r
    }

    // MARK: Sections of the public pages

    static func homeSection(_ services: AppServices, _ l: Language) async throws -> String {
        let calls = try await IdeaQueries.publishedCalls(on: services.database.sql)
        guard !calls.isEmpty else { return "" }
        let view = PublicIdeaSection(
            title: L10n.t("idea.public.title", l),
            rows: calls.prefix(5).map { .init(label: $0.topic + "（" + period($0, l) + "）", url: "/public/ideas/calls/\($0.id)") })
        return PublicSite.fragment("publicsite/idea_section", view: view, services: services, language: l)
    }

    static func itemSection(_ services: AppServices, _ itemId: Int, _ l: Language) async throws -> String {
        let ideas = try await IdeaQueries.publicIdeas(linkedTo: itemId, on: services.database.sql)
        guard !ideas.isEmpty else { return "" }
        let view = PublicIdeaSection(title: L10n.t("idea.public.ledTo", l), rows: ideas.map { .init(label: $0.title, url: "/public/ideas/\($0.id)") })
        return PublicSite.fragment("publicsite/idea_section", view: view, services: services, language: l)
    }
}

import Crypto
import Foundation
import ReformCore
import SQLKit

/// Golden-idea calls: the office opens a call; anyone submits (text stored exactly as typed, contact kept for the office,
/// a receipt code and a private link given back); the office moderates, triages, assigns reviewers who score by weighted
/// criteria, shortlists with a public notice, awards and adopts. Each write is one transaction with its audit entry.
package struct IdeaService: Sendable {
    let database: DatabaseService
    let clock: AppClock
    let evidence: EvidenceStore

    static let titleMax = 100
    static let ideaMax = 5_000
    static let problemMax = 2_000
    static let nameMax = 50
    static let contactMax = 100
    static let maxFiles = 3
    static let answerMax = 2_000
    /// Submissions one address may make in an hour.
    static let perHour = 5

    // MARK: Calls

    package struct CallInput: Sendable {
        var jurisdictionId: Int?
        var planId: Int?
        var topic: String
        var rules: String
        var contact: String
        var opensOn: String
        var closesOn: String
        var categories: String
        var rewardTiers: String
        var criteria: String
        var noticeDays: String
        var isPublished: Bool

        package init(
            jurisdictionId: Int?, planId: Int? = nil, topic: String, rules: String, contact: String, opensOn: String, closesOn: String,
            categories: String, rewardTiers: String, criteria: String, noticeDays: String = "7", isPublished: Bool = true
        ) {
            self.jurisdictionId = jurisdictionId
            self.planId = planId
            self.topic = topic
            self.rules = rules
            self.contact = contact
            self.opensOn = opensOn
            self.closesOn = closesOn
            self.categories = categories
            self.rewardTiers = rewardTiers
            self.criteria = criteria
            self.noticeDays = noticeDays
            self.isPublished = isPublished
        }
    }

    /// What a call's input comes to once checked: every problem at once, each naming its field.
    private struct CheckedCall {
        var jurisdiction: JurisdictionRecord
        var categories: String
        var opens: LocalDate
        var closes: LocalDate
        var noticeDays: Int
        var criteria: String
    }

    private func check(_ input: CallInput, by p: Principal, on sql: any SQLDatabase) async throws -> CheckedCall {
        var issues: [ValidationIssue] = []
        var jurisdiction: JurisdictionRecord?
        if let id = input.jurisdictionId, let j = try await JurisdictionQueries.find(id, on: sql) {
            guard p.sees(jurisdictionPath: j.path) else { throw AppError.notFound(entity: "jurisdiction", id: String(id)) }
            try Access.require(Access.canManageIdeas(in: j.path, p), "idea_manage")
            jurisdiction = j
        } else {
            issues.append(ValidationIssue(field: "jurisdictionId", code: input.jurisdictionId == nil ? .required : .notFound))
        }
        var categories = input.categories
        if let planId = input.planId {
            if let plan = try await PlanQueries.find(planId, on: sql), let j = jurisdiction,
                plan.jurisdictionId == j.id || p.sees(jurisdictionPath: j.path)
            {
                if categories.trimmed.isEmpty {
                    categories = try await ItemQueries.tree(planId: planId, on: sql).filter { $0.depth == 0 }.map(\.title).joined(separator: "\n")
                }
            } else {
                issues.append(ValidationIssue(field: "planId", code: .notFound))
            }
        }
        if input.topic.trimmed.isEmpty { issues.append(ValidationIssue(field: "topic", code: .required)) }
        if input.topic.count > 200 { issues.append(ValidationIssue(field: "topic", code: .tooLong, limit: 200)) }
        for (text, field) in [
            (input.rules, "rules"), (input.contact, "contact"), (categories, "categories"), (input.rewardTiers, "rewardTiers"),
            (input.criteria, "criteria")
        ]
        where text.count > 5_000 {
            issues.append(ValidationIssue(field: field, code: .tooLong, limit: 5_000))
        }
        let opens = LocalDate(iso: input.opensOn.trimmed)
        let closes = LocalDate(iso: input.closesOn.trimmed)
        if opens == nil { issues.append(ValidationIssue(field: "opensOn", code: input.opensOn.trimmed.isEmpty ? .required : .invalidDate)) }
        if closes == nil { issues.append(ValidationIssue(field: "closesOn", code: input.closesOn.trimmed.isEmpty ? .required : .invalidDate)) }
        if let o = opens, let c = closes, c < o { issues.append(ValidationIssue(field: "closesOn", code: .dateOrder)) }
        let noticeDays = Int(input.noticeDays.trimmed) ?? -1
        if !(0...60).contains(noticeDays) { issues.append(ValidationIssue(field: "noticeDays", code: .outOfRange, limit: 60)) }
        let criteria = input.criteria.trimmed.isEmpty ? "创新性|30\n可行性|40\n预期效益|30" : input.criteria
        if !issues.isEmpty { throw AppError.validation(issues) }
        return CheckedCall(
            jurisdiction: jurisdiction!, categories: categories, opens: opens!, closes: closes!, noticeDays: noticeDays, criteria: criteria)
    }

    package func createCall(_ input: CallInput, by p: Principal, isDemo: Bool = false) async throws -> IdeaCallRecord {
        try await database.transaction { sql in
            let c = try await check(input, by: p, on: sql)
            let j = c.jurisdiction
            let now = clock.timestamp
            let id = try await sql.insertReturningID(
                """
                INSERT INTO idea_calls (jurisdiction_id, jurisdiction_path, plan_id, topic, rules, contact, opens_on, closes_on, categories, reward_tiers,
                  criteria, notice_days, is_published, is_demo, version, created_at, updated_at)
                VALUES (\(bind: j.id), \(bind: j.path), \(bind: input.planId), \(bind: input.topic.trimmed), \(bind: input.rules), \(bind: input.contact),
                  \(bind: c.opens.iso), \(bind: c.closes.iso), \(bind: c.categories), \(bind: input.rewardTiers), \(bind: c.criteria),
                  \(bind: c.noticeDays), \(bind: input.isPublished), \(bind: isDemo), 1, \(bind: now), \(bind: now))
                """)
            try await Audit.record(
                entity: "idea_call", id: id, action: "idea_call", actor: p.actorName, version: 1,
                changes: [.init(field: "ideaCall", before: nil, after: input.topic.trimmed)], scopePath: j.path, at: now, on: sql)
            try await PublicationService.touch(now, on: sql)
            return try await IdeaQueries.call(id, on: sql)!
        }
    }

    /// A call the reader may see (pages and API alike): within their view, or assigned to them as a reviewer.
    static func readableCall(_ id: Int, _ p: Principal, on sql: any SQLDatabase) async throws -> IdeaCallRecord {
        guard let call = try await IdeaQueries.call(id, on: sql) else { throw AppError.notFound(entity: "idea_call", id: String(id)) }
        if p.sees(jurisdictionPath: call.jurisdictionPath) { return call }
        if try await IdeaQueries.isReviewer(userId: p.userId, callId: id, on: sql) { return call }
        throw AppError.notFound(entity: "idea_call", id: String(id))
    }

    /// A submission the reader may see: a reviewer from outside the office reads only ideas under review.
    static func readableSubmission(_ id: Int, _ p: Principal, on sql: any SQLDatabase) async throws -> (IdeaSubmissionRecord, IdeaCallRecord) {
        guard let s = try await IdeaQueries.submission(id, on: sql) else { throw AppError.notFound(entity: "idea", id: String(id)) }
        let call = try await readableCall(s.callId, p, on: sql)
        if !p.sees(jurisdictionPath: call.jurisdictionPath), s.ideaState != .inReview { throw AppError.notFound(entity: "idea", id: String(id)) }
        return (s, call)
    }

    /// A call the office keeps: 404 outside the reader's view, 403 inside it without the right to keep calls.
    static func managedCall(_ id: Int, _ p: Principal, on sql: any SQLDatabase) async throws -> IdeaCallRecord {
        guard let call = try await IdeaQueries.call(id, on: sql), p.sees(jurisdictionPath: call.jurisdictionPath) else {
            throw AppError.notFound(entity: "idea_call", id: String(id))
        }
        try Access.require(Access.canManageIdeas(in: call.jurisdictionPath, p), "idea_manage")
        return call
    }

    /// Edits a call (its jurisdiction stays; the criteria too once a reviewer has scored by them). A stale version is a 409
    /// naming the fields changed since, read from the audit log.
    package func updateCall(_ id: Int, _ input: CallInput, baseVersion: Int, by p: Principal) async throws -> IdeaCallRecord {
        try await database.transaction { sql in
            let call = try await Self.managedCall(id, p, on: sql)
            var input = input
            input.jurisdictionId = call.jurisdictionId
            if input.criteria.trimmed.isEmpty { input.criteria = call.criteria }
            let c = try await check(input, by: p, on: sql)
            if c.criteria != call.criteria,
                try await sql.scalar(
                    Int.self, column: "n",
                    "SELECT COUNT(*) AS n FROM idea_scores s JOIN idea_submissions i ON i.id = s.submission_id WHERE i.call_id = \(bind: id)") ?? 0
                    > 0
            {
                throw AppError.validation([ValidationIssue(field: "criteria", code: .invalidChoice)])
            }
            let now = clock.timestamp
            let before: [String: String?] = [
                "ideaCallTopic": call.topic, "ideaCallRules": call.rules, "ideaCallContact": call.contact, "ideaCallOpensOn": call.opensOn,
                "ideaCallClosesOn": call.closesOn,
                "ideaCallCategories": call.categories, "ideaCallTiers": call.rewardTiers, "ideaCallCriteria": call.criteria,
                "ideaCallNoticeDays": String(call.noticeDays),
                "ideaCallPublished": String(call.isPublished), "ideaCallPlan": call.planId.map(String.init)
            ]
            let after: [String: String?] = [
                "ideaCallTopic": input.topic.trimmed, "ideaCallRules": input.rules, "ideaCallContact": input.contact, "ideaCallOpensOn": c.opens.iso,
                "ideaCallClosesOn": c.closes.iso,
                "ideaCallCategories": c.categories, "ideaCallTiers": input.rewardTiers, "ideaCallCriteria": c.criteria,
                "ideaCallNoticeDays": String(c.noticeDays),
                "ideaCallPublished": String(input.isPublished), "ideaCallPlan": input.planId.map(String.init)
            ]
            if baseVersion != call.version { throw try await stale(call, baseVersion, after, on: sql) }
            let changes = Audit.diff(before, after)
            if changes.isEmpty { return call }
            let updated = try await sql.updateReturningCount(
                """
                UPDATE idea_calls SET plan_id = \(bind: input.planId), topic = \(bind: input.topic.trimmed), rules = \(bind: input.rules),
                  contact = \(bind: input.contact), opens_on = \(bind: c.opens.iso), closes_on = \(bind: c.closes.iso), categories = \(bind: c.categories),
                  reward_tiers = \(bind: input.rewardTiers), criteria = \(bind: c.criteria), notice_days = \(bind: c.noticeDays),
                  is_published = \(bind: input.isPublished), version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: id) AND version = \(bind: call.version)
                """)
            if updated == 0 { throw try await stale(call, baseVersion, after, on: sql) }
            try await Audit.record(
                entity: "idea_call", id: id, action: "idea_call_edit", actor: p.actorName, version: call.version + 1, changes: changes,
                scopePath: call.jurisdictionPath, at: now, on: sql)
            try await PublicationService.touch(now, on: sql)
            return try await IdeaQueries.call(id, on: sql)!
        }
    }

    private func stale(_ call: IdeaCallRecord, _ base: Int, _ yours: [String: String?], on sql: any SQLDatabase) async throws -> AppError {
        let current = try await IdeaQueries.call(call.id, on: sql)?.version ?? call.version
        return AppError.conflict(
            entity: "idea_call", id: call.id, currentVersion: current,
            changes: try await Audit.conflictChanges(entity: "idea_call", id: call.id, baseVersion: base, yours: yours, on: sql))
    }

    // MARK: Submissions

    package struct SubmissionInput: Sendable {
        var title: String
        var idea: String
        var problem: String
        var category: String
        var anonymous: Bool
        var name: String
        var contact: String

        package init(title: String, idea: String, problem: String, category: String, anonymous: Bool, name: String, contact: String) {
            self.title = title
            self.idea = idea
            self.problem = problem
            self.category = category
            self.anonymous = anonymous
            self.name = name
            self.contact = contact
        }
    }

    /// Why a submission was not taken (besides field errors).
    enum Refusal: Error, Equatable, Sendable {
        case closed
        case rateLimited
        /// The same title and text were already submitted to this call: the earlier one's public id, if it is public.
        case duplicate(publicId: Int?)
    }

    package struct Receipt: Sendable, Equatable {
        package var submissionId: Int
        package var code: String
        /// The private link's token (only its digest is stored).
        package var token: String
    }

    /// The digest the duplicate check compares: title and text with runs of white space made one space.
    static func textDigest(title: String, idea: String) -> String {
        let normalised = (title + "\n" + idea).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return SHA256.hash(data: Data(normalised.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    static func clientDigest(_ address: String, key: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(address.utf8), using: SymmetricKey(data: Data(key.utf8))).map { String(format: "%02x", $0) }
            .joined()
    }

    static func looksLikeContact(_ s: String) -> Bool {
        let t = s.trimmed
        if t.isEmpty { return true }
        let phone = t.filter { !" -()".contains($0) }
        if phone.count >= 7, phone.count <= 20, phone.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "+") }) { return true }
        let parts = t.split(separator: "@")
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !t.contains(where: \.isWhitespace)
    }

    static func receiptCode() -> String {
        let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return "JD-" + String((0..<8).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }

    /// Takes a submission: checks the call is open, the address's hourly count, the fields, the files and the duplicate
    /// check, then stores it (in moderation) with its receipt.
    package func submit(
        callId: Int, _ input: SubmissionInput, files: [(name: String, data: Data)], clientAddress: String
    ) async throws -> Receipt {
        try await database.transaction { sql in
            guard let call = try await IdeaQueries.publishedCall(callId, on: sql) else {
                throw AppError.notFound(entity: "idea_call", id: String(callId))
            }
            let today = clock.today
            guard let opens = LocalDate(iso: call.opensOn), let closes = LocalDate(iso: call.closesOn), opens <= today, today <= closes else {
                throw Refusal.closed
            }
            let key = try await IdeaFormToken.key(on: sql, now: clock.timestamp)
            let client = Self.clientDigest(clientAddress, key: key)
            let hourAgo = Timestamp.of(clock.now.addingTimeInterval(-3600))
            let recent =
                try await sql.scalar(
                    Int.self, column: "n",
                    "SELECT COUNT(*) AS n FROM idea_submissions WHERE client_digest = \(bind: client) AND submitted_at > \(bind: hourAgo)") ?? 0
            if recent >= Self.perHour { throw Refusal.rateLimited }
            var issues: [ValidationIssue] = []
            func text(_ value: String, _ field: String, max: Int, required: Bool) {
                if required, value.trimmed.isEmpty { issues.append(ValidationIssue(field: field, code: .required)) }
                if value.count > max { issues.append(ValidationIssue(field: field, code: .tooLong, limit: max)) }
            }
            text(input.title, "title", max: Self.titleMax, required: true)
            text(input.idea, "idea", max: Self.ideaMax, required: true)
            text(input.problem, "problem", max: Self.problemMax, required: true)
            text(input.name, "submitterName", max: Self.nameMax, required: !input.anonymous)
            text(input.contact, "contact", max: Self.contactMax, required: false)
            if !Self.looksLikeContact(input.contact) { issues.append(ValidationIssue(field: "contact", code: .invalidChoice)) }
            let categories = call.categoryList
            if !categories.isEmpty, !categories.contains(input.category) { issues.append(ValidationIssue(field: "category", code: .invalidChoice)) }
            if files.count > Self.maxFiles { issues.append(ValidationIssue(field: "attachments", code: .outOfRange, limit: Self.maxFiles)) }
            var checked: [EvidenceStore.Checked] = []
            for file in files.prefix(Self.maxFiles) {
                do {
                    checked.append(try evidence.check(filename: file.name, data: file.data, field: "attachments"))
                } catch AppError.validation(let more) {
                    issues += more
                }
            }
            if !issues.isEmpty { throw AppError.validation(issues) }
            let digest = Self.textDigest(title: input.title, idea: input.idea)
            struct Earlier: Decodable {
                var id: Int
                var state: String
            }
            if let earlier = try await sql.first(
                Earlier.self, "SELECT id, state FROM idea_submissions WHERE call_id = \(bind: callId) AND text_digest = \(bind: digest) LIMIT 1")
            {
                throw Refusal.duplicate(publicId: (IdeaState(rawValue: earlier.state)?.isPublic ?? false) ? earlier.id : nil)
            }
            let now = clock.timestamp
            let token = SecretToken.generate()
            let code = Self.receiptCode()
            let id = try await sql.insertReturningID(
                """
                INSERT INTO idea_submissions (call_id, receipt_code, token_digest, title, idea, problem, category, submitter_name, contact, text_digest,
                  client_digest, state, answer, moderation_reason, merged_into, tier, notice_until, adoption, submitted_at, is_demo, version, updated_at)
                VALUES (\(bind: callId), \(bind: code), \(bind: SecretToken.digest(token)), \(bind: input.title), \(bind: input.idea), \(bind: input.problem),
                  \(bind: input.category), \(bind: input.anonymous ? "" : input.name), \(bind: input.contact), \(bind: digest), \(bind: client),
                  \(bind: IdeaState.submitted.rawValue), '', '', NULL, '', NULL, '', \(bind: now), \(bind: false), 1, \(bind: now))
                """)
            for file in checked {
                let key = try await EvidenceStore.store(file, at: now, on: sql)
                try await sql.execute(
                    """
                    INSERT INTO idea_attachments (submission_id, original_name, content_type, size, sha256, storage_key, uploaded_at)
                    VALUES (\(bind: id), \(bind: file.originalName), \(bind: file.contentType), \(bind: file.data.count), \(bind: file.sha256), \(bind: key),
                      \(bind: now))
                    """)
            }
            return Receipt(submissionId: id, code: code, token: token)
        }
    }

    // MARK: The office's decisions

    package struct ActInput: Sendable {
        var action: String
        var reason: String = ""
        var answer: String = ""
        var target: Int? = nil
        var tier: String = ""
        var planItemIds: [Int] = []
        var matterIds: [Int] = []
        var adoption: String = ""
        var baseVersion: Int? = nil

        package init(
            action: String, reason: String = "", answer: String = "", target: Int? = nil, tier: String = "", planItemIds: [Int] = [],
            matterIds: [Int] = [], adoption: String = "", baseVersion: Int? = nil
        ) {
            self.action = action
            self.reason = reason
            self.answer = answer
            self.target = target
            self.tier = tier
            self.planItemIds = planItemIds
            self.matterIds = matterIds
            self.adoption = adoption
            self.baseVersion = baseVersion
        }
    }

    static func managed(_ id: Int, _ p: Principal, on sql: any SQLDatabase) async throws -> (IdeaSubmissionRecord, IdeaCallRecord) {
        guard let s = try await IdeaQueries.submission(id, on: sql), let call = try await IdeaQueries.call(s.callId, on: sql),
            p.sees(jurisdictionPath: call.jurisdictionPath)
        else { throw AppError.notFound(entity: "idea", id: String(id)) }
        try Access.require(Access.canManageIdeas(in: call.jurisdictionPath, p), "idea_manage")
        return (s, call)
    }

    @discardableResult
    package func act(_ id: Int, _ input: ActInput, by p: Principal) async throws -> IdeaSubmissionRecord {
        try await database.transaction { sql in
            let (s, call) = try await Self.managed(id, p, on: sql)
            guard let action = IdeaAction(rawValue: input.action) else {
                throw AppError.validation([ValidationIssue(field: "action", code: .invalidChoice)])
            }
            if let base = input.baseVersion, base != s.version {
                throw AppError.conflict(entity: "idea", id: id, currentVersion: s.version, changes: [])
            }
            var issues: [ValidationIssue] = []
            for (text, field) in [(input.reason, "reason"), (input.answer, "answer"), (input.adoption, "adoption")] where text.count > Self.answerMax
            {
                issues.append(ValidationIssue(field: field, code: .tooLong, limit: Self.answerMax))
            }
            var hasTarget = false
            if action == .merge, let target = input.target {
                if let t = try await IdeaQueries.submission(target, on: sql), t.callId == s.callId, t.id != s.id,
                    ![.hidden, .merged].contains(t.ideaState)
                {
                    hasTarget = true
                } else {
                    issues.append(ValidationIssue(field: "target", code: .notFound))
                }
            }
            var items: [ItemRecord] = []
            if action == .adopt {
                items = try await ItemQueries.byIDs(input.planItemIds, on: sql)
                if items.count != Set(input.planItemIds).count || items.contains(where: { !p.sees(jurisdictionPath: $0.jurisdictionPath) }) {
                    issues.append(ValidationIssue(field: "planItemIds", code: .notFound))
                }
                for m in input.matterIds {
                    if try await sql.scalar(Int.self, column: "id", "SELECT id FROM matters WHERE id = \(bind: m)") == nil {
                        issues.append(ValidationIssue(field: "matterIds", code: .notFound))
                    }
                }
            }
            if action == .award, !input.tier.isEmpty, !call.tierList.contains(where: { $0.name == input.tier }) {
                issues.append(ValidationIssue(field: "tier", code: .invalidChoice))
            }
            if !issues.isEmpty { throw AppError.validation(issues) }
            let scores = try await IdeaQueries.scores(of: id, on: sql)
            let objections = try await IdeaQueries.objections(of: id, on: sql)
            let today = clock.today
            let context = IdeaFlow.Context(
                reason: action == .decline ? (input.answer.trimmed.isEmpty ? input.reason : input.answer) : input.reason, hasTarget: hasTarget,
                tier: input.tier, hasLinks: !input.planItemIds.isEmpty || !input.matterIds.isEmpty, today: today,
                noticeUntil: s.noticeUntil.flatMap(LocalDate.init(iso:)), scoreCount: scores.count,
                openObjections: objections.filter(\.isOpen).count,
                upheldObjections: objections.filter { $0.decision == IdeaObjectionDecision.upheld.rawValue }.count)
            let next: IdeaState
            switch IdeaFlow.next(s.ideaState, action, context) {
            case .success(let state): next = state
            case .failure(let refusal): throw AppError.unprocessable(code: refusal.rawValue, message: Self.englishRefusal(refusal))
            }
            let now = clock.timestamp
            var answer = s.answer
            if !input.answer.trimmed.isEmpty { answer = input.answer }
            if action == .decline, input.answer.trimmed.isEmpty { answer = input.reason }
            let moderation = [.hide, .merge].contains(action) ? input.reason : s.moderationReason
            let noticeUntil = action == .shortlist ? today.adding(days: call.noticeDays).iso : s.noticeUntil
            let tier = action == .award ? input.tier : s.tier
            let adoption = action == .adopt ? input.adoption : s.adoption
            let mergedInto = action == .merge ? input.target : s.mergedInto
            let updated = try await sql.updateReturningCount(
                """
                UPDATE idea_submissions SET state = \(bind: next.rawValue), answer = \(bind: answer), moderation_reason = \(bind: moderation),
                  notice_until = \(bind: noticeUntil), tier = \(bind: tier), adoption = \(bind: adoption), merged_into = \(bind: mergedInto),
                  version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: id) AND version = \(bind: s.version)
                """)
            if updated == 0 { throw AppError.conflict(entity: "idea", id: id, currentVersion: s.version, changes: []) }
            if action == .adopt {
                for item in items {
                    try await sql.execute(
                        "INSERT INTO idea_links (submission_id, plan_item_id, matter_id) VALUES (\(bind: id), \(bind: item.id), NULL)")
                }
                for m in Set(input.matterIds) {
                    try await sql.execute("INSERT INTO idea_links (submission_id, plan_item_id, matter_id) VALUES (\(bind: id), NULL, \(bind: m))")
                }
            }
            // idea_approve, idea_hide … (each has its history.action label).
            let auditAction = "idea_\(action.rawValue)"
            try await Audit.record(
                entity: "idea", id: id, action: auditAction, actor: p.actorName, version: s.version + 1,
                changes: Audit.diff(
                    ["ideaState": s.state, "ideaAnswer": s.answer, "ideaTier": s.tier],
                    ["ideaState": next.rawValue, "ideaAnswer": answer, "ideaTier": tier]),
                scopePath: call.jurisdictionPath, at: now, on: sql)
            try await PublicationService.touch(now, on: sql)
            return try await IdeaQueries.submission(id, on: sql)!
        }
    }

    static func englishRefusal(_ r: IdeaFlow.Refusal) -> String {
        switch r {
        case .notNow: "this action does not apply to the idea in its present state"
        case .reasonRequired: "say why (the reason or the answer)"
        case .targetRequired: "choose the idea to merge into"
        case .tierRequired: "choose the reward tier"
        case .linksRequired: "name the plan items or supervision matters the idea led to"
        case .noticeRunning: "the public notice of the shortlist has not ended"
        case .notScored: "no reviewer has scored the idea yet"
        case .objectionsOpen: "an objection lodged during the public notice has not been decided"
        case .objectionUpheld: "an objection to the idea was upheld"
        }
    }

    // MARK: Objections during the public notice (公示异议)

    static let objectionMax = 2_000
    /// Objections one address may lodge in an hour.
    static let objectionsPerHour = 5

    /// Whether the public may object to an idea today: shortlisted, its call published, its notice not over.
    static func takesObjections(_ s: IdeaSubmissionRecord, _ call: IdeaCallRecord, today: LocalDate) -> Bool {
        guard call.isPublished, s.ideaState == .shortlisted, let until = s.noticeUntil.flatMap(LocalDate.init(iso:)) else { return false }
        return today <= until
    }

    /// Takes an objection to a shortlisted idea while its notice runs: the address's hourly count, the text (stored as
    /// typed) and the optional contact are checked first.
    package func object(submissionId: Int, body: String, contact: String, clientAddress: String) async throws -> Int {
        try await database.transaction { sql in
            guard let s = try await IdeaQueries.submission(submissionId, on: sql), let call = try await IdeaQueries.call(s.callId, on: sql),
                call.isPublished, s.ideaState.isPublic
            else { throw AppError.notFound(entity: "idea", id: String(submissionId)) }
            guard Self.takesObjections(s, call, today: clock.today) else { throw Refusal.closed }
            let key = try await IdeaFormToken.key(on: sql, now: clock.timestamp)
            let client = Self.clientDigest(clientAddress, key: key)
            let hourAgo = Timestamp.of(clock.now.addingTimeInterval(-3600))
            let recent =
                try await sql.scalar(
                    Int.self, column: "n",
                    "SELECT COUNT(*) AS n FROM idea_objections WHERE client_digest = \(bind: client) AND submitted_at > \(bind: hourAgo)") ?? 0
            if recent >= Self.objectionsPerHour { throw Refusal.rateLimited }
            var issues: [ValidationIssue] = []
            if body.trimmed.isEmpty { issues.append(ValidationIssue(field: "objection", code: .required)) }
            if body.count > Self.objectionMax { issues.append(ValidationIssue(field: "objection", code: .tooLong, limit: Self.objectionMax)) }
            if contact.count > Self.contactMax { issues.append(ValidationIssue(field: "contact", code: .tooLong, limit: Self.contactMax)) }
            if !Self.looksLikeContact(contact) { issues.append(ValidationIssue(field: "contact", code: .invalidChoice)) }
            if !issues.isEmpty { throw AppError.validation(issues) }
            let now = clock.timestamp
            return try await sql.insertReturningID(
                """
                INSERT INTO idea_objections (submission_id, body, contact, client_digest, decision, answer, decided_by, decided_at, submitted_at, version)
                VALUES (\(bind: s.id), \(bind: body), \(bind: contact), \(bind: client), \(bind: IdeaObjectionDecision.open.rawValue), '', '', NULL,
                  \(bind: now), 1)
                """)
        }
    }

    /// The office answers an objection and decides it (upheld or dismissed); it may decide again, on the version it read.
    func decideObjection(_ id: Int, decision: String, answer: String, baseVersion: Int?, by p: Principal) async throws
        -> IdeaObjectionRecord
    {
        try await database.transaction { sql in
            guard let o = try await IdeaQueries.objection(id, on: sql) else { throw AppError.notFound(entity: "idea_objection", id: String(id)) }
            let (s, call) = try await Self.managed(o.submissionId, p, on: sql)
            var issues: [ValidationIssue] = []
            let d = IdeaObjectionDecision(rawValue: decision.trimmed)
            if d == nil || d == .open { issues.append(ValidationIssue(field: "decision", code: .invalidChoice)) }
            if answer.trimmed.isEmpty { issues.append(ValidationIssue(field: "answer", code: .required)) }
            if answer.count > Self.answerMax { issues.append(ValidationIssue(field: "answer", code: .tooLong, limit: Self.answerMax)) }
            if !issues.isEmpty { throw AppError.validation(issues) }
            if let base = baseVersion, base != o.version {
                throw AppError.conflict(entity: "idea_objection", id: id, currentVersion: o.version, changes: [])
            }
            let now = clock.timestamp
            let updated = try await sql.updateReturningCount(
                """
                UPDATE idea_objections SET decision = \(bind: d!.rawValue), answer = \(bind: answer), decided_by = \(bind: p.actorName),
                  decided_at = \(bind: now), version = version + 1
                WHERE id = \(bind: id) AND version = \(bind: o.version)
                """)
            if updated == 0 { throw AppError.conflict(entity: "idea_objection", id: id, currentVersion: o.version, changes: []) }
            try await Audit.record(
                entity: "idea", id: s.id, action: "idea_objection", actor: p.actorName, version: s.version,
                changes: [.init(field: "ideaObjection", before: o.isOpen ? nil : o.decision + " " + o.answer, after: d!.rawValue + " " + answer)],
                scopePath: call.jurisdictionPath, at: now, on: sql)
            return try await IdeaQueries.objection(id, on: sql)!
        }
    }

    // MARK: Reviewers

    /// Assigns an account to a call as a reviewer (any account for now; the `reviewer` role will narrow it).
    package func assignReviewer(callId: Int, username: String, by p: Principal) async throws {
        try await database.transaction { sql in
            guard let call = try await IdeaQueries.call(callId, on: sql), p.sees(jurisdictionPath: call.jurisdictionPath) else {
                throw AppError.notFound(entity: "idea_call", id: String(callId))
            }
            try Access.require(Access.canManageIdeas(in: call.jurisdictionPath, p), "idea_manage")
            guard let userId = try await sql.scalar(Int.self, column: "id", "SELECT id FROM users WHERE username = \(bind: username.trimmed)") else {
                throw AppError.validation([ValidationIssue(field: "username", code: .notFound)])
            }
            if try await IdeaQueries.isReviewer(userId: userId, callId: callId, on: sql) { return }
            let now = clock.timestamp
            try await sql.execute(
                "INSERT INTO idea_reviewers (call_id, user_id, assigned_at) VALUES (\(bind: callId), \(bind: userId), \(bind: now))")
            try await Audit.record(
                entity: "idea_call", id: callId, action: "idea_reviewer", actor: p.actorName, version: call.version,
                changes: [.init(field: "ideaReviewer", before: nil, after: username.trimmed)], scopePath: call.jurisdictionPath, at: now, on: sql)
        }
    }

    /// A reviewer's scores (0–100) by criterion for an idea under review; a reviewer may score again until the shortlist.
    package func score(_ id: Int, scores: [String: String], by p: Principal) async throws {
        try await database.transaction { sql in
            guard let s = try await IdeaQueries.submission(id, on: sql), let call = try await IdeaQueries.call(s.callId, on: sql),
                try await IdeaQueries.isReviewer(userId: p.userId, callId: call.id, on: sql)
            else { throw AppError.notFound(entity: "idea", id: String(id)) }
            guard s.ideaState == .inReview else {
                throw AppError.unprocessable(code: IdeaFlow.Refusal.notNow.rawValue, message: Self.englishRefusal(.notNow))
            }
            var values: [String: Int] = [:]
            var issues: [ValidationIssue] = []
            for criterion in call.criterionList {
                let raw = scores[criterion.name]?.trimmed ?? ""
                if raw.isEmpty { continue }
                guard let v = Int(raw), (0...100).contains(v) else {
                    issues.append(ValidationIssue(field: "score", code: .outOfRange, limit: 100))
                    continue
                }
                values[criterion.name] = v
            }
            if values.isEmpty, issues.isEmpty { issues.append(ValidationIssue(field: "score", code: .required)) }
            if !issues.isEmpty { throw AppError.validation(issues) }
            let now = clock.timestamp
            for (criterion, value) in values {
                try await sql.execute(
                    "DELETE FROM idea_scores WHERE submission_id = \(bind: id) AND user_id = \(bind: p.userId) AND criterion = \(bind: criterion)")
                try await sql.execute(
                    """
                    INSERT INTO idea_scores (submission_id, user_id, criterion, score, scored_at)
                    VALUES (\(bind: id), \(bind: p.userId), \(bind: criterion), \(bind: value), \(bind: now))
                    """)
            }
            try await Audit.record(
                entity: "idea", id: id, action: "idea_score", actor: p.actorName, version: s.version,
                changes: [.init(field: "ideaScore", before: nil, after: values.keys.sorted().map { "\($0)=\(values[$0]!)" }.joined(separator: ", "))],
                scopePath: call.jurisdictionPath, at: now, on: sql)
        }
    }
}

extension AppServices {
    package var ideas: IdeaService { IdeaService(database: database, clock: clock, evidence: evidence) }
}

import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ReformCore
import SQLKit
import Testing

@testable import App

/// The world the permission matrix runs in: 广东省 → 深圳市 → 龙华区, with 广州市 beside 深圳市; 龙华区's plan with
/// items led by its 发改局 (the liaison's unit) and its 司法局, 广州市's plan, and a user of every role, with a liaison of
/// 司法局, which takes part in 发改局's task.
struct PermissionWorld: Sendable {
    /// Who makes a request: a role bound where the demo binds it, an office of another city, a liaison of a participating
    /// unit (司法局, on 发改局's task and its reports), or nobody.
    enum Who: String, CaseIterable, Sendable, CustomStringConvertible {
        case anonymous, admin, office, liaison, unitHead, inspector, viewer, otherOffice, participant
        /// An outside reviewer (评审专家), assigned to the evaluation rounds the matrix makes and to nothing else.
        case reviewer
        var description: String { rawValue }
    }

    let services: AppServices
    let clients: [Who: SignedInClient]
    let users: [Who: UserRecord]
    let province: JurisdictionRecord, shenzhen: JurisdictionRecord, longhua: JurisdictionRecord, guangzhou: JurisdictionRecord
    let bureau: UnitRecord, justice: UnitRecord, gzBureau: UnitRecord
    let plan: PlanRecord, gzPlan: PlanRecord
    /// Led by the liaison's unit (with 司法局 taking part), and led by 司法局 alone.
    let task: ItemRecord, otherTask: ItemRecord
    let batch: ImportBatchRecord

    var sql: any SQLDatabase { services.database.sql }
    var f: Fixtures { Fixtures(services: services) }

    static func make(_ services: AppServices, _ client: SignedInClient) async throws -> PermissionWorld {
        let f = Fixtures(services: services)
        let province = try await f.jurisdiction("广东省", level: .province, code: "440000")
        let shenzhen = try await f.jurisdiction("深圳市", level: .city, code: "440300", parent: province.id)
        let longhua = try await f.jurisdiction("龙华区", level: .district, code: "440309", parent: shenzhen.id)
        let guangzhou = try await f.jurisdiction("广州市", level: .city, code: "440100", parent: province.id)
        let bureau = try await f.unit("深圳市龙华区发展和改革局", in: longhua.id, shortNames: "区发改局")
        let justice = try await f.unit("深圳市龙华区司法局", in: longhua.id, shortNames: "区司法局")
        let gzBureau = try await f.unit("广州市发展和改革委员会", in: guangzhou.id, shortNames: "市发改委")
        let plan = try await f.plan(in: longhua.id)
        let field = try await f.item("营商环境", plan: plan.id, lead: bureau.id)
        let task = try await f.item(
            "推进企业开办一网通办", plan: plan.id, parent: field.id, lead: bureau.id, participants: [justice.id],
            deadline: TestClock.today.adding(days: 90))
        let otherTask = try await f.item("推进公共法律服务", plan: plan.id, parent: field.id, lead: justice.id)
        let gzPlan = try await f.plan("广州市2022年全面深化改革工作要点", in: guangzhou.id)
        _ = try await f.item("要素市场化配置", plan: gzPlan.id, lead: gzBureau.id)
        let batch = try await services.imports.createDraft(
            .init(kind: .text, filename: "t.txt", data: Data("一、深化改革\n（一）推进试点。年底前完成。".utf8)),
            target: ImportTarget(mode: .newPlan, jurisdictionId: longhua.id), actor: "测试"
        ).record

        let accounts = TestAccounts(services: services)
        var clients: [Who: SignedInClient] = [.anonymous: client.anonymous]
        var users: [Who: UserRecord] = [:]
        let bindings: [(Who, Role, Int?, Int?)] = [
            (.admin, .admin, nil, nil), (.office, .office, shenzhen.id, nil), (.liaison, .liaison, nil, bureau.id),
            (.unitHead, .unitHead, nil, bureau.id), (.inspector, .inspector, shenzhen.id, nil), (.viewer, .viewer, longhua.id, nil),
            (.otherOffice, .office, guangzhou.id, nil), (.participant, .liaison, nil, justice.id),
            (.reviewer, .reviewer, shenzhen.id, nil)
        ]
        for (who, role, jurisdiction, unit) in bindings {
            let made = try await accounts.user(role, jurisdiction: jurisdiction, unit: unit, username: "m-" + who.rawValue)
            users[who] = made.user
            clients[who] = SignedInClient(inner: client.inner, services: services, credential: .bearer(made.token))
        }
        return PermissionWorld(
            services: services, clients: clients, users: users, province: province, shenzhen: shenzhen,
            longhua: longhua, guangzhou: guangzhou, bureau: bureau, justice: justice, gzBureau: gzBureau,
            plan: plan, gzPlan: gzPlan, task: task, otherTask: otherTask, batch: batch)
    }

    // MARK: Fresh targets (each request that changes something gets its own, so every role can try it)

    private static let counter = Counter()

    func unique() -> Int { Self.counter.next() }

    func freshItem(deadline: Bool = false, participants: [Int] = []) async throws -> ItemRecord {
        try await f.item(
            "新举措\(unique())", plan: plan.id, parent: task.id, lead: bureau.id, participants: participants,
            deadline: deadline ? TestClock.today.adding(days: 30) : nil)
    }

    func freshJurisdiction() async throws -> JurisdictionRecord {
        let n = unique()
        return try await f.jurisdiction("观湖街道\(n)", level: .street, code: String(format: "45%04d", n % 10000), parent: longhua.id)
    }

    func freshUnit() async throws -> UnitRecord { try await f.unit("龙华区单位\(unique())", in: longhua.id) }

    func freshPlan() async throws -> PlanRecord { try await f.plan("龙华区方案\(unique())", in: longhua.id) }

    func freshDraft() async throws -> ImportBatchRecord {
        try await services.imports.createDraft(
            .init(kind: .text, filename: "t\(unique()).txt", data: Data("一、深化改革\n（一）推进试点。年底前完成。".utf8)),
            target: ImportTarget(mode: .newPlan, jurisdictionId: longhua.id, title: "导入的方案\(unique())"), actor: "测试"
        ).record
    }

    func freshCommitted() async throws -> ImportBatchRecord {
        let draft = try await freshDraft()
        return try await services.imports.commit(draft.id, actor: "测试").record
    }

    /// A queued background job started by the office's user.
    func officeJob() async throws -> Int {
        try await services.jobs.enqueue(kind: "matrix.test", payload: ["n": 1], createdBy: users[.office]!.id)
    }

    /// A ledger export the office asked for, run to success: its file is in the store.
    func officeExportJob() async throws -> Int {
        let payload = LedgerExportJob.Payload(params: ["jurisdiction": [String(longhua.id)]], format: "csv", language: "zh")
        let id = try await services.jobs.enqueue(kind: LedgerExportJob.kind, payload: payload, createdBy: users[.office]!.id)
        let job = try #require(try await services.jobs.claim(worker: "matrix", kinds: [LedgerExportJob.kind]))
        let result = try await LedgerExportJob.run(JobContext(job: job, services: services, worker: "matrix"))
        try await services.jobs.succeed(id, worker: "matrix", result: result)
        return id
    }

    func freshUser() async throws -> UserRecord {
        try await TestAccounts(services: services).user(.viewer, jurisdiction: longhua.id).user
    }

    /// Everything a denied request must leave as it was: row counts and the sum of versions of every table it could touch.
    func snapshot() async throws -> [String: Int] {
        var result: [String: Int] = [:]
        for table in [
            "jurisdictions", "units", "plans", "plan_items", "plan_item_participants", "deadline_amendments", "audit_log",
            "import_batches", "users", "sessions", "api_tokens", "assignments", "progress_reports", "evidence_files",
            "item_indicators", "report_indicator_values", "plan_reporting", "two_factor", "two_factor_recovery_codes", "app_settings",
            "matters", "matter_units", "matter_items", "matter_steps", "matter_extension_requests", "matter_amendments",
            "judgements",
            "inspections", "findings", "finding_evidence", "rectifications", "rectification_steps", "rectification_reports",
            "notifications", "webhook_endpoints", "notification_outbox",
            "obstacles", "obstacle_steps", "escalations", "consultations", "consultation_obstacles", "consultation_decisions",
            "notice_sequences", "notices", "notice_recipients", "unit_records",
            "yearend_checks", "yearend_rows",
            "calendar_days", "authorization_batches", "authorization_items", "authorization_status_changes", "authorization_item_links",
            "authorization_evidence",
            "evaluation_rounds", "evaluation_criteria", "evaluation_subjects", "evaluation_scores", "evaluation_comments", "evaluation_reviewers",
            "experiences", "experience_sources", "experience_adoptions",
            "public_plans", "public_item_holds", "public_updates", "public_authorization_batches",
            "idea_calls", "idea_submissions", "idea_attachments", "idea_reviewers", "idea_scores", "idea_links",
            "power_decisions", "delegated_powers", "power_evaluations", "power_terms", "power_events", "power_files",
            "grassroots_calls", "grassroots_projects", "idea_objections"
        ] {
            result[table] = try await f.count(table)
        }
        for table in [
            "jurisdictions", "units", "plans", "plan_items", "import_batches", "users", "assignments", "progress_reports", "plan_reporting",
            "matters", "matter_extension_requests",
            "rectifications", "webhook_endpoints",
            "obstacles", "consultations", "notices",
            "calendar_days", "authorization_batches", "authorization_items",
            "evaluation_rounds", "evaluation_subjects", "experiences",
            "power_decisions", "delegated_powers", "grassroots_calls", "grassroots_projects"
        ] {
            result[table + ".versions"] = try await sql.scalar(
                Int.self, column: "n", "SELECT CAST(COALESCE(SUM(version), 0) AS BIGINT) AS n FROM \(unsafeRaw: table)")
        }
        result["jobs.cancelled"] = try await sql.scalar(
            Int.self, column: "n", "SELECT COUNT(*) AS n FROM jobs WHERE state = 'cancelled' OR cancel_requested = \(bind: true)")
        result["notice_recipients.signed"] = try await sql.scalar(
            Int.self, column: "n", "SELECT COUNT(*) AS n FROM notice_recipients WHERE signed_at IS NOT NULL")
        result["api_tokens.revoked"] = try await sql.scalar(
            Int.self, column: "n", "SELECT COUNT(*) AS n FROM api_tokens WHERE revoked_at IS NOT NULL")
        return result
    }
}

/// Numbers for unique names across the tests of one process.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}

import App
import Foundation
import SQLKit

/// The moderation queue at scale (`reform bench --only ideas`, issue 14): one golden-idea call with 10,000 submissions
/// (a third of them awaiting moderation, the rest spread over the other states), made once with bulk inserts; the queue
/// page and its later pages are then timed as the office reads them.
struct IdeaBenchmark: Sendable {
    let services: AppServices
    static let topic = "bench: 金点子征集（10,000条）"
    static let count = 10_000

    private var sql: any SQLDatabase { services.database.sql }

    /// The bench call's id, made with its submissions on first use. Untimed.
    func ensure() async throws -> Int {
        if let id = try await sql.raw("SELECT id FROM idea_calls WHERE topic = \(bind: Self.topic)").first()?.decode(column: "id", as: Int.self) {
            return id
        }
        struct J: Decodable {
            var id: Int
            var path: String
        }
        guard let j = try await sql.raw("SELECT id, path FROM jurisdictions WHERE level = 'district' ORDER BY id LIMIT 1").first(decoding: J.self)
        else { throw BenchRunner.BenchError(description: "the dataset has no district") }
        let now = services.clock.timestamp
        let today = services.clock.today
        let callId = try await sql.raw(
            """
            INSERT INTO idea_calls (jurisdiction_id, jurisdiction_path, plan_id, topic, rules, contact, opens_on, closes_on, categories, reward_tiers,
              criteria, notice_days, is_published, is_demo, version, created_at, updated_at)
            VALUES (\(bind: j.id), \(bind: j.path), NULL, \(bind: Self.topic), '', '', \(bind: today.adding(days: -100).iso),
              \(bind: today.adding(days: 100).iso), '营商环境\n科技创新\n社会治理', '一等奖|10000元|1', '创新性|30\n可行性|40\n预期效益|30', 7, \(bind: true),
              \(bind: false), 1, \(bind: now), \(bind: now)) RETURNING id
            """
        ).first()!.decode(column: "id", as: Int.self)
        let states = ["submitted", "submitted", "submitted", "published", "in_review", "declined", "hidden", "merged", "shortlisted", "awarded"]
        try await services.database.transaction { tx in
            for start in stride(from: 0, to: Self.count, by: 500) {
                var rows: [SQLQueryString] = []
                for i in start..<min(Self.count, start + 500) {
                    let text = "第\(i)条金点子：建议在全区推行政务服务事项“一网通办”，减少群众跑腿次数，提高办事效率。"
                    rows.append(
                        """
                        (\(bind: callId), \(bind: "BENCH-\(i)"), \(bind: "bench-token-\(i)"), \(bind: "金点子 \(i)"), \(bind: text), '群众办事跑腿多',
                          '营商环境', '', '', \(bind: "bench-digest-\(i)"), \(bind: "bench-client-\(i % 97)"), \(bind: states[i % states.count]), '', '', NULL, '',
                          NULL, '', \(bind: now), \(bind: false), 1, \(bind: now))
                        """)
                }
                try await tx.raw(
                    """
                    INSERT INTO idea_submissions (call_id, receipt_code, token_digest, title, idea, problem, category, submitter_name, contact,
                      text_digest, client_digest, state, answer, moderation_reason, merged_into, tier, notice_until, adoption, submitted_at, is_demo,
                      version, updated_at)
                    VALUES \(rows.joined(separator: ", "))
                    """
                ).run()
            }
        }
        return callId
    }
}

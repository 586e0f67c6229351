import App
import Foundation
import ReformCore
import SQLKit

/// 签发 at scale (`reform bench --only notices`): 1,000 draft 催办单 of one district, issued all at once; each run checks
/// that the numbers are 1,000 distinct, consecutive numbers following the sequence's last one (never reused or skipped).
struct NoticeBenchmark: Sendable {
    let services: AppServices
    let count: Int

    private var sql: any SQLDatabase { services.database.sql }

    struct Batch: Sendable {
        var drafts: [(id: Int, version: Int)]
        var office: Principal
        var sequenceId: Int
        var year: Int
        var lastBefore: Int
    }

    /// A district with a matter, its office (the bench's own, not a stored account) and its 催办单 sequence (made once),
    /// and `count` drafts on that matter addressed to its lead unit. Untimed.
    func prepare() async throws -> Batch {
        struct Source: Decodable {
            var id: Int
            var jurisdictionId: Int
            var path: String
            var leadUnitId: Int
        }
        guard
            let source = try await sql.raw(
                """
                SELECT m.id, m.jurisdiction_id, j.path, m.lead_unit_id FROM matters m JOIN jurisdictions j ON j.id = m.jurisdiction_id
                WHERE j.level = 'district' ORDER BY m.id LIMIT 1
                """
            ).first(decoding: Source.self, with: SQLRowDecoder(keyDecodingStrategy: .convertFromSnakeCase))
        else { throw BenchRunner.BenchError(description: "the dataset has no matter of a district (the supervision data adds them)") }
        let office = Principal(
            userId: 0, username: "bench", displayName: "bench", role: .office, jurisdictionId: source.jurisdictionId, jurisdictionPath: source.path)
        let notices = services.notices
        struct Existing: Decodable { var id: Int }
        let sequenceId: Int
        if let existing = try await sql.raw(
            "SELECT id FROM notice_sequences WHERE jurisdiction_id = \(bind: source.jurisdictionId) AND prefix = \(bind: "基准督")"
        ).first(decoding: Existing.self) {
            sequenceId = existing.id
        } else {
            sequenceId = try await notices.createSequence(
                jurisdictionId: source.jurisdictionId, name: "基准测试", prefix: "基准督", suffix: "number", kinds: ["reminder"], by: office
            ).id
        }
        let year = services.clock.today.year
        struct Last: Decodable { var n: Int? }
        let lastBefore =
            try await sql.raw("SELECT MAX(number) AS n FROM notices WHERE sequence_id = \(bind: sequenceId) AND year = \(bind: year)")
            .first(decoding: Last.self)?.n ?? 0
        var drafts: [(id: Int, version: Int)] = []
        drafts.reserveCapacity(count)
        for i in 0..<count {
            let d = try await notices.createDraft(
                NoticeDraft(
                    kind: "reminder", source: "matter:\(source.id)", title: "关于督办事项的催办单（基准 \(i + 1)）", body: "请抓紧推进。",
                    issuer: "基准测试改革办", signature: "基准测试改革办", recipientIds: [source.leadUnitId]),
                by: office)
            drafts.append((d.id, d.version))
        }
        return Batch(drafts: drafts, office: office, sequenceId: sequenceId, year: year, lastBefore: lastBefore)
    }

    /// Issues every draft of `batch` at once (one task each, as many concurrent requests would), then checks the numbers.
    func issueAll(_ batch: Batch) async throws {
        let notices = services.notices
        let office = batch.office
        let numbers = try await withThrowingTaskGroup(of: Int?.self) { group in
            for d in batch.drafts {
                group.addTask { try await notices.issue(d.id, baseVersion: d.version, by: office).number }
            }
            var all: [Int] = []
            for try await n in group { all.append(n ?? -1) }
            return all
        }
        let expected = Array((batch.lastBefore + 1)...(batch.lastBefore + batch.drafts.count))
        guard numbers.sorted() == expected else {
            throw BenchRunner.BenchError(
                description: "\(batch.drafts.count) notices issued at once did not get the numbers \(expected.first!)…\(expected.last!): "
                    + "\(Set(numbers).count) distinct, from \(numbers.min() ?? 0) to \(numbers.max() ?? 0)")
        }
    }
}

import App
import Foundation
import ReformCore
import SQLKit

/// The replication library at scale for `reform bench` (issue 13): 20,000 experiences in 40 batches of 500, first done
/// in cities and districts across the country, each adopted by up to five other jurisdictions; added once to a dataset
/// that lacks them.
struct BenchReplication: Sendable {
    static let experienceCount = 20_000
    static let perBatch = 500
    static let marker = "（基准）"

    let database: DatabaseService
    let seed: UInt64
    let today: LocalDate
    let log: @Sendable (String) -> Void

    private struct CountRow: Decodable { var n: Int }
    private struct PlaceRow: Decodable {
        var id: Int
        var path: String
    }

    func ensure() async throws -> Bool {
        let sql = database.sql
        if (try await sql.first(CountRow.self, "SELECT COUNT(*) AS n FROM experiences")?.n ?? 0) > 0 { return false }
        let start = ContinuousClock.now
        log("adding the replication library: \(Self.experienceCount) experiences with adoptions…")
        let places = try await sql.all(PlaceRow.self, "SELECT id, path FROM jurisdictions WHERE level IN ('city', 'district') ORDER BY id")
        guard places.count > 6 else { throw BenchRunner.BenchError(description: "the dataset has too few cities and districts") }
        let now = today.iso + "T00:00:00.000Z"
        let seed = self.seed
        let today = self.today
        try await database.transaction { sql in
            var random = BenchRandom(seed: seed ^ 0x4E71CA)
            let writer = BenchBulkWriter(sql: sql)
            var experiences: [[any Encodable & Sendable]] = []
            var adoptions: [[any Encodable & Sendable]] = []
            var adoptionId = 0
            func flush() async throws {
                try await writer.insert(
                    into: "experiences",
                    columns: [
                        "id", "batch", "number", "title", "summary", "jurisdiction_id", "jurisdiction_path", "publisher", "published_on", "is_demo",
                        "version", "created_at", "updated_at"
                    ], rows: experiences)
                try await writer.insert(
                    into: "experience_adoptions",
                    columns: [
                        "id", "experience_id", "jurisdiction_id", "jurisdiction_path", "adopted_on", "method", "result", "actor", "recorded_at"
                    ],
                    rows: adoptions)
                experiences.removeAll(keepingCapacity: true)
                adoptions.removeAll(keepingCapacity: true)
            }
            for n in 0..<Self.experienceCount {
                let id = n + 1
                let batch = n / Self.perBatch + 1
                let origin = random.pick(places)
                let published = today.adding(days: -random.int(200...3000))
                experiences.append([
                    id, batch, n % Self.perBatch + 1, random.pick(BenchVocabulary.searchPhrases) + "经验做法\(id)" + Self.marker,
                    "在\(random.pick(BenchVocabulary.searchPhrases))方面形成的可复制经验。", origin.id, origin.path, "国家发展改革委", published.iso, false, 1,
                    now, now
                ])
                var taken: Set<Int> = [origin.id]
                for _ in 0..<random.int(0...5) {
                    let place = random.pick(places)
                    guard taken.insert(place.id).inserted else { continue }
                    adoptionId += 1
                    adoptions.append([
                        adoptionId, id, place.id, place.path, min(today, published.adding(days: random.int(30...600))).iso, "印发实施方案", "",
                        "reform bench", now
                    ])
                }
                if experiences.count >= 5_000 {
                    try await flush()
                }
            }
            try await flush()
        }
        if database.dialect == .postgres {
            try await sql.raw("SELECT setval(pg_get_serial_sequence('experiences', 'id'), (SELECT MAX(id) FROM experiences))").run()
            try await sql.raw("SELECT setval(pg_get_serial_sequence('experience_adoptions', 'id'), (SELECT MAX(id) FROM experience_adoptions))").run()
        }
        log(String(format: "replication library added in %.1f s", BenchGenerator.seconds(ContinuousClock.now - start)))
        return true
    }
}

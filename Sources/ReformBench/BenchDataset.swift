import App
import SQLKit

/// What `reform bench` generates, and how it recognises a database that already holds it.
///
/// Every generated plan carries `marker` in its source note; the 2,000-item plan is written first (plan 1)
/// and gets `completeMarker` only once everything else is in, so an interrupted run is regenerated.
public struct BenchDataset: Sendable {
    public var seed: UInt64
    public var itemCount: Int
    public var unitCount = 50_000
    public static let bigPlanSize = 2_000
    /// Every generated plan's source note starts with this.
    static let marker = "reform bench"
    /// Raised whenever the generator changes what it writes, so an older dataset is regenerated.
    static let version = 2
    static let bigPlanTitle = "广东省2024年全面深化改革工作要点（挂图作战）"

    public init(seed: UInt64 = 20_240_601, itemCount: Int = 1_000_000) {
        self.seed = seed
        self.itemCount = itemCount
    }

    var completeMarker: String { "\(Self.marker) v\(Self.version) complete; seed=\(seed); items=\(itemCount)" }
    var sourceNote: String { "\(Self.marker) v\(Self.version): generated benchmark data (基准测试生成数据，非真实计划)" }

    enum State: Equatable {
        case empty
        /// Complete and generated with the same seed and size.
        case ready
        /// Bench data, but interrupted or generated with other settings: safe to regenerate.
        case stale
        /// Someone's real data: never touched.
        case foreign
    }

    private struct NoteRow: Decodable { var sourceNote: String }

    func state(on db: any SQLDatabase) async throws -> State {
        guard try await JurisdictionQueries.count(on: db) > 0 else { return .empty }
        let first = try await db.first(NoteRow.self, "SELECT source_note FROM plans ORDER BY id LIMIT 1")
        guard let note = first?.sourceNote, note.hasPrefix(Self.marker) else { return .foreign }
        return note == completeMarker ? .ready : .stale
    }
}

import Foundation

/// Matches unit names written in plans against the known units of a jurisdiction.
///
/// Everything a lookup needs is computed once in `init`: dictionaries for exact names, short
/// names and normalised keys, and an inverted index from character bigrams to names. A lookup
/// is a few dictionary reads, plus — only for names that match nothing — one pass over the
/// postings of the written name's bigrams, which is bounded by the number of names and in
/// practice far smaller (50,000 units answer in well under a millisecond).
public struct UnitMatcher: Sendable {
    public typealias Unit = (id: Int, name: String, shortNames: [String])

    private let ids: [Int]
    private let names: [String]
    /// The place in each unit's own name ("深圳"), empty when it has none.
    private let places: [String]
    private let exact: [String: [Int32]]
    private let placed: [String: [Int32]]
    private let short: [String: [Int32]]
    private let full: [String: [Int32]]
    private let core: [String: [Int32]]
    /// Every name and short name of every unit is one variant, with its own bigram set.
    private let variantUnit: [Int32]
    private let variantSize: [Int32]
    private let postings: [UInt64: [Int32]]

    /// How many suggestions an unknown name gets, and how similar they must be.
    public static let suggestionLimit = 5
    public static let suggestionThreshold = 0.3

    public init(units: [Unit]) {
        var ids: [Int] = [], names: [String] = [], places: [String] = []
        var exact: [String: [Int32]] = [:], short: [String: [Int32]] = [:], placed: [String: [Int32]] = [:]
        var full: [String: [Int32]] = [:], core: [String: [Int32]] = [:]
        var variantUnit: [Int32] = [], variantSize: [Int32] = []
        var postings: [UInt64: [Int32]] = [:]
        ids.reserveCapacity(units.count)
        names.reserveCapacity(units.count)

        func add(_ position: Int32, to index: inout [String: [Int32]], key: String) {
            guard !key.isEmpty else { return }
            if index[key]?.last != position { index[key, default: []].append(position) }
        }

        for (n, unit) in units.enumerated() {
            let position = Int32(n)
            let name = FormValue.trimmed(unit.name)
            ids.append(unit.id)
            names.append(name)
            add(position, to: &exact, key: name)
            let shorts = unit.shortNames.map(FormValue.trimmed).filter { !$0.isEmpty }
            for shortName in shorts { add(position, to: &short, key: shortName) }
            var seenKeys: Set<String> = []
            for (v, variant) in ([name] + shorts).enumerated() {
                let keys = UnitNameKey.keys(variant)
                if v == 0 { places.append(keys.place) }
                if !keys.place.isEmpty { add(position, to: &placed, key: keys.placed) }
                add(position, to: &full, key: keys.full)
                add(position, to: &core, key: keys.core)
                // Similarity is measured with and without the place, and the better one counts:
                // 东华区财务局 is closest to 东华区财政局, 市财务局 to 深圳市财政局.
                for key in [keys.placed, keys.full] where seenKeys.insert(key).inserted {
                    let grams = UnitNameKey.bigrams(key)
                    guard !grams.isEmpty else { continue }
                    let variantIndex = Int32(variantUnit.count)
                    variantUnit.append(position)
                    variantSize.append(Int32(grams.count))
                    for gram in grams { postings[gram, default: []].append(variantIndex) }
                }
            }
        }
        self.ids = ids
        self.names = names
        self.places = places
        self.exact = exact
        self.placed = placed
        self.short = short
        self.full = full
        self.core = core
        self.variantUnit = variantUnit
        self.variantSize = variantSize
        self.postings = postings
    }

    /// Exact name, then short name, then normalised full key (with level), then normalised core
    /// key (without level); each only when it names one unit. Otherwise the closest units.
    public func match(_ written: String) -> UnitMatch {
        let name = FormValue.trimmed(written)
        guard !name.isEmpty else { return .unknown(suggestions: []) }
        if let hit = exact[name] { return single(hit, as: UnitMatch.exact) }
        if let hit = short[name] { return single(hit, as: UnitMatch.short) }
        let keys = UnitNameKey.keys(name)
        if !keys.place.isEmpty, let hit = placed[keys.placed] { return single(hit, as: UnitMatch.normalized) }
        if let hit = samePlace(full[keys.full], as: keys.place) { return single(hit, as: UnitMatch.normalized) }
        // A written level that differs from the unit's (区发改局 against 市发展和改革委员会) is a
        // different unit; only a name written without any level may match on its core.
        if keys.full == keys.core, let hit = samePlace(core[keys.core], as: keys.place) {
            return single(hit, as: UnitMatch.normalized)
        }
        return .unknown(suggestions: suggestions(for: keys.placed))
    }

    /// Units whose own name has no place or the written place: 南山区财政局 is not 福田区财政局.
    private func samePlace(_ positions: [Int32]?, as place: String) -> [Int32]? {
        guard let positions, !place.isEmpty else { return positions }
        let kept = positions.filter { places[Int($0)].isEmpty || places[Int($0)] == place }
        return kept.isEmpty ? nil : kept
    }

    private func single(_ positions: [Int32], as found: (Int) -> UnitMatch) -> UnitMatch {
        if positions.count == 1 { return found(ids[Int(positions[0])]) }
        return .ambiguous(
            positions.prefix(Self.suggestionLimit * 4).map {
                UnitMatch.Suggestion(id: ids[Int($0)], name: names[Int($0)], score: 1)
            })
    }

    /// Units ranked by the Dice coefficient of bigram sets, 2·|A∩B| / (|A|+|B|), best first.
    private func suggestions(for key: String) -> [UnitMatch.Suggestion] {
        let grams = UnitNameKey.bigrams(key)
        guard !grams.isEmpty else { return [] }
        // A flat counter per variant: one allocation, no hashing in the hot loop.
        var shared = [UInt16](repeating: 0, count: variantUnit.count)
        var touched: [Int32] = []
        for gram in grams {
            guard let list = postings[gram] else { continue }
            list.withUnsafeBufferPointer { list in
                shared.withUnsafeMutableBufferPointer { shared in
                    for variant in list {
                        if shared[Int(variant)] == 0 { touched.append(variant) }
                        shared[Int(variant)] &+= 1
                    }
                }
            }
        }
        // Only the best few units are kept, so a name that resembles thousands costs no sort.
        var top: [(unit: Int32, score: Double)] = []
        func ranksBefore(_ a: (unit: Int32, score: Double), _ b: (unit: Int32, score: Double)) -> Bool {
            a.score != b.score ? a.score > b.score : names[Int(a.unit)] < names[Int(b.unit)]
        }
        for variant in touched {
            let count = Int(shared[Int(variant)])
            let score = 2 * Double(count) / Double(grams.count + Int(variantSize[Int(variant)]))
            guard score >= Self.suggestionThreshold else { continue }
            let candidate = (unit: variantUnit[Int(variant)], score: score)
            if let existing = top.firstIndex(where: { $0.unit == candidate.unit }) {
                guard score > top[existing].score else { continue }
                top.remove(at: existing)
            } else if top.count == Self.suggestionLimit, let last = top.last, !ranksBefore(candidate, last) {
                continue
            }
            top.insert(candidate, at: top.firstIndex { ranksBefore(candidate, $0) } ?? top.count)
            if top.count > Self.suggestionLimit { top.removeLast() }
        }
        return top.map { UnitMatch.Suggestion(id: ids[Int($0.unit)], name: names[Int($0.unit)], score: $0.score) }
    }
}

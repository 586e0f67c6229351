import ReformCore

/// Resolves the unit names written in an import against the units its plan may name (its
/// jurisdiction's and its ancestors'), keeping the office's earlier choices.
struct ImportUnitResolver: Sendable {
    let matcher: UnitMatcher
    let names: [Int: String]

    init(units: [UnitRecord]) {
        matcher = UnitMatcher(units: units.map { (id: $0.id, name: $0.name, shortNames: $0.shortNameList) })
        names = Dictionary(units.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// Adds a choice for every name used by an item that has none yet, and drops choices no item uses.
    func resolve(_ payload: inout ImportPayload) {
        var used: [String] = []
        var seen: Set<String> = []
        for item in payload.items {
            for name in (item.lead.map { [$0] } ?? []) + item.participants where seen.insert(name).inserted {
                used.append(name)
            }
        }
        let existing = Dictionary(payload.units.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        payload.units = used.map { existing[$0] ?? choice(for: $0) }
    }

    func choice(for name: String) -> ImportUnitChoice {
        switch matcher.match(name) {
        case .exact(let id): matched(name, .exact, id)
        case .short(let id): matched(name, .short, id)
        case .normalized(let id): matched(name, .normalized, id)
        case .ambiguous(let suggestions):
            ImportUnitChoice(name: name, resolution: .ambiguous, unitId: nil, unitName: nil, suggestions: suggestions.map(Self.suggestion))
        case .unknown(let suggestions):
            ImportUnitChoice(name: name, resolution: .unknown, unitId: nil, unitName: nil, suggestions: suggestions.map(Self.suggestion))
        }
    }

    private func matched(_ name: String, _ resolution: ImportUnitChoice.Resolution, _ id: Int) -> ImportUnitChoice {
        ImportUnitChoice(name: name, resolution: resolution, unitId: id, unitName: names[id], suggestions: [])
    }

    private static func suggestion(_ s: UnitMatch.Suggestion) -> ImportSuggestion {
        ImportSuggestion(id: s.id, name: s.name, score: (s.score * 100).rounded() / 100)
    }
}

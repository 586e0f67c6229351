extension UnitMatch {
    /// A candidate unit for a name that did not match, for "unknown unit X, closest: Y".
    public struct Suggestion: Sendable, Equatable {
        public let id: Int
        public let name: String
        /// Dice coefficient of character bigrams, 0…1 (1 for an ambiguous exact match).
        public let score: Double

        public init(id: Int, name: String, score: Double) {
            self.id = id
            self.name = name
            self.score = score
        }
    }
}

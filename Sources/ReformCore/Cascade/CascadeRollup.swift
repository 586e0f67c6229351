/// How the copies of a cascaded item count in its origin's derived percent (docs/cascade-design.md, "Roll-up rule").
public enum CascadeRollup {
    /// One copy as the origin sees it.
    public struct Copy: Sendable, Equatable {
        public var receipt: CascadeState
        /// The placed item's status and rolled-up percent; nil while not placed (or after the placed item was deleted).
        public var status: LifecycleStatus?
        public var percent: Double?
        /// The receipt's weight (the weighted rule uses it).
        public var weight: Double

        public init(receipt: CascadeState, status: LifecycleStatus?, percent: Double?, weight: Double) {
            self.receipt = receipt
            self.status = status
            self.percent = percent
            self.weight = weight
        }
    }

    /// The children the origin's roll-up takes: its own children when it has any (they carry their own copies, so
    /// nothing counts twice), else its copies. A withdrawn copy is left out; one not yet placed counts as not started
    /// at 0 %.
    public static func children(own: [RollupChild], copies: [Copy]) -> [RollupChild] {
        guard own.isEmpty else { return own }
        return copies.compactMap { c in
            guard c.receipt != .cancelled else { return nil }
            return RollupChild(status: c.status ?? .notStarted, percent: c.percent ?? 0, weight: c.weight)
        }
    }
}

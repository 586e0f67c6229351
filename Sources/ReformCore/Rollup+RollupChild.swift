extension Rollup {
    /// What roll-up needs to know about one child item.
    public struct RollupChild: Sendable, Equatable {
        public var status: LifecycleStatus
        /// The child's effective percent (0…100), itself possibly derived from its children.
        public var percent: Double
        public var weight: Double

        public init(status: LifecycleStatus, percent: Double, weight: Double) {
            self.status = status
            self.percent = percent
            self.weight = weight
        }
    }
}

/// Lets callers write `RollupChild` as well as `Rollup.RollupChild`.
public typealias RollupChild = Rollup.RollupChild

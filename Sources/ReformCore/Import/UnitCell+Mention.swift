extension UnitCell {
    /// A unit as named in a plan. Placeholder groups (各地、各部门、各有关单位) are kept, because the
    /// plan does assign them work, but flagged: they name no single unit to match or notify.
    public struct Mention: Sendable, Hashable {
        public let name: String
        public let isCollective: Bool

        public init(name: String) {
            self.name = name
            self.isCollective = UnitCell.isCollective(name)
        }
    }
}

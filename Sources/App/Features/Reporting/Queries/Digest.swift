/// The office's weekly digest (每周督办简报) for a jurisdiction and everything below it.
public struct Digest: Sendable {
    public struct Line: Codable, Sendable, Equatable {
        public var itemId: Int
        public var itemNumber: String
        public var itemTitle: String
        public var unitName: String
        public var detail: String?
        public var date: String?
    }

    public struct UnitLine: Codable, Sendable, Equatable {
        public var unitName: String
        public var accepted: Int
        public var returned: Int
        public var overdue: Int
        public var outdated: Int
        public var unsigned: Int
    }

    public var from: String
    public var to: String
    public var accepted: [Line]
    public var returned: [Line]
    public var overdue: [Line]
    public var outdated: [Line]
    public var unsigned: [Line]
    public var perUnit: [UnitLine]
}

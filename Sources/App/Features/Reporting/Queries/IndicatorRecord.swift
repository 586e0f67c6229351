/// An indicator of an item's expected results (指标): what is measured, from what, to what.
public struct IndicatorRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var itemId: Int
    public var name: String
    public var unitOfMeasure: String
    public var baseline: String
    public var target: String
    public var position: Int
    public var version: Int
}

/// One labelled value for a bar, donut or progress chart.
public struct ChartDatum: Sendable, Hashable {
    public var label: String
    public var value: Double
    /// A CSS colour (`#2e7d32`); nil picks the next colour of `ChartPalette.series`.
    public var color: String?
    /// Where a click goes (usually the ledger filtered to this datum); nil draws no link.
    public var link: String?

    public init(label: String, value: Double, color: String? = nil, link: String? = nil) {
        self.label = label
        self.value = value
        self.color = color
        self.link = link
    }
}

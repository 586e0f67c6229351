import Foundation

/// How many points each ranking component is worth: the points at a 100% on-time rate, and the points per counted
/// fact for the others. Non-negative; the direction is the component's (`RankingComponent.sign`).
public struct RankingWeights: Codable, Sendable, Equatable {
    public var onTimeRate: Double
    public var overdueItems: Double
    public var reviewReturns: Double
    public var findings: Double
    public var rectificationsOnTime: Double
    public var rectificationsOverdue: Double
    public var mattersOverdue: Double
    public var commendations: Double
    public var accountability: Double

    /// In force when the office has configured nothing: timeliness carries most of the score (40 points), a matter
    /// overdue or an accountability record costs more than a late item, a commendation earns as much as an
    /// accountability record costs.
    public static let defaults = RankingWeights(
        onTimeRate: 40, overdueItems: 2, reviewReturns: 1, findings: 2, rectificationsOnTime: 1, rectificationsOverdue: 2,
        mattersOverdue: 3, commendations: 5, accountability: 5)

    /// The highest weight accepted (and at most two decimals).
    public static let maximum: Double = 1_000

    public init(
        onTimeRate: Double, overdueItems: Double, reviewReturns: Double, findings: Double, rectificationsOnTime: Double,
        rectificationsOverdue: Double, mattersOverdue: Double, commendations: Double, accountability: Double
    ) {
        self.onTimeRate = onTimeRate
        self.overdueItems = overdueItems
        self.reviewReturns = reviewReturns
        self.findings = findings
        self.rectificationsOnTime = rectificationsOnTime
        self.rectificationsOverdue = rectificationsOverdue
        self.mattersOverdue = mattersOverdue
        self.commendations = commendations
        self.accountability = accountability
    }

    public subscript(component: RankingComponent) -> Double {
        get {
            switch component {
            case .onTimeRate: onTimeRate
            case .overdueItems: overdueItems
            case .reviewReturns: reviewReturns
            case .findings: findings
            case .rectificationsOnTime: rectificationsOnTime
            case .rectificationsOverdue: rectificationsOverdue
            case .mattersOverdue: mattersOverdue
            case .commendations: commendations
            case .accountability: accountability
            }
        }
        set {
            switch component {
            case .onTimeRate: onTimeRate = newValue
            case .overdueItems: overdueItems = newValue
            case .reviewReturns: reviewReturns = newValue
            case .findings: findings = newValue
            case .rectificationsOnTime: rectificationsOnTime = newValue
            case .rectificationsOverdue: rectificationsOverdue = newValue
            case .mattersOverdue: mattersOverdue = newValue
            case .commendations: commendations = newValue
            case .accountability: accountability = newValue
            }
        }
    }

    /// Reads the weights typed into a form (one text per component; a missing one is required): each a number from 0
    /// to `maximum` with at most two decimals. The issues name the component's raw value as the field.
    public static func parse(_ texts: [RankingComponent: String]) -> (weights: RankingWeights?, issues: [ValidationIssue]) {
        var weights = RankingWeights.defaults
        var issues: [ValidationIssue] = []
        for c in RankingComponent.allCases {
            let text = FormValue.trimmed(texts[c] ?? "")
            guard !text.isEmpty else {
                issues.append(ValidationIssue(field: c.rawValue, code: .required))
                continue
            }
            guard let value = Double(text), value.isFinite, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else {
                issues.append(ValidationIssue(field: c.rawValue, code: .invalidNumber))
                continue
            }
            let decimals = text.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
            guard value >= 0, value <= maximum, decimals <= 2 else {
                issues.append(ValidationIssue(field: c.rawValue, code: .outOfRange, limit: Int(maximum)))
                continue
            }
            weights[c] = value
        }
        return (issues.isEmpty ? weights : nil, issues)
    }

    /// A weight as typed and shown: "40", "2.5", "0.25".
    public static func text(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        if hundredths % 100 == 0 { return String(hundredths / 100) }
        if hundredths % 10 == 0 { return "\(hundredths / 100).\(hundredths % 100 / 10)" }
        return String(format: "%d.%02d", hundredths / 100, hundredths % 100)
    }
}

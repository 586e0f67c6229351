import Foundation
import ReformCore

/// One judgement of an item as stored.
public struct JudgementRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var itemId: Int
    public var period: String
    public var rating: String
    public var reason: String
    public var judgedBy: String
    public var judgedAt: String

    /// The judgement as the rules read it; nil for a row whose period or rating is unknown.
    public var judgement: Judgement? {
        guard let p = ReportingPeriod(key: period), let r = JudgementRating(rawValue: rating), let at = Timestamp.date(judgedAt) else { return nil }
        return Judgement(period: p, rating: r, reason: reason, by: judgedBy, at: at)
    }
}

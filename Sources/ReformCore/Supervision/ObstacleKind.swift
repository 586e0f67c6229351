/// What a unit raises on an item (问题类型): 堵点 (blocks the work), 难点 (hard to do), 痛点 (hurts those served).
public enum ObstacleKind: String, Codable, Sendable, CaseIterable {
    /// 堵点
    case blockage
    /// 难点
    case difficulty
    /// 痛点
    case painPoint = "pain_point"
}

/// The numbering styles of an official document's outline, in nesting order:
/// the raw value is the depth `OutlineNumber.label(depth:index:)` uses for the style.
public enum OutlineStyle: Int, Sendable, CaseIterable, Codable {
    /// 一、
    case chapter
    /// （一）
    case section
    /// 1.
    case numbered
    /// （1）
    case parenNumbered
    /// ①
    case circled
}

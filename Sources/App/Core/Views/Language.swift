public enum Language: String, Sendable, CaseIterable {
    case zh, en
    public var htmlLang: String { self == .zh ? "zh-CN" : "en" }
    public var isChinese: Bool { self == .zh }
}

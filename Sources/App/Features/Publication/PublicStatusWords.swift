import ReformCore

/// The words the office uses for each lifecycle status on its public pages (正式落地 / 取得实质性进展 …), stored as
/// "status=word" lines; a status the office has not worded reads as the default.
struct PublicStatusWords: Sendable, Equatable {
    var words: [LifecycleStatus: String]

    static let defaultsZh: [LifecycleStatus: String] = [
        .notStarted: "尚未启动", .inProgress: "有序推进", .partlyDone: "取得实质性进展", .done: "正式落地", .suspended: "暂缓推进"
    ]
    static let defaultsEn: [LifecycleStatus: String] = [
        .notStarted: "Not started", .inProgress: "Under way", .partlyDone: "Substantial progress", .done: "Landed", .suspended: "On hold"
    ]
    static let maxLength = 20

    static let defaults = PublicStatusWords(words: defaultsZh)

    init(words: [LifecycleStatus: String]) { self.words = words }

    init(stored: String) {
        var words = Self.defaultsZh
        for line in stored.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1)
            if parts.count == 2, let status = LifecycleStatus(rawValue: String(parts[0])), !parts[1].isEmpty { words[status] = String(parts[1]) }
        }
        self.words = words
    }

    var stored: String { LifecycleStatus.allCases.map { "\($0.rawValue)=\(word($0))" }.joined(separator: "\n") }

    func word(_ status: LifecycleStatus) -> String { words[status] ?? Self.defaultsZh[status]! }

    /// The office's word in Chinese; in English the office's word when it is not the default, else the English default.
    func word(_ status: LifecycleStatus, _ l: Language) -> String {
        let own = word(status)
        guard l == .en, own == Self.defaultsZh[status] else { return own }
        return Self.defaultsEn[status]!
    }
}

/// A plan's publication settings as stored (a plan without a row is unpublished, with the defaults).
package struct PublicPlanSettingsRecord: Decodable, Sendable, Equatable {
    var planId: Int
    var isPublished: Bool
    var namesLevel: String
    var statusWords: String
    var publishedOn: String?
    var version: Int
    var updatedAt: String

    var names: PublicNames { PublicNames(rawValue: namesLevel) ?? .none }
    var words: PublicStatusWords { PublicStatusWords(stored: statusWords) }

    static func unpublished(_ planId: Int) -> PublicPlanSettingsRecord {
        .init(
            planId: planId, isPublished: false, namesLevel: PublicNames.none.rawValue, statusWords: PublicStatusWords.defaults.stored,
            publishedOn: nil,
            version: 0, updatedAt: "")
    }
}

/// An item held back from the public pages (with its descendants).
struct PublicHoldRecord: Decodable, Sendable, Equatable {
    var itemId: Int
    var planId: Int
    var reason: String
    var heldBy: String
    var heldAt: String
}

/// A dated update the office wrote for the public about an item.
package struct PublicUpdateRecord: Decodable, Sendable, Equatable {
    package var id: Int
    var itemId: Int
    var planId: Int
    var writtenOn: String
    var body: String
    var createdBy: String
    var createdAt: String
}

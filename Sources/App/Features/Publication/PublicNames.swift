/// The lowest rank of official whose name the public pages show (责任领导 > 责任人 > 经办人): `none` shows no name at all,
/// `leader` only the responsible leader, `person` the leader and the responsible person, `handler` all three.
enum PublicNames: String, CaseIterable, Sendable, Codable {
    case none
    case leader
    case person
    case handler

    var rank: Int { Self.allCases.firstIndex(of: self)! }

    func shows(_ level: PublicNames) -> Bool { level != .none && level.rank <= rank }
}

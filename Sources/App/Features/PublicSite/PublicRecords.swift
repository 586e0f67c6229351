/// What the public pages and the public API read: only columns the office publishes, built by `PublicQueries` alone.
/// No remarks, reports, evidence, internal notes, authors of updates, or names below the plan's chosen rank.
struct PublicPlan: Sendable, Encodable, Equatable {
    var id: Int
    var title: String
    var docNumber: String
    var issuer: String
    var issueDate: String?
    var periodStart: String?
    var periodEnd: String?
    var jurisdictionId: Int
    var jurisdictionName: String
    var jurisdictionPath: String
    var publishedOn: String?
    var isDemo: Bool
    var names: PublicNames
    var words: PublicStatusWords

    enum CodingKeys: String, CodingKey {
        case id, title, docNumber, issuer, issueDate, periodStart, periodEnd, jurisdictionId, jurisdictionName, publishedOn
    }
}

/// A published item with only its public columns; the names are those the plan's rank allows (nil otherwise).
struct PublicItem: Sendable, Equatable {
    var id: Int
    var planId: Int
    var parentId: Int?
    var path: String
    var depth: Int
    var number: String
    var title: String
    var leadUnit: String
    var deadline: String?
    var status: String
    var percent: Double
    var isLeaf: Bool
    var responsibleLeader: String?
    var responsiblePerson: String?
    var handler: String?
}

/// A dated public update (who wrote it is not published).
struct PublicUpdate: Sendable, Equatable {
    var id: Int
    var itemId: Int
    var planId: Int
    var writtenOn: String
    var body: String
    var itemTitle: String
    var planTitle: String
}

/// An item of a published authorization batch, without its remarks or evidence.
struct PublicAuthorization: Sendable, Equatable, Decodable {
    var id: Int
    var batchId: Int
    var batchTitle: String
    var batchJurisdiction: String
    var number: Int
    var area: String
    var content: String
    var grantingBody: String
    var jurisdictionName: String
    var legalBasis: String
    var needsLawChange: Bool
    var lawChange: String
    var approvalMode: String
    var status: String
    var statusOn: String
    var isDemo: Bool
}

/// Leaves of a plan (or a field) by status: "22 of 40 landed".
struct PublicCounts: Sendable, Equatable {
    var total = 0
    var byStatus: [String: Int] = [:]
    var landed: Int { byStatus["done", default: 0] }

    mutating func add(_ status: String) {
        total += 1
        byStatus[status, default: 0] += 1
    }
}

/// One generated plan item with every stored column worked out in memory (paths, sort key, number,
/// warn_from, derived and roll-up percents, child count, search text), plus its participants and amendments.
struct BenchItem: Sendable {
    struct Amendment: Sendable {
        var oldDeadline: String
        var newDeadline: String
        var reason: String
        var approvedBy: String?
        var changedAt: String
    }

    var id = 0
    var parentId: Int?
    var fieldId = 0
    var taskId: Int?
    var path = ""
    var depth = 0
    var position = 0
    var sortKey = ""
    var number = ""
    var title = ""
    var content = ""
    var leadUnitId = 0
    var responsibleLeader = ""
    var responsiblePerson = ""
    var handler = ""
    var startDate: String?
    var originalDeadline: String?
    var currentDeadline: String?
    var warnFrom: String?
    var expectedResults = ""
    var resultForm = ""
    var policyDocuments = ""
    var remarks = ""
    var weight = 1.0
    var status = "not_started"
    var ownPercent = 0.0
    var derivedPercent: Double?
    var rollupPercent = 0.0
    var delayCount = 0
    var childCount = 0
    var searchText = ""
    var participants: [Int] = []
    var amendments: [Amendment] = []
}

import Foundation
import ReformCore

/// JSON shapes of /api/v1. Field names are camelCase; dates are YYYY-MM-DD; the OpenAPI document mirrors these.
/// A value that can be absent is written as an explicit `null` (`@Nullable`), so every documented key is always present.
enum APIModels {
    /// An optional that encodes as `null` instead of leaving its key out (and decodes a missing key as nil).
    @propertyWrapper
    struct Nullable<Value: Codable & Sendable>: Codable, Sendable {
        var wrappedValue: Value?
        init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }
        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            wrappedValue = c.decodeNil() ? nil : try c.decode(Value.self)
        }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.singleValueContainer()
            if let wrappedValue { try c.encode(wrappedValue) } else { try c.encodeNil() }
        }
    }

    struct Jurisdiction: Codable, Sendable {
        var id: Int
        var name: String
        var level: String
        var divisionCode: String
        @Nullable var parentId: Int?
        var depth: Int
        var version: Int
        init(_ r: JurisdictionRecord) {
            id = r.id
            name = r.name
            level = r.level
            divisionCode = r.divisionCode
            parentId = r.parentId
            depth = r.depth
            version = r.version
        }
    }

    struct Unit: Codable, Sendable {
        var id: Int
        var jurisdictionId: Int
        var name: String
        var shortNames: [String]
        var version: Int
        init(_ r: UnitRecord) {
            id = r.id
            jurisdictionId = r.jurisdictionId
            name = r.name
            shortNames = r.shortNameList
            version = r.version
        }
    }

    struct Plan: Codable, Sendable {
        var id: Int
        var jurisdictionId: Int
        var title: String
        var docNumber: String
        var issuer: String
        @Nullable var issueDate: String?
        @Nullable var periodStart: String?
        @Nullable var periodEnd: String?
        var levelNames: [String]
        var rollupRule: String
        var warnDays: Int
        @Nullable var percent: Double?
        var isDemo: Bool
        var sourceNote: String
        var version: Int
        var updatedAt: String
        init(_ r: PlanRecord) {
            id = r.id
            jurisdictionId = r.jurisdictionId
            title = r.title
            docNumber = r.docNumber
            issuer = r.issuer
            issueDate = r.issueDate
            periodStart = r.periodStart
            periodEnd = r.periodEnd
            levelNames = r.levelNameList
            rollupRule = r.rollupRule
            warnDays = r.warnDays
            percent = r.derivedPercent
            isDemo = r.isDemo
            sourceNote = r.sourceNote
            version = r.version
            updatedAt = r.updatedAt
        }
    }

    struct Item: Codable, Sendable {
        var id: Int
        var planId: Int
        @Nullable var parentId: Int?
        var depth: Int
        var number: String
        var title: String
        var content: String
        @Nullable var leadUnitId: Int?
        var participantUnitIds: [Int]
        var responsibleLeader: String
        var responsiblePerson: String
        var handler: String
        @Nullable var startDate: String?
        @Nullable var originalDeadline: String?
        @Nullable var deadline: String?
        var delayCount: Int
        var expectedResults: String
        var resultForm: String
        var policyDocuments: String
        var remarks: String
        var weight: Double
        var status: String
        var ownPercent: Double
        @Nullable var derivedPercent: Double?
        var percent: Double
        var light: String
        var childCount: Int
        var isDemo: Bool
        var version: Int
        var updatedAt: String

        init(_ r: ItemRecord, participants: [Int], light: ScheduleLight) {
            id = r.id
            planId = r.planId
            parentId = r.parentId
            depth = r.depth
            number = r.number
            title = r.title
            content = r.content
            leadUnitId = r.leadUnitId
            participantUnitIds = participants
            responsibleLeader = r.responsibleLeader
            responsiblePerson = r.responsiblePerson
            handler = r.handler
            startDate = r.startDate
            originalDeadline = r.originalDeadline
            deadline = r.currentDeadline
            delayCount = r.delayCount
            expectedResults = r.expectedResults
            resultForm = r.resultForm
            policyDocuments = r.policyDocuments
            remarks = r.remarks
            weight = r.weight
            status = r.status
            ownPercent = r.ownPercent
            derivedPercent = r.derivedPercent
            percent = r.rollupPercent
            self.light = light.rawValue
            childCount = r.childCount
            isDemo = r.isDemo
            version = r.version
            updatedAt = r.updatedAt
        }
    }

    struct LedgerRowDTO: Codable, Sendable {
        var id: Int
        var planId: Int
        @Nullable var parentId: Int?
        var depth: Int
        var number: String
        @Nullable var field: String?
        @Nullable var task: String?
        var title: String
        @Nullable var leadUnit: String?
        @Nullable var leadUnitId: Int?
        var participants: [String]
        var responsibleLeader: String
        var responsiblePerson: String
        var handler: String
        @Nullable var deadline: String?
        @Nullable var originalDeadline: String?
        var delayCount: Int
        var expectedResults: String
        var policyDocuments: String
        var remarks: String
        var status: String
        var ownPercent: Double
        @Nullable var derivedPercent: Double?
        var percent: Double
        var light: String
        /// The office's current judgement (研判), null when not judged.
        @Nullable var judgement: String?
        var outdated: Bool
        var version: Int
    }

    struct Ledger: Codable, Sendable {
        var items: [LedgerRowDTO]
        var total: Int
        var totalCapped: Bool
        var page: Int
        var perPage: Int
    }

    struct Amendment: Codable, Sendable {
        var id: Int
        @Nullable var oldDeadline: String?
        var newDeadline: String
        var reason: String
        var changedBy: String
        @Nullable var approvedBy: String?
        var changedAt: String
        init(_ a: AmendmentRecord) {
            id = a.id
            oldDeadline = a.oldDeadline
            newDeadline = a.newDeadline
            reason = a.reason
            changedBy = a.changedBy
            approvedBy = a.approvedBy
            changedAt = a.changedAt
        }
    }

    struct HistoryEntry: Codable, Sendable {
        struct Change: Codable, Sendable {
            var field: String
            @Nullable var before: String?
            @Nullable var after: String?
        }
        var action: String
        var actor: String
        var at: String
        var version: Int
        var changes: [Change]
        init(_ a: AuditRecord) {
            action = a.action
            actor = a.actor
            at = a.at
            version = a.version
            changes = a.changeMap.sorted { $0.key < $1.key }.map {
                Change(field: $0.key, before: $0.value.first ?? nil, after: $0.value.count > 1 ? $0.value[1] : nil)
            }
        }
    }

    struct UnitOverdue: Codable, Sendable {
        @Nullable var unitId: Int?
        @Nullable var unitName: String?
        var count: Int
        init(_ u: Dashboard.UnitOverdue) {
            unitId = u.unitId
            unitName = u.unitName
            count = u.count
        }
    }

    struct DashboardDTO: Codable, Sendable {
        var jurisdiction: Jurisdiction
        var total: Int
        var byStatus: [Dashboard.Count]
        var byLight: [Dashboard.Count]
        var byJudgement: [Dashboard.Count]
        var overdueByUnit: [UnitOverdue]
        var completionByField: [Dashboard.FieldCompletion]
        var plans: [Plan]
        var asOf: String
    }

    struct Page<T: Codable & Sendable>: Codable, Sendable { var items: [T] }

    // MARK: Inputs (every field optional so a missing one is reported by name, not as a decoding failure)

    struct JurisdictionInput: Decodable, Sendable {
        var name: String?
        var level: String?
        var divisionCode: String?
        var parentId: Int?
        var version: Int?
    }

    struct UnitInput: Decodable, Sendable {
        var jurisdictionId: Int?
        var name: String?
        var shortNames: [String]?
        var version: Int?
    }

    struct PlanInput: Decodable, Sendable {
        var jurisdictionId: Int?
        var title: String?
        var docNumber: String?
        var issuer: String?
        var issueDate: String?
        var periodStart: String?
        var periodEnd: String?
        var levelNames: [String]?
        var rollupRule: String?
        var warnDays: Int?
        var version: Int?
    }

    struct ItemInput: Decodable, Sendable {
        var parentId: Int?
        var number: String?
        var title: String?
        var content: String?
        var leadUnitId: Int?
        var participantUnitIds: [Int]?
        var responsibleLeader: String?
        var responsiblePerson: String?
        var handler: String?
        var startDate: String?
        var deadline: String?
        var expectedResults: String?
        var resultForm: String?
        var policyDocuments: String?
        var remarks: String?
        var weight: Double?
        var status: String?
        var ownPercent: Double?
        var version: Int?
        var amendmentReason: String?
        var approvedBy: String?
    }

    struct AmendmentInput: Decodable, Sendable {
        var newDeadline: String?
        var reason: String?
        var approvedBy: String?
        var version: Int?
    }

    struct DeleteResult: Codable, Sendable { var deleted: Int }
}

extension KeyedDecodingContainer {
    /// A missing key decodes as nil, as it would for a plain optional.
    func decode<V>(_ type: APIModels.Nullable<V>.Type, forKey key: Key) throws -> APIModels.Nullable<V> {
        try decodeIfPresent(type, forKey: key) ?? APIModels.Nullable(wrappedValue: nil)
    }
}

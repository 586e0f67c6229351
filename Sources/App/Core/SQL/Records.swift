import Foundation
import ReformCore

/// Sendable rows that leave the query layer. Column names map by snake_case → camelCase.
public struct JurisdictionRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var name: String
    public var level: String
    public var divisionCode: String
    public var parentId: Int?
    public var path: String
    public var depth: Int
    public var version: Int
    public var createdAt: String
    public var updatedAt: String
}

public struct UnitRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var jurisdictionId: Int
    public var name: String
    public var shortNames: String
    public var version: Int
    public var createdAt: String
    public var updatedAt: String
    public var shortNameList: [String] { UnitDraft.splitNames(shortNames) }
}

public struct PlanRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var jurisdictionId: Int
    public var title: String
    public var docNumber: String
    public var issuer: String
    public var issueDate: String?
    public var periodStart: String?
    public var periodEnd: String?
    public var levelNames: String
    public var rollupRule: String
    public var warnDays: Int
    public var sourceNote: String
    public var isDemo: Bool
    public var derivedPercent: Double?
    public var version: Int
    public var createdAt: String
    public var updatedAt: String

    public var rule: RollupRule { RollupRule(rawValue: rollupRule) ?? .mean }
    public var levelNameList: [String] { levelNames.split(separator: "/").map(String.init) }
    public func levelName(depth: Int) -> String {
        let names = levelNameList
        return depth < names.count ? names[depth] : (names.last ?? "")
    }
}

public struct ItemRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var planId: Int
    public var parentId: Int?
    public var jurisdictionId: Int
    public var jurisdictionPath: String
    public var fieldId: Int?
    public var taskId: Int?
    public var path: String
    public var depth: Int
    public var position: Int
    public var sortKey: String
    public var number: String
    public var title: String
    public var content: String
    public var leadUnitId: Int?
    public var responsibleLeader: String
    public var responsiblePerson: String
    public var handler: String
    public var startDate: String?
    public var originalDeadline: String?
    public var currentDeadline: String?
    public var warnFrom: String?
    public var expectedResults: String
    public var resultForm: String
    public var policyDocuments: String
    public var remarks: String
    public var weight: Double
    public var status: String
    public var ownPercent: Double
    public var derivedPercent: Double?
    public var rollupPercent: Double
    public var delayCount: Int
    public var childCount: Int
    public var searchText: String
    public var isDemo: Bool
    public var version: Int
    public var createdAt: String
    public var updatedAt: String

    public var lifecycle: LifecycleStatus { LifecycleStatus(rawValue: status) ?? .notStarted }
    public func light(today: LocalDate, warnDays: Int) -> ScheduleLight {
        Schedule.light(
            status: lifecycle, originalDeadline: originalDeadline.flatMap(LocalDate.init(iso:)),
            today: today, warnDays: warnDays)
    }
}

public struct AmendmentRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var itemId: Int
    public var oldDeadline: String?
    public var newDeadline: String
    public var reason: String
    public var changedBy: String
    public var approvedBy: String?
    public var changedAt: String
}

public struct AuditRecord: Codable, Sendable, Equatable {
    public var id: Int
    public var entityType: String
    public var entityId: Int
    public var action: String
    public var actor: String
    public var at: String
    public var version: Int
    public var changes: String

    /// field → [before, after]
    public var changeMap: [String: [String?]] {
        (try? JSONDecoder().decode([String: [String?]].self, from: Data(changes.utf8))) ?? [:]
    }
}

public struct ParticipantName: Codable, Sendable, Equatable {
    public var itemId: Int
    public var unitId: Int
    public var name: String
    public var shortNames: String
    /// What a table shows: the first short name (区发展改革局), else the full name.
    public var displayName: String { UnitNames.display(name: name, shortNames: shortNames) }
}

enum UnitNames {
    static func display(name: String, shortNames: String?) -> String {
        shortNames.flatMap(UnitDraft.firstName) ?? name
    }
}

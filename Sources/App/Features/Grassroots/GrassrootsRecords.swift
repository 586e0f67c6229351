import ReformCore

/// Where a declared project stands.
package enum GrassrootsState: String, Codable, Sendable, CaseIterable {
    case declared  // 已申报（待审核）
    case selected  // 已入选
    case notSelected = "not_selected"  // 未入选

    static let chinese: [GrassrootsState: String] = [.declared: "已申报", .selected: "已入选", .notSelected: "未入选"]

    init?(text: String) {
        let t = text.trimmed
        if let s = GrassrootsState(rawValue: t) {
            self = s
        } else if let s = Self.chinese.first(where: { $0.value == t })?.key {
            self = s
        } else {
            return nil
        }
    }
}

/// A city's annual call for grassroots innovation projects.
package struct GrassrootsCallRecord: Codable, Sendable, Equatable {
    package var id: Int
    package var jurisdictionId: Int
    package var jurisdictionPath: String
    package var jurisdictionName: String
    package var year: Int
    package var title: String
    package var quotaPerDistrict: Int
    package var declareBy: String
    package var planId: Int
    package var isDemo: Bool
    package var version: Int
}

/// A project a district declared, with its call's and district's names.
package struct GrassrootsProjectRecord: Codable, Sendable, Equatable {
    package var id: Int
    package var callId: Int
    package var callTitle: String
    package var callPath: String
    package var quotaPerDistrict: Int
    package var planId: Int
    package var jurisdictionId: Int
    package var jurisdictionPath: String
    package var jurisdictionName: String
    package var title: String
    package var summary: String
    package var leadUnit: String
    package var expectedResult: String
    package var contact: String
    package var state: String
    package var reviewNote: String
    package var reviewedOn: String?
    package var planItemId: Int?
    package var isDemo: Bool
    package var version: Int
    package var createdAt: String
    package var updatedAt: String
}

/// What another feature (the evaluation rounds) needs to show a project it refers to by (kind "grassroots_project", id).
package struct GrassrootsSubject: Sendable, Equatable {
    package var id: Int
    package var title: String
    package var jurisdictionId: Int
    package var jurisdictionPath: String
    package var jurisdictionName: String
    package var state: String
    package var link: String
}

import ReformCore

/// A request for a later deadline on a receipt (申请延期), with what its pages and API show of the receipt.
package struct CascadeExtensionRecord: Codable, Sendable, Equatable {
    package var id: Int
    package var receiptId: Int
    package var requestedDeadline: String
    package var limitBefore: String?
    package var reason: String
    package var state: String
    package var requestedBy: String
    package var requestedAt: String
    package var decidedBy: String
    package var decidedAt: String?
    package var comment: String
    package var version: Int
    package var senderJurisdictionId: Int
    package var senderPath: String
    package var targetJurisdictionId: Int
    package var targetName: String
    package var targetPath: String
    package var title: String

    package var extensionState: CascadeExtensionState { CascadeExtensionState(rawValue: state) ?? .pending }
}

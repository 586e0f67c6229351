import Hummingbird
import ReformCore

/// A part another feature adds to the item page (reporting's assignments, reports and indicators; later supervision's
/// matters, the cascade's copies): the item feature renders whatever sections the features declare, in their order,
/// without knowing them.
struct ItemPageSection: Sendable {
    /// Names the section; a form that failed passes its state back under this key.
    let key: String
    /// The section's HTML for `item`, or nil to show nothing.
    let render: @Sendable (ItemPageSectionInput) async throws -> String?
}

/// What a section is rendered from.
struct ItemPageSectionInput: Sendable {
    let item: ItemRecord
    let plan: PlanRecord
    let services: AppServices
    let context: AppRequestContext
    /// The state of this section's form when a post to it failed (its issues and what was typed), else nil.
    let state: (any Sendable)?
}

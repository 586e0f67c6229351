import FluentKit
import SQLKit

/// The one ordered, append-only list of migrations. Never edit a shipped migration: add a new one.
enum AppMigrations {
    static var all: [any Migration] {
        [
            CreateJurisdictions(),
            CreateUnits(),
            CreatePlans(),
            CreatePlanItems(),
            CreatePlanItemParticipants(),
            CreateDeadlineAmendments(),
            CreateAuditLog(),
            CreateItemSearchIndex(),
            AddItemCoveringIndexes(),
            SkipUnchangedSearchText(),
            CreateImportBatches(),
            CreateAccounts(),
            SplitImportPayloadItems(),
        ]
    }
}

extension SQLDatabase {
    var isPostgres: Bool { dialect.name == "postgresql" }
}

/// Every feature of the app, one line each: a new feature adds its line here and touches nothing else outside its folder.
enum AppFeatures {
    static let all: [any Feature.Type] = [
        OperationsFeature.self,
        AccountsFeature.self,
        AuditFeature.self,
        DashboardFeature.self,
        LedgerFeature.self,
        ExportFeature.self,
        WallChartFeature.self,
        JurisdictionsFeature.self,
        UnitsFeature.self,
        PlansFeature.self,
        ItemsFeature.self,
        ReportingFeature.self,
        MattersFeature.self,
        NoticesFeature.self,
        UnitRecordsFeature.self,
        JudgementsFeature.self,
        ImportFeature.self,
        JobsFeature.self,
        InboxFeature.self,
        InspectionsFeature.self,
        NotificationsFeature.self,
        ObstaclesFeature.self,
        SetupFeature.self,
        BatchFeature.self,
        RankingFeature.self,
        CascadeFeature.self,
        MeetingsFeature.self,
        YearEndFeature.self,
        CalendarFeature.self,
        AuthorizationsFeature.self,
        PowersFeature.self,
        GrassrootsFeature.self,
        EvaluationFeature.self,
        ReplicationFeature.self,
        PublicationFeature.self,
        PublicSiteFeature.self,
        GoldenIdeasFeature.self
    ]

    /// The item page's sections from every feature, in the order above.
    static let itemPageSections: [ItemPageSection] = all.flatMap { $0.itemPageSections }

    /// Every feature's kinds of background job.
    static let jobHandlers: [JobHandler] = all.flatMap { $0.jobHandlers }

    /// Where every feature's records name stored files.
    static let storedFileReferences: [StoredFileReference] = all.flatMap { $0.storedFileReferences }

    /// Every feature's strings, named by the feature.
    static let stringTables: [(owner: String, table: StringTable)] = all.map { (String(describing: $0), $0.strings) }
}

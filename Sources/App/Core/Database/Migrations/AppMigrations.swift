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
            // 0004: the assignment chain and reports.
            CreatePlanReporting(),
            CreateAssignments(),
            CreateProgressReports(),
            AddItemReportDue(),
            // 0005: indicators are edited and deleted.
            AddIndicatorVersion(),
            // 0006: background jobs.
            CreateJobs(),
            CreateLoginThrottle(),
            AddTokenExpiry(),
            CreateAppSettings(),
            // 0007: two-factor sign-in.
            CreateTwoFactor(),
            // 0008: files in the database.
            CreateStoredFiles(),
            // 0009: the dashboard's leaf counters.
            AddItemTallies(),
            // 0010: supervision matters (督办事项).
            CreateMatters(),
            CreateJudgements(),
            // 0011: inspections, findings and rectification.
            CreateInspections(),
            // 0012: notices and their numbering; commendation and accountability records.
            CreateNotices(),
            // 0013: obstacles, escalation and consultation.
            CreateObstacles(),
            // 0014: reminders, notifications and the webhook outbox.
            CreateNotifications(),
            // 0015: the current judgement on the item.
            AddItemJudgement(),
            // 0019: when stored bytes were last stored, for the sweep of unreferenced files.
            AddStoredFileTouchedAt(),
            // 0020: escalations' reminder day.
            AddEscalationWarnFrom(),
            // 0021: offices' own notice templates.
            CreateNoticeTemplates(),
            // 0022: the unit ranking's weights.
            CreateRankingWeights(),
            // 0023: the cascade (分解下达).
            CreateCascade(),
            // 0026: requests up the cascade for a later deadline.
            CreateCascadeExtensions(),
            // 0024: the reform commission's meetings (深改委会议).
            CreateMeetings(),
            // 0025: the year-end check (年底对账).
            CreateYearEnd(),
            // 0027: the working-day calendar (工作日, 调休) and the authorization lists register (授权事项清单).
            CreateWorkingDayCalendar(),
            CreateAuthorizations(),
            // 0028: delegated provincial powers (省级行政职权调整).
            CreateDelegatedPowers(),
            // 0029: grassroots innovation projects (基层改革创新项目).
            CreateGrassroots(),
            // 0030: evaluation (成效评估).
            CreateEvaluation(),
            // 0031: the replication library (可复制推广经验).
            CreateReplication(),
            // 0032: what the public sees (改革进展公开).
            CreatePublication(),
            // 0033: golden-idea calls (金点子征集).
            CreateGoldenIdeas(),
            // 0034: objections to a golden-idea shortlist during its public notice (公示异议).
            CreateIdeaObjections(),
            // 0035: the registers' stamps for their kept counts, and each landing change's successor day.
            AddRegisterStamps(),
            // 0036: a finished evaluation round as a delegated power's effect evaluation.
            AddRoundToPowerEvaluations(),
            // 0037: each landing change carries its item's batch, area and jurisdiction, for the counts as of a past day.
            AddAuthorizationChangeKeys(),
            // 0038: words in the authorization and delegated-power registers through a trigram index, and both registers'
            // counts from indexes that hold every column they read.
            AddRegisterSearchIndexes(),
            AddAuthorizationCountIndexes(),
            AddPowerCountIndexes(),
            AddPowerTermRuns(),
            // 0039: the authorization register's landing counts by month, kept by the database.
            AddAuthorizationMonthTallies(),
            // 0040: the dashboard's rectification counts from indexes that hold what they read.
            AddRectificationCountIndexes(),
            // 0041: the reminder scan's first run from indexes that hold what it reads.
            AddReminderScanIndexes()
        ]
    }
}

extension SQLDatabase {
    var isPostgres: Bool { dialect.name == "postgresql" }
}

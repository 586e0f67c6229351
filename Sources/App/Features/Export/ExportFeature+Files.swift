extension ExportFeature {
    /// A ledger export run as a job keeps its file for a week after it finished (the job page links it); then it goes.
    static let exportRetentionDays = 7
    static var storedFileReferences: [StoredFileReference] {
        [.jobOutput(kind: LedgerExportJob.kind, retentionDays: exportRetentionDays)]
    }
}

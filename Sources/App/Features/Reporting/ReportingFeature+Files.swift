extension ReportingFeature {
    /// Reports' evidence names its bytes in `evidence_files.storage_key`.
    static var storedFileReferences: [StoredFileReference] { [.column(table: "evidence_files", column: "storage_key")] }
}

extension InspectionsFeature {
    /// Findings' and rectification reports' evidence.
    static var storedFileReferences: [StoredFileReference] {
        [.column(table: "finding_evidence", column: "storage_key"), .column(table: "rectification_evidence", column: "storage_key")]
    }
}

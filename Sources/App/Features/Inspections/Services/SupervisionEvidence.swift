import Foundation

/// A file checked as an evidence upload (`EvidenceStore.check`), as the inspection services take it: a package type,
/// so the demo loader can hand in files too.
package struct SupervisionEvidence: Sendable {
    let checked: EvidenceStore.Checked

    var originalName: String { checked.originalName }
}

extension AppServices {
    /// Checks a file as an upload is checked (kind, size, first bytes).
    package func supervisionEvidence(filename: String, data: Data) throws -> SupervisionEvidence {
        SupervisionEvidence(checked: try evidence.check(filename: filename, data: data))
    }
}

import Foundation

extension AppServices {
    /// An upload past this size is read into its draft through the heavy-work gate (README: Memory); a smaller one,
    /// like a pasted plan, is read at once.
    static let heavyUploadBytes = 1024 * 1024

    /// The dry run of an upload, waiting for a heavy-work slot when the upload is large.
    func importDraft(_ upload: ImportService.Upload, target: ImportTarget, actor: String) async throws -> ImportService.Batch {
        let imports = imports
        guard upload.byteCount > Self.heavyUploadBytes else { return try await imports.createDraft(upload, target: target, actor: actor) }
        return try await heavyWork.run { try await imports.createDraft(upload, target: target, actor: actor) }
    }
}

extension ImportService.Upload {
    var byteCount: Int {
        switch content {
        case .data(let data): return data.count
        case .file(let url): return (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? Int.max
        }
    }
}

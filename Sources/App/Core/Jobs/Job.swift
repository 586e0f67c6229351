import Foundation

/// One background job as stored (see `CreateJobs`). `payload` and `result` are JSON text the job's handler defines.
package struct Job: Sendable, Decodable, Equatable {
    package enum State: String, Sendable, Codable, CaseIterable {
        case queued, running, succeeded, failed, cancelled

        /// Nothing more happens to the job.
        package var isFinished: Bool { self == .succeeded || self == .failed || self == .cancelled }
    }

    package var id: Int
    package var kind: String
    package var payload: String
    package var state: State
    /// Attempts started so far (a claim counts one).
    package var attempts: Int
    package var maxAttempts: Int
    /// Not claimed before this moment (a retry's back-off, or a job scheduled ahead).
    package var runAt: String
    package var lockedBy: String?
    package var lockedUntil: String?
    package var progressDone: Int64
    package var progressTotal: Int64
    /// What the job is doing, in the handler's words (e.g. "第 3 / 12 个工作表").
    package var progressNote: String
    package var result: String?
    package var lastError: String?
    package var cancelRequested: Bool
    package var createdBy: Int?
    package var createdAt: String
    package var startedAt: String?
    package var finishedAt: String?
    package var updatedAt: String

    /// 0…100, nil while the total is unknown.
    package var percent: Int? {
        guard progressTotal > 0 else { return state == .succeeded ? 100 : nil }
        return Int(min(100, max(0, progressDone * 100 / progressTotal)))
    }

    /// The payload decoded as the handler's type.
    package func decodePayload<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(payload.utf8))
    }
}

/// What a handler throws to end a job without a retry (bad payload, a refusal the next attempt would repeat).
package struct PermanentJobFailure: Error, Sendable {
    package let message: String
    package init(_ message: String) { self.message = message }
}

/// Thrown by `JobContext.progress` when someone asked to cancel the job; the worker marks it cancelled.
package struct JobCancelled: Error, Sendable {}

/// Wraps an error thrown by the caller's row closure so it passes the zip reader unchanged instead of being
/// reported as a damaged part.
struct PassThroughError: Error {
    let underlying: any Error
}

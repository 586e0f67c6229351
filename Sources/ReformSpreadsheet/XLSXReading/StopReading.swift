/// Thrown through the zip reader to stop inflating once the caller has what it wants.
struct StopReading: Error {}

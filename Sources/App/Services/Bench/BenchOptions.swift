/// How `reform bench` runs: where, on what data, and how many times each operation is timed.
public struct BenchOptions: Sendable {
    public var database: AppConfig.DatabaseLocation
    /// Rebuild the dataset even when the database already holds it.
    public var regenerate: Bool
    public var dataset: BenchDataset
    /// Timed runs of each page operation; edits run `runs * 2`, the wall chart `runs / 4`.
    public var runs: Int
    /// Untimed runs of each operation first (caches, prepared templates).
    public var warmup: Int

    public init(database: AppConfig.DatabaseLocation, regenerate: Bool = false, dataset: BenchDataset = BenchDataset(),
                runs: Int = 200, warmup: Int = 5) {
        self.database = database
        self.regenerate = regenerate
        self.dataset = dataset
        self.runs = runs
        self.warmup = warmup
    }
}

import App

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
    /// Operation groups to time (`BenchOptions.groups`); empty means all.
    public var only: Set<String> = []
    /// SQLite only: pragmas to try on top of the connection's settings ("mmap_size=268435456",
    /// "synchronous=NORMAL"), for comparing settings before changing `DatabaseService`.
    public var sqlitePragmas: [String] = []

    public static let groups = [
        "ledger", "dashboard", "edit", "wallchart", "national", "supervision", "reminders", "notices", "ranking", "replication", "ideas", "registers"
    ]

    public init(
        database: AppConfig.DatabaseLocation, regenerate: Bool = false, dataset: BenchDataset = BenchDataset(),
        runs: Int = 200, warmup: Int = 5
    ) {
        self.database = database
        self.regenerate = regenerate
        self.dataset = dataset
        self.runs = runs
        self.warmup = warmup
    }
}

import Foundation
import Hummingbird
import SQLKit

/// A feature's server-rendered pages: each feature has its own type conforming to this (e.g. `LedgerPages`), registered
/// by its `Feature`. Thin: read the request, call queries and services, build the view.
protocol PageHandlers: Sendable {
    var services: AppServices { get }
}

extension PageHandlers {
    var sql: any SQLDatabase { services.database.sql }
    var renderer: PageRenderer { services.renderer }
}

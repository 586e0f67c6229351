extension AppServices {
    package var cascades: CascadeService { CascadeService(database: database, clock: clock) }
}

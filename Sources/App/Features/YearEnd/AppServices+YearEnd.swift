extension AppServices {
    package var yearEnd: YearEndService { YearEndService(database: database, clock: clock) }
}

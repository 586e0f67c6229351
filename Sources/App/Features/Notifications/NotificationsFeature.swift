import Hummingbird

/// Reminders (预警), in-app notifications and outbound webhooks (issue 11, "Reminders and notifications"; README:
/// Reminders and webhooks). The daily scan, the digest and the outbox's delivery are jobs on `Core/Jobs`; the header's
/// count is `NotificationCountMiddleware`.
enum NotificationsFeature: Feature {
    static func register(_ routes: FeatureRoutes) {
        let pages = NotificationPages(services: routes.services)
        routes.pages.get("/notifications") { request, context in try await pages.list(request, context) }
        routes.pages.post("/notifications/read-all") { request, context in try await pages.markAllRead(request, context) }
        routes.pages.post("/notifications/:id/read") { request, context in try await pages.markRead(request, context) }

        let webhooks = WebhookPages(services: routes.services)
        routes.pages.get("/settings/webhooks") { request, context in try await webhooks.list(request, context) }
        routes.pages.get("/settings/webhooks/new") { request, context in try await webhooks.newForm(request, context) }
        routes.pages.post("/settings/webhooks") { request, context in try await webhooks.create(request, context) }
        routes.pages.get("/settings/webhooks/:id") { request, context in try await webhooks.editForm(request, context) }
        routes.pages.post("/settings/webhooks/:id") { request, context in try await webhooks.update(request, context) }
        routes.pages.post("/settings/webhooks/:id/delete") { request, context in try await webhooks.delete(request, context) }

        let api = NotificationsAPI(services: routes.services)
        routes.api.get("/notifications") { request, context in try await api.list(request, context) }
        routes.api.post("/notifications/read-all") { request, context in try await api.markAllRead(request, context) }
        routes.api.post("/notifications/:id/read") { request, context in try await api.markRead(request, context) }
    }

    static var jobHandlers: [JobHandler] { [ReminderJobs.remindersHandler, ReminderJobs.digestHandler, NotificationOutbox.handler] }
}

extension AppServices {
    var webhooks: WebhookService { WebhookService(database: database, clock: clock) }
    package var reminders: ReminderScan { ReminderScan(database: database, clock: clock) }
}

/// View models of the meetings' templates (Resources/Templates/meetings).
struct MeetingOption: Sendable {
    var value: String
    var label: String
    var selected: Bool
}

struct MeetingListView: Sendable {
    struct Row: Sendable {
        var id: Int
        var body: String
        var number: String
        var date: String
        var chair: String
        var jurisdiction: String
    }
    struct Body: Sendable {
        var name: String
        var kind: String
        var jurisdiction: String
    }
    var rows: [Row]
    var hasRows: Bool
    var bodies: [Body]
    var hasBodies: Bool
    var canEdit: Bool
    var canAddBody: Bool
    var jurisdictions: [MeetingOption]
    var kinds: [MeetingOption]
    var bodyName: String
    var errors: [String]
    var hasErrors: Bool
    var reportURL: String
}

struct MeetingFormView: Sendable {
    struct Row: Sendable {
        var index: Int
        var id: String
        var kinds: [MeetingOption]
        var title: String
        var outcomes: [MeetingOption]
        var plans: [MeetingOption]
        var links: String
    }
    var isNew: Bool
    var id: Int
    var version: Int
    var action: String
    var bodies: [MeetingOption]
    var ordinal: String
    var heldOn: String
    var chair: String
    var attendees: String
    var place: String
    var summary: String
    var rows: [Row]
    var errors: [String]
    var hasErrors: Bool
    var cancelURL: String
}

struct MeetingPageView: Sendable {
    struct Link: Sendable {
        var url: String
        var label: String
        var kind: String
        var gone: Bool
    }
    struct Cascade: Sendable {
        var itemId: Int
        var label: String
        var sentAt: String
    }
    struct Agenda: Sendable {
        var id: Int
        var number: Int
        var title: String
        var outcome: String
        var outcomeKey: String
        var hasOutcome: Bool
        var planURL: String
        var planTitle: String
        var hasPlan: Bool
        var links: [Link]
        var hasLinks: Bool
        var results: [Link]
        var cascades: [Cascade]
        var hasResults: Bool
        var resultItems: [MeetingOption]
        var hasResultItems: Bool
    }
    var id: Int
    /// The same as `id`, under a name the agenda's loops do not shadow.
    var meetingId: Int
    var title: String
    var body: String
    var jurisdiction: String
    var number: String
    var date: String
    var chair: String
    var attendees: String
    var hasAttendees: Bool
    var place: String
    var hasPlace: Bool
    var summary: [String]
    var hasSummary: Bool
    var reports: [Agenda]
    var hasReports: Bool
    var reviews: [Agenda]
    var hasReviews: Bool
    var decisions: [Agenda]
    var hasDecisions: Bool
    var canEdit: Bool
    var plans: [MeetingOption]
    var units: [MeetingOption]
    var levels: [MeetingOption]
    var targets: [MeetingOption]
    var hasTargets: Bool
    var errors: [String]
    var hasErrors: Bool
}

struct MeetingMinutesView: Sendable {
    struct Line: Sendable {
        var number: String
        var text: String
    }
    struct Section: Sendable {
        var heading: String
        var lines: [Line]
    }
    var issuer: String
    var title: String
    var meetingURL: String
    var facts: [Line]
    var sections: [Section]
    var summary: [String]
    var hasSummary: Bool
    var date: String
}

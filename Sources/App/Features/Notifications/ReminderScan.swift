import Foundation
import ReformCore
import SQLKit

/// The reminder scan (预警): plan items, matters and rectifications that turned yellow (their first warn day, the same
/// `warn_from` their light uses) or red (the day after their deadline) since the last scan notify the people who act on
/// them. Incremental: only the range of `warn_from` / deadline between the last scan's day and today is read, through
/// an index; `reminder_marks` makes a scan run twice (a retry, a second instance) write nothing twice. One transaction:
/// the marks, the notifications, the outbox rows and the day scanned land together or not at all.
///
/// Who is notified (README: Reminders and webhooks): for an item, each assigned unit's handler (经办人) when one is
/// named, else the unit's liaisons; for a matter or a rectification, the lead unit's liaisons; for an item or a matter,
/// also the account named as its responsible leader (责任领导: an active account whose display name is the record's,
/// in a jurisdiction that sees the record).
package struct ReminderScan: Sendable {
    let database: DatabaseService
    let clock: AppClock

    package static let scannedThroughKey = "reminders.scanned_through"

    package struct Summary: Sendable, Equatable, Codable {
        /// Reminders that fired (one per record and kind).
        package var fired: Int
        /// Notifications written (one per reminder and recipient).
        package var notified: Int
        /// Outbox rows written (one per reminder and enabled endpoint).
        package var outboxed: Int
        /// The day scanned from (exclusive), nil for a first, full scan.
        package var since: String?
        package var through: String
    }

    /// What a kind of record contributes to the scan: where its dates are, when it is open, and its recipients.
    struct Subject: Sendable {
        var type: String
        var table: String
        var deadline: String
        var open: String
        var link: String
        /// The column whose value ends the link (the record's own id, or for an escalation its obstacle's).
        var linkColumn = "id"
        var text: String
        /// Extra joins for `text` (the rectification's finding).
        var textJoin: String
        var unitColumn: String
        var hasLeader: Bool
        /// The column holding the first day to remind of (yellow).
        var warnColumn = "warn_from"

        /// Someone to remind: a reminder nobody would receive is not recorded (nor written: on a first scan that is
        /// most of the work).
        var hasRecipient: String {
            let leader =
                "(x.responsible_leader <> '' AND EXISTS (SELECT 1 FROM users u WHERE u.display_name = x.responsible_leader AND u.active = TRUE))"
            let units =
                switch type {
                case "item": "EXISTS (SELECT 1 FROM assignments a WHERE a.item_id = x.id)"
                case "escalation": "EXISTS (SELECT 1 FROM users u WHERE \(Self.escalationHolder) AND u.active = TRUE)"
                case "power_handover", "power_expiry": "EXISTS (SELECT 1 FROM users u WHERE \(Self.powerHolder) AND u.active = TRUE)"
                default: "EXISTS (SELECT 1 FROM users u WHERE u.unit_id = x.\(unitColumn) AND u.role = 'liaison' AND u.active = TRUE)"
                }
            return hasLeader ? "(\(units) OR \(leader))" : units
        }
    }
}

extension ReminderScan.Subject {
    /// Who holds an escalation waiting for its answer: the liaisons of the unit asked, or, when the reform office of the
    /// higher jurisdiction was asked, that office's accounts.
    static let escalationHolder =
        "((x.to_unit_id IS NOT NULL AND u.unit_id = x.to_unit_id AND u.role = 'liaison') OR (x.to_unit_id IS NULL AND u.jurisdiction_id = x.to_jurisdiction_id AND u.role = 'office'))"
}

extension ReminderScan.Subject {
    /// Who keeps a delegated power: the office of the city that received it.
    static let powerHolder = "(u.jurisdiction_id = x.jurisdiction_id AND u.role = 'office')"
}

extension ReminderScan {
    static let subjects: [Subject] = [
        Subject(
            type: "item", table: "plan_items", deadline: "original_deadline", open: "x.status NOT IN ('done', 'suspended')",
            link: "/items/", text: "x.number || ' ' || x.title", textJoin: "", unitColumn: "", hasLeader: true),
        Subject(
            type: "matter", table: "matters", deadline: "deadline", open: "x.state NOT IN ('closed', 'cancelled')", link: "/matters/",
            text: "x.subject", textJoin: "", unitColumn: "lead_unit_id", hasLeader: true),
        Subject(
            type: "rectification", table: "rectifications", deadline: "deadline", open: "x.state <> 'closed'", link: "/rectifications/",
            text: "substr(f.description, 1, 120)", textJoin: "JOIN findings f ON f.id = x.finding_id", unitColumn: "lead_unit_id",
            hasLeader: false),
        // An escalation (专项专办) waiting for the higher level's answer: reminded to whoever holds it, three days before
        // its answer date and once it is late; the link is the obstacle's page.
        Subject(
            type: "escalation", table: "escalations", deadline: "respond_by", open: "x.state = 'pending'", link: "/obstacles/",
            linkColumn: "obstacle_id", text: "substr(x.request, 1, 120)", textJoin: "", unitColumn: "to_unit_id", hasLeader: false),
        // A delegated power not yet handed over: reminded to the receiving city's office five working days before the
        // handover deadline (30 working days after the decision) and once it is late.
        Subject(
            type: "power_handover", table: "delegated_powers", deadline: "handover_deadline",
            open: "x.handed_over_on IS NULL AND x.withdrawn_on IS NULL", link: "/powers/items/", text: "x.name", textJoin: "", unitColumn: "",
            hasLeader: false, warnColumn: "handover_warn_from"),
        // An entrusted power's term: reminded 30 days before it ends and once it has ended without renewal (a renewal moves
        // term_end, so the next term is reminded afresh).
        Subject(
            type: "power_expiry", table: "delegated_powers", deadline: "term_end",
            open: "x.method = 'entrust' AND x.handed_over_on IS NOT NULL AND x.withdrawn_on IS NULL AND x.term_end IS NOT NULL",
            link: "/powers/items/", text: "x.name", textJoin: "", unitColumn: "", hasLeader: false, warnColumn: "expiry_warn_from")
    ]
}

extension ReminderScan {
    /// The last day scanned, nil before the first scan.
    package static func scannedThrough(on sql: any SQLDatabase) async throws -> LocalDate? {
        try await sql.scalar(String.self, column: "value", "SELECT value FROM app_settings WHERE key = \(bind: scannedThroughKey)")
            .flatMap(LocalDate.init(iso:))
    }

    /// Scans what crossed a line after the last scanned day, through `today` (the clock's unless given).
    @discardableResult
    package func run(today given: LocalDate? = nil) async throws -> Summary {
        let today = given ?? clock.today
        let now = clock.timestamp
        let scanId = "\(today.iso)#\(SecretToken.generate().prefix(8))"
        return try await database.transaction { sql in
            let last = try await Self.scannedThrough(on: sql)
            var summary = Summary(fired: 0, notified: 0, outboxed: 0, since: last?.iso, through: today.iso)
            if let last, last >= today { return summary }
            for subject in Self.subjects {
                summary.fired += try await Self.mark(subject, since: last, today: today, scanId: scanId, on: sql)
            }
            if summary.fired > 0 {
                for subject in Self.subjects {
                    summary.notified += try await Self.notify(subject, scanId: scanId, now: now, on: sql)
                }
                summary.outboxed = try await Self.outbox(scanId: scanId, now: now, jobs: JobQueue(database: database, clock: clock), on: sql)
            }
            try await sql.execute(
                """
                INSERT INTO app_settings (key, value, updated_at) VALUES (\(bind: Self.scannedThroughKey), \(bind: today.iso), \(bind: now))
                ON CONFLICT (key) DO UPDATE SET value = \(bind: today.iso), updated_at = \(bind: now)
                """)
            return summary
        }
    }

    /// Marks the records of `subject` that turned yellow in (last, today] and are not yet overdue, and those whose
    /// deadline passed in [last, today): the two ranges are index range scans.
    static func mark(_ s: Subject, since last: LocalDate?, today: LocalDate, scanId: String, on sql: any SQLDatabase) async throws -> Int {
        let warn = SQLQueryString(s.warnColumn)
        let warnLower: SQLQueryString = last.map { " AND x.\(warn) > \(bind: $0.iso)" } ?? ""
        let overdueLower: SQLQueryString = last.map { " AND x.\(unsafeRaw: s.deadline) >= \(bind: $0.iso)" } ?? ""
        let table = SQLQueryString(s.table), deadline = SQLQueryString(s.deadline)
        let open = SQLQueryString(s.open + " AND " + s.hasRecipient)
        // ON CONFLICT needs the SELECT to carry a WHERE (SQLite's parser); both do. In the records' id order, the marks'
        // key and scan index grow at their ends rather than at random places (a first national scan: 0.8 → 0.5 s of CPU).
        // `+x.id`: sorted after the range is read; a plain `x.id` let SQLite walk the whole table in id order instead of
        // reading the range through its index (0.2 → 0.8 s for the items' overdue range, and every daily scan too).
        try await sql.execute(
            """
            INSERT INTO reminder_marks (subject_type, subject_id, kind, deadline, scan_id, fired_on)
            SELECT \(bind: s.type), x.id, 'warn', x.\(deadline), \(bind: scanId), \(bind: today.iso) FROM \(table) x
            WHERE x.\(warn) <= \(bind: today.iso)\(warnLower) AND x.\(deadline) >= \(bind: today.iso) AND \(open)
            ORDER BY +x.id
            ON CONFLICT DO NOTHING
            """)
        try await sql.execute(
            """
            INSERT INTO reminder_marks (subject_type, subject_id, kind, deadline, scan_id, fired_on)
            SELECT \(bind: s.type), x.id, 'overdue', x.\(deadline), \(bind: scanId), \(bind: today.iso) FROM \(table) x
            WHERE x.\(deadline) < \(bind: today.iso)\(overdueLower) AND \(open)
            ORDER BY +x.id
            ON CONFLICT DO NOTHING
            """)
        // Counted through the scan's index rather than returned: a first scan marks hundreds of thousands.
        return try await sql.scalar(
            Int.self, column: "n",
            "SELECT COUNT(*) AS n FROM reminder_marks WHERE scan_id = \(bind: scanId) AND subject_type = \(bind: s.type)") ?? 0
    }

    /// One notification per reminder of this scan and recipient (UNION: a handler who is also the leader gets one).
    static func notify(_ s: Subject, scanId: String, now: String, on sql: any SQLDatabase) async throws -> Int {
        let table = SQLQueryString(s.table)
        let marks: SQLQueryString = "reminder_marks m JOIN \(table) x ON x.id = m.subject_id"
        let these: SQLQueryString = "m.scan_id = \(bind: scanId) AND m.subject_type = \(bind: s.type)"
        var recipients: [SQLQueryString] = []
        if s.type == "item" {
            recipients.append(
                """
                SELECT m.subject_id, m.kind, m.deadline, a.handler_user_id AS user_id FROM reminder_marks m
                JOIN assignments a ON a.item_id = m.subject_id WHERE \(these) AND a.handler_user_id IS NOT NULL
                """)
            recipients.append(
                """
                SELECT m.subject_id, m.kind, m.deadline, u.id AS user_id FROM reminder_marks m
                JOIN assignments a ON a.item_id = m.subject_id JOIN users u ON u.unit_id = a.unit_id
                WHERE \(these) AND a.handler_user_id IS NULL AND u.role = 'liaison' AND u.active = \(bind: true)
                """)
        } else if s.type == "escalation" {
            recipients.append(
                """
                SELECT m.subject_id, m.kind, m.deadline, u.id AS user_id FROM \(marks)
                JOIN users u ON \(unsafeRaw: Subject.escalationHolder) WHERE \(these) AND u.active = \(bind: true)
                """)
        } else if s.type == "power_handover" || s.type == "power_expiry" {
            recipients.append(
                """
                SELECT m.subject_id, m.kind, m.deadline, u.id AS user_id FROM \(marks)
                JOIN users u ON \(unsafeRaw: Subject.powerHolder) WHERE \(these) AND u.active = \(bind: true)
                """)
        } else {
            recipients.append(
                """
                SELECT m.subject_id, m.kind, m.deadline, u.id AS user_id FROM \(marks)
                JOIN users u ON u.unit_id = x.\(unsafeRaw: s.unitColumn)
                WHERE \(these) AND u.role = 'liaison' AND u.active = \(bind: true)
                """)
        }
        if s.hasLeader {
            recipients.append(
                """
                SELECT m.subject_id, m.kind, m.deadline, u.id AS user_id FROM \(marks)
                JOIN users u ON u.display_name = x.responsible_leader JOIN jurisdictions j ON j.id = u.jurisdiction_id
                WHERE \(these) AND x.responsible_leader <> '' AND u.active = \(bind: true) AND x.jurisdiction_path LIKE j.path || '%'
                """)
        }
        return try await sql.insertCount(
            """
            INSERT INTO notifications (user_id, kind, subject_type, subject_id, link, text, due, created_at)
            SELECT r.user_id, 'reminder_' || r.kind, \(bind: s.type), r.subject_id, \(bind: s.link) || CAST(x.\(unsafeRaw: s.linkColumn) AS TEXT),
                   \(unsafeRaw: s.text), r.deadline, \(bind: now)
            FROM (\(recipients.joined(separator: " UNION "))) r JOIN \(table) x ON x.id = r.subject_id \(unsafeRaw: s.textJoin)
            WHERE r.user_id IS NOT NULL
            """)
    }

    /// One outbox row per reminder of this scan and enabled endpoint; none, and no query of the reminders, without one.
    static func outbox(scanId: String, now: String, jobs: JobQueue, on sql: any SQLDatabase) async throws -> Int {
        let endpoints = try await WebhookQueries.enabled(on: sql)
        guard !endpoints.isEmpty else { return 0 }
        var events: [NotificationEvent] = []
        for s in subjects {
            let rows = try await sql.all(
                NotificationEvent.self,
                """
                SELECT 'reminder_' || m.kind AS kind, m.subject_type, m.subject_id,
                       \(bind: s.link) || CAST(x.\(unsafeRaw: s.linkColumn) AS TEXT) AS link,
                       \(unsafeRaw: s.text) AS text, m.deadline AS due
                FROM reminder_marks m JOIN \(unsafeRaw: s.table) x ON x.id = m.subject_id \(unsafeRaw: s.textJoin)
                WHERE m.scan_id = \(bind: scanId) AND m.subject_type = \(bind: s.type)
                ORDER BY m.kind DESC, m.deadline, m.subject_id
                """)
            events += rows
        }
        var written = 0
        for event in events {
            written += try await NotificationOutbox.enqueue(event, to: endpoints, now: now, jobs: jobs, on: sql)
        }
        return written
    }
}

/// What a message announces: a reminder (of a record) or a digest.
struct NotificationEvent: Sendable, Decodable, Equatable {
    var kind: String
    var subjectType: String?
    var subjectId: Int?
    var link: String
    var text: String
    var due: String?
}

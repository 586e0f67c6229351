import Foundation
import ReformCore
import SQLKit

/// Keeping the register of delegated powers: decisions, powers (one row per receiving city), handover within 30 working
/// days, an entrusted power's yearly terms, effect evaluations and renewal, withdrawal, and stored documents. Each write
/// runs in one transaction with its audit entry; an edit checks the power's version (409 when stale).
package struct PowerService: Sendable {
    let database: DatabaseService
    let clock: AppClock

    static let shortMax = 200
    static let longMax = 4_000
    static let numberMax = 99_999

    // MARK: Decisions

    package struct DecisionInput: Sendable {
        var jurisdictionId: Int?
        var docNumber: String
        var title: String
        var decidedOn: String
        var announcedOn: String

        package init(jurisdictionId: Int?, docNumber: String, title: String, decidedOn: String, announcedOn: String) {
            self.jurisdictionId = jurisdictionId
            self.docNumber = docNumber
            self.title = title
            self.decidedOn = decidedOn
            self.announcedOn = announcedOn
        }
    }

    package func createDecision(_ input: DecisionInput, by p: Principal, isDemo: Bool = false) async throws -> PowerDecisionRecord {
        try await database.transaction { sql in
            var issues: [ValidationIssue] = []
            var jurisdiction: JurisdictionRecord?
            if let id = input.jurisdictionId {
                jurisdiction = try await JurisdictionQueries.find(id, on: sql)
                if jurisdiction == nil { issues.append(ValidationIssue(field: "jurisdictionId", code: .notFound)) }
            } else {
                issues.append(ValidationIssue(field: "jurisdictionId", code: .required))
            }
            if let j = jurisdiction { try Access.require(Access.canEditPowers(in: j.path, p), "power_edit") }
            Self.text(input.title, "title", max: Self.shortMax, required: true, into: &issues)
            Self.text(input.docNumber, "docNumber", max: Self.shortMax, required: false, into: &issues)
            let decided = Self.date(input.decidedOn, "decidedOn", today: clock.today, required: true, into: &issues)
            let announced = Self.date(input.announcedOn, "announcedOn", today: nil, required: false, into: &issues)
            if let d = decided, let a = announced, a < d { issues.append(ValidationIssue(field: "announcedOn", code: .dateOrder)) }
            if !issues.isEmpty { throw AppError.validation(issues) }
            let j = jurisdiction!
            let now = clock.timestamp
            let announcedOn = (announced ?? decided!).iso
            let id = try await sql.insertReturningID(
                """
                INSERT INTO power_decisions (jurisdiction_id, jurisdiction_path, doc_number, title, decided_on, announced_on, is_demo, version,
                  created_at, updated_at)
                VALUES (\(bind: j.id), \(bind: j.path), \(bind: input.docNumber.trimmed), \(bind: input.title.trimmed), \(bind: decided!.iso),
                  \(bind: announcedOn), \(bind: isDemo), 1, \(bind: now), \(bind: now))
                """)
            try await Audit.record(
                entity: "power_decision", id: id, action: "create", actor: p.actorName, version: 1,
                changes: Audit.diff(
                    [:],
                    [
                        "jurisdictionId": String(j.id), "docNumber": input.docNumber.trimmed, "title": input.title.trimmed,
                        "decidedOn": decided!.iso, "announcedOn": announcedOn
                    ]),
                scopePath: j.path, at: now, on: sql)
            return try await PowerQueries.decision(id, on: sql)!
        }
    }

    // MARK: Powers

    /// A power as the form, the API or an import row gives it (text as typed; checked by `check`).
    package struct PowerInput: Sendable, Equatable {
        var jurisdictionId: Int?
        var number: String
        var name: String
        var powerType: String
        var method: String
        var grantingDepartment: String
        var receivingDepartment: String
        var legalBasis: String
        var remarks: String

        package init(
            jurisdictionId: Int?, number: String, name: String, powerType: String, method: String, grantingDepartment: String,
            receivingDepartment: String, legalBasis: String, remarks: String
        ) {
            self.jurisdictionId = jurisdictionId
            self.number = number
            self.name = name
            self.powerType = powerType
            self.method = method
            self.grantingDepartment = grantingDepartment
            self.receivingDepartment = receivingDepartment
            self.legalBasis = legalBasis
            self.remarks = remarks
        }

        var snapshot: [String: String?] {
            [
                "jurisdictionId": jurisdictionId.map(String.init), "number": number.trimmed, "name": name.trimmed,
                "powerType": PowerType(text: powerType)?.rawValue ?? powerType, "method": PowerMethod(text: method)?.rawValue ?? method,
                "grantingDepartment": grantingDepartment.trimmed, "receivingDepartment": receivingDepartment.trimmed,
                "legalBasis": legalBasis.trimmed, "remarks": remarks.trimmed
            ]
        }

        init(record r: DelegatedPowerRecord) {
            self.init(
                jurisdictionId: r.jurisdictionId, number: String(r.number), name: r.name, powerType: r.powerType, method: r.method,
                grantingDepartment: r.grantingDepartment, receivingDepartment: r.receivingDepartment, legalBasis: r.legalBasis, remarks: r.remarks)
        }
    }

    struct Checked {
        var jurisdiction: JurisdictionRecord
        var number: Int
        var type: PowerType
        var method: PowerMethod
    }

    package func createPower(decisionId: Int, _ input: PowerInput, by p: Principal, isDemo: Bool = false) async throws -> DelegatedPowerRecord {
        try await database.transaction { sql in
            let decision = try await Self.editableDecision(decisionId, p, on: sql)
            let jurisdictions = try await JurisdictionQueries.all(within: decision.jurisdictionPath, on: sql)
            let c = try await Self.check(input, decision: decision, powerId: nil, jurisdictions: jurisdictions, on: sql)
            let calendar = try await WorkingDays.calendar(on: sql)
            let now = clock.timestamp
            let id = try await Self.insert(
                [(input, c)], decision: decision, calendar: calendar, actor: p.actorName, isDemo: isDemo, at: now, on: sql
            ).first!
            try await Audit.record(
                entity: "power", id: id, action: "create", actor: p.actorName, version: 1, changes: Audit.diff([:], input.snapshot),
                scopePath: c.jurisdiction.path, at: now, on: sql)
            return try await PowerQueries.power(id, on: sql)!
        }
    }

    /// Writes checked powers (in statements of up to 200 rows, as an import of thousands needs) with their "create" events;
    /// returns their ids in order.
    static func insert(
        _ rows: [(PowerInput, Checked)], decision: PowerDecisionRecord, calendar: WorkingDayCalendar, actor: String, isDemo: Bool,
        at now: String, on sql: any SQLDatabase
    ) async throws -> [Int] {
        let decided = LocalDate(iso: decision.decidedOn)!
        let deadline = PowerRules.handoverDeadline(decidedOn: decided, calendar: calendar)
        let warn = PowerRules.handoverWarnFrom(deadline: deadline, calendar: calendar)
        var ids: [Int] = []
        for chunk in stride(from: 0, to: rows.count, by: 200) {
            let part = rows[chunk..<min(chunk + 200, rows.count)]
            var q = SQLQueryString(
                """
                INSERT INTO delegated_powers (decision_id, jurisdiction_id, jurisdiction_path, number, name, power_type, method,
                  granting_department, receiving_department, legal_basis, handover_deadline, handover_warn_from, renewals, remarks, is_demo,
                  version, created_at, updated_at) VALUES
                """)
            for (i, (input, c)) in part.enumerated() {
                if i > 0 { q = q + ", " }
                q =
                    q
                        + """
                        (\(bind: decision.id), \(bind: c.jurisdiction.id), \(bind: c.jurisdiction.path), \(bind: c.number), \(bind: input.name.trimmed),
                          \(bind: c.type.rawValue), \(bind: c.method.rawValue), \(bind: input.grantingDepartment.trimmed),
                          \(bind: input.receivingDepartment.trimmed), \(bind: input.legalBasis.trimmed), \(bind: deadline.iso), \(bind: warn.iso), 0,
                          \(bind: input.remarks.trimmed), \(bind: isDemo), 1, \(bind: now), \(bind: now))
                        """
            }
            q = q + " RETURNING id"
            let got = try await sql.raw(q).all(decoding: IdRow.self, with: ColumnNames.decoder).map(\.id)
            ids += got
            var e = SQLQueryString("INSERT INTO power_events (power_id, action, effective_on, note, actor, recorded_at) VALUES ")
            for (i, id) in got.enumerated() {
                if i > 0 { e = e + ", " }
                e = e + "(\(bind: id), 'create', \(bind: decision.decidedOn), '', \(bind: actor), \(bind: now))"
            }
            if !got.isEmpty { try await sql.execute(e) }
        }
        return ids
    }

    struct IdRow: Decodable {
        var id: Int
    }

    /// Edits a power's facts (its dates change only through handover, renewal and withdrawal).
    package func updatePower(_ id: Int, _ input: PowerInput, baseVersion: Int, by p: Principal) async throws -> DelegatedPowerRecord {
        try await database.transaction { sql in
            let power = try await Self.editablePower(id, p, on: sql)
            if baseVersion != power.version { throw Self.stale(power) }
            let decision = try await PowerQueries.decision(power.decisionId, on: sql)!
            let jurisdictions = try await JurisdictionQueries.all(within: decision.jurisdictionPath, on: sql)
            let c = try await Self.check(input, decision: decision, powerId: id, jurisdictions: jurisdictions, on: sql)
            try Access.require(Access.canEditPowers(in: c.jurisdiction.path, p), "power_edit")
            if power.handedOverOn != nil, c.method.rawValue != power.method {
                // A power handed over keeps its method: an entrusted one's terms would mean nothing for a devolved one.
                throw AppError.validation([ValidationIssue(field: "method", code: .invalidChoice)])
            }
            let now = clock.timestamp
            let n = try await sql.updateReturningCount(
                """
                UPDATE delegated_powers SET jurisdiction_id = \(bind: c.jurisdiction.id), jurisdiction_path = \(bind: c.jurisdiction.path),
                  number = \(bind: c.number), name = \(bind: input.name.trimmed), power_type = \(bind: c.type.rawValue),
                  method = \(bind: c.method.rawValue), granting_department = \(bind: input.grantingDepartment.trimmed),
                  receiving_department = \(bind: input.receivingDepartment.trimmed), legal_basis = \(bind: input.legalBasis.trimmed),
                  remarks = \(bind: input.remarks.trimmed), version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: id) AND version = \(bind: power.version)
                """)
            guard n == 1 else { throw Self.stale(power) }
            try await Audit.record(
                entity: "power", id: id, action: "update", actor: p.actorName, version: power.version + 1,
                changes: Audit.diff(PowerInput(record: power).snapshot, input.snapshot), scopePath: c.jurisdiction.path, at: now, on: sql)
            return try await PowerQueries.power(id, on: sql)!
        }
    }

    /// Records the handover (交接): on a day not after today nor before the decision; an entrusted power's first term starts
    /// then (or on `termStart`) and runs one year.
    package func recordHandover(
        _ id: Int, handedOverOn: String, termStart: String, note: String, baseVersion: Int, by p: Principal
    ) async throws -> DelegatedPowerRecord {
        try await database.transaction { sql in
            let power = try await Self.editablePower(id, p, on: sql)
            if baseVersion != power.version { throw Self.stale(power) }
            if power.withdrawnOn != nil { throw AppError.unprocessable(code: "power_withdrawn", message: "the power was withdrawn") }
            if power.handedOverOn != nil {
                throw AppError.unprocessable(code: "power_handed_over", message: "the power was handed over on \(power.handedOverOn!)")
            }
            var issues: [ValidationIssue] = []
            let today = clock.today
            let day = Self.date(handedOverOn, "handedOverOn", today: today, required: false, into: &issues) ?? today
            let decided = LocalDate(iso: power.decidedOn)!
            if day < decided { issues.append(ValidationIssue(field: "handedOverOn", code: .dateOrder)) }
            let start = Self.date(termStart, "termStart", today: nil, required: false, into: &issues) ?? day
            if start < decided { issues.append(ValidationIssue(field: "termStart", code: .dateOrder)) }
            Self.text(note, "note", max: Self.longMax, required: false, into: &issues)
            if !issues.isEmpty { throw AppError.validation(issues) }
            let now = clock.timestamp
            let entrusted = power.powerMethod == .entrust
            let end = PowerRules.termEnd(start: start)
            let n = try await sql.updateReturningCount(
                """
                UPDATE delegated_powers SET handed_over_on = \(bind: day.iso), term_start = \(bind: entrusted ? start.iso : nil as String?),
                  term_run_start = \(bind: entrusted ? start.iso : nil as String?),
                  term_end = \(bind: entrusted ? end.iso : nil as String?),
                  expiry_warn_from = \(bind: entrusted ? PowerRules.expiryWarnFrom(termEnd: end).iso : nil as String?),
                  version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: id) AND version = \(bind: power.version)
                """)
            guard n == 1 else { throw Self.stale(power) }
            if entrusted {
                try await sql.execute(
                    """
                    INSERT INTO power_terms (power_id, term_start, term_end, evaluation_id, actor, recorded_at)
                    VALUES (\(bind: id), \(bind: start.iso), \(bind: end.iso), NULL, \(bind: p.actorName), \(bind: now))
                    """)
            }
            try await Self.event(id, "handover", day.iso, note, p, now, on: sql)
            var after: [String: String?] = ["handedOverOn": day.iso]
            if entrusted {
                after["termStart"] = start.iso
                after["termEnd"] = end.iso
            }
            try await Audit.record(
                entity: "power", id: id, action: "handover", actor: p.actorName, version: power.version + 1,
                changes: Audit.diff(["handedOverOn": nil, "termStart": nil, "termEnd": nil], after), scopePath: power.jurisdictionPath, at: now,
                on: sql)
            return try await PowerQueries.power(id, on: sql)!
        }
    }

    /// Records an effect evaluation without report files (the API, the demo).
    package func recordEvaluation(
        _ id: Int, evaluatedOn: String, conclusion: String, summary: String, by p: Principal
    ) async throws -> PowerEvaluationRecord {
        try await recordEvaluation(id, evaluatedOn: evaluatedOn, conclusion: conclusion, summary: summary, files: [], by: p)
    }

    /// Records an effect evaluation (实施效果评估) with its report files; a handed-over power only.
    func recordEvaluation(
        _ id: Int, evaluatedOn: String, conclusion: String, summary: String, files: [EvidenceStore.Checked], by p: Principal
    ) async throws -> PowerEvaluationRecord {
        try await database.transaction { sql in
            let power = try await Self.editablePower(id, p, on: sql)
            guard let handed = power.handedOverOn.flatMap(LocalDate.init(iso:)) else {
                throw AppError.unprocessable(code: "power_not_handed_over", message: "the power is not handed over yet")
            }
            var issues: [ValidationIssue] = []
            let today = clock.today
            let day = Self.date(evaluatedOn, "evaluatedOn", today: today, required: false, into: &issues) ?? today
            if day < handed { issues.append(ValidationIssue(field: "evaluatedOn", code: .dateOrder)) }
            let c = PowerEvaluationConclusion(text: conclusion)
            if c == nil {
                issues.append(ValidationIssue(field: "conclusion", code: conclusion.trimmed.isEmpty ? .required : .invalidChoice))
            }
            Self.text(summary, "summary", max: Self.longMax, required: false, into: &issues)
            if !issues.isEmpty { throw AppError.validation(issues) }
            let now = clock.timestamp
            let evaluationId = try await sql.insertReturningID(
                """
                INSERT INTO power_evaluations (power_id, evaluated_on, conclusion, summary, actor, recorded_at)
                VALUES (\(bind: id), \(bind: day.iso), \(bind: c!.rawValue), \(bind: summary.trimmed), \(bind: p.actorName), \(bind: now))
                """)
            for file in files {
                try await Self.storeFile(file, powerId: id, kind: "evaluation", evaluationId: evaluationId, by: p, at: now, on: sql)
            }
            try await Self.event(id, "evaluation", day.iso, L10n.t("powerConclusion." + c!.rawValue, .zh), p, now, on: sql)
            try await Audit.record(
                entity: "power", id: id, action: "evaluation", actor: p.actorName, version: power.version,
                changes: Audit.diff(
                    [:],
                    [
                        "evaluatedOn": day.iso, "conclusion": c!.rawValue, "summary": summary.trimmed,
                        "powerFile": files.map(\.originalName).joined(separator: ", ")
                    ]
                ), scopePath: power.jurisdictionPath, at: now, on: sql)
            return try await PowerQueries.evaluations(of: id, on: sql).first { $0.id == evaluationId }!
        }
    }

    /// Renews an entrusted power for another year. Refused (422) without an effect evaluation recorded in the current term
    /// (on the power's page, or a finished evaluation round over it: `roundEvaluation`) and not already used by a renewal,
    /// or when that evaluation found it poor. The new term follows the current one
    /// without a gap, or starts on `effectiveOn` (today when blank) when the term already ended.
    package func renew(_ id: Int, effectiveOn: String, note: String, baseVersion: Int, by p: Principal) async throws -> DelegatedPowerRecord {
        try await database.transaction { sql in
            let power = try await Self.editablePower(id, p, on: sql)
            if baseVersion != power.version { throw Self.stale(power) }
            if power.withdrawnOn != nil { throw AppError.unprocessable(code: "power_withdrawn", message: "the power was withdrawn") }
            guard power.powerMethod == .entrust else {
                throw AppError.unprocessable(code: "power_not_entrusted", message: "only an entrusted power has a term to renew")
            }
            guard let termStart = power.termStart.flatMap(LocalDate.init(iso:)), let termEnd = power.termEnd.flatMap(LocalDate.init(iso:)) else {
                throw AppError.unprocessable(code: "power_not_handed_over", message: "the power is not handed over yet")
            }
            var issues: [ValidationIssue] = []
            let today = clock.today
            let day = Self.date(effectiveOn, "effectiveOn", today: today, required: false, into: &issues) ?? today
            Self.text(note, "note", max: Self.longMax, required: false, into: &issues)
            if !issues.isEmpty { throw AppError.validation(issues) }
            var evaluation = try await sql.first(
                PowerEvaluationRecord.self,
                """
                SELECT e.id, e.power_id, e.evaluated_on, e.conclusion, e.summary, e.actor, e.recorded_at FROM power_evaluations e
                WHERE e.power_id = \(bind: id) AND e.evaluated_on >= \(bind: termStart.iso)
                  AND NOT EXISTS (SELECT 1 FROM power_terms t WHERE t.evaluation_id = e.id)
                ORDER BY e.evaluated_on DESC, e.id DESC
                """)
            if evaluation == nil {
                evaluation = try await Self.roundEvaluation(power, since: termStart, by: p, at: clock.timestamp, on: sql)
            }
            guard let evaluation else {
                throw AppError.unprocessable(
                    code: "power_renewal_needs_evaluation",
                    message:
                        "an entrusted power is renewed only after an effect evaluation: record one in the current term (from \(termStart.iso)) first")
            }
            if PowerEvaluationConclusion(rawValue: evaluation.conclusion)?.supportsRenewal == false {
                throw AppError.unprocessable(
                    code: "power_renewal_evaluation_poor", message: "the effect evaluation of \(evaluation.evaluatedOn) found the power poor")
            }
            let start = day > termEnd ? day : termEnd.adding(days: 1)
            let end = PowerRules.termEnd(start: start)
            let now = clock.timestamp
            let n = try await sql.updateReturningCount(
                """
                UPDATE delegated_powers SET term_start = \(bind: start.iso), term_end = \(bind: end.iso),
                  term_run_start = COALESCE(\(bind: day > termEnd ? start.iso : nil as String?), term_run_start, term_start),
                  expiry_warn_from = \(bind: PowerRules.expiryWarnFrom(termEnd: end).iso), renewals = renewals + 1, version = version + 1,
                  updated_at = \(bind: now)
                WHERE id = \(bind: id) AND version = \(bind: power.version)
                """)
            guard n == 1 else { throw Self.stale(power) }
            try await sql.execute(
                """
                INSERT INTO power_terms (power_id, term_start, term_end, evaluation_id, actor, recorded_at)
                VALUES (\(bind: id), \(bind: start.iso), \(bind: end.iso), \(bind: evaluation.id), \(bind: p.actorName), \(bind: now))
                """)
            try await Self.event(id, "renewal", day.iso, note, p, now, on: sql)
            try await Audit.record(
                entity: "power", id: id, action: "renewal", actor: p.actorName, version: power.version + 1,
                changes: Audit.diff(
                    ["termStart": power.termStart, "termEnd": power.termEnd], ["termStart": start.iso, "termEnd": end.iso]),
                scopePath: power.jurisdictionPath, at: now, on: sql)
            return try await PowerQueries.power(id, on: sql)!
        }
    }

    /// A finished (closed) evaluation round over the power, closed within the current term and not counted before, recorded
    /// as the power's effect evaluation (with its round, so it counts once): best or excellent → good, any other computed
    /// result → adequate. A round ranks; it does not find a power poor (an office that does records that on the power's
    /// page). Nil when there is none, or the round computed no result for the power.
    static func roundEvaluation(
        _ power: DelegatedPowerRecord, since termStart: LocalDate, by p: Principal, at now: String, on sql: any SQLDatabase
    ) async throws -> PowerEvaluationRecord? {
        let candidates = try await sql.all(
            RoundRow.self,
            """
            SELECT r.id FROM evaluation_rounds r JOIN evaluation_subjects s ON s.round_id = r.id
            WHERE s.kind = 'power' AND s.ref_id = \(bind: power.id) AND r.state = 'closed' AND r.updated_at >= \(bind: termStart.iso)
              AND NOT EXISTS (SELECT 1 FROM power_evaluations e WHERE e.power_id = \(bind: power.id) AND e.round_id = r.id)
            ORDER BY r.updated_at DESC, r.id DESC
            """)
        for candidate in candidates {
            guard let round = try await EvaluationQueries.round(candidate.id, on: sql),
                let row = try await EvaluationQueries.results(round, on: sql).first(where: {
                    $0.subject.kind == "power" && $0.subject.refId == power.id
                }),
                let total = row.result.total
            else { continue }
            let conclusion: PowerEvaluationConclusion = row.tier == .none ? .adequate : .good
            let day = String(round.updatedAt.prefix(10))
            let summary = L10n.fill("power.roundEvaluation", .zh, round.title, EvaluationService.format(total))
            let id = try await sql.insertReturningID(
                """
                INSERT INTO power_evaluations (power_id, evaluated_on, conclusion, summary, actor, recorded_at, round_id)
                VALUES (\(bind: power.id), \(bind: day), \(bind: conclusion.rawValue), \(bind: summary), \(bind: p.actorName), \(bind: now),
                  \(bind: round.id))
                """)
            try await event(power.id, "evaluation", day, L10n.t("powerConclusion." + conclusion.rawValue, .zh), p, now, on: sql)
            try await Audit.record(
                entity: "power", id: power.id, action: "evaluation", actor: p.actorName, version: power.version,
                changes: Audit.diff([:], ["evaluatedOn": day, "conclusion": conclusion.rawValue, "summary": summary]),
                scopePath: power.jurisdictionPath, at: now, on: sql)
            return PowerEvaluationRecord(
                id: id, powerId: power.id, evaluatedOn: day, conclusion: conclusion.rawValue, summary: summary, actor: p.actorName, recordedAt: now)
        }
        return nil
    }

    struct RoundRow: Decodable {
        var id: Int
    }

    /// Withdraws a power (收回) on a day not after today.
    package func withdraw(_ id: Int, withdrawnOn: String, note: String, baseVersion: Int, by p: Principal) async throws -> DelegatedPowerRecord {
        try await database.transaction { sql in
            let power = try await Self.editablePower(id, p, on: sql)
            if baseVersion != power.version { throw Self.stale(power) }
            if power.withdrawnOn != nil { throw AppError.unprocessable(code: "power_withdrawn", message: "the power was withdrawn") }
            var issues: [ValidationIssue] = []
            let day = Self.date(withdrawnOn, "effectiveOn", today: clock.today, required: false, into: &issues) ?? clock.today
            if day < LocalDate(iso: power.decidedOn)! { issues.append(ValidationIssue(field: "effectiveOn", code: .dateOrder)) }
            Self.text(note, "note", max: Self.longMax, required: false, into: &issues)
            if !issues.isEmpty { throw AppError.validation(issues) }
            let now = clock.timestamp
            let n = try await sql.updateReturningCount(
                """
                UPDATE delegated_powers SET withdrawn_on = \(bind: day.iso), version = version + 1, updated_at = \(bind: now)
                WHERE id = \(bind: id) AND version = \(bind: power.version)
                """)
            guard n == 1 else { throw Self.stale(power) }
            try await Self.event(id, "withdrawal", day.iso, note, p, now, on: sql)
            try await Audit.record(
                entity: "power", id: id, action: "withdrawal", actor: p.actorName, version: power.version + 1,
                changes: Audit.diff(["withdrawnOn": nil], ["withdrawnOn": day.iso]), scopePath: power.jurisdictionPath, at: now, on: sql)
            return try await PowerQueries.power(id, on: sql)!
        }
    }

    /// Adds entrustment agreements (委托协议) to a power, checked as evidence is (kind, size, first bytes).
    func addAgreements(_ id: Int, files: [EvidenceStore.Checked], by p: Principal) async throws {
        if files.isEmpty { throw AppError.validation([ValidationIssue(field: "powerFile", code: .fileEmpty)]) }
        try await database.transaction { sql in
            let power = try await Self.editablePower(id, p, on: sql)
            let now = clock.timestamp
            for file in files {
                try await Self.storeFile(file, powerId: id, kind: "agreement", evaluationId: nil, by: p, at: now, on: sql)
                try await Audit.record(
                    entity: "power", id: id, action: "agreement", actor: p.actorName, version: power.version,
                    changes: [.init(field: "powerFile", before: nil, after: file.originalName)], scopePath: power.jurisdictionPath, at: now, on: sql)
            }
        }
    }

    // MARK: Deleting

    /// Deletes a decision entered by mistake. Refused (409) while it still has powers: each power carries its own
    /// handover, terms, evaluations and agreements, so they are deleted one by one (each audited) before the decision goes.
    package func deleteDecision(_ id: Int, by p: Principal) async throws {
        try await database.transaction { sql in
            let decision = try await Self.editableDecision(id, p, on: sql)
            let powers =
                try await sql.scalar(Int.self, column: "n", "SELECT COUNT(*) AS n FROM delegated_powers WHERE decision_id = \(bind: id)") ?? 0
            if powers > 0 {
                throw AppError.inUse(
                    code: "power_decision_has_powers", message: "the decision still has \(powers) powers: delete them first")
            }
            try await sql.execute("DELETE FROM power_decisions WHERE id = \(bind: id)")
            try await Audit.record(
                entity: "power_decision", id: id, action: "delete", actor: p.actorName, version: decision.version,
                changes: Audit.removed([
                    "docNumber": decision.docNumber, "title": decision.title, "decidedOn": decision.decidedOn, "announcedOn": decision.announcedOn
                ]),
                scopePath: decision.jurisdictionPath, at: clock.timestamp, on: sql)
        }
    }

    /// Deletes a power with its terms, evaluations, events and files (the stored bytes go with the nightly sweep). Refused
    /// (409) while an evaluation round evaluates it: the round's ranking and notice stand on it.
    package func deletePower(_ id: Int, baseVersion: Int, by p: Principal) async throws {
        try await database.transaction { sql in
            let power = try await Self.editablePower(id, p, on: sql)
            if baseVersion != power.version { throw Self.stale(power) }
            let rounds = try await EvaluationQueries.roundsEvaluating(kind: "power", refId: id, on: sql)
            if !rounds.isEmpty {
                throw AppError.inUse(code: "power_evaluated", message: "the power is a subject of the evaluation round \(rounds[0])")
            }
            for table in ["power_files", "power_terms", "power_evaluations", "power_events"] {
                try await sql.execute("DELETE FROM \(unsafeRaw: table) WHERE power_id = \(bind: id)")
            }
            let n = try await sql.updateReturningCount(
                "DELETE FROM delegated_powers WHERE id = \(bind: id) AND version = \(bind: power.version)")
            guard n == 1 else { throw Self.stale(power) }
            try await Audit.record(
                entity: "power", id: id, action: "delete", actor: p.actorName, version: power.version + 1,
                changes: Audit.removed(PowerInput(record: power).snapshot), scopePath: power.jurisdictionPath, at: clock.timestamp, on: sql)
        }
    }

    static func storeFile(
        _ file: EvidenceStore.Checked, powerId: Int, kind: String, evaluationId: Int?, by p: Principal, at now: String, on sql: any SQLDatabase
    ) async throws {
        let key = try await EvidenceStore.store(file, at: now, on: sql)
        try await sql.execute(
            """
            INSERT INTO power_files (power_id, kind, evaluation_id, original_name, content_type, size, sha256, storage_key, uploaded_by, uploaded_at)
            VALUES (\(bind: powerId), \(bind: kind), \(bind: evaluationId), \(bind: file.originalName), \(bind: file.contentType),
              \(bind: file.data.count), \(bind: file.sha256), \(bind: key), \(bind: p.actorName), \(bind: now))
            """)
    }

    static func event(_ id: Int, _ action: String, _ day: String, _ note: String, _ p: Principal, _ now: String, on sql: any SQLDatabase) async throws
    {
        try await sql.execute(
            """
            INSERT INTO power_events (power_id, action, effective_on, note, actor, recorded_at)
            VALUES (\(bind: id), \(bind: action), \(bind: day), \(bind: note.trimmed), \(bind: p.actorName), \(bind: now))
            """)
    }

    // MARK: Checks

    static func editableDecision(_ id: Int, _ p: Principal, on sql: any SQLDatabase) async throws -> PowerDecisionRecord {
        guard let d = try await PowerQueries.decision(id, on: sql), visible(d, p) else {
            throw AppError.notFound(entity: "power_decision", id: String(id))
        }
        try Access.require(Access.canEditPowers(in: d.jurisdictionPath, p), "power_edit")
        return d
    }

    /// A decision is visible to whoever sees its jurisdiction or one below it (where its powers land).
    static func visible(_ d: PowerDecisionRecord, _ p: Principal) -> Bool {
        p.sees(jurisdictionPath: d.jurisdictionPath) || p.jurisdictionPath.hasPrefix(d.jurisdictionPath)
    }

    static func readablePower(_ id: Int, _ p: Principal, on sql: any SQLDatabase) async throws -> DelegatedPowerRecord {
        guard let power = try await PowerQueries.power(id, on: sql), Access.seesPower(power.jurisdictionPath, p) else {
            throw AppError.notFound(entity: "power", id: String(id))
        }
        return power
    }

    static func editablePower(_ id: Int, _ p: Principal, on sql: any SQLDatabase) async throws -> DelegatedPowerRecord {
        let power = try await readablePower(id, p, on: sql)
        try Access.require(Access.canEditPowers(in: power.jurisdictionPath, p), "power_edit")
        return power
    }

    static func stale(_ power: DelegatedPowerRecord) -> AppError {
        AppError.conflict(entity: "power", id: power.id, currentVersion: power.version, changes: [])
    }

    /// Checks an input against its decision: every problem at once, each naming its field. The receiving jurisdiction is
    /// one below the decision's.
    static func check(
        _ input: PowerInput, decision: PowerDecisionRecord, powerId: Int?, jurisdictions: [JurisdictionRecord], on sql: any SQLDatabase,
        taken: Set<String>? = nil
    ) async throws -> Checked {
        var issues = checkFields(input)
        var jurisdiction: JurisdictionRecord?
        if let id = input.jurisdictionId {
            jurisdiction = jurisdictions.first { $0.id == id && $0.path != decision.jurisdictionPath }
            if jurisdiction == nil { issues.append(ValidationIssue(field: "jurisdictionId", code: .notFound)) }
        } else {
            issues.append(ValidationIssue(field: "jurisdictionId", code: .required))
        }
        if let number = Int(input.number.trimmed), (1...numberMax).contains(number), let j = jurisdiction {
            let isTaken: Bool
            if let taken {
                isTaken = taken.contains("\(number)#\(j.id)")
            } else {
                isTaken =
                    try await sql.scalar(
                        Int.self, column: "id",
                        """
                        SELECT id FROM delegated_powers WHERE decision_id = \(bind: decision.id) AND number = \(bind: number)
                          AND jurisdiction_id = \(bind: j.id) AND id <> \(bind: powerId ?? 0)
                        """) != nil
            }
            if isTaken { issues.append(ValidationIssue(field: "number", code: .duplicate)) }
        }
        if !issues.isEmpty { throw AppError.validation(issues) }
        return Checked(
            jurisdiction: jurisdiction!, number: Int(input.number.trimmed)!, type: PowerType(text: input.powerType)!,
            method: PowerMethod(text: input.method)!)
    }

    /// The checks that need no database.
    static func checkFields(_ input: PowerInput) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let number = input.number.trimmed
        if number.isEmpty {
            issues.append(ValidationIssue(field: "number", code: .required))
        } else if Int(number) == nil {
            issues.append(ValidationIssue(field: "number", code: .invalidNumber))
        } else if !(1...numberMax).contains(Int(number)!) {
            issues.append(ValidationIssue(field: "number", code: .outOfRange, limit: numberMax))
        }
        text(input.name, "name", max: longMax, required: true, into: &issues)
        if PowerType(text: input.powerType) == nil {
            issues.append(ValidationIssue(field: "powerType", code: input.powerType.trimmed.isEmpty ? .required : .invalidChoice))
        }
        if PowerMethod(text: input.method) == nil {
            issues.append(ValidationIssue(field: "method", code: input.method.trimmed.isEmpty ? .required : .invalidChoice))
        }
        text(input.grantingDepartment, "grantingDepartment", max: shortMax, required: false, into: &issues)
        text(input.receivingDepartment, "receivingDepartment", max: shortMax, required: false, into: &issues)
        text(input.legalBasis, "legalBasis", max: longMax, required: false, into: &issues)
        text(input.remarks, "remarks", max: longMax, required: false, into: &issues)
        return issues
    }

    static func text(_ value: String, _ field: String, max: Int, required: Bool, into issues: inout [ValidationIssue]) {
        AuthorizationService.text(value, field, max: max, required: required, into: &issues)
    }

    /// A date: nil when blank (a problem when required); a problem when it is not a day or (with `today`) after today.
    static func date(_ value: String, _ field: String, today: LocalDate?, required: Bool, into issues: inout [ValidationIssue]) -> LocalDate? {
        let t = value.trimmed
        if t.isEmpty {
            if required { issues.append(ValidationIssue(field: field, code: .required)) }
            return nil
        }
        guard let d = LocalDate(iso: t), (1900...2200).contains(d.year) else {
            issues.append(ValidationIssue.date(t, field: field) ?? ValidationIssue(field: field, code: .invalidDate))
            return nil
        }
        if let today, d > today {
            issues.append(ValidationIssue(field: field, code: .outOfRange))
            return nil
        }
        return d
    }
}

extension AppServices {
    package var powers: PowerService { PowerService(database: database, clock: clock) }
}

import Foundation
import HTTPTypes
import ReformCore

@testable import App

/// Evaluation's and the replication library's routes in the matrix. A round is 龙华区's: whoever sees 龙华区 reads it, and
/// the matrix's reviewer, assigned to it, reads it and gives reviewer scores but nothing else (the reviewer gate answers
/// 403 everywhere else); 广州市's office does not see it (404); its office and administrators set it up. The library is read
/// by every signed-in user but the reviewer; an experience is edited by its origin's office; any office records its own
/// adoption.
extension PermissionMatrixTests {
    static let evaluationEntries: [String: Entry] = {
        var e: [String: Entry] = [:]
        func add(
            _ key: String, _ expected: @escaping @Sendable (Who) -> Outcome,
            _ request: @escaping @Sendable (PermissionWorld, Who) async throws -> Request
        ) {
            e[key] = Entry(expected: expected, request: request)
        }
        let withReviewer = longhuaReaders.union([.reviewer])
        let readers = only(withReviewer, hidden: [.otherOffice])
        let results = only(longhuaReaders, hidden: [.otherOffice])
        let editors = only(planEditors, hidden: [.otherOffice])
        let scorers = only([.admin, .office, .liaison, .unitHead, .reviewer], hidden: [.otherOffice])
        let apiReaders = only(withReviewer, hidden: [.otherOffice], api: true)
        let apiResults = only(longhuaReaders, hidden: [.otherOffice], api: true)
        let apiEditors = only(planEditors, hidden: [.otherOffice], api: true)
        let apiScorers = only([.admin, .office, .liaison, .unitHead, .reviewer], hidden: [.otherOffice], api: true)
        @Sendable func scoreCSV(_ subject: Int) -> String { Data("对象编号,来源,创新性,实效\n\(subject),改革办,80,90\n".utf8).base64EncodedString() }
        @Sendable func roundForm(_ r: EvaluationRoundRecord) -> [(String, String)] {
            [
                ("version", String(r.version)), ("title", r.title + "改"), ("year", "2026"), ("weightSelf", "20"), ("weightOffice", "30"),
                ("weightReviewer", "50"), ("bestCount", "1"), ("excellentCount", "2")
            ]
        }

        add("GET /evaluations", only(everyone.union([.reviewer]))) { _, _ in Request(uri: "/evaluations") }
        add("POST /evaluations", only(planEditors)) { w, _ in
            Request(
                uri: "/evaluations", method: .post,
                form: [
                    ("jurisdictionId", String(w.longhua.id)), ("title", "新评估"), ("year", "2026"), ("weightSelf", "20"), ("weightOffice", "30"),
                    ("weightReviewer", "50"), ("bestCount", "10"), ("excellentCount", "40")
                ])
        }
        add("GET /evaluations/{id}", readers) { w, _ in Request(uri: "/evaluations/\(try await w.freshRound().round.id)") }
        add("POST /evaluations/{id}", editors) { w, _ in
            let r = try await w.freshRound().round
            return Request(uri: "/evaluations/\(r.id)", method: .post, form: roundForm(r))
        }
        add("POST /evaluations/{id}/criteria", editors) { w, _ in
            let (r, criteria, _) = try await w.freshRound()
            return Request(
                uri: "/evaluations/\(r.id)/criteria", method: .post,
                form: [
                    ("version", String(r.version)), ("criterionId", String(criteria[0])), ("criterionName", "创新性"), ("criterionWeight", "50"),
                    ("criterionId", String(criteria[1])), ("criterionName", "实效"), ("criterionWeight", "50")
                ])
        }
        add("POST /evaluations/{id}/subjects", editors) { w, _ in
            let r = try await w.freshRound().round
            return Request(uri: "/evaluations/\(r.id)/subjects", method: .post, form: [("kind", "plan_item"), ("refIds", String(w.otherTask.id))])
        }
        add("POST /evaluations/{id}/reviewers", editors) { w, _ in
            let r = try await w.freshRound().round
            return Request(uri: "/evaluations/\(r.id)/reviewers", method: .post, form: [("reviewer", w.users[.reviewer]!.username)])
        }
        add("POST /evaluations/{id}/state", editors) { w, _ in
            let r = try await w.freshRound().round
            return Request(uri: "/evaluations/\(r.id)/state", method: .post, form: [("version", String(r.version)), ("state", "closed")])
        }
        add("GET /evaluations/{id}/export.xlsx", results) { w, _ in Request(uri: "/evaluations/\(try await w.freshRound().round.id)/export.xlsx") }
        add("GET /evaluations/{id}/export.csv", results) { w, _ in Request(uri: "/evaluations/\(try await w.freshRound().round.id)/export.csv") }
        add("GET /evaluations/{id}/import", editors) { w, _ in Request(uri: "/evaluations/\(try await w.freshRound().round.id)/import") }
        add("POST /evaluations/{id}/import", editors) { w, _ in
            let (r, _, s) = try await w.freshRound()
            return Request(
                uri: "/evaluations/\(r.id)/import", method: .post, form: [("filename", "s.csv"), ("content", scoreCSV(s.id)), ("commit", "1")])
        }
        add("GET /evaluations/{id}/notice", results) { w, _ in Request(uri: "/evaluations/\(try await w.freshRound(closed: true).round.id)/notice") }
        add("GET /evaluations/{id}/subjects/{sid}", readers) { w, _ in
            let (r, _, s) = try await w.freshRound()
            return Request(uri: "/evaluations/\(r.id)/subjects/\(s.id)")
        }
        add("POST /evaluations/{id}/subjects/{sid}/scores", scorers) { w, who in
            let (r, criteria, s) = try await w.freshRound()
            return Request(
                uri: "/evaluations/\(r.id)/subjects/\(s.id)/scores", method: .post,
                form: [
                    ("version", String(s.version)), ("source", w.scoreSource(for: who)), ("score_\(criteria[0])", "85"),
                    ("score_\(criteria[1])", "70"),
                    ("comment", "好")
                ])
        }
        add("GET /public/evaluations/{token}", publicRoute) { w, _ in
            Request(uri: "/public/evaluations/\(try await w.freshRound(closed: true).round.noticeToken)")
        }

        add("GET /api/v1/evaluation-rounds", only(everyone.union([.reviewer]), api: true)) { _, _ in Request(uri: "/api/v1/evaluation-rounds") }
        add("POST /api/v1/evaluation-rounds", only(planEditors, api: true)) { w, _ in
            Request(uri: "/api/v1/evaluation-rounds", method: .post, json: #"{"jurisdictionId": \#(w.longhua.id), "title": "新评估", "year": 2026}"#)
        }
        add("GET /api/v1/evaluation-rounds/{id}", apiReaders) { w, _ in Request(uri: "/api/v1/evaluation-rounds/\(try await w.freshRound().round.id)")
        }
        add("PUT /api/v1/evaluation-rounds/{id}", apiEditors) { w, _ in
            let r = try await w.freshRound().round
            return Request(uri: "/api/v1/evaluation-rounds/\(r.id)", method: .put, json: #"{"version": \#(r.version), "title": "改名", "year": 2026}"#)
        }
        add("PUT /api/v1/evaluation-rounds/{id}/criteria", apiEditors) { w, _ in
            let r = try await w.freshRound().round
            return Request(
                uri: "/api/v1/evaluation-rounds/\(r.id)/criteria", method: .put,
                json: #"{"version": \#(r.version), "criteria": [{"name": "创新性", "weight": 100}]}"#)
        }
        add("POST /api/v1/evaluation-rounds/{id}/subjects", apiEditors) { w, _ in
            let r = try await w.freshRound().round
            return Request(
                uri: "/api/v1/evaluation-rounds/\(r.id)/subjects", method: .post, json: #"{"kind": "plan_item", "refIds": [\#(w.otherTask.id)]}"#)
        }
        add("POST /api/v1/evaluation-rounds/{id}/reviewers", apiEditors) { w, _ in
            let r = try await w.freshRound().round
            return Request(
                uri: "/api/v1/evaluation-rounds/\(r.id)/reviewers", method: .post, json: #"{"username": "\#(w.users[.reviewer]!.username)"}"#)
        }
        add("POST /api/v1/evaluation-rounds/{id}/state", apiEditors) { w, _ in
            let r = try await w.freshRound().round
            return Request(uri: "/api/v1/evaluation-rounds/\(r.id)/state", method: .post, json: #"{"version": \#(r.version), "state": "closed"}"#)
        }
        add("GET /api/v1/evaluation-rounds/{id}/results", apiResults) { w, _ in
            Request(uri: "/api/v1/evaluation-rounds/\(try await w.freshRound().round.id)/results")
        }
        add("POST /api/v1/evaluation-rounds/{id}/import", apiEditors) { w, _ in
            let (r, _, s) = try await w.freshRound()
            return Request(
                uri: "/api/v1/evaluation-rounds/\(r.id)/import", method: .post,
                json: #"{"filename": "s.csv", "content": "\#(scoreCSV(s.id))", "dryRun": false}"#)
        }
        add("GET /api/v1/evaluation-export", apiResults) { w, _ in
            Request(uri: "/api/v1/evaluation-export?round=\(try await w.freshRound().round.id)&format=csv")
        }
        add("GET /api/v1/evaluation-subjects/{id}", apiReaders) { w, _ in
            Request(uri: "/api/v1/evaluation-subjects/\(try await w.freshRound().subject.id)")
        }
        add("POST /api/v1/evaluation-subjects/{id}/scores", apiScorers) { w, who in
            let (_, criteria, s) = try await w.freshRound()
            return Request(
                uri: "/api/v1/evaluation-subjects/\(s.id)/scores", method: .post,
                json:
                    #"{"version": \#(s.version), "source": "\#(w.scoreSource(for: who))", "scores": [{"criterionId": \#(criteria[0]), "score": 75}], "comment": "好"}"#
            )
        }

        // The replication library
        let importers: Set<Who> = [.admin, .office, .otherOffice]
        @Sendable func experienceCSV(_ w: PermissionWorld, _ who: Who) -> String {
            let origin = who == .otherOffice ? "广州市" : "龙华区"
            return Data("批次,序号,经验名称,首创地区,发布日期\n\(w.unique() % 900 + 1),\(w.unique()),导入的经验,\(origin),2022-01-26\n".utf8).base64EncodedString()
        }
        @Sendable func experienceForm(_ w: PermissionWorld, _ x: ExperienceRecord) -> [(String, String)] {
            [
                ("version", String(x.version)), ("batch", String(x.batch)), ("number", String(x.number)), ("title", x.title + "改"),
                ("jurisdictionId", String(w.longhua.id)), ("publishedOn", x.publishedOn)
            ]
        }
        add("GET /replication", only(everyone)) { _, _ in Request(uri: "/replication") }
        add("POST /replication", only(planEditors)) { w, _ in
            Request(
                uri: "/replication", method: .post,
                form: [
                    ("batch", String(w.unique() % 900 + 1)), ("number", String(w.unique())), ("title", "新经验"),
                    ("jurisdictionId", String(w.longhua.id)),
                    ("publishedOn", "2022-01-26")
                ])
        }
        add("GET /replication/export.xlsx", only(everyone)) { _, _ in Request(uri: "/replication/export.xlsx") }
        add("GET /replication/export.csv", only(everyone)) { _, _ in Request(uri: "/replication/export.csv") }
        add("GET /replication/import", only(importers)) { _, _ in Request(uri: "/replication/import") }
        add("POST /replication/import", only(importers)) { w, who in
            Request(uri: "/replication/import", method: .post, form: [("filename", "e.csv"), ("content", experienceCSV(w, who)), ("commit", "1")])
        }
        add("GET /replication/{id}", only(everyone)) { w, _ in Request(uri: "/replication/\(try await w.freshExperience().id)") }
        add("POST /replication/{id}", only(planEditors)) { w, _ in
            let x = try await w.freshExperience()
            return Request(uri: "/replication/\(x.id)", method: .post, form: experienceForm(w, x))
        }
        add("POST /replication/{id}/adoptions", only(importers)) { w, who in
            Request(
                uri: "/replication/\(try await w.freshExperience().id)/adoptions", method: .post,
                form: [("jurisdictionId", String(w.adopter(for: who))), ("adoptedOn", "2023-03-01"), ("method", "印发方案")])
        }
        add("GET /api/v1/experiences", only(everyone, api: true)) { _, _ in Request(uri: "/api/v1/experiences") }
        add("POST /api/v1/experiences", only(planEditors, api: true)) { w, _ in
            Request(
                uri: "/api/v1/experiences", method: .post,
                json:
                    #"{"batch": \#(w.unique() % 900 + 1), "number": \#(w.unique()), "title": "新经验", "jurisdictionId": \#(w.longhua.id), "publishedOn": "2022-01-26"}"#
            )
        }
        add("GET /api/v1/experiences/{id}", only(everyone, api: true)) { w, _ in
            Request(uri: "/api/v1/experiences/\(try await w.freshExperience().id)")
        }
        add("PUT /api/v1/experiences/{id}", only(planEditors, api: true)) { w, _ in
            let x = try await w.freshExperience()
            return Request(
                uri: "/api/v1/experiences/\(x.id)", method: .put,
                json:
                    #"{"version": \#(x.version), "batch": \#(x.batch), "number": \#(x.number), "title": "改名", "jurisdictionId": \#(w.longhua.id), "publishedOn": "2022-01-26"}"#
            )
        }
        add("POST /api/v1/experiences/{id}/adoptions", only(importers, api: true)) { w, who in
            Request(
                uri: "/api/v1/experiences/\(try await w.freshExperience().id)/adoptions", method: .post,
                json: #"{"jurisdictionId": \#(w.adopter(for: who)), "adoptedOn": "2023-03-01", "method": "印发方案"}"#)
        }
        add("GET /api/v1/experience-export", only(everyone, api: true)) { _, _ in Request(uri: "/api/v1/experience-export?format=csv") }
        add("POST /api/v1/experience-import", only(importers, api: true)) { w, who in
            Request(
                uri: "/api/v1/experience-import", method: .post,
                json: #"{"filename": "e.csv", "content": "\#(experienceCSV(w, who))", "dryRun": false}"#)
        }
        add("POST /evaluations/{id}/delete", editors) { w, _ in
            let r = try await w.freshRound().round
            return Request(uri: "/evaluations/\(r.id)/delete", method: .post, form: [("version", String(r.version))])
        }
        add("DELETE /api/v1/evaluation-rounds/{id}", apiEditors) { w, _ in
            let r = try await w.freshRound().round
            return Request(uri: "/api/v1/evaluation-rounds/\(r.id)?version=\(r.version)", method: .delete)
        }
        add("POST /replication/{id}/delete", only(planEditors)) { w, _ in
            Request(uri: "/replication/\(try await w.freshExperience().id)/delete", method: .post, form: [("version", "1")])
        }
        add("POST /replication/adoptions/{id}/delete", only(planEditors)) { w, _ in
            Request(uri: "/replication/adoptions/\(try await w.freshAdoption())/delete", method: .post, form: [])
        }
        add("DELETE /api/v1/experiences/{id}", only(planEditors, api: true)) { w, _ in
            Request(uri: "/api/v1/experiences/\(try await w.freshExperience().id)?version=1", method: .delete)
        }
        add("DELETE /api/v1/experience-adoptions/{id}", only(planEditors, api: true)) { w, _ in
            Request(uri: "/api/v1/experience-adoptions/\(try await w.freshAdoption())", method: .delete)
        }
        return e
    }()
}

import ReformCore

extension PlanItemDraft {
    /// The draft that reproduces a stored item as it is: the start of every edit that changes some fields and keeps
    /// the rest (the form, the API's PATCH, an accepted report). `PlanItemDraftTests` fails when a draft field is
    /// added and not carried here.
    package init(record item: ItemRecord, participants: [Int]) {
        self.init(
            number: item.number, title: item.title, content: item.content, leadUnitID: item.leadUnitId,
            participantUnitIDs: participants, responsibleLeader: item.responsibleLeader,
            responsiblePerson: item.responsiblePerson, handler: item.handler, startDate: item.startDate ?? "",
            deadline: item.currentDeadline ?? "", expectedResults: item.expectedResults, resultForm: item.resultForm,
            policyDocuments: item.policyDocuments, remarks: item.remarks, weight: ItemService.Values.format(item.weight),
            status: item.status, ownPercent: ItemService.Values.format(item.ownPercent))
    }
}

extension MeetingsFeature {
    /// The meetings' part of the OpenAPI document.
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/meeting-bodies": {
              "get": {
                "operationId": "listMeetingBodies",
                "tags": [
                  "meetings"
                ],
                "summary": "Bodies that meet (深改委, 专项小组)",
                "description": "The commission and special groups of the reader's jurisdiction and those below it.",
                "responses": {
                  "200": {
                    "description": "The bodies.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/MeetingBodyList"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              },
              "post": {
                "operationId": "createMeetingBody",
                "tags": [
                  "meetings"
                ],
                "summary": "Add a body",
                "description": "By an office (or an administrator) for a jurisdiction it edits (403 otherwise). 422 `jurisdictionId` notFound when the jurisdiction is not there or not in view; `name` duplicate when the jurisdiction has a body of that name.",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/MeetingBodyInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The body.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/MeetingBody"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/PayloadTooLarge"
                  },
                  "415": {
                    "$ref": "#/components/responses/UnsupportedMediaType"
                  },
                  "422": {
                    "$ref": "#/components/responses/ValidationFailed"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/meetings": {
              "get": {
                "operationId": "listMeetings",
                "tags": [
                  "meetings"
                ],
                "summary": "Meetings",
                "description": "Meetings of the bodies in the reader's view, newest first (at most 500); `jurisdiction` keeps one jurisdiction's (404 outside the view).",
                "parameters": [
                  {
                    "name": "jurisdiction",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    },
                    "description": "A jurisdiction's id."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The meetings.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/MeetingSummaryList"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              },
              "post": {
                "operationId": "createMeeting",
                "tags": [
                  "meetings"
                ],
                "summary": "Record a meeting with its agenda",
                "description": "By an office (or an administrator) that edits the body's jurisdiction (403 otherwise). 422: `bodyId` notFound (not there or not in view); `ordinal` duplicate when the body already has that meeting; per agenda line `agenda[i].outcome` invalidChoice (a review needs one of the outcomes, a report or decision none), `agenda[i].planId` invalidChoice (only a review approves a plan) or notFound, `agenda[i].links` invalidChoice (only a report heard links to plans, items and matters) or notFound (a record not there or not in view), `agenda[i].id` notFound (new meetings have no agenda yet).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/MeetingInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The meeting.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Meeting"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "413": {
                    "$ref": "#/components/responses/PayloadTooLarge"
                  },
                  "415": {
                    "$ref": "#/components/responses/UnsupportedMediaType"
                  },
                  "422": {
                    "$ref": "#/components/responses/ValidationFailed"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/meetings/{id}": {
              "get": {
                "operationId": "getMeeting",
                "tags": [
                  "meetings"
                ],
                "summary": "A meeting with its agenda, links and what each decision became",
                "description": "Read by everyone who sees the meeting's jurisdiction; 404 to anyone else.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The meeting.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Meeting"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              },
              "put": {
                "operationId": "updateMeeting",
                "tags": [
                  "meetings"
                ],
                "summary": "Edit a meeting and its agenda",
                "description": "Replaces the meeting's fields and agenda. Agenda lines with an `id` keep that agenda item (and what it became); lines without one are added; agenda items left out are removed. A decision that already became items or a matter may be reworded but not removed or turned into another kind (422 `meeting_decision_has_results`). `version` (or If-Match) is required; a stale one answers 409. Other 422s as for createMeeting; `agenda[i].id` notFound for an id that is not this meeting's.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  },
                  {
                    "$ref": "#/components/parameters/IfMatch"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/MeetingUpdateInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The meeting.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Meeting"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  },
                  "413": {
                    "$ref": "#/components/responses/PayloadTooLarge"
                  },
                  "415": {
                    "$ref": "#/components/responses/UnsupportedMediaType"
                  },
                  "422": {
                    "$ref": "#/components/responses/ValidationFailed"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/meetings/{id}/agenda/{agendaId}/items": {
              "post": {
                "operationId": "meetingDecisionToItem",
                "tags": [
                  "meetings"
                ],
                "summary": "Make a plan item of a decision",
                "description": "The item goes at the top of `planId` (a plan of the meeting's jurisdiction) or under `parentItemId` (an item of such a plan), through the items' own rules, and is linked to the decision in the same transaction. By the office (or an administrator) that edits the meeting's jurisdiction: 404 for a meeting outside the reader's view or an agenda item of another meeting, 403 for a reader, 422 `meeting_not_a_decision` when the agenda item is not a decision. 422 `planId` required or notFound, `parentItemId` notFound, and the item's own checks (`title`, `leadUnitId`, `deadline`).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  },
                  {
                    "$ref": "#/components/parameters/MeetingAgendaId"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/MeetingDecisionItemInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The item made.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/MeetingResult"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  },
                  "413": {
                    "$ref": "#/components/responses/PayloadTooLarge"
                  },
                  "415": {
                    "$ref": "#/components/responses/UnsupportedMediaType"
                  },
                  "422": {
                    "$ref": "#/components/responses/ValidationFailed"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/meetings/{id}/agenda/{agendaId}/matters": {
              "post": {
                "operationId": "meetingDecisionToMatter",
                "tags": [
                  "meetings"
                ],
                "summary": "Raise a supervision matter from a decision",
                "description": "A matter of source `meeting_decision` naming the meeting and the decision, through the matters' own rules, linked to the decision in the same transaction. By the office (or an administrator) that edits the meeting's jurisdiction: 404 for a meeting outside the reader's view or an agenda item of another meeting, 403 for a reader, 422 `meeting_not_a_decision` when the agenda item is not a decision. 422 on the matter's own checks (`leadUnitId` required or notFound, `deadline` required or not a date, `subject` too long, `level` invalidChoice).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  },
                  {
                    "$ref": "#/components/parameters/MeetingAgendaId"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/MeetingDecisionMatterInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The matter raised.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/MeetingResult"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  },
                  "413": {
                    "$ref": "#/components/responses/PayloadTooLarge"
                  },
                  "415": {
                    "$ref": "#/components/responses/UnsupportedMediaType"
                  },
                  "422": {
                    "$ref": "#/components/responses/ValidationFailed"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/meetings/{id}/agenda/{agendaId}/cascade": {
              "post": {
                "operationId": "meetingDecisionToCascade",
                "tags": [
                  "meetings"
                ],
                "summary": "Cascade an item a decision became",
                "description": "Sends `itemId` — an item this decision became — down to child jurisdictions through the cascade (the same rules as cascadeItem: targets one level down, deadline no later than the item's). By the office (or an administrator) that edits the meeting's jurisdiction: 404 for a meeting outside the reader's view or an agenda item of another meeting, 403 for a reader, 422 `meeting_not_a_decision` when the agenda item is not a decision. 422 `itemId` required or notFound (not an item of this decision), and the cascade's own checks.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  },
                  {
                    "$ref": "#/components/parameters/MeetingAgendaId"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/MeetingDecisionCascadeInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The receipts written.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/MeetingCascadeResult"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "409": {
                    "$ref": "#/components/responses/Conflict"
                  },
                  "413": {
                    "$ref": "#/components/responses/PayloadTooLarge"
                  },
                  "415": {
                    "$ref": "#/components/responses/UnsupportedMediaType"
                  },
                  "422": {
                    "$ref": "#/components/responses/ValidationFailed"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/commission-report": {
              "get": {
                "operationId": "getCommissionReport",
                "tags": [
                  "meetings"
                ],
                "summary": "The report for the commission (向深改委汇报)",
                "description": "For a jurisdiction (the reader's by default; 404 outside the view) and a year (this year by default) or one quarter of it: every plan of the jurisdiction with its measures (the leaves) counted by status and by light as of the period's end (today for the current period), the measures done in the period, the overdue measures by lead unit, and the supervision matters still open.",
                "parameters": [
                  {
                    "name": "jurisdiction",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    }
                  },
                  {
                    "name": "year",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "minimum": 2000,
                      "maximum": 2100
                    }
                  },
                  {
                    "name": "quarter",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 4
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The report.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/CommissionReport"
                        }
                      }
                    }
                  },
                  "400": {
                    "$ref": "#/components/responses/BadRequest"
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "404": {
                    "$ref": "#/components/responses/NotFound"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            }
          },
          "components": {
            "parameters": {
              "MeetingAgendaId": {
                "name": "agendaId",
                "in": "path",
                "required": true,
                "schema": {
                  "type": "integer",
                  "format": "int64",
                  "minimum": 1
                },
                "example": 1,
                "description": "An agenda item of the meeting (a decision)."
              }
            },
            "schemas": {
              "MeetingBodyInput": {
                "type": "object",
                "properties": {
                  "jurisdictionId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "commission",
                      "special_group"
                    ]
                  },
                  "name": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "description": "e.g. 中共浙江省委全面深化改革委员会."
                  }
                },
                "required": [
                  "jurisdictionId",
                  "kind",
                  "name"
                ]
              },
              "MeetingBody": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "jurisdictionId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "commission",
                      "special_group"
                    ]
                  },
                  "name": {
                    "type": "string"
                  },
                  "version": {
                    "type": "integer"
                  }
                },
                "required": [
                  "id",
                  "jurisdictionId",
                  "kind",
                  "name",
                  "version"
                ]
              },
              "MeetingBodyList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/MeetingBody"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "MeetingSummary": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "bodyId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "bodyName": {
                    "type": "string"
                  },
                  "jurisdictionId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "ordinal": {
                    "type": "integer"
                  },
                  "heldOn": {
                    "type": "string",
                    "format": "date"
                  },
                  "chair": {
                    "type": "string"
                  },
                  "version": {
                    "type": "integer"
                  }
                },
                "required": [
                  "id",
                  "bodyId",
                  "bodyName",
                  "jurisdictionId",
                  "ordinal",
                  "heldOn",
                  "chair",
                  "version"
                ]
              },
              "MeetingSummaryList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/MeetingSummary"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "MeetingLink": {
                "type": "object",
                "properties": {
                  "kind": {
                    "type": "string",
                    "enum": [
                      "plan",
                      "item",
                      "matter"
                    ]
                  },
                  "id": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  }
                },
                "required": [
                  "kind",
                  "id"
                ]
              },
              "MeetingAgendaInput": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1,
                    "description": "An agenda item of this meeting to keep; absent for a new line."
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "report",
                      "review",
                      "decision"
                    ],
                    "description": "report 听取汇报, review 审议, decision 会议决定."
                  },
                  "title": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 1000,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "description": "The report's subject, the document's title or the decision's text."
                  },
                  "outcome": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "enum": [
                      "approved",
                      "approved_in_principle",
                      "deferred",
                      "rejected",
                      null
                    ],
                    "description": "Required for a review (通过 / 原则通过 / 暂缓 / 未通过); absent otherwise."
                  },
                  "planId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1,
                    "description": "For a review: the plan it approved (the year's work points)."
                  },
                  "links": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "$ref": "#/components/schemas/MeetingLink"
                    },
                    "maxItems": 50,
                    "uniqueItems": true,
                    "description": "For a report heard: the plans, items and matters it was about."
                  }
                },
                "required": [
                  "kind",
                  "title"
                ]
              },
              "MeetingInput": {
                "type": "object",
                "properties": {
                  "bodyId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "ordinal": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 9999,
                    "description": "6 for 第六次会议."
                  },
                  "heldOn": {
                    "type": "string",
                    "format": "date"
                  },
                  "chair": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$"
                  },
                  "attendees": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 5000,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "place": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "summary": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 5000,
                    "pattern": "^[^\\u0000]*$",
                    "description": "What the meeting stressed and required; one paragraph a line."
                  },
                  "agenda": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "$ref": "#/components/schemas/MeetingAgendaInput"
                    },
                    "maxItems": 100
                  }
                },
                "required": [
                  "bodyId",
                  "ordinal",
                  "heldOn",
                  "chair"
                ]
              },
              "MeetingAgendaItem": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "position": {
                    "type": "integer"
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "report",
                      "review",
                      "decision"
                    ]
                  },
                  "title": {
                    "type": "string"
                  },
                  "outcome": {
                    "type": "string",
                    "enum": [
                      "approved",
                      "approved_in_principle",
                      "deferred",
                      "rejected"
                    ]
                  },
                  "planId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "links": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/MeetingLink"
                    }
                  },
                  "results": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/MeetingLink"
                    },
                    "description": "The items and matters a decision became."
                  },
                  "cascadeSendIds": {
                    "type": "array",
                    "items": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    },
                    "description": "Cascades sent from those items."
                  }
                },
                "required": [
                  "id",
                  "position",
                  "kind",
                  "title",
                  "links",
                  "results",
                  "cascadeSendIds"
                ]
              },
              "Meeting": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "bodyId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "bodyName": {
                    "type": "string"
                  },
                  "jurisdictionId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "ordinal": {
                    "type": "integer"
                  },
                  "heldOn": {
                    "type": "string",
                    "format": "date"
                  },
                  "chair": {
                    "type": "string"
                  },
                  "attendees": {
                    "type": "string"
                  },
                  "place": {
                    "type": "string"
                  },
                  "summary": {
                    "type": "string"
                  },
                  "agenda": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/MeetingAgendaItem"
                    }
                  },
                  "version": {
                    "type": "integer"
                  }
                },
                "required": [
                  "id",
                  "bodyId",
                  "bodyName",
                  "jurisdictionId",
                  "ordinal",
                  "heldOn",
                  "chair",
                  "attendees",
                  "place",
                  "summary",
                  "agenda",
                  "version"
                ]
              },
              "MeetingDecisionItemInput": {
                "type": "object",
                "properties": {
                  "planId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1,
                    "description": "A plan of the meeting's jurisdiction; may be left out when parentItemId is given."
                  },
                  "parentItemId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1
                  },
                  "title": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 500,
                    "pattern": "^[^\\u0000]*$",
                    "description": "Blank: the decision's text."
                  },
                  "leadUnitId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1
                  },
                  "deadline": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  }
                }
              },
              "MeetingDecisionMatterInput": {
                "type": "object",
                "properties": {
                  "subject": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*$",
                    "description": "Blank: the decision's text."
                  },
                  "level": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "enum": [
                      "general",
                      "key",
                      "special",
                      null
                    ],
                    "description": "Default key (重点督办)."
                  },
                  "leadUnitId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "deadline": {
                    "type": "string",
                    "format": "date"
                  },
                  "requiredResult": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 2000,
                    "pattern": "^[^\\u0000]*$"
                  }
                },
                "required": [
                  "leadUnitId",
                  "deadline"
                ]
              },
              "MeetingDecisionCascadeInput": {
                "type": "object",
                "properties": {
                  "itemId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "targetJurisdictionIds": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    },
                    "minItems": 1
                  },
                  "instruction": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 2000,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$"
                  },
                  "deadline": {
                    "type": "string",
                    "format": "date"
                  }
                },
                "required": [
                  "itemId",
                  "instruction",
                  "deadline"
                ]
              },
              "MeetingResult": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "title": {
                    "type": "string"
                  }
                },
                "required": [
                  "id",
                  "title"
                ]
              },
              "MeetingCascadeResult": {
                "type": "object",
                "properties": {
                  "receiptIds": {
                    "type": "array",
                    "items": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    }
                  }
                },
                "required": [
                  "receiptIds"
                ]
              },
              "CommissionReport": {
                "type": "object",
                "properties": {
                  "jurisdictionId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "year": {
                    "type": "integer"
                  },
                  "quarter": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 4
                  },
                  "from": {
                    "type": "string",
                    "format": "date"
                  },
                  "to": {
                    "type": "string",
                    "format": "date"
                  },
                  "asOf": {
                    "type": "string",
                    "format": "date"
                  },
                  "plans": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "id": {
                          "type": "integer",
                          "format": "int64",
                          "minimum": 1
                        },
                        "title": {
                          "type": "string"
                        },
                        "measures": {
                          "type": "integer"
                        },
                        "byStatus": {
                          "type": "object",
                          "additionalProperties": {
                            "type": "integer"
                          },
                          "description": "Measures by status (not_started, in_progress, partly_done, done, suspended)."
                        },
                        "byLight": {
                          "type": "object",
                          "additionalProperties": {
                            "type": "integer"
                          },
                          "description": "Measures by light (green, yellow, red, none)."
                        },
                        "doneInPeriod": {
                          "type": "integer"
                        },
                        "approvedAtMeetingIds": {
                          "type": "array",
                          "items": {
                            "type": "integer",
                            "format": "int64",
                            "minimum": 1
                          }
                        }
                      },
                      "required": [
                        "id",
                        "title",
                        "measures",
                        "byStatus",
                        "byLight",
                        "doneInPeriod",
                        "approvedAtMeetingIds"
                      ]
                    }
                  },
                  "overdueByUnit": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {
                        "unit": {
                          "type": "string"
                        },
                        "itemIds": {
                          "type": "array",
                          "items": {
                            "type": "integer",
                            "format": "int64",
                            "minimum": 1
                          }
                        }
                      },
                      "required": [
                        "unit",
                        "itemIds"
                      ]
                    }
                  },
                  "openMatterIds": {
                    "type": "array",
                    "items": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    }
                  }
                },
                "required": [
                  "jurisdictionId",
                  "year",
                  "from",
                  "to",
                  "asOf",
                  "plans",
                  "overdueByUnit",
                  "openMatterIds"
                ]
              },
              "MeetingUpdateInput": {
                "type": "object",
                "properties": {
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "description": "Required to edit: the version you read (or If-Match); a stale one is refused with 409."
                  },
                  "bodyId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "ordinal": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 9999,
                    "description": "6 for 第六次会议."
                  },
                  "heldOn": {
                    "type": "string",
                    "format": "date"
                  },
                  "chair": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$"
                  },
                  "attendees": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 5000,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "place": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "summary": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 5000,
                    "pattern": "^[^\\u0000]*$",
                    "description": "What the meeting stressed and required; one paragraph a line."
                  },
                  "agenda": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "$ref": "#/components/schemas/MeetingAgendaInput"
                    },
                    "maxItems": 100
                  }
                },
                "required": [
                  "version",
                  "bodyId",
                  "ordinal",
                  "heldOn",
                  "chair"
                ]
              }
            }
          }
        }
        """#
}

extension GoldenIdeasFeature {
    /// The golden ideas' part of the office OpenAPI document.
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/idea-calls": {
              "get": {
                "operationId": "listIdeaCalls",
                "tags": [
                  "ideas"
                ],
                "summary": "Golden-idea calls (金点子征集)",
                "description": "The calls within the reader's view, and the calls the reader is assigned to review; counts by state only for the office.",
                "responses": {
                  "200": {
                    "description": "The calls.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/IdeaCallList"
                        }
                      }
                    }
                  },
                  "401": {
                    "$ref": "#/components/responses/Unauthorized"
                  },
                  "403": {
                    "$ref": "#/components/responses/Forbidden"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              },
              "post": {
                "operationId": "createIdeaCall",
                "tags": [
                  "ideas"
                ],
                "summary": "Open a call",
                "description": "By the office of the jurisdiction (or one above it) and administrators. With a plan and no categories, the categories are the plan's fields.",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/IdeaCallInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The call.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/IdeaCall"
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
            "/api/v1/idea-calls/{id}": {
              "get": {
                "operationId": "getIdeaCall",
                "tags": [
                  "ideas"
                ],
                "summary": "A call",
                "description": "404 outside the reader's view unless assigned to review it.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The call.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/IdeaCall"
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
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              },
              "put": {
                "operationId": "updateIdeaCall",
                "tags": [
                  "ideas"
                ],
                "summary": "Edit a call",
                "description": "Topic, period, categories, reward tiers, rules, contact, notice days, published; fields left out keep their values, the jurisdiction stays. The criteria cannot change once a reviewer has scored (422). Needs the version read (`version` or `If-Match`): 409 when stale, with the changes since.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/IdeaCallInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The call.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/IdeaCall"
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
            "/api/v1/idea-calls/{id}/submissions": {
              "get": {
                "operationId": "listIdeaSubmissions",
                "tags": [
                  "ideas"
                ],
                "summary": "A call's submissions, filtered and paged",
                "description": "Oldest first. A reviewer from outside the office lists only those under review (another state is a 404). A parameter that cannot be read is a 400 naming it.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  },
                  {
                    "name": "state",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "",
                        "submitted",
                        "published",
                        "hidden",
                        "merged",
                        "in_review",
                        "declined",
                        "shortlisted",
                        "awarded",
                        "adopted"
                      ]
                    },
                    "description": "Only this state; empty: any."
                  },
                  {
                    "name": "category",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "maxLength": 200
                    },
                    "description": "Only this category; empty: any."
                  },
                  {
                    "name": "page",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 10000
                    },
                    "description": "The page, from 1."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "One page.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/IdeaSubmissionPage"
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
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/idea-calls/{id}/reviewers": {
              "get": {
                "operationId": "listIdeaReviewers",
                "tags": [
                  "ideas"
                ],
                "summary": "A call's reviewers",
                "description": "Read by the office that sees the call.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The reviewers.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/IdeaReviewerList"
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
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              },
              "post": {
                "operationId": "assignIdeaReviewer",
                "tags": [
                  "ideas"
                ],
                "summary": "Assign a reviewer to a call",
                "description": "By the call's office. 422 when no account has that user name. Assigning again changes nothing.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/IdeaReviewerInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The reviewers.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/IdeaReviewerList"
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
            "/api/v1/idea-submissions/{id}": {
              "get": {
                "operationId": "getIdeaSubmission",
                "tags": [
                  "ideas"
                ],
                "summary": "A submission with its scores, links and the decisions open to it",
                "description": "The contact only for the call's office; a reviewer from outside the office reads ideas under review, without who sent them.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The submission.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/IdeaSubmission"
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
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/idea-submissions/{id}/actions": {
              "post": {
                "operationId": "actOnIdeaSubmission",
                "tags": [
                  "ideas"
                ],
                "summary": "Moderate, triage, shortlist, award or adopt",
                "description": "`approve` (make public), `hide` and `merge` (with a `reason`; merge names its `target`), `triage` (to expert review), `decline` (with an answer), `shortlist` (needs a score; starts the public notice), `award` (with a `tier`, only after the notice has ended), `adopt` (with `planItemIds` or `matterIds`). Needs the version read: 409 when stale. 422 `idea_not_now` etc. when the action does not apply.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/IdeaActionInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The submission.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/IdeaSubmission"
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
            "/api/v1/idea-submissions/{id}/scores": {
              "put": {
                "operationId": "scoreIdeaSubmission",
                "tags": [
                  "ideas"
                ],
                "summary": "A reviewer's scores by criterion (0–100)",
                "description": "Only by a reviewer assigned to the call (to anyone else the idea is not there: 404), while the idea is under review; scores may be given again until the shortlist.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/IdeaScoresInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The submission.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/IdeaSubmission"
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
            "/api/v1/idea-objections/{id}/decision": {
              "post": {
                "operationId": "decideIdeaObjection",
                "tags": [
                  "ideas"
                ],
                "summary": "Answer and decide an objection (公示异议)",
                "description": "By the call's office: `upheld` (the idea is not awarded) or `dismissed`, with an answer. Needs the version read: 409 when stale; it may be decided again.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/IdeaDecisionInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The objection.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/IdeaObjection"
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
            }
          },
          "components": {
            "schemas": {
              "IdeaTier": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 100
                  },
                  "reward": {
                    "type": "string",
                    "maxLength": 100
                  },
                  "count": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 10000
                  }
                },
                "required": [
                  "count",
                  "name",
                  "reward"
                ]
              },
              "IdeaCriterion": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 100
                  },
                  "weight": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 1000
                  }
                },
                "required": [
                  "name",
                  "weight"
                ]
              },
              "IdeaCall": {
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
                  "jurisdictionName": {
                    "type": "string"
                  },
                  "planId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64"
                  },
                  "topic": {
                    "type": "string"
                  },
                  "rules": {
                    "type": "string"
                  },
                  "contact": {
                    "type": "string"
                  },
                  "opensOn": {
                    "type": "string",
                    "format": "date"
                  },
                  "closesOn": {
                    "type": "string",
                    "format": "date"
                  },
                  "categories": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "rewardTiers": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/IdeaTier"
                    }
                  },
                  "criteria": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/IdeaCriterion"
                    }
                  },
                  "noticeDays": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 60
                  },
                  "isPublished": {
                    "type": "boolean"
                  },
                  "counts": {
                    "type": [
                      "object",
                      "null"
                    ],
                    "additionalProperties": {
                      "type": "integer",
                      "minimum": 0
                    },
                    "description": "Submissions by state (the office only)."
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  }
                },
                "required": [
                  "categories",
                  "closesOn",
                  "contact",
                  "counts",
                  "criteria",
                  "id",
                  "isPublished",
                  "jurisdictionId",
                  "jurisdictionName",
                  "noticeDays",
                  "opensOn",
                  "planId",
                  "rewardTiers",
                  "rules",
                  "topic",
                  "version"
                ]
              },
              "IdeaCallList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/IdeaCall"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "IdeaCallInput": {
                "type": "object",
                "properties": {
                  "version": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 0
                  },
                  "jurisdictionId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1
                  },
                  "planId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1
                  },
                  "topic": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200
                  },
                  "rules": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 5000
                  },
                  "contact": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 5000
                  },
                  "opensOn": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "closesOn": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "categories": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "type": "string",
                      "maxLength": 200
                    },
                    "maxItems": 100
                  },
                  "rewardTiers": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "$ref": "#/components/schemas/IdeaTier"
                    },
                    "maxItems": 50
                  },
                  "criteria": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "$ref": "#/components/schemas/IdeaCriterion"
                    },
                    "maxItems": 20
                  },
                  "noticeDays": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "minimum": 0,
                    "maximum": 60
                  },
                  "isPublished": {
                    "type": [
                      "boolean",
                      "null"
                    ]
                  }
                }
              },
              "IdeaScore": {
                "type": "object",
                "properties": {
                  "reviewer": {
                    "type": "string"
                  },
                  "criterion": {
                    "type": "string"
                  },
                  "score": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 100
                  }
                },
                "required": [
                  "criterion",
                  "reviewer",
                  "score"
                ]
              },
              "IdeaSubmission": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "callId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "title": {
                    "type": "string"
                  },
                  "idea": {
                    "type": "string"
                  },
                  "problem": {
                    "type": "string"
                  },
                  "category": {
                    "type": "string"
                  },
                  "state": {
                    "type": "string",
                    "enum": [
                      "submitted",
                      "published",
                      "hidden",
                      "merged",
                      "in_review",
                      "declined",
                      "shortlisted",
                      "awarded",
                      "adopted"
                    ]
                  },
                  "answer": {
                    "type": "string"
                  },
                  "tier": {
                    "type": "string"
                  },
                  "noticeUntil": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "adoption": {
                    "type": "string"
                  },
                  "submittedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "receiptCode": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "submitterName": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "contact": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "moderationReason": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "mergedInto": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64"
                  },
                  "planItemIds": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    }
                  },
                  "matterIds": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    }
                  },
                  "scores": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "$ref": "#/components/schemas/IdeaScore"
                    }
                  },
                  "meanScore": {
                    "type": [
                      "number",
                      "null"
                    ]
                  },
                  "objections": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "$ref": "#/components/schemas/IdeaObjection"
                    }
                  },
                  "actions": {
                    "type": "array",
                    "items": {
                      "type": "string",
                      "enum": [
                        "approve",
                        "hide",
                        "merge",
                        "triage",
                        "decline",
                        "shortlist",
                        "award",
                        "adopt"
                      ]
                    }
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  }
                },
                "required": [
                  "actions",
                  "adoption",
                  "answer",
                  "callId",
                  "category",
                  "contact",
                  "id",
                  "idea",
                  "matterIds",
                  "meanScore",
                  "mergedInto",
                  "moderationReason",
                  "noticeUntil",
                  "objections",
                  "planItemIds",
                  "problem",
                  "receiptCode",
                  "scores",
                  "state",
                  "submittedAt",
                  "submitterName",
                  "tier",
                  "title",
                  "version"
                ]
              },
              "IdeaSubmissionPage": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/IdeaSubmission"
                    }
                  },
                  "total": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "page": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "pageSize": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "hasNext": {
                    "type": "boolean"
                  }
                },
                "required": [
                  "hasNext",
                  "items",
                  "page",
                  "pageSize",
                  "total"
                ]
              },
              "IdeaReviewer": {
                "type": "object",
                "properties": {
                  "userId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "username": {
                    "type": "string"
                  },
                  "displayName": {
                    "type": "string"
                  }
                },
                "required": [
                  "displayName",
                  "userId",
                  "username"
                ]
              },
              "IdeaReviewerList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/IdeaReviewer"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "IdeaReviewerInput": {
                "type": "object",
                "properties": {
                  "username": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 100
                  }
                }
              },
              "IdeaActionInput": {
                "type": "object",
                "properties": {
                  "version": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 0
                  },
                  "action": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "enum": [
                      "approve",
                      "hide",
                      "merge",
                      "triage",
                      "decline",
                      "shortlist",
                      "award",
                      "adopt",
                      null
                    ]
                  },
                  "reason": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 2000
                  },
                  "answer": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 2000
                  },
                  "target": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1
                  },
                  "tier": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 100
                  },
                  "planItemIds": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    },
                    "maxItems": 100
                  },
                  "matterIds": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    },
                    "maxItems": 100
                  },
                  "adoption": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 2000
                  }
                }
              },
              "IdeaObjection": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "submissionId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "body": {
                    "type": "string"
                  },
                  "contact": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "decision": {
                    "type": "string",
                    "enum": [
                      "open",
                      "upheld",
                      "dismissed"
                    ]
                  },
                  "answer": {
                    "type": "string"
                  },
                  "decidedBy": {
                    "type": "string"
                  },
                  "decidedAt": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date-time"
                  },
                  "submittedAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  }
                },
                "required": [
                  "answer",
                  "body",
                  "contact",
                  "decidedAt",
                  "decidedBy",
                  "decision",
                  "id",
                  "submissionId",
                  "submittedAt",
                  "version"
                ]
              },
              "IdeaDecisionInput": {
                "type": "object",
                "properties": {
                  "version": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 0
                  },
                  "decision": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "enum": [
                      "upheld",
                      "dismissed",
                      null
                    ]
                  },
                  "answer": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "minLength": 1,
                    "maxLength": 2000
                  }
                }
              },
              "IdeaScoresInput": {
                "type": "object",
                "properties": {
                  "scores": {
                    "type": [
                      "object",
                      "null"
                    ],
                    "additionalProperties": {
                      "type": "integer",
                      "minimum": 0,
                      "maximum": 100
                    },
                    "description": "Criterion name → score 0–100."
                  }
                }
              }
            }
          }
        }
        """#
}

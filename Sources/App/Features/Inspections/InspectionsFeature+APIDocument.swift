extension InspectionsFeature {
    /// The feature's part of the OpenAPI document (see `OpenAPIDocument`): inspections, findings and rectifications.
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/inspections": {
              "get": {
                "operationId": "listInspections",
                "tags": [
                  "supervision"
                ],
                "summary": "Inspections (督查) the reader sees",
                "description": "Those of the reader's jurisdiction and below, and those whose team the reader is on; newest first.",
                "responses": {
                  "200": {
                    "description": "The inspections.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/InspectionList"
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
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              },
              "post": {
                "operationId": "createInspection",
                "tags": [
                  "supervision"
                ],
                "summary": "Set up an inspection (安排督查)",
                "description": "The office, an inspector or an admin, in a jurisdiction they see (403 otherwise). The team are inspector accounts; an inspector who sets one up joins it. 422 names each field that is wrong.",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/InspectionInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The inspection.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Inspection"
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
            "/api/v1/inspections/{id}": {
              "get": {
                "operationId": "getInspection",
                "tags": [
                  "supervision"
                ],
                "summary": "An inspection with its team and findings",
                "description": "A unit sees only the findings that concern it or whose rectification it leads.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The inspection.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/InspectionDetail"
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
            },
            "/api/v1/inspections/{id}/findings": {
              "post": {
                "operationId": "recordFinding",
                "tags": [
                  "supervision"
                ],
                "summary": "Record a finding (督查发现)",
                "description": "The team or the office of a jurisdiction containing the inspection (403 for other readers, before the body is read). A problem needs a category, a severity and its rectification (deadline, evidence required; the lead unit defaults to the finding's unit), saved together; good practice has none. Evidence files are added through the page's multipart form.",
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
                        "$ref": "#/components/schemas/FindingInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The finding.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Finding"
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
            "/api/v1/findings/{id}": {
              "get": {
                "operationId": "getFinding",
                "tags": [
                  "supervision"
                ],
                "summary": "A finding with its tasks and evidence",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The finding.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/FindingDetail"
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
            },
            "/api/v1/rectifications": {
              "get": {
                "operationId": "listRectifications",
                "tags": [
                  "supervision"
                ],
                "summary": "The rectification ledger (整改台账)",
                "description": "Rectifications the reader sees (a unit: its own), by deadline, a page at a time; the same filters as /rectifications.",
                "parameters": [
                  {
                    "name": "jurisdiction",
                    "in": "query",
                    "required": false,
                    "description": "A jurisdiction in the reader's view: its subtree only (404 outside the view).",
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "format": "int64"
                    }
                  },
                  {
                    "name": "inspection",
                    "in": "query",
                    "required": false,
                    "description": "One inspection's rectifications (整改台账 of the round).",
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "format": "int64"
                    }
                  },
                  {
                    "name": "state",
                    "in": "query",
                    "required": false,
                    "description": "Any of the states (repeat the parameter).",
                    "schema": {
                      "type": "array",
                      "items": {
                        "type": "string",
                        "enum": [
                          "assigned",
                          "rectifying",
                          "awaiting_verification",
                          "closed"
                        ]
                      }
                    },
                    "style": "form",
                    "explode": true
                  },
                  {
                    "name": "unit",
                    "in": "query",
                    "required": false,
                    "description": "The lead unit (整改牵头单位).",
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "format": "int64"
                    }
                  },
                  {
                    "name": "category",
                    "in": "query",
                    "required": false,
                    "description": "The finding's category.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "progress_lag",
                        "poor_implementation",
                        "inaccurate_reporting",
                        "weak_mechanism",
                        "poor_coordination",
                        "weak_results",
                        "other"
                      ]
                    }
                  },
                  {
                    "name": "severity",
                    "in": "query",
                    "required": false,
                    "description": "The finding's severity.",
                    "schema": {
                      "type": "string",
                      "enum": [
                        "minor",
                        "moderate",
                        "serious"
                      ]
                    }
                  },
                  {
                    "name": "light",
                    "in": "query",
                    "required": false,
                    "description": "Any of the lights against the deadline in force (repeat the parameter).",
                    "schema": {
                      "type": "array",
                      "items": {
                        "type": "string",
                        "enum": [
                          "red",
                          "yellow",
                          "green"
                        ]
                      }
                    },
                    "style": "form",
                    "explode": true
                  },
                  {
                    "name": "q",
                    "in": "query",
                    "required": false,
                    "description": "Text in the problem, the measures, the lead unit's name or the inspection's title (first 100 characters used).",
                    "schema": {
                      "type": "string",
                      "pattern": "^[^\\u0000]*$"
                    }
                  },
                  {
                    "name": "page",
                    "in": "query",
                    "required": false,
                    "description": "Page number, from 1.",
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 1000000
                    }
                  },
                  {
                    "name": "per_page",
                    "in": "query",
                    "required": false,
                    "description": "Rows per page.",
                    "schema": {
                      "type": "integer",
                      "enum": [
                        20,
                        50,
                        100
                      ]
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of rectifications.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/RectificationPage"
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
            },
            "/api/v1/rectifications/{id}": {
              "get": {
                "operationId": "getRectification",
                "tags": [
                  "supervision"
                ],
                "summary": "A rectification with its reports, steps and the reader's next steps",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The rectification.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/RectificationDetail"
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
            },
            "/api/v1/rectifications/{id}/steps": {
              "post": {
                "operationId": "takeRectificationStep",
                "tags": [
                  "supervision"
                ],
                "summary": "Sign for, close, return or reopen a rectification",
                "description": "sign (the lead unit; may state the measures), close (销号) and return or reopen (with a comment) by the team or the office. 403 when the step is not the reader's, 409 on a stale version, 422 `rectification_transition` when the state does not allow it or naming `comment`.",
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
                        "$ref": "#/components/schemas/RectificationStepInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The rectification after the step.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Rectification"
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
            "/api/v1/rectifications/{id}/reports": {
              "post": {
                "operationId": "fileRectificationReport",
                "tags": [
                  "supervision"
                ],
                "summary": "File a rectification report (整改情况报告)",
                "description": "The lead unit's. JSON, or multipart/form-data with the same fields and `evidence` files. `final: true` asks for closure (申请销号) and must carry evidence (422 naming `evidence`). 409 on a stale version.",
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
                        "$ref": "#/components/schemas/RectificationReportInput"
                      }
                    },
                    "multipart/form-data": {
                      "schema": {
                        "type": "object",
                        "properties": {
                          "narrative": {
                            "type": "string"
                          },
                          "percent": {
                            "type": "string"
                          },
                          "final": {
                            "type": "string",
                            "enum": [
                              "1",
                              ""
                            ]
                          },
                          "version": {
                            "type": "string"
                          },
                          "evidence": {
                            "type": "array",
                            "items": {
                              "type": "string",
                              "format": "binary"
                            }
                          }
                        }
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The rectification after the report.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Rectification"
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
              "Inspection": {
                "type": "object",
                "description": "An inspection round (督查).",
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
                  "kind": {
                    "type": "string",
                    "enum": [
                      "comprehensive",
                      "special",
                      "survey"
                    ]
                  },
                  "title": {
                    "type": "string"
                  },
                  "scopeKind": {
                    "type": "string",
                    "enum": [
                      "subtree",
                      "plan",
                      "field",
                      "units"
                    ]
                  },
                  "scopeRef": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64"
                  },
                  "startsOn": {
                    "type": "string",
                    "format": "date"
                  },
                  "endsOn": {
                    "type": "string",
                    "format": "date"
                  },
                  "createdBy": {
                    "type": "string"
                  },
                  "version": {
                    "type": "integer"
                  }
                },
                "required": [
                  "id",
                  "jurisdictionId",
                  "jurisdictionName",
                  "kind",
                  "title",
                  "scopeKind",
                  "scopeRef",
                  "startsOn",
                  "endsOn",
                  "createdBy",
                  "version"
                ]
              },
              "InspectionList": {
                "type": "object",
                "description": "Inspections.",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Inspection"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "InspectionInput": {
                "type": "object",
                "description": "An inspection to set up; a missing field is reported by name (422).",
                "properties": {
                  "kind": {
                    "type": "string",
                    "enum": [
                      "comprehensive",
                      "special",
                      "survey"
                    ]
                  },
                  "title": {
                    "type": "string",
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "minLength": 1
                  },
                  "jurisdictionId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "scopeKind": {
                    "type": "string",
                    "enum": [
                      "subtree",
                      "plan",
                      "field",
                      "units"
                    ]
                  },
                  "scopeRef": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "description": "The plan or field item for those scopes."
                  },
                  "unitIds": {
                    "type": "array",
                    "items": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    },
                    "description": "For the units scope.",
                    "uniqueItems": true
                  },
                  "memberIds": {
                    "type": "array",
                    "items": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    },
                    "description": "Inspector accounts.",
                    "uniqueItems": true,
                    "minItems": 1
                  },
                  "startsOn": {
                    "type": "string",
                    "format": "date"
                  },
                  "endsOn": {
                    "type": "string",
                    "format": "date"
                  }
                },
                "required": [
                  "kind",
                  "title",
                  "jurisdictionId",
                  "scopeKind",
                  "memberIds",
                  "startsOn",
                  "endsOn"
                ]
              },
              "InspectionMember": {
                "type": "object",
                "description": "A member of the team (督查组).",
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
                  "userId",
                  "username",
                  "displayName"
                ]
              },
              "InspectionDetail": {
                "type": "object",
                "description": "An inspection with its team, listed units and the findings the reader may see.",
                "properties": {
                  "inspection": {
                    "$ref": "#/components/schemas/Inspection"
                  },
                  "members": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/InspectionMember"
                    }
                  },
                  "unitIds": {
                    "type": "array",
                    "items": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    }
                  },
                  "findings": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Finding"
                    }
                  }
                },
                "required": [
                  "inspection",
                  "members",
                  "unitIds",
                  "findings"
                ]
              },
              "Finding": {
                "type": "object",
                "description": "A finding (督查发现): a problem or good practice.",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "inspectionId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "unitId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "unitName": {
                    "type": "string"
                  },
                  "nature": {
                    "type": "string",
                    "enum": [
                      "problem",
                      "good_practice"
                    ]
                  },
                  "category": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "severity": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "description": {
                    "type": "string"
                  },
                  "createdBy": {
                    "type": "string"
                  },
                  "createdAt": {
                    "type": "string"
                  },
                  "rectificationId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64"
                  }
                },
                "required": [
                  "id",
                  "inspectionId",
                  "unitId",
                  "unitName",
                  "nature",
                  "category",
                  "severity",
                  "description",
                  "createdBy",
                  "createdAt",
                  "rectificationId"
                ]
              },
              "FindingInput": {
                "type": "object",
                "description": "A finding; for a problem, its rectification.",
                "properties": {
                  "nature": {
                    "type": "string",
                    "enum": [
                      "problem",
                      "good_practice"
                    ]
                  },
                  "unitId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "itemIds": {
                    "type": "array",
                    "items": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    },
                    "uniqueItems": true
                  },
                  "category": {
                    "type": "string",
                    "enum": [
                      "progress_lag",
                      "poor_implementation",
                      "inaccurate_reporting",
                      "weak_mechanism",
                      "poor_coordination",
                      "weak_results"
                    ],
                    "description": "Required for a problem; left out for good practice."
                  },
                  "severity": {
                    "type": "string",
                    "enum": [
                      "minor",
                      "moderate",
                      "serious"
                    ],
                    "description": "Required for a problem; left out for good practice."
                  },
                  "description": {
                    "type": "string",
                    "maxLength": 2000,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "minLength": 1
                  },
                  "rectification": {
                    "type": "object",
                    "properties": {
                      "leadUnitId": {
                        "type": "integer",
                        "format": "int64",
                        "minimum": 1
                      },
                      "deadline": {
                        "type": "string",
                        "format": "date"
                      },
                      "measures": {
                        "type": "string",
                        "maxLength": 2000,
                        "pattern": "^[^\\u0000]*$"
                      },
                      "evidenceRequired": {
                        "type": "string",
                        "maxLength": 2000,
                        "pattern": "^[^\\u0000]*$"
                      }
                    }
                  }
                },
                "required": [
                  "nature",
                  "unitId",
                  "description"
                ]
              },
              "SupervisionEvidence": {
                "type": "object",
                "description": "An evidence file (佐证材料).",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "originalName": {
                    "type": "string"
                  },
                  "contentType": {
                    "type": "string"
                  },
                  "size": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "url": {
                    "type": "string",
                    "description": "Where the signed-in reader downloads it."
                  }
                },
                "required": [
                  "id",
                  "originalName",
                  "contentType",
                  "size",
                  "url"
                ]
              },
              "FindingDetail": {
                "type": "object",
                "description": "A finding with its tasks and evidence.",
                "properties": {
                  "finding": {
                    "$ref": "#/components/schemas/Finding"
                  },
                  "itemIds": {
                    "type": "array",
                    "items": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1
                    }
                  },
                  "evidence": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/SupervisionEvidence"
                    }
                  }
                },
                "required": [
                  "finding",
                  "itemIds",
                  "evidence"
                ]
              },
              "Rectification": {
                "type": "object",
                "description": "A rectification (整改) with its finding's facts and its light against the deadline in force.",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "findingId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "inspectionId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "inspectionTitle": {
                    "type": "string"
                  },
                  "leadUnitId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "leadUnitName": {
                    "type": "string"
                  },
                  "description": {
                    "type": "string"
                  },
                  "category": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "severity": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "originalDeadline": {
                    "type": "string",
                    "format": "date"
                  },
                  "deadline": {
                    "type": "string",
                    "format": "date"
                  },
                  "measures": {
                    "type": "string"
                  },
                  "evidenceRequired": {
                    "type": "string"
                  },
                  "state": {
                    "type": "string",
                    "enum": [
                      "assigned",
                      "rectifying",
                      "awaiting_verification",
                      "closed"
                    ]
                  },
                  "light": {
                    "type": "string",
                    "enum": [
                      "green",
                      "yellow",
                      "red",
                      "none"
                    ]
                  },
                  "returnCount": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "closedOn": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "version": {
                    "type": "integer"
                  }
                },
                "required": [
                  "id",
                  "findingId",
                  "inspectionId",
                  "inspectionTitle",
                  "leadUnitId",
                  "leadUnitName",
                  "description",
                  "category",
                  "severity",
                  "originalDeadline",
                  "deadline",
                  "measures",
                  "evidenceRequired",
                  "state",
                  "light",
                  "returnCount",
                  "closedOn",
                  "version"
                ]
              },
              "RectificationPage": {
                "type": "object",
                "description": "A page of the rectification ledger.",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Rectification"
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
                  "perPage": {
                    "type": "integer"
                  }
                },
                "required": [
                  "items",
                  "total",
                  "page",
                  "perPage"
                ]
              },
              "RectificationReport": {
                "type": "object",
                "description": "A rectification report; `isFinal` asked for closure.",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "isFinal": {
                    "type": "boolean"
                  },
                  "narrative": {
                    "type": "string"
                  },
                  "percent": {
                    "type": "number"
                  },
                  "filedBy": {
                    "type": "string"
                  },
                  "filedAt": {
                    "type": "string"
                  },
                  "evidence": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/SupervisionEvidence"
                    }
                  }
                },
                "required": [
                  "id",
                  "isFinal",
                  "narrative",
                  "percent",
                  "filedBy",
                  "filedAt",
                  "evidence"
                ]
              },
              "RectificationStep": {
                "type": "object",
                "description": "A recorded step: who, as what, when, with what comment.",
                "properties": {
                  "action": {
                    "type": "string"
                  },
                  "actor": {
                    "type": "string",
                    "enum": [
                      "office",
                      "leader",
                      "lead_unit",
                      "co_unit",
                      "inspector",
                      "department",
                      "higher_level"
                    ]
                  },
                  "fromState": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "toState": {
                    "type": "string"
                  },
                  "actorName": {
                    "type": "string"
                  },
                  "at": {
                    "type": "string"
                  },
                  "comment": {
                    "type": "string"
                  }
                },
                "required": [
                  "action",
                  "actor",
                  "fromState",
                  "toState",
                  "actorName",
                  "at",
                  "comment"
                ]
              },
              "RectificationDetail": {
                "type": "object",
                "description": "A rectification with its reports, steps and the reader's next steps.",
                "properties": {
                  "rectification": {
                    "$ref": "#/components/schemas/Rectification"
                  },
                  "reports": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/RectificationReport"
                    }
                  },
                  "steps": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/RectificationStep"
                    }
                  },
                  "actions": {
                    "type": "array",
                    "items": {
                      "type": "string",
                      "enum": [
                        "sign",
                        "report",
                        "submit",
                        "close",
                        "return",
                        "reopen"
                      ]
                    }
                  }
                },
                "required": [
                  "rectification",
                  "reports",
                  "steps",
                  "actions"
                ]
              },
              "RectificationStepInput": {
                "type": "object",
                "required": [
                  "action",
                  "version"
                ],
                "properties": {
                  "action": {
                    "type": "string",
                    "enum": [
                      "sign",
                      "close",
                      "return",
                      "reopen"
                    ]
                  },
                  "comment": {
                    "type": "string",
                    "maxLength": 2000,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "measures": {
                    "type": "string",
                    "maxLength": 2000,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "description": "The version you read (optimistic locking): here or as `If-Match`; a stale version is refused with 409."
                  }
                }
              },
              "RectificationReportInput": {
                "type": "object",
                "properties": {
                  "narrative": {
                    "type": "string",
                    "maxLength": 5000,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "percent": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 100
                  },
                  "final": {
                    "type": "boolean"
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "description": "The version you read (optimistic locking): here or as `If-Match`; a stale version is refused with 409."
                  }
                },
                "required": [
                  "version"
                ]
              }
            }
          }
        }
        """#
}

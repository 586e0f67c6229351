extension ReportingFeature {
    /// The feature's part of the OpenAPI document: its paths and the schemas only it uses. Merged with the others
    /// at start (`OpenAPIDocument`); a path, operation or schema that two parts define fails the start and a test.
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/items/{id}/assignments": {
              "get": {
                "operationId": "listAssignments",
                "tags": [
                  "reports"
                ],
                "summary": "An item's assignment chain (交办/签收/指派)",
                "description": "Lead unit first.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The chain.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/AssignmentList"
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
                "operationId": "assignItem",
                "tags": [
                  "reports"
                ],
                "summary": "Assign an item (交办)",
                "description": "The office assigns the item to its lead unit (and, if asked, each participating unit), or to the units listed in `unitIds`. Refused (422) when every unit chosen is already assigned, when `unitIds` is empty, or when a unit in `unitIds` is neither the item's lead nor one of its participating units (the message names it).",
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
                        "$ref": "#/components/schemas/AssignmentCreate"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The new assignments.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/AssignmentList"
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
            "/api/v1/assignments/{id}/sign": {
              "post": {
                "operationId": "signAssignment",
                "tags": [
                  "reports"
                ],
                "summary": "Sign for a task (签收)",
                "description": "By a liaison or the head of the assigned unit.",
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
                        "$ref": "#/components/schemas/VersionInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The assignment.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Assignment"
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
            "/api/v1/assignments/{id}/handler": {
              "post": {
                "operationId": "assignHandler",
                "tags": [
                  "reports"
                ],
                "summary": "Name the handler (指派经办人)",
                "description": "After signing; the lead unit's handler becomes the item's.",
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
                        "$ref": "#/components/schemas/HandlerInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The assignment.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Assignment"
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
            "/api/v1/items/{id}/reports": {
              "get": {
                "operationId": "listReports",
                "tags": [
                  "reports"
                ],
                "summary": "An item's progress reports",
                "description": "Newest period first; only those you may read: a unit's liaison and head read its own reports, the office, inspector and viewer of the item's jurisdiction read all.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The reports.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ReportList"
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
                "operationId": "createReport",
                "tags": [
                  "reports"
                ],
                "summary": "File a progress report (draft)",
                "description": "A draft for one period by the signed-in unit; submit it with the review endpoint. The unit must have signed for the task.",
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
                        "$ref": "#/components/schemas/ReportCreate"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The draft.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ReportDetail"
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
            "/api/v1/reports/{id}": {
              "get": {
                "operationId": "getReport",
                "tags": [
                  "reports"
                ],
                "summary": "A progress report",
                "description": "With indicator values, evidence files and the review steps open. Another unit's report (a participating unit's included) is a 404.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The report.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ReportDetail"
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
              "patch": {
                "operationId": "updateReport",
                "tags": [
                  "reports"
                ],
                "summary": "Edit a report still with the unit",
                "description": "Draft, returned or evidence requested only; fields left out keep their values.",
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
                        "$ref": "#/components/schemas/ReportUpdate"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The report.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ReportDetail"
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
            "/api/v1/reports/{id}/review": {
              "post": {
                "operationId": "reviewReport",
                "tags": [
                  "reports"
                ],
                "summary": "A review step",
                "description": "submit (the unit), approve or return (unit head), accept, return or request_evidence (office). Only accept changes the item: status and own percent (lead unit's report) and a requested deadline as an amendment.",
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
                        "$ref": "#/components/schemas/ReviewInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The report.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ReportDetail"
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
            "/api/v1/reports/{id}/evidence": {
              "get": {
                "operationId": "listEvidence",
                "tags": [
                  "reports"
                ],
                "summary": "A report's evidence files",
                "description": "",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The files.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/EvidenceList"
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
                "operationId": "addEvidence",
                "tags": [
                  "reports"
                ],
                "summary": "Upload evidence files",
                "description": "multipart/form-data, one or more parts named `evidence`: PDF, PNG/JPG, DOCX/XLSX/PPTX/DOC/XLS/WPS/OFD, checked by extension and content; at most 20 MB each (configurable). A refused upload stores nothing.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "201": {
                    "description": "The stored files.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/EvidenceList"
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
                },
                "requestBody": {
                  "required": true,
                  "content": {
                    "multipart/form-data": {
                      "schema": {
                        "type": "object",
                        "properties": {
                          "evidence": {
                            "type": "array",
                            "items": {
                              "type": "string",
                              "format": "binary"
                            }
                          }
                        },
                        "required": [
                          "evidence"
                        ]
                      }
                    }
                  }
                }
              }
            },
            "/api/v1/evidence/{id}": {
              "get": {
                "operationId": "downloadEvidence",
                "tags": [
                  "reports"
                ],
                "summary": "Download an evidence file",
                "description": "Served from the files directory, never from a public path.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The file as uploaded, as an attachment.",
                    "content": {
                      "application/pdf": {
                        "schema": {
                          "type": "string",
                          "format": "binary"
                        }
                      },
                      "image/png": {
                        "schema": {
                          "type": "string",
                          "format": "binary"
                        }
                      },
                      "image/jpeg": {
                        "schema": {
                          "type": "string",
                          "format": "binary"
                        }
                      },
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
                        "schema": {
                          "type": "string",
                          "format": "binary"
                        }
                      },
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                        "schema": {
                          "type": "string",
                          "format": "binary"
                        }
                      },
                      "application/vnd.openxmlformats-officedocument.presentationml.presentation": {
                        "schema": {
                          "type": "string",
                          "format": "binary"
                        }
                      },
                      "application/msword": {
                        "schema": {
                          "type": "string",
                          "format": "binary"
                        }
                      },
                      "application/vnd.ms-excel": {
                        "schema": {
                          "type": "string",
                          "format": "binary"
                        }
                      },
                      "application/vnd.ms-works": {
                        "schema": {
                          "type": "string",
                          "format": "binary"
                        }
                      },
                      "application/ofd": {
                        "schema": {
                          "type": "string",
                          "format": "binary"
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
            "/api/v1/inbox": {
              "get": {
                "operationId": "getInbox",
                "tags": [
                  "reports"
                ],
                "summary": "The signed-in user's inbox",
                "description": "To sign, to report (due within 7 days, overdue, or sent back), to approve (unit head), to review (office), with counts.",
                "parameters": [],
                "responses": {
                  "200": {
                    "description": "The inbox.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Inbox"
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
              }
            },
            "/api/v1/plans/{id}/reporting": {
              "get": {
                "operationId": "getReporting",
                "tags": [
                  "plans"
                ],
                "summary": "A plan's reporting schedule",
                "description": "Monthly by a day, quarterly by four dates, or none; and the days allowed to sign.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The settings.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Reporting"
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
                "operationId": "setReporting",
                "tags": [
                  "plans"
                ],
                "summary": "Set a plan's reporting schedule",
                "description": "The office's. Each unit's next due date moves to the new schedule.",
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
                        "$ref": "#/components/schemas/ReportingInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The settings.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Reporting"
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
            "/api/v1/jurisdictions/{id}/digest": {
              "get": {
                "operationId": "getDigest",
                "tags": [
                  "dashboard"
                ],
                "summary": "Weekly digest (每周督办简报)",
                "description": "The last seven days: reports accepted and sent back; as of today overdue, outdated and unsigned.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The digest.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Digest"
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
            "/api/v1/items/{id}/indicators": {
              "get": {
                "operationId": "listIndicators",
                "tags": [
                  "reports"
                ],
                "summary": "An item's indicators (指标)",
                "description": "Name, unit of measure, baseline and target; units report actual values in their reports.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The indicators.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/IndicatorList"
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
                "operationId": "addIndicator",
                "tags": [
                  "reports"
                ],
                "summary": "Add an indicator to an item",
                "description": "The office of the item's jurisdiction.",
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
                        "$ref": "#/components/schemas/IndicatorCreate"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The indicator.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Indicator"
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
            "/api/v1/indicators/{id}": {
              "patch": {
                "operationId": "updateIndicator",
                "tags": [
                  "reports"
                ],
                "summary": "Change an indicator",
                "description": "The office of the item's jurisdiction. Values already reported stay as they were reported.",
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
                        "$ref": "#/components/schemas/IndicatorUpdate"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The indicator as changed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Indicator"
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
              },
              "delete": {
                "operationId": "deleteIndicator",
                "tags": [
                  "reports"
                ],
                "summary": "Delete an indicator",
                "description": "The office of the item's jurisdiction. An indicator that reports hold values for is kept (422 `indicator_has_values`). Requires the version you read: `?version=` or `If-Match`.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  },
                  {
                    "name": "version",
                    "in": "query",
                    "required": true,
                    "schema": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 0
                    },
                    "description": "The version you read. Required, unless the `If-Match` header carries it instead (the query wins when both are given).",
                    "example": 1
                  },
                  {
                    "$ref": "#/components/parameters/IfMatch"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Deleted.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/DeleteResult"
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
              "Assignment": {
                "type": "object",
                "description": "One unit's link in an item's chain: 交办 → 签收 → 指派.",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "itemId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "unitId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "unitRole": {
                    "type": "string",
                    "enum": [
                      "lead",
                      "participant"
                    ]
                  },
                  "assignedBy": {
                    "type": "string"
                  },
                  "assignedAt": {
                    "type": "string",
                    "description": "UTC timestamp, ISO 8601 with milliseconds."
                  },
                  "note": {
                    "type": "string"
                  },
                  "signedBy": {
                    "type": "string"
                  },
                  "signedAt": {
                    "type": "string",
                    "description": "UTC timestamp, ISO 8601 with milliseconds."
                  },
                  "handlerName": {
                    "type": "string"
                  },
                  "handlerUserId": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "handlerAssignedBy": {
                    "type": "string"
                  },
                  "assignedToHandlerAt": {
                    "type": "string",
                    "description": "UTC timestamp, ISO 8601 with milliseconds."
                  },
                  "firstReportDue": {
                    "type": "string",
                    "format": "date"
                  },
                  "nextReportDue": {
                    "type": "string",
                    "format": "date"
                  },
                  "version": {
                    "type": "integer",
                    "minimum": 1
                  }
                },
                "required": [
                  "id",
                  "itemId",
                  "unitId",
                  "unitRole",
                  "assignedBy",
                  "assignedAt",
                  "note",
                  "version"
                ]
              },
              "AssignmentList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Assignment"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "Report": {
                "type": "object",
                "description": "A progress report (进展报告) of one unit for one period.",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "itemId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "unitId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "period": {
                    "type": "string",
                    "description": "2026-11 (month) or 2026-Q4 (quarter)."
                  },
                  "dueDate": {
                    "type": "string",
                    "format": "date"
                  },
                  "state": {
                    "type": "string",
                    "enum": [
                      "draft",
                      "submitted",
                      "unit_approved",
                      "accepted",
                      "returned",
                      "evidence_requested"
                    ]
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "not_started",
                      "in_progress",
                      "partly_done",
                      "done",
                      "suspended"
                    ]
                  },
                  "percent": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 100
                  },
                  "narrative": {
                    "type": "string"
                  },
                  "problems": {
                    "type": "string"
                  },
                  "nextSteps": {
                    "type": "string"
                  },
                  "requestedDeadline": {
                    "type": "string",
                    "format": "date"
                  },
                  "deadlineReason": {
                    "type": "string"
                  },
                  "createdBy": {
                    "type": "string"
                  },
                  "createdAt": {
                    "type": "string",
                    "description": "UTC timestamp, ISO 8601 with milliseconds."
                  },
                  "firstSubmittedAt": {
                    "type": "string",
                    "description": "UTC timestamp, ISO 8601 with milliseconds."
                  },
                  "submittedBy": {
                    "type": "string"
                  },
                  "submittedAt": {
                    "type": "string",
                    "description": "UTC timestamp, ISO 8601 with milliseconds."
                  },
                  "approvedBy": {
                    "type": "string"
                  },
                  "approvedAt": {
                    "type": "string",
                    "description": "UTC timestamp, ISO 8601 with milliseconds."
                  },
                  "reviewedBy": {
                    "type": "string"
                  },
                  "reviewedAt": {
                    "type": "string",
                    "description": "UTC timestamp, ISO 8601 with milliseconds."
                  },
                  "reviewComment": {
                    "type": "string"
                  },
                  "isDemo": {
                    "type": "boolean"
                  },
                  "version": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "updatedAt": {
                    "type": "string",
                    "description": "UTC timestamp, ISO 8601 with milliseconds."
                  }
                },
                "required": [
                  "id",
                  "itemId",
                  "unitId",
                  "period",
                  "dueDate",
                  "state",
                  "status",
                  "percent",
                  "narrative",
                  "problems",
                  "nextSteps",
                  "deadlineReason",
                  "createdBy",
                  "createdAt",
                  "isDemo",
                  "version",
                  "updatedAt"
                ]
              },
              "ReportList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Report"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "Evidence": {
                "type": "object",
                "description": "An evidence file (佐证材料), stored under its SHA-256.",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "reportId": {
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
                    "minimum": 1
                  },
                  "sha256": {
                    "type": "string",
                    "pattern": "^[0-9a-f]{64}$"
                  },
                  "storageKey": {
                    "type": "string"
                  },
                  "uploadedBy": {
                    "type": "string"
                  },
                  "uploadedAt": {
                    "type": "string",
                    "description": "UTC timestamp, ISO 8601 with milliseconds."
                  }
                },
                "required": [
                  "id",
                  "reportId",
                  "originalName",
                  "contentType",
                  "size",
                  "sha256",
                  "storageKey",
                  "uploadedBy",
                  "uploadedAt"
                ]
              },
              "EvidenceList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Evidence"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "ReportDetail": {
                "type": "object",
                "properties": {
                  "report": {
                    "$ref": "#/components/schemas/Report"
                  },
                  "indicatorValues": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "string"
                    },
                    "description": "Actual values by indicator id."
                  },
                  "evidence": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Evidence"
                    }
                  },
                  "actions": {
                    "type": "array",
                    "items": {
                      "type": "string",
                      "enum": [
                        "submit",
                        "approve",
                        "accept",
                        "return",
                        "request_evidence"
                      ]
                    },
                    "description": "Review steps open from the report's state."
                  }
                },
                "required": [
                  "report",
                  "indicatorValues",
                  "evidence",
                  "actions"
                ]
              },
              "InboxEntry": {
                "type": "object",
                "properties": {
                  "itemId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "itemNumber": {
                    "type": "string"
                  },
                  "itemTitle": {
                    "type": "string"
                  },
                  "unitId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "unitName": {
                    "type": "string"
                  },
                  "assignmentId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "assignmentVersion": {
                    "type": "integer"
                  },
                  "reportId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "period": {
                    "type": "string"
                  },
                  "dueDate": {
                    "type": "string",
                    "format": "date"
                  },
                  "state": {
                    "type": "string",
                    "enum": [
                      "draft",
                      "submitted",
                      "unit_approved",
                      "accepted",
                      "returned",
                      "evidence_requested"
                    ]
                  },
                  "late": {
                    "type": "boolean"
                  },
                  "at": {
                    "type": "string",
                    "description": "UTC timestamp, ISO 8601 with milliseconds."
                  }
                },
                "required": [
                  "itemId",
                  "itemNumber",
                  "itemTitle",
                  "unitId",
                  "unitName",
                  "late"
                ]
              },
              "Inbox": {
                "type": "object",
                "properties": {
                  "counts": {
                    "type": "object",
                    "additionalProperties": {
                      "type": "integer",
                      "minimum": 0
                    },
                    "description": "Entries per tab: sign, report, approve, review."
                  },
                  "total": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "toSign": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/InboxEntry"
                    }
                  },
                  "toReport": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/InboxEntry"
                    }
                  },
                  "toApprove": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/InboxEntry"
                    }
                  },
                  "toReview": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/InboxEntry"
                    }
                  }
                },
                "required": [
                  "counts",
                  "total",
                  "toSign",
                  "toReport",
                  "toApprove",
                  "toReview"
                ]
              },
              "Reporting": {
                "type": "object",
                "description": "A plan's reporting schedule and signing days.",
                "properties": {
                  "planId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "none",
                      "monthly",
                      "quarterly"
                    ]
                  },
                  "day": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 31
                  },
                  "dates": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "minItems": 4,
                    "maxItems": 4
                  },
                  "signDays": {
                    "type": "integer",
                    "minimum": 0,
                    "maximum": 60
                  },
                  "version": {
                    "type": "integer",
                    "minimum": 0
                  }
                },
                "required": [
                  "planId",
                  "kind",
                  "signDays",
                  "version"
                ]
              },
              "DigestLine": {
                "type": "object",
                "properties": {
                  "itemId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "itemNumber": {
                    "type": "string"
                  },
                  "itemTitle": {
                    "type": "string"
                  },
                  "unitName": {
                    "type": "string"
                  },
                  "detail": {
                    "type": "string"
                  },
                  "date": {
                    "type": "string"
                  }
                },
                "required": [
                  "itemId",
                  "itemNumber",
                  "itemTitle",
                  "unitName"
                ]
              },
              "DigestUnitLine": {
                "type": "object",
                "properties": {
                  "accepted": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "returned": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "overdue": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "outdated": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "unsigned": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "unitName": {
                    "type": "string"
                  }
                },
                "required": [
                  "unitName",
                  "accepted",
                  "returned",
                  "overdue",
                  "outdated",
                  "unsigned"
                ]
              },
              "Digest": {
                "type": "object",
                "properties": {
                  "from": {
                    "type": "string",
                    "format": "date"
                  },
                  "to": {
                    "type": "string",
                    "format": "date"
                  },
                  "accepted": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/DigestLine"
                    }
                  },
                  "returned": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/DigestLine"
                    }
                  },
                  "overdue": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/DigestLine"
                    }
                  },
                  "outdated": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/DigestLine"
                    }
                  },
                  "unsigned": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/DigestLine"
                    }
                  },
                  "perUnit": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/DigestUnitLine"
                    }
                  }
                },
                "required": [
                  "from",
                  "to",
                  "accepted",
                  "returned",
                  "overdue",
                  "outdated",
                  "unsigned",
                  "perUnit"
                ]
              },
              "AssignmentCreate": {
                "type": "object",
                "properties": {
                  "note": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 500,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "includeParticipants": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "description": "Also assign each participating unit, which then reports its own part. Not used when `unitIds` is given."
                  },
                  "unitIds": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "type": "integer",
                      "format": "int64"
                    },
                    "minItems": 1,
                    "description": "The units to assign, each the item's lead or one of its participating units; left out (or null), the lead and, with `includeParticipants`, every participating unit."
                  }
                },
                "description": "Optional fields may be null, which means left out."
              },
              "VersionInput": {
                "type": "object",
                "properties": {
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "description": "The version you read (optimistic locking): here or as `If-Match`; a stale version is refused with 409."
                  }
                },
                "required": [
                  "version"
                ],
                "description": "Optional fields may be null, which means left out."
              },
              "HandlerInput": {
                "type": "object",
                "properties": {
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "description": "The version you read (optimistic locking): here or as `If-Match`; a stale version is refused with 409."
                  },
                  "handlerName": {
                    "type": "string",
                    "maxLength": 100,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$"
                  },
                  "handlerUserId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64"
                  }
                },
                "required": [
                  "version",
                  "handlerName"
                ],
                "description": "Optional fields may be null, which means left out."
              },
              "ReportCreate": {
                "type": "object",
                "properties": {
                  "unitId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "description": "The filing unit; defaults to the user's unit."
                  },
                  "period": {
                    "type": "string",
                    "pattern": "^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])$",
                    "description": "2026-11 (month) or 2026-Q4 (quarter), of the kind the plan's schedule uses."
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "not_started",
                      "in_progress",
                      "partly_done",
                      "done",
                      "suspended"
                    ]
                  },
                  "percent": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 100
                  },
                  "narrative": {
                    "type": "string",
                    "maxLength": 5000,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$"
                  },
                  "problems": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 2000,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "nextSteps": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 2000,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "requestedDeadline": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "description": "Asks to move the deadline; becomes an amendment on acceptance (then deadlineReason is required)."
                  },
                  "deadlineReason": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 500,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "indicatorValues": {
                    "type": [
                      "object",
                      "null"
                    ],
                    "additionalProperties": {
                      "type": "string",
                      "maxLength": 100,
                      "pattern": "^[^\\u0000]*$"
                    },
                    "description": "Actual values by indicator id.",
                    "propertyNames": {
                      "pattern": "^[0-9]+$"
                    }
                  }
                },
                "required": [
                  "unitId",
                  "period",
                  "status",
                  "percent",
                  "narrative"
                ],
                "description": "Optional fields may be null, which means left out."
              },
              "ReportUpdate": {
                "type": "object",
                "properties": {
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "description": "The version you read (optimistic locking): here or as `If-Match`; a stale version is refused with 409."
                  },
                  "period": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])$",
                    "description": "2026-11 (month) or 2026-Q4 (quarter), of the kind the plan's schedule uses."
                  },
                  "status": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "enum": [
                      "not_started",
                      "in_progress",
                      "partly_done",
                      "done",
                      "suspended",
                      null
                    ]
                  },
                  "percent": {
                    "type": [
                      "number",
                      "null"
                    ],
                    "minimum": 0,
                    "maximum": 100
                  },
                  "narrative": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 5000,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$"
                  },
                  "problems": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 2000,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "nextSteps": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 2000,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "requestedDeadline": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date",
                    "description": "Asks to move the deadline; becomes an amendment on acceptance (then deadlineReason is required)."
                  },
                  "deadlineReason": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 500,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "indicatorValues": {
                    "type": [
                      "object",
                      "null"
                    ],
                    "additionalProperties": {
                      "type": "string",
                      "maxLength": 100,
                      "pattern": "^[^\\u0000]*$"
                    },
                    "description": "Actual values by indicator id.",
                    "propertyNames": {
                      "pattern": "^[0-9]+$"
                    }
                  }
                },
                "required": [
                  "version"
                ],
                "description": "Optional fields may be null, which means left out."
              },
              "ReviewInput": {
                "type": "object",
                "properties": {
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "description": "The version you read (optimistic locking): here or as `If-Match`; a stale version is refused with 409."
                  },
                  "action": {
                    "type": "string",
                    "enum": [
                      "submit",
                      "approve",
                      "accept",
                      "return",
                      "request_evidence"
                    ]
                  },
                  "comment": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 2000,
                    "description": "Required to return or to ask for evidence.",
                    "pattern": "^[^\\u0000]*$"
                  }
                },
                "required": [
                  "version",
                  "action"
                ],
                "description": "Optional fields may be null, which means left out."
              },
              "ReportingInput": {
                "type": "object",
                "properties": {
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "description": "The version you read (optimistic locking): here or as `If-Match`; a stale version is refused with 409."
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "none",
                      "monthly",
                      "quarterly"
                    ]
                  },
                  "day": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "minimum": 1,
                    "maximum": 31,
                    "description": "Monthly: the day of the month reports are due."
                  },
                  "dates": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "type": "string",
                      "pattern": "^(0?[1-9]|1[0-2])-(0?[1-9]|[12][0-9]|3[01])$"
                    },
                    "minItems": 4,
                    "maxItems": 4,
                    "description": "Quarterly: one month-day per quarter, in order (3-25, 6-25, 9-25, 12-20)."
                  },
                  "signDays": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "minimum": 0,
                    "maximum": 60
                  }
                },
                "required": [
                  "version",
                  "kind"
                ],
                "description": "Optional fields may be null, which means left out."
              },
              "Indicator": {
                "type": "object",
                "description": "An indicator of the item's expected results (指标).",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "itemId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "name": {
                    "type": "string"
                  },
                  "unitOfMeasure": {
                    "type": "string"
                  },
                  "baseline": {
                    "type": "string"
                  },
                  "target": {
                    "type": "string"
                  },
                  "position": {
                    "type": "integer",
                    "minimum": 1
                  },
                  "version": {
                    "type": "integer",
                    "minimum": 1,
                    "description": "Send it back with a change; a stale one gets 409."
                  }
                },
                "required": [
                  "id",
                  "itemId",
                  "name",
                  "unitOfMeasure",
                  "baseline",
                  "target",
                  "position",
                  "version"
                ]
              },
              "IndicatorList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Indicator"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "IndicatorCreate": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "maxLength": 100,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$"
                  },
                  "unitOfMeasure": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "baseline": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 100,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "target": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 100,
                    "pattern": "^[^\\u0000]*$"
                  }
                },
                "required": [
                  "name"
                ],
                "description": "Optional fields may be null, which means left out."
              },
              "IndicatorUpdate": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 100,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$"
                  },
                  "unitOfMeasure": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 20,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "baseline": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 100,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "target": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 100,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "description": "The version you read (optimistic locking): here or as `If-Match`; a stale version is refused with 409."
                  }
                },
                "description": "What to change in an indicator: the fields given change, the others stay. Optional fields may be null, which means left out.",
                "required": [
                  "version"
                ]
              }
            }
          }
        }
        """#
}

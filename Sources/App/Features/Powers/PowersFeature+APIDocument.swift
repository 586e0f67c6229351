extension PowersFeature {
    /// The register's part of the OpenAPI document.
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/power-decisions": {
              "get": {
                "operationId": "listPowerDecisions",
                "tags": [
                  "powers"
                ],
                "summary": "Decisions moving provincial powers (职权调整决定)",
                "description": "The decisions kept within the reader's jurisdiction and those kept above it, each with its handover deadline (the 30th working day after it).",
                "responses": {
                  "200": {
                    "description": "The decisions.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/PowerDecisionList"
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
                "operationId": "createPowerDecision",
                "tags": [
                  "powers"
                ],
                "summary": "Add a decision",
                "description": "By the office of the granting jurisdiction (or one above it) or an administrator. 422 when the jurisdiction is not in view, the title is missing, or the decision day is after today.",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/PowerDecisionInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The decision.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/PowerDecision"
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
            "/api/v1/power-decisions/{id}/import": {
              "post": {
                "operationId": "importPowers",
                "tags": [
                  "powers"
                ],
                "summary": "Import powers from a spreadsheet (dry run, then all or nothing)",
                "description": "An .xlsx or .csv (base64 in `content`) whose first row is the export's header (Chinese or English); one row per receiving city. `dryRun` (default true) checks every row and writes nothing (200). A commit writes every row in one transaction (201) or, when any row has a problem, none (422 with the same report). Each problem names its row and column.",
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
                        "$ref": "#/components/schemas/PowerImportInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The dry run's report.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/PowerImportReport"
                        }
                      }
                    }
                  },
                  "201": {
                    "description": "Imported.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/PowerImportReport"
                        }
                      }
                    }
                  },
                  "422": {
                    "description": "Problems found (the report), or no file content.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "oneOf": [
                            {
                              "$ref": "#/components/schemas/PowerImportReport"
                            },
                            {
                              "$ref": "#/components/schemas/Error"
                            }
                          ]
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
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/powers": {
              "get": {
                "operationId": "listPowers",
                "tags": [
                  "powers"
                ],
                "summary": "The register of delegated powers, filtered and paged",
                "description": "Powers whose receiving city the reader sees, one row per city, in decision and number order. A parameter that cannot be read is a 400 naming it.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/PowerFilter_decision"
                  },
                  {
                    "$ref": "#/components/parameters/PowerFilter_type"
                  },
                  {
                    "$ref": "#/components/parameters/PowerFilter_method"
                  },
                  {
                    "$ref": "#/components/parameters/PowerFilter_status"
                  },
                  {
                    "$ref": "#/components/parameters/PowerFilter_jurisdiction"
                  },
                  {
                    "$ref": "#/components/parameters/PowerFilter_q"
                  },
                  {
                    "name": "page",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "anyOf": [
                        {
                          "type": "integer",
                          "minimum": 1,
                          "maximum": 10000
                        },
                        {
                          "type": "string",
                          "maxLength": 0
                        }
                      ]
                    },
                    "description": "The page (50 rows each). Empty means any (a form's blank)."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "A page of powers.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/PowerPage"
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
                "operationId": "createPower",
                "tags": [
                  "powers"
                ],
                "summary": "Add a power to a decision",
                "description": "By the office keeping the decision. The handover deadline is computed from the decision's day (30 working days by the working-day calendar).",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/PowerInput"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The power.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Power"
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
            "/api/v1/power-export": {
              "get": {
                "operationId": "exportPowers",
                "tags": [
                  "powers"
                ],
                "summary": "The register as .xlsx or .csv",
                "description": "Every power the filters select (no paging), in the reader's language; the columns import back.",
                "parameters": [
                  {
                    "name": "format",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "enum": [
                        "xlsx",
                        "csv"
                      ]
                    },
                    "description": "xlsx (default) or csv."
                  },
                  {
                    "$ref": "#/components/parameters/PowerFilter_decision"
                  },
                  {
                    "$ref": "#/components/parameters/PowerFilter_type"
                  },
                  {
                    "$ref": "#/components/parameters/PowerFilter_method"
                  },
                  {
                    "$ref": "#/components/parameters/PowerFilter_status"
                  },
                  {
                    "$ref": "#/components/parameters/PowerFilter_jurisdiction"
                  },
                  {
                    "$ref": "#/components/parameters/PowerFilter_q"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The file.",
                    "content": {
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                        "schema": {
                          "type": "string",
                          "format": "binary"
                        }
                      },
                      "text/csv": {
                        "schema": {
                          "type": "string"
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
            "/api/v1/power-counts": {
              "get": {
                "operationId": "countPowers",
                "tags": [
                  "powers"
                ],
                "summary": "Counts by type and method as of a day",
                "description": "Over the filters (status aside): the powers decided by the day, handed over by then, in force on it (an entrusted one only within a term), not yet handed over and withdrawn; in total, by type and by method.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/PowerFilter_decision"
                  },
                  {
                    "$ref": "#/components/parameters/PowerFilter_type"
                  },
                  {
                    "$ref": "#/components/parameters/PowerFilter_method"
                  },
                  {
                    "$ref": "#/components/parameters/PowerFilter_status"
                  },
                  {
                    "$ref": "#/components/parameters/PowerFilter_jurisdiction"
                  },
                  {
                    "$ref": "#/components/parameters/PowerFilter_q"
                  },
                  {
                    "name": "as_of",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "anyOf": [
                        {
                          "type": "string",
                          "format": "date"
                        },
                        {
                          "type": "string",
                          "maxLength": 0
                        }
                      ]
                    },
                    "description": "The day the counts are taken as of (today when empty; not after today)."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The counts.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/PowerCounts"
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
            "/api/v1/powers/{id}": {
              "get": {
                "operationId": "getPower",
                "tags": [
                  "powers"
                ],
                "summary": "A power with its terms, evaluations and history",
                "description": "404 outside the reader's view.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The power.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Power"
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
                "operationId": "updatePower",
                "tags": [
                  "powers"
                ],
                "summary": "Edit a power's facts",
                "description": "Needs the version read (409 when stale). Dates change only through handover, renewal and withdrawal; a power handed over keeps its method.",
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
                        "allOf": [
                          {
                            "$ref": "#/components/schemas/PowerInput"
                          },
                          {
                            "type": "object",
                            "required": [
                              "version"
                            ],
                            "properties": {
                              "version": {
                                "type": "integer",
                                "format": "int64",
                                "maximum": 9223372036854775807,
                                "minimum": 0
                              }
                            }
                          }
                        ]
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The power.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Power"
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
                "operationId": "deletePower",
                "tags": [
                  "powers"
                ],
                "summary": "Delete a power",
                "description": "Deletes the power with its terms, evaluations, events and files, by whoever may edit it. Requires the version you read: `?version=` or `If-Match`. Refused with 409 `power_evaluated` while an evaluation round evaluates it.",
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
                    "description": "A stale version (`conflict`, with `currentVersion`), or the power is a subject of an evaluation round (`power_evaluated`).",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Error"
                        }
                      }
                    }
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/powers/{id}/handover": {
              "post": {
                "operationId": "handOverPower",
                "tags": [
                  "powers"
                ],
                "summary": "Record the handover (交接)",
                "description": "On a day not after today nor before the decision (today when blank). An entrusted power's first term starts then (or on termStart) and runs one year. 422 `power_handed_over` when already handed over, `power_withdrawn` when withdrawn.",
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
                        "$ref": "#/components/schemas/PowerHandoverInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The power.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Power"
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
            "/api/v1/powers/{id}/evaluations": {
              "post": {
                "operationId": "evaluatePower",
                "tags": [
                  "powers"
                ],
                "summary": "Record an effect evaluation (实施效果评估)",
                "description": "For a handed-over power (422 `power_not_handed_over` otherwise). JSON, or multipart/form-data with the same fields and one or more `report` files (the evaluation's reports): PDF, PNG/JPG, DOCX/XLSX/PPTX/DOC/XLS/WPS/OFD, checked by extension and content, at most 20 MB each (configurable); a refused file (422 naming `powerFile`) stores nothing, and a `report` part sent as a plain field instead of a file is 422 naming `report`.",
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
                        "$ref": "#/components/schemas/PowerEvaluationInput"
                      }
                    },
                    "multipart/form-data": {
                      "schema": {
                        "type": "object",
                        "properties": {
                          "evaluatedOn": {
                            "type": [
                              "string",
                              "null"
                            ],
                            "format": "date"
                          },
                          "conclusion": {
                            "type": "string",
                            "enum": [
                              "good",
                              "adequate",
                              "poor"
                            ]
                          },
                          "summary": {
                            "type": [
                              "string",
                              "null"
                            ],
                            "maxLength": 4000,
                            "pattern": "^[^\\u0000]*$"
                          },
                          "report": {
                            "type": "array",
                            "items": {
                              "type": "string",
                              "format": "binary"
                            }
                          }
                        },
                        "required": [
                          "conclusion"
                        ]
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The power with its evaluations.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Power"
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
            "/api/v1/powers/{id}/renewal": {
              "post": {
                "operationId": "renewPower",
                "tags": [
                  "powers"
                ],
                "summary": "Renew an entrusted power for a year",
                "description": "Refused (422 `power_renewal_needs_evaluation`) without an effect evaluation recorded in the current term and not used by an earlier renewal; 422 `power_renewal_evaluation_poor` when that evaluation found it poor; `power_not_entrusted` for a devolved power. The new term follows the current one, or starts on effectiveOn when the term has ended.",
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
                        "$ref": "#/components/schemas/PowerDatedInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The power.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Power"
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
            "/api/v1/powers/{id}/withdrawal": {
              "post": {
                "operationId": "withdrawPower",
                "tags": [
                  "powers"
                ],
                "summary": "Withdraw a power (收回)",
                "description": "On effectiveOn (today when blank), not after today.",
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
                        "$ref": "#/components/schemas/PowerDatedInput"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The power.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Power"
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
            "/api/v1/power-decisions/{id}": {
              "delete": {
                "operationId": "deletePowerDecision",
                "tags": [
                  "powers"
                ],
                "summary": "Delete a decision",
                "description": "A decision entered by mistake, by whoever may edit its powers. Refused with 409 `power_decision_has_powers` while it still has powers: delete those first (each with its own history).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
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
                    "description": "The decision still has powers: `power_decision_has_powers`.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Error"
                        }
                      }
                    }
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/powers/{id}/agreements": {
              "post": {
                "operationId": "uploadPowerAgreements",
                "tags": [
                  "powers"
                ],
                "summary": "Upload entrustment agreements (委托协议)",
                "description": "multipart/form-data, one or more parts named `agreement`: PDF, PNG/JPG, DOCX/XLSX/PPTX/DOC/XLS/WPS/OFD, checked by extension and content (the evidence checker); at most 20 MB each (configurable), five files' worth per request (413 beyond). A refused file (422 naming `powerFile`) stores nothing. By whoever may edit the power.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": true,
                  "content": {
                    "multipart/form-data": {
                      "schema": {
                        "type": "object",
                        "properties": {
                          "agreement": {
                            "type": "array",
                            "items": {
                              "type": "string",
                              "format": "binary"
                            }
                          }
                        },
                        "required": [
                          "agreement"
                        ]
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The power's stored documents, the new ones included.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/PowerFileList"
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
            "/api/v1/powers/{id}/files": {
              "get": {
                "operationId": "listPowerFiles",
                "tags": [
                  "powers"
                ],
                "summary": "A power's stored documents",
                "description": "Its entrustment agreements and its evaluations' reports, oldest first. 404 outside the reader's view.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The documents.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/PowerFileList"
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
            "schemas": {
              "PowerDecision": {
                "type": "object",
                "required": [
                  "id",
                  "jurisdictionId",
                  "docNumber",
                  "title",
                  "decidedOn",
                  "announcedOn",
                  "handoverDeadline",
                  "version"
                ],
                "properties": {
                  "id": {
                    "type": "integer"
                  },
                  "jurisdictionId": {
                    "type": "integer"
                  },
                  "docNumber": {
                    "type": "string"
                  },
                  "title": {
                    "type": "string"
                  },
                  "decidedOn": {
                    "type": "string",
                    "format": "date"
                  },
                  "announcedOn": {
                    "type": "string",
                    "format": "date"
                  },
                  "handoverDeadline": {
                    "type": "string",
                    "format": "date",
                    "description": "The 30th working day after the decision."
                  },
                  "version": {
                    "type": "integer"
                  }
                }
              },
              "PowerDecisionList": {
                "type": "object",
                "required": [
                  "items"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/PowerDecision"
                    }
                  }
                }
              },
              "PowerDecisionInput": {
                "type": "object",
                "required": [
                  "jurisdictionId",
                  "title",
                  "decidedOn"
                ],
                "properties": {
                  "jurisdictionId": {
                    "type": "integer",
                    "minimum": 1,
                    "format": "int64",
                    "maximum": 9223372036854775807
                  },
                  "docNumber": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "title": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$"
                  },
                  "decidedOn": {
                    "type": "string",
                    "format": "date"
                  },
                  "announcedOn": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  }
                }
              },
              "PowerTerm": {
                "type": "object",
                "required": [
                  "termStart",
                  "termEnd"
                ],
                "properties": {
                  "termStart": {
                    "type": "string",
                    "format": "date"
                  },
                  "termEnd": {
                    "type": "string",
                    "format": "date"
                  },
                  "evaluationId": {
                    "type": [
                      "integer",
                      "null"
                    ]
                  }
                }
              },
              "PowerEvaluation": {
                "type": "object",
                "required": [
                  "id",
                  "evaluatedOn",
                  "conclusion",
                  "summary",
                  "actor"
                ],
                "properties": {
                  "id": {
                    "type": "integer"
                  },
                  "evaluatedOn": {
                    "type": "string",
                    "format": "date"
                  },
                  "conclusion": {
                    "type": "string",
                    "enum": [
                      "good",
                      "adequate",
                      "poor"
                    ]
                  },
                  "summary": {
                    "type": "string"
                  },
                  "actor": {
                    "type": "string"
                  }
                }
              },
              "PowerEvent": {
                "type": "object",
                "required": [
                  "action",
                  "effectiveOn",
                  "note",
                  "actor"
                ],
                "properties": {
                  "action": {
                    "type": "string",
                    "enum": [
                      "create",
                      "handover",
                      "evaluation",
                      "renewal",
                      "withdrawal"
                    ]
                  },
                  "effectiveOn": {
                    "type": "string",
                    "format": "date"
                  },
                  "note": {
                    "type": "string"
                  },
                  "actor": {
                    "type": "string"
                  }
                }
              },
              "Power": {
                "type": "object",
                "required": [
                  "id",
                  "decisionId",
                  "jurisdictionId",
                  "number",
                  "name",
                  "powerType",
                  "method",
                  "grantingDepartment",
                  "receivingDepartment",
                  "legalBasis",
                  "handoverDeadline",
                  "renewals",
                  "status",
                  "remarks",
                  "version"
                ],
                "properties": {
                  "id": {
                    "type": "integer"
                  },
                  "decisionId": {
                    "type": "integer"
                  },
                  "jurisdictionId": {
                    "type": "integer"
                  },
                  "number": {
                    "type": "integer"
                  },
                  "name": {
                    "type": "string"
                  },
                  "powerType": {
                    "type": "string",
                    "enum": [
                      "licensing",
                      "penalty",
                      "compulsion",
                      "levy",
                      "payment",
                      "inspection",
                      "confirmation",
                      "reward",
                      "adjudication",
                      "other"
                    ]
                  },
                  "method": {
                    "type": "string",
                    "enum": [
                      "devolve",
                      "entrust"
                    ]
                  },
                  "grantingDepartment": {
                    "type": "string"
                  },
                  "receivingDepartment": {
                    "type": "string"
                  },
                  "legalBasis": {
                    "type": "string"
                  },
                  "handoverDeadline": {
                    "type": "string",
                    "format": "date"
                  },
                  "handedOverOn": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "termStart": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "termEnd": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "renewals": {
                    "type": "integer"
                  },
                  "withdrawnOn": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "pending",
                      "overdue",
                      "in_force",
                      "renewed",
                      "expired",
                      "withdrawn"
                    ]
                  },
                  "remarks": {
                    "type": "string"
                  },
                  "terms": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/PowerTerm"
                    }
                  },
                  "evaluations": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/PowerEvaluation"
                    }
                  },
                  "events": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/PowerEvent"
                    }
                  },
                  "version": {
                    "type": "integer"
                  }
                }
              },
              "PowerPage": {
                "type": "object",
                "required": [
                  "items",
                  "total",
                  "page",
                  "pageSize",
                  "hasNext"
                ],
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Power"
                    }
                  },
                  "total": {
                    "type": "integer"
                  },
                  "page": {
                    "type": "integer"
                  },
                  "pageSize": {
                    "type": "integer"
                  },
                  "hasNext": {
                    "type": "boolean"
                  }
                }
              },
              "PowerInput": {
                "type": "object",
                "required": [
                  "jurisdictionId",
                  "number",
                  "name",
                  "powerType",
                  "method"
                ],
                "properties": {
                  "decisionId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "minimum": 1,
                    "format": "int64",
                    "maximum": 9223372036854775807,
                    "description": "Required on POST."
                  },
                  "jurisdictionId": {
                    "type": "integer",
                    "minimum": 1,
                    "format": "int64",
                    "maximum": 9223372036854775807
                  },
                  "number": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 99999
                  },
                  "name": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 4000,
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$"
                  },
                  "powerType": {
                    "type": "string",
                    "enum": [
                      "licensing",
                      "penalty",
                      "compulsion",
                      "levy",
                      "payment",
                      "inspection",
                      "confirmation",
                      "reward",
                      "adjudication",
                      "other"
                    ]
                  },
                  "method": {
                    "type": "string",
                    "enum": [
                      "devolve",
                      "entrust"
                    ]
                  },
                  "grantingDepartment": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "receivingDepartment": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 200,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "legalBasis": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 4000,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "remarks": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 4000,
                    "pattern": "^[^\\u0000]*$"
                  }
                }
              },
              "PowerHandoverInput": {
                "type": "object",
                "required": [
                  "version"
                ],
                "properties": {
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "maximum": 9223372036854775807,
                    "minimum": 0
                  },
                  "handedOverOn": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "termStart": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "note": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 4000,
                    "pattern": "^[^\\u0000]*$"
                  }
                }
              },
              "PowerEvaluationInput": {
                "type": "object",
                "required": [
                  "conclusion"
                ],
                "properties": {
                  "evaluatedOn": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "conclusion": {
                    "type": "string",
                    "enum": [
                      "good",
                      "adequate",
                      "poor"
                    ]
                  },
                  "summary": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 4000,
                    "pattern": "^[^\\u0000]*$"
                  }
                }
              },
              "PowerDatedInput": {
                "type": "object",
                "required": [
                  "version"
                ],
                "properties": {
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "maximum": 9223372036854775807,
                    "minimum": 0
                  },
                  "effectiveOn": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "note": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 4000,
                    "pattern": "^[^\\u0000]*$"
                  }
                }
              },
              "PowerImportInput": {
                "type": "object",
                "required": [
                  "content"
                ],
                "properties": {
                  "filename": {
                    "type": "string",
                    "pattern": "^[^\\u0000]*$",
                    "maxLength": 200,
                    "description": "Ends in .csv for a CSV file; anything else is read as .xlsx."
                  },
                  "content": {
                    "type": "string",
                    "contentEncoding": "base64",
                    "minLength": 4,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "dryRun": {
                    "type": "boolean",
                    "default": true
                  }
                }
              },
              "PowerImportReport": {
                "type": "object",
                "required": [
                  "dryRun",
                  "rows",
                  "created",
                  "problems"
                ],
                "properties": {
                  "dryRun": {
                    "type": "boolean"
                  },
                  "rows": {
                    "type": "integer"
                  },
                  "created": {
                    "type": "integer"
                  },
                  "problems": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/AuthorizationImportProblem"
                    }
                  }
                }
              },
              "PowerCount": {
                "type": "object",
                "required": [
                  "total",
                  "handedOver",
                  "inForce",
                  "pending",
                  "withdrawn"
                ],
                "properties": {
                  "key": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "total": {
                    "type": "integer"
                  },
                  "handedOver": {
                    "type": "integer"
                  },
                  "inForce": {
                    "type": "integer"
                  },
                  "pending": {
                    "type": "integer"
                  },
                  "withdrawn": {
                    "type": "integer"
                  }
                }
              },
              "PowerCounts": {
                "type": "object",
                "required": [
                  "asOf",
                  "all",
                  "byType",
                  "byMethod"
                ],
                "properties": {
                  "asOf": {
                    "type": "string",
                    "format": "date"
                  },
                  "all": {
                    "$ref": "#/components/schemas/PowerCount"
                  },
                  "byType": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/PowerCount"
                    }
                  },
                  "byMethod": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/PowerCount"
                    }
                  }
                }
              },
              "PowerFile": {
                "type": "object",
                "description": "A stored document of a power: an entrustment agreement (委托协议) or an effect evaluation's report, stored under its SHA-256.",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "agreement",
                      "evaluation"
                    ]
                  },
                  "evaluationId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1,
                    "description": "The evaluation a report belongs to; null for an agreement."
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
                  "kind",
                  "originalName",
                  "contentType",
                  "size",
                  "sha256",
                  "uploadedBy",
                  "uploadedAt"
                ]
              },
              "PowerFileList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/PowerFile"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              }
            },
            "parameters": {
              "PowerFilter_decision": {
                "description": "A decision's id. Empty means any (a form's blank).",
                "in": "query",
                "name": "decision",
                "required": false,
                "schema": {
                  "anyOf": [
                    {
                      "format": "int64",
                      "maximum": 9223372036854775807,
                      "minimum": 1,
                      "type": "integer"
                    },
                    {
                      "maxLength": 0,
                      "type": "string"
                    }
                  ]
                }
              },
              "PowerFilter_type": {
                "description": "A power type (also its Chinese name, e.g. 许可).",
                "in": "query",
                "name": "type",
                "required": false,
                "schema": {
                  "enum": [
                    "",
                    "licensing",
                    "penalty",
                    "compulsion",
                    "levy",
                    "payment",
                    "inspection",
                    "confirmation",
                    "reward",
                    "adjudication",
                    "other"
                  ],
                  "type": "string"
                }
              },
              "PowerFilter_method": {
                "description": "Devolved (下放) or entrusted (委托).",
                "in": "query",
                "name": "method",
                "required": false,
                "schema": {
                  "enum": [
                    "",
                    "devolve",
                    "entrust"
                  ],
                  "type": "string"
                }
              },
              "PowerFilter_status": {
                "description": "The status on today, derived from the power's dates.",
                "in": "query",
                "name": "status",
                "required": false,
                "schema": {
                  "enum": [
                    "",
                    "pending",
                    "overdue",
                    "in_force",
                    "renewed",
                    "expired",
                    "withdrawn"
                  ],
                  "type": "string"
                }
              },
              "PowerFilter_jurisdiction": {
                "description": "The receiving city: it and those below it (404 outside the reader's view). Empty means any (a form's blank).",
                "in": "query",
                "name": "jurisdiction",
                "required": false,
                "schema": {
                  "anyOf": [
                    {
                      "format": "int64",
                      "maximum": 9223372036854775807,
                      "minimum": 1,
                      "type": "integer"
                    },
                    {
                      "maxLength": 0,
                      "type": "string"
                    }
                  ]
                }
              },
              "PowerFilter_q": {
                "description": "Words in the name, a department or the legal basis.",
                "in": "query",
                "name": "q",
                "required": false,
                "schema": {
                  "maxLength": 100,
                  "pattern": "^[^\\u0000]*$",
                  "type": "string"
                }
              }
            }
          }
        }
        """#
}

extension ImportFeature {
    /// The feature's part of the OpenAPI document: its paths and the schemas only it uses. Merged with the others
    /// at start (`OpenAPIDocument`); a path, operation or schema that two parts define fails the start and a test.
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/imports": {
              "get": {
                "operationId": "listImports",
                "tags": [
                  "imports"
                ],
                "summary": "List imports",
                "description": "Import batches, newest first.",
                "parameters": [
                  {
                    "name": "limit",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1,
                      "maximum": 1000
                    },
                    "description": "At most this many (default 200)."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The imports.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ImportList"
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
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              },
              "post": {
                "operationId": "createImport",
                "tags": [
                  "imports"
                ],
                "summary": "Start an import (dry run)",
                "description": "Reads a plan document (text, .docx, a .pdf with a text layer, .doc or .wps) into items, matches the units it names against the units the plan may name, and stores a draft with a problem report (every problem with its line, or sheet, row and column). Nothing else is written. Bodies up to 96 MB.",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/ImportCreate"
                      },
                      "example": {
                        "text": "一、深化营商环境改革\n（一）推进国家营商环境创新试点城市建设。2022年10月底前完成。（牵头单位：市发展改革委；责任单位：市司法局）",
                        "target": {
                          "mode": "newPlan",
                          "jurisdictionId": 1,
                          "title": "广州市2022年全面深化改革工作要点"
                        }
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The draft with its report.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ImportDetail"
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
            "/api/v1/imports/{id}": {
              "get": {
                "operationId": "getImport",
                "tags": [
                  "imports"
                ],
                "summary": "Get an import",
                "description": "The batch with its report, unit choices and a page of its items.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  },
                  {
                    "name": "offset",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 0
                    },
                    "description": "First item (default 0)."
                  },
                  {
                    "name": "limit",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1,
                      "maximum": 5000
                    },
                    "description": "Items per page (default 500)."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The import.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ImportDetail"
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
              "patch": {
                "operationId": "updateImport",
                "tags": [
                  "imports"
                ],
                "summary": "Correct a draft import",
                "description": "Edits extracted items, chooses a unit for an unknown name or marks it to be created, changes a new plan's facts; the report is checked again. Requires the version you read.",
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
                        "$ref": "#/components/schemas/ImportUpdate"
                      },
                      "example": {
                        "version": 1,
                        "units": [
                          {
                            "name": "市委督查室",
                            "create": true
                          }
                        ],
                        "items": [
                          {
                            "key": 3,
                            "deadline": "2022年底前"
                          }
                        ]
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "The corrected draft.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ImportDetail"
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
                "operationId": "discardImport",
                "tags": [
                  "imports"
                ],
                "summary": "Discard a draft import",
                "description": "Deletes a draft; a committed or undone import is kept (422).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "Discarded.",
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
                  "422": {
                    "$ref": "#/components/responses/ValidationFailed"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/imports/{id}/commit": {
              "post": {
                "operationId": "commitImport",
                "tags": [
                  "imports"
                ],
                "summary": "Commit a draft import",
                "description": "Writes the plan (when new), the units marked to be created and every item in one transaction, then rolls progress up. Any failure writes nothing. A draft whose report has errors, or that is not a draft, is a 422. A draft of more than 2,000 items is committed by the job worker: the answer is 202 with the queued job (follow `GET /api/v1/jobs/{id}`, named in `Location`; when it has succeeded its `link` names the import).",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The committed import.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ImportDetail"
                        }
                      }
                    }
                  },
                  "202": {
                    "description": "A draft of more than 2,000 items: the commit is queued as a job.",
                    "headers": {
                      "Location": {
                        "description": "The job, /api/v1/jobs/{id}.",
                        "schema": {
                          "type": "string"
                        }
                      }
                    },
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Job"
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
                  "422": {
                    "$ref": "#/components/responses/ValidationFailed"
                  },
                  "500": {
                    "$ref": "#/components/responses/InternalError"
                  }
                }
              }
            },
            "/api/v1/imports/{id}/undo": {
              "post": {
                "operationId": "undoImport",
                "tags": [
                  "imports"
                ],
                "summary": "Undo a committed import",
                "description": "Removes exactly what the commit created: its items (and the plan, when it created one) and the units it created that nothing else uses. If items were edited since, it is a 422 `import_edited_since` unless `confirm` is true.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "requestBody": {
                  "required": false,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/ImportUndo"
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "What was removed.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/ImportUndoResult"
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
            }
          },
          "components": {
            "schemas": {
              "ImportTargetInput": {
                "type": "object",
                "properties": {
                  "mode": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "enum": [
                      "newPlan",
                      "existingPlan",
                      null
                    ],
                    "description": "newPlan (default, unless planId is given) or existingPlan."
                  },
                  "jurisdictionId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1,
                    "description": "newPlan: the jurisdiction of the new plan (required)."
                  },
                  "planId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1,
                    "description": "existingPlan: the plan to append to (required)."
                  },
                  "parentItemId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1,
                    "description": "existingPlan: the item to append under; null for the plan's top level."
                  },
                  "title": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "description": "newPlan: the plan's title; blank takes the title found in the document.",
                    "maxLength": 300
                  },
                  "docNumber": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "description": "newPlan: 文号, e.g. 穗府〔2021〕3号; blank takes the one found in the document.",
                    "maxLength": 100
                  },
                  "issuer": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "description": "newPlan: issuing body; blank takes the one found in the document.",
                    "maxLength": 200
                  },
                  "issueDate": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "description": "newPlan: YYYY-MM-DD; its year is the year 年底前 and 上半年 refer to. Anything else is a 422.",
                    "maxLength": 40
                  },
                  "levelNames": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "description": "newPlan: level names joined by / (default 领域/任务/举措/节点).",
                    "maxLength": 200
                  },
                  "defaultLeadUnitId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1,
                    "description": "The lead unit of items whose source names none; must be a unit the plan may name."
                  },
                  "applyReporting": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "description": "Whether the commit sets the plan's reporting schedule to the one the covering notice names (`detected.reportingSchedule`). A new draft has it true for a new plan when the notice names a schedule, false otherwise; a correction that leaves it out keeps the draft's choice."
                  }
                },
                "required": [],
                "description": "Where the imported items go."
              },
              "ImportCreate": {
                "type": "object",
                "properties": {
                  "kind": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "enum": [
                      "xlsx",
                      "csv",
                      "text",
                      "docx",
                      "pdf",
                      "doc",
                      "wps",
                      null
                    ],
                    "description": "The kind of file; taken from filename when left out; text when `text` is given."
                  },
                  "text": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "description": "The plan as text (UTF-8): pasted from the document, or a table copied from a spreadsheet (tab-separated). Give this or `content`."
                  },
                  "content": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "contentEncoding": "base64",
                    "pattern": "^[A-Za-z0-9+/\\s]*={0,2}\\s*$",
                    "description": "The file, base64-encoded (.docx, .xlsx, .csv, UTF-8 .txt, a .pdf with a text layer, .doc or .wps when LibreOffice is installed). Give this or `text`; both, or bytes that are not valid base64, are a 422."
                  },
                  "filename": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "description": "The file's name, shown in the list of imports.",
                    "maxLength": 200
                  },
                  "target": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/ImportTargetInput"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  }
                },
                "required": [],
                "description": "A dry run: reads the source, matches units, and stores a draft with its problem report. Nothing else is written."
              },
              "ImportItemCorrection": {
                "type": "object",
                "properties": {
                  "key": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 0,
                    "description": "The item's `key` in the draft."
                  },
                  "number": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "description": "The outline number as written."
                  },
                  "title": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "description": "Title."
                  },
                  "content": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "description": "Content."
                  },
                  "lead": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "description": "The lead unit's name as it should read (matched again); blank for none."
                  },
                  "participants": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "type": "string",
                      "pattern": "^[^\\u0000]*$"
                    },
                    "description": "Participating units' names (matched again)."
                  },
                  "leader": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "description": "Responsible leader."
                  },
                  "deadline": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*$",
                    "description": "The deadline in words or as YYYY-MM-DD (2022年10月底前, 上半年, 长期坚持 …), read like a 完成时限 cell."
                  },
                  "remove": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "description": "Leave the item and everything below it out of the import."
                  }
                },
                "required": [
                  "key"
                ],
                "description": "A change to one extracted item; fields left out or null are kept."
              },
              "ImportUnitCorrection": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "pattern": "^[^\\u0000]*$",
                    "description": "The unit name as written in the source (a `units[].name` of the draft)."
                  },
                  "unitId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1,
                    "description": "The known unit it means."
                  },
                  "create": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "description": "Create a unit of this name in the import's jurisdiction when committing."
                  }
                },
                "required": [
                  "name"
                ],
                "description": "How one written unit name is resolved."
              },
              "ImportUpdate": {
                "type": "object",
                "properties": {
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "description": "The draft's version you read; or the `If-Match` header. Without either the request is a 400; a stale one a 409."
                  },
                  "target": {
                    "oneOf": [
                      {
                        "$ref": "#/components/schemas/ImportTargetInput"
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "items": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "$ref": "#/components/schemas/ImportItemCorrection"
                    }
                  },
                  "units": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "$ref": "#/components/schemas/ImportUnitCorrection"
                    }
                  }
                },
                "required": [
                  "version"
                ],
                "description": "Corrections to a draft; the report is checked again. The target's mode and plan cannot change."
              },
              "ImportUndo": {
                "type": "object",
                "properties": {
                  "confirm": {
                    "type": [
                      "boolean",
                      "null"
                    ],
                    "description": "Undo even though items were edited since the import (they are removed too). Without it such an undo is a 422 `import_edited_since`."
                  }
                },
                "required": [],
                "description": "Options of an undo."
              },
              "ImportSuggestion": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "name": {
                    "type": "string"
                  },
                  "score": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1,
                    "description": "Similarity, 0…1."
                  }
                },
                "required": [
                  "id",
                  "name",
                  "score"
                ],
                "description": "A known unit close to a written name."
              },
              "ImportProblem": {
                "type": "object",
                "properties": {
                  "severity": {
                    "type": "string",
                    "enum": [
                      "error",
                      "warning"
                    ],
                    "description": "Errors block the commit; warnings do not."
                  },
                  "code": {
                    "type": "string",
                    "description": "unknown_unit, ambiguous_unit, missing_unit, bad_deadline, no_lead, collective_lead, empty_title, too_long, too_many, target, no_items, document (a note of the document reader), auto_numbering, header."
                  },
                  "itemKey": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 0
                  },
                  "sheet": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Spreadsheet: the sheet."
                  },
                  "row": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1,
                    "description": "Spreadsheet: the row number."
                  },
                  "column": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Spreadsheet: the column letter."
                  },
                  "line": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1,
                    "description": "Document: the 1-based line."
                  },
                  "field": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The item field concerned."
                  },
                  "message": {
                    "type": "string",
                    "description": "In the language of the request."
                  },
                  "messageZh": {
                    "type": "string"
                  },
                  "messageEn": {
                    "type": "string"
                  },
                  "unitName": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "Unit problems: the name as written."
                  },
                  "suggestions": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/ImportSuggestion"
                    },
                    "description": "Unit problems: the closest known units, best first."
                  }
                },
                "required": [
                  "severity",
                  "code",
                  "itemKey",
                  "sheet",
                  "row",
                  "column",
                  "line",
                  "field",
                  "message",
                  "messageZh",
                  "messageEn",
                  "unitName",
                  "suggestions"
                ],
                "description": "One line of the dry-run report, with where it is."
              },
              "ImportUnitChoice": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string"
                  },
                  "resolution": {
                    "type": "string",
                    "enum": [
                      "exact",
                      "short",
                      "normalized",
                      "ambiguous",
                      "unknown",
                      "chosen",
                      "create"
                    ]
                  },
                  "unitId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1
                  },
                  "unitName": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "suggestions": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/ImportSuggestion"
                    }
                  }
                },
                "required": [
                  "name",
                  "resolution",
                  "unitId",
                  "unitName",
                  "suggestions"
                ],
                "description": "How a unit name written in the source is resolved."
              },
              "ImportItem": {
                "type": "object",
                "properties": {
                  "key": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 0
                  },
                  "parent": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 0
                  },
                  "depth": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 0
                  },
                  "number": {
                    "type": "string"
                  },
                  "title": {
                    "type": "string"
                  },
                  "content": {
                    "type": "string"
                  },
                  "lead": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "participants": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    }
                  },
                  "collective": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Groups named as taking part (各区、各有关单位): kept in the remarks."
                  },
                  "leader": {
                    "type": "string"
                  },
                  "person": {
                    "type": "string"
                  },
                  "handler": {
                    "type": "string"
                  },
                  "expectedResults": {
                    "type": "string"
                  },
                  "policyDocuments": {
                    "type": "string"
                  },
                  "remarks": {
                    "type": "string"
                  },
                  "status": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "deadlineText": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "description": "The deadline as written."
                  },
                  "deadline": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "format": "date"
                  },
                  "deadlineError": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "sheet": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "row": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64"
                  },
                  "firstLine": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64"
                  },
                  "lastLine": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64"
                  },
                  "source": {
                    "type": "string",
                    "description": "The source paragraph or row."
                  }
                },
                "required": [
                  "key",
                  "parent",
                  "depth",
                  "number",
                  "title",
                  "content",
                  "lead",
                  "participants",
                  "collective",
                  "leader",
                  "person",
                  "handler",
                  "expectedResults",
                  "policyDocuments",
                  "remarks",
                  "status",
                  "deadlineText",
                  "deadline",
                  "deadlineError",
                  "sheet",
                  "row",
                  "firstLine",
                  "lastLine",
                  "source"
                ],
                "description": "An item as extracted, with corrections."
              },
              "ImportSummary": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "draft",
                      "committed",
                      "undone"
                    ]
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "xlsx",
                      "csv",
                      "text",
                      "docx",
                      "pdf",
                      "doc",
                      "wps"
                    ]
                  },
                  "filename": {
                    "type": "string"
                  },
                  "plan": {
                    "oneOf": [
                      {
                        "type": "object",
                        "properties": {
                          "id": {
                            "type": "integer",
                            "format": "int64",
                            "minimum": 1
                          }
                        },
                        "required": [
                          "id"
                        ],
                        "description": "The plan created or appended to (its id)."
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "jurisdictionId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "createdPlan": {
                    "type": "boolean"
                  },
                  "itemCount": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 0
                  },
                  "newUnitCount": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 0
                  },
                  "errorCount": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 0
                  },
                  "warningCount": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 0
                  },
                  "actor": {
                    "type": "string"
                  },
                  "createdAt": {
                    "type": "string"
                  },
                  "committedAt": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "undoneAt": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  }
                },
                "required": [
                  "id",
                  "status",
                  "kind",
                  "filename",
                  "plan",
                  "jurisdictionId",
                  "createdPlan",
                  "itemCount",
                  "newUnitCount",
                  "errorCount",
                  "warningCount",
                  "actor",
                  "createdAt",
                  "committedAt",
                  "undoneAt",
                  "version"
                ],
                "description": "An import batch."
              },
              "ImportDetail": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "draft",
                      "committed",
                      "undone"
                    ]
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "xlsx",
                      "csv",
                      "text",
                      "docx",
                      "pdf",
                      "doc",
                      "wps"
                    ]
                  },
                  "filename": {
                    "type": "string"
                  },
                  "plan": {
                    "oneOf": [
                      {
                        "type": "object",
                        "properties": {
                          "id": {
                            "type": "integer",
                            "format": "int64",
                            "minimum": 1
                          }
                        },
                        "required": [
                          "id"
                        ],
                        "description": "The plan created or appended to (its id)."
                      },
                      {
                        "type": "null"
                      }
                    ]
                  },
                  "jurisdictionId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "createdPlan": {
                    "type": "boolean"
                  },
                  "itemCount": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 0
                  },
                  "newUnitCount": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 0
                  },
                  "errorCount": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 0
                  },
                  "warningCount": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 0
                  },
                  "actor": {
                    "type": "string"
                  },
                  "createdAt": {
                    "type": "string"
                  },
                  "committedAt": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "undoneAt": {
                    "type": [
                      "string",
                      "null"
                    ]
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  },
                  "canCommit": {
                    "type": "boolean",
                    "description": "A draft without errors."
                  },
                  "planYear": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "target": {
                    "type": "object",
                    "properties": {
                      "mode": {
                        "type": "string",
                        "enum": [
                          "newPlan",
                          "existingPlan"
                        ]
                      },
                      "jurisdictionId": {
                        "type": [
                          "integer",
                          "null"
                        ],
                        "format": "int64"
                      },
                      "planId": {
                        "type": [
                          "integer",
                          "null"
                        ],
                        "format": "int64"
                      },
                      "parentItemId": {
                        "type": [
                          "integer",
                          "null"
                        ],
                        "format": "int64"
                      },
                      "title": {
                        "type": "string"
                      },
                      "docNumber": {
                        "type": "string"
                      },
                      "issuer": {
                        "type": "string"
                      },
                      "issueDate": {
                        "type": "string"
                      },
                      "levelNames": {
                        "type": "string"
                      },
                      "defaultLeadUnitId": {
                        "type": [
                          "integer",
                          "null"
                        ],
                        "format": "int64"
                      },
                      "applyReporting": {
                        "type": "boolean",
                        "description": "The commit sets the plan's reporting schedule to `detected.reportingSchedule`."
                      }
                    },
                    "required": [
                      "mode",
                      "jurisdictionId",
                      "planId",
                      "parentItemId",
                      "title",
                      "docNumber",
                      "issuer",
                      "issueDate",
                      "levelNames",
                      "defaultLeadUnitId",
                      "applyReporting"
                    ],
                    "description": "Where the items go."
                  },
                  "detected": {
                    "type": "object",
                    "properties": {
                      "title": {
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "docNumber": {
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "issuer": {
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "issueDate": {
                        "type": [
                          "string",
                          "null"
                        ]
                      },
                      "reporting": {
                        "type": [
                          "string",
                          "null"
                        ],
                        "description": "What the covering notice asks about reporting, as written (“4月10日、7月10日、10月10日前报送”)."
                      },
                      "reportingSchedule": {
                        "type": [
                          "object",
                          "null"
                        ],
                        "description": "The schedule read from `reporting`, in the form of the plan's reporting settings; null when none could be read.",
                        "properties": {
                          "kind": {
                            "type": "string",
                            "enum": [
                              "monthly",
                              "quarterly"
                            ]
                          },
                          "day": {
                            "type": [
                              "integer",
                              "null"
                            ]
                          },
                          "dates": {
                            "type": [
                              "array",
                              "null"
                            ],
                            "items": {
                              "type": "string"
                            }
                          }
                        },
                        "required": [
                          "kind",
                          "day",
                          "dates"
                        ]
                      }
                    },
                    "required": [
                      "title",
                      "docNumber",
                      "issuer",
                      "issueDate",
                      "reporting",
                      "reportingSchedule"
                    ],
                    "description": "What the document says about the plan."
                  },
                  "problems": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/ImportProblem"
                    }
                  },
                  "units": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/ImportUnitChoice"
                    }
                  },
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/ImportItem"
                    },
                    "description": "A page of the items (`offset`, `limit`)."
                  },
                  "itemOffset": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 0
                  },
                  "skipped": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Paragraphs not read as items (covering notice, preamble, copy-to)."
                  }
                },
                "required": [
                  "id",
                  "status",
                  "kind",
                  "filename",
                  "plan",
                  "jurisdictionId",
                  "createdPlan",
                  "itemCount",
                  "newUnitCount",
                  "errorCount",
                  "warningCount",
                  "actor",
                  "createdAt",
                  "committedAt",
                  "undoneAt",
                  "version",
                  "canCommit",
                  "planYear",
                  "target",
                  "detected",
                  "problems",
                  "units",
                  "items",
                  "itemOffset",
                  "skipped"
                ],
                "description": "An import with its report, unit choices and items."
              },
              "ImportList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/ImportSummary"
                    }
                  }
                },
                "required": [
                  "items"
                ],
                "description": "Imports, newest first."
              },
              "ImportUndoResult": {
                "type": "object",
                "properties": {
                  "import": {
                    "$ref": "#/components/schemas/ImportSummary"
                  },
                  "removedItems": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 0
                  },
                  "removedUnits": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 0
                  },
                  "keptUnits": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 0,
                    "description": "Units the import created that are still used elsewhere."
                  }
                },
                "required": [
                  "import",
                  "removedItems",
                  "removedUnits",
                  "keptUnits"
                ],
                "description": "What an undo removed."
              }
            }
          }
        }
        """#
}

extension UnitRecordsFeature {
    /// The unit records' part of the OpenAPI document: their paths and the schemas only they use.
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/units/{id}/records": {
              "get": {
                "operationId": "listUnitRecords",
                "tags": [
                  "units"
                ],
                "summary": "A unit's commendation and accountability records",
                "description": "通报表扬, 问责 and 容错纠错, newest first, with counts. For whoever reads the unit.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The records.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/UnitRecordList"
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
                "operationId": "recordUnit",
                "tags": [
                  "units"
                ],
                "summary": "Record a commendation, accountability or fault tolerance",
                "description": "By an office or administrator. `grounds` is required for accountability and fault tolerance (422 on `grounds`); the source (a finding, matter or notice) must exist in the office's view (422 `source`).",
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
                        "$ref": "#/components/schemas/UnitRecordCreate"
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "The record.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/UnitRecord"
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
              "UnitRecord": {
                "type": "object",
                "properties": {
                  "id": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "unitId": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "commendation",
                      "accountability",
                      "fault_tolerance"
                    ]
                  },
                  "person": {
                    "type": "string"
                  },
                  "grounds": {
                    "type": "string"
                  },
                  "sourceType": {
                    "type": "string",
                    "enum": [
                      "finding",
                      "matter",
                      "notice"
                    ]
                  },
                  "sourceId": {
                    "type": "integer",
                    "format": "int64"
                  },
                  "recordedOn": {
                    "type": "string"
                  },
                  "recordedBy": {
                    "type": "string"
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64"
                  }
                },
                "required": [
                  "id",
                  "unitId",
                  "kind",
                  "person",
                  "grounds",
                  "sourceType",
                  "sourceId",
                  "recordedOn",
                  "recordedBy",
                  "version"
                ]
              },
              "UnitRecordList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/UnitRecord"
                    }
                  },
                  "commendations": {
                    "type": "integer"
                  },
                  "accountability": {
                    "type": "integer"
                  },
                  "faultTolerance": {
                    "type": "integer"
                  }
                },
                "required": [
                  "items",
                  "commendations",
                  "accountability",
                  "faultTolerance"
                ]
              },
              "UnitRecordCreate": {
                "type": "object",
                "properties": {
                  "kind": {
                    "type": "string",
                    "enum": [
                      "commendation",
                      "accountability",
                      "fault_tolerance"
                    ]
                  },
                  "person": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 60,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "grounds": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "maxLength": 2000,
                    "pattern": "^[^\\u0000]*$"
                  },
                  "sourceType": {
                    "type": "string",
                    "enum": [
                      "finding",
                      "matter",
                      "notice"
                    ]
                  },
                  "sourceId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  }
                },
                "required": [
                  "kind",
                  "sourceType",
                  "sourceId"
                ]
              }
            }
          }
        }
        """#
}

extension UnitsFeature {
    /// The feature's part of the OpenAPI document: its paths and the schemas only it uses. Merged with the others
    /// at start (`OpenAPIDocument`); a path, operation or schema that two parts define fails the start and a test.
    static let apiDocument: String? = #"""
        {
          "paths": {
            "/api/v1/units": {
              "get": {
                "operationId": "listUnits",
                "tags": [
                  "units"
                ],
                "summary": "List responsible units (责任单位)",
                "description": "Units ordered by jurisdiction and id, optionally filtered.",
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
                    "description": "Only units of this jurisdiction; one that does not exist or is outside your view is a 404.",
                    "example": 4
                  },
                  {
                    "name": "q",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "string",
                      "pattern": "^[^\\u0000]*$"
                    },
                    "description": "Text contained in the name or a short name (first 100 characters used).",
                    "example": "发展"
                  },
                  {
                    "name": "limit",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 1,
                      "maximum": 1000,
                      "default": 200
                    },
                    "description": "Page size.",
                    "example": 20
                  },
                  {
                    "name": "offset",
                    "in": "query",
                    "required": false,
                    "schema": {
                      "type": "integer",
                      "format": "int64",
                      "minimum": 0,
                      "default": 0
                    },
                    "description": "Units to skip."
                  }
                ],
                "responses": {
                  "200": {
                    "description": "One page of units.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/UnitList"
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
                "operationId": "createUnit",
                "tags": [
                  "units"
                ],
                "summary": "Create a responsible unit",
                "description": "Adds a unit to a jurisdiction; its name must be unused there.",
                "requestBody": {
                  "required": true,
                  "content": {
                    "application/json": {
                      "schema": {
                        "$ref": "#/components/schemas/UnitCreate"
                      },
                      "example": {
                        "jurisdictionId": 4,
                        "name": "深圳市龙华区退役军人事务局",
                        "shortNames": [
                          "区退役军人事务局"
                        ]
                      }
                    }
                  }
                },
                "responses": {
                  "201": {
                    "description": "Created.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Unit"
                        }
                      }
                    },
                    "headers": {
                      "Location": {
                        "description": "The new record's URL.",
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
            "/api/v1/units/{id}": {
              "get": {
                "operationId": "getUnit",
                "tags": [
                  "units"
                ],
                "summary": "Get a responsible unit",
                "description": "One unit.",
                "parameters": [
                  {
                    "$ref": "#/components/parameters/Id"
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The unit.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Unit"
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
                "operationId": "updateUnit",
                "tags": [
                  "units"
                ],
                "summary": "Update a responsible unit",
                "description": "Changes the given fields. Requires the version you read (body `version` or `If-Match`).",
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
                        "$ref": "#/components/schemas/UnitUpdate"
                      },
                      "example": {
                        "shortNames": [
                          "国家发展改革委",
                          "国家发改委",
                          "发改委"
                        ],
                        "version": 1
                      }
                    }
                  }
                },
                "responses": {
                  "200": {
                    "description": "Updated.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Unit"
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
              "Unit": {
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
                  "name": {
                    "type": "string",
                    "description": "Full name, e.g. 市发展和改革委员会."
                  },
                  "shortNames": {
                    "type": "array",
                    "items": {
                      "type": "string"
                    },
                    "description": "Other names the unit goes by (简称), e.g. 市发改委."
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1
                  }
                },
                "required": [
                  "id",
                  "jurisdictionId",
                  "name",
                  "shortNames",
                  "version"
                ],
                "description": "A responsible unit (责任单位): a department that leads (牵头单位) or takes part in (配合单位) items."
              },
              "UnitList": {
                "type": "object",
                "properties": {
                  "items": {
                    "type": "array",
                    "items": {
                      "$ref": "#/components/schemas/Unit"
                    }
                  }
                },
                "required": [
                  "items"
                ]
              },
              "UnitCreate": {
                "type": "object",
                "properties": {
                  "jurisdictionId": {
                    "type": "integer",
                    "format": "int64",
                    "minimum": 1,
                    "description": "An existing jurisdiction."
                  },
                  "name": {
                    "type": "string",
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "maxLength": 100,
                    "description": "Full name, unique within the jurisdiction."
                  },
                  "shortNames": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "type": "string",
                      "pattern": "^[^\\u0000]*$",
                      "maxLength": 50
                    },
                    "description": "Other names (简称), each at most 50 characters; an entry holding 、，,;； or a line break is split there."
                  }
                },
                "required": [
                  "jurisdictionId",
                  "name"
                ]
              },
              "UnitUpdate": {
                "type": "object",
                "properties": {
                  "jurisdictionId": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "format": "int64",
                    "minimum": 1,
                    "description": "An existing jurisdiction."
                  },
                  "name": {
                    "type": [
                      "string",
                      "null"
                    ],
                    "pattern": "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$",
                    "maxLength": 100,
                    "description": "Full name, unique within the jurisdiction."
                  },
                  "shortNames": {
                    "type": [
                      "array",
                      "null"
                    ],
                    "items": {
                      "type": "string",
                      "pattern": "^[^\\u0000]*$",
                      "maxLength": 50
                    },
                    "description": "Other names (简称), each at most 50 characters; an entry holding 、，,;； or a line break is split there."
                  },
                  "version": {
                    "type": "integer",
                    "format": "int64",
                    "description": "The version you read (optimistic locking). Required on every change: here, or instead as the `If-Match` header (the body wins when both are given). Without either the request is a 400; a stale version is refused with 409."
                  }
                },
                "required": [
                  "version"
                ],
                "description": "Fields left out or null keep their current value."
              }
            }
          }
        }
        """#
}

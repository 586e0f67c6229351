/// Thrown by parsers that fail on one field (typed throws keep the field name with the error).
extension ValidationIssue: Error {}

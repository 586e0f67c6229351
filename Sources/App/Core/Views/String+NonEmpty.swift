extension String {
    /// nil for "", so `??` can supply a default.
    var nonEmpty: String? { isEmpty ? nil : self }
}

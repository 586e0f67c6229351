extension L10n { static let reportStrings: [String: (String, String)] = [:] }

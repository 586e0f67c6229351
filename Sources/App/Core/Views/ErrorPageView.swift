/// The error page (`error.mustache`).
struct ErrorPageView {
    var status: Int
    var message: String
}

import HTTPTypes
import Hummingbird

/// The address a request came from, for the sign-in throttle and the request log. X-Forwarded-For is believed only
/// when the connection comes from a configured trusted proxy (`--trusted-proxy`): anyone else could write any address
/// into it and escape the throttle. Behind the proxy, the client is the right-most address in the header that is not
/// itself a trusted proxy.
enum ClientAddress {
    static func of(_ request: Request, _ context: AppRequestContext, trustedProxies: [String]) -> String {
        resolve(peer: context.peerAddress, forwardedFor: request.headers[values: .xForwardedFor], trustedProxies: trustedProxies)
    }

    static func resolve(peer: String?, forwardedFor: [String], trustedProxies: [String]) -> String {
        let peer = peer ?? "unknown"
        guard trustedProxies.contains(peer) else { return peer }
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for hop in hops.reversed() where !trustedProxies.contains(hop) {
            return String(hop.prefix(64))
        }
        return peer
    }
}

extension HTTPField.Name {
    static let xForwardedFor = Self("X-Forwarded-For")!
}

/// The Atom feed (RFC 4287) of the dated public updates, newest first.
enum PublicFeed {
    static func escape(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                // Characters XML 1.0 cannot carry are dropped.
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r" { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func atom(_ updates: [PublicUpdate], updated: String, host: String, _ l: Language) -> String {
        let base = "http://" + host.filter { $0.isLetter || $0.isNumber || ".:-[]".contains($0) }
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(l.htmlLang)">
            <title>\(escape(L10n.t("public.feed.title", l)))</title>
            <id>\(base)/public/updates.atom</id>
            <link rel="self" href="\(base)/public/updates.atom"/>
            <link rel="alternate" type="text/html" href="\(base)/public"/>
            <updated>\(escape(updated.isEmpty ? "1970-01-01T00:00:00Z" : updated))</updated>
            <author><name>\(escape(L10n.t("public.feed.author", l)))</name></author>
            <rights>\(PublicSite.licenseName)</rights>

            """
        for u in updates {
            xml += """
                <entry>
                <title>\(escape(u.writtenOn + " " + u.itemTitle))</title>
                <id>\(base)/public/items/\(u.itemId)#update-\(u.id)</id>
                <link rel="alternate" type="text/html" href="\(base)/public/items/\(u.itemId)"/>
                <updated>\(u.writtenOn)T00:00:00Z</updated>
                <summary>\(escape(u.body))</summary>
                <category term="\(escape(u.planTitle))"/>
                </entry>

                """
        }
        return xml + "</feed>\n"
    }
}

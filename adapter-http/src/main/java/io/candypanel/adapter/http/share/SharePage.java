package io.candypanel.adapter.http.share;

import io.candypanel.adapter.http.common.HumanUnits;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.DisabledReason;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The share page's HTML: one self-contained document, no script, no external asset. Every value
 * that comes from data (name, note, dates, the token) is HTML-escaped, whatever validation it passed before.
 */
final class SharePage {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private static final String STYLE = """
            body{margin:0;background:#f4f5f7;color:#1d2433;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
            main{max-width:34rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:12px;box-shadow:0 1px 4px rgba(0,0,0,.08)}
            h1{margin:0 0 .25rem;font-size:1.5rem;word-break:break-all}
            .status{display:inline-block;margin:0 0 1rem;padding:.1rem .6rem;border-radius:999px;font-size:.9rem}
            .on{background:#e3f6e8;color:#17692f}.off{background:#fde8e8;color:#9b1c1c}
            dl{display:grid;grid-template-columns:max-content 1fr;gap:.35rem 1rem;margin:0 0 1.25rem}
            dt{color:#5b6478}dd{margin:0;word-break:break-word}
            .qr{display:block;width:100%;max-width:320px;height:auto;margin:1rem auto;image-rendering:pixelated}
            a.button{display:inline-block;padding:.55rem 1rem;border-radius:8px;background:#2f6fed;color:#fff;text-decoration:none}
            .hint{color:#5b6478;font-size:.9rem}
            """;

    private SharePage() {
    }

    static String render(Client client, String token, Instant now, ZoneId zone) {
        String name = escape(client.name().value());
        String base = "/s/" + escape(token);
        boolean active = client.isEnabled() && !client.isExpired(now);
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                // An empty icon: otherwise every visit costs a request for /favicon.ico and a 404.
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"robots\" content=\"noindex, nofollow\">\n")
                .append("<title>").append(name).append(" · CandyPanel</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(name).append("</h1>\n")
                .append("<p class=\"status ").append(active ? "on" : "off").append("\">")
                .append(escape(status(client, now))).append("</p>\n<dl>\n");
        row(html, "Usage", HumanUnits.bytes(client.usage().total()) + " (" + HumanUnits.bytes(client.usage().download())
                + " down, " + HumanUnits.bytes(client.usage().upload()) + " up)");
        row(html, "Quota", quota(client));
        row(html, "Expires", dateTime(client.expiresAt(), zone) + (client.isExpired(now) ? " (expired)" : ""));
        row(html, "Last handshake", client.lastHandshake().map(at -> dateTime(at, zone)).orElse("never"));
        if (!client.note().isEmpty()) {
            row(html, "Note", client.note());
        }
        html.append("</dl>\n")
                .append("<p><a class=\"button\" href=\"").append(base).append("/config\" download=\"").append(name)
                .append(".conf\">Download config</a></p>\n")
                .append("<img class=\"qr\" src=\"").append(base).append("/qr.png\" alt=\"QR code of the WireGuard config of ")
                .append(name).append("\">\n")
                .append("<p class=\"hint\">Scan the code with the WireGuard app, or import the downloaded file. ")
                .append("Keep this link private: it contains the key of this connection.</p>\n")
                .append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<dt>").append(escape(label)).append("</dt><dd>").append(escape(value)).append("</dd>\n");
    }

    private static String status(Client client, Instant now) {
        if (client.isEnabled()) {
            return client.isExpired(now) ? "Expired" : "Active";
        }
        DisabledReason reason = client.disabledReason().orElse(DisabledReason.MANUAL);
        return switch (reason) {
            case MANUAL -> "Disabled by the administrator";
            case QUOTA -> "Disabled: traffic quota used up";
            case EXPIRED -> "Disabled: expired";
            case BANNED -> "Disabled: banned";
        };
    }

    private static String quota(Client client) {
        if (client.quota().isUnlimited()) {
            return "Unlimited";
        }
        double used = 100.0 * client.usage().total() / client.quota().bytes();
        return HumanUnits.bytes(client.quota().bytes()) + String.format(Locale.ROOT, " (%.1f%% used)", Math.min(used, 100.0));
    }

    private static String dateTime(Instant at, ZoneId zone) {
        return DATE_TIME.format(at.atZone(zone)) + " " + zone.getId();
    }
}

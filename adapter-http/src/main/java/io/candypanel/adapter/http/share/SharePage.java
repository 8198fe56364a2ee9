package io.candypanel.adapter.http.share;

import io.candypanel.adapter.http.common.HumanUnits;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.DisabledReason;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The share page's HTML: one self-contained document, no script, no external asset, in the web
 * panel's look (its palette, light and dark, cards and badges; the CSS is a trimmed copy of
 * {@code web-panel/src/styles.css}, which the page cannot link: its CSP allows inline style only).
 *
 * <p>Every value that comes from data (name, note, dates, the token) is HTML-escaped, whatever
 * validation it passed before. Values also sit in {@code <bdi>}: names and notes take their own
 * direction, figures and dates are always left-to-right, so a byte count never flips in the Persian
 * page and a Persian note does not scramble the English one.
 */
final class SharePage {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private static final String STYLE = """
            :root{color-scheme:light dark;--bg:#f6f7fb;--fg:#1c1f26;--muted:#5f6675;--card:#fff;--line:#dde1ea;\
            --accent:#d6336c;--accent-fg:#fff;--ok:#2b8a3e;--off:#868e96;--danger:#c92a2a;--focus:#1971c2;\
            font-family:system-ui,-apple-system,"Segoe UI",Tahoma,sans-serif;background:var(--bg);color:var(--fg)}
            @media (prefers-color-scheme:dark){:root{--bg:#14161b;--fg:#e7e9ee;--muted:#a0a7b4;--card:#1e2129;\
            --line:#333845;--accent:#f06595;--accent-fg:#14161b;--ok:#69db7c;--off:#868e96;--danger:#ff8787;--focus:#74c0fc}}
            *{box-sizing:border-box}
            body{margin:0;line-height:1.5}
            .top{display:flex;align-items:center;gap:1rem;padding:.6rem 1rem;background:var(--card);border-bottom:1px solid var(--line)}
            .brand{color:var(--accent);font-weight:700}
            .spacer{flex:1}
            .top a{color:var(--fg);padding:.3rem .5rem;border-radius:6px}
            main{max-width:34rem;margin:2rem auto;padding:0 1rem}
            .card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem}
            h1{font-size:1.4rem;margin:0 0 .5rem;overflow-wrap:anywhere}
            .badge{display:inline-block;padding:.1rem .45rem;border-radius:999px;font-size:.8rem;border:1px solid currentColor}
            .badge.ok{color:var(--ok)}.badge.off{color:var(--off)}
            dl{display:grid;grid-template-columns:max-content 1fr;gap:.35rem 1rem;margin:1rem 0}
            dt{color:var(--muted)}dd{margin:0;overflow-wrap:anywhere}
            progress{display:block;width:100%;max-width:16rem;margin-block-start:.3rem;accent-color:var(--accent)}
            .button{display:inline-block;font:inherit;text-decoration:none;border:1px solid var(--line);border-radius:6px;padding:.4rem .6rem}
            .button.primary{background:var(--accent);color:var(--accent-fg);border-color:var(--accent)}
            :focus-visible{outline:2px solid var(--focus);outline-offset:2px}
            .qr{display:block;width:100%;max-width:320px;height:auto;margin:1rem auto;padding:8px;background:#fff;\
            border-radius:10px;image-rendering:pixelated}
            .muted{color:var(--muted);font-size:.9rem}
            """;

    private SharePage() {
    }

    static String render(Client client, String token, Instant now, ZoneId zone, ShareTexts texts) {
        String name = escape(client.name().value());
        String base = "/s/" + escape(token);
        boolean active = client.isEnabled() && !client.isExpired(now);
        ShareTexts other = texts.other();
        StringBuilder html = new StringBuilder(6144);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(texts.tag()).append("\" dir=\"").append(texts.direction())
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                // An empty icon: otherwise every visit costs a request for /favicon.ico and a 404.
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"robots\" content=\"noindex, nofollow\">\n")
                .append("<title>").append(name).append(" · CandyPanel</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<header class=\"top\"><bdi class=\"brand\">CandyPanel</bdi><span class=\"spacer\"></span>")
                // Relative to this very page: the token path stays as it is, only the language changes.
                .append("<a href=\"?lang=").append(other.tag()).append("\" hreflang=\"").append(other.tag())
                .append("\" lang=\"").append(other.tag()).append("\">").append(escape(other.languageName()))
                .append("</a></header>\n")
                .append("<main>\n<section class=\"card\">\n")
                .append("<h1><bdi>").append(name).append("</bdi></h1>\n")
                .append("<span class=\"badge ").append(active ? "ok" : "off").append("\">")
                .append(escape(status(client, now, texts))).append("</span>\n<dl>\n");
        usage(html, client, texts);
        row(html, texts.quota(), quota(client, texts));
        row(html, texts.expires(), client.isExpired(now)
                ? fill(texts.expiredAt(), ltr(dateTime(client.expiresAt(), zone)))
                : ltr(dateTime(client.expiresAt(), zone)));
        row(html, texts.lastHandshake(),
                client.lastHandshake().map(at -> ltr(dateTime(at, zone))).orElse(escape(texts.never())));
        if (!client.note().isEmpty()) {
            row(html, texts.note(), "<bdi>" + escape(client.note()) + "</bdi>");
        }
        html.append("</dl>\n")
                .append("<p><a class=\"button primary\" href=\"").append(base).append("/config\" download=\"").append(name)
                .append(".conf\">").append(escape(texts.downloadConfig())).append("</a></p>\n")
                .append("<img class=\"qr\" src=\"").append(base).append("/qr.png\" alt=\"")
                .append(escape(texts.qrAlt().replace("{0}", client.name().value()))).append("\">\n")
                .append("<p class=\"muted\">").append(escape(texts.hint())).append("</p>\n")
                .append("</section>\n</main>\n</body>\n</html>\n");
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

    /**
     * A message template with its {@code {n}} replaced by ready HTML fragments; the template's own
     * text is escaped, the fragments are not (each was escaped where it was made).
     */
    static String fill(String template, String... fragments) {
        StringBuilder html = new StringBuilder(template.length() + 64);
        int from = 0;
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', from)) {
            int close = template.indexOf('}', open);
            int index = close < 0 ? -1 : placeholder(template.substring(open + 1, close));
            if (index < 0 || index >= fragments.length) {
                throw new IllegalArgumentException("bad placeholder in the message: " + template);
            }
            html.append(escape(template.substring(from, open))).append(fragments[index]);
            from = close + 1;
        }
        return html.append(escape(template.substring(from))).toString();
    }

    private static int placeholder(String digits) {
        return digits.length() == 1 && Character.isDigit(digits.charAt(0)) ? digits.charAt(0) - '0' : -1;
    }

    /** A figure or date: isolated and always left-to-right, also inside the Persian page. */
    private static String ltr(String text) {
        return "<bdi dir=\"ltr\">" + escape(text) + "</bdi>";
    }

    /** @param valueHtml already escaped */
    private static void row(StringBuilder html, String label, String valueHtml) {
        html.append("<dt>").append(escape(label)).append("</dt><dd>").append(valueHtml).append("</dd>\n");
    }

    /** Totals, and a bar of the quota's used share when there is a quota. */
    private static void usage(StringBuilder html, Client client, ShareTexts texts) {
        String detail = fill(texts.usageDetail(), ltr(HumanUnits.bytes(client.usage().total())),
                ltr(HumanUnits.bytes(client.usage().download())), ltr(HumanUnits.bytes(client.usage().upload())));
        if (!client.quota().isUnlimited()) {
            String percent = percent(client);
            detail += "<progress max=\"100\" value=\"" + percent + "\" aria-label=\"" + escape(texts.usageBar()) + "\">"
                    + percent + "%</progress>";
        }
        row(html, texts.usage(), detail);
    }

    private static String quota(Client client, ShareTexts texts) {
        if (client.quota().isUnlimited()) {
            return escape(texts.unlimited());
        }
        return fill(texts.quotaUsed(), ltr(HumanUnits.bytes(client.quota().bytes())), ltr(percent(client) + "%"));
    }

    /** The used share of a limited quota, capped at 100 (usage runs past the quota until the next sync). */
    private static String percent(Client client) {
        double used = 100.0 * client.usage().total() / client.quota().bytes();
        return String.format(Locale.ROOT, "%.1f", Math.min(used, 100.0));
    }

    private static String status(Client client, Instant now, ShareTexts texts) {
        if (client.isEnabled()) {
            return client.isExpired(now) ? texts.expired() : texts.active();
        }
        DisabledReason reason = client.disabledReason().orElse(DisabledReason.MANUAL);
        return switch (reason) {
            case MANUAL -> texts.disabledManually();
            case QUOTA -> texts.disabledQuota();
            case EXPIRED -> texts.disabledExpired();
            case BANNED -> texts.disabledBanned();
        };
    }

    private static String dateTime(Instant at, ZoneId zone) {
        return DATE_TIME.format(at.atZone(zone)) + " " + zone.getId();
    }
}

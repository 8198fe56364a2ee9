package io.candypanel.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

import io.candypanel.adapter.http.ApiFixture.BinaryReply;
import io.candypanel.adapter.http.ApiFixture.Reply;
import io.candypanel.application.port.in.share.SharedClient;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.KernelCounters;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.network.Ipv4Address;
import io.candypanel.domain.wginterface.InterfaceId;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SharePageIT {
    private static final String TOKEN = "dGhpcy1pcy1hLXNoYXJlLXRva2VuLWZvci10ZXN0cw";
    private static final String CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'";
    private static final String HOSTILE_NOTE = "<script>alert('owned')</script> & \"quoted\" <img src=x onerror=alert(1)>";

    private final ApiFixture api = new ApiFixture();

    @AfterEach
    void stop() {
        api.assertNoServerErrors();
        api.close();
    }

    /** 1.5 GiB used of 10 GiB, handshake at 11:59:30Z, expiring 2026-12-01. */
    private static Client client(String note) {
        return Client.restore(new ClientName("alice"), InterfaceId.FIRST, Samples.KEYS.newKeyPair(), Samples.KEYS.newPresharedKey(),
                Ipv4Address.parse("10.0.0.2"), Samples.CREATED, Samples.EXPIRES, new Quota(10L * 1024 * 1024 * 1024),
                new Usage(1024L * 1024 * 1024, 512L * 1024 * 1024), KernelCounters.ZERO, note, true, null,
                Instant.parse("2026-11-26T11:59:30Z"), "203.0.113.9:51820", true, TOKEN);
    }

    private void givenShared(Client client) {
        given(api.viewSharedClient.view(TOKEN)).willReturn(Optional.of(new SharedClient(client, QrImages.sampleConfig())));
    }

    private static void assertShareHeaders(Function<String, String> header) {
        assertEquals(CSP, header.apply("Content-Security-Policy"));
        assertEquals("DENY", header.apply("X-Frame-Options"));
        assertEquals("no-referrer", header.apply("Referrer-Policy"));
        assertEquals("no-store", header.apply("Cache-Control"));
        assertEquals("nosniff", header.apply("X-Content-Type-Options"));
    }

    @Test
    void thePageShowsTheClientWithoutAnyExternalAsset() {
        givenShared(client("phone"));

        Reply reply = api.get("/s/" + TOKEN);

        assertEquals(200, reply.status());
        assertEquals("text/html; charset=utf-8", reply.header("Content-Type"));
        assertShareHeaders(reply::header);
        String html = reply.body();
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"), html);
        assertTrue(html.contains("<h1><bdi>alice</bdi></h1>"), html);
        assertTrue(html.contains("<bdi class=\"brand\">CandyPanel</bdi>"), "the panel's brand on top: " + html);
        assertTrue(html.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"), html);
        assertTrue(html.contains("<link rel=\"icon\" href=\"data:,\">"), "an empty icon spares every visit a /favicon.ico 404");
        assertTrue(html.contains("<span class=\"badge ok\">Active</span>"), html);
        assertTrue(html.contains("<dt>Usage</dt><dd><bdi dir=\"ltr\">1.50 GiB</bdi> (<bdi dir=\"ltr\">1.00 GiB</bdi> down, "
                + "<bdi dir=\"ltr\">512.00 MiB</bdi> up)<progress max=\"100\" value=\"15.0\""), html);
        assertTrue(html.contains("<dt>Quota</dt><dd><bdi dir=\"ltr\">10.00 GiB</bdi> (<bdi dir=\"ltr\">15.0%</bdi> used)</dd>"), html);
        assertTrue(html.contains("<dt>Expires</dt><dd><bdi dir=\"ltr\">2026-12-01 03:30 Asia/Tehran</bdi></dd>"),
                "expiry in the panel's zone: " + html);
        assertTrue(html.contains("<dt>Last handshake</dt><dd><bdi dir=\"ltr\">2026-11-26 15:29 Asia/Tehran</bdi></dd>"),
                "last handshake: " + html);
        assertTrue(html.contains("<dt>Note</dt><dd><bdi>phone</bdi></dd>"), html);
        assertTrue(html.contains("<a class=\"button primary\" href=\"/s/" + TOKEN + "/config\" download=\"alice.conf\">Download config</a>"),
                html);
        assertTrue(html.contains("<a href=\"?lang=fa\" hreflang=\"fa\" lang=\"fa\">فارسی</a>"), "the switch to Persian: " + html);
        assertTrue(html.contains("--accent:#d6336c") && html.contains("prefers-color-scheme:dark"), "the panel's palette: " + html);
        assertTrue(html.contains("href=\"/s/" + TOKEN + "/config\""), html);
        assertTrue(html.contains("src=\"/s/" + TOKEN + "/qr.png\""), html);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("http:") || html.contains("https:") || html.contains("//cdn"), "no external asset: " + html);
        assertFalse(html.contains("PrivateKey"), "the page itself does not inline the config");
        then(api.authenticate).should(never()).authenticate(anyString());
    }

    @Test
    void aHostileNoteIsEscaped() {
        givenShared(client(HOSTILE_NOTE));

        String html = api.get("/s/" + TOKEN).body();

        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img src=x"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt; &amp; &quot;quoted&quot; "
                + "&lt;img src=x onerror=alert(1)&gt;"), html);
    }

    @Test
    void aDisabledClientSaysWhy() {
        givenShared(Samples.busyClient("bob", Samples.KEYS.newKeyPair(), Samples.KEYS.newPresharedKey()));

        String html = api.get("/s/" + TOKEN).body();

        assertTrue(html.contains("<span class=\"badge off\">Disabled: traffic quota used up</span>"), html);
    }

    /** The page at {@code path}, asking for a language with {@code Accept-Language} when it is not null. */
    private Reply page(String path, String acceptLanguage) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path)).GET();
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return api.send(request.build());
    }

    private static void assertEnglish(Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        assertEquals("en", reply.header("Content-Language"));
        assertTrue(reply.body().startsWith("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"), reply.body());
        assertTrue(reply.body().contains("<dt>Usage</dt>"), reply.body());
    }

    private static void assertPersian(Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        assertEquals("fa", reply.header("Content-Language"));
        assertTrue(reply.body().startsWith("<!DOCTYPE html>\n<html lang=\"fa\" dir=\"rtl\">"), reply.body());
        assertTrue(reply.body().contains("<dt>مصرف</dt>"), reply.body());
    }

    @Test
    void thePageIsEnglishByDefaultAndSaysItVariesByLanguage() {
        givenShared(client("phone"));

        Reply reply = page("/s/" + TOKEN, null);

        assertEnglish(reply);
        assertEquals("Accept-Language", reply.header("Vary"));
        assertShareHeaders(reply::header);
    }

    @Test
    void langFaGivesThePersianPageRightToLeftWithFiguresKeptLeftToRight() {
        givenShared(client("phone"));

        Reply reply = page("/s/" + TOKEN + "?lang=fa", null);

        assertPersian(reply);
        assertEquals("Accept-Language", reply.header("Vary"));
        assertShareHeaders(reply::header);
        String html = reply.body();
        assertTrue(html.contains("<span class=\"badge ok\">فعال</span>"), html);
        assertTrue(html.contains("<dt>مصرف</dt><dd><bdi dir=\"ltr\">1.50 GiB</bdi> (دریافت <bdi dir=\"ltr\">1.00 GiB</bdi>، "
                + "ارسال <bdi dir=\"ltr\">512.00 MiB</bdi>)<progress max=\"100\" value=\"15.0\""), html);
        assertTrue(html.contains("<dt>سهمیه</dt><dd><bdi dir=\"ltr\">10.00 GiB</bdi> (<bdi dir=\"ltr\">15.0%</bdi> مصرف شده)</dd>"),
                html);
        assertTrue(html.contains("<dt>انقضا</dt><dd><bdi dir=\"ltr\">2026-12-01 03:30 Asia/Tehran</bdi></dd>"), html);
        assertTrue(html.contains("<dt>آخرین اتصال</dt><dd><bdi dir=\"ltr\">2026-11-26 15:29 Asia/Tehran</bdi></dd>"), html);
        assertTrue(html.contains("<dt>یادداشت</dt><dd><bdi>phone</bdi></dd>"), html);
        assertTrue(html.contains(">دریافت پیکربندی</a>"), html);
        assertTrue(html.contains("<h1><bdi>alice</bdi></h1>"), html);
        assertTrue(html.contains("<a href=\"?lang=en\" hreflang=\"en\" lang=\"en\">English</a>"), "the switch back: " + html);
        assertTrue(html.contains("src=\"/s/" + TOKEN + "/qr.png\""), html);
        assertFalse(html.contains("Usage") || html.contains("Download config"), "no English label left: " + html);
        assertFalse(html.contains("<script"), html);
    }

    @Test
    void thePersianPageSaysUnlimitedNeverAndWhyTheClientIsDisabled() {
        givenShared(Client.restore(new ClientName("bob"), InterfaceId.FIRST, Samples.KEYS.newKeyPair(), Samples.KEYS.newPresharedKey(),
                Ipv4Address.parse("10.0.0.3"), Samples.CREATED, Samples.EXPIRES, Quota.UNLIMITED, Usage.NONE, KernelCounters.ZERO,
                "", false, DisabledReason.BANNED, null, null, false, TOKEN));

        String html = page("/s/" + TOKEN + "?lang=fa", null).body();

        assertTrue(html.contains("<span class=\"badge off\">غیرفعال: مسدود شده</span>"), html);
        assertTrue(html.contains("<dt>سهمیه</dt><dd>نامحدود</dd>"), html);
        assertTrue(html.contains("<dt>آخرین اتصال</dt><dd>هرگز</dd>"), html);
        assertFalse(html.contains("<progress"), "no bar without a quota: " + html);
        assertFalse(html.contains("<dt>یادداشت</dt>"), "no empty note: " + html);
    }

    @Test
    void langEnWinsOverAPersianBrowser() {
        givenShared(client(""));

        assertEnglish(page("/s/" + TOKEN + "?lang=en", "fa-IR,fa;q=0.9"));
    }

    // Accept-Language cannot reach the handler yet: ApiRequest carries no request headers (see
    // ShareHandlers.acceptLanguage). ShareLanguageTest covers the negotiation itself; enable these two
    // once ApiRequest.header(String) exists and ShareHandlers reads it.
    @Test
    void aPersianBrowserGetsThePersianPage() {
        givenShared(client(""));

        assertPersian(page("/s/" + TOKEN, "fa-IR,fa;q=0.9"));
        assertPersian(page("/s/" + TOKEN, "fa-IR,fa;q=0.9,en;q=0.8"));
    }

    @Test
    void aBrowserPreferringEnglishGetsTheEnglishPage() {
        givenShared(client(""));

        assertEnglish(page("/s/" + TOKEN, "en-US,en;q=0.9,fa;q=0.5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "", "fa-IR", "%3Cscript%3E", "en%22%3E%3Cb%3E"})
    void anUnknownLangFallsBackToEnglish(String lang) {
        givenShared(client(""));

        Reply reply = page("/s/" + TOKEN + "?lang=" + lang, "garbage;;;q=x");

        assertEnglish(reply);
        assertFalse(reply.body().contains("<script") || reply.body().contains("<b>"), reply.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fa"})
    void aHostileNoteIsEscapedInEitherLanguage(String lang) {
        givenShared(client(HOSTILE_NOTE));

        String html = page("/s/" + TOKEN + "?lang=" + lang, null).body();

        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img src=x"), html);
        assertTrue(html.contains("<dd><bdi>&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt; &amp; &quot;quoted&quot; "
                + "&lt;img src=x onerror=alert(1)&gt;</bdi></dd>"), html);
    }

    @Test
    void theConfigIsAnAttachmentNamedAfterTheClient() {
        givenShared(client(""));

        Reply reply = api.get("/s/" + TOKEN + "/config");

        assertEquals(200, reply.status());
        assertEquals("text/plain; charset=utf-8", reply.header("Content-Type"));
        assertEquals("attachment; filename=\"alice.conf\"", reply.header("Content-Disposition"));
        assertShareHeaders(reply::header);
        assertEquals(QrImages.sampleConfig(), reply.body());
    }

    @Test
    void theQrCodeDecodesToTheConfig() {
        givenShared(client(""));

        BinaryReply reply = api.getBytes("/s/" + TOKEN + "/qr.png", false);

        assertEquals(200, reply.status());
        assertEquals("image/png", reply.header("Content-Type"));
        assertShareHeaders(reply::header);
        assertEquals(QrImages.sampleConfig(), QrImages.decode(reply.body(), QrImages.sampleConfig()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/config", "/qr.png"})
    void anUnknownOrRevokedTokenIs404(String suffix) {
        given(api.viewSharedClient.view(TOKEN)).willReturn(Optional.empty());

        String message = api.get("/s/" + TOKEN + suffix).assertError(404, "NOT_FOUND");

        assertTrue(message.contains("no shared client"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "..", "...", "%2e%2e", "..%2F..%2Fetc%2Fpasswd", "a.b.c.d.e.f.g.h.i.j.k.l.m.n",
            "dGhpcy1pcy1hLXNoYXJlLXRva2VuLWZvci10ZXN0cw%00", "dGhpcy1pcy1hLXNoYXJlLXRva2VuLWZvci10ZXN0cw%0A",
            "dGhpcy1pcy1hLXNoYXJlLXRva2Vu+ZvcitZXN0cw==", "%E2%80%AEdGhpcy1pcy1hLXNoYXJlLXRva2VuLWZvci10ZXN0"})
    void aMalformedTokenIs404WithoutAsking(String token) {
        for (String suffix : new String[] {"", "/config", "/qr.png"}) {
            Reply reply = api.get("/s/" + token + suffix);
            assertEquals(404, reply.status(), () -> token + suffix + " -> " + reply.body());
            reply.assertJsonHeaders();
        }

        api.assertNoUseCaseCalled();
    }

    @Test
    void aLongTokenIsRefusedWithoutAsking() {
        api.get("/s/" + "A".repeat(129)).assertError(404, "NOT_FOUND");
        api.assertNoUseCaseCalled();
    }

    @Test
    void otherMethodsAre405() {
        api.send(HttpRequest.newBuilder(api.uri("/s/" + TOKEN)).POST(BodyPublishers.ofString("{}")).build())
                .assertError(405, "METHOD_NOT_ALLOWED");
        api.send(HttpRequest.newBuilder(api.uri("/s/" + TOKEN + "/config")).DELETE().build()).assertError(405, "METHOD_NOT_ALLOWED");
        api.assertNoUseCaseCalled();
    }

    @Test
    void aTrailingSlashOrAnExtraSegmentIsNotAShareRoute() {
        api.get("/s/" + TOKEN + "/").assertError(404, "NOT_FOUND");
        api.get("/s/" + TOKEN + "/config/x").assertError(404, "NOT_FOUND");
        api.get("/s/").assertError(404, "NOT_FOUND");
        api.assertNoUseCaseCalled();
    }
}

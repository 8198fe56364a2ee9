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
        assertTrue(html.contains("<h1>alice</h1>"), html);
        assertTrue(html.contains("<link rel=\"icon\" href=\"data:,\">"), "an empty icon spares every visit a /favicon.ico 404");
        assertTrue(html.contains("Active"), html);
        assertTrue(html.contains("<dd>1.50 GiB (1.00 GiB down, 512.00 MiB up)</dd>"), html);
        assertTrue(html.contains("<dd>10.00 GiB (15.0% used)</dd>"), html);
        assertTrue(html.contains("<dd>2026-12-01 03:30 Asia/Tehran</dd>"), "expiry in the panel's zone: " + html);
        assertTrue(html.contains("<dd>2026-11-26 15:29 Asia/Tehran</dd>"), "last handshake: " + html);
        assertTrue(html.contains("<dd>phone</dd>"), html);
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

        assertTrue(html.contains("Disabled: traffic quota used up"), html);
        assertTrue(html.contains("class=\"status off\""), html);
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

package io.candypanel.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.BDDMockito.given;

import io.candypanel.adapter.http.ApiFixture.Reply;
import io.candypanel.application.port.in.overview.PanelMetrics;
import io.candypanel.application.port.in.sync.SyncReport;
import io.candypanel.domain.client.Usage;
import io.candypanel.domain.wginterface.InterfaceId;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MetricsApiIT {
    /** {@code name{label="value",...} value}, label values with the format's escapes. */
    private static final Pattern SAMPLE = Pattern.compile(
            "([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{((?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\",?)*)})? "
                    + "(NaN|[+-]Inf|[+-]?[0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)");
    private static final Pattern COMMENT = Pattern.compile("# (HELP [a-zA-Z_:][a-zA-Z0-9_:]* .*|TYPE [a-zA-Z_:][a-zA-Z0-9_:]* "
            + "(counter|gauge|histogram|summary|untyped))");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private ApiFixture api = new ApiFixture();

    @AfterEach
    void stop() {
        api.assertNoServerErrors();
        api.close();
    }

    private record Sample(String name, Map<String, String> labels, double value) {
    }

    /** Parses the whole text, failing on any line that is neither a comment nor a sample. */
    private static List<Sample> parse(String text) {
        assertTrue(text.endsWith("\n"), "the last line ends with a line feed");
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("#")) {
                assertTrue(COMMENT.matcher(line).matches(), () -> "bad comment line: " + line);
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            assertTrue(sample.matches(), () -> "bad sample line: " + line);
            Map<String, String> labels = new LinkedHashMap<>();
            if (sample.group(3) != null) {
                Matcher label = LABEL.matcher(sample.group(3));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            String value = sample.group(4);
            samples.add(new Sample(sample.group(1), labels,
                    value.equals("+Inf") ? Double.POSITIVE_INFINITY : value.equals("NaN") ? Double.NaN : Double.parseDouble(value)));
        }
        return samples;
    }

    private static double value(List<Sample> samples, String name, Map<String, String> labels) {
        return samples.stream().filter(s -> s.name().equals(name) && s.labels().equals(labels)).findFirst()
                .orElseThrow(() -> new AssertionError("no sample " + name + labels)).value();
    }

    /**
     * Clients a (wg0, 100 down / 10 up, enabled, connected), b (wg0, 200 / 20, enabled) and c (wg1,
     * 5,000,000,000 / 7, disabled), on interfaces wg0, wg1 and wg2 (no clients), as counted and summed by
     * the use case.
     */
    private void givenPanel(Optional<SyncReport> lastSync) {
        given(api.panelMetrics.metrics()).willReturn(new PanelMetrics(3, 2, 1, Map.of(
                new InterfaceId(0), new Usage(300, 30),
                new InterfaceId(1), new Usage(5_000_000_000L, 7),
                new InterfaceId(2), Usage.NONE), lastSync));
    }

    private Reply scrape() {
        Reply reply = api.getWithToken("/metrics");
        assertEquals(200, reply.status(), reply::body);
        assertEquals("text/plain; version=0.0.4; charset=utf-8", reply.header("Content-Type"));
        assertEquals("no-store", reply.header("Cache-Control"));
        return reply;
    }

    @Test
    void panelGaugesAndTrafficPerInterface() {
        givenPanel(Optional.empty());

        List<Sample> samples = parse(scrape().body());

        assertEquals(3, value(samples, "candypanel_clients_total", Map.of()));
        assertEquals(2, value(samples, "candypanel_clients_enabled", Map.of()));
        assertEquals(1, value(samples, "candypanel_clients_connected", Map.of()));
        assertEquals(300, value(samples, "candypanel_interface_download_bytes_total", Map.of("interface", "wg0")));
        assertEquals(30, value(samples, "candypanel_interface_upload_bytes_total", Map.of("interface", "wg0")));
        assertEquals(5_000_000_000.0, value(samples, "candypanel_interface_download_bytes_total", Map.of("interface", "wg1")));
        assertEquals(0, value(samples, "candypanel_interface_download_bytes_total", Map.of("interface", "wg2")));
        assertTrue(samples.stream().noneMatch(s -> s.name().startsWith("candypanel_sync_")), "no sync ran yet: no sample");
    }

    @Test
    void theLastSyncTick() {
        SyncReport report = Samples.syncReport();
        givenPanel(Optional.of(report));

        List<Sample> samples = parse(scrape().body());

        assertEquals(0.042, value(samples, "candypanel_sync_duration_seconds", Map.of()), 1e-9);
        assertEquals(Instant.parse("2026-11-26T11:55:00.292Z").toEpochMilli() / 1000.0,
                value(samples, "candypanel_sync_last_success_timestamp_seconds", Map.of()), 1e-3);
    }

    @Test
    void requestsAreCountedByRouteTemplateNeverByRawPath() throws Exception {
        givenPanel(Optional.empty());
        String secretLookingToken = "c2VjcmV0LWxvb2tpbmctc2hhcmUtdG9rZW4tdmFsdWU";
        api.get("/check");
        api.get("/check");
        api.get("/s/" + secretLookingToken);
        api.get("/no/such/path/" + secretLookingToken);
        api.get("/api/data");
        api.send(HttpRequest.newBuilder(api.uri("/check")).method("BREW", BodyPublishers.noBody()).build());

        String text = scrape().body();
        List<Sample> samples = parse(text);

        assertEquals(2, value(samples, "candypanel_http_requests_total", Map.of("method", "GET", "route", "/check", "status", "200")));
        assertEquals(1, value(samples, "candypanel_http_requests_total", Map.of("method", "GET", "route", "/s/{token}", "status", "404")));
        assertEquals(1, value(samples, "candypanel_http_requests_total", Map.of("method", "GET", "route", "unmatched", "status", "404")));
        assertEquals(1, value(samples, "candypanel_http_requests_total", Map.of("method", "GET", "route", "/api/data", "status", "401")));
        assertEquals(1, value(samples, "candypanel_http_requests_total", Map.of("method", "OTHER", "route", "/check", "status", "405")));
        assertFalse(text.contains(secretLookingToken), "a path's token never becomes a label");
        assertFalse(text.contains("BREW"), "unknown methods do not become labels");

        // The histogram of /check: cumulative buckets, +Inf equal to the count, a sum.
        List<Sample> buckets = samples.stream().filter(s -> s.name().equals("candypanel_http_request_duration_seconds_bucket")
                && s.labels().get("route").equals("/check")).toList();
        assertEquals(12, buckets.size());
        for (int i = 1; i < buckets.size(); i++) {
            assertTrue(buckets.get(i).value() >= buckets.get(i - 1).value(), "buckets are cumulative");
        }
        assertEquals("+Inf", buckets.get(buckets.size() - 1).labels().get("le"));
        assertEquals(3, buckets.get(buckets.size() - 1).value());
        assertEquals(3, value(samples, "candypanel_http_request_duration_seconds_count", Map.of("route", "/check")));
        assertTrue(value(samples, "candypanel_http_request_duration_seconds_sum", Map.of("route", "/check")) >= 0);
    }

    @Test
    void eachFamilyIsDeclaredOnceBeforeItsSamples() {
        givenPanel(Optional.of(Samples.syncReport()));
        api.get("/check");

        String text = scrape().body();

        Map<String, Integer> declared = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("# TYPE ")) {
                String name = line.split(" ")[2];
                assertEquals(null, declared.put(name, 1), () -> name + " declared twice");
            } else if (!line.startsWith("#")) {
                String name = line.split("[{ ]")[0].replaceAll("_(bucket|sum|count)$", "");
                assertTrue(declared.containsKey(name) || declared.containsKey(line.split("[{ ]")[0]),
                        () -> "sample before its TYPE: " + line);
            }
        }
    }

    @Test
    void needsATokenByDefault() {
        api.get("/metrics").assertError(401, "UNAUTHENTICATED");
        api.assertNoUseCaseCalled();
    }

    @Test
    void isOpenWhenConfiguredPublic() {
        api.close();
        api = new ApiFixture(new HttpConfig("127.0.0.1", 0, true), "127.0.0.1");
        givenPanel(Optional.empty());

        Reply reply = api.get("/metrics");

        assertEquals(200, reply.status());
        assertEquals(3, value(parse(reply.body()), "candypanel_clients_total", Map.of()));
    }
}

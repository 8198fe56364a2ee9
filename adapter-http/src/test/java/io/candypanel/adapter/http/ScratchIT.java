package io.candypanel.adapter.http;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScratchIT {
    @Test
    void probe() {
        try (ApiFixture api = new ApiFixture()) {
            for (String p : new String[] {"/%ZZ", "/%", "/check%2", "/%C3%28"}) {
                ApiFixture.Reply r = api.raw(("GET " + p + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                System.out.println("PROBE " + p + " -> " + r.status() + " " + r.headers() + " " + r.body());
            }
            ApiFixture.Reply r = api.raw("GET /check HTTP/1.1\r\nHost: localhost\r\nContent-Length: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            System.out.println("PROBE badCL -> " + r.status() + " " + r.headers() + " " + r.body());
            r = api.send(HttpRequest.newBuilder(api.uri("/check")).method("HEAD", BodyPublishers.noBody()).build());
            System.out.println("PROBE HEAD -> " + r.status() + " " + r.headers() + " " + r.body());
            for (int mib : new int[] {5, 20}) {
                try {
                    byte[] big = new byte[mib * 1024 * 1024];
                    java.util.Arrays.fill(big, (byte) ' ');
                    r = api.send(HttpRequest.newBuilder(api.uri("/api/auth")).POST(BodyPublishers.ofByteArray(big)).build());
                    System.out.println("PROBE " + mib + "MiB CL -> " + r.status() + " " + r.body());
                } catch (Exception e) {
                    System.out.println("PROBE " + mib + "MiB CL -> exception " + e);
                }
                try {
                    byte[] big = new byte[mib * 1024 * 1024];
                    r = api.send(HttpRequest.newBuilder(api.uri("/api/auth")).POST(BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build());
                    System.out.println("PROBE " + mib + "MiB chunked -> " + r.status() + " " + r.body());
                } catch (Exception e) {
                    System.out.println("PROBE " + mib + "MiB chunked -> exception " + e);
                }
            }
            try {
                byte[] big = new byte[20 * 1024 * 1024];
                r = api.send(HttpRequest.newBuilder(api.uri("/api/auth")).expectContinue(true).POST(BodyPublishers.ofByteArray(big)).build());
                System.out.println("PROBE 20MiB expect-continue -> " + r.status() + " " + r.body());
            } catch (Exception e) {
                System.out.println("PROBE 20MiB expect-continue -> exception " + e);
            }
            r = api.get("/check");
            System.out.println("PROBE check after -> " + r.status() + " " + r.headers());
        }
    }
}

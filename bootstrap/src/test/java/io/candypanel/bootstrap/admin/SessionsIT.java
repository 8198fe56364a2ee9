package io.candypanel.bootstrap.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.auth.TokenHash;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions against the whole panel: logout, password change, expiry, the login rate limit and the session cap. */
class SessionsIT {
    private static final String NEW_PASSWORD = "brand-new-password-99";

    @TempDir
    Path work;
    private Panel panel;
    private ApiClient first;

    @BeforeEach
    void start() throws Exception {
        panel = new Panel(work).start();
        first = panel.installAndLogin();
    }

    @AfterEach
    void stop() {
        panel.close();
    }

    @Test
    void logoutEndsThatSessionOnly() {
        ApiClient second = panel.newSession(Panel.PASSWORD);

        ApiClient.Reply out = first.post("/api/auth", "{\"action\":\"logout\"}");
        assertEquals(200, out.status(), out.toString());

        ApiClient.Reply after = first.get("/api/data");
        assertEquals(401, after.status(), after.toString());
        assertEquals("UNAUTHENTICATED", after.code());
        assertEquals(401, first.manage("client", "get_config", "{\"name\":\"x\"}").status());
        assertEquals(401, first.post("/api/auth", "{\"action\":\"logout\"}").status(), "a second logout has no session");
        assertEquals(200, second.get("/api/data").status(), "the other session is untouched");

        ApiClient.Reply anonymous = panel.anonymous().post("/api/auth", "{\"action\":\"logout\"}");
        assertEquals(401, anonymous.status(), anonymous.toString());
    }

    @Test
    void anApiTokenCannotLogOut() {
        String token = "logout-probe-token-0123456789abcdefghijkl";
        first.ok("api_token", "create_or_update", "{\"name\":\"probe\",\"token\":\"" + token + "\"}");
        ApiClient bot = new ApiClient(panel.port(), token);

        ApiClient.Reply refused = bot.post("/api/auth", "{\"action\":\"logout\"}");
        assertEquals(400, refused.status(), refused.toString());
        assertEquals(200, bot.get("/api/data").status(), "the token still works");
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        ApiClient second = panel.newSession(Panel.PASSWORD);

        ApiClient.Reply wrong = first.post("/api/auth", changePassword("not-the-password", NEW_PASSWORD));
        assertEquals(400, wrong.status(), wrong.toString());
        assertFalse(wrong.success());
        assertFalse(wrong.text().contains(NEW_PASSWORD), wrong.toString());

        assertEquals(200, first.get("/api/data").status());
        assertEquals(200, second.get("/api/data").status(), "no session ended");
        assertEquals(401, panel.anonymous().tryLogin(NEW_PASSWORD).status(), "the new password was not set");
        assertEquals(200, panel.anonymous().tryLogin(Panel.PASSWORD).status(), "the old one still works");

        ApiClient.Reply weak = first.post("/api/auth", changePassword(Panel.PASSWORD, "short"));
        assertEquals(400, weak.status(), "a too-short new password is refused: " + weak);
        assertEquals(200, second.get("/api/data").status());
        assertEquals(200, panel.anonymous().tryLogin(Panel.PASSWORD).status());
    }

    @Test
    void changingThePasswordEndsEveryOtherSessionButTheCallers() {
        ApiClient second = panel.newSession(Panel.PASSWORD);
        ApiClient third = panel.newSession(Panel.PASSWORD);

        ApiClient.Reply changed = first.post("/api/auth", changePassword(Panel.PASSWORD, NEW_PASSWORD));
        assertEquals(200, changed.status(), changed.toString());

        assertEquals(200, first.get("/api/data").status(), "the caller's session stays");
        assertEquals(401, second.get("/api/data").status(), "other sessions end");
        assertEquals(401, third.get("/api/data").status(), "other sessions end");
        ApiClient.Reply old = panel.anonymous().tryLogin(Panel.PASSWORD);
        assertEquals(401, old.status(), old.toString());
        ApiClient.Reply fresh = panel.anonymous().tryLogin(NEW_PASSWORD);
        assertEquals(200, fresh.status(), fresh.toString());
    }

    @Test
    void sessionsLastSessionTtlHours() {
        first.ok("setting", "update", "{\"key\":\"session_ttl_hours\",\"value\":1}");
        ApiClient shortLived = panel.newSession(Panel.PASSWORD);

        panel.clock.advance(Duration.ofMinutes(59));
        assertEquals(200, shortLived.get("/api/data").status(), "still inside the hour");

        panel.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        ApiClient.Reply expired = shortLived.get("/api/data");
        assertEquals(401, expired.status(), expired.toString());
        assertEquals("UNAUTHENTICATED", expired.code());
        assertEquals(401, shortLived.manage("client", "get_config", "{\"name\":\"x\"}").status());
    }

    @Test
    void failedLoginsFromOneAddressAreLimitedUntilTheWindowPasses() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            ApiClient.Reply wrong = panel.anonymous().tryLogin("wrong-" + attempt);
            assertEquals(401, wrong.status(), "attempt " + attempt + ": " + wrong);
        }
        ApiClient.Reply sixth = panel.anonymous().tryLogin("wrong-6");
        assertEquals(429, sixth.status(), sixth.toString());
        assertFalse(sixth.success());
        String retryAfter = sixth.headers().firstValue("Retry-After").orElse(null);
        assertTrue(retryAfter != null && retryAfter.matches("[0-9]+"), "Retry-After in seconds: " + sixth.headers().map());
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds >= 1 && seconds <= 61, "within the one-minute window: " + seconds);

        ApiClient.Reply rightButBlocked = panel.anonymous().tryLogin(Panel.PASSWORD);
        assertEquals(429, rightButBlocked.status(), "the right password does not get through the limit: " + rightButBlocked);
        assertEquals(200, first.get("/api/data").status(), "sessions already open keep working");

        panel.clock.advance(Duration.ofSeconds(seconds));
        ApiClient.Reply allowed = panel.anonymous().tryLogin(Panel.PASSWORD);
        assertEquals(200, allowed.status(), "after Retry-After seconds the right password works: " + allowed);
    }

    @Test
    void theEleventhLoginEndsTheOldestSession() {
        List<ApiClient> sessions = new ArrayList<>();
        sessions.add(first);
        for (int i = 2; i <= 11; i++) {
            panel.clock.advance(Duration.ofSeconds(1));
            sessions.add(panel.newSession(Panel.PASSWORD));
        }

        ApiClient.Reply oldest = sessions.get(0).get("/api/data");
        assertEquals(401, oldest.status(), "the oldest of 11 sessions ended: " + oldest);
        for (int i = 1; i < sessions.size(); i++) {
            assertEquals(200, sessions.get(i).get("/api/data").status(), "session " + (i + 1) + " still works");
        }
    }

    /**
     * Logins within the same millisecond (a script logging in from several workers, or a fast machine)
     * have the same creation time. The eleventh must still end one of the older sessions, never the
     * one it has just handed out: a login must not answer 200 with a token that is already dead.
     * The clock stands still here, so every session has the same creation time; the test logs in
     * until the new token is the one that the tie-break (the token hash) would put first.
     */
    @Test
    void aLoginNeverEndsTheSessionItJustIssued() {
        List<String> open = new ArrayList<>();
        open.add(first.token());
        for (int i = 2; i <= 10; i++) {
            open.add(panel.newSession(Panel.PASSWORD).token());
        }
        for (int attempt = 0; attempt < 100; attempt++) {
            ApiClient latest = panel.newSession(Panel.PASSWORD);
            List<String> candidates = new ArrayList<>(open);
            candidates.add(latest.token());
            String firstByHash = candidates.stream().min(Comparator.comparing(t -> TokenHash.of(t).hex())).orElseThrow();
            if (firstByHash.equals(latest.token())) {
                ApiClient.Reply own = latest.get("/api/data");
                assertEquals(200, own.status(), "login #" + (11 + attempt) + " answered 200 with a token that no longer works: " + own);
                return;
            }
            open = new ArrayList<>(candidates);
            open.remove(firstByHash);
            assertEquals(200, latest.get("/api/data").status());
        }
        throw new AssertionError("no login drew the smallest token hash in 100 attempts (odds about 1 in 13,000)");
    }

    private static String changePassword(String current, String next) {
        return "{\"action\":\"change_password\",\"current_password\":" + ApiClient.quote(current)
                + ",\"new_password\":" + ApiClient.quote(next) + "}";
    }
}

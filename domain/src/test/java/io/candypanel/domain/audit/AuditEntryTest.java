package io.candypanel.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditEntryTest {
    private static final Instant AT = Instant.parse("2025-03-01T12:00:00Z");

    private static AuditEntry entry(String actor, String action, String target, String detail) {
        return new AuditEntry(AT, actor, action, target, detail);
    }

    /** What a database stores as UTF-8 and reads back: a lone surrogate would come back as '?'. */
    private static boolean survivesUtf8(String value) {
        return new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(value);
    }

    @Test
    void keepsOrdinaryValuesAsTheyAre() {
        AuditEntry entry = entry("admin:root", "client.create", "alice", "quota 10 GiB, expires 2025-04-01 \u00e9\u0645");
        assertEquals(AT, entry.at());
        assertEquals("admin:root", entry.actor());
        assertEquals("client.create", entry.action());
        assertEquals("alice", entry.target());
        assertEquals("quota 10 GiB, expires 2025-04-01 \u00e9\u0645", entry.detail());
    }

    @Test
    void aMissingTargetOrDetailIsEmptyButTimeActorAndActionAreRequired() {
        AuditEntry entry = entry("cli", "backup.create", null, null);
        assertEquals("", entry.target());
        assertEquals("", entry.detail());
        assertThrows(NullPointerException.class, () -> new AuditEntry(null, "cli", "backup.create", "", ""));
        assertThrows(NullPointerException.class, () -> entry(null, "backup.create", "", ""));
        assertThrows(NullPointerException.class, () -> entry("cli", null, "", ""));
    }

    @Test
    void eachFieldIsClippedToItsLimitAndValuesAtTheLimitAreKept() {
        AuditEntry atLimit = entry("a".repeat(128), "b".repeat(64), "c".repeat(128), "d".repeat(512));
        assertEquals("a".repeat(128), atLimit.actor());
        assertEquals("b".repeat(64), atLimit.action());
        assertEquals("c".repeat(128), atLimit.target());
        assertEquals("d".repeat(512), atLimit.detail());

        AuditEntry over = entry("a".repeat(127) + "XYZ", "b".repeat(63) + "XYZ", "c".repeat(127) + "XYZ",
                "d".repeat(511) + "XYZ" + "e".repeat(10_000));
        assertEquals("a".repeat(127) + "X", over.actor());
        assertEquals("b".repeat(63) + "X", over.action());
        assertEquals("c".repeat(127) + "X", over.target());
        assertEquals("d".repeat(511) + "X", over.detail());
    }

    @Test
    void controlCharactersBecomeSpacesSoAnEntryIsAlwaysOneLine() {
        AuditEntry entry = entry("admin:root\n2025-03-01 admin:mallory", "client.\rdelete", "al\u0000ice\u001b[31m",
                "line one\nline two\ttabbed\u007f\u0007");
        assertEquals("admin:root 2025-03-01 admin:mallory", entry.actor());
        assertEquals("client. delete", entry.action());
        assertEquals("al ice [31m", entry.target());
        assertEquals("line one line two tabbed  ", entry.detail());
    }

    @Test
    void controlCharactersAreReplacedBeforeClippingSoTheLimitStillHolds() {
        AuditEntry entry = entry("cli", "x", "\n".repeat(500), "\r\n".repeat(1000));
        assertEquals(" ".repeat(128), entry.target());
        assertEquals(" ".repeat(512), entry.detail());
    }

    /**
     * C1 control characters are control characters too ({@link Character#isISOControl}, the rule
     * the client note and the setting texts use): U+0085 (NEL) is a line break to many log viewers
     * and U+009B is the 8-bit CSI that starts a terminal escape sequence.
     */
    @ParameterizedTest
    @ValueSource(strings = {"\u0085", "\u009b", "\u0080", "\u009f"})
    void c1ControlCharactersAreReplacedToo(String control) {
        AuditEntry entry = entry("admin:root" + control + "x", "client.update" + control, "alice" + control,
                "note" + control + "[2J");
        String all = entry.actor() + entry.action() + entry.target() + entry.detail();
        assertFalse(all.chars().anyMatch(Character::isISOControl),
                "U+" + Integer.toHexString(control.charAt(0)) + " must not reach the audit log: " + all);
        assertEquals("admin:root x", entry.actor());
        assertEquals("note [2J", entry.detail());
    }

    @Test
    void clippingNeverSplitsACharacterOutsideTheBasicPlane() {
        String emoji = "\uD83D\uDE00";   // U+1F600, two UTF-16 units
        AuditEntry entry = entry("a".repeat(127) + emoji, "b".repeat(63) + emoji, "c".repeat(127) + emoji,
                "d".repeat(511) + emoji);
        for (String clipped : new String[] {entry.actor(), entry.action(), entry.target(), entry.detail()}) {
            assertTrue(survivesUtf8(clipped), "clipping left half a surrogate pair at the end of '..."
                    + clipped.substring(clipped.length() - 3) + "'");
        }
        assertTrue(entry.actor().length() <= 128);
        assertTrue(entry.action().length() <= 64);
        assertTrue(entry.target().length() <= 128);
        assertTrue(entry.detail().length() <= 512);
        assertTrue(entry.actor().startsWith("a".repeat(127)));
        assertTrue(entry.detail().startsWith("d".repeat(511)));
    }
}

package io.candypanel.domain.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One change made through the panel.
 *
 * @param actor  who: {@code admin:<user>}, {@code token:<name>}, {@code bot:<telegram id>}, {@code cli}
 * @param action what, e.g. {@code client.create}
 * @param target which object, e.g. the client name; empty when none
 * @param detail a short human-readable note; never a secret
 */
public record AuditEntry(Instant at, String actor, String action, String target, String detail) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        actor = clip(Objects.requireNonNull(actor, "actor"), 128);
        action = clip(Objects.requireNonNull(action, "action"), 64);
        target = clip(target == null ? "" : target, 128);
        detail = clip(detail == null ? "" : detail, 512);
    }

    private static String clip(String value, int max) {
        // C0 and C1 controls, format characters (bidi overrides) and line separators: one line, shown as written.
        String clean = value.replaceAll("[\\p{Cntrl}\\u0080-\\u009F\\p{Cf}\\u2028\\u2029]", " ");
        if (clean.length() <= max) {
            return clean;
        }
        int end = Character.isHighSurrogate(clean.charAt(max - 1)) ? max - 1 : max;
        return clean.substring(0, end);
    }
}

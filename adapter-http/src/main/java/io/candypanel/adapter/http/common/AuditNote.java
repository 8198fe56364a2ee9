package io.candypanel.adapter.http.common;

import java.util.Objects;

/**
 * What a successful change tells the audit log beyond who did which action: the object it touched
 * and a short note. Never a secret: no token, password, key or config.
 *
 * @param target the client name, setting key, interface name, token name or backup name; empty for none
 * @param detail a short sentence such as {@code "changed: expires, traffic"}
 */
public record AuditNote(String target, String detail) {
    public static final AuditNote NONE = new AuditNote("", "");

    public AuditNote {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(detail, "detail");
    }
}

package io.candypanel.adapter.http.share;

import java.util.Objects;

/**
 * Every word of the share page in one language: {@link #ENGLISH} and {@link #PERSIAN} are the only
 * instances, so a message missing in one language is a compile error rather than a blank on the page.
 * Texts are plain text; the renderer escapes them. In a template, {@code {0}}, {@code {1}}... stand for
 * values the renderer fills in (escaped and isolated with {@code <bdi>}, so a figure never flips in
 * right-to-left text).
 *
 * @param tag              the BCP 47 tag, for {@code <html lang>}, {@code Content-Language} and {@code ?lang=}
 * @param direction        {@code ltr} or {@code rtl}, for {@code <html dir>}
 * @param languageName     this language's name in itself, the label of the link that switches to it
 * @param active           status: enabled and not expired
 * @param expired          status: enabled but past its expiry (the next sync disables it)
 * @param disabledManually status: disabled by the administrator
 * @param disabledQuota    status: disabled because the traffic quota is used up
 * @param disabledExpired  status: disabled because it expired
 * @param disabledBanned   status: disabled because its bot user was banned
 * @param usage            label
 * @param usageDetail      template: {0} total, {1} downloaded, {2} uploaded
 * @param quota            label
 * @param quotaUsed        template: {0} quota, {1} percentage used
 * @param unlimited        the quota when there is none
 * @param usageBar         accessible name of the usage bar
 * @param expires          label
 * @param expiredAt        template: {0} the expiry, which has passed
 * @param lastHandshake    label
 * @param never            the last handshake when there was none
 * @param note             label
 * @param downloadConfig   the button
 * @param qrAlt            template: {0} the client's name
 * @param hint             the advice under the QR code
 */
record ShareTexts(String tag, String direction, String languageName, String active, String expired,
                  String disabledManually, String disabledQuota, String disabledExpired, String disabledBanned,
                  String usage, String usageDetail, String quota, String quotaUsed, String unlimited, String usageBar,
                  String expires, String expiredAt, String lastHandshake, String never, String note,
                  String downloadConfig, String qrAlt, String hint) {

    static final ShareTexts ENGLISH = new ShareTexts(
            "en", "ltr", "English",
            "Active", "Expired",
            "Disabled by the administrator", "Disabled: traffic quota used up", "Disabled: expired", "Disabled: banned",
            "Usage", "{0} ({1} down, {2} up)",
            "Quota", "{0} ({1} used)", "Unlimited", "Share of the quota used",
            "Expires", "{0} (expired)",
            "Last handshake", "never",
            "Note",
            "Download config",
            "QR code of the WireGuard config of {0}",
            "Scan the code with the WireGuard app, or import the downloaded file. "
                    + "Keep this link private: it contains the key of this connection.");

    /** The panel's own Persian words where it has them (web-panel/src/messages), so both read alike. */
    static final ShareTexts PERSIAN = new ShareTexts(
            "fa", "rtl", "فارسی",
            "فعال", "منقضی",
            "غیرفعال به دست مدیر", "غیرفعال: سهمیه ترافیک تمام شده", "غیرفعال: منقضی شده", "غیرفعال: مسدود شده",
            "مصرف", "{0} (دریافت {1}، ارسال {2})",
            "سهمیه", "{0} ({1} مصرف شده)", "نامحدود", "بخش مصرف‌شده از سهمیه",
            "انقضا", "{0} (منقضی شده)",
            "آخرین اتصال", "هرگز",
            "یادداشت",
            "دریافت پیکربندی",
            "کد QR پیکربندی وایرگارد {0}",
            "کد را با برنامه وایرگارد اسکن کنید یا پرونده دریافت‌شده را در آن وارد کنید. "
                    + "این پیوند را به کسی ندهید: کلید این اتصال در آن است.");

    ShareTexts {
        Objects.requireNonNull(tag, "tag");
        if (!direction.equals("ltr") && !direction.equals("rtl")) {
            throw new IllegalArgumentException("direction is ltr or rtl: " + direction);
        }
    }

    /** The other language, for the switch link: there are exactly two. */
    ShareTexts other() {
        return equals(PERSIAN) ? ENGLISH : PERSIAN;
    }
}

package io.candypanel.adapter.http.botapi;

import io.candypanel.application.port.in.botuser.SupportCall;

/**
 * {@code data} of {@code call_support}: the admin it is for and the text as the admin reads it, so
 * that a caller running its own bot can deliver it when no bot is connected here.
 */
record SupportCallResponse(String adminTelegramId, String supportMessage, boolean delivered) {

    static SupportCallResponse from(SupportCall call) {
        return new SupportCallResponse(call.admin().toString(), call.text(), call.delivered());
    }
}

package io.candypanel.adapter.http.botapi;

import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.application.port.in.botuser.CallSupportCommand;
import io.candypanel.domain.botuser.ChatText;
import io.candypanel.domain.botuser.TelegramId;

record CallSupportRequest(TelegramId telegramId, ChatText message) {

    static CallSupportRequest from(JsonFields fields) {
        return new CallSupportRequest(BotFields.caller(fields), BotFields.message(fields));
    }

    CallSupportCommand toCommand() {
        return new CallSupportCommand(telegramId, message);
    }
}

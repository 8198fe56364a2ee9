package io.candypanel.adapter.http.botapi;

import io.candypanel.adapter.http.common.JsonFields;
import io.candypanel.application.port.in.botuser.BroadcastCommand;
import io.candypanel.domain.botuser.ChatText;

record BroadcastRequest(ChatText message) {

    static BroadcastRequest from(JsonFields fields) {
        return new BroadcastRequest(BotFields.message(fields));
    }

    BroadcastCommand toCommand() {
        return new BroadcastCommand(message);
    }
}

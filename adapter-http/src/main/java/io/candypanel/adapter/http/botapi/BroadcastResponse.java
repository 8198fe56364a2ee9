package io.candypanel.adapter.http.botapi;

import io.candypanel.application.port.in.botuser.Broadcast;
import io.candypanel.domain.botuser.TelegramId;
import java.util.List;

/**
 * {@code data} of {@code send_message_to_all}: who it is for and the text; {@code queued} says whether a
 * connected bot took it (else a caller that runs its own bot sends it).
 */
record BroadcastResponse(List<Long> targetUserIds, String message, boolean queued) {

    static BroadcastResponse from(Broadcast broadcast) {
        return new BroadcastResponse(broadcast.recipients().stream().map(TelegramId::value).toList(), broadcast.message().value(),
                broadcast.queued());
    }
}

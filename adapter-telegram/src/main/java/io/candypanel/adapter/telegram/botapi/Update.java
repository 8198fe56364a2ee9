package io.candypanel.adapter.telegram.botapi;

/**
 * One incoming update. The poller asks only for messages and callback queries, so normally exactly
 * one of the two is set; both are null for any other kind a server sends anyway.
 *
 * @param updateId      increasing id; the poller confirms an update by asking for {@code updateId + 1}
 * @param message       a new message to the bot, or null
 * @param callbackQuery a press on one of the bot's inline buttons, or null
 */
public record Update(long updateId, Message message, CallbackQuery callbackQuery) {
}

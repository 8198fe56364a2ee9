package io.candypanel.adapter.telegram.botapi;

/** What the bot does with each incoming update (the conversation layer implements it). */
@FunctionalInterface
public interface UpdateHandler {
    /**
     * Called on the poller's thread, one update at a time, in {@code update_id} order; polling waits
     * while it runs. An exception is logged and the update counts as handled: it is not delivered
     * again, so one poisonous update cannot stop the bot.
     */
    void handle(Update update);
}

package io.candypanel.adapter.telegram;

import io.candypanel.adapter.telegram.botapi.PollingConfig;
import io.candypanel.adapter.telegram.botapi.SendRateLimiter;
import io.candypanel.adapter.telegram.botapi.Sleeper;
import java.time.Duration;
import java.util.Objects;

/**
 * The bot's timing, fixed in production and replaced in tests (which must not really wait).
 *
 * @param polling           how updates are fetched
 * @param sleeper           how sends wait: for a 429's {@code retry_after} and between broadcast messages
 * @param messagesPerSecond the broadcast pace
 * @param drainTimeout      how long a stop waits for queued notifications to go out
 */
record TelegramBotOptions(PollingConfig polling, Sleeper sleeper, int messagesPerSecond, Duration drainTimeout) {
    /**
     * Telegram answers an empty poll only after holding it, so the idle interval never delays a real
     * bot; it paces servers without long polling (the telegram-test-api emulator used by the end-to-end
     * tests) and is kept short so that those stay quick.
     */
    static final TelegramBotOptions DEFAULT = new TelegramBotOptions(
            PollingConfig.DEFAULT.withIdlePollInterval(Duration.ofMillis(300)), Sleeper.system(),
            SendRateLimiter.DEFAULT_MESSAGES_PER_SECOND, Duration.ofSeconds(5));

    TelegramBotOptions {
        Objects.requireNonNull(polling, "polling");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(drainTimeout, "drainTimeout");
    }
}

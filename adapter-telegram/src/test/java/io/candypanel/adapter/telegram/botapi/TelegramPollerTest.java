package io.candypanel.adapter.telegram.botapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.candypanel.adapter.telegram.botapi.FakeBotApi.Reply;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TelegramPollerTest {
    private static final long CHAT = 4242L;
    /** Far beyond any test's run time, so a poll only ends early when the poller ends it. */
    private static final int LONG_POLL_SECONDS = 50;
    /** A generous bound for things that should take milliseconds; never a timing assertion. */
    private static final Duration PROMPTLY = Duration.ofSeconds(10);

    private final FakeBotApi fake = FakeBotApi.start();
    private final TelegramBotApi api = new TelegramBotApi(fake.config());
    private final FakeClock clock = new FakeClock(Instant.parse("2030-01-01T00:00:00Z"));
    private final RecordingSleeper sleeper = RecordingSleeper.advancing(clock);
    private final RecordingHandler handler = new RecordingHandler();
    private TelegramPoller poller;

    @AfterEach
    void tearDown() {
        if (poller != null) {
            poller.stop();
        }
        fake.close();
    }

    @Test
    void deliversUpdatesInOrderAndMovesTheOffsetPastThem() throws Exception {
        long first = fake.queueUserMessage(CHAT, "one");
        long second = fake.queueUserMessage(CHAT, "two");
        long third = fake.queueCallback(CHAT, 99, "cfg:1");
        start(PollingConfig.DEFAULT.withTimeoutSeconds(LONG_POLL_SECONDS));

        assertEquals(List.of(first, second, third), handler.awaitIds(3));
        List<RecordedCall> polls = fake.awaitCalls("getUpdates", 2);

        assertEquals(0, polls.get(0).json().get("offset").asLong());
        assertEquals(LONG_POLL_SECONDS, polls.get(0).json().get("timeout").asInt());
        assertEquals(third + 1, polls.get(1).json().get("offset").asLong());
        assertEquals(List.of("one", "two"), handler.updates().stream().limit(2).map(u -> u.message().text()).toList());
        assertEquals(List.of(), fake.pendingUpdateIds(), "the second poll confirmed all three");
    }

    @Test
    void aFailingHandlerSkipsOnlyThatUpdate() throws Exception {
        long first = fake.queueUserMessage(CHAT, "one");
        long poisonous = fake.queueUserMessage(CHAT, "boom");
        long third = fake.queueUserMessage(CHAT, "three");
        handler.failOn(poisonous);
        start(PollingConfig.DEFAULT.withTimeoutSeconds(LONG_POLL_SECONDS));

        assertEquals(List.of(first, poisonous, third), handler.awaitIds(3));
        assertEquals(third + 1, fake.awaitCalls("getUpdates", 2).get(1).json().get("offset").asLong());

        long fourth = fake.queueUserMessage(CHAT, "still alive");
        assertEquals(List.of(first, poisonous, third, fourth), handler.awaitIds(4));
        assertEquals(List.of(), sleeper.sleeps(), "a handler failure is no poll failure");
    }

    @Test
    void aRateLimitWaitsExactlyRetryAfter() throws Exception {
        fake.script("getUpdates", Reply.rateLimited(7));
        long id = fake.queueUserMessage(CHAT, "after the wait");
        start(PollingConfig.DEFAULT.withTimeoutSeconds(LONG_POLL_SECONDS));

        assertEquals(List.of(id), handler.awaitIds(1));
        assertEquals(List.of(Duration.ofSeconds(7)), sleeper.sleeps());
    }

    @Test
    void failuresBackOffExponentiallyAndStartOverAfterASuccess() throws Exception {
        fake.script("getUpdates", Reply.serverError(), Reply.dropConnection(), Reply.conflict(), Reply.normal(),
                Reply.serverError(), Reply.serverError());
        long id = fake.queueUserMessage(CHAT, "between the failures");
        start(PollingConfig.DEFAULT.withTimeoutSeconds(LONG_POLL_SECONDS));

        List<Duration> waits = sleeper.awaitSleeps(5);

        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(1), Duration.ofSeconds(2)), waits);
        assertEquals(List.of(id), handler.ids());
        fake.awaitCalls("getUpdates", 7);
        assertEquals(5, sleeper.sleeps().size(), "the seventh poll is a normal long poll again");
    }

    @Test
    void theBackoffIsCapped() throws Exception {
        fake.script("getUpdates", Reply.serverError(), Reply.serverError(), Reply.serverError(), Reply.serverError());
        BackoffPolicy backoff = new BackoffPolicy(Duration.ofSeconds(10), Duration.ofSeconds(30));
        start(new PollingConfig(LONG_POLL_SECONDS, Duration.ofSeconds(1), backoff, Duration.ofSeconds(5)));

        assertEquals(List.of(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(30),
                Duration.ofSeconds(30)), sleeper.awaitSleeps(4));
    }

    @Test
    void stopEndsAnOpenLongPollPromptly() {
        start(PollingConfig.DEFAULT.withTimeoutSeconds(LONG_POLL_SECONDS));
        fake.awaitCalls("getUpdates", 1);

        assertTimeoutPreemptively(PROMPTLY, poller::stop);
        assertTimeoutPreemptively(PROMPTLY, poller::stop, "a second stop is harmless");

        assertEquals(1, fake.calls("getUpdates").size(), "nothing to confirm, so no further poll");
    }

    @Test
    void stopEndsABackoffWaitPromptly() throws Exception {
        fake.script("getUpdates", Reply.serverError());
        RecordingSleeper realSleeper = RecordingSleeper.delegatingTo(Sleeper.system());
        BackoffPolicy slow = new BackoffPolicy(Duration.ofMinutes(10), Duration.ofMinutes(10));
        poller = new TelegramPoller(api, handler, new PollingConfig(LONG_POLL_SECONDS, Duration.ofSeconds(1), slow,
                Duration.ofSeconds(5)), clock, realSleeper);
        poller.start();
        realSleeper.awaitSleeps(1);

        assertTimeoutPreemptively(PROMPTLY, poller::stop);
    }

    @Test
    void stopFromTheHandlerEndsPollingAndConfirmsWhatWasHandled() throws Exception {
        long first = fake.queueUserMessage(CHAT, "one");
        long second = fake.queueUserMessage(CHAT, "/stop");
        long third = fake.queueUserMessage(CHAT, "left for the next start");
        handler.onUpdate(update -> {
            if (update.updateId() == second) {
                poller.stop();
            }
        });
        start(PollingConfig.DEFAULT.withTimeoutSeconds(LONG_POLL_SECONDS));

        List<RecordedCall> polls = fake.awaitCalls("getUpdates", 2);

        assertEquals(List.of(first, second), handler.ids());
        assertEquals(second + 1, polls.get(1).json().get("offset").asLong());
        assertEquals(0, polls.get(1).json().get("timeout").asInt(), "a short confirming poll, not another long poll");
        assertEquals(List.of(third), fake.pendingUpdateIds());
    }

    @Test
    void stopLetsTheUpdateInHandFinishWithoutInterruptingIt() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch proceed = new CountDownLatch(1);
        AtomicReference<String> outcome = new AtomicReference<>("not finished");
        handler.onUpdate(update -> {
            entered.countDown();
            try {
                outcome.set(proceed.await(10, TimeUnit.SECONDS) ? "finished" : "timed out");
            } catch (InterruptedException e) {
                outcome.set("interrupted");
            }
        });
        long id = fake.queueUserMessage(CHAT, "slow work");
        start(PollingConfig.DEFAULT.withTimeoutSeconds(LONG_POLL_SECONDS));
        assertTrue(entered.await(10, TimeUnit.SECONDS));

        Thread stopper = new Thread(poller::stop, "stopper");
        stopper.start();
        awaitJoining(stopper);
        proceed.countDown();
        stopper.join(PROMPTLY.toMillis());

        assertFalse(stopper.isAlive(), "stop() did not return");
        assertEquals("finished", outcome.get());
        assertEquals(id + 1, fake.awaitCalls("getUpdates", 2).get(1).json().get("offset").asLong());
    }

    @Test
    void anEmptyAnswerThatCameAtOnceIsFollowedByAPause() throws Exception {
        start(PollingConfig.DEFAULT.withTimeoutSeconds(0).withIdlePollInterval(Duration.ofMillis(500)));

        assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofMillis(500)),
                sleeper.awaitSleeps(3));
    }

    @Test
    void anEmptyAnswerAfterAFullLongPollNeedsNoPause() throws Exception {
        // Every reading of this clock is two seconds after the last, as if each poll had waited that long.
        InstantSource slowPolls = new InstantSource() {
            private final FakeClock time = new FakeClock(Instant.EPOCH);

            @Override
            public Instant instant() {
                time.advance(Duration.ofSeconds(2));
                return time.instant();
            }
        };
        poller = new TelegramPoller(api, handler, PollingConfig.DEFAULT.withTimeoutSeconds(0), slowPolls, sleeper);
        poller.start();

        fake.awaitCalls("getUpdates", 5);
        poller.stop();

        assertEquals(List.of(), sleeper.sleeps());
    }

    @Test
    void aPollerRunsOnce() {
        start(PollingConfig.DEFAULT.withTimeoutSeconds(LONG_POLL_SECONDS));

        assertThrows(IllegalStateException.class, poller::start);
        poller.stop();
        assertThrows(IllegalStateException.class, poller::start);
    }

    @Test
    void stopBeforeStartIsHarmless() {
        TelegramPoller neverStarted = new TelegramPoller(api, handler, PollingConfig.DEFAULT, clock, sleeper);

        neverStarted.stop();

        assertThrows(IllegalStateException.class, neverStarted::start);
        assertEquals(List.of(), fake.calls("getUpdates"));
    }

    private void start(PollingConfig config) {
        poller = new TelegramPoller(api, handler, config, clock, sleeper);
        poller.start();
    }

    /** Waits (with a deadline) until the thread sits in Thread.join, i.e. inside stop() past its request. */
    private static void awaitJoining(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + PROMPTLY.toNanos();
        while (thread.getState() != Thread.State.TIMED_WAITING && thread.getState() != Thread.State.WAITING) {
            if (System.nanoTime() > deadline || !thread.isAlive()) {
                fail("stop() never started waiting for the poller; state " + thread.getState());
            }
            Thread.onSpinWait();
        }
    }

    /** Records delivered updates; can fail on one id or run extra code per update. */
    private static final class RecordingHandler implements UpdateHandler {
        private final List<Update> updates = new ArrayList<>();
        private volatile long failOn = -1;
        private volatile UpdateHandler extra = update -> { };
        private final AtomicBoolean interrupted = new AtomicBoolean();

        void failOn(long updateId) {
            failOn = updateId;
        }

        void onUpdate(UpdateHandler action) {
            extra = action;
        }

        @Override
        public void handle(Update update) {
            if (Thread.currentThread().isInterrupted()) {
                interrupted.set(true);
            }
            synchronized (this) {
                updates.add(update);
                notifyAll();
            }
            extra.handle(update);
            if (update.updateId() == failOn) {
                throw new IllegalStateException("handler bug on update " + update.updateId());
            }
        }

        synchronized List<Update> updates() {
            return List.copyOf(updates);
        }

        synchronized List<Long> ids() {
            assertFalse(interrupted.get(), "a handler ran with the interrupt flag set");
            return updates.stream().map(Update::updateId).toList();
        }

        synchronized List<Long> awaitIds(int count) throws InterruptedException {
            long deadline = System.nanoTime() + FakeBotApi.AWAIT.toNanos();
            while (updates.size() < count) {
                long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
                if (remainingMillis <= 0) {
                    fail("Expected " + count + " updates, got " + ids());
                }
                wait(remainingMillis);
            }
            return ids();
        }
    }
}

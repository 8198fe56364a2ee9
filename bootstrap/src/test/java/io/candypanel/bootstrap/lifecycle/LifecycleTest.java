package io.candypanel.bootstrap.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleTest {
    private final List<String> events = new ArrayList<>();

    private Service recording(String name) {
        return Service.of(name, () -> events.add("start " + name), () -> events.add("stop " + name));
    }

    @Test
    void startsInOrderAndStopsInReverseOnce() throws Exception {
        Lifecycle lifecycle = new Lifecycle(List.of(recording("db"), recording("wg"), recording("http")));

        lifecycle.start();
        lifecycle.stop();
        lifecycle.stop();

        assertEquals(List.of("start db", "start wg", "start http", "stop http", "stop wg", "stop db"), events);
    }

    @Test
    void aFailedStartStopsWhatWasStartedAndRethrows() {
        IllegalStateException boom = new IllegalStateException("port in use");
        Service failing = Service.of("http", () -> {
            throw boom;
        }, () -> events.add("stop http"));
        Lifecycle lifecycle = new Lifecycle(List.of(recording("db"), recording("wg"), failing, recording("bot")));

        assertSame(boom, assertThrows(IllegalStateException.class, lifecycle::start));
        assertEquals(List.of("start db", "start wg", "stop wg", "stop db"), events);
    }

    @Test
    void aServiceThatFailsToStopDoesNotKeepTheOthersRunning() throws Exception {
        Service stubborn = Service.of("wg", () -> events.add("start wg"), () -> {
            throw new IllegalStateException("busy");
        });
        Lifecycle lifecycle = new Lifecycle(List.of(recording("db"), stubborn, recording("http")));
        lifecycle.start();

        lifecycle.stop();

        assertEquals(List.of("start db", "start wg", "start http", "stop http", "stop db"), events);
    }
}

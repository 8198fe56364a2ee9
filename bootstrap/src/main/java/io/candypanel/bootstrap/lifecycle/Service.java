package io.candypanel.bootstrap.lifecycle;

import java.util.Objects;

/** Something with a start and a stop: adapters expose plain methods, modules wrap them with {@link #of}. */
public interface Service {
    void start() throws Exception;

    void stop();

    String name();

    /** Checked work done at start, e.g. {@code db::start}. */
    interface Starter {
        void run() throws Exception;
    }

    static Service of(String name, Starter start, Runnable stop) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(stop, "stop");
        return new Service() {
            @Override
            public void start() throws Exception {
                start.run();
            }

            @Override
            public void stop() {
                stop.run();
            }

            @Override
            public String name() {
                return name;
            }
        };
    }
}

package io.candypanel.domain.client;

/** The kernel's transfer counters of one peer, from the server's side: rx = received from the client, tx = sent to it. */
public record KernelCounters(long rx, long tx) {
    public static final KernelCounters ZERO = new KernelCounters(0, 0);

    public KernelCounters {
        if (rx < 0 || tx < 0) {
            throw new IllegalArgumentException("kernel counters cannot be negative");
        }
    }
}

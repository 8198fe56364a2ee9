package io.candypanel.benchmarks;

import io.candypanel.domain.network.Ipv6Address;
import io.candypanel.domain.network.Ipv6Allocator;
import io.candypanel.domain.network.Ipv6Cidr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The time to pick a client's IPv6 address in a /64 (2^64 addresses, never enumerated) with 1,000,
 * 10,000 and 100,000 clients already there, in random order as a repository returns them.
 * Options: {@code --rounds N} (default 50 measured allocations per size).
 */
public final class Ipv6AllocationBenchmark {
    private Ipv6AllocationBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length == 2 && args[0].equals("--rounds") ? Integer.parseInt(args[1]) : 50;
        Ipv6Cidr range = Ipv6Cidr.parse("2001:db8:7::1/64");
        System.out.printf("IPv6 allocation in %s (Java %s)%n", range, Runtime.version());
        for (int clients : new int[] {1_000, 10_000, 100_000}) {
            List<Ipv6Address> taken = new ArrayList<>(clients);
            Ipv6Address next = range.network().plus(2);
            for (int i = 0; i < clients; i++) {
                taken.add(next);
                next = next.plus(1);
            }
            Collections.shuffle(taken, new Random(1));
            Ipv6Address expected = range.network().plus(clients + 2L);
            for (int warmUp = 0; warmUp < 20; warmUp++) {
                check(Ipv6Allocator.lowestFree(range, taken), expected);
            }
            long[] times = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                Ipv6Address picked = Ipv6Allocator.lowestFree(range, taken);
                times[i] = System.nanoTime() - t0;
                check(picked, expected);
            }
            java.util.Arrays.sort(times);
            System.out.printf("   %,7d clients: median %6.2f ms, p95 %6.2f ms per allocation%n", clients, times[rounds / 2] / 1e6,
                    times[(int) (rounds * 0.95)] / 1e6);
        }
    }

    private static void check(Ipv6Address picked, Ipv6Address expected) {
        if (!picked.equals(expected)) {
            throw new IllegalStateException("picked " + picked + ", expected " + expected);
        }
    }
}

package io.candypanel.adapter.http.metrics;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts of HTTP requests by method, route and status, and a latency histogram per route. The
 * server labels each request with its route's template (or {@code unmatched}), never the raw path,
 * and methods outside the standard set count as {@code OTHER}: whatever callers send, the number of
 * series stays bounded. Public only so that the server package can record into it.
 */
public final class RequestMetrics {
    /** Upper bounds of the latency buckets, in seconds (Prometheus client defaults). */
    static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

    private record RequestKey(String method, String route, int status) {
    }

    private static final class Histogram {
        private final LongAdder[] buckets = new LongAdder[BUCKETS.length];
        private final LongAdder count = new LongAdder();
        private final DoubleAdder sum = new DoubleAdder();

        Histogram() {
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new LongAdder();
            }
        }

        void observe(double seconds) {
            for (int i = 0; i < BUCKETS.length; i++) {
                if (seconds <= BUCKETS[i]) {
                    buckets[i].increment();
                    break;
                }
            }
            count.increment();
            sum.add(seconds);
        }
    }

    private final ConcurrentMap<RequestKey, LongAdder> requests = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Histogram> durations = new ConcurrentHashMap<>();

    /**
     * @param route the route template, or a fixed word such as {@code unmatched}; never a raw path
     */
    public void record(String method, String route, int status, long durationNanos) {
        String upper = method.toUpperCase(Locale.ROOT);
        String boundedMethod = METHODS.contains(upper) ? upper : "OTHER";
        requests.computeIfAbsent(new RequestKey(boundedMethod, route, status), k -> new LongAdder()).increment();
        durations.computeIfAbsent(route, r -> new Histogram()).observe(Math.max(0, durationNanos) / 1e9);
    }

    void writeTo(PrometheusText out) {
        out.family("candypanel_http_requests_total", "counter", "HTTP requests answered, by method, route template and status.");
        List<Map.Entry<RequestKey, LongAdder>> counted = requests.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(RequestKey::route)
                        .thenComparing(RequestKey::method).thenComparingInt(RequestKey::status)))
                .toList();
        for (Map.Entry<RequestKey, LongAdder> entry : counted) {
            RequestKey key = entry.getKey();
            out.sample("candypanel_http_requests_total",
                    labels("method", key.method(), "route", key.route(), "status", Integer.toString(key.status())),
                    entry.getValue().sum());
        }

        out.family("candypanel_http_request_duration_seconds", "histogram", "Time to answer an HTTP request, by route template.");
        List<Map.Entry<String, Histogram>> routes = durations.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
        for (Map.Entry<String, Histogram> entry : routes) {
            String route = entry.getKey();
            Histogram histogram = entry.getValue();
            // Read the count first: observations racing with this scrape may then show in a bucket but
            // not yet in the count, never the reverse, so +Inf (the count) is never below a bucket.
            long count = histogram.count.sum();
            long cumulative = 0;
            for (int i = 0; i < BUCKETS.length; i++) {
                cumulative += histogram.buckets[i].sum();
                out.sample("candypanel_http_request_duration_seconds_bucket",
                        labels("route", route, "le", PrometheusText.number(BUCKETS[i])), Math.min(cumulative, count));
            }
            out.sample("candypanel_http_request_duration_seconds_bucket", labels("route", route, "le", "+Inf"), count);
            out.sample("candypanel_http_request_duration_seconds_sum", labels("route", route), histogram.sum.sum());
            out.sample("candypanel_http_request_duration_seconds_count", labels("route", route), count);
        }
    }

    static Map<String, String> labels(String... namesAndValues) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            labels.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return labels;
    }
}

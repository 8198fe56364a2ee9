package io.candypanel.adapter.http.metrics;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The Prometheus text exposition format, version 0.0.4, written by hand: {@code # HELP} and
 * {@code # TYPE} once per family, then one {@code name{label="value",...} value} line per sample.
 */
final class PrometheusText {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final StringBuilder text = new StringBuilder(4096);

    void family(String name, String type, String help) {
        text.append("# HELP ").append(name).append(' ').append(escapeHelp(help)).append('\n');
        text.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    void sample(String name, Map<String, String> labels, long value) {
        labels(name, labels).append(value).append('\n');
    }

    void sample(String name, Map<String, String> labels, double value) {
        labels(name, labels).append(number(value)).append('\n');
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** Go's ParseFloat reads all of these: plain decimals, {@code NaN}, {@code +Inf}, {@code -Inf}. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private StringBuilder labels(String name, Map<String, String> labels) {
        text.append(name);
        if (!labels.isEmpty()) {
            text.append('{');
            boolean first = true;
            for (Map.Entry<String, String> label : labels.entrySet()) {
                if (!first) {
                    text.append(',');
                }
                first = false;
                text.append(label.getKey()).append("=\"").append(escapeLabel(label.getValue())).append('"');
            }
            text.append('}');
        }
        return text.append(' ');
    }

    /** Label values escape backslash, double quote and line feed. */
    static String escapeLabel(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    /** Help texts escape backslash and line feed. */
    private static String escapeHelp(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n");
    }
}

package io.candypanel.adapter.http.web;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads {@code Accept-Encoding} (RFC 9110, 12.5.3) for the one question the web panel asks: may
 * the answer be gzip? An explicit {@code gzip} (or its old alias {@code x-gzip}) decides by its
 * q-value, {@code q=0} meaning "not acceptable"; without one, {@code *} decides the same way. No
 * header, an empty one, or one that does not parse means no: identity is always safe.
 */
final class AcceptEncoding {
    /** RFC 9110's qvalue: 0 to 1 with at most three decimals. */
    private static final Pattern QVALUE = Pattern.compile("0(?:\\.[0-9]{0,3})?|1(?:\\.0{0,3})?");

    private AcceptEncoding() {
    }

    static boolean acceptsGzip(String header) {
        if (header == null) {
            return false;
        }
        double gzip = -1;
        double any = -1;
        for (String element : header.split(",")) {
            String[] parts = element.split(";");
            String coding = parts[0].trim().toLowerCase(Locale.ROOT);
            double q = quality(parts);
            if (q < 0) {
                continue; // a malformed element says nothing; the others still count
            }
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = Math.max(gzip, q);
            } else if (coding.equals("*")) {
                any = Math.max(any, q);
            }
        }
        return gzip >= 0 ? gzip > 0 : any > 0;
    }

    /** The element's q-value, 1 when it has none, -1 when it is malformed. */
    private static double quality(String[] parts) {
        double q = 1;
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            int equals = parameter.indexOf('=');
            if (equals < 0) {
                return -1;
            }
            if (parameter.substring(0, equals).trim().equalsIgnoreCase("q")) {
                String value = parameter.substring(equals + 1).trim();
                if (!QVALUE.matcher(value).matches()) {
                    return -1;
                }
                q = Double.parseDouble(value);
            }
        }
        return q;
    }
}

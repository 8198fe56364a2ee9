package io.candypanel.adapter.http.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptEncodingTest {

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
            "gzip                          | true",
            "gzip, deflate, br, zstd       | true",
            "GZIP                          | true",
            "x-gzip                        | true",
            "br;q=1.0, gzip;q=0.8, *;q=0.1 | true",
            "'gzip ; q=0.5'                | true",
            "*                             | true",
            "*;q=0.001                     | true",
            "gzip;q=0                      | false",
            "gzip;q=0.000                  | false",
            "'gzip;q=0, *'                 | false",
            "'*, gzip;q=0'                 | false",
            "*;q=0                         | false",
            "identity                      | false",
            "br, deflate                   | false",
            "''                            | false",
            "gzip;q=2                      | false",
            "gzip;q=abc                    | false",
            "gzip;q=0.5555                 | false",
            "gzip;level                    | false",
            "'gzip;q=abc, *'               | true",
            "gzipped                       | false",
            "',,,'                         | false",
    })
    void acceptsGzip(String header, boolean expected) {
        assertEquals(expected, AcceptEncoding.acceptsGzip(header), header);
    }

    @Test
    void noHeaderMeansIdentity() {
        assertFalse(AcceptEncoding.acceptsGzip(null));
    }
}

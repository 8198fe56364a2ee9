package io.candypanel.adapter.http;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Builds the adapter's own mapper; each server owns one and never hands it to anyone else. */
final class JsonMappers {

    private JsonMappers() {
    }

    static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                // ISO-8601 strings such as 2026-12-01T00:00:00Z, as the contract says.
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // An unknown field is ignored (contract); extra data after the object or a key given
                // twice is ambiguous input, refused rather than guessed at.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // The response stream belongs to Undertow; it is closed where it was opened. Not passing
                // Jackson's final flush on lets Undertow send a small body with Content-Length in one
                // write; a large one still streams, chunked, as soon as Undertow's buffer fills.
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
                // Amounts are exact decimals: 4000 and 0.0000001, never 4E+3 or 1E-7.
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                // Response records use Java names; the wire uses the original's snake_case names.
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .build();
    }
}

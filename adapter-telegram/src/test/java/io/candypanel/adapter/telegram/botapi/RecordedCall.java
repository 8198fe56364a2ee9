package io.candypanel.adapter.telegram.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One request the fake Bot API received: a JSON body in {@link #json()}, or a multipart/form-data
 * body in {@link #parts()} (parsed independently of the client's builder, strictly enough to catch a
 * missing CRLF or a wrong closing delimiter).
 */
record RecordedCall(String method, String httpMethod, String contentType, JsonNode json, Map<String, FormPart> parts) {
    private static final Pattern BOUNDARY = Pattern.compile(";\\s*boundary=(\"?)([^\";]+)\\1");
    private static final Pattern NAME = Pattern.compile(";\\s*name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile(";\\s*filename=\"([^\"]*)\"");

    static RecordedCall parse(ObjectMapper mapper, String method, String httpMethod, String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType;
        if (type.startsWith("application/json")) {
            try {
                return new RecordedCall(method, httpMethod, type, mapper.readTree(body), Map.of());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (type.startsWith("multipart/form-data")) {
            Matcher boundary = BOUNDARY.matcher(type);
            if (!boundary.find()) {
                throw new IllegalArgumentException("multipart without boundary: " + type);
            }
            return new RecordedCall(method, httpMethod, type, mapper.createObjectNode(),
                    parseMultipart(body, boundary.group(2)));
        }
        return new RecordedCall(method, httpMethod, type, mapper.createObjectNode(), Map.of());
    }

    FormPart part(String name) {
        FormPart part = parts.get(name);
        if (part == null) {
            throw new AssertionError("No form part " + name + " in " + parts.keySet());
        }
        return part;
    }

    /** RFC 7578 / RFC 2046: --boundary CRLF headers CRLF CRLF content CRLF --boundary ... --boundary-- CRLF. */
    private static Map<String, FormPart> parseMultipart(byte[] body, String boundary) {
        byte[] first = ("--" + boundary + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] between = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        byte[] closing = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        if (!startsWith(body, first, 0)) {
            throw new IllegalArgumentException("multipart body does not start with the delimiter line");
        }
        if (!endsWith(body, closing)) {
            throw new IllegalArgumentException("multipart body does not end with the closing delimiter and CRLF");
        }
        Map<String, FormPart> parts = new LinkedHashMap<>();
        int position = first.length;
        while (true) {
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), position);
            String headers = new String(body, position, headersEnd - position, StandardCharsets.UTF_8);
            int contentStart = headersEnd + 4;
            int contentEnd = indexOf(body, between, contentStart);
            FormPart part = FormPart.of(headers, Arrays.copyOfRange(body, contentStart, contentEnd));
            parts.put(part.name(), part);
            int afterDelimiter = contentEnd + between.length;
            if (startsWith(body, "--".getBytes(StandardCharsets.US_ASCII), afterDelimiter)) {
                return parts;
            }
            if (!startsWith(body, "\r\n".getBytes(StandardCharsets.US_ASCII), afterDelimiter)) {
                throw new IllegalArgumentException("delimiter not followed by CRLF at " + afterDelimiter);
            }
            position = afterDelimiter + 2;
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        for (int start = from; start <= haystack.length - needle.length; start++) {
            if (startsWith(haystack, needle, start)) {
                return start;
            }
        }
        throw new IllegalArgumentException("multipart: expected sequence not found after " + from);
    }

    private static boolean startsWith(byte[] data, byte[] prefix, int at) {
        if (at + prefix.length > data.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(byte[] data, byte[] suffix) {
        return startsWith(data, suffix, data.length - suffix.length);
    }

    /** One form field; {@code fileName} and {@code contentType} are null for a plain field. */
    record FormPart(String name, String fileName, String contentType, byte[] content) {
        static FormPart of(String headers, byte[] content) {
            String disposition = null;
            String contentType = null;
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                String header = line.substring(0, colon).trim();
                String value = line.substring(colon + 1).trim();
                if (header.equalsIgnoreCase("Content-Disposition")) {
                    disposition = value;
                } else if (header.equalsIgnoreCase("Content-Type")) {
                    contentType = value;
                } else {
                    throw new IllegalArgumentException("unexpected part header " + line);
                }
            }
            if (disposition == null || !disposition.startsWith("form-data")) {
                throw new IllegalArgumentException("part without form-data disposition: " + headers);
            }
            Matcher name = NAME.matcher(disposition);
            if (!name.find()) {
                throw new IllegalArgumentException("part without name: " + disposition);
            }
            Matcher fileName = FILE_NAME.matcher(disposition);
            return new FormPart(decode(name.group(1)), fileName.find() ? decode(fileName.group(1)) : null,
                    contentType, content);
        }

        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }

        /** Undoes the browser-style escaping of quotes and line breaks. */
        private static String decode(String value) {
            return value.replace("%22", "\"").replace("%0D", "\r").replace("%0A", "\n");
        }
    }
}

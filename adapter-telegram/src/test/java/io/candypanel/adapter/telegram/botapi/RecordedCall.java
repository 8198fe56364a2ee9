package io.candypanel.adapter.telegram.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One request the fake Bot API received: a JSON body in {@link #json()}, or a multipart/form-data
 * body in {@link #parts()} (parsed independently of the client's builder, strictly enough to catch a
 * missing CRLF or a wrong closing delimiter).
 *
 * @param token     the bot token in the request path
 * @param messageId the id the answer gave the sent or edited message, 0 for other methods
 */
public record RecordedCall(String method, String httpMethod, String contentType, JsonNode json, Map<String, FormPart> parts,
                           String token, long messageId) {
    private static final Pattern BOUNDARY = Pattern.compile(";\\s*boundary=(\"?)([^\";]+)\\1");
    private static final Pattern NAME = Pattern.compile(";\\s*name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile(";\\s*filename=\"([^\"]*)\"");

    static RecordedCall parse(ObjectMapper mapper, String method, String httpMethod, String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType;
        if (type.startsWith("application/json")) {
            try {
                return new RecordedCall(method, httpMethod, type, mapper.readTree(body), Map.of(), "", 0);
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
                    parseMultipart(body, boundary.group(2)), "", 0);
        }
        return new RecordedCall(method, httpMethod, type, mapper.createObjectNode(), Map.of(), "", 0);
    }

    RecordedCall answeredWith(String newToken, long newMessageId) {
        return new RecordedCall(method, httpMethod, contentType, json, parts, newToken, newMessageId);
    }

    /** The chat a send or edit went to: {@code chat_id} of the JSON body or of the form. */
    public long chatId() {
        if (parts.containsKey("chat_id")) {
            return Long.parseLong(parts.get("chat_id").text());
        }
        return json.path("chat_id").asLong();
    }

    /** The text of a sendMessage or editMessageText, the caption of an upload, else "". */
    public String text() {
        if (parts.containsKey("caption")) {
            return parts.get("caption").text();
        }
        return json.path("text").asText("");
    }

    /** Every callback_data of the inline keyboard sent with the message, in reading order. */
    public List<String> buttonData() {
        List<String> data = new ArrayList<>();
        json.path("reply_markup").path("inline_keyboard").forEach(row -> row.forEach(button -> data.add(button.path("callback_data").asText())));
        return data;
    }

    /** Every button label of the inline keyboard, in reading order. */
    public List<String> buttonLabels() {
        List<String> labels = new ArrayList<>();
        json.path("reply_markup").path("inline_keyboard").forEach(row -> row.forEach(button -> labels.add(button.path("text").asText())));
        return labels;
    }

    public FormPart part(String name) {
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
    public record FormPart(String name, String fileName, String contentType, byte[] content) {
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

        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }

        /** Undoes the browser-style escaping of quotes and line breaks. */
        private static String decode(String value) {
            return value.replace("%22", "\"").replace("%0D", "\r").replace("%0A", "\n");
        }
    }
}

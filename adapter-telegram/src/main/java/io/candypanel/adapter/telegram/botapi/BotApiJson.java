package io.candypanel.adapter.telegram.botapi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The adapter's one Jackson mapper and the Bot API's JSON conventions: snake_case names, unknown
 * fields ignored (Telegram adds fields in every Bot API version, and the telegram-test-api emulator
 * puts a {@code botToken} field into updates), null fields left out of requests.
 */
final class BotApiJson {
    private final ObjectMapper mapper = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final JavaType updateList = mapper.getTypeFactory().constructCollectionType(List.class, Update.class);

    ObjectNode object() {
        return mapper.createObjectNode();
    }

    byte[] toBytes(JsonNode node) {
        try {
            return mapper.writeValueAsBytes(node);
        } catch (IOException e) {
            // A tree of our own making always serialises.
            throw new UncheckedIOException(e);
        }
    }

    /** The parsed body, or null when it is not JSON (an HTML error page from a proxy, say). */
    JsonNode parseOrNull(byte[] body) {
        try {
            return body.length == 0 ? null : mapper.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    <T> T read(JsonNode node, Class<T> type) throws IOException {
        return mapper.readerFor(type).readValue(node);
    }

    List<Update> readUpdates(JsonNode node) throws IOException {
        return mapper.readerFor(updateList).readValue(node);
    }

    /** {@code {"inline_keyboard":[[{"text":..,"callback_data":..}]]}}, written by hand so no null is sent. */
    ObjectNode keyboard(InlineKeyboardMarkup markup) {
        ObjectNode node = object();
        ArrayNode rows = node.putArray("inline_keyboard");
        for (List<InlineKeyboardButton> row : markup.inlineKeyboard()) {
            ArrayNode buttons = rows.addArray();
            for (InlineKeyboardButton button : row) {
                ObjectNode json = buttons.addObject().put("text", button.text());
                if (button.callbackData() != null) {
                    json.put("callback_data", button.callbackData());
                }
                if (button.url() != null) {
                    json.put("url", button.url());
                }
            }
        }
        return node;
    }
}

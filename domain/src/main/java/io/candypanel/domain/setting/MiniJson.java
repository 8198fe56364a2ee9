package io.candypanel.domain.setting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the two JSON shapes settings use ({@code alert}: a list of strings, {@code prices}: a flat
 * object of numbers) so the domain needs no JSON library. Anything else is an
 * {@link IllegalArgumentException}.
 */
final class MiniJson {
    private final String text;
    private int pos;

    private MiniJson(String text) {
        this.text = text;
    }

    static List<String> parseStringArray(String text) {
        MiniJson json = new MiniJson(text);
        List<String> items = new ArrayList<>();
        json.expect('[');
        if (!json.tryConsume(']')) {
            do {
                items.add(json.string());
            } while (json.tryConsume(','));
            json.expect(']');
        }
        json.end();
        return items;
    }

    static Map<String, Double> parseNumberObject(String text) {
        MiniJson json = new MiniJson(text);
        Map<String, Double> entries = new LinkedHashMap<>();
        json.expect('{');
        if (!json.tryConsume('}')) {
            do {
                String key = json.string();
                json.expect(':');
                if (entries.put(key, json.number()) != null) {
                    throw new IllegalArgumentException("duplicate key " + key);
                }
            } while (json.tryConsume(','));
            json.expect('}');
        }
        json.end();
        return entries;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private void expect(char c) {
        if (!tryConsume(c)) {
            throw new IllegalArgumentException("expected '" + c + "' at " + pos);
        }
    }

    private boolean tryConsume(char c) {
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void end() {
        skipSpace();
        if (pos != text.length()) {
            throw new IllegalArgumentException("trailing text at " + pos);
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw new IllegalArgumentException("control character in string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) {
                break;
            }
            char escaped = text.charAt(pos++);
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw new IllegalArgumentException("short unicode escape");
                    }
                    out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> throw new IllegalArgumentException("bad escape");
            }
        }
        throw new IllegalArgumentException("unterminated string");
    }

    private double number() {
        skipSpace();
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String literal = text.substring(start, pos);
        if (!literal.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            throw new IllegalArgumentException("not a number: " + literal);
        }
        return Double.parseDouble(literal);
    }
}

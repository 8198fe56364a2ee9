package io.candypanel.adapter.telegram.botapi;

import java.util.ArrayList;
import java.util.List;

/**
 * Buttons shown under a message, row by row.
 *
 * @param inlineKeyboard the rows; never null (an absent keyboard from a server reads as no rows)
 */
public record InlineKeyboardMarkup(List<List<InlineKeyboardButton>> inlineKeyboard) {
    public InlineKeyboardMarkup {
        inlineKeyboard = inlineKeyboard == null
                ? List.of()
                : inlineKeyboard.stream().map(row -> row == null ? List.<InlineKeyboardButton>of() : List.copyOf(row)).toList();
    }

    /** One list per row: {@code rows(List.of(yes, no), List.of(cancel))}. */
    @SafeVarargs
    public static InlineKeyboardMarkup rows(List<InlineKeyboardButton>... rows) {
        // Copied element by element: handing the varargs array itself on is what -Xlint:varargs flags.
        List<List<InlineKeyboardButton>> copy = new ArrayList<>(rows.length);
        for (List<InlineKeyboardButton> row : rows) {
            copy.add(row);
        }
        return new InlineKeyboardMarkup(copy);
    }

    /** A single row of buttons side by side. */
    public static InlineKeyboardMarkup row(InlineKeyboardButton... buttons) {
        return new InlineKeyboardMarkup(List.of(List.of(buttons)));
    }

    /** Every button on its own row, the usual shape for a menu. */
    public static InlineKeyboardMarkup column(List<InlineKeyboardButton> buttons) {
        return new InlineKeyboardMarkup(buttons.stream().map(List::of).toList());
    }

    /** All buttons of all rows, in reading order. */
    public List<InlineKeyboardButton> buttons() {
        return inlineKeyboard.stream().flatMap(List::stream).toList();
    }
}

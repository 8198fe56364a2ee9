package io.candypanel.domain.botuser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.candypanel.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class ChatTextTest {

    @Test
    void keepsParagraphsAndTrimsTheEnds() {
        assertEquals("My internet is slow.\n\nSince yesterday.", new ChatText("  My internet is slow.\n\nSince yesterday.\n").value());
        assertEquals("اینترنت من کند است", new ChatText("اینترنت من کند است").value());
    }

    @Test
    void refusesEmptyOverlongAndControlCharacters() {
        assertEquals("INVALID_MESSAGE", assertThrows(InvalidValueException.class, () -> new ChatText(null)).code());
        assertEquals("INVALID_MESSAGE", assertThrows(InvalidValueException.class, () -> new ChatText(" \n ")).code());
        assertEquals("INVALID_MESSAGE", assertThrows(InvalidValueException.class,
                () -> new ChatText("x".repeat(ChatText.MAX_LENGTH + 1))).code());
        assertEquals("INVALID_MESSAGE", assertThrows(InvalidValueException.class, () -> new ChatText("bell\u0007")).code());
        assertEquals(ChatText.MAX_LENGTH, new ChatText("x".repeat(ChatText.MAX_LENGTH)).value().length());
    }
}

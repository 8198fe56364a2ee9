package io.candypanel.adapter.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Commands are matched by their exact name, not by prefix as in the original. */
class CommandLineTest {

    @Test
    void aCommandWithBotNameAndArgumentsIsRead() {
        assertEquals(Optional.of(new CommandLine("start", "")), CommandLine.parse("/start"));
        assertEquals(Optional.of(new CommandLine("start", "")), CommandLine.parse("/start@CandyPanelBot"));
        assertEquals(Optional.of(new CommandLine("start", "ref-42")), CommandLine.parse("/start ref-42"));
        assertEquals(Optional.of(new CommandLine("bought", "ABC-123")), CommandLine.parse("  /bought@Bot   ABC-123  "));
        assertEquals(Optional.of(new CommandLine("start", "")), CommandLine.parse("/START"));
        // A right-to-left keyboard's invisible marks do not hide a command or spoil its arguments.
        assertEquals(Optional.of(new CommandLine("bought", "REF-9")), CommandLine.parse("\u200F/bought \u2068REF-9\u2069"));
    }

    @Test
    void aLongerNameIsAnotherCommand() {
        assertEquals("startx", CommandLine.parse("/startx").orElseThrow().name());
        assertFalse(CommandLine.parse("/startx").orElseThrow().is("start"));
        assertFalse(CommandLine.parse("/approve_all").orElseThrow().is("approve"));
    }

    @Test
    void notACommand() {
        assertEquals(Optional.empty(), CommandLine.parse("start"));
        assertEquals(Optional.empty(), CommandLine.parse("/"));
        assertEquals(Optional.empty(), CommandLine.parse("/ start"));
        assertEquals(Optional.empty(), CommandLine.parse("/start-now"));
        assertEquals(Optional.empty(), CommandLine.parse(null));
        assertTrue(CommandLine.looksLikeCommand("/start-now"));
        assertFalse(CommandLine.looksLikeCommand("hello /start"));
    }

    @Test
    void argumentsKeepTheirLineBreaksAndSplitIntoWords() {
        CommandLine broadcast = CommandLine.parse("/broadcast Hello\n\nsecond paragraph").orElseThrow();
        assertEquals("Hello\n\nsecond paragraph", broadcast.arguments());

        CommandLine reject = CommandLine.parse("/reject ORD-1 paid the wrong amount").orElseThrow();
        assertEquals(List.of("ORD-1", "paid", "the", "wrong", "amount"), reject.words());
        assertEquals(List.of("ORD-1", "paid the wrong amount"), reject.wordsThenRest(1));
        assertEquals(List.of(), CommandLine.parse("/reject").orElseThrow().wordsThenRest(1));
    }
}

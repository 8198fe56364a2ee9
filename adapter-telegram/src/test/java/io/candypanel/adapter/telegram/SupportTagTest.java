package io.candypanel.adapter.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.candypanel.domain.botuser.TelegramId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SupportTagTest {

    @Test
    void theLastTagLineNamesTheUser() {
        assertEquals("#id4242", SupportTag.of(new TelegramId(4242)));
        assertEquals(Optional.of(new TelegramId(4242)), SupportTag.find("Support request\n\nhelp me\n#id4242"));
        // The user's own text may contain a tag line; the bot's own line comes last.
        assertEquals(Optional.of(new TelegramId(7)), SupportTag.find("msg\n#id666\nmore\n#id7"));
    }

    @Test
    void noTagNoUser() {
        assertEquals(Optional.empty(), SupportTag.find("hello #id4242 inline"));
        assertEquals(Optional.empty(), SupportTag.find("#id0"));
        assertEquals(Optional.empty(), SupportTag.find("#id99999999999999999999"));
        assertEquals(Optional.empty(), SupportTag.find(null));
    }
}

package io.candypanel.adapter.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.port.in.botuser.BotUserNotFoundException;
import io.candypanel.application.port.in.client.ClientNotFoundException;
import io.candypanel.application.port.in.wginterface.ClientsOutsideRangeException;
import io.candypanel.domain.botuser.Language;
import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.shared.InvalidValueException;
import io.candypanel.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** Failures become a sentence in the user's language, never a code, a stack trace or JSON. */
class TelegramErrorRepliesTest {
    private final BotTexts texts = new BotTexts();
    private final TelegramErrorReplies replies = new TelegramErrorReplies(texts);

    @Test
    void knownCodesHaveTheirOwnText() {
        assertEquals(texts.get(Language.EN, "error.USER_BANNED"),
                replies.replyFor(Language.EN, new RuleViolationException("USER_BANNED", "User 1 is banned.")));
        assertEquals(texts.get(Language.FA, "error.CLIENT_NOT_FOUND"),
                replies.replyFor(Language.FA, new ClientNotFoundException(new ClientName("alice"))));
        String purchase = replies.replyFor(Language.EN, new InvalidValueException("INVALID_PURCHASE", "The GB must be ..."));
        assertTrue(purchase.contains(Long.toString(Purchase.MAX_GB)) && purchase.contains(Integer.toString(Purchase.MAX_MONTHS)),
                purchase);
        assertFalse(replies.replyFor(Language.EN, new BotUserNotFoundException(new TelegramId(5))).contains("BOT_USER_NOT_FOUND"));
    }

    @Test
    void otherDomainFailuresShowTheCoresSentenceEscaped() {
        String reply = replies.replyFor(Language.EN, new ClientsOutsideRangeException("Clients <alice> are outside 10.0.0.0/30."));
        assertEquals("⚠️ Clients &lt;alice&gt; are outside 10.0.0.0/30.", reply);
        assertEquals("⚠️ The time must be from 1 to 36500 days.",
                replies.replyFor(Language.EN, new IllegalArgumentException("The time must be from 1 to 36500 days.")));
    }

    @Test
    void anythingElseIsAnApologyWithoutDetails() {
        String reply = replies.replyFor(Language.FA, new IllegalStateException("java.sql.SQLException: database is locked {\"a\":1}"));
        assertEquals(texts.get(Language.FA, "error.unexpected"), reply);
        assertFalse(reply.contains("SQL") || reply.contains("{"));
    }
}

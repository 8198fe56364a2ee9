package io.candypanel.adapter.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.port.in.botuser.RegisterBotUserCommand;
import io.candypanel.domain.botuser.Language;
import io.candypanel.domain.botuser.Reminder;
import io.candypanel.domain.botuser.TelegramId;
import io.candypanel.domain.client.Client;
import io.candypanel.domain.client.DisabledReason;
import io.candypanel.domain.client.KernelCounters;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.client.Usage;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** remind(): quota, expiry and disabled reminders in the user's stored language. */
class RemindersTest {
    private final BotHarness harness = BotHarness.started();

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void quotaAlmostUsedInEnglish() {
        register(100, Language.EN);
        Client client = client(10L << 30, 17L << 29, true, null);
        assertTrue(harness.bot().remind(new TelegramId(100), new Reminder(Reminder.Kind.QUOTA_ALMOST_USED, client, Optional.empty())));
        assertEquals("⚠️ Your client <code>alice_phone</code> has used 8.5 GiB of 10 GiB. Only 1.5 GiB left; buy more with 💰 Buy traffic.",
                harness.chat(100).next().text());
    }

    @Test
    void expirySoonInPersian() {
        register(100, Language.FA);
        Client client = client(10L << 30, 0, true, null);
        harness.bot().remind(new TelegramId(100), new Reminder(Reminder.Kind.EXPIRES_SOON, client, Optional.empty()));
        assertEquals("⏰ مهلت کلاینت <code>alice_phone</code> شما در \u20682025-03-04\u2069 تمام می‌شود. "
                + "برای قطع نشدن اتصال، با 💰 خرید ترافیک آن را تمدید کنید.", harness.chat(100).next().text());
    }

    @Test
    void disabledSaysWhyInBothLanguages() {
        register(100, Language.EN);
        register(101, Language.FA);
        Client quota = client(10L << 30, 10L << 30, false, DisabledReason.QUOTA);
        harness.bot().remind(new TelegramId(100), new Reminder(Reminder.Kind.CLIENT_DISABLED, quota, Optional.of(DisabledReason.QUOTA)));
        assertEquals("⛔ Your client <code>alice_phone</code> was disabled: the traffic is used up. Buy a plan with 💰 Buy traffic "
                + "or contact support.", harness.chat(100).next().text());

        Client banned = client(10L << 30, 0, false, DisabledReason.BANNED);
        harness.bot().remind(new TelegramId(101), new Reminder(Reminder.Kind.CLIENT_DISABLED, banned, Optional.of(DisabledReason.BANNED)));
        assertTrue(harness.chat(101).next().text().contains("غیرفعال شد: حساب مسدود شده است."));
    }

    private void register(long id, Language language) {
        harness.core.useCases().registerBotUser().register(new RegisterBotUserCommand(new TelegramId(id)));
        harness.core.user(id).orElseThrow().changeLanguage(language);
    }

    private Client client(long quotaBytes, long usedBytes, boolean enabled, DisabledReason reason) {
        Client fresh = harness.core.newClient("alice_phone", BotHarness.START.plus(Duration.ofDays(3)), new Quota(quotaBytes));
        return Client.restore(fresh.name(), fresh.interfaceId(), fresh.keys(), fresh.presharedKey(), fresh.address(),
                fresh.createdAt(), fresh.expiresAt(), fresh.quota(), new Usage(usedBytes, 0), KernelCounters.ZERO, "",
                enabled, reason, null, null, false, null);
    }
}

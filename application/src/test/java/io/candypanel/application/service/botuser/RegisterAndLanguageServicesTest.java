package io.candypanel.application.service.botuser;

import static io.candypanel.application.fakes.TestData.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.application.fakes.DirectUnitOfWork;
import io.candypanel.application.fakes.InMemoryBotUserRepository;
import io.candypanel.application.fakes.MutableClock;
import io.candypanel.application.port.in.botuser.BotUserNotFoundException;
import io.candypanel.application.port.in.botuser.BotUserRegistration;
import io.candypanel.application.port.in.botuser.RegisterBotUserCommand;
import io.candypanel.application.port.in.botuser.SetLanguageCommand;
import io.candypanel.domain.botuser.BotUserStatus;
import io.candypanel.domain.botuser.Language;
import io.candypanel.domain.botuser.TelegramId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RegisterAndLanguageServicesTest {
    private static final TelegramId USER = new TelegramId(42);

    private final MutableClock clock = new MutableClock(NOW);
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final InMemoryBotUserRepository botUsers = new InMemoryBotUserRepository();
    private final RegisterBotUserService register = new RegisterBotUserService(unitOfWork, botUsers, clock);
    private final SetLanguageService setLanguage = new SetLanguageService(unitOfWork, botUsers);

    @Test
    void aNewUserIsRegisteredActiveInEnglishWithNothingBought() {
        BotUserRegistration registration = register.register(new RegisterBotUserCommand(USER));

        assertTrue(registration.newlyRegistered());
        assertEquals(Language.EN, registration.user().language());
        var stored = botUsers.stored(42).orElseThrow();
        assertEquals(BotUserStatus.ACTIVE, stored.status());
        assertEquals(NOW, stored.createdAt());
        assertEquals(0, stored.trafficBoughtMib());
        assertTrue(stored.clientName().isEmpty());
        assertEquals(1, unitOfWork.transactions());
    }

    @Test
    void registeringTwiceIsIdempotentAndKeepsTheStoredLanguageAndDate() {
        register.register(new RegisterBotUserCommand(USER));
        setLanguage.setLanguage(new SetLanguageCommand(USER, Language.FA));
        clock.advance(Duration.ofDays(3));

        BotUserRegistration again = register.register(new RegisterBotUserCommand(USER));

        assertFalse(again.newlyRegistered());
        assertEquals(Language.FA, again.user().language());
        assertEquals(NOW, botUsers.stored(42).orElseThrow().createdAt());
        assertEquals(1, botUsers.findAll().size());
    }

    @Test
    void theLanguageIsStored() {
        register.register(new RegisterBotUserCommand(USER));

        assertEquals(Language.FA, setLanguage.setLanguage(new SetLanguageCommand(USER, Language.FA)).language());
        assertEquals(Language.FA, botUsers.stored(42).orElseThrow().language());
    }

    @Test
    void anUnknownUserCannotSetALanguage() {
        BotUserNotFoundException e = assertThrows(BotUserNotFoundException.class,
                () -> setLanguage.setLanguage(new SetLanguageCommand(USER, Language.FA)));
        assertEquals("BOT_USER_NOT_FOUND", e.code());
        assertTrue(botUsers.findAll().isEmpty());
    }

    @Test
    void commandsRefuseMissingParts() {
        assertThrows(NullPointerException.class, () -> new RegisterBotUserCommand(null));
        assertThrows(NullPointerException.class, () -> new SetLanguageCommand(USER, null));
        assertThrows(NullPointerException.class, () -> new SetLanguageCommand(null, Language.EN));
    }
}

package io.candypanel.application.port.in.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.candypanel.domain.client.ClientName;
import io.candypanel.domain.client.Quota;
import io.candypanel.domain.shared.InvalidValueException;
import io.candypanel.domain.wginterface.InterfaceId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientCommandsTest {
    private static final ClientName ALICE = new ClientName("alice");
    private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void createNeedsEveryFieldButTheNote() {
        assertEquals("", new CreateClientCommand(ALICE, LATER, Quota.UNLIMITED, InterfaceId.FIRST, null).note());
        assertThrows(NullPointerException.class, () -> new CreateClientCommand(null, LATER, Quota.UNLIMITED, InterfaceId.FIRST, ""));
        assertThrows(NullPointerException.class, () -> new CreateClientCommand(ALICE, null, Quota.UNLIMITED, InterfaceId.FIRST, ""));
        assertThrows(NullPointerException.class, () -> new CreateClientCommand(ALICE, LATER, null, InterfaceId.FIRST, ""));
        assertThrows(NullPointerException.class, () -> new CreateClientCommand(ALICE, LATER, Quota.UNLIMITED, null, ""));
        assertThrows(InvalidValueException.class,
                () -> new CreateClientCommand(ALICE, LATER, Quota.UNLIMITED, InterfaceId.FIRST, "two\nlines"));
    }

    @Test
    void updateNeedsAtLeastOneField() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new UpdateClientCommand(ALICE,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        assertEquals("VALIDATION_FAILED", e.code());
        assertEquals(Optional.of(false), new UpdateClientCommand(ALICE, Optional.empty(), Optional.empty(),
                Optional.of(false), Optional.empty()).enabled());
        assertEquals(Optional.of(""), new UpdateClientCommand(ALICE, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("")).note(), "clearing the note is a change");
    }

    @Test
    void updateRefusesANoteWithControlCharacters() {
        assertThrows(InvalidValueException.class, () -> new UpdateClientCommand(ALICE, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("a\rb")));
    }

    @Test
    void deleteAndQueryNeedAName() {
        assertThrows(NullPointerException.class, () -> new DeleteClientCommand(null));
        assertThrows(NullPointerException.class, () -> new GetClientConfigQuery(null));
        assertEquals(ALICE, new DeleteClientCommand(ALICE).name());
    }
}

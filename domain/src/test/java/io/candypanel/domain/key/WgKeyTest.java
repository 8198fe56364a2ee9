package io.candypanel.domain.key;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.candypanel.domain.shared.InvalidValueException;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WgKeyTest {
    private static final String VALID = "yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=";

    @Test
    void acceptsA44CharacterBase64KeyOf32Bytes() {
        WgKey key = new WgKey(VALID);
        assertEquals(VALID, key.base64());
        assertEquals(32, key.bytes().length);
        assertEquals(key, WgKey.ofBytes(key.bytes()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBm=",      // 43 characters
            "yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmkA=",    // 45 characters
            "yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmkA",     // 44 characters, no '='
            "yAnz5TF-lXXJte14tji3zlMNq_hd2rYUIgJBgB3fBmk=",     // URL-safe alphabet
            "yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fB!k=",     // not base64
            "yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3f mk=",     // space
            "yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fB\nk=",    // newline
            "yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBA==",     // 44 characters but 31 bytes
            "============================================"})
    void refusesAnythingThatIsNotExactly32BytesOfStandardBase64(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new WgKey(text));
        assertEquals("INVALID_KEY", e.code());
    }

    @Test
    void aKeyOfTheWrongByteLengthIsRefused() {
        assertThrows(InvalidValueException.class, () -> WgKey.ofBytes(new byte[31]));
        assertThrows(InvalidValueException.class, () -> WgKey.ofBytes(new byte[33]));
        assertThrows(NullPointerException.class, () -> new WgKey(null));
    }

    @Test
    void the31ByteCaseIsRefusedForItsLength() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[31]);
        assertEquals(44, shortKey.length());
        assertTrue(shortKey.endsWith("=="));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new WgKey(shortKey));
        assertEquals("INVALID_KEY", e.code());
    }

    @Test
    void toStringDoesNotRevealTheKey() {
        WgKey key = new WgKey(VALID);
        String text = key.toString();
        assertFalse(text.contains(VALID), text);
        assertFalse(text.contains(VALID.substring(0, 8)), "at most a short prefix may be shown: " + text);
        assertFalse(text.contains(VALID.substring(4, 12)), text);
        assertTrue(text.startsWith("WgKey["), text);
        assertFalse(new WgKeyPair(key, key).toString().contains(VALID));
    }

    @Test
    void bytesAreACopy() {
        WgKey key = new WgKey(VALID);
        byte[] bytes = key.bytes();
        bytes[0] ^= 1;
        assertArrayEquals(Base64.getDecoder().decode(VALID), key.bytes());
    }

    @Test
    void aPairNeedsBothKeys() {
        WgKey key = new WgKey(VALID);
        assertThrows(NullPointerException.class, () -> new WgKeyPair(null, key));
        assertThrows(NullPointerException.class, () -> new WgKeyPair(key, null));
    }
}

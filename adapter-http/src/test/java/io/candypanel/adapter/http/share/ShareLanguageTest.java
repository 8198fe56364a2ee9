package io.candypanel.adapter.http.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ShareLanguageTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "fa-IR,fa;q=0.9,en;q=0.8      | fa",
            "fa-IR,fa;q=0.9                | fa",
            "fa                            | fa",
            "FA-ir                         | fa",
            "en-US,en;q=0.9,fa;q=0.5       | en",
            "en;q=0.5,fa;q=0.8             | fa",
            "fa;q=0.5,en;q=0.8             | en",
            "fa,en                         | fa",
            "en,fa                         | en",
            "de-DE,de;q=0.9,fa;q=0.3       | fa",
            "fa;q=0,en                     | en",
            "fa;q=0                        | en",
            "'fa ; q=0.7 , en ; q=0.6'     | fa",
            "*                             | en",
            "de,*;q=0.5                    | en",
            "garbage;;;                    | en",
            "fa;q=2                        | en",
            "fa;q=abc,en                   | en",
            "'  '                          | en",
            "',,,'                         | en",
            "en-GB-oxendict,fa;q=0.1       | en",
    })
    void acceptLanguageChoosesPersianOnlyWhenItIsPreferred(String header, String expected) {
        assertEquals(expected, ShareLanguage.choose(Optional.empty(), Optional.of(header)).tag());
    }

    @Test
    void englishWhenNothingIsAsked() {
        assertEquals(ShareTexts.ENGLISH, ShareLanguage.choose(Optional.empty(), Optional.empty()));
    }

    @Test
    void theQueryParameterWinsOverTheHeader() {
        assertEquals(ShareTexts.ENGLISH, ShareLanguage.choose(Optional.of("en"), Optional.of("fa-IR,fa;q=0.9")));
        assertEquals(ShareTexts.PERSIAN, ShareLanguage.choose(Optional.of("fa"), Optional.of("en-US,en;q=0.9")));
        assertEquals(ShareTexts.PERSIAN, ShareLanguage.choose(Optional.of("FA"), Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "de", "fa-IR", "farsi", "e n", "<script>", "en;q=1"})
    void anUnknownQueryValueFallsBackToTheHeaderThenEnglish(String lang) {
        assertEquals(ShareTexts.PERSIAN, ShareLanguage.choose(Optional.of(lang), Optional.of("fa")));
        assertEquals(ShareTexts.ENGLISH, ShareLanguage.choose(Optional.of(lang), Optional.empty()));
    }

    @Test
    void eachLanguageSwitchesToTheOther() {
        assertEquals(ShareTexts.PERSIAN, ShareTexts.ENGLISH.other());
        assertEquals(ShareTexts.ENGLISH, ShareTexts.PERSIAN.other());
    }

    @Test
    void templatesEscapeTheirTextButNotTheirFragments() {
        assertEquals("<b>1</b> &lt;&amp;&gt; <i>2</i>", SharePage.fill("{0} <&> {1}", "<b>1</b>", "<i>2</i>"));
        assertThrows(IllegalArgumentException.class, () -> SharePage.fill("{2}", "only one"));
        assertThrows(IllegalArgumentException.class, () -> SharePage.fill("{x}", "x"));
    }
}

package io.candypanel.adapter.http.share;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which language the share page speaks: an explicit {@code ?lang=en|fa} first (the page's own switch
 * link), else the browser's {@code Accept-Language}, else English. Anything unexpected, an unknown
 * {@code lang} or a malformed header, quietly means the next choice: a visitor with an odd browser
 * still gets a page, never an error.
 */
final class ShareLanguage {
    private static final List<ShareTexts> ALL = List.of(ShareTexts.ENGLISH, ShareTexts.PERSIAN);
    private static final List<String> TAGS = ALL.stream().map(ShareTexts::tag).toList();

    private ShareLanguage() {
    }

    static ShareTexts choose(Optional<String> lang, Optional<String> acceptLanguage) {
        return lang.flatMap(ShareLanguage::byTag)
                .or(() -> acceptLanguage.flatMap(ShareLanguage::fromAcceptLanguage))
                .orElse(ShareTexts.ENGLISH);
    }

    /** Exactly {@code en} or {@code fa}, in any case: the query value is ours, not a language range. */
    static Optional<ShareTexts> byTag(String tag) {
        return ALL.stream().filter(texts -> texts.tag().equalsIgnoreCase(tag)).findFirst();
    }

    /**
     * The language an {@code Accept-Language} header prefers (RFC 9110, 12.5.4), by the JDK's parser and
     * RFC 4647 lookup: ranges are ranked by q-value (equal ones keep the header's order), a range like
     * {@code fa-IR} falls back to {@code fa}, {@code q=0} excludes, and {@code *} picks nothing by itself.
     * Empty when the header names neither language or cannot be parsed.
     */
    static Optional<ShareTexts> fromAcceptLanguage(String header) {
        if (header.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return Optional.ofNullable(Locale.lookupTag(ranges, TAGS)).flatMap(ShareLanguage::byTag);
    }
}

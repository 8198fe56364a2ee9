package io.candypanel.adapter.telegram;

import io.candypanel.domain.botuser.Language;
import io.candypanel.domain.transaction.Transaction;
import java.util.Objects;

/**
 * An order as the admin sees it: the same card when it is placed, in the pending list and after the
 * decision. It ends with the buyer's tag ({@link SupportTag}), so the admin can answer the buyer by
 * replying to the card.
 */
final class OrderCards {
    private final BotTexts texts;
    private final Formats formats;

    OrderCards(BotTexts texts, Formats formats) {
        this.texts = Objects.requireNonNull(texts, "texts");
        this.formats = Objects.requireNonNull(formats, "formats");
    }

    String card(Language language, Transaction order) {
        return texts.get(language, "order.card",
                new BotTexts.Markup(Html.code(order.orderId().value())),
                order.telegramId(),
                Formats.money(order.amount()),
                formats.plan(language, order.purchase()),
                order.cardText().value(),
                formats.dateTime(order.requestedAt()))
                + "\n" + SupportTag.of(order.telegramId());
    }

    /** The hint shown instead of buttons when the order id is too long for a button. */
    String typedDecisionHint(Language language, Transaction order) {
        return texts.get(language, "order.typed_hint", order.orderId().value());
    }

    /** The card with the decision under it. */
    String decided(Language language, Transaction order) {
        String key = switch (order.status()) {
            case APPROVED -> "order.status_approved";
            case REJECTED -> "order.status_rejected";
            case PENDING -> "order.status_pending";
        };
        String note = order.adminNote().isBlank() ? "" : "\n" + texts.get(language, "order.admin_note", order.adminNote());
        return card(language, order) + "\n\n" + texts.get(language, key) + note;
    }
}

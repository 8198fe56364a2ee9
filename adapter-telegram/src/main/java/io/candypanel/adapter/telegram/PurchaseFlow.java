package io.candypanel.adapter.telegram;

import io.candypanel.application.port.in.order.PurchaseOptions;
import io.candypanel.application.port.in.order.PurchaseOptionsQuery;
import io.candypanel.application.port.in.order.QuoteQuery;
import io.candypanel.application.port.in.order.SubmitOrderCommand;
import io.candypanel.domain.botuser.Purchase;
import io.candypanel.domain.botuser.PurchaseKind;
import io.candypanel.domain.shared.DomainException;
import io.candypanel.domain.shared.InvalidValueException;
import io.candypanel.domain.transaction.CardText;
import io.candypanel.domain.transaction.Money;
import io.candypanel.domain.transaction.OrderId;
import io.candypanel.domain.transaction.Transaction;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Buying: price list → plan (GB, months or custom) → quantity → price → the user pays by bank transfer
 * outside Telegram → {@code /bought <reference>} or the "I have paid" button and then the reference →
 * a pending order for the admin. Every step is stored ({@link Step}), so a restart in between loses
 * nothing. A wrong input keeps the step, so the user simply tries again; a refusal that a new input
 * cannot fix (no price configured, banned) ends the purchase.
 */
final class PurchaseFlow {
    /** The card text when the user's Telegram profile has no usable name. */
    static final String NO_NAME_CARD_TEXT = "paid via bot";
    private static final String KIND = "kind";
    private static final String MONTHS = "months";
    private static final String GIGABYTES = "gb";

    private final TelegramUseCases useCases;
    private final Menus menus;
    private final Formats formats;
    private final TelegramErrorReplies errors;

    PurchaseFlow(TelegramUseCases useCases, Menus menus, Formats formats, TelegramErrorReplies errors) {
        this.useCases = Objects.requireNonNull(useCases, "useCases");
        this.menus = Objects.requireNonNull(menus, "menus");
        this.formats = Objects.requireNonNull(formats, "formats");
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    /** The buy button: where to pay and what it costs, then the plans. */
    void showOptions(Dialog dialog) {
        PurchaseOptions options = useCases.showPurchaseOptions().show(new PurchaseOptionsQuery(dialog.userId()));
        dialog.remember(Step.CHOOSE_PLAN, Map.of());
        dialog.show(dialog.text("buy.options", new BotTexts.Markup(cardLine(dialog, options.adminCardNumber())),
                price(dialog, options.prices().pricePerGb()), price(dialog, options.prices().pricePerMonth())),
                menus.plans(dialog.language()));
    }

    void choosePlan(Dialog dialog, String kindName) {
        PurchaseKind kind = PurchaseKind.fromWireName(kindName);
        switch (kind) {
            case GB -> {
                dialog.remember(Step.AWAIT_QUANTITY, Map.of(KIND, kind.wireName()));
                dialog.show(dialog.text("buy.ask_gb"), Optional.empty());
            }
            case MONTH -> {
                dialog.remember(Step.AWAIT_QUANTITY, Map.of(KIND, kind.wireName()));
                dialog.show(dialog.text("buy.ask_months"), Optional.empty());
            }
            case CUSTOM -> {
                dialog.remember(Step.AWAIT_CUSTOM_PLAN, Map.of());
                dialog.show(dialog.text("buy.ask_custom"), Optional.empty());
            }
            default -> throw new IllegalStateException("unknown kind " + kind);
        }
    }

    /** The answer to "how many GB / months?". */
    void quantity(Dialog dialog, String text) {
        PurchaseKind kind = PurchaseKind.fromWireName(dialog.values().getOrDefault(KIND, ""));
        QuantityParser.Result parsed = QuantityParser.quantity(text, kind);
        if (parsed.errorKey().isPresent()) {
            dialog.reply(dialog.text(parsed.errorKey().get()));
            return;
        }
        long value = parsed.value().getAsLong();
        quote(dialog, () -> kind == PurchaseKind.GB
                ? Purchase.gb(value)
                : Purchase.months((int) Math.min(value, Integer.MAX_VALUE)));
    }

    /** The answer to "how many months and GB?". */
    void customPlan(Dialog dialog, String text) {
        Optional<QuantityParser.CustomPlan> plan = QuantityParser.customPlan(text);
        if (plan.isEmpty()) {
            dialog.reply(dialog.text("quantity.custom_invalid"));
            return;
        }
        quote(dialog, () -> Purchase.custom(plan.get().months(), plan.get().gigabytes()));
    }

    /** The "I have paid" button: the next text is the bank reference. */
    void paid(Dialog dialog) {
        if (!dialog.isAt(Step.AWAIT_PAYMENT) && !dialog.isAt(Step.AWAIT_ORDER_ID)) {
            dialog.reply(dialog.text("buy.start_first"), menus.userMenu(dialog.language()));
            return;
        }
        dialog.remember(Step.AWAIT_ORDER_ID, dialog.values());
        dialog.reply(dialog.text("buy.ask_order_id"));
    }

    /** {@code /bought <reference>}. */
    void bought(Dialog dialog, String reference) {
        if (!dialog.isAt(Step.AWAIT_PAYMENT) && !dialog.isAt(Step.AWAIT_ORDER_ID)) {
            dialog.reply(dialog.text("buy.start_first"), menus.userMenu(dialog.language()));
            return;
        }
        if (reference.isBlank()) {
            dialog.reply(dialog.text("buy.bought_usage"));
            return;
        }
        submit(dialog, reference);
    }

    /** A text while waiting for the payment: the reference after the button, a hint before it. */
    void paymentText(Dialog dialog, String text) {
        if (dialog.isAt(Step.AWAIT_ORDER_ID)) {
            submit(dialog, text);
        } else {
            dialog.reply(dialog.text("buy.payment_hint"), menus.paid(dialog.language()));
        }
    }

    private void quote(Dialog dialog, PurchaseSource source) {
        Purchase purchase;
        Money price;
        try {
            purchase = source.purchase();
            price = useCases.quoteOrder().quote(new QuoteQuery(dialog.userId(), purchase));
        } catch (DomainException e) {
            refused(dialog, e, e instanceof InvalidValueException);
            return;
        }
        dialog.remember(Step.AWAIT_PAYMENT, Map.of(KIND, purchase.kind().wireName(),
                MONTHS, Integer.toString(purchase.months()), GIGABYTES, Long.toString(purchase.gigabytes())));
        dialog.reply(dialog.text("buy.summary", formats.plan(dialog.language(), purchase), Formats.money(price)),
                menus.paid(dialog.language()));
    }

    private void submit(Dialog dialog, String reference) {
        Transaction order;
        try {
            OrderId orderId = new OrderId(TypedText.withoutDirectionMarks(reference));
            order = useCases.submitOrder().submit(new SubmitOrderCommand(dialog.userId(), orderId, storedPurchase(dialog),
                    cardText(dialog)));
        } catch (DomainException e) {
            // A malformed or already used reference can be fixed by sending another one.
            boolean retry = e.code().equals("INVALID_ORDER_ID") || e.code().equals("ORDER_ID_TAKEN");
            refused(dialog, e, retry);
            return;
        }
        dialog.endConversation();
        dialog.reply(dialog.text("buy.submitted", order.orderId().value(), Formats.money(order.amount()),
                formats.plan(dialog.language(), order.purchase())));
    }

    private void refused(Dialog dialog, DomainException failure, boolean userCanRetry) {
        if (!userCanRetry) {
            dialog.endConversation();
        }
        dialog.reply(errors.replyFor(dialog.language(), failure));
    }

    private static Purchase storedPurchase(Dialog dialog) {
        Map<String, String> values = dialog.values();
        try {
            return new Purchase(PurchaseKind.fromWireName(values.getOrDefault(KIND, "")),
                    Integer.parseInt(values.getOrDefault(MONTHS, "0")), Long.parseLong(values.getOrDefault(GIGABYTES, "0")));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("The stored purchase of user " + dialog.userId() + " is unreadable", e);
        }
    }

    /**
     * What the admin sees as "paid from": the user's Telegram name and username, which is what a bank
     * transfer usually shows. The reference itself is the order id.
     */
    static CardText cardText(Dialog dialog) {
        StringBuilder name = new StringBuilder();
        append(name, dialog.from().firstName());
        append(name, dialog.from().lastName());
        if (dialog.from().username() != null && !dialog.from().username().isBlank()) {
            append(name, "@" + dialog.from().username().strip());
        }
        String text = name.toString().replaceAll("\\p{Cntrl}", " ").strip();
        if (text.isEmpty()) {
            return new CardText(NO_NAME_CARD_TEXT);
        }
        return new CardText(text.length() > CardText.MAX_LENGTH ? text.substring(0, CardText.MAX_LENGTH) : text);
    }

    private static void append(StringBuilder out, String part) {
        if (part != null && !part.isBlank()) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(part.strip());
        }
    }

    private static String cardLine(Dialog dialog, String cardNumber) {
        return cardNumber.isBlank() ? dialog.text("buy.card_missing") : dialog.text("buy.card", cardNumber);
    }

    /** The price, or (as markup, it is a text of ours) "not available" when the admin set none. */
    private static Object price(Dialog dialog, Money price) {
        return price.isZero() ? new BotTexts.Markup(dialog.text("buy.price_unavailable")) : Formats.money(price);
    }

    /** Builds the purchase inside the try, so that the domain's range checks are answered like the quote's. */
    @FunctionalInterface
    private interface PurchaseSource {
        Purchase purchase();
    }
}

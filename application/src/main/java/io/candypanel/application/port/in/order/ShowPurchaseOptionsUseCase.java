package io.candypanel.application.port.in.order;

/**
 * What a buyer needs before ordering: the card to pay to and the price list. Unknown user:
 * {@code BotUserNotFoundException}; banned: {@code USER_BANNED}.
 */
public interface ShowPurchaseOptionsUseCase {
    PurchaseOptions show(PurchaseOptionsQuery query);
}

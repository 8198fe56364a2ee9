package io.candypanel.application.port.in.order;

import io.candypanel.domain.transaction.Money;

/**
 * What a purchase costs with the current {@code prices} setting, for a registered user who may order.
 * Unknown user: {@code BotUserNotFoundException}; banned: {@code USER_BANNED}; a unit without a price:
 * {@code PRICE_NOT_CONFIGURED}.
 */
public interface QuoteOrderUseCase {
    Money quote(QuoteQuery query);
}

package org.carebench.planning.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/** An amount in a currency, kept to the currency's minor unit. */
public record Money(BigDecimal amount, Currency currency) {

	public Money {
		Objects.requireNonNull(amount);
		Objects.requireNonNull(currency);
		amount = amount.setScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.HALF_EVEN);
	}

	public static Money of(String amount, String currencyCode) {
		return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
	}

	public boolean negative() {
		return amount.signum() < 0;
	}

	@Override
	public String toString() {
		return amount.toPlainString() + " " + currency.getCurrencyCode(); //$NON-NLS-1$
	}
}

package org.carebench.planning.ui.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;

import org.carebench.planning.PlanItemStatus;
import org.carebench.planning.api.Money;

/** How plan values read on screen. */
final class PlanLabels {

	private PlanLabels() {
	}

	static String status(PlanItemStatus status) {
		return switch (status) {
			case PLANNED -> Messages.Status_planned;
			case IN_PROGRESS -> Messages.Status_inProgress;
			case COMPLETED -> Messages.Status_completed;
			case CANCELLED -> Messages.Status_cancelled;
		};
	}

	static String money(Money money) {
		if (money == null) {
			return "\u2014"; //$NON-NLS-1$
		}
		NumberFormat format = NumberFormat.getNumberInstance();
		format.setMinimumFractionDigits(money.amount().scale());
		format.setMaximumFractionDigits(money.amount().scale());
		return format.format(money.amount()) + " " + money.currency().getCurrencyCode(); //$NON-NLS-1$
	}

	static String number(BigDecimal number) {
		return number == null ? "\u2014" : NumberFormat.getNumberInstance().format(number); //$NON-NLS-1$
	}

	static String percent(double share) {
		return NumberFormat.getPercentInstance().format(share);
	}
}

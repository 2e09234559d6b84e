package org.carebench.planning.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.carebench.cases.CaseDetails;
import org.carebench.core.DirectoryService;
import org.carebench.core.UserRef;
import org.carebench.planning.PlanItem;
import org.carebench.planning.PlanService;
import org.carebench.ui.CarebenchDialog;
import org.carebench.ui.Layouts;
import org.carebench.ui.Services;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Records service units delivered. Units beyond those authorized are refused until a reason is given: the dialog
 * then asks for it and keeps what was typed.
 */
final class DeliveryDialog extends CarebenchDialog {

	private final CaseDetails theCase;
	private final PlanItem item;
	private List<UserRef> users = List.of();
	private Text day;
	private Text units;
	private Combo deliveredBy;
	private Text reason;

	DeliveryDialog(Shell parent, CaseDetails theCase, PlanItem item) {
		super(parent, NLS.bind(Messages.Delivery_title, item.name()), 2);
		this.theCase = theCase;
		this.item = item;
	}

	@Override
	protected void createArea(Composite grid) {
		users = Services.get(DirectoryService.class).users().stream()
				.filter(user -> user.organizationId() == theCase.organization().id()).toList();
		setMessage(NLS.bind(Messages.Delivery_soFar, PlanLabels.number(item.unitsDelivered()),
				PlanLabels.number(item.unitsAuthorized())));
		day = Layouts.textRow(grid, Messages.Delivery_day, SWT.NONE);
		day.setText(FieldInput.date(LocalDate.now()));
		units = Layouts.textRow(grid, Messages.Delivery_units, SWT.NONE);
		deliveredBy = Layouts.comboRow(grid, Messages.Delivery_by);
		deliveredBy.add(""); //$NON-NLS-1$
		users.forEach(user -> deliveredBy.add(user.displayName()));
		deliveredBy.select(0);
		reason = Layouts.textRow(grid, Messages.Delivery_reason, SWT.NONE);
		reason.setMessage(Messages.Delivery_reasonHint);
	}

	@Override
	protected void okPressed() {
		closeUnlessRefused(() -> {
			LocalDate on = FieldInput.date(Messages.Delivery_day, day.getText());
			BigDecimal count = FieldInput.number(Messages.Delivery_units, units.getText());
			int by = deliveredBy.getSelectionIndex();
			try {
				Services.get(PlanService.class).recordDelivery(item.id(), on, count,
						by <= 0 ? null : users.get(by - 1).id(), reason.getText());
			} catch (RuntimeException refused) {
				// most often units beyond those authorized: the reason is what is missing
				reason.setFocus();
				throw refused;
			}
		});
	}
}

package org.carebench.planning.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.ui.PageSupport;
import org.carebench.core.DirectoryService;
import org.carebench.core.UserRef;
import org.carebench.planning.PlanItem;
import org.carebench.planning.PlanService;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Records service units delivered. Units beyond those authorized are refused until a reason is given: the dialog
 * then asks for it and keeps what was typed.
 */
final class DeliveryDialog extends Dialog {

	private final CaseDetails theCase;
	private final PlanItem item;
	private List<UserRef> users = List.of();
	private Text day;
	private Text units;
	private Combo deliveredBy;
	private Text reason;
	private Label problem;

	DeliveryDialog(Shell parent, CaseDetails theCase, PlanItem item) {
		super(parent);
		this.theCase = theCase;
		this.item = item;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.Delivery_title, item.name()));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		users = PageSupport.service(DirectoryService.class).users().stream()
				.filter(user -> user.organizationId() == theCase.organization().id()).toList();
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		Label so = new Label(area, SWT.NONE);
		so.setText(NLS.bind(Messages.Delivery_soFar, PlanLabels.number(item.unitsDelivered()),
				PlanLabels.number(item.unitsAuthorized())));
		so.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		new Label(area, SWT.NONE).setText(Messages.Delivery_day);
		day = new Text(area, SWT.BORDER);
		day.setText(FieldInput.date(LocalDate.now()));
		day.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(area, SWT.NONE).setText(Messages.Delivery_units);
		units = new Text(area, SWT.BORDER);
		units.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(area, SWT.NONE).setText(Messages.Delivery_by);
		deliveredBy = new Combo(area, SWT.READ_ONLY);
		deliveredBy.add(""); //$NON-NLS-1$
		users.forEach(user -> deliveredBy.add(user.displayName()));
		deliveredBy.select(0);
		new Label(area, SWT.NONE).setText(Messages.Delivery_reason);
		reason = new Text(area, SWT.BORDER);
		GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
		wide.widthHint = 320;
		reason.setLayoutData(wide);
		reason.setMessage(Messages.Delivery_reasonHint);
		problem = new Label(area, SWT.WRAP);
		problem.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_RED));
		GridData problemData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		problemData.widthHint = 420;
		problem.setLayoutData(problemData);
		return area;
	}

	@Override
	protected void okPressed() {
		try {
			LocalDate on = FieldInput.date(Messages.Delivery_day, day.getText());
			BigDecimal count = FieldInput.number(Messages.Delivery_units, units.getText());
			int by = deliveredBy.getSelectionIndex();
			PageSupport.service(PlanService.class).recordDelivery(item.id(), on, count,
					by <= 0 ? null : users.get(by - 1).id(), reason.getText());
		} catch (FieldInput.Unreadable unreadable) {
			show(unreadable.getMessage());
			return;
		} catch (RuntimeException refused) {
			show(PageSupport.userMessage(refused));
			reason.setFocus();
			return;
		}
		super.okPressed();
	}

	private void show(String message) {
		problem.setText(message);
		problem.getParent().layout(true);
		getShell().pack();
	}
}

package org.carebench.planning.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseParticipant;
import org.carebench.cases.ParticipantService;
import org.carebench.cases.ui.PageSupport;
import org.carebench.planning.GoalDefinition;
import org.carebench.planning.NewPlan;
import org.carebench.planning.PlanService;
import org.carebench.planning.PlanSetupService;
import org.carebench.planning.ServicePlan;
import org.carebench.ui.Services;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A new service plan: a goal from the project's list or in the caseworker's words, the first sub-goal, the
 * members among the case's participants (the primary client always one) and the principal participant.
 */
final class NewPlanDialog extends Dialog {

	private final CaseDetails theCase;
	private List<GoalDefinition> goals = List.of();
	private List<CaseParticipant> people = List.of();
	private Combo goalCombo;
	private Text goalText;
	private Text subGoal;
	private final List<Button> memberChecks = new ArrayList<>();
	private Combo principal;
	private Label problem;
	private ServicePlan created;

	NewPlanDialog(Shell parent, CaseDetails theCase) {
		super(parent);
		this.theCase = theCase;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.NewPlan_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		goals = Services.get(PlanSetupService.class).goalDefinitions(theCase.project().id());
		people = Services.get(ParticipantService.class).participants(theCase.id());
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		new Label(area, SWT.NONE).setText(Messages.NewPlan_goal);
		goalCombo = new Combo(area, SWT.READ_ONLY);
		goalCombo.add(Messages.NewPlan_ownGoal);
		goals.forEach(goal -> goalCombo.add(goal.name()));
		goalCombo.select(goals.isEmpty() ? 0 : 1);
		goalCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(area, SWT.NONE);
		goalText = new Text(area, SWT.BORDER);
		GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
		wide.widthHint = 380;
		goalText.setLayoutData(wide);
		goalText.setMessage(Messages.NewPlan_goalHint);
		goalCombo.addListener(SWT.Selection, event -> goalText.setEnabled(goalCombo.getSelectionIndex() == 0));
		goalText.setEnabled(goalCombo.getSelectionIndex() == 0);
		new Label(area, SWT.NONE).setText(Messages.NewPlan_subGoal);
		subGoal = new Text(area, SWT.BORDER);
		subGoal.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Label membersLabel = new Label(area, SWT.NONE);
		membersLabel.setText(Messages.NewPlan_members);
		membersLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		Composite checks = new Composite(area, SWT.NONE);
		checks.setLayout(new GridLayout(1, false));
		for (CaseParticipant person : people) {
			Button check = new Button(checks, SWT.CHECK);
			check.setText(person.primary() ? org.eclipse.osgi.util.NLS.bind(Messages.NewPlan_primary, name(person))
					: person.relationship() == null ? name(person)
							: name(person) + " (" + person.relationship() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			check.setSelection(true);
			// the case's primary client is always a member
			check.setEnabled(!person.primary());
			memberChecks.add(check);
		}
		new Label(area, SWT.NONE).setText(Messages.NewPlan_principal);
		principal = new Combo(area, SWT.READ_ONLY);
		people.forEach(person -> principal.add(name(person)));
		principal.select(0);
		problem = new Label(area, SWT.WRAP);
		problem.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_RED));
		problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		return area;
	}

	private static String name(CaseParticipant person) {
		return person.name() == null ? Messages.Anonymous : person.name();
	}

	@Override
	protected void okPressed() {
		Set<Long> members = new LinkedHashSet<>();
		for (int i = 0; i < people.size(); i++) {
			if (memberChecks.get(i).getSelection()) {
				members.add(people.get(i).clientId());
			}
		}
		int goalIndex = goalCombo.getSelectionIndex();
		NewPlan plan = new NewPlan(goalIndex <= 0 ? null : goals.get(goalIndex - 1).id(),
				goalIndex <= 0 ? goalText.getText() : null, people.get(principal.getSelectionIndex()).clientId(),
				members, List.of(subGoal.getText()));
		try {
			// the dialog stays open on a refusal, with everything typed kept
			created = PageSupport.service(PlanService.class).createPlan(theCase.id(), plan);
		} catch (RuntimeException e) {
			problem.setText(PageSupport.userMessage(e));
			problem.getParent().layout(true);
			getShell().pack();
			return;
		}
		super.okPressed();
	}

	ServicePlan created() {
		return created;
	}
}

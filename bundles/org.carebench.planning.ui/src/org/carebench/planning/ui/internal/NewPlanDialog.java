package org.carebench.planning.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseParticipant;
import org.carebench.cases.ParticipantService;
import org.carebench.planning.GoalDefinition;
import org.carebench.planning.NewPlan;
import org.carebench.planning.PlanService;
import org.carebench.planning.PlanSetupService;
import org.carebench.planning.ServicePlan;
import org.carebench.ui.CarebenchDialog;
import org.carebench.ui.Layouts;
import org.carebench.ui.Services;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A new service plan: a goal from the project's list or in the caseworker's words, the first sub-goal, the
 * members among the case's participants (the primary client always one) and the principal participant.
 */
final class NewPlanDialog extends CarebenchDialog {

	private final CaseDetails theCase;
	private List<GoalDefinition> goals = List.of();
	private List<CaseParticipant> people = List.of();
	private Combo goalCombo;
	private Text goalText;
	private Text subGoal;
	private final List<Button> memberChecks = new ArrayList<>();
	private Combo principal;
	private ServicePlan created;

	NewPlanDialog(Shell parent, CaseDetails theCase) {
		super(parent, Messages.NewPlan_title, 2);
		this.theCase = theCase;
	}

	@Override
	protected void createArea(Composite grid) {
		goals = Services.get(PlanSetupService.class).goalDefinitions(theCase.project().id());
		people = Services.get(ParticipantService.class).participants(theCase.id());
		goalCombo = Layouts.comboRow(grid, Messages.NewPlan_goal);
		goalCombo.add(Messages.NewPlan_ownGoal);
		goals.forEach(goal -> goalCombo.add(goal.name()));
		goalCombo.select(goals.isEmpty() ? 0 : 1);
		goalText = Layouts.textRow(grid, "", SWT.NONE); //$NON-NLS-1$
		goalText.setMessage(Messages.NewPlan_goalHint);
		goalCombo.addListener(SWT.Selection, event -> goalText.setEnabled(goalCombo.getSelectionIndex() == 0));
		goalText.setEnabled(goalCombo.getSelectionIndex() == 0);
		subGoal = Layouts.textRow(grid, Messages.NewPlan_subGoal, SWT.NONE);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING)
				.applyTo(Layouts.label(grid, Messages.NewPlan_members));
		Composite checks = Layouts.flush(new Composite(grid, SWT.NONE), 1);
		for (CaseParticipant person : people) {
			Button check = new Button(checks, SWT.CHECK);
			check.setText(person.primary() ? NLS.bind(Messages.NewPlan_primary, name(person))
					: person.relationship() == null ? name(person)
							: name(person) + " (" + person.relationship() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			check.setSelection(true);
			// the case's primary client is always a member
			check.setEnabled(!person.primary());
			memberChecks.add(check);
		}
		principal = Layouts.comboRow(grid, Messages.NewPlan_principal);
		people.forEach(person -> principal.add(name(person)));
		principal.select(0);
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
		// the dialog stays open on a refusal, with everything typed kept
		closeUnlessRefused(() -> created = Services.get(PlanService.class).createPlan(theCase.id(), plan));
	}

	ServicePlan created() {
		return created;
	}
}

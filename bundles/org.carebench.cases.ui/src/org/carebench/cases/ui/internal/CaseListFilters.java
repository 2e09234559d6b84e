package org.carebench.cases.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.carebench.cases.AssigneeFilter;
import org.carebench.cases.CaseQuery;
import org.carebench.cases.CaseStatus;
import org.carebench.core.ProjectRef;
import org.carebench.core.TeamRef;
import org.carebench.core.UserRef;
import org.carebench.ui.Layouts;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

/**
 * The case list's filters by status, assignee (the user, nobody, a team, anyone) and project, filled with what the
 * user may choose from, and what they make of a query.
 */
final class CaseListFilters {

	/** What the filters offer, read in one job before the first list. */
	record Choices(List<CaseStatus> statuses, List<UserRef> users, List<TeamRef> teams, List<ProjectRef> projects,
			UserRef me) {
	}

	private final Combo status;
	private final Combo assignee;
	private final Combo project;
	private final List<CaseStatus> statuses = new ArrayList<>();
	private final List<AssigneeFilter> assigneeChoices = new ArrayList<>();
	private final List<Long> projectChoices = new ArrayList<>();
	private List<ProjectRef> projects = List.of();

	/** @param changed runs when the user chooses in a filter */
	CaseListFilters(Composite bar, Runnable changed) {
		status = filter(bar, Messages.List_status, changed);
		assignee = filter(bar, Messages.List_assignee, changed);
		project = filter(bar, Messages.List_project, changed);
	}

	private static Combo filter(Composite bar, String label, Runnable changed) {
		Layouts.label(bar, label);
		Combo combo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
		GridDataFactory.swtDefaults().hint(170, SWT.DEFAULT).applyTo(combo);
		combo.setEnabled(false);
		combo.addListener(SWT.Selection, event -> changed.run());
		return combo;
	}

	/** Offers {@code choices} and enables the filters, each on "any". */
	void fill(Choices choices) {
		statuses.clear();
		statuses.addAll(choices.statuses());
		status.add(Messages.List_anyStatus);
		statuses.forEach(offered -> status.add(CaseLabels.status(offered)));

		UserRef me = choices.me();
		assigneeChoices.clear();
		offer(assignee, assigneeChoices, Messages.List_anyone, AssigneeFilter.ANY);
		if (me != null) {
			offer(assignee, assigneeChoices, NLS.bind(Messages.List_me, me.displayName()), AssigneeFilter.user(me.id()));
		}
		offer(assignee, assigneeChoices, Messages.Unassigned, AssigneeFilter.UNASSIGNED);
		for (TeamRef team : choices.teams()) {
			offer(assignee, assigneeChoices, NLS.bind(Messages.List_team, team.name()), AssigneeFilter.team(team.id()));
		}
		for (UserRef user : choices.users()) {
			if (me == null || user.id() != me.id()) {
				offer(assignee, assigneeChoices, user.displayName(), AssigneeFilter.user(user.id()));
			}
		}

		projects = choices.projects();
		projectChoices.clear();
		offer(project, projectChoices, Messages.List_anyProject, null);
		projects.forEach(offered -> offer(project, projectChoices, offered.name(), offered.id()));
		for (Combo combo : new Combo[] { status, assignee, project }) {
			combo.select(0);
			combo.setEnabled(true);
		}
	}

	private static <T> void offer(Combo combo, List<T> values, String label, T value) {
		combo.add(label);
		values.add(value);
	}

	/** {@code query} narrowed to what the filters say. */
	CaseQuery applyTo(CaseQuery query) {
		int chosenStatus = status.getSelectionIndex();
		int chosenAssignee = Math.max(0, assignee.getSelectionIndex());
		int chosenProject = Math.max(0, project.getSelectionIndex());
		return query.withStatus(chosenStatus <= 0 ? null : statuses.get(chosenStatus - 1).code())
				.withAssignee(assigneeChoices.isEmpty() ? AssigneeFilter.ANY : assigneeChoices.get(chosenAssignee))
				.withProject(projectChoices.isEmpty() ? null : projectChoices.get(chosenProject));
	}

	/** Shows what {@code query} filters by. */
	void show(CaseQuery query) {
		int chosenStatus = query.statusCode() == null ? 0
				: 1 + statuses.stream().map(CaseStatus::code).toList().indexOf(query.statusCode());
		status.select(Math.max(0, chosenStatus));
		assignee.select(Math.max(0, assigneeChoices.indexOf(query.assignee())));
		project.select(Math.max(0, projectChoices.indexOf(query.projectId())));
	}

	/** A status by the name the service gave it, or its code. */
	String statusName(String code) {
		return statuses.stream().filter(s -> s.code().equals(code)).map(CaseStatus::name).findFirst().orElse(code);
	}

	String projectName(long projectId) {
		return projects.stream().filter(p -> p.id() == projectId).map(ProjectRef::name).findFirst()
				.orElse(Objects.toString(projectId));
	}

	List<CaseStatus> statuses() {
		return statuses;
	}

	List<ProjectRef> projects() {
		return projects;
	}

	/** For tests. */
	Combo statusCombo() {
		return status;
	}

	Combo assigneeCombo() {
		return assignee;
	}
}

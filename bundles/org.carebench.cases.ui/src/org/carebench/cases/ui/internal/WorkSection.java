package org.carebench.cases.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseStatus;
import org.carebench.cases.ClosingReason;
import org.carebench.cases.Workflow;
import org.carebench.core.AccessPolicy;
import org.carebench.core.Permission;
import org.carebench.core.TeamRef;
import org.carebench.core.UserRef;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Status and assignment of a case: the statuses its workflow allows from where it is (and the user's role lets
 * him choose), the closing reason when closing, the assignee and "Assign to me". What the user may not change is
 * disabled, with a tooltip naming the missing permission.
 */
final class WorkSection {

	/**
	 * What the user changed, relative to the case as loaded: only these are saved, and only these are re-applied
	 * when the case is reloaded over someone else's change.
	 *
	 * @param statusCode      the new status, or {@code null} when unchanged
	 * @param closingReason   the closing reason's code, with a closed status
	 * @param assigneeChanged whether the assignment was changed
	 * @param assigneeId      the new assignee ({@code null}: unassigned), when it was changed
	 * @param teamChanged     whether the team was changed
	 * @param teamId          the new team ({@code null}: none), when it was changed
	 */
	record Edits(String statusCode, String closingReason, boolean assigneeChanged, Long assigneeId,
			boolean teamChanged, Long teamId) {

		static final Edits NONE = new Edits(null, null, false, null, false, null);

		boolean isEmpty() {
			return statusCode == null && !assigneeChanged && !teamChanged;
		}
	}

	private final Combo status;
	private final Label reasonLabel;
	private final Combo reason;
	private final Combo assignee;
	private final Button assignToMe;
	private final Combo team;
	private final List<TeamRef> teamChoices = new ArrayList<>();
	private final Runnable onChange;
	private final List<CaseStatus> statusChoices = new ArrayList<>();
	private final List<ClosingReason> reasonChoices = new ArrayList<>();
	private final List<UserRef> assigneeChoices = new ArrayList<>();
	private CaseDetails shown;
	private UserRef me;

	WorkSection(FormToolkit toolkit, Composite parent, Runnable onChange) {
		this.onChange = onChange;
		Composite grid = FormSections.create(toolkit, parent, Messages.Editor_sectionWork, 3, false);
		toolkit.createLabel(grid, Messages.Editor_status);
		status = new Combo(grid, SWT.READ_ONLY | SWT.DROP_DOWN);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		status.addListener(SWT.Selection, event -> statusChosen());
		reasonLabel = toolkit.createLabel(grid, Messages.Editor_closingReason);
		reason = new Combo(grid, SWT.READ_ONLY | SWT.DROP_DOWN);
		reason.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		reason.addListener(SWT.Selection, event -> onChange.run());
		toolkit.createLabel(grid, Messages.Editor_assignee);
		assignee = new Combo(grid, SWT.READ_ONLY | SWT.DROP_DOWN);
		assignee.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		assignee.addListener(SWT.Selection, event -> onChange.run());
		assignToMe = toolkit.createButton(grid, Messages.Editor_assignToMe, SWT.PUSH);
		assignToMe.addListener(SWT.Selection, event -> assignToMe());
		toolkit.createLabel(grid, Messages.Editor_team);
		team = new Combo(grid, SWT.READ_ONLY | SWT.DROP_DOWN);
		team.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		team.addListener(SWT.Selection, event -> onChange.run());
		for (var control : new org.eclipse.swt.widgets.Control[] { status, reason, assignee, assignToMe, team }) {
			control.setEnabled(false);
		}
	}

	/** Shows a loaded case: its status and the ones the user may move it to, its assignee and who else may be. */
	void show(CaseDetails details, Workflow workflow, List<UserRef> assignable, List<TeamRef> teams,
			Optional<UserRef> signedIn, AccessPolicy access) {
		shown = details;
		me = signedIn.orElse(null);
		statusChoices.clear();
		statusChoices.add(details.status());
		workflow.targetsFrom(details.status().code()).stream().filter(target -> details.allows(needed(details, target)))
				.forEach(statusChoices::add);
		status.setItems(statusChoices.stream().map(CaseLabels::status).toArray(String[]::new));
		String statusRefusal = statusChoices.size() > 1 ? null : refusal(details, workflow, access);
		status.setEnabled(statusChoices.size() > 1);
		status.setToolTipText(statusRefusal);

		reasonChoices.clear();
		reasonChoices.addAll(workflow.closingReasons());
		reason.setItems(reasonChoices.stream().map(r -> CaseLabels.closingReason(r.code(), r.name()))
				.toArray(String[]::new));

		assigneeChoices.clear();
		assigneeChoices.addAll(assignable);
		if (details.assignee() != null && assignable.stream().noneMatch(u -> u.id() == details.assignee().id())) {
			assigneeChoices.add(details.assignee());
		}
		List<String> names = new ArrayList<>();
		names.add(Messages.Unassigned);
		assigneeChoices.forEach(user -> names.add(user.displayName()));
		assignee.setItems(names.toArray(String[]::new));
		boolean mayAssign = details.allows(Permission.CASE_ASSIGN);
		assignee.setEnabled(mayAssign);
		assignee.setToolTipText(mayAssign ? null : notAllowed(access, Permission.CASE_ASSIGN));

		teamChoices.clear();
		teamChoices.addAll(teams);
		if (details.team() != null && teams.stream().noneMatch(t -> t.id() == details.team().id())) {
			teamChoices.add(details.team());
		}
		List<String> teamNames = new ArrayList<>();
		teamNames.add(Messages.Editor_noTeam);
		teamChoices.forEach(t -> teamNames.add(t.name()));
		team.setItems(teamNames.toArray(String[]::new));
		team.setEnabled(mayAssign && !teamChoices.isEmpty());
		team.setToolTipText(mayAssign ? (teamChoices.isEmpty() ? Messages.Editor_noTeams : null)
				: notAllowed(access, Permission.CASE_ASSIGN));
		apply(Edits.NONE);
	}

	/** The permission moving the case to {@code target} needs. */
	private static Permission needed(CaseDetails details, CaseStatus target) {
		if (target.closed()) {
			return Permission.CASE_CLOSE;
		}
		return details.status().closed() ? Permission.CASE_REOPEN : Permission.CASE_EDIT;
	}

	/** Why the status cannot be changed: the workflow allows no move, or the role none of those it allows. */
	private static String refusal(CaseDetails details, Workflow workflow, AccessPolicy access) {
		return workflow.targetsFrom(details.status().code()).stream().findFirst()
				.map(target -> notAllowed(access, needed(details, target)))
				.orElse(Messages.Editor_noMoveAllowed);
	}

	private static String notAllowed(AccessPolicy access, Permission permission) {
		return NLS.bind(Messages.Editor_notAllowed, access.describe(permission));
	}

	/** The edits were saved as {@code saved}: they are the case's state now, no longer edits. */
	void saved(CaseDetails saved) {
		shown = saved;
	}

	private void statusChosen() {
		boolean closing = selectedStatus().map(CaseStatus::closed).orElse(false);
		reason.setEnabled(closing);
		if (!closing) {
			reason.deselectAll();
		}
		onChange.run();
	}

	private Optional<CaseStatus> selectedStatus() {
		int index = status.getSelectionIndex();
		return index < 0 ? Optional.empty() : Optional.of(statusChoices.get(index));
	}

	Edits edits() {
		if (shown == null || status.isDisposed()) {
			return Edits.NONE;
		}
		String chosenStatus = selectedStatus().map(CaseStatus::code).orElse(shown.status().code());
		int reasonIndex = reason.getSelectionIndex();
		String chosenReason = reasonIndex < 0 ? null : reasonChoices.get(reasonIndex).code();
		int assigneeIndex = assignee.getSelectionIndex();
		Long chosenAssignee = assigneeIndex <= 0 ? null : assigneeChoices.get(assigneeIndex - 1).id();
		Long loadedAssignee = shown.assignee() == null ? null : shown.assignee().id();
		boolean statusChanged = !chosenStatus.equals(shown.status().code());
		int teamIndex = team.getSelectionIndex();
		Long chosenTeam = teamIndex <= 0 ? null : teamChoices.get(teamIndex - 1).id();
		Long loadedTeam = shown.team() == null ? null : shown.team().id();
		return new Edits(statusChanged ? chosenStatus : null, statusChanged ? chosenReason : null,
				!Objects.equals(chosenAssignee, loadedAssignee), chosenAssignee,
				!Objects.equals(chosenTeam, loadedTeam), chosenTeam);
	}

	/** Shows the case as loaded, with {@code edits} on top. */
	void apply(Edits edits) {
		String statusCode = edits.statusCode() != null ? edits.statusCode() : shown.status().code();
		status.select(Math.max(0, indexOf(statusChoices.stream().map(CaseStatus::code).toList(), statusCode)));
		reason.deselectAll();
		if (edits.closingReason() != null) {
			reason.select(indexOf(reasonChoices.stream().map(ClosingReason::code).toList(), edits.closingReason()));
		}
		boolean closing = selectedStatus().map(CaseStatus::closed).orElse(false) && edits.statusCode() != null;
		reason.setEnabled(closing);
		reasonLabel.setEnabled(closing);
		Long assigneeId = edits.assigneeChanged() ? edits.assigneeId()
				: shown.assignee() == null ? null : shown.assignee().id();
		assignee.select(assigneeId == null ? 0
				: 1 + indexOf(assigneeChoices.stream().map(UserRef::id).toList(), assigneeId));
		Long teamId = edits.teamChanged() ? edits.teamId() : shown.team() == null ? null : shown.team().id();
		team.select(teamId == null ? 0 : 1 + indexOf(teamChoices.stream().map(TeamRef::id).toList(), teamId));
		updateAssignToMe();
		onChange.run();
	}

	private void assignToMe() {
		if (me != null) {
			int index = indexOf(assigneeChoices.stream().map(UserRef::id).toList(), me.id());
			if (index < 0) {
				assigneeChoices.add(me);
				assignee.add(me.displayName());
				index = assigneeChoices.size() - 1;
			}
			assignee.select(index + 1);
			updateAssignToMe();
			onChange.run();
		}
	}

	private void updateAssignToMe() {
		boolean mayAssignSelf = shown.allows(Permission.CASE_ASSIGN_SELF) || shown.allows(Permission.CASE_ASSIGN);
		int selected = assignee.getSelectionIndex();
		boolean alreadyMe = me != null && selected > 0 && assigneeChoices.get(selected - 1).id() == me.id();
		assignToMe.setEnabled(me != null && mayAssignSelf && !alreadyMe);
	}

	private static <T> int indexOf(List<T> values, T value) {
		return values.indexOf(value);
	}

	/** For tests: the controls. */
	Combo status() {
		return status;
	}

	Combo reason() {
		return reason;
	}

	Combo assignee() {
		return assignee;
	}

	Combo team() {
		return team;
	}

	Button assignToMeButton() {
		return assignToMe;
	}
}

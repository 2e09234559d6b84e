package org.carebench.cases.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseStatus;
import org.carebench.cases.ClosingReason;
import org.carebench.cases.OpenCase;
import org.carebench.core.Permission;
import org.carebench.core.TeamRef;
import org.carebench.core.UserRef;
import org.carebench.ui.Layouts;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
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
		Composite grid = Layouts.section(toolkit, parent, Messages.Editor_sectionWork, 3, false);
		status = Layouts.comboRow(grid, Messages.Editor_status);
		status.addListener(SWT.Selection, event -> statusChosen());
		reasonLabel = Layouts.label(grid, Messages.Editor_closingReason);
		reason = Layouts.fillRow(new Combo(grid, SWT.READ_ONLY), 2);
		reason.addListener(SWT.Selection, event -> onChange.run());
		assignee = Layouts.comboRow(grid, Messages.Editor_assignee);
		Layouts.fillRow(assignee, 1);
		assignee.addListener(SWT.Selection, event -> onChange.run());
		assignToMe = toolkit.createButton(grid, Messages.Editor_assignToMe, SWT.PUSH);
		assignToMe.addListener(SWT.Selection, event -> assignToMe());
		team = Layouts.comboRow(grid, Messages.Editor_team);
		team.addListener(SWT.Selection, event -> onChange.run());
		for (var control : new org.eclipse.swt.widgets.Control[] { status, reason, assignee, assignToMe, team }) {
			control.setEnabled(false);
		}
	}

	/**
	 * Shows an opened case: its status and those the user may move it to (the service said which), its assignee
	 * and who else may be, its team.
	 */
	void show(OpenCase open) {
		CaseDetails details = open.details();
		shown = details;
		me = open.viewer();
		statusChoices.clear();
		statusChoices.add(details.status());
		open.nextStatuses().stream().filter(OpenCase.StatusChoice::allowed).map(OpenCase.StatusChoice::status)
				.forEach(statusChoices::add);
		status.setItems(statusChoices.stream().map(CaseStatus::name).toArray(String[]::new));
		status.setEnabled(statusChoices.size() > 1);
		status.setToolTipText(statusChoices.size() > 1 ? null
				: open.nextStatuses().stream().map(OpenCase.StatusChoice::refusal).filter(Objects::nonNull)
						.findFirst().orElse(Messages.Editor_noMoveAllowed));

		reasonChoices.clear();
		reasonChoices.addAll(open.workflow().closingReasons());
		reason.setItems(reasonChoices.stream().map(ClosingReason::name).toArray(String[]::new));

		assignee.setItems(choices(assigneeChoices, open.assignable(), details.assignee(), UserRef::id,
				UserRef::displayName, Messages.Unassigned));
		boolean mayAssign = open.allows(Permission.CASE_ASSIGN);
		assignee.setEnabled(mayAssign);
		assignee.setToolTipText(open.refusal(Permission.CASE_ASSIGN));

		team.setItems(choices(teamChoices, open.teams(), details.team(), TeamRef::id, TeamRef::name,
				Messages.Editor_noTeam));
		team.setEnabled(mayAssign && !teamChoices.isEmpty());
		team.setToolTipText(mayAssign ? (teamChoices.isEmpty() ? Messages.Editor_noTeams : null)
				: open.refusal(Permission.CASE_ASSIGN));
		apply(Edits.NONE);
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

	/**
	 * Fills {@code chosen} with what may be chosen, plus the {@code current} holder when he is no longer among
	 * them (so that the case shows who has it); returns the combo's items: {@code none} first, then their names.
	 */
	private static <T> String[] choices(List<T> chosen, List<T> offered, T current, ToLongFunction<T> id,
			Function<T, String> name, String none) {
		chosen.clear();
		chosen.addAll(offered);
		if (current != null && chosen.stream().noneMatch(choice -> id.applyAsLong(choice) == id.applyAsLong(current))) {
			chosen.add(current);
		}
		List<String> names = new ArrayList<>();
		names.add(none);
		chosen.forEach(choice -> names.add(name.apply(choice)));
		return names.toArray(String[]::new);
	}

	/** For tests: the controls a user works with. */
	record Controls(Combo status, Combo reason, Combo assignee, Combo team, Button assignToMeButton) {
	}

	Controls controls() {
		return new Controls(status, reason, assignee, team, assignToMe);
	}
}

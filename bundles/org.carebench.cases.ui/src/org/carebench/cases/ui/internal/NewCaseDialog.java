package org.carebench.cases.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseService;
import org.carebench.cases.CaseType;
import org.carebench.cases.NewCase;
import org.carebench.cases.NewCaseChoices;
import org.carebench.core.ClientRef;
import org.carebench.core.DirectoryService;
import org.carebench.core.ProjectRef;
import org.carebench.core.UserRef;
import org.carebench.ui.CarebenchDialog;
import org.carebench.ui.Layouts;
import org.carebench.ui.Services;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Opens a case at intake: for a client already known (found by name), a new one, or an anonymous one; in a
 * project where the user may open cases; with a case type, whose roles are filled here and whose activities are
 * scheduled on opening; assigned to someone or to nobody yet.
 */
final class NewCaseDialog extends CarebenchDialog {

	private static final int CLIENTS_FOUND = 50;

	private final List<NewCaseChoices> projects = new ArrayList<>();
	private final UserRef me;
	private Combo project;
	private Button existing;
	private Button named;
	private Button anonymous;
	private Text search;
	private Combo found;
	private Text firstName;
	private Text lastName;
	private Button birthKnown;
	private DateTime birthDate;
	private Combo caseType;
	private Composite roles;
	private Combo assignee;
	private List<ClientRef> foundClients = List.of();
	private List<CaseType> types = List.of();
	private List<UserRef> members = List.of();
	private List<UserRef> assignable = List.of();
	private final Map<String, Combo> roleChoices = new HashMap<>();
	private CaseDetails created;

	NewCaseDialog(Shell parent, UserRef me) {
		super(parent, Messages.NewCase_title, 3);
		setOkLabel(Messages.NewCase_open);
		this.me = me;
		projects.addAll(Services.get(CaseService.class).newCaseChoices());
	}

	@Override
	protected void createArea(Composite body) {
		setMessage(Messages.NewCase_message);
		project = Layouts.comboRow(body, Messages.NewCase_project);
		projects.forEach(p -> project.add(p.project().name()));
		project.addListener(SWT.Selection, event -> projectChosen());

		Layouts.label(body, Messages.NewCase_client);
		existing = radio(body, Messages.NewCase_existing);
		new Label(body, SWT.NONE);
		search = Layouts.hintedText(body, Messages.NewCase_searchHint, SWT.SEARCH | SWT.ICON_SEARCH);
		search.addListener(SWT.DefaultSelection, event -> findClients());
		Layouts.button(body, Messages.Related_search, this::findClients);
		new Label(body, SWT.NONE);
		found = Layouts.fillRow(new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN), 2);

		new Label(body, SWT.NONE);
		named = radio(body, Messages.NewCase_new);
		firstName = Layouts.textRow(body, Messages.NewCase_firstName, SWT.NONE);
		firstName.setTextLimit(100);
		lastName = Layouts.textRow(body, Messages.NewCase_lastName, SWT.NONE);
		lastName.setTextLimit(100);
		Layouts.label(body, Messages.NewCase_birthDate);
		birthKnown = new Button(body, SWT.CHECK);
		birthKnown.setText(Messages.NewCase_birthKnown);
		birthDate = new DateTime(body, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		birthDate.setEnabled(false);
		birthKnown.addListener(SWT.Selection, event -> birthDate.setEnabled(birthKnown.getSelection()));

		new Label(body, SWT.NONE);
		anonymous = radio(body, Messages.NewCase_anonymous);
		named.setSelection(true);
		for (Button choice : new Button[] { existing, named, anonymous }) {
			choice.addListener(SWT.Selection, event -> clientKindChosen());
		}

		caseType = Layouts.comboRow(body, Messages.NewCase_caseType);
		caseType.addListener(SWT.Selection, event -> caseTypeChosen());
		roles = Layouts.flush(new Composite(body, SWT.NONE), 2);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(roles);

		assignee = Layouts.comboRow(body, Messages.NewCase_assignee);

		if (!projects.isEmpty()) {
			project.select(0);
			projectChosen();
		} else {
			showProblem(Messages.NewCase_noProject);
		}
		clientKindChosen();
	}

	private static Button radio(Composite body, String text) {
		Button radio = new Button(body, SWT.RADIO);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(radio);
		radio.setText(text);
		return radio;
	}

	private NewCaseChoices chosenProject() {
		return projects.get(project.getSelectionIndex());
	}

	/** The project's choices, as the service gave them: its case types, who may be assigned or hold roles. */
	private void projectChosen() {
		NewCaseChoices chosen = chosenProject();
		types = chosen.caseTypes();
		caseType.removeAll();
		caseType.add(Messages.Editor_noCaseType);
		types.forEach(type -> caseType.add(type.name()));
		caseType.select(0);
		members = chosen.roleCandidates();
		assignable = chosen.assignable();
		assignee.removeAll();
		assignee.add(Messages.Unassigned);
		assignable.forEach(user -> assignee.add(user.displayName()));
		int mine = me == null ? -1 : assignable.stream().map(UserRef::id).toList().indexOf(me.id());
		assignee.select(mine + 1);
		caseTypeChosen();
	}

	private void caseTypeChosen() {
		for (Control child : roles.getChildren()) {
			child.dispose();
		}
		roleChoices.clear();
		int index = caseType.getSelectionIndex();
		if (index > 0) {
			for (CaseType.Role role : types.get(index - 1).roles()) {
				Combo holder = Layouts.comboRow(roles, role.name() + ":"); //$NON-NLS-1$
				holder.add(Messages.Nobody);
				members.forEach(user -> holder.add(user.displayName()));
				// a role the opener fills by himself is his unless someone else is chosen
				int mine = me == null || !role.filledByOpener() ? -1
						: members.stream().map(UserRef::id).toList().indexOf(me.id());
				holder.select(mine + 1);
				roleChoices.put(role.code(), holder);
			}
		}
		roles.getParent().layout(true, true);
		if (getShell() != null && getShell().isVisible()) {
			getShell().pack();
		}
	}

	private void clientKindChosen() {
		boolean isExisting = existing.getSelection();
		boolean isNew = named.getSelection();
		search.setEnabled(isExisting);
		found.setEnabled(isExisting);
		firstName.setEnabled(isNew);
		lastName.setEnabled(isNew);
		birthKnown.setEnabled(isNew);
		birthDate.setEnabled(isNew && birthKnown.getSelection());
	}

	private void findClients() {
		if (projects.isEmpty()) {
			return;
		}
		try {
			foundClients = Services.get(DirectoryService.class).searchClients(chosenProject().project().networkId(),
					search.getText(), CLIENTS_FOUND);
			found.setItems(foundClients.stream().map(ClientRef::fullName).toArray(String[]::new));
			if (!foundClients.isEmpty()) {
				found.select(0);
				showProblem(null);
			} else {
				showProblem(Messages.Related_nobody);
			}
		} catch (RuntimeException e) {
			refused(e);
		}
	}

	@Override
	protected void okPressed() {
		if (projects.isEmpty()) {
			return;
		}
		if (existing.getSelection() && found.getSelectionIndex() < 0) {
			showProblem(Messages.NewCase_chooseClient);
			return;
		}
		if (named.getSelection() && (firstName.getText().isBlank() || lastName.getText().isBlank())) {
			showProblem(Messages.NewCase_nameRequired);
			return;
		}
		ProjectRef chosen = chosenProject().project();
		DirectoryService directory = Services.get(DirectoryService.class);
		closeUnlessRefused(() -> {
			ClientRef client;
			if (existing.getSelection()) {
				client = foundClients.get(found.getSelectionIndex());
			} else if (anonymous.getSelection()) {
				client = directory.createAnonymousClient(chosen.networkId());
			} else {
				LocalDate birth = birthKnown.getSelection()
						? LocalDate.of(birthDate.getYear(), birthDate.getMonth() + 1, birthDate.getDay())
						: null;
				client = directory.createClient(chosen.networkId(), firstName.getText(), lastName.getText(), birth);
			}
			int assigneeIndex = assignee.getSelectionIndex();
			Long assigneeId = assigneeIndex <= 0 ? null : assignable.get(assigneeIndex - 1).id();
			int typeIndex = caseType.getSelectionIndex();
			Long typeId = typeIndex <= 0 ? null : types.get(typeIndex - 1).id();
			Map<String, Long> holders = new HashMap<>();
			roleChoices.forEach((code, combo) -> {
				if (combo.getSelectionIndex() > 0) {
					holders.put(code, members.get(combo.getSelectionIndex() - 1).id());
				}
			});
			long organizationId = chosenProject().organizationId();
			created = Services.get(CaseService.class)
					.createCase(new NewCase(client.id(), chosen.id(), organizationId, assigneeId, typeId, holders));
		});
	}

	CaseDetails created() {
		return created;
	}

	/** For tests: the controls a user fills in. */
	record Controls(Text firstName, Text lastName, Combo caseType, Map<String, Combo> roleChoices, Combo project) {
	}

	Controls controls() {
		return new Controls(firstName, lastName, caseType, roleChoices, project);
	}
}

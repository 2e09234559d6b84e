package org.carebench.cases.ui.internal;

import java.util.List;

import org.carebench.core.ClientRef;
import org.carebench.core.DirectoryService;
import org.carebench.ui.CarebenchDialog;
import org.carebench.ui.Layouts;
import org.carebench.ui.Services;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Adds a person to a case: a client of the network found by the start of his name, or a new person typed in, with
 * how he relates to the primary client.
 */
final class ParticipantDialog extends CarebenchDialog {

	private static final int RESULTS = 50;

	/** Who was chosen: an existing client, or the names of a new one. */
	record Choice(Long clientId, String firstName, String lastName, String relationship) {
	}

	private final long networkId;
	private Button existing;
	private Text search;
	private Table found;
	private List<ClientRef> clients = List.of();
	private Button newPerson;
	private Text firstName;
	private Text lastName;
	private Text relationship;
	private Choice choice;

	ParticipantDialog(Shell parent, long networkId) {
		super(parent, Messages.Participants_dialogTitle, 2);
		this.networkId = networkId;
	}

	@Override
	protected void createArea(Composite grid) {
		existing = Layouts.wholeRow(new Button(grid, SWT.RADIO));
		existing.setText(Messages.Participants_existing);
		existing.setSelection(true);
		search = Layouts.fillRow(new Text(grid, SWT.BORDER | SWT.SEARCH), 2);
		search.setMessage(Messages.Participants_searchHint);
		search.addListener(SWT.Modify, event -> find());
		found = Layouts.fillArea(new Table(grid, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION), 360, 140);
		newPerson = Layouts.wholeRow(new Button(grid, SWT.RADIO));
		newPerson.setText(Messages.Participants_newPerson);
		firstName = Layouts.textRow(grid, Messages.NewCase_firstName, SWT.NONE);
		lastName = Layouts.textRow(grid, Messages.NewCase_lastName, SWT.NONE);
		relationship = Layouts.textRow(grid, Messages.Participants_relationship, SWT.NONE);
		relationship.setMessage(Messages.Participants_relationshipHint);
		firstName.addListener(SWT.Modify, event -> pickNew());
		lastName.addListener(SWT.Modify, event -> pickNew());
	}

	private void pickNew() {
		newPerson.setSelection(true);
		existing.setSelection(false);
	}

	private void find() {
		existing.setSelection(true);
		newPerson.setSelection(false);
		String prefix = search.getText().strip();
		found.removeAll();
		if (prefix.isEmpty()) {
			clients = List.of();
			return;
		}
		clients = Services.get(DirectoryService.class).searchClients(networkId, prefix, RESULTS);
		for (ClientRef client : clients) {
			new TableItem(found, SWT.NONE).setText(CaseLabels.client(client));
		}
		if (!clients.isEmpty()) {
			found.select(0);
		}
	}

	@Override
	protected void okPressed() {
		if (existing.getSelection() && found.getSelectionIndex() < 0) {
			showProblem(Messages.Participants_chooseClient);
			search.setFocus();
			return;
		}
		closeUnlessRefused(() -> choice = existing.getSelection()
				? new Choice(clients.get(found.getSelectionIndex()).id(), null, null, relationship.getText())
				: new Choice(null, firstName.getText(), lastName.getText(), relationship.getText()));
	}

	Choice choice() {
		return choice;
	}
}

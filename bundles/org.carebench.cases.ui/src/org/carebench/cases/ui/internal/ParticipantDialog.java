package org.carebench.cases.ui.internal;

import java.util.List;

import org.carebench.core.ClientRef;
import org.carebench.core.DirectoryService;
import org.carebench.ui.Services;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Adds a person to a case: a client of the network found by the start of his name, or a new person typed in, with
 * how he relates to the primary client.
 */
final class ParticipantDialog extends Dialog {

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
		super(parent);
		this.networkId = networkId;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Participants_dialogTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		existing = new Button(area, SWT.RADIO);
		existing.setText(Messages.Participants_existing);
		existing.setSelection(true);
		existing.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		search = new Text(area, SWT.BORDER | SWT.SEARCH);
		search.setMessage(Messages.Participants_searchHint);
		GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
		wide.widthHint = 360;
		search.setLayoutData(wide);
		search.addListener(SWT.Modify, event -> find());
		found = new Table(area, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
		GridData list = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		list.heightHint = 140;
		found.setLayoutData(list);
		newPerson = new Button(area, SWT.RADIO);
		newPerson.setText(Messages.Participants_newPerson);
		newPerson.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		new Label(area, SWT.NONE).setText(Messages.NewCase_firstName);
		firstName = new Text(area, SWT.BORDER);
		firstName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(area, SWT.NONE).setText(Messages.NewCase_lastName);
		lastName = new Text(area, SWT.BORDER);
		lastName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(area, SWT.NONE).setText(Messages.Participants_relationship);
		relationship = new Text(area, SWT.BORDER);
		relationship.setMessage(Messages.Participants_relationshipHint);
		relationship.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		firstName.addListener(SWT.Modify, event -> pickNew());
		lastName.addListener(SWT.Modify, event -> pickNew());
		return area;
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
		if (existing.getSelection()) {
			int index = found.getSelectionIndex();
			if (index < 0) {
				search.setFocus();
				return;
			}
			choice = new Choice(clients.get(index).id(), null, null, relationship.getText());
		} else {
			choice = new Choice(null, firstName.getText(), lastName.getText(), relationship.getText());
		}
		super.okPressed();
	}

	Choice choice() {
		return choice;
	}
}

package org.carebench.cases.ui.internal;

import java.util.List;
import java.util.function.Consumer;

import org.carebench.cases.Note;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * The notes of a case, newest first, and the box to write a new one. The box counts characters against the
 * limit and keeps its text when the note is refused, so nothing typed is lost.
 */
final class NotesSection {

	/** The service's limit (the note column's size). */
	static final int MAX_LENGTH = 4000;

	private final FormToolkit toolkit;
	private final Text text;
	private final Label counter;
	private final Label problem;
	private final Button add;
	private final Composite list;
	private int shown;

	NotesSection(FormToolkit toolkit, Composite parent, Consumer<String> onAdd) {
		this.toolkit = toolkit;
		Composite client = FormSections.create(toolkit, parent, Messages.Editor_sectionNotes, 2, true);

		Label label = toolkit.createLabel(client, Messages.Editor_newNote);
		label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		text = toolkit.createText(client, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL); //$NON-NLS-1$
		GridData textLayout = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
		textLayout.heightHint = 70;
		textLayout.widthHint = 300;
		text.setLayoutData(textLayout);
		counter = toolkit.createLabel(client, ""); //$NON-NLS-1$
		counter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		add = toolkit.createButton(client, Messages.Editor_addNote, SWT.PUSH);
		add.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false));
		problem = toolkit.createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
		problem.setForeground(client.getDisplay().getSystemColor(SWT.COLOR_RED));
		problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		list = toolkit.createComposite(client);
		GridLayout listLayout = new GridLayout(1, false);
		listLayout.marginWidth = 0;
		list.setLayout(listLayout);
		list.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));

		text.addModifyListener(event -> updateCounter());
		add.addListener(SWT.Selection, event -> {
			add.setEnabled(false);
			onAdd.accept(text.getText());
		});
		updateCounter();
	}

	private void updateCounter() {
		int length = text.getText().strip().length();
		counter.setText(NLS.bind(Messages.Editor_noteLength, length, MAX_LENGTH));
		boolean tooLong = length > MAX_LENGTH;
		counter.setForeground(tooLong ? counter.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
		add.setEnabled(length > 0 && !tooLong);
		problem.setText(""); //$NON-NLS-1$
	}

	/** Shows the case's notes, newest first. */
	void show(List<Note> notes) {
		for (Control old : list.getChildren()) {
			old.dispose();
		}
		if (notes.isEmpty()) {
			toolkit.createLabel(list, Messages.Editor_noNotes).setForeground(
					list.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		}
		for (Note note : notes) {
			Label header = toolkit.createLabel(list,
					NLS.bind(Messages.Editor_noteHeader, note.author().displayName(), CaseLabels.dateTime(note.createdAt())));
			header.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
			Label body = toolkit.createLabel(list, note.text(), SWT.WRAP);
			GridData bodyLayout = new GridData(SWT.FILL, SWT.TOP, true, false);
			bodyLayout.widthHint = 300;
			body.setLayoutData(bodyLayout);
		}
		shown = notes.size();
		list.layout(true, true);
	}

	/** The note was saved: the box empties. */
	void added() {
		text.setText(""); //$NON-NLS-1$
	}

	/** The note was refused: the box keeps its text, the reason shows under it. */
	void refused(String message) {
		problem.setText(message);
		add.setEnabled(true);
		problem.getParent().layout(true, true);
	}

	/** For tests. */
	Text text() {
		return text;
	}

	Button addButton() {
		return add;
	}

	String problem() {
		return problem.getText();
	}

	int shown() {
		return shown;
	}
}

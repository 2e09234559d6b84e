package org.carebench.cases.ui.internal;

import java.util.List;

import org.carebench.cases.Note;
import org.carebench.core.UserRef;
import org.carebench.ui.Layouts;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;

/**
 * The notes of a case, newest first, and the box to write a new one. The box counts characters against the
 * limit and keeps its text when the note is refused, so nothing typed is lost. A note can be edited or deleted by
 * its author, or by anyone whose role allows it.
 */
final class NotesSection {

	/** What the section asks the editor to do. */
	interface Actions {
		void add(String text);

		void edit(long noteId, String text);

		void delete(long noteId);
	}

	/** The service's limit (the note column's size). */
	static final int MAX_LENGTH = 4000;

	private final FormToolkit toolkit;
	private final Actions actions;
	private final Text text;
	private final Label counter;
	private final Label problem;
	private final Button add;
	private final Composite list;
	private boolean mayAdd;
	private int shown;

	NotesSection(FormToolkit toolkit, Composite parent, Actions actions) {
		this.toolkit = toolkit;
		this.actions = actions;
		Composite client = Layouts.section(toolkit, parent, Messages.Editor_sectionNotes, 2, true);

		GridDataFactory.fillDefaults().grab(true, false).span(2, 1)
				.applyTo(toolkit.createLabel(client, Messages.Editor_newNote));
		text = toolkit.createText(client, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, 70).applyTo(text);
		counter = toolkit.createLabel(client, ""); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(counter);
		add = toolkit.createButton(client, Messages.Editor_addNote, SWT.PUSH);
		GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).applyTo(add);
		problem = toolkit.createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
		problem.setForeground(client.getDisplay().getSystemColor(SWT.COLOR_RED));
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(problem);
		list = Layouts.flush(toolkit.createComposite(client), 1);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(list);

		text.addModifyListener(event -> updateCounter());
		add.addListener(SWT.Selection, event -> {
			add.setEnabled(false);
			actions.add(text.getText());
		});
		updateCounter();
	}

	private void updateCounter() {
		int length = text.getText().strip().length();
		counter.setText(NLS.bind(Messages.Editor_noteLength, length, MAX_LENGTH));
		boolean tooLong = length > MAX_LENGTH;
		counter.setForeground(tooLong ? counter.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
		add.setEnabled(mayAdd && length > 0 && !tooLong);
		problem.setText(""); //$NON-NLS-1$
	}

	/**
	 * Shows the case's notes, newest first.
	 *
	 * @param me         the signed-in user: his notes can be changed
	 * @param mayAdd     whether his role lets him add notes
	 * @param mayEditAny whether his role lets him change anyone's notes
	 */
	void show(List<Note> notes, UserRef me, boolean mayAdd, boolean mayEditAny) {
		this.mayAdd = mayAdd;
		text.setEnabled(mayAdd);
		for (Control old : list.getChildren()) {
			old.dispose();
		}
		if (notes.isEmpty()) {
			toolkit.createLabel(list, Messages.Editor_noNotes)
					.setForeground(list.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		}
		for (Note note : notes) {
			boolean mayChange = mayEditAny || me != null && me.id() == note.author().id();
			showNote(note, mayChange);
		}
		shown = notes.size();
		updateCounter();
		list.layout(true, true);
	}

	private void showNote(Note note, boolean mayChange) {
		Composite header = Layouts.flush(toolkit.createComposite(list), 3);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		String when = CaseLabels.dateTime(note.createdAt());
		if (note.editedAt() != null) {
			when = NLS.bind(Messages.Editor_noteEdited, when, CaseLabels.dateTime(note.editedAt()));
		}
		Label title = toolkit.createLabel(header, NLS.bind(Messages.Editor_noteHeader, note.author().displayName(), when));
		title.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(title);
		if (mayChange) {
			link(header, Messages.Editor_editNote, () -> edit(note));
			link(header, Messages.Editor_deleteNote, () -> delete(note));
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT)
				.applyTo(toolkit.createLabel(list, note.text(), SWT.WRAP));
	}

	private void link(Composite parent, String label, Runnable action) {
		Hyperlink link = toolkit.createHyperlink(parent, label, SWT.NONE);
		link.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent event) {
				action.run();
			}
		});
	}

	private void edit(Note note) {
		InputDialog dialog = new InputDialog(list.getShell(), Messages.Editor_editNoteTitle, null, note.text(),
				value -> value.isBlank() ? Messages.Editor_noteEmpty
						: value.strip().length() > MAX_LENGTH
								? NLS.bind(Messages.Editor_noteLength, value.strip().length(), MAX_LENGTH)
								: null) {
			@Override
			protected int getInputTextStyle() {
				return SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER;
			}

			@Override
			protected Control createDialogArea(Composite parent) {
				Control area = super.createDialogArea(parent);
				GridData layout = (GridData) getText().getLayoutData();
				layout.heightHint = 120;
				layout.widthHint = 420;
				return area;
			}
		};
		if (dialog.open() == Window.OK) {
			actions.edit(note.id(), dialog.getValue());
		}
	}

	private void delete(Note note) {
		if (MessageDialog.openConfirm(list.getShell(), Messages.Editor_deleteNoteTitle, Messages.Editor_deleteNoteQuestion)) {
			actions.delete(note.id());
		}
	}

	/** The change was saved: the box empties. */
	void saved() {
		text.setText(""); //$NON-NLS-1$
	}

	/** The change was refused: the box keeps its text, the reason shows under it. */
	void refused(String message) {
		problem.setText(message);
		updateCounterKeepingProblem(message);
		problem.getParent().layout(true, true);
	}

	private void updateCounterKeepingProblem(String message) {
		updateCounter();
		problem.setText(message);
	}

	/** For tests: the problem shown under the note, and how many notes are shown. */
	String problem() {
		return problem.getText();
	}

	int shown() {
		return shown;
	}

	/** For tests: the controls a user works with. */
	record Controls(Text text, Button addButton) {
	}

	Controls controls() {
		return new Controls(text, add);
	}
}

package org.carebench.cases.internal;

import jakarta.persistence.EntityManager;

import org.carebench.cases.Note;
import org.carebench.cases.NoteService;
import org.carebench.core.ActivityLog;
import org.carebench.core.NotFoundException;
import org.carebench.core.Permission;
import org.carebench.core.ServiceContext;
import org.carebench.core.ValidationException;
import org.carebench.core.model.Jdbc;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Notes, kept with JPA; a deleted note stays in its row, hidden, and its text in the log. */
@Component(service = NoteService.class)
public class NoteServiceImpl implements NoteService {

	private static final int EXCERPT = 200;

	private final CaseWork work;

	@Activate
	public NoteServiceImpl(@Reference ServiceContext context) {
		this.work = new CaseWork(context);
	}

	@Override
	public Note addNote(long caseId, String text) {
		String body = checked(text);
		return work.change(caseId, CaseWork.ANY_VERSION, Permission.NOTE_ADD, Messages.Action_addNote, edit -> {
			// notes written by the system are stamped with no user; the log keeps the automation's name
			long author = edit.user().system() ? 0 : edit.user().user().id();
			long id = Notes.add(edit.connection(), caseId, author, edit.now(), body);
			edit.log(ActivityLog.NOTE_ADDED, null, null, excerpt(body));
			return Notes.note(edit.em(), Notes.find(edit.connection(), id).orElseThrow());
		});
	}

	@Override
	public Note editNote(long noteId, String text) {
		String body = checked(text);
		return work.change(em -> caseOf(em, noteId), CaseWork.ANY_VERSION, null, null, edit -> {
			Notes.Row row = changeable(edit, noteId);
			Notes.edit(edit.connection(), noteId, body, edit.now());
			edit.log(ActivityLog.NOTE_EDITED, excerpt(row.body()), excerpt(body), null);
			return Notes.note(edit.em(), Notes.find(edit.connection(), noteId).orElseThrow());
		});
	}

	@Override
	public void deleteNote(long noteId) {
		work.change(em -> caseOf(em, noteId), CaseWork.ANY_VERSION, null, null, edit -> {
			Notes.Row row = changeable(edit, noteId);
			Notes.delete(edit.connection(), noteId, edit.now());
			edit.log(ActivityLog.NOTE_DELETED, excerpt(row.body()), null, null);
			return null;
		});
	}

	private static long caseOf(EntityManager em, long noteId) {
		return Notes.find(Jdbc.of(em), noteId)
				.orElseThrow(() -> new NotFoundException(NLS.bind(Messages.Note_notFound, noteId))).caseId();
	}

	/** The note, provided the user may change it: his own, or anyone's with {@link Permission#NOTE_EDIT_ANY}. */
	private static Notes.Row changeable(CaseEdit edit, long noteId) {
		Notes.Row row = Notes.find(edit.connection(), noteId).orElseThrow();
		boolean own = !edit.user().system() && row.authorId() == edit.user().user().id();
		if (!own) {
			edit.require(Permission.NOTE_EDIT_ANY, Messages.Action_changeOthersNote);
		}
		return row;
	}

	private static String checked(String text) {
		if (text == null || text.isBlank()) {
			throw new ValidationException("note", Messages.Note_empty); //$NON-NLS-1$
		}
		String body = text.strip();
		if (body.length() > MAX_LENGTH) {
			throw new ValidationException("note", NLS.bind(Messages.Note_tooLong, body.length(), MAX_LENGTH)); //$NON-NLS-1$
		}
		return body;
	}

	private static String excerpt(String body) {
		return body.length() <= EXCERPT ? body : body.substring(0, EXCERPT - 1) + "\u2026"; //$NON-NLS-1$
	}
}

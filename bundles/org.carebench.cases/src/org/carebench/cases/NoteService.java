package org.carebench.cases;

import org.carebench.core.Permission;

/**
 * Notes on cases: added with {@link Permission#NOTE_ADD}, changed and deleted by their author, or by anyone with
 * {@link Permission#NOTE_EDIT_ANY}. A deleted note is hidden; its text stays in the activity log.
 */
public interface NoteService {

	/** Longest note accepted, in characters. */
	int MAX_LENGTH = 4000;

	/** Adds a note stamped with the current user and time. */
	Note addNote(long caseId, String text);

	/** Changes a note's text. */
	Note editNote(long noteId, String text);

	/** Deletes a note. */
	void deleteNote(long noteId);
}

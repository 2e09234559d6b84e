package org.carebench.cases.ui.internal;

import org.carebench.cases.CaseAnnotationService;
import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseLinkService;
import org.carebench.cases.CaseParticipant;
import org.carebench.cases.CaseService;
import org.carebench.cases.NoteService;
import org.carebench.cases.OpenCase;
import org.carebench.cases.ParticipantService;
import org.carebench.cases.RelatedCase;
import org.carebench.cases.ui.CaseEditors;
import org.carebench.core.DirectoryService;
import org.carebench.core.Permission;
import org.carebench.ui.Layouts;
import org.carebench.ui.Problems;
import org.carebench.ui.Services;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * The case page of the editor: the case itself, its work (status, assignment), roles, flags, attributes, related
 * cases, people, collaborators and notes, each a section that shows what the service said the user may do. Flags,
 * attributes, links, people and notes change at once; status and assignment are saved with the editor.
 */
final class CasePage {

	private final CaseEditor editor;
	private final FormToolkit toolkit;
	private final ScrolledForm form;
	private Label client;
	private Label project;
	private Label organization;
	private Label opened;
	private Label lastActivity;
	private Label closed;
	private Label caseType;
	private Button shared;
	final WorkSection work;
	final RolesSection roles;
	final FlagsSection flags;
	final AttributesSection attributes;
	final RelatedSection related;
	final ParticipantsSection participants;
	final CollaboratorsSection collaborators;
	final NotesSection notes;

	CasePage(CaseEditor editor, FormToolkit toolkit, Composite parent) {
		this.editor = editor;
		this.toolkit = toolkit;
		form = toolkit.createScrolledForm(parent);
		form.setText(Messages.Editor_loading);
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayoutFactory.swtDefaults().numColumns(2).equalWidth(true).applyTo(body);
		Composite left = column(body);
		createCaseSection(left);
		work = new WorkSection(toolkit, left, editor::editsChanged);
		roles = new RolesSection(toolkit, left, (role, user) -> change(
				() -> service(CaseService.class).changeRoleHolder(editor.caseId(), role, user), editor::showRefusal));
		flags = new FlagsSection(toolkit, left, new FlagsSection.Actions() {
			@Override
			public void add(String flagCode, String comment) {
				change(() -> service(CaseAnnotationService.class).addFlag(editor.caseId(), flagCode, comment),
						message -> {
							flags.refused();
							editor.showRefusal(message);
						});
			}

			@Override
			public void resolve(long flagId) {
				change(() -> service(CaseAnnotationService.class).resolveFlag(flagId), editor::showRefusal);
			}
		});
		Composite right = column(body);
		attributes = new AttributesSection(toolkit, right, changed -> change(() -> {
			changed.forEach((code, value) -> service(CaseAnnotationService.class).setAttribute(editor.caseId(), code,
					value));
			return null;
		}, this::attributesRefused));
		related = new RelatedSection(toolkit, right, relatedActions());
		participants = new ParticipantsSection(toolkit, right, participantActions());
		collaborators = new CollaboratorsSection(toolkit, right, new CollaboratorsSection.Actions() {
			@Override
			public void add(long userId) {
				change(() -> service(CaseService.class).addCollaborator(editor.caseId(), userId), editor::showRefusal);
			}

			@Override
			public void remove(long userId) {
				change(() -> service(CaseService.class).removeCollaborator(editor.caseId(), userId),
						editor::showRefusal);
			}
		});
		notes = new NotesSection(toolkit, right, new NotesSection.Actions() {
			@Override
			public void add(String text) {
				changeNotes(() -> service(NoteService.class).addNote(editor.caseId(), text));
			}

			@Override
			public void edit(long noteId, String text) {
				changeNotes(() -> service(NoteService.class).editNote(noteId, text));
			}

			@Override
			public void delete(long noteId) {
				changeNotes(() -> {
					service(NoteService.class).deleteNote(noteId);
					return null;
				});
			}
		});
	}

	private void attributesRefused(String message) {
		attributes.refused(message);
	}

	ScrolledForm form() {
		return form;
	}

	private static <T> T service(Class<T> type) {
		return Services.get(type);
	}

	/** A change made at once; on refusal the section keeps what the user typed and shows why. */
	private void change(java.util.function.Supplier<Object> change, java.util.function.Consumer<String> refused) {
		editor.changeNow(change, () -> {
			// the case reloads
		}, refused);
	}

	private void changeNotes(java.util.function.Supplier<Object> change) {
		editor.changeNow(change, notes::saved, notes::refused);
	}

	private RelatedSection.Actions relatedActions() {
		return new RelatedSection.Actions() {
			@Override
			public void open(RelatedCase other) {
				try {
					CaseEditors.open(editor.getSite().getPage(), other.caseId(), other.code());
				} catch (PartInitException e) {
					Problems.log(e);
				}
			}

			@Override
			public void relate() {
				RelateDialog dialog = new RelateDialog(editor.getSite().getShell(), editor.caseId());
				if (dialog.open() == Window.OK && dialog.chosen() != null) {
					long other = dialog.chosen().caseId();
					change(() -> service(CaseLinkService.class).link(editor.caseId(), other), editor::showRefusal);
				}
			}

			@Override
			public void unlink(RelatedCase other) {
				if (MessageDialog.openQuestion(editor.getSite().getShell(), Messages.Related_unlinkTitle,
						NLS.bind(Messages.Related_unlinkQuestion, other.code()))) {
					change(() -> service(CaseLinkService.class).unlink(editor.caseId(), other.caseId()),
							editor::showRefusal);
				}
			}
		};
	}

	private ParticipantsSection.Actions participantActions() {
		return new ParticipantsSection.Actions() {
			@Override
			public void add() {
				long networkId = editor.details().project().networkId();
				ParticipantDialog dialog = new ParticipantDialog(editor.getSite().getShell(), networkId);
				if (dialog.open() != Window.OK) {
					return;
				}
				ParticipantDialog.Choice choice = dialog.choice();
				change(() -> {
					long clientId = choice.clientId() != null ? choice.clientId()
							: service(DirectoryService.class)
									.createClient(networkId, choice.firstName(), choice.lastName(), null).id();
					return service(ParticipantService.class).addParticipant(editor.caseId(), clientId,
							choice.relationship());
				}, editor::showRefusal);
			}

			@Override
			public void remove(CaseParticipant participant) {
				change(() -> service(ParticipantService.class).removeParticipant(editor.caseId(),
						participant.clientId()), editor::showRefusal);
			}
		};
	}

	private Composite column(Composite body) {
		Composite column = Layouts.flush(toolkit.createComposite(body), 1);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(column);
		return column;
	}

	private void createCaseSection(Composite parent) {
		Composite grid = Layouts.section(toolkit, parent, Messages.Editor_sectionCase, 2, false);
		client = Layouts.field(toolkit, grid, Messages.Editor_client);
		project = Layouts.field(toolkit, grid, Messages.Editor_project);
		organization = Layouts.field(toolkit, grid, Messages.Editor_organization);
		opened = Layouts.field(toolkit, grid, Messages.Editor_opened);
		lastActivity = Layouts.field(toolkit, grid, Messages.Editor_lastActivity);
		closed = Layouts.field(toolkit, grid, Messages.Editor_closed);
		caseType = Layouts.field(toolkit, grid, Messages.Editor_caseType);
		toolkit.createLabel(grid, ""); //$NON-NLS-1$
		shared = toolkit.createButton(grid, Messages.Editor_shared, SWT.CHECK);
		shared.setEnabled(false);
		shared.addListener(SWT.Selection, event -> editor.share(shared.getSelection()));
	}

	/** Shows the case as the service opened it for this user. */
	void show(OpenCase open) {
		CaseDetails details = open.details();
		String clientName = CaseLabels.client(details.client());
		form.setText(details.code() + " \u00b7 " + clientName); //$NON-NLS-1$
		client.setText(clientName);
		project.setText(details.project().name());
		organization.setText(details.organization().name());
		opened.setText(CaseLabels.dateTime(details.openedAt()));
		lastActivity.setText(CaseLabels.dateTime(details.lastActivityAt()));
		closed.setText(details.closedAt() == null ? Messages.Editor_notClosed
				: NLS.bind(Messages.Editor_closedBecause, CaseLabels.dateTime(details.closedAt()),
						details.closingReason().name()));
		caseType.setText(details.caseType() == null ? Messages.Editor_noCaseType : details.caseType());
		shared.setSelection(details.shared());
		shared.setEnabled(open.allows(Permission.CASE_SHARE));
		shared.setToolTipText(open.allows(Permission.CASE_SHARE) ? Messages.Editor_sharedHint
				: open.refusal(Permission.CASE_SHARE));
		work.show(open);
		roles.show(open);
		flags.show(open.flags(), open.flagTypes(), open.allows(Permission.FLAG_MANAGE),
				open.refusal(Permission.FLAG_MANAGE));
		attributes.show(open.attributes(), open.allows(Permission.CASE_EDIT), open.refusal(Permission.CASE_EDIT));
		related.show(open.related(), details.client().fullName() == null ? Messages.Related_anonymous
				: open.refusal(Permission.CASE_LINK));
		participants.show(open.people(), open.allows(Permission.CASE_EDIT), open.refusal(Permission.CASE_EDIT));
		collaborators.show(details.collaborators(), open.possibleCollaborators(),
				user -> open.organizationNames().containsKey(user.organizationId())
						? user.displayName() + " (" + open.organizationNames().get(user.organizationId()) + ")" //$NON-NLS-1$ //$NON-NLS-2$
						: user.displayName(),
				open.allows(Permission.COLLABORATOR_MANAGE), open.refusal(Permission.COLLABORATOR_MANAGE));
		notes.show(details.notes(), open.viewer(), open.allows(Permission.NOTE_ADD),
				open.allows(Permission.NOTE_EDIT_ANY));
		form.reflow(true);
	}

	/** Shows that the case could not be opened. */
	void failed(String message) {
		form.setText(message);
	}

	/** The share box as it was, after a refused change. */
	void sharedRefused(boolean share) {
		shared.setSelection(!share);
	}

	Button sharedButton() {
		return shared;
	}
}

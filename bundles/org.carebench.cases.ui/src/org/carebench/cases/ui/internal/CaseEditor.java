package org.carebench.cases.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.carebench.cases.AttributeValue;
import org.carebench.cases.CaseAnnotationService;
import org.carebench.cases.CaseDetails;
import org.carebench.cases.CaseFlag;
import org.carebench.cases.CaseParticipant;
import org.carebench.cases.FlagType;
import org.carebench.cases.RelatedCase;
import org.carebench.cases.ui.CaseEditorPage;
import org.carebench.cases.ui.CaseEditorPageContribution;
import org.carebench.cases.ui.CaseEditors;
import org.carebench.cases.CaseEvents;
import org.carebench.cases.CaseService;
import org.carebench.cases.Workflow;
import org.carebench.cases.ui.internal.WorkSection.Edits;
import org.carebench.core.AccessPolicy;
import org.carebench.core.ActivityEntry;
import org.carebench.core.CarebenchException;
import org.carebench.core.ConcurrentChangeException;
import org.carebench.core.DirectoryService;
import org.carebench.core.Membership;
import org.carebench.core.Permission;
import org.carebench.core.Session;
import org.carebench.core.TeamRef;
import org.carebench.core.UserRef;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventHandler;

/**
 * A case, in pages with tabs at the bottom as caseworkers know them: the case itself (client, dates, status and
 * assignment saved with Ctrl+S, notes added at once) and its activity log. A save refused because someone else
 * changed the case keeps the user's edits and offers to reload with or without them.
 */
public class CaseEditor extends MultiPageEditorPart {

	public static final String ID = "org.carebench.cases.ui.caseEditor"; //$NON-NLS-1$

	private CaseService cases;
	private FormToolkit toolkit;
	private ScrolledForm form;
	private Label client;
	private Label project;
	private Label organization;
	private Label opened;
	private Label lastActivity;
	private Label closed;
	private Label caseType;
	private Label roles;
	private Button shared;
	private WorkSection work;
	private NotesSection notes;
	private ActivityLogSection activity;
	private FlagsSection flags;
	private AttributesSection attributes;
	private RelatedSection related;
	private CollaboratorsSection collaborators;
	private ParticipantsSection participants;
	private final List<CaseEditorPage> contributedPages = new ArrayList<>();
	private CaseDetails details;
	private final List<ServiceRegistration<EventHandler>> subscriptions = new ArrayList<>();

	/** What a load brings: the case and what its editor needs around it. */
	private record Loaded(CaseDetails details, List<ActivityEntry> log, Workflow workflow, List<UserRef> assignable,
			List<UserRef> projectMembers, Map<Long, String> organizations, List<TeamRef> teams, List<CaseFlag> flags, List<FlagType> flagTypes, List<AttributeValue> attributes,
			List<RelatedCase> related, List<CaseParticipant> participants) {
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof CaseEditorInput)) {
			throw new PartInitException("Not a case: " + input); //$NON-NLS-1$
		}
		super.init(site, input);
		setPartName(input.getName());
	}

	long caseId() {
		return ((CaseEditorInput) getEditorInput()).caseId();
	}

	@Override
	protected void createPages() {
		Composite parent = getContainer();
		cases = CasesUi.service(CaseService.class);
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText(Messages.Editor_loading);
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		body.setLayout(new GridLayout(2, true));
		Composite left = column(body);
		createCaseSection(left);
		work = new WorkSection(toolkit, left, () -> firePropertyChange(PROP_DIRTY));
		CaseAnnotationService annotationService = CasesUi.service(CaseAnnotationService.class);
		flags = new FlagsSection(toolkit, left, new FlagsSection.Actions() {
			@Override
			public void add(String flagCode, String comment) {
				changeAnnotation(() -> annotationService.addFlag(caseId(), flagCode, comment), flags::added,
						message -> {
							flags.refused();
							showRefusal(message);
						});
			}

			@Override
			public void resolve(long flagId) {
				changeAnnotation(() -> annotationService.resolveFlag(flagId), () -> {
					// reloaded
				}, CaseEditor.this::showRefusal);
			}
		});
		Composite right = column(body);
		attributes = new AttributesSection(toolkit, right, changed -> changeAnnotation(() -> {
			changed.forEach((code, value) -> annotationService.setAttribute(caseId(), code, value));
			return null;
		}, () -> {
			// reloaded
		}, message -> attributes.refused(message)));
		createRelatedSection(right, annotationService);
		createParticipantsSection(right, annotationService);
		collaborators = new CollaboratorsSection(toolkit, right, new CollaboratorsSection.Actions() {
			@Override
			public void add(long userId) {
				changeAnnotation(() -> cases.addCollaborator(caseId(), userId), () -> {
					// reloaded
				}, CaseEditor.this::showRefusal);
			}

			@Override
			public void remove(long userId) {
				changeAnnotation(() -> cases.removeCollaborator(caseId(), userId), () -> {
					// reloaded
				}, CaseEditor.this::showRefusal);
			}
		});
		notes = new NotesSection(toolkit, right, new NotesSection.Actions() {
			@Override
			public void add(String text) {
				changeNotes(() -> cases.addNote(caseId(), text));
			}

			@Override
			public void edit(long noteId, String text) {
				changeNotes(() -> cases.editNote(noteId, text));
			}

			@Override
			public void delete(long noteId) {
				changeNotes(() -> {
					cases.deleteNote(noteId);
					return null;
				});
			}
		});
		setPageText(addPage(form), Messages.Editor_sectionCase);
		addContributedPages(parent);

		ScrolledForm logForm = toolkit.createScrolledForm(parent);
		logForm.getBody().setLayout(new GridLayout(1, false));
		activity = new ActivityLogSection(toolkit, logForm.getBody());
		setPageText(addPage(logForm), Messages.Editor_sectionLog);

		subscriptions.add(CasesUi.subscribe(CaseEvents.CHANGED, parent.getDisplay(), event -> {
			if (Objects.equals(event.getProperty(CaseEvents.CASE_ID), caseId()) && !isDirty() && !form.isDisposed()) {
				load(Optional.empty());
			}
		}));
		subscriptions.add(CasesUi.subscribe(CaseEvents.MANY_CHANGED, parent.getDisplay(), event -> {
			if (!isDirty() && !form.isDisposed()) {
				load(Optional.empty());
			}
		}));
		load(Optional.empty());
	}

	private void createParticipantsSection(Composite parent, CaseAnnotationService annotationService) {
		participants = new ParticipantsSection(toolkit, parent, new ParticipantsSection.Actions() {
			@Override
			public void add() {
				ParticipantDialog dialog = new ParticipantDialog(getSite().getShell(), details.project().networkId());
				if (dialog.open() != Window.OK) {
					return;
				}
				ParticipantDialog.Choice choice = dialog.choice();
				long networkId = details.project().networkId();
				changeAnnotation(() -> {
					long clientId = choice.clientId() != null ? choice.clientId()
							: CasesUi.service(DirectoryService.class)
									.createClient(networkId, choice.firstName(), choice.lastName(), null).id();
					return annotationService.addParticipant(caseId(), clientId, choice.relationship());
				}, () -> {
					// reloaded
				}, CaseEditor.this::showRefusal);
			}

			@Override
			public void remove(CaseParticipant participant) {
				changeAnnotation(() -> annotationService.removeParticipant(caseId(), participant.clientId()), () -> {
					// reloaded
				}, CaseEditor.this::showRefusal);
			}
		});
	}

	private void createRelatedSection(Composite parent, CaseAnnotationService annotationService) {
		related = new RelatedSection(toolkit, parent, new RelatedSection.Actions() {
			@Override
			public void open(RelatedCase other) {
				try {
					CaseEditors.open(getSite().getPage(), other.caseId(), other.code());
				} catch (PartInitException e) {
					CasesUi.log(e);
				}
			}

			@Override
			public void relate() {
				RelateDialog dialog = new RelateDialog(getSite().getShell(), caseId());
				if (dialog.open() == Window.OK && dialog.chosen() != null) {
					long other = dialog.chosen().caseId();
					changeAnnotation(() -> annotationService.link(caseId(), other), () -> {
						// reloaded
					}, CaseEditor.this::showRefusal);
				}
			}

			@Override
			public void unlink(RelatedCase other) {
				if (MessageDialog.openQuestion(getSite().getShell(), Messages.Related_unlinkTitle,
						NLS.bind(Messages.Related_unlinkQuestion, other.code()))) {
					changeAnnotation(() -> annotationService.unlink(caseId(), other.caseId()), () -> {
						// reloaded
					}, CaseEditor.this::showRefusal);
				}
			}
		});
	}

	/** The pages other bundles contribute, in their order, between the case page and the activity log. */
	private void addContributedPages(Composite parent) {
		List<CaseEditorPageContribution> contributions = new ArrayList<>(
				CasesUi.services(CaseEditorPageContribution.class));
		contributions.sort(Comparator.comparingInt(CaseEditorPageContribution::position));
		for (CaseEditorPageContribution contribution : contributions) {
			try {
				CaseEditorPage page = contribution.createPage();
				setPageText(addPage(page.createControl(parent, toolkit)), contribution.title());
				contributedPages.add(page);
			} catch (RuntimeException e) {
				CasesUi.log(e); // one broken contribution does not keep the case from opening
			}
		}
	}

	private Composite column(Composite body) {
		Composite column = toolkit.createComposite(body);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		column.setLayout(layout);
		column.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
		return column;
	}

	private void createCaseSection(Composite parent) {
		Composite grid = FormSections.create(toolkit, parent, Messages.Editor_sectionCase, 2, false);
		client = field(grid, Messages.Editor_client);
		project = field(grid, Messages.Editor_project);
		organization = field(grid, Messages.Editor_organization);
		opened = field(grid, Messages.Editor_opened);
		lastActivity = field(grid, Messages.Editor_lastActivity);
		closed = field(grid, Messages.Editor_closed);
		caseType = field(grid, Messages.Editor_caseType);
		roles = field(grid, Messages.Editor_roles);
		toolkit.createLabel(grid, ""); //$NON-NLS-1$
		shared = toolkit.createButton(grid, Messages.Editor_shared, SWT.CHECK);
		shared.setEnabled(false);
		shared.addListener(SWT.Selection, event -> share(shared.getSelection()));
	}

	private Label field(Composite grid, String label) {
		toolkit.createLabel(grid, label).setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		Label value = toolkit.createLabel(grid, "", SWT.WRAP); //$NON-NLS-1$
		value.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return value;
	}

	/** Loads the case (in a job); {@code keep} re-applies the user's unsaved edits on top of the new version. */
	private void load(Optional<Edits> keep) {
		String code = getEditorInput().getName();
		Job.create(NLS.bind(Messages.Job_loadingCase, code), monitor -> {
			try {
				CaseAnnotationService annotations = CasesUi.service(CaseAnnotationService.class);
				DirectoryService directory = CasesUi.service(DirectoryService.class);
				Optional<Loaded> loaded = cases.getCase(caseId()).map(found -> new Loaded(found,
						cases.activityLog(caseId()), cases.workflow(found.project().id()), assignable(found),
						directory.members(found.project().id()).stream().map(Membership::user)
								.sorted(java.util.Comparator.comparing(UserRef::displayName)).toList(),
						directory.organizationsOf(found.project().id()).stream().collect(java.util.stream.Collectors
								.toMap(org.carebench.core.OrganizationRef::id, org.carebench.core.OrganizationRef::name)),
						directory.teams(found.organization().id()),
						annotations.flags(caseId()), annotations.flagTypes(found.project().id()),
						annotations.attributes(caseId()), annotations.relatedCases(caseId()),
						annotations.participants(caseId())));
				onUi(() -> {
					if (loaded.isEmpty()) {
						form.setText(NLS.bind(Messages.Editor_notFound, code));
						return;
					}
					show(loaded.get());
					keep.ifPresent(work::apply);
				});
			} catch (RuntimeException e) {
				onUi(() -> form.setText(CasesUi.userMessage(e)));
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	/** The members of the case's project who would see it, if it were theirs: those it can be assigned to. */
	private static List<UserRef> assignable(CaseDetails theCase) {
		return CasesUi.service(DirectoryService.class).members(theCase.project().id()).stream()
				.filter(member -> member.role().permissions().contains(Permission.CASE_VIEW))
				.map(Membership::user)
				.filter(user -> user.organizationId() == theCase.organization().id() || theCase.shared()
						|| theCase.collaborators().stream().anyMatch(c -> c.id() == user.id()))
				.sorted(java.util.Comparator.comparing(UserRef::displayName)).toList();
	}

	private void show(Loaded loaded) {
		details = loaded.details();
		String clientName = CaseLabels.client(details.client());
		form.setText(details.code() + " \u00b7 " + clientName); //$NON-NLS-1$
		setPartName(details.code());
		setTitleToolTip(details.code() + " \u00b7 " + clientName); //$NON-NLS-1$
		client.setText(clientName);
		project.setText(details.project().name());
		organization.setText(details.organization().name());
		opened.setText(CaseLabels.dateTime(details.openedAt()));
		lastActivity.setText(CaseLabels.dateTime(details.lastActivityAt()));
		closed.setText(details.closedAt() == null ? Messages.Editor_notClosed
				: NLS.bind(Messages.Editor_closedBecause, CaseLabels.dateTime(details.closedAt()),
						CaseLabels.closingReason(details.closingReason().code(), details.closingReason().name())));
		caseType.setText(details.caseType() == null ? Messages.Editor_noCaseType : details.caseType());
		roles.setText(details.roles().isEmpty() ? Messages.Nobody
				: String.join("\n", details.roles().stream() //$NON-NLS-1$
						.map(role -> role.roleName() + ": " + role.user().displayName()).toList())); //$NON-NLS-1$
		AccessPolicy access = CasesUi.service(AccessPolicy.class);
		shared.setSelection(details.shared());
		shared.setEnabled(details.allows(Permission.CASE_SHARE));
		shared.setToolTipText(details.allows(Permission.CASE_SHARE) ? Messages.Editor_sharedHint
				: NLS.bind(Messages.Editor_notAllowed, access.describe(Permission.CASE_SHARE)));
		work.show(details, loaded.workflow(), loaded.assignable(), loaded.teams(),
				CasesUi.service(Session.class).user(), access);
		flags.show(loaded.flags(), loaded.flagTypes(), details.allows(Permission.FLAG_MANAGE),
				NLS.bind(Messages.Editor_notAllowed, access.describe(Permission.FLAG_MANAGE)));
		attributes.show(loaded.attributes(), details.allows(Permission.CASE_EDIT),
				NLS.bind(Messages.Editor_notAllowed, access.describe(Permission.CASE_EDIT)));
		related.show(loaded.related(), details.client().fullName() == null ? Messages.Related_anonymous
				: details.allows(Permission.CASE_LINK) ? null
						: NLS.bind(Messages.Editor_notAllowed, access.describe(Permission.CASE_LINK)));
		participants.show(loaded.participants(), details.allows(Permission.CASE_EDIT),
				NLS.bind(Messages.Editor_notAllowed, access.describe(Permission.CASE_EDIT)));
		collaborators.show(details.collaborators(), loaded.projectMembers(),
				user -> loaded.organizations().containsKey(user.organizationId())
						? user.displayName() + " (" + loaded.organizations().get(user.organizationId()) + ")" //$NON-NLS-1$ //$NON-NLS-2$
						: user.displayName(),
				details.allows(Permission.COLLABORATOR_MANAGE),
				NLS.bind(Messages.Editor_notAllowed, access.describe(Permission.COLLABORATOR_MANAGE)));
		for (CaseEditorPage page : contributedPages) {
			try {
				page.show(details);
			} catch (RuntimeException e) {
				CasesUi.log(e);
			}
		}
		notes.show(details.notes(), CasesUi.service(Session.class).user().orElse(null),
				details.allows(Permission.NOTE_ADD), details.allows(Permission.NOTE_EDIT_ANY));
		activity.show(loaded.log());
		form.reflow(true);
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public boolean isDirty() {
		return work != null && details != null && !work.edits().isEmpty();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		Edits chosen = work.edits();
		CaseDetails base = details;
		try {
			CaseDetails saved = whileBusy(NLS.bind(Messages.Job_savingCase, base.code()), () -> {
				CaseDetails current = base;
				if (chosen.statusCode() != null) {
					current = cases.changeStatus(current.id(), chosen.statusCode(), chosen.closingReason(),
							current.version());
				}
				if (chosen.assigneeChanged()) {
					current = cases.assign(current.id(), chosen.assigneeId(), current.version());
				}
				if (chosen.teamChanged()) {
					current = cases.assignTeam(current.id(), chosen.teamId(), current.version());
				}
				return current;
			});
			details = saved;
			work.saved(saved);
			firePropertyChange(PROP_DIRTY);
			load(Optional.empty());
		} catch (ConcurrentChangeException conflict) {
			monitor.setCanceled(true);
			resolveConflict(conflict, chosen);
		} catch (CarebenchException refused) {
			monitor.setCanceled(true);
			MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle, refused.getMessage());
		}
	}

	private void resolveConflict(ConcurrentChangeException conflict, Edits chosen) {
		MessageDialog dialog = new MessageDialog(getSite().getShell(), Messages.Editor_conflictTitle, null,
				NLS.bind(Messages.Editor_conflictMessage, conflict.getMessage()), MessageDialog.WARNING, 0,
				Messages.Editor_conflictReloadKeep, Messages.Editor_conflictReloadDiscard,
				Messages.Editor_conflictCancel);
		switch (dialog.open()) {
			case 0 -> load(Optional.of(chosen));
			case 1 -> load(Optional.empty());
			default -> {
				// the user's edits stay in the editor, unsaved
			}
		}
	}

	private void share(boolean share) {
		CaseDetails base = details;
		try {
			whileBusy(NLS.bind(Messages.Job_savingCase, base.code()), () -> cases.share(base.id(), share, base.version()));
			load(Optional.of(work.edits()));
		} catch (CarebenchException refused) {
			shared.setSelection(!share);
			MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle, refused.getMessage());
		}
	}

	/** Adds, edits or deletes a note at once (in a job); the case is then reloaded, keeping unsaved edits. */
	private void changeNotes(Supplier<Object> change) {
		String code = details == null ? getEditorInput().getName() : details.code();
		Job.create(NLS.bind(Messages.Job_addingNote, code), monitor -> {
			try {
				change.get();
				onUi(() -> {
					notes.saved();
					load(Optional.of(work.edits()));
				});
			} catch (RuntimeException e) {
				onUi(() -> notes.refused(CasesUi.userMessage(e)));
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	/**
	 * Changes a flag, attribute or link at once (in a job); on success the case is reloaded keeping unsaved edits,
	 * on refusal {@code refused} gets the message and the section keeps what the user typed.
	 */
	private void changeAnnotation(Supplier<Object> change, Runnable done, java.util.function.Consumer<String> refused) {
		String code = details == null ? getEditorInput().getName() : details.code();
		Job.create(NLS.bind(Messages.Job_savingCase, code), monitor -> {
			try {
				change.get();
				onUi(() -> {
					done.run();
					load(Optional.of(work.edits()));
				});
			} catch (RuntimeException e) {
				onUi(() -> refused.accept(CasesUi.userMessage(e)));
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	private void showRefusal(String message) {
		MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle, message);
	}

	/** Runs service work off the UI thread with a busy cursor (and a progress dialog if it takes long). */
	private static <T> T whileBusy(String task, Supplier<T> work) {
		Object[] result = new Object[1];
		try {
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
				monitor.beginTask(task, IProgressMonitor.UNKNOWN);
				try {
					result[0] = work.get();
				} catch (RuntimeException e) {
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CarebenchException(task);
		}
		@SuppressWarnings("unchecked")
		T value = (T) result[0];
		return value;
	}

	private void onUi(Runnable update) {
		if (form == null || form.isDisposed()) {
			return;
		}
		form.getDisplay().asyncExec(() -> {
			if (!form.isDisposed()) {
				update.run();
			}
		});
	}

	@Override
	public void doSaveAs() {
		// a case has no "save as"
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		if (getActivePage() == 0) {
			form.setFocus();
		} else {
			super.setFocus();
		}
	}

	@Override
	public void dispose() {
		subscriptions.forEach(ServiceRegistration::unregister);
		subscriptions.clear();
		for (CaseEditorPage page : contributedPages) {
			try {
				page.dispose();
			} catch (RuntimeException e) {
				CasesUi.log(e);
			}
		}
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}

	/** Brings the activity log page (the last one) to the front. */
	void showActivityLog() {
		setActivePage(getPageCount() - 1);
	}

	/** Brings a page to the front by its tab's text; false when there is none. */
	boolean showPage(String title) {
		for (int i = 0; i < getPageCount(); i++) {
			if (title.equals(getPageText(i))) {
				setActivePage(i);
				return true;
			}
		}
		return false;
	}

	/** Brings a contributed page to the front by its tab's text; the pages follow the case page in their order. */
	public java.util.Optional<CaseEditorPage> showContributedPage(String title) {
		for (int i = 0; i < contributedPages.size(); i++) {
			if (title.equals(getPageText(i + 1))) {
				setActivePage(i + 1);
				return java.util.Optional.of(contributedPages.get(i));
			}
		}
		return java.util.Optional.empty();
	}

	FlagsSection flags() {
		return flags;
	}

	AttributesSection attributes() {
		return attributes;
	}

	ParticipantsSection participants() {
		return participants;
	}

	CollaboratorsSection collaborators() {
		return collaborators;
	}

	RelatedSection related() {
		return related;
	}

	List<CaseEditorPage> contributedPages() {
		return contributedPages;
	}

	/** For tests: the loaded case and the sections a user works with. */
	CaseDetails details() {
		return details;
	}

	WorkSection work() {
		return work;
	}

	NotesSection notes() {
		return notes;
	}

	ActivityLogSection activity() {
		return activity;
	}

	Button sharedButton() {
		return shared;
	}
}

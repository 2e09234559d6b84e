package org.carebench.cases.ui.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.carebench.cases.CaseStatus;
import org.carebench.cases.ClosingReason;
import org.carebench.cases.Workflow;
import org.carebench.core.ActivityEntry;
import org.carebench.core.ActivityLog;
import org.carebench.core.ClientRef;
import org.carebench.ui.Services;
import org.eclipse.osgi.util.NLS;

/**
 * How cases read on screen in the user's language: status names, client names, dates in the local format and
 * zone, and activity-log lines.
 */
final class CaseLabels {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
			.withLocale(Locale.getDefault()).withZone(ZoneId.systemDefault());
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
			.withLocale(Locale.getDefault()).withZone(ZoneId.systemDefault());
	private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(Locale.getDefault());

	private CaseLabels() {
	}

	/** A count as the user reads it, with his thousands separator. */
	static String count(long value) {
		return String.format("%,d", value); //$NON-NLS-1$
	}

	/** A status by the name the service gave it (in the user's language), or its code. */
	static String status(String code, String name) {
		return name == null ? code : name;
	}

	static String status(CaseStatus status) {
		return status.name();
	}

	private static String statusName(Workflow workflow, String code) {
		return workflow == null || code == null ? code
				: workflow.status(code).map(CaseStatus::name).orElse(code);
	}

	private static String reasonName(Workflow workflow, String code) {
		return workflow == null ? code : workflow.closingReason(code).map(ClosingReason::name).orElse(code);
	}

	static String client(String fullName) {
		return fullName == null ? Messages.Anonymous : fullName;
	}

	static String client(ClientRef client) {
		return client(client.fullName());
	}

	static String dateTime(Instant instant) {
		return instant == null ? Messages.Nobody : DATE_TIME.format(instant);
	}

	static String date(Instant instant) {
		return instant == null ? Messages.Nobody : DATE.format(instant);
	}

	static String day(LocalDate date) {
		return date == null ? Messages.Nobody : DATE.format(date);
	}

	static String birthDate(LocalDate date) {
		return BIRTH_DATE.format(date);
	}

	/**
	 * One activity-log line, e.g. "Changed the status from New to Pending"; statuses and closing reasons named as
	 * {@code workflow} (in the user's language) names them.
	 */
	static String describe(ActivityEntry entry, Workflow workflow) {
		return switch (entry.action()) {
			case ActivityLog.CASE_OPENED -> NLS.bind(Messages.Log_opened, entry.after());
			case ActivityLog.STATUS_CHANGED -> entry.detail() != null
					? NLS.bind(Messages.Log_statusClosed, reasonName(workflow, entry.detail()))
					: NLS.bind(Messages.Log_status, statusName(workflow, entry.before()),
							statusName(workflow, entry.after()));
			case ActivityLog.ASSIGNED -> entry.after() == null
					? NLS.bind(Messages.Log_unassigned, entry.before())
					: NLS.bind(Messages.Log_assigned, entry.after());
			case ActivityLog.NOTE_ADDED -> NLS.bind(Messages.Log_note, entry.detail());
			case ActivityLog.NOTE_EDITED -> NLS.bind(Messages.Log_noteEdited, entry.after());
			case ActivityLog.NOTE_DELETED -> NLS.bind(Messages.Log_noteDeleted, entry.before());
			case ActivityLog.SHARED -> Boolean.parseBoolean(entry.after()) ? Messages.Log_shared : Messages.Log_unshared;
			case ActivityLog.COLLABORATOR_ADDED -> NLS.bind(Messages.Log_collaboratorAdded, entry.after());
			case ActivityLog.COLLABORATOR_REMOVED -> NLS.bind(Messages.Log_collaboratorRemoved, entry.before());
			case ActivityLog.ROLE_FILLED -> NLS.bind(Messages.Log_role, entry.before(), entry.after());
			case ActivityLog.ROLE_CHANGED -> NLS.bind(Messages.Log_roleChanged,
					new Object[] { entry.detail(), orNobody(entry.before()), orNobody(entry.after()) });
			case ActivityLog.ACTIVITY_CANCELLED -> NLS.bind(Messages.Log_activityCancelled, entry.detail());
			case ActivityLog.ACTIVITY_SCHEDULED -> NLS.bind(Messages.Log_activityScheduled, entry.after(),
					day(parseDay(entry.detail())));
			case ActivityLog.ACTIVITY_COMPLETED -> NLS.bind(Messages.Log_activityCompleted, entry.detail());
			case ActivityLog.ACTIVITY_RESCHEDULED -> NLS.bind(Messages.Log_activityRescheduled,
					new Object[] { entry.detail(), day(parseDay(entry.before())), day(parseDay(entry.after())) });
			case ActivityLog.TEAM_ASSIGNED -> entry.after() == null ? NLS.bind(Messages.Log_teamRemoved, entry.before())
					: NLS.bind(Messages.Log_team, entry.after());
			case ActivityLog.FLAG_ADDED -> entry.detail() == null ? NLS.bind(Messages.Log_flagAdded, entry.after())
					: NLS.bind(Messages.Log_flagAddedWithComment, entry.after(), entry.detail());
			case ActivityLog.FLAG_RESOLVED -> NLS.bind(Messages.Log_flagResolved, entry.before());
			case ActivityLog.ATTRIBUTE_CHANGED -> entry.after() == null
					? NLS.bind(Messages.Log_attributeCleared, entry.detail(), entry.before())
					: NLS.bind(Messages.Log_attribute,
							new Object[] { entry.detail(), orNobody(entry.before()), entry.after() });
			case ActivityLog.CASE_LINKED -> NLS.bind(Messages.Log_linked, entry.after());
			case ActivityLog.CASE_UNLINKED -> NLS.bind(Messages.Log_unlinked, entry.before());
			case ActivityLog.PARTICIPANT_ADDED -> NLS.bind(Messages.Log_participantAdded, entry.after());
			case ActivityLog.PARTICIPANT_REMOVED -> NLS.bind(Messages.Log_participantRemoved, entry.before());
			case ActivityLog.CASE_IMPORTED -> NLS.bind(Messages.Log_imported, entry.after(), entry.detail());
			default -> Services.all(org.carebench.cases.ui.ActivityDescriptions.class).stream()
					.map(descriptions -> descriptions.describe(entry)).flatMap(java.util.Optional::stream).findFirst()
					.orElseGet(() -> NLS.bind(Messages.Log_other,
							new Object[] { entry.action(), orNobody(entry.before()), orNobody(entry.after()) }));
		};
	}

	private static LocalDate parseDay(String text) {
		try {
			return text == null ? null : LocalDate.parse(text);
		} catch (java.time.DateTimeException e) {
			return null;
		}
	}

	private static String orNobody(String value) {
		return value == null ? Messages.Nobody : value;
	}
}

package org.carebench.cases.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.carebench.cases.AttributeDefinition;
import org.carebench.cases.CaseStatus;
import org.carebench.cases.ClosingReason;
import org.carebench.cases.ImportOptions.DateOrder;
import org.carebench.cases.ImportProblem;
import org.carebench.cases.Workflow;
import org.carebench.core.UserRef;
import org.carebench.core.ValidationException;
import org.eclipse.osgi.util.NLS;

/**
 * The columns of an import file and the checks of its rows: every problem of a row is reported (line, column,
 * reason), not only the first, so that a file is fixed in one go.
 */
final class ImportRows {

	static final String CASE_CODE = "case_code"; //$NON-NLS-1$
	static final String FIRST_NAME = "first_name"; //$NON-NLS-1$
	static final String LAST_NAME = "last_name"; //$NON-NLS-1$
	static final String BIRTH_DATE = "birth_date"; //$NON-NLS-1$
	static final String ANONYMOUS = "anonymous"; //$NON-NLS-1$
	static final String OPENED_ON = "opened_on"; //$NON-NLS-1$
	static final String STATUS = "status"; //$NON-NLS-1$
	static final String CLOSING_REASON = "closing_reason"; //$NON-NLS-1$
	static final String CLOSED_ON = "closed_on"; //$NON-NLS-1$
	static final String ASSIGNEE = "assignee"; //$NON-NLS-1$
	private static final List<String> CASE_COLUMNS = List.of(FIRST_NAME, LAST_NAME, BIRTH_DATE, ANONYMOUS, OPENED_ON,
			STATUS, CLOSING_REASON, CLOSED_ON, ASSIGNEE);
	/** What Spanish and Italian spreadsheets call the same columns. */
	private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("nombre", FIRST_NAME), //$NON-NLS-1$
			Map.entry("nome", FIRST_NAME), Map.entry("apellido", LAST_NAME), Map.entry("apellidos", LAST_NAME), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("cognome", LAST_NAME), Map.entry("fecha_nacimiento", BIRTH_DATE), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("data_nascita", BIRTH_DATE), Map.entry("anonimo", ANONYMOUS), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("estado", STATUS), Map.entry("stato", STATUS), Map.entry("codigo_caso", CASE_CODE), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("codice_caso", CASE_CODE)); //$NON-NLS-1$
	private static final int NAME_LENGTH = 100;
	private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	/** A checked row that creates a case. */
	record NewCaseRow(long line, String firstName, String lastName, boolean anonymous, LocalDate birthDate,
			Instant openedAt, CaseStatus status, ClosingReason reason, Instant closedAt, UserRef assignee,
			Map<String, AttributeValues.Stored> attributes, String key) {
	}

	/** A checked row that sets attributes of an existing case. */
	record AttributeRow(long line, String caseCode, Map<String, AttributeValues.Stored> attributes) {
	}

	private final Workflow workflow;
	private final Map<String, AttributeDefinition> attributes = new LinkedHashMap<>();
	private final Function<String, UserRef> assignees;
	private final ZoneId zone;
	private final LocalDate today;
	private final DateOrder dates;
	/** Column index of each known column; attribute columns by attribute code. */
	private final Map<String, Integer> columns = new HashMap<>();
	private int width;
	private List<String> headerNames = List.of();

	/**
	 * @param assignees the user of a login who may be given the project's cases, or {@code null}
	 */
	ImportRows(Workflow workflow, List<AttributeDefinition> definitions, Function<String, UserRef> assignees,
			ZoneId zone, LocalDate today, DateOrder dates) {
		this.dates = dates;
		this.workflow = workflow;
		definitions.forEach(d -> attributes.put(d.code(), d));
		this.assignees = assignees;
		this.zone = zone;
		this.today = today;
	}

	/** Reads the header; the problems that refuse the whole file (unknown or repeated columns), if any. */
	List<ImportProblem> header(List<String> names) {
		List<ImportProblem> problems = new ArrayList<>();
		width = names.size();
		headerNames = List.copyOf(names);
		for (int i = 0; i < names.size(); i++) {
			String name = canonical(names.get(i));
			if (name.isEmpty()) {
				problems.add(new ImportProblem(0, NLS.bind(Messages.Import_columnNumber, i + 1), Messages.Import_emptyHeader));
				continue;
			}
			String known = attributeCode(name);
			if (known == null && (name.equals(CASE_CODE) || CASE_COLUMNS.contains(name))) {
				known = name;
			}
			if (known == null) {
				problems.add(new ImportProblem(0, names.get(i), NLS.bind(Messages.Import_unknownColumn, names.get(i),
						String.join(", ", knownColumns())))); //$NON-NLS-1$
			} else if (columns.putIfAbsent(known, i) != null) {
				problems.add(new ImportProblem(0, names.get(i), NLS.bind(Messages.Import_repeatedColumn, names.get(i))));
			}
		}
		boolean createsCases = columns.containsKey(FIRST_NAME) || columns.containsKey(LAST_NAME)
				|| columns.containsKey(ANONYMOUS);
		if (problems.isEmpty() && !createsCases && !columns.containsKey(CASE_CODE)) {
			problems.add(new ImportProblem(0, null, Messages.Import_noNameOrCode));
		}
		return problems;
	}

	private List<String> knownColumns() {
		List<String> known = new ArrayList<>(CASE_COLUMNS);
		known.add(CASE_CODE);
		attributes.keySet().forEach(code -> known.add(code.toLowerCase(Locale.ROOT)));
		return known;
	}

	private static String canonical(String header) {
		String name = header.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
		return ALIASES.getOrDefault(name, name);
	}

	private String attributeCode(String name) {
		return attributes.keySet().stream().filter(code -> code.equalsIgnoreCase(name)).findFirst().orElse(null);
	}

	/**
	 * Checks a data row: a {@link NewCaseRow} or an {@link AttributeRow} when it has no problem, else
	 * {@code null} with its problems added to {@code problems}.
	 */
	Object check(long line, List<String> fields, List<ImportProblem> problems) {
		int before = problems.size();
		if (fields.size() > width) {
			problems.add(new ImportProblem(line, null, NLS.bind(Messages.Import_tooManyFields, fields.size(), width)));
			return null;
		}
		Map<String, AttributeValues.Stored> values = new LinkedHashMap<>();
		for (AttributeDefinition definition : attributes.values()) {
			String raw = field(fields, definition.code());
			if (raw != null) {
				try {
					values.put(definition.code(), AttributeValues.parse(definition, raw, dates));
				} catch (ValidationException e) {
					problems.add(new ImportProblem(line, header(definition.code()), e.getMessage()));
				}
			}
		}
		String caseCode = field(fields, CASE_CODE);
		if (caseCode != null) {
			for (String column : CASE_COLUMNS) {
				if (field(fields, column) != null) {
					problems.add(new ImportProblem(line, column, Messages.Import_caseColumnWithCode));
				}
			}
			return problems.size() > before ? null
					: new AttributeRow(line, caseCode.strip().toUpperCase(Locale.ROOT), values);
		}
		boolean anonymous = false;
		String anonymousText = field(fields, ANONYMOUS);
		if (anonymousText != null) {
			AttributeValues.Stored yesNo = parseYesNo(line, anonymousText, problems);
			anonymous = yesNo != null && "true".equals(yesNo.text()); //$NON-NLS-1$
		}
		String first = field(fields, FIRST_NAME);
		String last = field(fields, LAST_NAME);
		if (anonymous && (first != null || last != null)) {
			problems.add(new ImportProblem(line, ANONYMOUS, Messages.Import_anonymousWithName));
		} else if (!anonymous) {
			name(line, FIRST_NAME, first, problems);
			name(line, LAST_NAME, last, problems);
		}
		LocalDate birth = date(line, BIRTH_DATE, fields, problems);
		if (birth != null && anonymous) {
			problems.add(new ImportProblem(line, BIRTH_DATE, Messages.Import_anonymousWithName));
		}
		LocalDate opened = date(line, OPENED_ON, fields, problems);
		LocalDate closed = date(line, CLOSED_ON, fields, problems);
		CaseStatus status = workflow.initial().orElse(null);
		String statusText = field(fields, STATUS);
		if (statusText != null) {
			status = workflow.statuses().stream().filter(s -> s.code().equalsIgnoreCase(statusText.strip())
					|| s.name().equalsIgnoreCase(statusText.strip())).findFirst().orElse(null);
			if (status == null) {
				problems.add(new ImportProblem(line, STATUS, NLS.bind(Messages.Import_unknownStatus, statusText,
						String.join(", ", workflow.statuses().stream().map(CaseStatus::code).toList())))); //$NON-NLS-1$
			}
		}
		ClosingReason reason = null;
		String reasonText = field(fields, CLOSING_REASON);
		if (status != null && status.closed()) {
			reason = reasonText == null ? null
					: workflow.closingReasons().stream().filter(r -> r.code().equalsIgnoreCase(reasonText.strip())
							|| r.name().equalsIgnoreCase(reasonText.strip())).findFirst().orElse(null);
			if (reason == null) {
				problems.add(new ImportProblem(line, CLOSING_REASON, NLS.bind(Messages.Import_closingReasonNeeded,
						String.join(", ", workflow.closingReasons().stream().map(ClosingReason::code).toList())))); //$NON-NLS-1$
			}
		} else if (reasonText != null || closed != null) {
			problems.add(new ImportProblem(line, reasonText != null ? CLOSING_REASON : CLOSED_ON,
					Messages.Import_closingOfOpenCase));
		}
		if (opened != null && closed != null && closed.isBefore(opened)) {
			problems.add(new ImportProblem(line, CLOSED_ON, Messages.Import_closedBeforeOpened));
		}
		UserRef assignee = null;
		String login = field(fields, ASSIGNEE);
		if (login != null) {
			assignee = assignees.apply(login.strip());
			if (assignee == null) {
				problems.add(new ImportProblem(line, ASSIGNEE, NLS.bind(Messages.Import_unknownAssignee, login.strip())));
			}
		}
		if (problems.size() > before) {
			return null;
		}
		Instant openedAt = opened == null ? null : opened.atStartOfDay(zone).toInstant();
		Instant closedAt = status.closed() ? (closed == null ? null : closed.atStartOfDay(zone).toInstant()) : null;
		return new NewCaseRow(line, anonymous ? null : first.strip(), anonymous ? null : last.strip(), anonymous,
				birth, openedAt, status, reason, closedAt, assignee, values, key(fields));
	}

	/** What identifies a row in every import of its file: the SHA-256 of its values, spaces around them aside. */
	static String key(List<String> fields) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
			for (String field : fields) {
				digest.update((field == null ? "" : field.strip()).getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
				digest.update((byte) 0x1f);
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private void name(long line, String column, String value, List<ImportProblem> problems) {
		if (value == null) {
			problems.add(new ImportProblem(line, column, Messages.Import_nameRequired));
		} else if (value.strip().length() > NAME_LENGTH) {
			problems.add(new ImportProblem(line, column, NLS.bind(Messages.Text_tooLong, value.strip().length(),
					NAME_LENGTH)));
		}
	}

	private LocalDate date(long line, String column, List<String> fields, List<ImportProblem> problems) {
		String text = field(fields, column);
		if (text == null) {
			return null;
		}
		try {
			LocalDate date = ImportDates.parse(text, dates);
			if (date.isAfter(today) || date.isBefore(EARLIEST)) {
				problems.add(new ImportProblem(line, column, NLS.bind(Messages.Import_dateOutOfRange, text.strip())));
				return null;
			}
			return date;
		} catch (DateTimeParseException e) {
			problems.add(new ImportProblem(line, column, NLS.bind(Messages.Import_badDate, text.strip(), ImportDates.example(dates))));
			return null;
		}
	}

	private static AttributeValues.Stored parseYesNo(long line, String text, List<ImportProblem> problems) {
		try {
			return AttributeValues.parse(new AttributeDefinition(ANONYMOUS, ANONYMOUS,
					AttributeDefinition.ValueType.YES_NO), text);
		} catch (ValidationException e) {
			problems.add(new ImportProblem(line, ANONYMOUS, e.getMessage()));
			return null;
		}
	}

	/** The stripped value of a column in the row, or {@code null} when absent or blank. */
	private String field(List<String> fields, String column) {
		Integer index = columns.get(column);
		if (index == null || index >= fields.size()) {
			return null;
		}
		String value = fields.get(index);
		return value == null || value.isBlank() ? null : value;
	}

	/** How the file names an attribute's column, for messages. */
	/** The header of the column at {@code index}, as the file writes it, or "column n" past the header. */
	String columnName(int index) {
		return index < headerNames.size() ? headerNames.get(index).strip()
				: NLS.bind(Messages.Import_columnNumber, index + 1);
	}

	private String header(String attributeCode) {
		return attributeCode.toLowerCase(Locale.ROOT);
	}
}

package org.carebench.reporting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.carebench.cases.CaseAccess;
import org.carebench.core.ServiceContext;
import org.carebench.core.DirectoryService;
import org.carebench.core.UserAccess;
import org.carebench.core.ValidationException;
import org.carebench.reporting.ReportParameter;
import org.carebench.reporting.ReportParameter.Choice;
import org.carebench.reporting.ReportParameter.Kind;
import org.eclipse.birt.report.engine.api.IParameterDefn;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IScalarParameterDefn;
import org.eclipse.osgi.util.NLS;

/**
 * A design's parameters as users fill them, and their values checked here, not only in the dialog: a project must be
 * one of the user's, a case one he sees, a date range in order and at most {@link #LONGEST_RANGE} long.
 */
final class ReportParameters {

	static final Period LONGEST_RANGE = Period.ofYears(10);

	private final ServiceContext context;
	private final DirectoryService directory;
	private final CaseAccess caseAccess;
	private final BirtReportEngine engine;

	ReportParameters(ServiceContext context, DirectoryService directory, CaseAccess caseAccess,
			BirtReportEngine engine) {
		this.context = context;
		this.directory = directory;
		this.caseAccess = caseAccess;
		this.engine = engine;
	}

	/** The parameters of a design already opened. */
	List<ReportParameter> of(IReportRunnable runnable) {
		List<ReportParameter> parameters = new ArrayList<>();
		for (IScalarParameterDefn definition : engine.parameters(runnable)) {
			String name = definition.getName();
			String prompt = definition.getPromptText() != null ? definition.getPromptText()
					: definition.getDisplayName() != null ? definition.getDisplayName() : name;
			parameters.add(new ReportParameter(name, prompt, kind(definition), definition.isRequired(),
					value(engine.defaultValue(runnable, definition)), choices(name)));
		}
		return parameters;
	}

	private static Kind kind(IScalarParameterDefn definition) {
		return switch (definition.getDataType()) {
		case IParameterDefn.TYPE_INTEGER -> Kind.INTEGER;
		case IParameterDefn.TYPE_DECIMAL, IParameterDefn.TYPE_FLOAT -> Kind.DECIMAL;
		case IParameterDefn.TYPE_DATE, IParameterDefn.TYPE_DATE_TIME -> Kind.DATE;
		case IParameterDefn.TYPE_BOOLEAN -> Kind.BOOLEAN;
		default -> Kind.TEXT;
		};
	}

	/** A BIRT value as the API's types: dates as LocalDate, whole numbers as Long. */
	private static Object value(Object birt) {
		if (birt instanceof java.sql.Date date) {
			return date.toLocalDate();
		}
		if (birt instanceof java.util.Date date) {
			return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
		}
		if (birt instanceof Integer number) {
			return number.longValue();
		}
		return birt;
	}

	/** Carebench's choices for the parameters it names; empty for the others. */
	private List<Choice> choices(String name) {
		UserAccess user = context.user();
		if (ReportParameter.PROJECT.equals(name)) {
			return directory.projects().stream().filter(p -> user.system() || user.visibleProjects().contains(p.id()))
					.map(p -> new Choice(p.id(), p.name())).toList();
		}
		if (ReportParameter.ORGANIZATION.equals(name)) {
			Set<Long> networks = directory.projects().stream()
					.filter(p -> user.system() || user.visibleProjects().contains(p.id())).map(p -> p.networkId())
					.collect(Collectors.toSet());
			return directory.organizations().stream().filter(o -> networks.contains(o.networkId()))
					.map(o -> new Choice(o.id(), o.name())).toList();
		}
		return List.of();
	}

	/** The values as BIRT takes them, after every check; the first refused one throws. */
	Map<String, Object> checked(List<ReportParameter> parameters, Map<String, Object> values) {
		Map<String, Object> checked = new HashMap<>();
		for (ReportParameter parameter : parameters) {
			Object value = values.containsKey(parameter.name()) ? values.get(parameter.name())
					: parameter.defaultValue();
			if (value instanceof String text && text.isBlank()) {
				value = null;
			}
			if (value == null) {
				if (parameter.required()) {
					throw new ValidationException(parameter.name(), NLS.bind(Messages.Report_valueMissing,
							parameter.prompt()));
				}
				checked.put(parameter.name(), null);
				continue;
			}
			Object typed = typed(parameter, value);
			if (!parameter.choices().isEmpty()
					&& parameter.choices().stream().noneMatch(choice -> choice.value().equals(typed))) {
				throw new ValidationException(parameter.name(), NLS.bind(Messages.Report_valueNotOffered,
						parameter.prompt(), value));
			}
			if (ReportParameter.CASE.equals(parameter.name())) {
				long caseId = ((Number) typed).longValue();
				context.read(em -> caseAccess.visibleCase(em, caseId));
			}
			checked.put(parameter.name(), birtValue(typed));
		}
		checkRange(checked);
		return checked;
	}

	private static Object typed(ReportParameter parameter, Object value) {
		try {
			return switch (parameter.kind()) {
			case INTEGER -> value instanceof Number number ? Long.valueOf(number.longValue())
					: Long.valueOf(Long.parseLong(value.toString().trim()));
			case DECIMAL -> value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString().trim());
			case DATE -> value instanceof LocalDate date ? date : LocalDate.parse(value.toString().trim());
			case BOOLEAN -> value instanceof Boolean bool ? bool : Boolean.valueOf(value.toString().trim());
			case TEXT -> value.toString();
			};
		} catch (NumberFormatException | DateTimeParseException e) {
			throw new ValidationException(parameter.name(), NLS.bind(Messages.Report_valueInvalid, parameter.prompt(),
					value));
		}
	}

	private static Object birtValue(Object value) {
		if (value instanceof LocalDate date) {
			return java.sql.Date.valueOf(date);
		}
		if (value instanceof Long number) {
			return Integer.valueOf(Math.toIntExact(number));
		}
		return value;
	}

	private static void checkRange(Map<String, Object> checked) {
		if (checked.get(ReportParameter.FROM_DATE) instanceof java.sql.Date from
				&& checked.get(ReportParameter.TO_DATE) instanceof java.sql.Date to) {
			LocalDate start = from.toLocalDate();
			LocalDate end = to.toLocalDate();
			if (end.isBefore(start)) {
				throw new ValidationException(ReportParameter.TO_DATE, NLS.bind(Messages.Report_rangeReversed, start,
						end));
			}
			if (end.isAfter(start.plus(LONGEST_RANGE))) {
				throw new ValidationException(ReportParameter.TO_DATE, NLS.bind(Messages.Report_rangeTooLong,
						LONGEST_RANGE.getYears()));
			}
		}
	}
}

package org.carebench.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.carebench.cases.CaseAccess;
import org.carebench.cases.ReportScope;
import org.carebench.core.AccessPolicy;
import org.carebench.core.DirectoryService;
import org.carebench.core.Transactions;
import org.carebench.core.UserAccess;
import org.carebench.core.ValidationException;
import org.carebench.reporting.ContributedReport;
import org.carebench.reporting.ReportContribution;
import org.carebench.reporting.ReportDefinition;
import org.carebench.reporting.ReportDefinition.Origin;
import org.carebench.reporting.ReportFormat;
import org.carebench.reporting.ReportParameter;
import org.carebench.reporting.ReportParameter.Choice;
import org.carebench.reporting.ReportParameter.Kind;
import org.carebench.reporting.ReportService;
import org.eclipse.birt.report.engine.api.EngineException;
import org.eclipse.birt.report.engine.api.IParameterDefn;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IScalarParameterDefn;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The reports of an installation: Carebench's own, those of contributing bundles and the designs in the reports
 * folder (read once per file version; one that cannot be read is listed with the reason and never stops the
 * others). Parameter values are checked here, not only in the dialog: a project must be one of the user's, a case
 * one he sees, a date range in order and at most {@link #LONGEST_RANGE} long.
 */
@Component(service = ReportService.class)
public class ReportServiceImpl implements ReportService {

	/** Designs larger than this are not read: a report design is text of some hundred kilobytes at most. */
	static final long LARGEST_DESIGN_BYTES = 5L * 1024 * 1024;
	static final Period LONGEST_RANGE = Period.ofYears(10);
	private static final String FOLDER_PREFIX = "folder:"; //$NON-NLS-1$
	private static final String DESIGN_SUFFIX = ".rptdesign"; //$NON-NLS-1$

	private final Transactions transactions;
	private final AccessPolicy access;
	private final DirectoryService directory;
	private final CaseAccess caseAccess;
	private final BirtReportEngine engine;
	private final Path folder;
	private final List<ReportContribution> contributions = new CopyOnWriteArrayList<>();
	private final Map<Path, FolderDesign> folderDesigns = new ConcurrentHashMap<>();

	/** A design of the reports folder as last read: its version (size and time) and what was found. */
	private record FolderDesign(long size, long modified, ReportDefinition definition) {
	}

	@Activate
	public ReportServiceImpl(@Reference Transactions transactions, @Reference ReportScope scope,
			@Reference AccessPolicy access, @Reference DirectoryService directory, @Reference CaseAccess caseAccess,
			BundleContext context) {
		this(transactions, scope, access, directory, caseAccess, configuredFolder(context));
	}

	public ReportServiceImpl(Transactions transactions, ReportScope scope, AccessPolicy access,
			DirectoryService directory, CaseAccess caseAccess, Path folder) {
		this.transactions = transactions;
		this.access = access;
		this.directory = directory;
		this.caseAccess = caseAccess;
		this.engine = new BirtReportEngine(transactions, scope);
		this.folder = folder;
	}

	/**
	 * {@code -Dcarebench.reports=<folder>} if given, else {@code reports} in the installation's folder (next to
	 * the launcher).
	 */
	static Path configuredFolder(BundleContext context) {
		String configured = System.getProperty("carebench.reports"); //$NON-NLS-1$
		if (configured != null && !configured.isBlank()) {
			return Paths.get(configured.trim());
		}
		String installArea = context == null ? null : context.getProperty("osgi.install.area"); //$NON-NLS-1$
		if (installArea != null && installArea.startsWith("file:")) { //$NON-NLS-1$
			return Paths.get(java.net.URI.create(installArea.replace(" ", "%20"))).resolve("reports"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return Paths.get(System.getProperty("user.home"), ".carebench", "reports"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	public void addContribution(ReportContribution contribution) {
		contributions.add(contribution);
	}

	public void removeContribution(ReportContribution contribution) {
		contributions.remove(contribution);
	}

	@Deactivate
	public void stop() {
		engine.stop();
	}

	@Override
	public Path reportsFolder() {
		return folder;
	}

	@Override
	public List<ReportDefinition> reports() {
		List<ReportDefinition> reports = new ArrayList<>();
		for (ContributedReport report : BuiltInReports.all()) {
			reports.add(new ReportDefinition(report.id(), report.name(), report.description(), Origin.BUILT_IN, null));
		}
		for (ReportContribution contribution : contributions) {
			for (ContributedReport report : contribution.reports()) {
				reports.add(new ReportDefinition(report.id(), report.name(), report.description(), Origin.BUNDLE,
						null));
			}
		}
		reports.addAll(folderReports());
		reports.sort(Comparator.comparing((ReportDefinition r) -> r.origin()).thenComparing(ReportDefinition::name,
				String.CASE_INSENSITIVE_ORDER));
		return reports;
	}

	private List<ReportDefinition> folderReports() {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		List<ReportDefinition> found = new ArrayList<>();
		try (DirectoryStream<Path> designs = Files.newDirectoryStream(folder, "*" + DESIGN_SUFFIX)) { //$NON-NLS-1$
			for (Path design : designs) {
				found.add(folderDesign(design));
			}
		} catch (IOException e) {
			found.add(new ReportDefinition(FOLDER_PREFIX, folder.toString(), "", Origin.FOLDER, //$NON-NLS-1$
					NLS.bind(Messages.Report_folderUnreadable, folder, e.getMessage())));
		}
		return found;
	}

	private ReportDefinition folderDesign(Path design) {
		String file = design.getFileName().toString();
		String id = FOLDER_PREFIX + file;
		String fallbackName = file.substring(0, file.length() - DESIGN_SUFFIX.length());
		try {
			long size = Files.size(design);
			long modified = Files.getLastModifiedTime(design).toMillis();
			FolderDesign known = folderDesigns.get(design);
			if (known != null && known.size() == size && known.modified() == modified) {
				return known.definition();
			}
			ReportDefinition definition;
			if (size > LARGEST_DESIGN_BYTES) {
				definition = new ReportDefinition(id, fallbackName, "", Origin.FOLDER, //$NON-NLS-1$
						NLS.bind(Messages.Report_designTooLarge, size / (1024 * 1024), LARGEST_DESIGN_BYTES / (1024 * 1024)));
			} else {
				definition = readFolderDesign(design, id, fallbackName);
			}
			folderDesigns.put(design, new FolderDesign(size, modified, definition));
			return definition;
		} catch (IOException e) {
			return new ReportDefinition(id, fallbackName, "", Origin.FOLDER, //$NON-NLS-1$
					NLS.bind(Messages.Report_designUnreadable, e.getMessage()));
		}
	}

	private ReportDefinition readFolderDesign(Path design, String id, String fallbackName) throws IOException {
		try (InputStream in = Files.newInputStream(design)) {
			IReportRunnable runnable = engine.open(in, design.toString());
			List<String> errors = BirtReportEngine.designErrors(runnable);
			ReportDesignHandle handle = (ReportDesignHandle) runnable.getDesignHandle();
			String title = handle.getTitle();
			String name = title == null || title.isBlank() ? fallbackName : title;
			String description = handle.getDescription() == null ? "" : handle.getDescription(); //$NON-NLS-1$
			String problem = errors.isEmpty() ? null : NLS.bind(Messages.Report_designIncompatible, errors.get(0));
			return new ReportDefinition(id, name, description, Origin.FOLDER, problem);
		} catch (EngineException | RuntimeException e) {
			return new ReportDefinition(id, fallbackName, "", Origin.FOLDER, //$NON-NLS-1$
					NLS.bind(Messages.Report_designMalformed, rootMessage(e)));
		}
	}

	private static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		return message.length() > 300 ? message.substring(0, 300) + "…" : message; //$NON-NLS-1$
	}

	private ReportDefinition definition(String reportId) {
		return reports().stream().filter(r -> r.id().equals(reportId)).findFirst()
				.orElseThrow(() -> new ValidationException("report", NLS.bind(Messages.Report_unknown, reportId))); //$NON-NLS-1$
	}

	/** Opens the design of a report that can run. */
	private IReportRunnable open(String reportId) {
		ReportDefinition definition = definition(reportId);
		if (!definition.runnable()) {
			throw new ValidationException("report", NLS.bind(Messages.Report_cannotRun, definition.name(), //$NON-NLS-1$
					definition.problem()));
		}
		try (InputStream in = designStream(reportId)) {
			return engine.open(in, reportId);
		} catch (IOException | EngineException e) {
			throw new ValidationException("report", NLS.bind(Messages.Report_cannotRun, definition.name(), //$NON-NLS-1$
					rootMessage(e)));
		}
	}

	private InputStream designStream(String reportId) throws IOException {
		if (reportId.startsWith(FOLDER_PREFIX)) {
			return Files.newInputStream(folder.resolve(reportId.substring(FOLDER_PREFIX.length())));
		}
		return Stream.concat(BuiltInReports.all().stream(), contributions.stream().flatMap(c -> c.reports().stream()))
				.filter(r -> r.id().equals(reportId)).findFirst().orElseThrow(() -> new IOException(reportId))
				.design().openStream();
	}

	@Override
	public List<ReportParameter> parameters(String reportId) {
		return parameters(open(reportId));
	}

	/** The parameters of a design already opened. */
	private List<ReportParameter> parameters(IReportRunnable runnable) {
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
		UserAccess user = access.current();
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

	@Override
	public List<String> render(String reportId, Map<String, Object> values, ReportFormat format, Path output,
			BooleanSupplier canceled) {
		IReportRunnable runnable = open(reportId);
		// the design once: its parameters are read from the runnable that will run
		List<ReportParameter> parameters = parameters(runnable);
		Map<String, Object> checked = checked(parameters, values);
		return engine.render(runnable, checked, format, output, canceled, Locale.getDefault());
	}

	@Override
	public void check(String reportId, Map<String, Object> values) {
		checked(parameters(reportId), values);
	}

	/** The values as BIRT takes them, after every check; the first refused one throws. */
	private Map<String, Object> checked(List<ReportParameter> parameters, Map<String, Object> values) {
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
				transactions.read(em -> caseAccess.visibleCase(em, caseId));
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

package org.carebench.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.carebench.cases.CaseAccess;
import org.carebench.cases.ReportScope;
import org.carebench.core.ServiceContext;
import org.carebench.core.DirectoryService;
import org.carebench.core.ValidationException;
import org.carebench.reporting.ContributedReport;
import org.carebench.reporting.ReportContribution;
import org.carebench.reporting.ReportDefinition;
import org.carebench.reporting.ReportDefinition.Origin;
import org.carebench.reporting.ReportFormat;
import org.carebench.reporting.ReportParameter;
import org.carebench.reporting.ReportService;
import org.eclipse.birt.report.engine.api.EngineException;
import org.eclipse.birt.report.engine.api.IReportRunnable;
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
 * folder ({@link ReportFolder}). Parameter values are checked here, not only in the dialog
 * ({@link ReportParameters}).
 */
@Component(service = ReportService.class)
public class ReportServiceImpl implements ReportService {

	private final BirtReportEngine engine;
	private final ReportFolder folder;
	private final ReportParameters parameters;
	private final List<ReportContribution> contributions = new CopyOnWriteArrayList<>();

	@Activate
	public ReportServiceImpl(@Reference ServiceContext context, @Reference ReportScope scope,
			@Reference DirectoryService directory, @Reference CaseAccess caseAccess, BundleContext bundle) {
		this(context, scope, directory, caseAccess, configuredFolder(bundle));
	}

	public ReportServiceImpl(ServiceContext context, ReportScope scope, DirectoryService directory,
			CaseAccess caseAccess, Path folder) {
		this.engine = new BirtReportEngine(context.transactions(), scope);
		this.folder = new ReportFolder(folder, engine);
		this.parameters = new ReportParameters(context, directory, caseAccess, engine);
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
		return folder.path();
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
		reports.addAll(folder.reports());
		reports.sort(Comparator.comparing((ReportDefinition r) -> r.origin()).thenComparing(ReportDefinition::name,
				String.CASE_INSENSITIVE_ORDER));
		return reports;
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
					ReportFolder.rootMessage(e)));
		}
	}

	private InputStream designStream(String reportId) throws IOException {
		if (ReportFolder.holds(reportId)) {
			return folder.design(reportId);
		}
		return Stream.concat(BuiltInReports.all().stream(), contributions.stream().flatMap(c -> c.reports().stream()))
				.filter(r -> r.id().equals(reportId)).findFirst().orElseThrow(() -> new IOException(reportId))
				.design().openStream();
	}

	@Override
	public List<ReportParameter> parameters(String reportId) {
		return parameters.of(open(reportId));
	}

	@Override
	public List<String> render(String reportId, Map<String, Object> values, ReportFormat format, Path output,
			BooleanSupplier canceled) {
		IReportRunnable runnable = open(reportId);
		// the design once: its parameters are read from the runnable that will run
		Map<String, Object> checked = parameters.checked(parameters.of(runnable), values);
		return engine.render(runnable, checked, format, output, canceled, Locale.getDefault());
	}

	@Override
	public void check(String reportId, Map<String, Object> values) {
		parameters.checked(parameters(reportId), values);
	}

}

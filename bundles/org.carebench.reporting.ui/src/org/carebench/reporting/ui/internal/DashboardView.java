package org.carebench.reporting.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.carebench.reporting.ReportDefinition;
import org.carebench.reporting.ReportFormat;
import org.carebench.reporting.ReportParameter;
import org.carebench.reporting.ReportService;
import org.carebench.ui.Background;
import org.carebench.ui.Problems;
import org.carebench.ui.Services;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

/**
 * A report shown as HTML, charts included: the overview dashboard when the view opens, any other report chosen
 * above it or sent from the Reports view. Rendering runs in a Job that the Cancel button stops; the report can be
 * exported to PDF or Excel with the values it is shown with.
 */
public class DashboardView extends ViewPart {

	public static final String ID = "org.carebench.reporting.ui.dashboard"; //$NON-NLS-1$
	/** The dashboard shown first: Carebench's overview. */
	static final String FIRST_REPORT = "carebench.overview"; //$NON-NLS-1$

	private Combo reportChoice;
	private Button cancel;
	private Label status;
	private Composite pages;
	private StackLayout stack;
	private Browser browser;
	private Composite noBrowser;
	private Link fileLink;
	private List<ReportDefinition> reports = List.of();
	private ReportDefinition shown;
	private final Map<String, Map<String, Object>> valuesByReport = new HashMap<>();
	private Job running;
	private Path renderFolder;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.swtDefaults().numColumns(8).margins(6, 4).applyTo(bar);
		new Label(bar, SWT.NONE).setText(Messages.Dashboard_report);
		reportChoice = new Combo(bar, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).applyTo(reportChoice);
		reportChoice.addListener(SWT.Selection, e -> {
			int index = reportChoice.getSelectionIndex();
			if (index >= 0) {
				show(runnable().get(index).id(), null);
			}
		});
		button(bar, Messages.Dashboard_parameters, this::openParameters);
		button(bar, Messages.Dashboard_refresh, this::refresh);
		button(bar, Messages.Dashboard_exportPdf, () -> export(ReportFormat.PDF));
		button(bar, Messages.Dashboard_exportXlsx, () -> export(ReportFormat.XLSX));
		cancel = button(bar, Messages.Dashboard_cancel, () -> {
			if (running != null) {
				running.cancel();
			}
		});
		cancel.setEnabled(false);
		status = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);

		pages = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(pages);
		stack = new StackLayout();
		pages.setLayout(stack);
		try {
			browser = new Browser(pages, SWT.NONE);
			stack.topControl = browser;
		} catch (SWTError noWebView) {
			// no WebKit on this workstation: the report is still rendered, to a file the user can open
			browser = null;
		}
		noBrowser = new Composite(pages, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(noBrowser);
		Label explanation = new Label(noBrowser, SWT.WRAP);
		explanation.setText(Messages.Dashboard_noBrowser);
		GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(explanation);
		fileLink = new Link(noBrowser, SWT.NONE);
		fileLink.setText(Messages.Dashboard_openExternally);
		fileLink.addListener(SWT.Selection, e -> {
			if (fileLink.getData() instanceof Path file) {
				Program.launch(file.toString());
			}
		});
		if (browser == null) {
			stack.topControl = noBrowser;
		}
		// the first dashboard is rendered when the view is first seen, not behind the case list at every start
		getSite().getPage().addPartListener(firstSight);
	}

	private final IPartListener2 firstSight = new IPartListener2() {
		@Override
		public void partVisible(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == DashboardView.this) {
				getSite().getPage().removePartListener(this);
				loadReports(FIRST_REPORT);
			}
		}
	};

	private static Button button(Composite bar, String text, Runnable action) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	private List<ReportDefinition> runnable() {
		return reports.stream().filter(ReportDefinition::runnable).toList();
	}

	/** Reads the report list in the background (it may read designs), then shows {@code reportId}. */
	private void loadReports(String reportId) {
		status.setText(Messages.Reports_loading);
		Background.run(status, Messages.Reports_loading, () -> Services.get(ReportService.class).reports(),
				found -> {
					reports = found;
					reportChoice.setItems(runnable().stream().map(ReportDefinition::name).toArray(String[]::new));
					show(reportId, null);
				}, status::setText);
	}

	/**
	 * Shows a report with {@code values} (by parameter name), or with the values it was last shown with when
	 * {@code null}.
	 */
	public void show(String reportId, Map<String, Object> values) {
		List<ReportDefinition> candidates = runnable();
		ReportDefinition report = candidates.stream().filter(r -> r.id().equals(reportId)).findFirst().orElse(null);
		if (report == null) {
			if (reports.isEmpty()) {
				return; // not loaded yet: loadReports shows it
			}
			loadReports(reportId);
			return;
		}
		shown = report;
		reportChoice.select(candidates.indexOf(report));
		if (values != null) {
			valuesByReport.put(report.id(), values);
		}
		refresh();
	}

	/** The report shown, or {@code null}; for tests. */
	ReportDefinition shown() {
		return shown;
	}

	/** The folder holding the HTML shown, or {@code null}; for tests. */
	Path renderFolder() {
		return renderFolder;
	}

	/** Whether a report is being rendered; for tests. */
	boolean rendering() {
		return running != null;
	}

	private Map<String, Object> values() {
		return valuesByReport.getOrDefault(shown.id(), Map.of());
	}

	private void refresh() {
		if (shown == null) {
			return;
		}
		if (running != null) {
			running.cancel();
		}
		ReportDefinition report = shown;
		Path folder;
		try {
			folder = Files.createTempDirectory("carebench-report"); //$NON-NLS-1$
		} catch (IOException e) {
			status.setText(NLS.bind(Messages.Dashboard_failed, report.name(), e.getMessage()));
			return;
		}
		Path html = folder.resolve("report.html"); //$NON-NLS-1$
		status.setText(NLS.bind(Messages.Dashboard_rendering, report.name()));
		cancel.setEnabled(true);
		Job[] job = new Job[1];
		job[0] = ReportRuns.render(status, NLS.bind(Messages.Dashboard_rendering, report.name()),
				report.id(), values(), ReportFormat.HTML, html, outcome -> {
					if (running == job[0]) {
						running = null;
					}
					if (status.isDisposed() || report != shown) {
						return;
					}
					cancel.setEnabled(running != null);
					if (outcome.canceled()) {
						status.setText(NLS.bind(Messages.Dashboard_canceled, report.name()));
					} else if (outcome.failure() != null) {
						// a refused parameter is explained here; Parameters… is one click away (no dialog pops up
						// by itself from a background render)
						status.setText(NLS.bind(Messages.Dashboard_failed, report.name(), outcome.failure()));
					} else {
						display(folder, html);
						String time = LocalTime.now().format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT));
						status.setText(outcome.problems().isEmpty()
								? NLS.bind(Messages.Dashboard_rendered, report.name(), time)
								: NLS.bind(Messages.Dashboard_problems, String.join("; ", outcome.problems()))); //$NON-NLS-1$
					}
				});
		running = job[0];
	}

	private void display(Path folder, Path html) {
		Path previous = renderFolder;
		renderFolder = folder;
		if (browser != null) {
			browser.setUrl(html.toUri().toString());
		} else {
			fileLink.setData(html);
			stack.topControl = noBrowser;
			pages.layout();
		}
		delete(previous);
	}

	/** Asks the shown report's parameters and shows it again with the values confirmed. */
	void openParameters() {
		if (shown == null) {
			return;
		}
		ReportDefinition report = shown;
		List<ReportParameter> parameters;
		try {
			parameters = Services.get(ReportService.class).parameters(report.id());
		} catch (RuntimeException failure) {
			status.setText(NLS.bind(Messages.Dashboard_failed, report.name(), Problems.message(failure)));
			return;
		}
		ParameterDialog dialog = new ParameterDialog(getSite().getShell(), report, parameters, values());
		if (dialog.open() == Window.OK) {
			valuesByReport.put(report.id(), dialog.values());
			refresh();
		}
	}

	private void export(ReportFormat format) {
		if (shown != null) {
			ReportRuns.export(getSite().getShell(), shown.id(), shown.name(), values(), format);
		}
	}

	private static void delete(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		} catch (IOException e) {
			// a temporary folder: left for the system to clear
		}
	}

	@Override
	public void setFocus() {
		reportChoice.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(firstSight);
		if (running != null) {
			running.cancel();
		}
		delete(renderFolder);
		super.dispose();
	}
}

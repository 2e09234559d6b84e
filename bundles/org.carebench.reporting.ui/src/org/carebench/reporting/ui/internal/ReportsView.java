package org.carebench.reporting.ui.internal;

import java.util.List;
import java.util.Map;

import org.carebench.reporting.ReportDefinition;
import org.carebench.reporting.ReportFormat;
import org.carebench.reporting.ReportParameter;
import org.carebench.reporting.ReportService;
import org.carebench.ui.Background;
import org.carebench.ui.Problems;
import org.carebench.ui.Services;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * Every report of the installation: Carebench's, installed modules' and the reports folder's, with the reason
 * for those that cannot run. Show asks the report's parameters and opens it in the Dashboard view; the export
 * buttons save it as PDF or Excel.
 */
public class ReportsView extends ViewPart {

	public static final String ID = "org.carebench.reporting.ui.reports"; //$NON-NLS-1$

	private Table table;
	private Label folder;
	private List<ReportDefinition> reports = List.of();

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.swtDefaults().margins(4, 4).applyTo(parent);
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		column(Messages.Reports_name, 200);
		column(Messages.Reports_origin, 150);
		column(Messages.Reports_about, 420);
		table.addListener(SWT.DefaultSelection, e -> show());
		Composite buttons = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(buttons);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
		button(buttons, Messages.Reports_show, this::show);
		button(buttons, Messages.Dashboard_exportPdf, () -> export(ReportFormat.PDF));
		button(buttons, Messages.Dashboard_exportXlsx, () -> export(ReportFormat.XLSX));
		button(buttons, Messages.Dashboard_refresh, this::load);
		folder = new Label(buttons, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(folder);
		load();
	}

	private void column(String text, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(text);
		column.setWidth(width);
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
	}

	/** Reads the reports again (the folder's designs included) in the background. */
	void load() {
		folder.setText(Messages.Reports_loading);
		ReportService service = Services.get(ReportService.class);
		Background.run(table, Messages.Reports_loading, service::reports,
				found -> fill(found, service.reportsFolder().toString()), folder::setText);
	}

	private void fill(List<ReportDefinition> found, String location) {
		reports = found;
		table.removeAll();
		for (ReportDefinition report : found) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { report.name(), origin(report.origin()),
					report.runnable() ? report.description() : NLS.bind(Messages.Reports_cannotRun, report.problem()) });
			if (!report.runnable()) {
				item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			}
		}
		folder.setText(NLS.bind(Messages.Reports_folderIs, location));
		folder.getParent().layout();
	}

	private static String origin(ReportDefinition.Origin origin) {
		return switch (origin) {
		case BUILT_IN -> Messages.Reports_builtIn;
		case BUNDLE -> Messages.Reports_bundle;
		case FOLDER -> Messages.Reports_folder;
		};
	}

	/** The report table; for tests. */
	Table table() {
		return table;
	}

	/** The shown reports, in table order; for tests. */
	List<ReportDefinition> reports() {
		return reports;
	}

	private ReportDefinition selected() {
		int index = table.getSelectionIndex();
		return index < 0 ? null : reports.get(index);
	}

	/** The values the user chose for the selected report, or {@code null} if it cannot run or he canceled. */
	private Map<String, Object> askValues(ReportDefinition report) {
		if (report == null) {
			return null;
		}
		if (!report.runnable()) {
			folder.setText(NLS.bind(Messages.Reports_cannotRun, report.problem()));
			return null;
		}
		List<ReportParameter> parameters;
		try {
			parameters = Services.get(ReportService.class).parameters(report.id());
		} catch (RuntimeException failure) {
			folder.setText(Problems.message(failure));
			return null;
		}
		if (parameters.isEmpty()) {
			return Map.of();
		}
		ParameterDialog dialog = new ParameterDialog(getSite().getShell(), report, parameters, Map.of());
		return dialog.open() == Window.OK ? dialog.values() : null;
	}

	private void show() {
		ReportDefinition report = selected();
		Map<String, Object> values = askValues(report);
		if (values == null) {
			return;
		}
		try {
			DashboardView dashboard = (DashboardView) getSite().getPage().showView(DashboardView.ID);
			dashboard.show(report.id(), values);
		} catch (PartInitException e) {
			folder.setText(Problems.message(e));
		}
	}

	private void export(ReportFormat format) {
		ReportDefinition report = selected();
		Map<String, Object> values = askValues(report);
		if (values != null) {
			ReportRuns.export(getSite().getShell(), report.id(), report.name(), values, format);
		}
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}
}

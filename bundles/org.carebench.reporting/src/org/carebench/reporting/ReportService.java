package org.carebench.reporting;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Lists and runs reports for the signed-in user. Every report reads the reporting views in the user's scope, so
 * it shows only the cases he sees, whoever wrote its design.
 */
public interface ReportService {

	/** Every report: built in, contributed and in the reports folder (those that cannot run say why). */
	List<ReportDefinition> reports();

	/** The installation's reports folder: where report authors drop their {@code .rptdesign} files. */
	Path reportsFolder();

	/** What the report asks for before it runs. */
	List<ReportParameter> parameters(String reportId);

	/**
	 * Checks values for the report's parameters as {@link #render} will, without running it.
	 *
	 * @throws org.carebench.core.ValidationException the first value the report cannot take, named with the reason
	 */
	void check(String reportId, Map<String, Object> values);

	/**
	 * Runs the report with {@code values} (by parameter name; missing ones take the design's defaults) and writes
	 * it to {@code output}.
	 *
	 * @param canceled polled while the report runs; when it turns true the report stops and
	 *                 {@link ReportCanceledException} is thrown (nothing is left at {@code output})
	 * @return the problems BIRT reported while rendering (a data set that failed, an expression in error); empty
	 *         when the report rendered cleanly
	 * @throws org.carebench.core.ValidationException a value the report cannot take, named with the reason
	 */
	List<String> render(String reportId, Map<String, Object> values, ReportFormat format, Path output,
			BooleanSupplier canceled);
}

package org.carebench.reporting;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The BIRT report engine, started once inside Carebench's OSGi runtime and stopped with it. A report reads its
 * data through Carebench's own database connection: designs need no URL, user or password of their own.
 */
public interface ReportEngine {

	/**
	 * Runs a design and renders it to {@code output}.
	 *
	 * @param name       the design's name, for messages
	 * @param parameters report parameters by name
	 * @return the problems BIRT reported while running it (empty when none)
	 */
	List<String> render(InputStream design, String name, Map<String, Object> parameters, ReportFormat format,
			Path output);
}

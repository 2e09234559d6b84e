package org.carebench.reporting.internal;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.carebench.core.Transactions;
import org.carebench.reporting.ReportEngine;
import org.carebench.reporting.ReportFormat;
import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.HTMLCompleteImageHandler;
import org.eclipse.birt.report.engine.api.HTMLRenderOption;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.engine.api.PDFRenderOption;
import org.eclipse.birt.report.engine.api.RenderOption;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * BIRT 4.22 inside Equinox. The engine starts on the first report (a second or more) and is destroyed with the
 * component; its JDBC data sets get a pooled Carebench connection passed in, which BIRT must not close.
 */
@Component(service = ReportEngine.class)
public class BirtReportEngine implements ReportEngine {

	private final Transactions transactions;
	private IReportEngine engine;

	@Activate
	public BirtReportEngine(@Reference Transactions transactions) {
		this.transactions = transactions;
	}

	private synchronized IReportEngine engine() {
		if (engine == null) {
			EngineConfig config = new EngineConfig();
			config.setLogConfig(null, Level.WARNING);
			try {
				// inside OSGi a no-op once org.eclipse.birt.core is active: its activator installs the platform
				Platform.startup(config);
			} catch (BirtException e) {
				throw new IllegalStateException(e);
			}
			IReportEngineFactory factory = (IReportEngineFactory) Platform
					.createFactoryObject(IReportEngineFactory.EXTENSION_REPORT_ENGINE_FACTORY);
			if (factory == null) {
				throw new IllegalStateException("BIRT's report engine is not installed"); //$NON-NLS-1$
			}
			engine = factory.createReportEngine(config);
		}
		return engine;
	}

	@Override
	public List<String> render(InputStream design, String name, Map<String, Object> parameters, ReportFormat format,
			Path output) {
		return transactions.query(connection -> {
			try {
				IReportRunnable runnable = engine().openReportDesign(name, design);
				IRunAndRenderTask task = engine().createRunAndRenderTask(runnable);
				try {
					Map<String, Object> context = new HashMap<>();
					context.put("OdaJDBCDriverPassInConnection", connection); //$NON-NLS-1$
					context.put("OdaJDBCDriverPassInConnectionCloseAfterUse", Boolean.FALSE); //$NON-NLS-1$
					task.setAppContext(context);
					task.setParameterValues(new HashMap<>(parameters));
					task.setRenderOption(renderOption(format, output));
					task.run();
					return task.getErrors().stream().map(String::valueOf).toList();
				} finally {
					task.close();
				}
			} catch (BirtException e) {
				throw new IllegalStateException(name + ": " + e.getMessage(), e); //$NON-NLS-1$
			}
		});
	}

	private static RenderOption renderOption(ReportFormat format, Path output) {
		RenderOption option;
		if (format == ReportFormat.HTML) {
			HTMLRenderOption html = new HTMLRenderOption();
			File images = output.resolveSibling("images").toFile(); //$NON-NLS-1$
			html.setImageDirectory(images.getAbsolutePath());
			html.setBaseImageURL("images"); //$NON-NLS-1$
			html.setImageHandler(new HTMLCompleteImageHandler());
			html.setEmbeddable(false);
			option = html;
		} else if (format == ReportFormat.PDF) {
			option = new PDFRenderOption();
		} else {
			option = new RenderOption();
		}
		option.setOutputFormat(format.emitter());
		option.setOutputFileName(output.toAbsolutePath().toString());
		return option;
	}

	@Deactivate
	public synchronized void stop() {
		if (engine != null) {
			engine.destroy();
			engine = null;
		}
	}
}

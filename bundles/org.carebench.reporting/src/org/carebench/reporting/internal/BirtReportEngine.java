package org.carebench.reporting.internal;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.carebench.cases.ReportScope;
import org.carebench.core.Transactions;
import org.carebench.reporting.ReportCanceledException;
import org.carebench.reporting.ReportFormat;
import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.EngineException;
import org.eclipse.birt.report.engine.api.HTMLCompleteImageHandler;
import org.eclipse.birt.report.engine.api.HTMLRenderOption;
import org.eclipse.birt.report.engine.api.IGetParameterDefinitionTask;
import org.eclipse.birt.report.engine.api.IParameterDefnBase;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.engine.api.IScalarParameterDefn;
import org.eclipse.birt.report.engine.api.PDFRenderOption;
import org.eclipse.birt.report.engine.api.RenderOption;
import org.eclipse.birt.report.model.api.ModuleHandle;

/**
 * BIRT 4.22 inside Equinox. The engine starts on first use (a second or more) and is destroyed by {@link #stop()};
 * a report's JDBC data sets get a pooled Carebench connection passed in (which BIRT must not close), in the
 * signed-in user's report scope, so that the reporting views show only his cases.
 */
public class BirtReportEngine {

	/** How often a running report checks whether it was canceled. */
	private static final long CANCEL_POLL_MILLISECONDS = 100;

	private final Transactions transactions;
	private final ReportScope scope;
	private IReportEngine engine;
	private ScheduledExecutorService cancelWatch;

	public BirtReportEngine(Transactions transactions, ReportScope scope) {
		this.transactions = transactions;
		this.scope = scope;
	}

	/** The level Java logging applies to {@code logger}: its own, else its nearest parent's. */
	private static Level effectiveLevel(Logger logger) {
		for (Logger candidate = logger; candidate != null; candidate = candidate.getParent()) {
			if (candidate.getLevel() != null) {
				return candidate.getLevel();
			}
		}
		return Level.WARNING;
	}

	private synchronized IReportEngine engine() {
		if (engine == null) {
			EngineConfig config = new EngineConfig();
			// BIRT sets this level on its "org.eclipse.birt" logger when the engine starts: give it the one the
			// installation's log levels gave that logger (org.carebench.logging sets them on Java logging's loggers),
			// so that an administrator's setting is not overridden
			config.setLogConfig(null, effectiveLevel(Logger.getLogger("org.eclipse.birt"))); //$NON-NLS-1$
			config.setResourceLocator(new BundleResourceLocator());
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
			cancelWatch = Executors.newSingleThreadScheduledExecutor(runnable -> {
				Thread thread = new Thread(runnable, "Carebench report cancel watch"); //$NON-NLS-1$
				thread.setDaemon(true);
				return thread;
			});
		}
		return engine;
	}

	/**
	 * Reads a design.
	 *
	 * @throws EngineException when it is not a report design BIRT can read
	 */
	public IReportRunnable open(InputStream design, String name) throws EngineException {
		return engine().openReportDesign(name, design);
	}

	/** The design's semantic errors (unknown elements, bad references): what makes it incompatible. */
	public static List<String> designErrors(IReportRunnable runnable) {
		ModuleHandle module = runnable.getDesignHandle().getModuleHandle();
		List<String> errors = new ArrayList<>();
		for (Object error : module.getErrorList()) {
			errors.add(String.valueOf(error instanceof org.eclipse.birt.report.model.api.ErrorDetail detail
					? detail.getMessage() : error));
		}
		return errors;
	}

	/** The design's scalar parameters, in order. */
	public List<IScalarParameterDefn> parameters(IReportRunnable runnable) {
		IGetParameterDefinitionTask task = engine().createGetParameterDefinitionTask(runnable);
		try {
			List<IScalarParameterDefn> scalars = new ArrayList<>();
			for (Object definition : task.getParameterDefns(false)) {
				if (definition instanceof IScalarParameterDefn scalar
						&& scalar.getParameterType() == IParameterDefnBase.SCALAR_PARAMETER) {
					scalars.add(scalar);
				}
			}
			return scalars;
		} finally {
			task.close();
		}
	}

	/** The design's default value of a parameter, or {@code null}. */
	public Object defaultValue(IReportRunnable runnable, IScalarParameterDefn parameter) {
		IGetParameterDefinitionTask task = engine().createGetParameterDefinitionTask(runnable);
		try {
			return task.getDefaultValue(parameter);
		} finally {
			task.close();
		}
	}

	/**
	 * Runs a design and renders it to {@code output}, in the user's report scope.
	 *
	 * @return the problems BIRT reported while running it (empty when none)
	 * @throws ReportCanceledException when {@code canceled} turned true before the report finished
	 */
	public List<String> render(IReportRunnable runnable, Map<String, Object> parameters, ReportFormat format,
			Path output, BooleanSupplier canceled, Locale locale) {
		return transactions.query(connection -> {
			try (ReportScope.Entered entered = scope.enter(connection)) {
				IRunAndRenderTask task = engine().createRunAndRenderTask(runnable);
				AtomicBoolean stopped = new AtomicBoolean();
				ScheduledFuture<?> watch = cancelWatch.scheduleWithFixedDelay(() -> {
					if (canceled.getAsBoolean() && stopped.compareAndSet(false, true)) {
						task.cancel();
					}
				}, CANCEL_POLL_MILLISECONDS, CANCEL_POLL_MILLISECONDS, TimeUnit.MILLISECONDS);
				try {
					Map<String, Object> context = new HashMap<>();
					context.put("OdaJDBCDriverPassInConnection", connection); //$NON-NLS-1$
					context.put("OdaJDBCDriverPassInConnectionCloseAfterUse", Boolean.FALSE); //$NON-NLS-1$
					task.setAppContext(context);
					task.setLocale(locale);
					task.setParameterValues(new HashMap<>(parameters));
					task.setRenderOption(renderOption(format, output));
					task.run();
					if (stopped.get() || canceled.getAsBoolean()) {
						Files.deleteIfExists(output);
						throw new ReportCanceledException(Messages.Report_canceled);
					}
					return task.getErrors().stream().map(BirtReportEngine::describe).toList();
				} catch (java.io.IOException e) {
					throw new IllegalStateException(e);
				} finally {
					watch.cancel(false);
					task.close();
				}
			} catch (BirtException e) {
				throw new IllegalStateException(runnable.getReportName() + ": " + e.getMessage(), e); //$NON-NLS-1$
			}
		});
	}

	private static String describe(Object error) {
		return error instanceof Throwable throwable && throwable.getMessage() != null ? throwable.getMessage()
				: String.valueOf(error);
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

	public synchronized void stop() {
		if (engine != null) {
			engine.destroy();
			engine = null;
			cancelWatch.shutdownNow();
		}
	}
}

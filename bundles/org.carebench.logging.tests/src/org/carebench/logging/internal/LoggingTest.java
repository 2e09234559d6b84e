package org.carebench.logging.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.logging.log4j.LogManager;
import org.carebench.core.internal.CoreSchema;
import org.carebench.testing.TemporaryDatabase;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.framework.log.FrameworkLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.slf4j.LoggerFactory;

/**
 * SLF4J, Java logging and the Log4j API all end in the Eclipse log, with the logger's name, the level and the
 * message, and only at or above the levels in force; Liquibase's migration messages too.
 */
class LoggingTest {

	private static Logging logging() {
		Logging logging = Logging.current();
		assertNotNull(logging, "org.carebench.logging is started (start level 2) before any test runs");
		return logging;
	}

	@AfterEach
	void restoreConfiguredLevels() {
		System.clearProperty("carebench.log.level.test.sysprop");
		logging().reload();
	}

	@Test
	void slf4jEntriesArriveWithTheirLoggerLevelAndMessage() {
		assertInstanceOf(EclipseLoggerFactory.class, LoggerFactory.getILoggerFactory(),
				"SLF4J found Carebench's provider through SPI Fly (not slf4j-simple, not the no-op fallback)");
		logging().configure(Map.of("carebench.log.level", "WARN", "carebench.log.level.test.slf4j", "INFO"));
		org.slf4j.Logger log = LoggerFactory.getLogger("test.slf4j.Intake");
		IllegalStateException failure = new IllegalStateException("disk full");
		try (CapturedLog captured = new CapturedLog("test.slf4j")) {
			log.error("case {} could not be saved", 17, failure);
			log.warn("case {} is overdue by {} days", 18, 3);
			log.info("case {} opened", 19);
			log.debug("case {} looked up", 20);
			log.trace("entering lookup");
			log.atInfo().addArgument("Núñez").log("client {} found");

			assertEquals(List.of("test.slf4j.Intake ERROR case 17 could not be saved",
					"test.slf4j.Intake WARNING case 18 is overdue by 3 days", "test.slf4j.Intake INFO case 19 opened",
					"test.slf4j.Intake INFO client Núñez found"), captured.lines());
			assertSame(failure, captured.entries().get(0).getException());
		}
	}

	@Test
	void debugAndTraceAreWrittenOnlyWhenEnabledAndMarked() {
		logging().configure(Map.of("carebench.log.level.test.debug", "DEBUG", "carebench.log.level.test.debug.deep",
				"TRACE"));
		try (CapturedLog captured = new CapturedLog("test.debug")) {
			LoggerFactory.getLogger("test.debug.Planner").debug("plan {} recomputed", 5);
			LoggerFactory.getLogger("test.debug.Planner").trace("not written");
			LoggerFactory.getLogger("test.debug.deep.Walker").trace("step {}", 1);
			Logger.getLogger("test.debug.JulUser").fine("fine is debug");
			Logger.getLogger("test.debug.JulUser").finest("not written either");

			assertEquals(List.of("test.debug.Planner INFO [DEBUG] plan 5 recomputed",
					"test.debug.deep.Walker INFO [TRACE] step 1", "test.debug.JulUser INFO [DEBUG] fine is debug"),
					captured.lines());
		}
	}

	@Test
	void javaLoggingRecordsArriveWithTheirLoggerLevelAndMessage() {
		logging().configure(Map.of("carebench.log.level", "WARN", "carebench.log.level.test.jul", "INFO"));
		Logger log = Logger.getLogger("test.jul.Migration");
		try (CapturedLog captured = new CapturedLog("test.jul")) {
			log.log(Level.SEVERE, "table {0} is missing", "CASES");
			log.warning("lock held by another workstation");
			log.info("3 change sets applied");
			log.config("not written");
			log.fine("not written");
			Logger.getLogger("test.julOther").warning("another logger whose name only starts alike: WARN applies");
			Logger.getLogger("test.julOther").info("not written");

			assertEquals(List.of("test.jul.Migration ERROR table CASES is missing",
					"test.jul.Migration WARNING lock held by another workstation",
					"test.jul.Migration INFO 3 change sets applied",
					"test.julOther WARNING another logger whose name only starts alike: WARN applies"),
					captured.lines());
		}
	}

	@Test
	void theJavaLoggingHandlerReplacedTheConsole() {
		List<java.util.logging.Handler> handlers = List.of(Logger.getLogger("").getHandlers());
		assertEquals(1, handlers.size(), handlers.toString());
		assertInstanceOf(EclipseLogHandler.class, handlers.get(0));
	}

	@Test
	void log4jApiReachesTheLogThroughSlf4j() {
		// POI logs through the Log4j API; log4j-to-slf4j hands it to SLF4J, and so to this bundle's provider
		logging().configure(Map.of("carebench.log.level.test.log4j", "INFO"));
		try (CapturedLog captured = new CapturedLog("test.log4j")) {
			LogManager.getLogger("test.log4j.Workbook").info("sheet {} written", "Cases");
			LogManager.getLogger("test.log4j.Workbook").debug("not written");

			assertEquals(List.of("test.log4j.Workbook INFO sheet Cases written"), captured.lines());
		}
	}

	@Test
	void withoutSettingsCarebenchLogsInfoAndOthersWarn() {
		logging().configure(Map.of());
		try (CapturedLog carebench = new CapturedLog("org.carebench.example");
				CapturedLog others = new CapturedLog("com.example")) {
			Logger.getLogger("org.carebench.example.Service").info("written");
			LoggerFactory.getLogger("org.carebench.example.Service").debug("not written");
			Logger.getLogger("com.example.Library").info("not written");
			LoggerFactory.getLogger("com.example.Library").warn("written");

			assertEquals(List.of("org.carebench.example.Service INFO written"), carebench.lines());
			assertEquals(List.of("com.example.Library WARNING written"), others.lines());
		}
		// an administrator's carebench.log.level applies to Carebench's loggers too
		logging().configure(Map.of("carebench.log.level", "ERROR"));
		assertEquals(LogLevel.ERROR, Logging.levels().levelOf("org.carebench.persistence.internal.OpenDatabase"));
		logging().configure(Map.of("carebench.log.level", "debug", "carebench.log.level.liquibase", "info"));
		assertEquals(LogLevel.DEBUG, Logging.levels().levelOf("org.carebench.persistence.internal.OpenDatabase"));
		assertEquals(LogLevel.INFO, Logging.levels().levelOf("liquibase.changelog"));
	}

	@Test
	void levelsComeFromTheConfigurationFileAndSystemPropertiesWhichWin() throws IOException {
		Path file = logging().configurationFiles().get(0);
		Files.createDirectories(file.getParent());
		Files.writeString(file, """
				# as an administrator writes it
				carebench.log.level.test.file = DEBUG
				carebench.log.level.test.sysprop = DEBUG
				carebench.log.level.test.bad = LOUD
				""");
		try (CapturedLog captured = new CapturedLog("org.carebench.logging")) {
			System.setProperty("carebench.log.level.test.sysprop", "ERROR");
			logging().reload();

			assertEquals(LogLevel.DEBUG, Logging.levels().levelOf("test.file.Anything"));
			assertEquals(LogLevel.ERROR, Logging.levels().levelOf("test.sysprop.Anything"));
			assertEquals(LogLevel.INFO, Logging.levels().levelOf("org.carebench.cases.Anything"));
			assertEquals(LogLevel.WARN, Logging.levels().levelOf("test.bad.Anything"));
			assertTrue(captured.entries().stream().anyMatch(status -> status.getSeverity() == IStatus.WARNING
					&& status.getMessage().startsWith("carebench.log.level.test.bad=LOUD is not a level")),
					captured.lines().toString());
			// Java logging's own loggers carry the levels, so that records below them are not even made
			assertEquals(Level.FINE, Logger.getLogger("test.file").getLevel());
			assertEquals(Level.WARNING, Logger.getLogger("").getLevel());
		} finally {
			Files.delete(file);
		}
	}

	@Test
	void liquibaseMigrationMessagesReachTheLogFile() throws IOException {
		// as the application does by reading its preferences before it opens the database: until the workspace is
		// initialized, the framework writes its log into the configuration folder
		Path file = Platform.getLogFileLocation().toPath();
		assertEquals(Path.of(Platform.getInstanceLocation().getURL().getPath(), ".metadata", ".log"), file);
		logging().configure(Map.of("carebench.log.level.liquibase", "INFO"));
		List<IStatus> liquibase;
		List<IStatus> carebench;
		try (CapturedLog liquibaseLog = new CapturedLog("liquibase");
				CapturedLog carebenchLog = new CapturedLog("org.carebench.persistence");
				TemporaryDatabase database = TemporaryDatabase.create(List.of(new CoreSchema()))) {
			liquibase = liquibaseLog.entries();
			carebench = carebenchLog.entries();
		}
		assertTrue(liquibase.stream().anyMatch(status -> status.getSeverity() == IStatus.INFO
				&& status.getMessage().contains("ran successfully")), liquibase.toString());
		IStatus applied = carebench.stream()
				.filter(status -> status.getMessage().contains("schema change sets applied")).findFirst()
				.orElseThrow(() -> new AssertionError(carebench.toString()));

		// and they are in the workspace's .metadata/.log, named by their loggers
		BundleContext context = FrameworkUtil.getBundle(LoggingTest.class).getBundleContext();
		FrameworkLog frameworkLog = context.getService(context.getServiceReference(FrameworkLog.class));
		assertEquals(file, frameworkLog.getFile().toPath());
		String text = Files.readString(file);
		assertTrue(text.contains("!ENTRY " + applied.getPlugin() + " 1 0 "), applied.getPlugin());
		assertTrue(text.contains("!MESSAGE " + applied.getMessage()), applied.getMessage());
		assertTrue(text.contains("!ENTRY liquibase."), "Liquibase's entries");
	}
}

package org.carebench.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.carebench.reporting.ReportDefinition;
import org.carebench.reporting.ReportDefinition.Origin;
import org.eclipse.birt.report.engine.api.EngineException;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.osgi.util.NLS;

/**
 * The designs report authors drop into the installation's reports folder: each read once per file version (size and
 * time); one that cannot be read, is too large or does not fit this BIRT is listed with the reason and never stops
 * the others.
 */
final class ReportFolder {

	/** Designs larger than this are not read: a report design is text of some hundred kilobytes at most. */
	static final long LARGEST_DESIGN_BYTES = 5L * 1024 * 1024;
	private static final String FOLDER_PREFIX = "folder:"; //$NON-NLS-1$
	private static final String DESIGN_SUFFIX = ".rptdesign"; //$NON-NLS-1$

	/** A design of the folder as last read: its version (size and time) and what was found. */
	private record FolderDesign(long size, long modified, ReportDefinition definition) {
	}

	private final Path folder;
	private final BirtReportEngine engine;
	private final Map<Path, FolderDesign> folderDesigns = new ConcurrentHashMap<>();

	ReportFolder(Path folder, BirtReportEngine engine) {
		this.folder = folder;
		this.engine = engine;
	}

	Path path() {
		return folder;
	}

	/** Whether a report's id names a design of the folder. */
	static boolean holds(String reportId) {
		return reportId.startsWith(FOLDER_PREFIX);
	}

	/** The design a folder report's id names. */
	InputStream design(String reportId) throws IOException {
		return Files.newInputStream(folder.resolve(reportId.substring(FOLDER_PREFIX.length())));
	}

	List<ReportDefinition> reports() {
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

	static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		return message.length() > 300 ? message.substring(0, 300) + "…" : message; //$NON-NLS-1$
	}
}

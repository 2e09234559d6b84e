package org.carebench.core;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Folders that hold clients' data: created readable by their owner only, where the file system knows owners. */
public final class OwnerOnly {

	private static final Set<PosixFilePermission> OWNER = PosixFilePermissions.fromString("rwx------"); //$NON-NLS-1$

	private OwnerOnly() {
	}

	/** Creates {@code folder} and its missing parents; those it creates are owner-only. */
	public static void createDirectories(Path folder) throws IOException {
		Path absolute = folder.toAbsolutePath();
		if (Files.isDirectory(absolute)) {
			return;
		}
		if (absolute.getParent() != null) {
			createDirectories(absolute.getParent());
		}
		if (posix()) {
			Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(OWNER));
		} else {
			Files.createDirectory(absolute);
		}
	}

	/** Makes an existing folder of Carebench's own (such as {@code ~/.carebench}) owner-only. */
	public static void restrict(Path folder) throws IOException {
		if (posix() && Files.isDirectory(folder)) {
			Files.setPosixFilePermissions(folder, OWNER);
		}
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix"); //$NON-NLS-1$
	}
}

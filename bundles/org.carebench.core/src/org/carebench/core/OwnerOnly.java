package org.carebench.core;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
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
		try {
			if (posix()) {
				Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(OWNER));
			} else {
				Files.createDirectory(absolute);
			}
		} catch (FileAlreadyExistsException raced) {
			if (!Files.isDirectory(absolute)) {
				throw raced;
			}
			// another thread or process made it meanwhile
		}
	}

	/** Makes an existing folder of Carebench's own (such as {@code ~/.carebench}) owner-only. */
	public static void restrict(Path folder) throws IOException {
		if (posix() && Files.isDirectory(folder)) {
			Files.setPosixFilePermissions(folder, OWNER);
		}
	}

	/** Writes {@code content} to a new or existing file that only its owner may read. */
	public static void write(Path file, byte[] content) throws IOException {
		createDirectories(file.toAbsolutePath().getParent());
		if (posix()) {
			try {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))); //$NON-NLS-1$
			} catch (FileAlreadyExistsException existing) {
				// its permissions are set below
			}
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------")); //$NON-NLS-1$
		}
		Files.write(file, content);
	}

	/** Copies {@code source} into {@code target}, a new or existing file that only its owner may read, streaming. */
	public static void copy(Path source, Path target) throws IOException {
		write(target, new byte[0]);
		try (java.io.OutputStream out = Files.newOutputStream(target)) {
			Files.copy(source, out);
		}
	}

	/**
	 * Writes {@code content} to {@code file} unless it exists, atomically: of several threads or processes writing
	 * the same new file, one wins and the others read what it wrote.
	 *
	 * @return whether this call wrote the file
	 */
	public static boolean writeIfAbsent(Path file, byte[] content) throws IOException {
		Path written = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + "." //$NON-NLS-1$ //$NON-NLS-2$
				+ Thread.currentThread().threadId() + ".new"); //$NON-NLS-1$
		write(written, content);
		try {
			Files.createLink(file, written);
			return true;
		} catch (FileAlreadyExistsException lost) {
			return false;
		} finally {
			Files.deleteIfExists(written);
		}
	}

	/** Deletes {@code root} and everything below it; what is already gone is no error. */
	public static void deleteTree(Path root) {
		if (!Files.exists(root)) {
			return;
		}
		try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix"); //$NON-NLS-1$
	}
}

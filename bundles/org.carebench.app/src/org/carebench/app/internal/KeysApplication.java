package org.carebench.app.internal;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

import org.carebench.persistence.DatabaseEncryption;
import org.carebench.persistence.DatabaseSecrets;
import org.carebench.persistence.DatabaseSettings;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;

/**
 * {@code carebench keys export <file>} and {@code carebench keys import <file>}: the boot keys of this computer's
 * encrypted databases and its server accounts, out to a file for the agency's safe and back (a reinstalled
 * computer, a restored backup on another one). {@code carebench keys encrypt [<database folder>]} encrypts a
 * database an older Carebench made in clear. Exits 0, or 2.
 */
public class KeysApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		PrintStream out = System.out;
		AdminCommandLine line = AdminCommandLine.of(Platform.getApplicationArgs());
		Optional<String> verb = line.operand(0);
		Optional<Path> file = line.operand(1).map(Paths::get);
		if (verb.equals(Optional.of("encrypt"))) { //$NON-NLS-1$
			return encrypt(out, file.orElse(DatabaseSettings.userDefault().directory()));
		}
		if (verb.isEmpty() || file.isEmpty()) {
			out.println(Messages.Keys_usage);
			return VerifyLogApplication.CANNOT_CHECK;
		}
		DatabaseSecrets secrets = DatabaseSecrets.local();
		try {
			switch (verb.get()) {
				case "export": //$NON-NLS-1$
					if (Files.exists(file.get())) {
						out.println(NLS.bind(Messages.Keys_exists, file.get()));
						return VerifyLogApplication.CANNOT_CHECK;
					}
					secrets.exportTo(file.get());
					out.println(NLS.bind(Messages.Keys_exported, file.get()));
					return EXIT_OK;
				case "import": //$NON-NLS-1$
					out.println(NLS.bind(Messages.Keys_imported, secrets.importFrom(file.get()), file.get()));
					return EXIT_OK;
				default:
					out.println(Messages.Keys_usage);
					return VerifyLogApplication.CANNOT_CHECK;
			}
		} catch (UncheckedIOException | IllegalArgumentException | IllegalStateException failed) {
			out.println(NLS.bind(Messages.Keys_failed, failed.getMessage()));
			return VerifyLogApplication.CANNOT_CHECK;
		}
	}

	/** {@code carebench keys encrypt [<database folder>]}: see {@link DatabaseEncryption}. */
	private static Object encrypt(PrintStream out, Path database) {
		try {
			if (DatabaseEncryption.encrypt(database)) {
				out.println(NLS.bind(Messages.Keys_encrypted, database));
			} else {
				out.println(NLS.bind(Messages.Keys_alreadyEncrypted, database));
			}
			return EXIT_OK;
		} catch (SQLException | IllegalArgumentException failed) {
			out.println(NLS.bind(Messages.Keys_notEncrypted, database, failed.getMessage()));
			return VerifyLogApplication.CANNOT_CHECK;
		}
	}

	@Override
	public void stop() {
		// runs to its end
	}
}

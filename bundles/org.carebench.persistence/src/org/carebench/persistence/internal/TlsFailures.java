package org.carebench.persistence.internal;

import java.security.cert.CertificateException;
import java.util.function.Predicate;

import javax.net.ssl.SSLException;

/** What a failed connection to a server says, in its chain of causes, about its TLS handshake. */
final class TlsFailures {

	private TlsFailures() {
	}

	/** The server showed another certificate than the one confirmed for it. */
	static boolean impostor(Throwable failure) {
		return anyCause(failure, cause -> cause instanceof CertificateException
				|| String.valueOf(cause.getMessage()).contains("Not the Carebench server")); //$NON-NLS-1$
	}

	/** The server asks for a workstation's certificate and this one has none it trusts (TLS alerts). */
	static boolean workstationRefused(Throwable failure) {
		return anyCause(failure, cause -> cause instanceof SSLException
				&& (String.valueOf(cause.getMessage()).contains("certificate_required") //$NON-NLS-1$
						|| String.valueOf(cause.getMessage()).contains("bad_certificate") //$NON-NLS-1$
						|| String.valueOf(cause.getMessage()).contains("certificate_unknown"))); //$NON-NLS-1$
	}

	/** TLS failed at all: the client asked for it and the server did not speak it. */
	static boolean anyTls(Throwable failure) {
		return anyCause(failure, cause -> cause instanceof SSLException
				|| String.valueOf(cause.getMessage()).contains("SSL")); //$NON-NLS-1$
	}

	private static boolean anyCause(Throwable failure, Predicate<Throwable> which) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (which.test(cause)) {
				return true;
			}
		}
		return false;
	}
}

package org.carebench.cases.internal;

import org.carebench.core.ValidationException;
import org.eclipse.osgi.util.NLS;

/** Free texts as the case services accept them: stripped, blank as none, refused when too long. */
final class Texts {

	private Texts() {
	}

	/** {@code text} stripped, or {@code null} when blank; refused, naming {@code field}, when too long. */
	static String optional(String field, String text, int maxLength) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String stripped = text.strip();
		if (stripped.length() > maxLength) {
			throw new ValidationException(field, NLS.bind(Messages.Text_tooLong, stripped.length(), maxLength));
		}
		return stripped;
	}
}

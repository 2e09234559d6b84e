package org.carebench.core.model;

import java.text.Normalizer;
import java.util.Locale;

/** Folds names for accent- and case-insensitive prefix search. */
public final class SearchText {

	private SearchText() {
	}

	/** "Núñez", "NUNEZ" and "nunez" all fold to "nunez". */
	public static String fold(String text) {
		if (text == null) {
			return null;
		}
		String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The search key for first names: folded first name, a space, folded last name. */
	public static String firstNameKey(String firstName, String lastName) {
		String last = fold(lastName == null ? "" : lastName); //$NON-NLS-1$
		String first = fold(firstName == null ? "" : firstName); //$NON-NLS-1$
		return (first + " " + last).strip(); //$NON-NLS-1$
	}

	/** The search key of a name: folded last name, a space, folded first name. */
	public static String nameKey(String firstName, String lastName) {
		String last = fold(lastName == null ? "" : lastName); //$NON-NLS-1$
		String first = fold(firstName == null ? "" : firstName); //$NON-NLS-1$
		return (last + " " + first).strip(); //$NON-NLS-1$
	}

	/** A LIKE pattern (ESCAPE '!') matching what starts with {@code prefix}, its wildcards taken literally. */
	public static String likePrefix(String prefix) {
		StringBuilder pattern = new StringBuilder(prefix.length() + 1);
		for (char c : prefix.toCharArray()) {
			if (c == '%' || c == '_' || c == '!') {
				pattern.append('!');
			}
			pattern.append(c);
		}
		return pattern.append('%').toString();
	}
}

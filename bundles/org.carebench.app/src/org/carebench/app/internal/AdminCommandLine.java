package org.carebench.app.internal;

import java.io.Console;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The arguments of the administrators' commands ({@code carebench server}, {@code connect}, {@code keys}), and the
 * secrets they ask for: from an environment variable for unattended runs, else on the terminal, never from the
 * command line (every user of the computer sees it, and Equinox writes it into the log).
 */
record AdminCommandLine(List<String> arguments) {

	static AdminCommandLine of(String[] arguments) {
		return new AdminCommandLine(Arrays.asList(arguments));
	}

	/** The value after {@code option}. */
	Optional<String> value(String option) {
		int at = arguments.indexOf(option);
		return at < 0 || at + 1 >= arguments.size() ? Optional.empty() : Optional.of(arguments.get(at + 1));
	}

	boolean flag(String option) {
		return arguments.contains(option);
	}

	/** The first argument that is neither an option nor an option's value (of the options named). */
	Optional<String> operand(int index, String... optionsWithValues) {
		List<String> valued = List.of(optionsWithValues);
		int found = 0;
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (valued.contains(argument)) {
				i++;
			} else if (!argument.startsWith("-")) { //$NON-NLS-1$
				if (found++ == index) {
					return Optional.of(argument);
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * A secret from {@code variable}, else typed on the terminal ({@code confirm}: twice, and both must match);
	 * empty when there is neither, or the two typings differ.
	 */
	static Optional<char[]> secret(String variable, String prompt, String confirm) {
		String fromEnvironment = System.getenv(variable);
		if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
			return Optional.of(fromEnvironment.toCharArray());
		}
		Console console = System.console();
		if (console == null) {
			return Optional.empty();
		}
		char[] typed = console.readPassword("%s", prompt); //$NON-NLS-1$
		if (typed == null) {
			return Optional.empty();
		}
		if (confirm != null) {
			char[] again = console.readPassword("%s", confirm); //$NON-NLS-1$
			if (again == null || !Arrays.equals(typed, again)) {
				return Optional.empty();
			}
		}
		return Optional.of(typed);
	}
}

package org.carebench.core;

/** The user's role does not allow what he tried; the message names the missing permission. Nothing was changed. */
public class ForbiddenException extends CarebenchException {

	private static final long serialVersionUID = 1L;

	private final Permission missing;

	public ForbiddenException(Permission missing, String userMessage) {
		super(userMessage);
		this.missing = missing;
	}

	/** The permission the user lacks, or {@code null} when the case is simply not visible to him. */
	public Permission missing() {
		return missing;
	}
}

package org.carebench.core;

/** Input that cannot be accepted; the message names the field and what is wrong with it. */
public class ValidationException extends CarebenchException {

	private static final long serialVersionUID = 1L;

	private final String field;

	public ValidationException(String field, String userMessage) {
		super(userMessage);
		this.field = field;
	}

	/** The field (or request attribute) that was refused. */
	public String field() {
		return field;
	}
}

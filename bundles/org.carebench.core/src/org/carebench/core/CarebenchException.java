package org.carebench.core;

/**
 * A failure whose message is written for the user (already localized), as opposed to a programming error. The UI
 * shows its message as it is.
 */
public class CarebenchException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public CarebenchException(String userMessage) {
		super(userMessage);
	}

	public CarebenchException(String userMessage, Throwable cause) {
		super(userMessage, cause);
	}
}

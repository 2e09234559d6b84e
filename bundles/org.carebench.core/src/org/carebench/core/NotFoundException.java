package org.carebench.core;

/** The thing asked for does not exist (any more), or is not visible to the user asking. */
public class NotFoundException extends CarebenchException {

	private static final long serialVersionUID = 1L;

	public NotFoundException(String userMessage) {
		super(userMessage);
	}
}

package org.carebench.core;

/** Somebody else saved the same record since it was read; the user must reload before saving again. */
public class ConcurrentChangeException extends CarebenchException {

	private static final long serialVersionUID = 1L;

	public ConcurrentChangeException(String userMessage) {
		super(userMessage);
	}
}

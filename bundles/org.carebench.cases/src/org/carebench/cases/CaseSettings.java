package org.carebench.cases;

/**
 * A project's choices about its cases.
 *
 * @param cancelActivitiesOnClose whether closing a case cancels the activities of its timeline still to do (so that
 *                                they leave everyone's "My upcoming activities"); on unless the project keeps them
 */
public record CaseSettings(boolean cancelActivitiesOnClose) {

	public static final CaseSettings DEFAULT = new CaseSettings(true);
}

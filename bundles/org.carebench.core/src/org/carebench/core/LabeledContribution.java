package org.carebench.core;

/**
 * A base for what bundles contribute under a stable identifier and a name users read (close rules, plan item types):
 * extend it, implement the contribution's interface, and pass both to the constructor.
 */
public abstract class LabeledContribution {

	private final String id;
	private final String label;

	/**
	 * @param id    stored with the data that uses the contribution: never change it
	 * @param label in the user's language (read once, as NLS texts are)
	 */
	protected LabeledContribution(String id, String label) {
		this.id = id;
		this.label = label;
	}

	public final String id() {
		return id;
	}

	public final String label() {
		return label;
	}
}

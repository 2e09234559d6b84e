package org.carebench.cases;

/** How a bulk operation reports its progress and learns that the user canceled it. */
public interface BulkProgress {

	/** For callers that neither show progress nor cancel. */
	BulkProgress NONE = new BulkProgress() {
		@Override
		public boolean isCanceled() {
			return false;
		}

		@Override
		public void worked(int done, int total) {
			// nobody watches
		}
	};

	/** Asked between batches: when true, the operation stops there; what was done stays done. */
	boolean isCanceled();

	/** {@code done} of {@code total} cases handled (changed, unchanged or failed). */
	void worked(int done, int total);
}

package org.carebench.cases.ui.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.carebench.cases.CaseQuery;
import org.carebench.cases.CaseService;
import org.carebench.cases.CaseSummary;
import org.carebench.ui.Background;
import org.eclipse.swt.widgets.Control;

/**
 * The rows behind the virtual case table. The ids of all matching cases are fetched once per query (8 bytes a
 * case: a million fit in 8 MB); the rows themselves are fetched a page at a time, only when the table shows
 * them, and kept for the most recent pages. All fetching happens in jobs, never on the UI thread; the model's
 * state is touched on the UI thread only.
 */
final class CaseListModel {

	/** Told about changes, on the UI thread. */
	interface Listener {
		/** A new query's ids arrived: the list now has {@code count} rows, none loaded yet. */
		void reset(int count);

		/** Rows {@code from} to {@code to} (exclusive) were loaded or reloaded. */
		void rowsLoaded(int from, int to);

		/** The list could not be loaded; the old rows stay. */
		void failed(String message);
	}

	static final int PAGE = 100;
	private static final int PAGES_KEPT = 64;

	private final CaseService service;
	private final Control owner;
	private final Listener listener;
	private final Map<Integer, CaseSummary[]> pages = new LinkedHashMap<>(PAGES_KEPT, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Integer, CaseSummary[]> eldest) {
			return size() > PAGES_KEPT;
		}
	};
	private final Set<Integer> fetching = new HashSet<>();
	private CaseQuery query = CaseQuery.ALL;
	private long[] ids = new long[0];
	private int generation;
	private boolean loading;

	/** @param owner the control whose disposal ends the model's updates */
	CaseListModel(CaseService service, Control owner, Listener listener) {
		this.service = service;
		this.owner = owner;
		this.listener = listener;
	}

	CaseQuery query() {
		return query;
	}

	int size() {
		return ids.length;
	}

	/** Whether the ids of the last query asked for are still being fetched. */
	boolean isLoading() {
		return loading;
	}

	/** Shows the cases of {@code newQuery}: their ids are fetched in a job, then rows as the table asks. */
	void load(CaseQuery newQuery) {
		query = newQuery;
		loading = true;
		int current = ++generation;
		Background.run(owner, Messages.Job_loadingList, () -> service.findCaseIds(newQuery), ifCurrent(current, found -> {
			ids = found;
			pages.clear();
			fetching.clear();
			loading = false;
			listener.reset(found.length);
		}), ifCurrent(current, problem -> {
			loading = false;
			listener.failed(problem);
		}));
	}

	/** The ids of the rows at {@code indices} (what a selection in the virtual table stands for). */
	long[] ids(int[] indices) {
		return Arrays.stream(indices).filter(i -> i >= 0 && i < ids.length).mapToLong(i -> ids[i]).toArray();
	}

	/** The ids of every row of the list, in its order. */
	long[] allIds() {
		return ids.clone();
	}

	/** Loads the same query again: after changes made elsewhere. */
	void reload() {
		load(query);
	}

	/** The row at {@code index}, or {@code null} while it is being fetched (the listener hears when it arrives). */
	CaseSummary row(int index) {
		if (index < 0 || index >= ids.length) {
			return null;
		}
		int page = index / PAGE;
		CaseSummary[] rows = pages.get(page);
		if (rows != null) {
			return rows[index % PAGE];
		}
		fetch(page);
		return null;
	}

	/** Fetches the row of {@code caseId} again, if the list shows it (its status or assignee may have changed). */
	void refreshCase(long caseId) {
		for (int index = 0; index < ids.length; index++) {
			if (ids[index] == caseId) {
				int page = index / PAGE;
				if (pages.containsKey(page)) {
					pages.remove(page);
					fetch(page);
				}
				return;
			}
		}
	}

	private void fetch(int page) {
		if (!fetching.add(page)) {
			return;
		}
		int from = page * PAGE;
		int to = Math.min(ids.length, from + PAGE);
		long[] slice = Arrays.copyOfRange(ids, from, to);
		int current = generation;
		Background.run(owner, Messages.Job_loadingList, () -> {
			Map<Long, CaseSummary> byId = new HashMap<>();
			service.getSummaries(slice).forEach(row -> byId.put(row.id(), row));
			return Arrays.stream(slice).mapToObj(byId::get).toArray(CaseSummary[]::new);
		}, ifCurrent(current, byPosition -> {
			fetching.remove(page);
			pages.put(page, byPosition);
			listener.rowsLoaded(from, to);
		}), ifCurrent(current, problem -> {
			fetching.remove(page);
			listener.failed(problem);
		}));
	}

	/** {@code update}, dropped when a newer query has replaced the one it belongs to. */
	private <T> Consumer<T> ifCurrent(int requestGeneration, Consumer<T> update) {
		return value -> {
			if (requestGeneration == generation) {
				update.accept(value);
			}
		};
	}
}

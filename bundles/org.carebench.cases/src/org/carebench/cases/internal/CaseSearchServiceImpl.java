package org.carebench.cases.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.carebench.cases.CaseOverview;
import org.carebench.cases.CaseQuery;
import org.carebench.cases.CaseSearchService;
import org.carebench.cases.CaseSummary;
import org.carebench.cases.SavedView;
import org.carebench.core.NotFoundException;
import org.carebench.core.ServiceContext;
import org.carebench.core.UserAccess;
import org.carebench.core.ValidationException;
import org.carebench.core.model.Jdbc;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Quick search, overview counts and saved views, in SQL. */
@Component(service = CaseSearchService.class)
public class CaseSearchServiceImpl implements CaseSearchService {

	private static final int MAX_QUICK = 200;
	private static final int MAX_RECENT = 50;
	private static final int VIEW_NAME_LENGTH = 100;
	/** How many of the user's latest log entries "my recent cases" looks through. */
	private static final int RECENT_ENTRIES = 500;

	private final ServiceContext context;

	@Activate
	public CaseSearchServiceImpl(@Reference ServiceContext context) {
		this.context = context;
	}

	@Override
	public List<CaseSummary> quickSearch(String text, int limit) {
		UserAccess user = context.user();
		int rows = Math.max(1, Math.min(limit, MAX_QUICK));
		return context.query(connection -> {
			long[] ids = QuickSearch.find(connection, user, text == null ? "" : text, rows); //$NON-NLS-1$
			return CaseListSql.summaries(connection, ids, user);
		});
	}

	@Override
	public CaseOverview overview(int recent) {
		UserAccess user = context.user();
		int rows = Math.max(0, Math.min(recent, MAX_RECENT));
		return context.query(connection -> {
			List<String> visibility = new ArrayList<>();
			List<Object> parameters = new ArrayList<>();
			CaseListSql.visibility(user, visibility, parameters);
			String where = visibility.isEmpty() ? "" : " WHERE " + String.join(" AND ", visibility); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			long[] counts = Jdbc.first(connection, "SELECT COUNT(*)," //$NON-NLS-1$
					+ " SUM(CASE WHEN c.closed_at IS NOT NULL THEN 1 ELSE 0 END)," //$NON-NLS-1$
					+ " SUM(CASE WHEN c.closed_at IS NULL AND c.assignee_id IS NULL AND c.team_id IS NULL THEN 1 ELSE 0 END)" //$NON-NLS-1$
					+ " FROM care_case c" + where, //$NON-NLS-1$
					row -> new long[] { row.getLong(1), row.getLong(2), row.getLong(3) }, parameters.toArray())
					.orElseThrow();
			List<CaseSummary> mine = rows == 0 || user.system() ? List.of() : recentCases(connection, user, rows);
			return new CaseOverview(counts[0], counts[2], counts[0] - counts[1] - counts[2], counts[1], mine);
		});
	}

	private static List<CaseSummary> recentCases(Connection connection, UserAccess user, int rows)
			throws SQLException {
		Set<Long> caseIds = new LinkedHashSet<>(Jdbc.list(connection, "SELECT case_id FROM activity_log" //$NON-NLS-1$
				+ " WHERE actor_id = ? ORDER BY id DESC FETCH FIRST " + RECENT_ENTRIES + " ROWS ONLY", //$NON-NLS-1$ //$NON-NLS-2$
				row -> row.getLong(1), user.user().id()));
		List<CaseSummary> visible = CaseListSql.summaries(connection,
				caseIds.stream().mapToLong(Long::longValue).toArray(), user);
		return visible.size() > rows ? visible.subList(0, rows) : visible;
	}

	@Override
	public List<SavedView> savedViews() {
		long userId = signedInUser();
		return context.query(connection -> Jdbc.list(connection,
				"SELECT id, name, definition FROM saved_view WHERE user_id = ? ORDER BY name", //$NON-NLS-1$
				row -> new SavedView(row.getLong(1), row.getString(2), SavedQueries.read(row.getString(3))), userId));
	}

	@Override
	public SavedView saveView(String name, CaseQuery query) {
		long userId = signedInUser();
		if (name == null || name.isBlank()) {
			throw new ValidationException("name", Messages.View_nameRequired); //$NON-NLS-1$
		}
		String checkedName = name.strip();
		if (checkedName.length() > VIEW_NAME_LENGTH) {
			throw new ValidationException("name", NLS.bind(Messages.Text_tooLong, checkedName.length(), VIEW_NAME_LENGTH)); //$NON-NLS-1$
		}
		String definition = SavedQueries.write(query);
		UserAccess user = context.user();
		return context.write(em -> {
			Connection connection = Jdbc.of(em);
			// a view that could not run is refused now, not when it is next opened
			new SearchRuleSql(user, SearchRuleSql.attributeTypes(connection, user.visibleProjects()), context.zone())
					.check(query.rules());
			Jdbc.update(connection, "DELETE FROM saved_view WHERE user_id = ? AND name = ?", userId, checkedName); //$NON-NLS-1$
			long id = Jdbc.reserveIds(connection, "saved_view", 1); //$NON-NLS-1$
			Jdbc.update(connection, "INSERT INTO saved_view (id, user_id, name, definition) VALUES (?, ?, ?, ?)", id, //$NON-NLS-1$
					userId, checkedName, definition);
			return new SavedView(id, checkedName, SavedQueries.read(definition));
		});
	}

	@Override
	public void deleteView(long viewId) {
		long userId = signedInUser();
		int deleted = context.write(em -> Jdbc.update(Jdbc.of(em),
				"DELETE FROM saved_view WHERE id = ? AND user_id = ?", viewId, userId)); //$NON-NLS-1$
		if (deleted == 0) {
			throw new NotFoundException(NLS.bind(Messages.View_notFound, viewId));
		}
	}

	private long signedInUser() {
		UserAccess user = context.user();
		if (user.system()) {
			throw new ValidationException("user", Messages.View_needsUser); //$NON-NLS-1$
		}
		return user.user().id();
	}
}

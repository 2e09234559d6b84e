package org.carebench.cases.internal;

import java.sql.Connection;
import java.util.List;
import java.util.Objects;

import org.carebench.cases.AttributeValue;
import org.carebench.cases.CaseAnnotationService;
import org.carebench.cases.CaseFlag;
import org.carebench.cases.FlagType;
import org.carebench.core.ActivityLog;
import org.carebench.core.NotFoundException;
import org.carebench.core.Permission;
import org.carebench.core.ServiceContext;
import org.carebench.core.ValidationException;
import org.carebench.core.model.Jdbc;
import org.carebench.core.model.UtcInstantConverter;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Flags and attributes, kept in their own tables and read with SQL. */
@Component(service = CaseAnnotationService.class)
public class CaseAnnotationServiceImpl implements CaseAnnotationService {

	private static final int COMMENT_LENGTH = 500;

	private final CaseWork work;

	@Activate
	public CaseAnnotationServiceImpl(@Reference ServiceContext context) {
		this.work = new CaseWork(context);
	}

	@Override
	public List<CaseFlag> flags(long caseId) {
		return work.read(caseId,
				(em, entity, user) -> Annotations.flags(em, entity.getProjectId(), "f.case_id = ?", caseId)); //$NON-NLS-1$
	}

	@Override
	public CaseFlag addFlag(long caseId, String flagCode, String comment) {
		String text = Texts.optional("comment", comment, COMMENT_LENGTH); //$NON-NLS-1$
		return work.change(caseId, CaseWork.ANY_VERSION, Permission.FLAG_MANAGE, Messages.Action_manageFlags, edit -> {
			Connection connection = edit.connection();
			FlagType type = Annotations.flagType(connection, edit.entity().getProjectId(), flagCode);
			long id = Jdbc.reserveIds(connection, "case_flag", 1); //$NON-NLS-1$
			Jdbc.update(connection, "INSERT INTO case_flag (id, case_id, flag_code, comment_text, added_by, added_at)" //$NON-NLS-1$
					+ " VALUES (?, ?, ?, ?, ?, ?)", id, caseId, type.code(), text, edit.actor().userId(), //$NON-NLS-1$
					UtcInstantConverter.toTimestamp(edit.now()));
			edit.log(ActivityLog.FLAG_ADDED, null, type.name(), text);
			return Annotations.flags(edit.em(), edit.entity().getProjectId(), "f.id = ?", id).get(0); //$NON-NLS-1$
		});
	}

	@Override
	public CaseFlag resolveFlag(long flagId) {
		return work.change(em -> Jdbc.first(Jdbc.of(em), "SELECT case_id FROM case_flag WHERE id = ?", //$NON-NLS-1$
				row -> row.getLong(1), flagId).orElseThrow(() -> new NotFoundException(NLS.bind(Messages.Flag_notFound, flagId))),
				CaseWork.ANY_VERSION, Permission.FLAG_MANAGE, Messages.Action_manageFlags, edit -> {
					long projectId = edit.entity().getProjectId();
					CaseFlag before = Annotations.flags(edit.em(), projectId, "f.id = ?", flagId).get(0); //$NON-NLS-1$
					if (!before.isOpen()) {
						return before;
					}
					Jdbc.update(edit.connection(), "UPDATE case_flag SET resolved_by = ?, resolved_at = ? WHERE id = ?", //$NON-NLS-1$
							edit.actor().userId(), UtcInstantConverter.toTimestamp(edit.now()), flagId);
					edit.log(ActivityLog.FLAG_RESOLVED, before.type().name(), null, before.comment());
					return Annotations.flags(edit.em(), projectId, "f.id = ?", flagId).get(0); //$NON-NLS-1$
				});
	}

	@Override
	public List<AttributeValue> attributes(long caseId) {
		return work.read(caseId,
				(em, entity, user) -> Annotations.attributes(Jdbc.of(em), entity.getProjectId(), caseId));
	}

	@Override
	public AttributeValue setAttribute(long caseId, String attributeCode, String value) {
		return work.change(caseId, CaseWork.ANY_VERSION, Permission.CASE_EDIT, Messages.Action_editAttributes, edit -> {
			Connection connection = edit.connection();
			AttributeValue before = Annotations.attributes(connection, edit.entity().getProjectId(), caseId).stream()
					.filter(a -> a.definition().code().equals(attributeCode)).findFirst()
					.orElseThrow(() -> new ValidationException("attribute", //$NON-NLS-1$
							NLS.bind(Messages.Attribute_unknown, attributeCode)));
			AttributeValues.Stored stored = AttributeValues.parse(before.definition(), value);
			String after = stored == null ? null : stored.display();
			if (Objects.equals(before.value(), after)) {
				return before;
			}
			Annotations.writeAttribute(connection, caseId, attributeCode, stored);
			edit.log(ActivityLog.ATTRIBUTE_CHANGED, before.value(), after, before.definition().name());
			return new AttributeValue(before.definition(), after);
		});
	}
}

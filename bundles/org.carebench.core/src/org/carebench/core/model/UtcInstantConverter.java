package org.carebench.core.model;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores instants as UTC wall-clock TIMESTAMPs, so that workstations in different time zones sharing one
 * database (and report authors reading it with SQL) see the same values.
 */
@Converter(autoApply = true)
public class UtcInstantConverter implements AttributeConverter<Instant, Timestamp> {

	@Override
	public Timestamp convertToDatabaseColumn(Instant instant) {
		return toTimestamp(instant);
	}

	@Override
	public Instant convertToEntityAttribute(Timestamp timestamp) {
		return toInstant(timestamp);
	}

	/** The UTC TIMESTAMP of {@code instant}, for code that writes with plain JDBC. */
	public static Timestamp toTimestamp(Instant instant) {
		return instant == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
	}

	/** The instant of a UTC TIMESTAMP read with plain JDBC. */
	public static Instant toInstant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
	}
}

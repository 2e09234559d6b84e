package org.carebench.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * A named client of the network found when looking for cases to relate, with his cases.
 *
 * @param birthDate {@code null} when not known
 */
public record RelatableClient(long clientId, String name, LocalDate birthDate, List<RelatedCase> cases) {
}

package org.carebench.cases;

import java.util.List;
import java.util.Optional;

/** A page of the case list, and where the next one starts (empty on the last page). */
public record CasePage(List<CaseSummary> rows, Optional<CaseCursor> next) {
}

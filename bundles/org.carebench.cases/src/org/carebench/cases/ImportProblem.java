package org.carebench.cases;

/**
 * Why a row of an import file cannot be imported.
 *
 * @param line   the line the row starts on (the header is line 1); 0 for the file as a whole
 * @param column the column's header, or {@code null} for the row as a whole
 */
public record ImportProblem(long line, String column, String reason) {
}

package org.carebench.reporting;

import java.net.URL;

/**
 * A report design shipped in a bundle.
 *
 * @param id          unique among all reports; by convention the bundle's name, a slash and the report's name
 * @param name        what users read in the report list, in their language
 * @param description a sentence on what it shows; may be empty
 * @param design      the {@code .rptdesign} file, usually {@code getClass().getResource("/reports/….rptdesign")}
 */
public record ContributedReport(String id, String name, String description, URL design) {
}

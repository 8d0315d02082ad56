/**
 * What the library covers, as plain numbers computed from the {@link org.clausebook.content.SiteModel}: how many
 * published criteria and clauses touch each life-cycle stage, by ambition level, and how many cover each theme in
 * each procurement stage. Depends only on {@code content} and {@code config}; {@code render} turns it into views.
 */
package org.clausebook.coverage;

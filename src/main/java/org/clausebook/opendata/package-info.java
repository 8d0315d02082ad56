/**
 * The library as open data under {@code /api/v1/}: per language every item with every version as JSON and the
 * criteria and clauses as CSV, the JSON Schemas of the files (their term lists taken from the content schema, so the
 * two cannot drift) and an index. The format is documented in {@code docs/open-data.md}.
 */
package org.clausebook.opendata;

package org.clausebook.config;

/**
 * One content section: a folder under {@code content/}.
 *
 * @param id         folder name, e.g. {@code criteria}
 * @param template   Freemarker template for an item page
 * @param path       URL segment after the language; empty puts items at {@code /<lang>/<id>/}
 * @param listed     whether the section has a listing page and a navigation entry
 * @param searchable whether its items go to the search index
 */
public record SectionConfig(String id, String template, String path, boolean listed, boolean searchable) {
}

package org.clausebook.content;

import org.clausebook.config.SiteConfig;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The whole site in memory: every item keyed by id, plus the links between items computed once.
 *
 * @param config    the site configuration
 * @param items     items by id
 * @param usedBy    for a criterion or clause, the portraits whose {@code uses} name it
 * @param mentionedBy for any item, the other items whose {@code related} or {@code initiatives} name it
 */
public record SiteModel(SiteConfig config, SortedMap<String, Item> items,
                        Map<String, List<String>> usedBy, Map<String, List<String>> mentionedBy) {

    public SiteModel {
        items = new TreeMap<>(items);
        usedBy = Map.copyOf(usedBy);
        mentionedBy = Map.copyOf(mentionedBy);
    }

    public static SiteModel of(SiteConfig config, Map<String, Item> items) {
        Map<String, List<String>> usedBy = new TreeMap<>();
        Map<String, List<String>> mentionedBy = new TreeMap<>();
        for (Item item : new TreeMap<>(items).values()) {
            for (FrontMatter.Use use : item.meta().uses()) {
                usedBy.computeIfAbsent(use.id(), k -> new ArrayList<>()).add(item.id());
            }
            List<String> mentions = new ArrayList<>(item.meta().related());
            mentions.addAll(item.meta().initiatives());
            for (String target : mentions) {
                mentionedBy.computeIfAbsent(target, k -> new ArrayList<>()).add(item.id());
            }
        }
        usedBy.replaceAll((k, v) -> List.copyOf(v));
        mentionedBy.replaceAll((k, v) -> List.copyOf(v));
        return new SiteModel(config, new TreeMap<>(items), usedBy, mentionedBy);
    }

    public Optional<Item> item(String id) {
        return Optional.ofNullable(items.get(id));
    }

    /** Items of a section, sorted by title in the source language. */
    public List<Item> section(String section) {
        return items.values().stream().filter(i -> i.section().equals(section))
                .sorted(Comparator.comparing((Item i) -> i.meta().title()).thenComparing(Item::id)).toList();
    }

    public List<String> usedBy(String id) {
        return usedBy.getOrDefault(id, List.of());
    }

    public List<String> mentionedBy(String id) {
        return mentionedBy.getOrDefault(id, List.of());
    }
}

package org.clausebook.site;

import org.clausebook.content.Item;
import org.clausebook.content.SiteModel;
import org.clausebook.testing.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The knowledge base as shipped: the counts and links the library promises its readers, checked on the built
 * model and output so they cannot silently regress.
 */
class ShippedContentTest {
    @TempDir
    static Path tmp;
    static SiteModel model;
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        model = SiteBuilder.check(TestSites.REPO, false, "check").model();
        out = tmp.resolve("public");
        SiteBuilder.build(new BuildOptions(TestSites.REPO, out, false), line -> { });
    }

    @Test
    void theLibraryHasTheItemsItPromises() {
        int tenderItems = model.section("criteria").size() + model.section("clauses").size();
        assertTrue(tenderItems >= 20, "criteria and clauses: " + tenderItems);
        assertTrue(model.section("portraits").size() >= 9, "portraits: " + model.section("portraits").size());
        assertTrue(model.section("practices").size() >= 5, "good-practice sheets: " + model.section("practices").size());
        assertTrue(model.section("initiatives").size() >= 7, "initiatives: " + model.section("initiatives").size());
    }

    @Test
    void everyItemNamesItsSources() {
        List<String> without = model.items().values().stream()
                .filter(i -> !i.section().equals("pages") && i.meta().sources().isEmpty()).map(Item::id).toList();
        assertEquals(List.of(), without);
    }

    @Test
    void everyCriterionAndClauseExistsInAtLeastFiveLanguages() {
        List<String> short_ = new ArrayList<>();
        for (String section : List.of("criteria", "clauses")) {
            for (Item item : model.section(section)) {
                if (item.current().size() < 5) {
                    short_.add(item.id() + " " + item.current().keySet());
                }
            }
        }
        assertEquals(List.of(), short_, "items in fewer than five languages");
    }

    @Test
    void everyPortraitLinksToAtLeastThreeItems() {
        for (Item portrait : model.section("portraits")) {
            assertTrue(portrait.meta().uses().size() >= 3, portrait.id() + " uses " + portrait.meta().uses().size());
        }
    }

    @Test
    void everyCriterionAndClauseIsReachableFromAPortraitOrAPractice() {
        Set<String> reachable = new HashSet<>();
        model.section("portraits").forEach(p -> p.meta().uses().forEach(u -> reachable.add(u.id())));
        model.section("practices").forEach(p -> reachable.addAll(p.meta().related()));
        List<String> orphans = new ArrayList<>();
        for (String section : List.of("criteria", "clauses")) {
            model.section(section).stream().map(Item::id).filter(id -> !reachable.contains(id)).forEach(orphans::add);
        }
        assertEquals(List.of(), orphans);
    }

    @Test
    void atLeastThreeItemsHaveARealHistory() {
        List<Item> withHistory = model.items().values().stream().filter(i -> !i.history().isEmpty()).toList();
        assertTrue(withHistory.size() >= 3, "items with earlier versions: " + withHistory.size());
        for (Item item : withHistory) {
            for (String version : item.versions()) {
                assertTrue(item.meta().changes().stream().anyMatch(c -> c.version().equals(version)),
                        item.id() + " has no change note for version " + version);
            }
        }
    }

    @Test
    void everyItemExistsInAllEightLanguageTrees() {
        List<String> missing = new ArrayList<>();
        for (String lang : model.config().languages()) {
            for (Item item : model.items().values()) {
                String path = item.section().equals("pages") ? lang + "/" + item.id() : lang + "/" + item.section() + "/" + item.id();
                if (!Files.isRegularFile(out.resolve(path + "/index.html"))) {
                    missing.add(path);
                }
            }
        }
        assertEquals(8, model.config().languages().size());
        assertEquals(List.of(), missing);
    }
}

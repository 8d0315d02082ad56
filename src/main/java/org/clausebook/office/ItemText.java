package org.clausebook.office;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything one download of an item shows, in one language, resolved before any file is written.
 *
 * @param lang         the language of the download (and of its labels)
 * @param textLang     the language of the text: {@code lang}, or the source language for an untranslated item
 * @param stageTerms   the procurement stages (taxonomy terms), in the order of the site configuration
 * @param stages       their labels in {@code lang}, same order
 * @param ambition     the ambition level's label, or ""
 * @param tenderMd     the tender text as written (Markdown), for the .md download
 * @param sources      one line per source
 * @param attribution  how to credit the text (a citation with the permanent URL)
 */
public record ItemText(String id, String section, String version, LocalDate date, String lang, String textLang,
                       String title, String kind, List<String> stageTerms, List<String> stages, String ambition,
                       List<Blocks.Block> tender, List<Blocks.Block> verification, List<String> sources,
                       String licence, String licenceUrl, String attribution, String permalink, Labels labels) {

    public ItemText {
        stageTerms = List.copyOf(stageTerms);
        stages = List.copyOf(stages);
        tender = List.copyOf(tender);
        verification = List.copyOf(verification);
        sources = List.copyOf(sources);
    }

    /** {@code id@version}, as buyers cite it. */
    public String ref() {
        return id + "@" + version;
    }

    /**
     * The words around the text, in the download's language.
     *
     * @param dateText the item date written the way the language writes dates
     * @param fallback a notice that the text is in another language, or ""
     */
    public record Labels(String id, String version, String date, String dateText, String language, String languageName,
                         String stage, String ambition, String tender, String verification, String sources,
                         String licence, String attribution, String permalink, String fallback) {
    }

    /** The lines under the title: id, version, date, language, stage, ambition. */
    public List<String[]> facts() {
        List<String[]> out = new java.util.ArrayList<>();
        out.add(new String[]{labels.id(), id});
        out.add(new String[]{labels.version(), version});
        out.add(new String[]{labels.date(), labels.dateText()});
        out.add(new String[]{labels.language(), labels.languageName()});
        if (!stages.isEmpty()) {
            out.add(new String[]{labels.stage(), String.join(", ", stages)});
        }
        if (!ambition.isEmpty()) {
            out.add(new String[]{labels.ambition(), ambition});
        }
        out.add(new String[]{labels.permalink(), permalink});
        return out;
    }
}

package org.clausebook.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.clausebook.config.SectionConfig;
import org.clausebook.content.Document;
import org.clausebook.content.Item;
import org.clausebook.versions.ChangeNotes;
import org.clausebook.versions.TextHash;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The citation of one version of an item in one language: as text, as a short form and as schema.org JSON-LD. */
final class Citations {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RenderContext ctx;

    Citations(RenderContext ctx) {
        this.ctx = ctx;
    }

    /**
     * @param text the document shown (a translation, or the source when there is none in {@code lang})
     */
    Views.Citation of(Item item, String version, String lang, Document text, String licenceUrl) {
        SectionConfig section = ctx.section(item);
        I18n t = ctx.i18n();
        Document source = ChangeNotes.sourceOf(item, version);
        String hash = ctx.derived().textHash(source);
        LocalDate date = ChangeNotes.date(item, version);
        String library = ctx.model().config().title().get(lang);
        String permalink = ctx.urls().absolute(ctx.urls().version(lang, section, item.id(), version));
        String shortForm = item.id() + "@" + version + "#" + TextHash.shortForm(hash);
        String title = text.meta().title();
        String textLang = text.lang();
        String line = library + ". " + t.get(lang, "kind." + section.id()) + ": “" + title + "”. " + t.get(lang, "item.id") + " "
                + item.id() + ", " + t.get(lang, "item.version") + " " + version + " (" + date + "), "
                + t.languageName(textLang) + ". " + shortForm + ". " + permalink;
        return new Views.Citation(library, item.id(), version, TextHash.shortForm(hash), I18n.date(lang, date), date.toString(),
                t.languageName(textLang), permalink, shortForm, line,
                jsonLd(item, version, text, title, date, library, permalink, shortForm, licenceUrl));
    }

    private String jsonLd(Item item, String version, Document text, String title, LocalDate date, String library,
                          String permalink, String shortForm, String licenceUrl) {
        SectionConfig section = ctx.section(item);
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "CreativeWork");
        ld.put("name", title);
        ld.put("identifier", shortForm);
        ld.put("version", version);
        ld.put("dateModified", date.toString());
        ld.put("inLanguage", text.lang());
        ld.put("url", permalink);
        ld.put("license", licenceUrl);
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("@type", "Collection");
        collection.put("name", library);
        collection.put("url", ctx.urls().absolute(ctx.urls().home(text.lang())));
        ld.put("isPartOf", collection);
        if (!text.lang().equals(item.sourceLang()) && text.meta().isTranslation()) {
            Map<String, Object> basis = new LinkedHashMap<>();
            basis.put("@type", "CreativeWork");
            basis.put("inLanguage", item.sourceLang());
            basis.put("version", text.meta().translationOf());
            basis.put("url", ctx.urls().absolute(ctx.urls().version(item.sourceLang(), section, item.id(), text.meta().translationOf())));
            ld.put("isBasedOn", basis);
        }
        try {
            // "<" never appears raw, so the JSON cannot close the script element it sits in
            return JSON.writeValueAsString(ld).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

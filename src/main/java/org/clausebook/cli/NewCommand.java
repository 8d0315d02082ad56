package org.clausebook.cli;

import org.clausebook.config.ConfigLoader;
import org.clausebook.content.ContentLoader;
import org.clausebook.content.Item;
import org.clausebook.content.Scaffold;
import org.clausebook.diagnostics.ContentException;
import org.clausebook.diagnostics.ProblemFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

@Command(name = "new", mixinStandardHelpOptions = true, description = "Creates content/<section>/<id>/<lang>.md with every required field, as a draft that passes validate.")
final class NewCommand implements Callable<Integer> {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Mixin
    SourceOption source;

    @Parameters(index = "0", paramLabel = "SECTION", description = "criteria, clauses, portraits, practices, initiatives or pages.")
    String section;

    @Parameters(index = "1", paramLabel = "ID", description = "Folder name: lower-case letters, digits and hyphens.")
    String id;

    @Option(names = "--lang", defaultValue = "", description = "Language of the text (default: the site's default language). "
            + "For an existing ID: writes a draft translation into this language.")
    String lang;

    /** {@code new <section> <id> --lang L} for an existing item: a draft translation of its current version. */
    private int translate(Item item, String language) throws java.io.IOException {
        String folder = "content/" + item.section() + "/" + item.id() + "/";
        if (!item.section().equals(section)) {
            System.err.println("error: '" + id + "' is an item in " + item.section() + ", not in " + section + " (" + folder + ").");
            return 2;
        }
        if (lang.isEmpty()) {
            System.err.println("error: an item with the id '" + id + "' already exists (" + folder + "). To translate it, run: "
                    + "clausebook new " + section + " " + id + " --lang <language>.");
            return 2;
        }
        Path file = source.dir().resolve(folder + language + ".md");
        if (Files.exists(file)) {
            System.err.println("error: " + folder + language + ".md already exists; edit it instead.");
            return 2;
        }
        Files.writeString(file, Scaffold.translation(source.dir(), item, language, LocalDate.now(ZoneOffset.UTC)), StandardCharsets.UTF_8);
        System.out.println("Created " + folder + language + ".md, a translation of " + item.source().source().relPath()
                + " version " + item.version() + " (status: draft). Translate the text, then run validate.");
        return 0;
    }

    @Override
    public Integer call() throws Exception {
        var config = ConfigLoader.load(source.dir());
        if (config.section(section).isEmpty()) {
            System.err.println("error: unknown section '" + section + "'; sections are "
                    + config.sections().stream().map(s -> s.id()).toList() + ".");
            return 2;
        }
        if (!ID.matcher(id).matches() || id.length() > 80) {
            System.err.println("error: '" + id + "' is not a valid id: use lower-case letters, digits and single hyphens.");
            return 2;
        }
        String language = lang.isEmpty() ? config.defaultLanguage() : lang;
        if (!config.languages().contains(language)) {
            System.err.println("error: unknown language '" + language + "'; languages are " + config.languages() + ".");
            return 2;
        }
        Optional<Item> usable;
        try {
            var model = ContentLoader.load(source.dir(), config, true).model();
            Optional<Item> existing = model.item(id);
            if (existing.isPresent()) {
                return translate(existing.get(), language);
            }
            usable = model.items().values().stream()
                    .filter(i -> i.section().equals("criteria") || i.section().equals("clauses"))
                    .filter(i -> !i.meta().status().equals("draft")).findFirst();
        } catch (ContentException e) {
            System.err.print(ProblemFormat.TEXT.render(e.problems()));
            System.err.println("Fix these problems first.");
            return Main.CONTENT_ERRORS;
        }
        Path file = source.dir().resolve("content").resolve(section).resolve(id).resolve(language + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, Scaffold.text(source.dir(), section, LocalDate.now(ZoneOffset.UTC), usable), StandardCharsets.UTF_8);
        System.out.println("Created " + source.dir().relativize(file) + " (status: draft). Fill in the TODOs, then run validate.");
        return 0;
    }
}

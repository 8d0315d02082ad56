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

    @Option(names = "--lang", defaultValue = "", description = "Language of the text (default: the site's default language).")
    String lang;

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
            if (model.item(id).isPresent()) {
                System.err.println("error: an item with the id '" + id + "' already exists.");
                return 2;
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
